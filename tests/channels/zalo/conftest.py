"""Fixtures for the Zalo channel: the loopback fake Zalo server, settings pointing at it, the
secrets in the environment, and a channel whose webhook app is driven over ASGI."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from bot.config import Settings
from bot.testing import zalo_api
from tests.configs import configure


@pytest.fixture
def fake() -> Iterator[zalo_api.FakeZalo]:
    server = zalo_api.FakeZalo().start()
    yield server
    server.stop()


@pytest.fixture
def zalo_env(monkeypatch: pytest.MonkeyPatch, fake: zalo_api.FakeZalo) -> None:
    monkeypatch.setenv("ZALO_APP_ID", zalo_api.APP_ID)
    monkeypatch.setenv("ZALO_APP_SECRET", zalo_api.APP_SECRET)
    monkeypatch.setenv("ZALO_OA_SECRET_KEY", zalo_api.OA_SECRET_KEY)
    monkeypatch.setenv("ZALO_REFRESH_TOKEN", fake.initial_refresh)


@pytest.fixture
def zalo_settings(project_copy: Path, fake: zalo_api.FakeZalo) -> Settings:
    """The shipped config, with Zalo's two base URLs pointing at the fake server."""
    return configure(project_copy, {"zalo": {"api_base_url": fake.base_url,
                                             "oauth_base_url": fake.base_url}})


class Harness:
    """A started Zalo channel, its webhook app, and helpers to post signed events."""

    def __init__(self, channel: Any, client: httpx.AsyncClient, runtime: Any):
        self.channel = channel
        self.client = client
        self.runtime = runtime

    async def post(self, data: dict[str, Any], *, secret: str = zalo_api.OA_SECRET_KEY,
                   headers: dict[str, str] | None = None) -> httpx.Response:
        body, signed_headers = zalo_api.signed(data, secret=secret)
        if headers is not None:
            signed_headers = headers
        return await self.client.post("/zalo/webhook", content=body, headers=signed_headers)

    async def say(self, data: dict[str, Any]) -> httpx.Response:
        """Post one event and wait until the bot has answered it."""
        response = await self.post(data)
        assert response.status_code == 200, response.text
        await self.channel.drain()
        return response


@contextlib.asynccontextmanager
async def _harness(settings: Settings, with_nlu: bool) -> AsyncIterator[Harness]:
    from bot.channels.zalo import from_runtime
    from bot.runtime import build_runtime

    runtime = build_runtime(settings, with_nlu=with_nlu)
    channel, reason = from_runtime(runtime, {"zalo_send_backoff": 0.01,
                                             "zalo_refresh_retry_delay": 0.05})
    assert channel is not None, reason
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    await channel.start(runtime.handle)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
            yield Harness(channel, client, runtime)
    finally:
        await channel.stop()
        runtime.close()


@pytest.fixture
async def harness(zalo_settings: Settings, zalo_env: None) -> AsyncIterator[Harness]:
    """The real runtime without the NLU model (webhook, error and token behaviour)."""
    async with _harness(zalo_settings, with_nlu=False) as h:
        yield h


@pytest.fixture
async def nlu_harness(zalo_settings: Settings, zalo_env: None) -> AsyncIterator[Harness]:
    """The real runtime exactly as `companion serve` builds it, NLU included."""
    async with _harness(zalo_settings, with_nlu=True) as h:
        yield h
