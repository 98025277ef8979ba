"""Fixtures for the Telegram channel: the loopback fake Bot API, settings pointing at it, the
token and webhook secret in the environment, the real runtime, and the channel's webhook app
driven over ASGI."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.telegram import SECRET_HEADER, TelegramChannel, from_runtime
from bot.config import Settings
from bot.runtime import Runtime, build_runtime
from bot.testing.telegram_api import (  # noqa: F401  (PERSON_ID and payload: for the tests)
    PERSON_ID,
    SECRET,
    TOKEN,
    FakeBotApi,
    Updates,
    payload,
)
from tests.configs import configure

OFFICER_ID = 4242424242


def write_settings(project: Path, api: str, **telegram: str) -> Settings:
    """The project copy's config.toml with the Bot API at `api` and the given [telegram] keys."""
    return configure(project, {"telegram": {"api_base_url": api, "officer_ids": [OFFICER_ID],
                                            **telegram}})


@pytest.fixture
def secrets_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def updates(api: FakeBotApi) -> Updates:
    return Updates(api)


@pytest.fixture
def tg_settings(project_copy: Path, api: FakeBotApi, secrets_env: None) -> Settings:
    return write_settings(project_copy, api.base_url)


@pytest.fixture
def runtime(tg_settings: Settings) -> Iterator[Runtime]:
    rt = build_runtime(tg_settings, with_nlu=False)
    yield rt
    rt.close()


@pytest.fixture
async def channel(runtime: Runtime) -> AsyncIterator[TelegramChannel]:
    made, reason = from_runtime(runtime, {})
    assert made is not None, reason
    assert isinstance(made, TelegramChannel)
    made._retry_delay = 0.01
    made.routes(runtime.handle)
    await made.start(runtime.handle)
    yield made
    await made.stop()


class Webhook:
    """Posts updates to the channel's webhook route, as Telegram does, and runs a method the
    webhook answers with (an answer to a tap), as Telegram does."""

    def __init__(self, client: httpx.AsyncClient, api: FakeBotApi | None = None):
        self.client = client
        self.api = api

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        response = await self.client.post("/telegram/webhook", json=update, headers=headers)
        if self.api is not None and response.status_code == 200:
            await self.api.webhook_answered(response.content)
        return response


@pytest.fixture
async def webhook(channel: TelegramChannel, runtime: Runtime, api: FakeBotApi
                  ) -> AsyncIterator[Webhook]:
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Webhook(client, api)
