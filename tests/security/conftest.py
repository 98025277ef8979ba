"""The whole server as `companion serve` builds it, every channel on: the web chat, the officer
pages, /healthz, /metrics (with a token), and the Telegram and Zalo webhooks talking to the
loopback fakes of their platforms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.channels import telegram as telegram_channel
from bot.channels import zalo as zalo_channel
from bot.config import Settings
from bot.officer.accounts import AccountStore
from bot.runtime import Runtime, build_runtime
from bot.server import create_app
from bot.testing import zalo_api
from bot.testing.telegram_api import SECRET, TOKEN, FakeBotApi
from tests.configs import configure

COOKIE_SECRET = "security-tests-cookie-secret"
METRICS_TOKEN = "security-tests-metrics-token"
OFFICER, PASSWORD = "lan", "a long officer password"


class Full:
    def __init__(self, client: TestClient, runtime: Runtime, channels: dict[str, Any]):
        self.client = client
        self.runtime = runtime
        self.channels = channels

    def drain(self) -> None:
        """Wait for the Zalo events handled in the background."""
        self.client.portal.call(self.channels["zalo"].drain)  # type: ignore[union-attr]


@pytest.fixture
def full_settings(project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    api = FakeBotApi(TOKEN).start()
    zalo = zalo_api.FakeZalo().start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("ZALO_APP_ID", zalo_api.APP_ID)
    monkeypatch.setenv("ZALO_APP_SECRET", zalo_api.APP_SECRET)
    monkeypatch.setenv("ZALO_OA_SECRET_KEY", zalo_api.OA_SECRET_KEY)
    monkeypatch.setenv("ZALO_REFRESH_TOKEN", zalo.initial_refresh)
    monkeypatch.setenv("COMPANION_METRICS_TOKEN", METRICS_TOKEN)
    try:
        yield configure(project_copy, {
            "telegram": {"api_base_url": api.base_url},
            "zalo": {"api_base_url": zalo.base_url, "oauth_base_url": zalo.base_url}})
    finally:
        api.stop()
        zalo.stop()


@pytest.fixture
def full(full_settings: Settings) -> Iterator[Full]:
    runtime = build_runtime(full_settings, with_nlu=False)
    tg, reason = telegram_channel.from_runtime(runtime, {})
    assert tg is not None, reason
    tg._retry_delay = 0.01  # type: ignore[attr-defined]
    za, reason = zalo_channel.from_runtime(runtime, {"zalo_send_backoff": 0.01,
                                                     "zalo_refresh_retry_delay": 0.05})
    assert za is not None, reason
    AccountStore(full_settings.officers.accounts_file).add(OFFICER, PASSWORD,
                                                           roles=("officer", "counsellor"))
    app = create_app(runtime, [tg, za], cookie_secret=COOKIE_SECRET)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            yield Full(client, runtime, {"telegram": tg, "zalo": za})
    finally:
        runtime.close()
