"""Fixtures for the Telegram channel: the loopback fake Bot API, settings pointing at it, the
token and webhook secret in the environment, the real runtime, and the channel's webhook app
driven over ASGI."""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.telegram import SECRET_HEADER, TelegramChannel, from_runtime
from bot.config import Settings, load_config
from bot.runtime import Runtime, build_runtime
from tests.channels.telegram.fake_bot_api import FakeBotApi

PAYLOADS = Path(__file__).parent / "payloads"
TOKEN = "7000000001:AAHx9-fAkE_T0kEn-NeVeR-LoGgEd-4f8c2b1d"
SECRET = "s3cret-Webhook_token-for-tests"
OFFICER_ID = 4242424242
PERSON_ID = 5012345678
_update_ids = itertools.count(800000001)


def write_settings(project: Path, api: str, **telegram: str) -> Settings:
    """The project copy's config.toml with the Bot API at `api` and the given [telegram] keys."""
    path = project / "config.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('api_base_url = "https://api.telegram.org"', f'api_base_url = "{api}"')
    text = text.replace("officer_ids = []", f"officer_ids = [{OFFICER_ID}]")
    for key, value in telegram.items():
        text = text.replace(f'{key} = ""', f'{key} = "{value}"')
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def payload(name: str) -> dict[str, Any]:
    return json.loads((PAYLOADS / name).read_text(encoding="utf-8"))


class Updates:
    """Recorded payloads made fresh: a new update_id, message ids from the fake server's
    per-chat counter, and the chat, person and text a test asks for."""

    def __init__(self, api: FakeBotApi):
        self.api = api

    def make(self, name: str, *, chat_id: int = PERSON_ID, user_id: int | None = None,
             text: str | None = None, data: str | None = None,
             language: str | None = None) -> dict[str, Any]:
        update = copy.deepcopy(payload(name))
        update["update_id"] = next(_update_ids)
        body = (update.get("message") or update.get("edited_message")
                or update.get("callback_query"))
        message = body.get("message", body) if "callback_query" in update else body
        sender = body["from"]
        if chat_id != PERSON_ID or message["chat"]["type"] == "private":
            message["chat"]["id"] = chat_id
        sender["id"] = user_id or (chat_id if chat_id > 0 else PERSON_ID)
        if language is not None:
            sender["language_code"] = language
        if "callback_query" not in update:
            message["message_id"] = self.api.new_message_id(message["chat"]["id"])
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                message["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
            else:
                message.pop("entities", None)
        if data is not None:
            body["data"] = data
        return update

    def text(self, text: str, **kwargs: Any) -> dict[str, Any]:
        return self.make("private_text.json", text=text, **kwargs)

    def button(self, data: str, **kwargs: Any) -> dict[str, Any]:
        return self.make("callback_query.json", data=data, **kwargs)


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
    """Posts updates to the channel's webhook route, as Telegram does."""

    def __init__(self, client: httpx.AsyncClient):
        self.client = client

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        return await self.client.post("/telegram/webhook", json=update, headers=headers)


@pytest.fixture
async def webhook(channel: TelegramChannel, runtime: Runtime) -> AsyncIterator[Webhook]:
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Webhook(client)
