"""Fixtures for the Zalo channel: the loopback fake Zalo server, settings pointing at it, the
secrets in the environment, and a channel whose webhook app is driven over ASGI."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

sys.path.insert(0, str(Path(__file__).parent))

import fake_zalo

from bot.config import Settings, load_config
from bot.sessions.memory import MemorySessionStore


@pytest.fixture
def fake() -> Iterator[fake_zalo.FakeZalo]:
    server = fake_zalo.FakeZalo().start()
    yield server
    server.stop()


@pytest.fixture
def zalo_env(monkeypatch: pytest.MonkeyPatch, fake: fake_zalo.FakeZalo) -> None:
    monkeypatch.setenv("ZALO_APP_ID", fake_zalo.APP_ID)
    monkeypatch.setenv("ZALO_APP_SECRET", fake_zalo.APP_SECRET)
    monkeypatch.setenv("ZALO_OA_SECRET_KEY", fake_zalo.OA_SECRET_KEY)
    monkeypatch.setenv("ZALO_REFRESH_TOKEN", fake.initial_refresh)


@pytest.fixture
def zalo_settings(project_copy: Path, fake: fake_zalo.FakeZalo) -> Settings:
    """The shipped config, with Zalo's two base URLs pointing at the fake server."""
    config = project_copy / "config.toml"
    text = config.read_text(encoding="utf-8")
    for real in ('"https://openapi.zalo.me"', '"https://oauth.zaloapp.com"'):
        assert real in text
        text = text.replace(real, f'"{fake.base_url}"')
    config.write_text(text, encoding="utf-8")
    return load_config(config)


class Harness:
    """A started Zalo channel, its webhook app, and helpers to post signed events."""

    def __init__(self, channel: Any, client: httpx.AsyncClient, runtime: Any):
        self.channel = channel
        self.client = client
        self.runtime = runtime

    async def post(self, data: dict[str, Any], *, secret: str = fake_zalo.OA_SECRET_KEY,
                   headers: dict[str, str] | None = None) -> httpx.Response:
        body, signed_headers = fake_zalo.signed(data, secret=secret)
        if headers is not None:
            signed_headers = headers
        return await self.client.post("/zalo/webhook", content=body, headers=signed_headers)

    async def say(self, data: dict[str, Any]) -> httpx.Response:
        """Post one event and wait until the bot has answered it."""
        response = await self.post(data)
        assert response.status_code == 200, response.text
        await self.channel.drain()
        return response


def make_runtime(settings: Settings, handler: Any = None) -> Any:
    """The real runtime once it exists; the recording stand-in until then."""
    try:
        from bot.runtime import build_runtime
    except ImportError:
        return SimpleNamespace(settings=settings, sessions=MemorySessionStore(),
                               handle=handler or EchoHandler(), close=lambda: None)
    return build_runtime(settings)


class EchoHandler:
    """Stand-in for the engine: records what the channel delivered, answers predictably."""

    def __init__(self) -> None:
        self.inbound: list[Any] = []

    async def __call__(self, inbound: Any) -> list[Any]:
        from bot.core.messages import Button, Reply

        self.inbound.append(inbound)
        if inbound.command == "clear":
            return [Reply("Đã xóa.", forget=True)]
        buttons = (Button("Tôi cần giúp đỡ", "help"), Button("Gọi 111", "call111", "phone", "111"))
        return [Reply(f"kind={inbound.kind}", buttons)]


@pytest.fixture
async def harness(zalo_settings: Settings, zalo_env: None) -> AsyncIterator[Harness]:
    from bot.channels.zalo import from_runtime

    runtime = make_runtime(zalo_settings)
    channel, reason = from_runtime(runtime, {"zalo_send_backoff": 0.01,
                                             "zalo_refresh_retry_delay": 0.05})
    assert channel is not None, reason
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    await channel.start(runtime.handle)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
        yield Harness(channel, client, runtime)
    await channel.stop()
    runtime.close()
