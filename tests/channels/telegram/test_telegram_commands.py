"""Every command of the one vocabulary (bot/core/commands.py) is understood on Telegram: none
gets the answer an unknown command gets."""

from __future__ import annotations

from bot.core.commands import TYPED
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, Updates, Webhook


async def test_every_command_is_understood(webhook: Webhook, api: FakeBotApi, updates: Updates,
                                           runtime: Runtime) -> None:
    unknown = runtime.content.t("vi", "fallback")
    for number, name in enumerate(TYPED, start=1):
        chat_id = PERSON_ID + number          # one chat each: no flood guard, no shared state
        response = await webhook.post(updates.text(f"/{name}", chat_id=chat_id))
        assert response.status_code == 200, name
        said = api.sent_texts(chat_id)
        assert said, f"/{name}: no answer"
        assert not any(unknown in text for text in said), f"/{name} was not understood"
    await webhook.post(updates.text("/nosuchthing", chat_id=PERSON_ID))
    assert any(unknown in text for text in api.sent_texts(PERSON_ID))   # the check can fail
