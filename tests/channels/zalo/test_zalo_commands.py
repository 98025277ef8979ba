"""Every command of the one vocabulary (bot/core/commands.py), typed on Zalo, is understood:
none gets the answer an unknown command gets."""

from __future__ import annotations

from bot.core.commands import TYPED
from bot.testing import zalo_api
from tests.channels.zalo.conftest import Harness

USER = 246845883529100000


def _said(fake: zalo_api.FakeZalo, user: str) -> list[str]:
    return [m["message"].get("text", "") for m in fake.messages
            if m["recipient"]["user_id"] == user]


async def test_every_command_is_understood(harness: Harness, fake: zalo_api.FakeZalo) -> None:
    unknown = harness.runtime.content.t("vi", "fallback")
    for number, name in enumerate(TYPED, start=1):
        user = str(USER + number)
        await harness.say(zalo_api.event("user_send_text", user, text=f"/{name}"))
        said = _said(fake, user)
        assert said, f"/{name}: no answer"
        assert not any(unknown in text for text in said), f"/{name} was not understood"
    await harness.say(zalo_api.event("user_send_text", str(USER), text="/nosuchthing"))
    assert any(unknown in text for text in _said(fake, str(USER)))   # the check can fail
