"""Telegram on Redis sessions: two workers share dedup marks and the message log (a retried
update is handled once, a quick exit on one worker deletes what the other sent), nothing in Redis
points at the person or the text, and the channel's own state is read and written on the event
loop through Redis's asyncio client, so a stalled Redis never holds the loop."""

from __future__ import annotations

import asyncio
import secrets
import time

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.telegram import SECRET_HEADER, TelegramChannel
from bot.config import Settings
from bot.resilience import ResilientSessionStore
from bot.runtime import build_runtime
from bot.sessions import from_loop
from bot.sessions.redis_store import RedisSessionStore
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, SECRET, TOKEN, Updates
from tests.conftest import require_service
from tests.reliability.fault_proxy import FaultProxy


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


class LoopWatch:
    """The longest the event loop went without running a 5 ms ticker: how long anything held
    it."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.005)
            now = time.monotonic()
            self.longest = max(self.longest, now - last)
            last = now

    def __enter__(self) -> LoopWatch:
        self._task = asyncio.ensure_future(self._tick())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


@pytest.mark.redis
async def test_the_channels_state_on_a_stalled_redis_never_holds_the_event_loop(
        tg_settings: Settings, api: FakeBotApi, updates: Updates) -> None:
    """Dedup marks, flood counts, keyboard labels and message ids go through Redis's asyncio
    client: while Redis stalls, other people's turns on the same loop go on, and this person is
    still answered."""
    require_service("Redis", 6379)
    proxy = FaultProxy(6379).start()
    store = ResilientSessionStore(RedisSessionStore.from_url(
        "redis://127.0.0.1:6379/0".replace(":6379/", f":{proxy.port}/"), timeout=0.25),
        cooldown=5)
    runtime = build_runtime(tg_settings, sessions=store, with_nlu=False)
    channel = TelegramChannel(tg_settings, runtime.sessions, TOKEN, runtime.content.t,
                              secret=SECRET, retry_base_delay=0.01)
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    await channel.start(runtime.handle)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot")
    try:
        assert runtime.sessions.on_loop
        proxy.set_mode("stall")
        with LoopWatch() as watch:
            await asyncio.sleep(0.02)               # the ticker is running
            started = time.monotonic()
            response = await http.post("/telegram/webhook", headers={SECRET_HEADER: SECRET},
                                       json=updates.text("cứu tôi, chồng tôi đang đánh tôi"))
            took = time.monotonic() - started
            await asyncio.sleep(0.02)
        assert response.status_code == 200
        assert took >= 0.25                       # Redis was really waited for…
        assert watch.longest < 0.3, watch.longest   # …but never on the loop (1.1 s before)
        assert "113" in " ".join(api.sent_texts())     # answered all the same
    finally:
        await http.aclose()
        await channel.stop()
        await runtime.aclose()
        runtime.close()
        proxy.stop()


@pytest.mark.redis
async def test_channel_state_calls_on_the_loop_answer_as_the_blocking_ones() -> None:
    require_service("Redis", 6379)
    import redis

    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"companion-test-fromloop-{secrets.token_hex(4)}:"
    store = ResilientSessionStore(RedisSessionStore(client, prefix=prefix))
    try:
        assert await from_loop.add_once(store, "mark", 60)
        assert not await from_loop.add_once(store, "mark", 60)
        assert not store.add_once("mark", 60)             # the same key on both sides
        await from_loop.put(store, "state", {"labels": {"Bỏ qua": "skip"}}, 60)
        assert store.get("state") == await from_loop.get(store, "state") == {
            "labels": {"Bỏ qua": "skip"}}
        await from_loop.append(store, "ids", ["1:10", "2:10"], 60, keep=2)
        await from_loop.append(store, "ids", ["3:11"], 60, keep=2)
        assert await from_loop.items(store, "ids") == store.items("ids") == ["2:10", "3:11"]
        assert 0 < client.ttl(prefix + "ids") <= 60
        await from_loop.delete(store, "state")
        assert await from_loop.get(store, "state") is None
    finally:
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
        await store.aclose()
        client.close()
