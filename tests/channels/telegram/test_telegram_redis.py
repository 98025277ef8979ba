"""Two workers sharing Redis sessions: a retried update is handled once, a quick exit on one
worker deletes what the other sent, and nothing in Redis points at the person or the text."""

from __future__ import annotations

import secrets

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.telegram import SECRET_HEADER, TelegramChannel
from bot.config import Settings
from bot.runtime import build_runtime
from bot.sessions.redis_store import RedisSessionStore
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, SECRET, TOKEN, Updates
from tests.conftest import require_service


@pytest.mark.redis
async def test_two_workers_share_dedup_and_the_message_log(
        tg_settings: Settings, api: FakeBotApi, updates: Updates) -> None:
    require_service("Redis", 6379)
    import redis

    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"companion-test-telegram-{secrets.token_hex(4)}:"
    runtime = build_runtime(tg_settings, sessions=RedisSessionStore(client, prefix=prefix),
                            with_nlu=False)
    workers: list[tuple[TelegramChannel, httpx.AsyncClient]] = []
    try:
        for _ in range(2):
            channel = TelegramChannel(tg_settings, runtime.sessions, TOKEN, runtime.content.t,
                                      secret=SECRET, retry_base_delay=0.01)
            app = Starlette(routes=list(channel.routes(runtime.handle)))
            await channel.start(runtime.handle)
            workers.append((channel, httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bot")))

        async def post(worker: int, update: dict) -> None:
            response = await workers[worker][1].post("/telegram/webhook", json=update,
                                                     headers={SECRET_HEADER: SECRET})
            assert response.status_code == 200

        start = updates.make("private_command_start.json")
        await post(0, start)
        sent = len(api.calls_of("sendMessage"))
        await post(1, start)                     # Telegram's retry lands on the other worker
        assert len(api.calls_of("sendMessage")) == sent

        await post(1, updates.text("chồng tôi hay chửi tôi"))
        # Redis holds opaque keys and ids only: no chat id, no name, no text
        dump = b"".join(client.dump(k) or b"" for k in client.scan_iter(f"{prefix}*"))
        keys = b"".join(client.scan_iter(f"{prefix}*"))
        for secret in (str(PERSON_ID), "Lan", "chồng tôi", "chong toi"):
            assert secret.encode() not in dump + keys

        xoa = updates.make("private_command_xoa.json")
        await post(1, xoa)
        (call,) = api.calls_of("deleteMessages")
        bot_ids = api.bot_message_ids[PERSON_ID][:-1]            # all but the neutral line
        assert set(bot_ids) <= set(call.params["message_ids"])  # worker 0's messages too
        assert xoa["message"]["message_id"] in call.params["message_ids"]
    finally:
        for channel, http in workers:
            await http.aclose()
            await channel.stop()
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
        runtime.close()
