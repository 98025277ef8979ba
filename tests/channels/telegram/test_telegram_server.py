"""The Telegram webhook inside the one server app: mounted, started and stopped by its lifespan."""

from __future__ import annotations

from starlette.testclient import TestClient

from bot.channels.registry import configured_channels
from bot.channels.telegram import SECRET_HEADER
from bot.runtime import Runtime
from bot.server import create_app
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, SECRET, Updates


def test_the_server_mounts_starts_and_stops_the_telegram_webhook(
        runtime: Runtime, api: FakeBotApi, updates: Updates) -> None:
    channels, off = configured_channels(runtime, {})
    assert "telegram" not in off
    app = create_app(runtime, channels, cookie_secret="x" * 32)
    with TestClient(app) as client:                          # runs the lifespan: start()
        assert api.calls_of("getMe") and api.calls_of("setMyCommands")
        assert "telegram" in client.get("/healthz").json()["channels"]
        refused = client.post("/telegram/webhook", json=updates.make(
            "private_command_start.json"), headers={SECRET_HEADER: "guess"})
        assert refused.status_code == 403
        assert api.calls_of("sendMessage") == []
        ok = client.post("/telegram/webhook", json=updates.make("private_command_start.json"),
                         headers={SECRET_HEADER: SECRET})
        assert ok.status_code == 200
        assert api.sent_texts(PERSON_ID)
    # stop() ran: the bot's HTTP client is closed
    telegram = next(c for c in channels if c.name == "telegram")
    assert telegram._app is not None and not telegram._app._initialized
