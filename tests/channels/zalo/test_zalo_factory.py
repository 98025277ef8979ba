"""Zalo in `companion serve`: on with secrets, off (with one clear reason) without, and a
restart that picks up the stored tokens instead of spending the old refresh token again."""

from __future__ import annotations

import httpx
import pytest

from bot.channels.registry import FACTORIES, configured_channels
from bot.channels.zalo import from_runtime
from bot.core.messages import Reply
from bot.runtime import build_runtime
from bot.testing import zalo_api

ENV = ("ZALO_APP_ID", "ZALO_APP_SECRET", "ZALO_OA_SECRET_KEY", "ZALO_REFRESH_TOKEN")


def test_zalo_is_registered_for_the_server() -> None:
    assert "bot.channels.zalo:from_runtime" in FACTORIES


@pytest.mark.parametrize("missing", ENV)
def test_zalo_is_off_and_says_why_when_a_secret_is_missing(
        zalo_settings, zalo_env, monkeypatch, missing) -> None:
    monkeypatch.delenv(missing)
    runtime = build_runtime(zalo_settings, with_nlu=False)
    try:
        channel, reason = from_runtime(runtime, {})
        channels, off = configured_channels(runtime)
    finally:
        runtime.close()
    assert channel is None
    assert reason == ("Zalo is off: set ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY "
                      "(and a refresh token)")
    assert off["zalo"] == reason
    assert all(c.name != "zalo" for c in channels)


async def test_the_server_app_serves_the_signed_webhook(zalo_settings, zalo_env, fake) -> None:
    from bot.server import create_app

    runtime = build_runtime(zalo_settings, with_nlu=False)
    channels, off = configured_channels(runtime, {"zalo_send_backoff": 0.01})
    assert "zalo" not in off
    zalo = next(c for c in channels if c.name == "zalo")
    app = create_app(runtime, [zalo], cookie_secret="test-cookie-secret")
    try:
        async with app.router.lifespan_context(app):  # channel start ... stop, as under uvicorn
            assert fake.refresh_calls == 1  # start-up fetched an access token
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
                body, headers = zalo_api.signed(zalo_api.event("user_send_text",
                                                                 text="xin chào"))
                response = await client.post("/zalo/webhook", content=body, headers=headers)
                assert response.status_code == 200
                refused = await client.post("/zalo/webhook", content=body,
                                            headers={"X-ZEvent-Signature": "mac=00"})
                assert refused.status_code == 401
        # Leaving the lifespan stopped the channel, which finished the event in flight.
        assert fake.messages
        assert fake.messages[0]["recipient"]["user_id"] == "246845883529197922"
    finally:
        runtime.close()


async def test_restart_uses_the_stored_tokens(zalo_settings, zalo_env, fake) -> None:
    runtime = build_runtime(zalo_settings, with_nlu=False)
    try:
        first, _ = from_runtime(runtime, {})
        await first.start(runtime.handle)
        await first.stop()
        assert zalo_settings.zalo.token_store.exists()
        # Same environment (its refresh token is now spent), new process: the store wins.
        second, _ = from_runtime(runtime, {})
        await second.start(runtime.handle)
        await second.send("246845883529197922", Reply("Xin chào"))
        await second.stop()
    finally:
        runtime.close()
    assert fake.reuse_rejections == 0
    assert fake.refresh_calls == 1
    assert fake.texts() == ["Xin chào"]


async def test_start_survives_a_rejected_refresh_token(zalo_settings, zalo_env, fake,
                                                       monkeypatch, caplog) -> None:
    monkeypatch.setenv("ZALO_REFRESH_TOKEN", "rt-not-a-real-token")
    runtime = build_runtime(zalo_settings, with_nlu=False)
    try:
        channel, _ = from_runtime(runtime, {"zalo_refresh_retry_delay": 10})
        await channel.start(runtime.handle)   # logs, does not raise
        await channel.send("246845883529197922", Reply("Xin chào"))  # counted, no crash
        await channel.stop()
    finally:
        runtime.close()
    assert fake.messages == []
    assert "rt-not-a-real-token" not in caplog.text
