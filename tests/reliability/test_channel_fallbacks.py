"""Channels' failure paths: a Zalo event whose handling fails still gets 113/115/111 (and the
webhook never answers 500); a Zalo webhook whose dedup store fails still answers."""

from __future__ import annotations

from typing import Any

from bot.testing import zalo_api
from tests.channels.zalo.conftest import Harness, fake, harness, zalo_env, zalo_settings  # noqa: F401
from tests.reliability.serverproc import EMERGENCY, has_numbers

USER = "246845883529197922"


async def test_a_zalo_turn_that_fails_gets_the_danger_fallback(harness: Harness,  # noqa: F811
                                                               fake: zalo_api.FakeZalo) -> None:  # noqa: F811
    async def broken(inbound: Any) -> Any:
        raise RuntimeError("bug")

    harness.channel._handle = broken
    response = await harness.post(zalo_api.event("user_send_text", user=USER, text=EMERGENCY))
    assert response.status_code == 200
    await harness.channel.drain()
    assert has_numbers(fake.texts())


async def test_a_zalo_webhook_answers_when_its_dedup_store_fails(harness: Harness,  # noqa: F811
                                                                 fake: zalo_api.FakeZalo) -> None:  # noqa: F811
    class Failing:
        def __getattr__(self, name: str) -> Any:
            def fail(*args: Any) -> Any:
                raise ConnectionError("down")
            return fail

    harness.channel._sessions = Failing()
    response = await harness.post(zalo_api.event("user_send_text", user=USER, text=EMERGENCY))
    assert response.status_code == 200
    await harness.channel.drain()
    assert has_numbers(fake.texts())
