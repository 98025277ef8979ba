"""Sessions read and written on the event loop (Redis): concurrent turns' commands share one
round trip, every caller gets its own answer or the batch's error, and a turn served this way
keeps its conversation, its deadline fallback and its day mark."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from bot.config import Settings
from bot.core.messages import Inbound
from bot.resilience import ResilientSessionStore
from bot.runtime import build_runtime
from bot.sessions import session_key
from bot.sessions.loop_session import LoopSession
from bot.sessions.memory import MemorySessionStore
from bot.sessions.redis_store import RedisSessionStore
from tests.conftest import redis_key_prefix
from tests.reliability.conftest import via
from tests.reliability.fault_proxy import FaultProxy
from tests.reliability.serverproc import EMERGENCY, has_numbers

URL = "redis://127.0.0.1:6379/14"
SECRET = "loop-session-test-secret-0123456789"


@pytest.fixture
def prefix() -> Iterator[str]:
    yield from redis_key_prefix(URL, "loop")


class Monitor:
    """Redis's MONITOR feed (every command the server runs), filtered to one key prefix."""

    def __init__(self, prefix: str):
        import redis

        self.prefix = prefix
        self.commands: list[list[str]] = []
        self._client = redis.Redis.from_url(URL)
        self._monitor = self._client.monitor()
        self._conn = self._monitor.__enter__()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        time.sleep(0.1)

    def _read(self) -> None:
        for event in self._conn.listen():
            command = str(event.get("command", ""))
            if self.prefix in command:
                self.commands.append(command.split())
            if self._stop.is_set() and command == "PING":
                return

    def stop(self) -> list[list[str]]:
        time.sleep(0.1)
        self._stop.set()
        import redis

        redis.Redis.from_url(URL).ping()
        self._thread.join(5)
        self._client.close()
        return self.commands


@pytest.mark.redis
def test_concurrent_reads_and_writes_go_to_redis_together(prefix: str) -> None:
    store = RedisSessionStore.from_url(URL)
    store._prefix = prefix
    for n in range(10):
        store.put(f"p{n}", {"n": n}, 60)

    async def go() -> list[Any]:
        reads = [store.aget(f"p{n}") for n in range(10)] + [store.aget("nobody")]
        writes = [store.aput("p0", {"n": "new"}, 60), store.adelete("p9")]
        try:
            return await asyncio.gather(*writes, *reads)
        finally:
            await store.aclose()

    monitor = Monitor(prefix)
    results = asyncio.run(go())
    commands = monitor.stop()
    assert results[2:] == [{"n": "new"}] + [{"n": n} for n in range(1, 9)] + [None, None]
    names = [c[0].strip('"').upper() for c in commands]
    assert names.count("MGET") == 1 and "GET" not in names     # eleven reads, one command
    assert names.count("SET") == 1 and names.count("DEL") == 1
    assert names.index("SET") < names.index("MGET")              # writes land before reads
    assert store.get("p0") == {"n": "new"} and store.get("p9") is None


@pytest.mark.redis
def test_a_lone_read_is_sent_at_once_and_batches_follow_each_other(prefix: str) -> None:
    store = RedisSessionStore.from_url(URL)
    store._prefix = prefix

    async def go() -> list[Any]:
        first = await store.aget("a")                   # alone: a plain GET, no waiting
        await store.aput("a", {"v": 1}, 60)
        later = [asyncio.ensure_future(store.aget("a")) for _ in range(5)]
        await asyncio.sleep(0)
        more = [asyncio.ensure_future(store.aput(f"b{n}", {"v": n}, 60)) for n in range(3)]
        said = [first, *await asyncio.gather(*later), *await asyncio.gather(*more)]
        await store.aclose()
        return said

    monitor = Monitor(prefix)
    results = asyncio.run(go())
    commands = monitor.stop()
    assert results == [None] + [{"v": 1}] * 5 + [None] * 3
    names = [c[0].strip('"').upper() for c in commands]
    assert names[:2] == ["GET", "SET"]
    assert names.count("SET") == 4 and names.count("MGET") <= 1
    assert [store.get(f"b{n}") for n in range(3)] == [{"v": n} for n in range(3)]


@pytest.mark.redis
def test_every_waiting_caller_gets_the_failure_and_the_breaker_opens(prefix: str) -> None:
    proxy = FaultProxy(6379).start()
    try:
        inner = RedisSessionStore.from_url(via(URL, proxy), timeout=0.2)
        inner._prefix = prefix
        store = ResilientSessionStore(inner, cooldown=30)
        store.put("k", {"a": 1}, 60)

        async def go() -> tuple[list[Any], float]:
            assert await store.aget("k") == {"a": 1}
            proxy.set_mode("stall")
            started = time.monotonic()
            values = await asyncio.gather(*(store.aget("k") for _ in range(5)),
                                          store.aput("k", {"a": 2}, 60))
            took = time.monotonic() - started
            await store.aclose()
            return list(values), took

        values, took = asyncio.run(go())
        assert values == [None] * 6             # no session and a dropped write: no exception
        assert took < 2.0
        assert store.down                       # the loop is not asked to wait again

        async def skipped() -> float:
            started = time.monotonic()
            for _ in range(20):
                await store.aget("k")
            return time.monotonic() - started   # skipped: no client was even made

        assert asyncio.run(skipped()) < 0.2
    finally:
        proxy.stop()


@pytest.mark.redis
def test_a_caller_that_gives_up_leaves_the_others_their_answers(prefix: str) -> None:
    store = RedisSessionStore.from_url(URL)
    store._prefix = prefix
    store.put("x", {"v": "x"}, 60)

    async def go() -> list[Any]:
        impatient = asyncio.ensure_future(store.aget("x"))
        patient = [asyncio.ensure_future(store.aget("x")) for _ in range(3)]
        await asyncio.sleep(0)
        impatient.cancel()
        said = await asyncio.gather(*patient)
        await store.aclose()
        return said

    assert asyncio.run(go()) == [{"v": "x"}] * 3


def test_the_turns_session_is_answered_from_memory_and_its_write_held() -> None:
    store = MemorySessionStore()
    store.put("other", {"o": 1}, 60)
    store.put("mark", {"stale": True}, 60)
    turn_store = LoopSession(store, "mine", {"mine": {"step": 1}, "mark": None})
    assert turn_store.get("mine") == {"step": 1}
    assert turn_store.get("mark") is None                  # prefetched: not asked again
    assert turn_store.get("other") == {"o": 1}             # other keys: the store itself
    turn_store.put("mine", {"step": 2}, 60)
    turn_store.put_after_turn("mark", {"written": True}, 60)
    turn_store.put("other", {"o": 2}, 60)
    assert turn_store.get("mark") == {"written": True}     # this turn's own write
    assert store.get("mine") is None and store.get("mark") == {"stale": True}
    assert store.get("other") == {"o": 2}
    held = turn_store.release()
    assert held == {"mine": ("put", {"step": 2}, 60), "mark": ("put", {"written": True}, 60)}
    turn_store.delete("mine")                             # after release: straight through
    turn_store.put_after_turn("mark", {"written": True}, 60)
    assert store.get("mark") == {"written": True}


def _redis_runtime(settings: Settings, prefix: str, monkeypatch: pytest.MonkeyPatch,
                   understander: Any = None) -> Any:
    monkeypatch.setenv("COMPANION_SESSION_SECRET", SECRET)
    inner = RedisSessionStore.from_url(URL)
    inner._prefix = prefix
    return build_runtime(settings, sessions=inner, with_nlu=understander is None,
                         understander=understander)


@pytest.mark.redis
def test_a_conversation_on_redis_keeps_its_state_from_turn_to_turn(
        settings: Settings, prefix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = _redis_runtime(settings, prefix, monkeypatch)
    assert runtime.sessions.on_loop

    async def talk() -> list[list[Any]]:
        said = []
        for event in ({"command": "start"}, {"payload": "m:help"}, {"payload": "h:safe:yes"},
                      {"text": "cho tôi"}):
            said.append(await runtime.handle(Inbound("web", "lan", **event)))
        await runtime.aclose()
        return said

    try:
        monitor = Monitor(prefix)
        said = asyncio.run(talk())
        commands = [c[0].strip('"').upper() for c in monitor.stop()]
        assert "MGET" in commands and "GET" not in commands   # every read before the turn
        asked_who = " ".join(r.text for r in said[2])
        assert "?" in asked_who                     # the help flow asked its next question
        stored = runtime.sessions.get(session_key("web", "lan"))
        assert stored is not None and stored.get("help", stored) != {}
        marker = runtime.sessions.get(session_key("web", "lan", "day"))
        assert marker is not None and marker["written"] is True   # confirmed on the loop
        rows = runtime.logbook.db.execute("SELECT count(*) FROM help_requests").fetchone()[0]
        assert rows == 1
    finally:
        runtime.close()


@pytest.mark.redis
def test_a_late_turn_gets_the_fallback_and_still_saves_its_session(
        settings: Settings, prefix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = replace(settings, resilience=replace(settings.resilience, turn_deadline_seconds=0.3))
    runtime = _redis_runtime(fast, prefix, monkeypatch)
    engine_turn = runtime.engine.handle

    def slow(inbound: Inbound, sessions: Any = None) -> list[Any]:
        time.sleep(0.6)
        return engine_turn(inbound, sessions)

    runtime.engine.handle = slow  # type: ignore[method-assign]

    async def late() -> tuple[list[Any], float]:
        started = time.monotonic()
        replies = await runtime.handle(Inbound("web", "mai", text=EMERGENCY))
        took = time.monotonic() - started
        await asyncio.sleep(0.5)      # the late turn ends in its thread meanwhile
        await runtime.aclose()
        return replies, took

    try:
        replies, took = asyncio.run(late())
        assert took < 0.55
        assert has_numbers([r.text for r in replies])
        deadline = time.monotonic() + 5
        while runtime.sessions.get(session_key("web", "mai")) is None:
            assert time.monotonic() < deadline, "the late turn's session was never written"
            time.sleep(0.05)
    finally:
        runtime.close()


class HangingLoopStore(MemorySessionStore):
    """A store whose event-loop side never answers (reads, or writes only): a client stuck
    past every socket timeout."""

    def __init__(self, hang_reads: bool):
        super().__init__()
        self.hang_reads = hang_reads

    async def aget_many(self, keys: list[str]) -> list[Any]:
        if self.hang_reads:
            await asyncio.sleep(3600)
        return [self.get(key) for key in keys]

    async def aget(self, key: str) -> Any:
        return (await self.aget_many([key]))[0]

    async def aput(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        await asyncio.sleep(3600)

    async def adelete(self, key: str) -> None:
        await asyncio.sleep(3600)


@pytest.mark.parametrize("hang_reads", [True, False], ids=["reads hang", "writes hang"])
def test_a_store_that_never_answers_on_the_loop_still_lets_the_person_be_answered(
        settings: Settings, hang_reads: bool) -> None:
    fast = replace(settings, resilience=replace(settings.resilience, turn_deadline_seconds=0.5,
                                                sessions_timeout_seconds=0.1))
    runtime = build_runtime(fast, sessions=HangingLoopStore(hang_reads), with_nlu=False)
    assert runtime.sessions.on_loop

    async def emergency() -> tuple[list[Any], float]:
        started = time.monotonic()
        replies = await runtime.handle(Inbound("web", "an", text=EMERGENCY))
        return replies, time.monotonic() - started

    try:
        replies, took = asyncio.run(emergency())
    finally:
        runtime.close()
    assert has_numbers([r.text for r in replies])
    assert took < 1.5        # the deadline (reads) or the write's own bound (writes)
    if not hang_reads:       # the turn itself ran: its full answer, not the fallback
        assert replies[0].text == runtime.content.t("vi", "emergency_first")


@pytest.mark.parametrize("channel, user", [("web", "abc"), ("telegram", "12345"), ("zalo", "u:9")])
def test_the_day_mark_key_read_on_the_loop_is_the_one_the_counter_makes(channel, user):
    """On the loop the counter takes the day mark's key from the session's key (no second
    hash in the turn's thread): the same key `day_mark_key` makes, so the mark read before the
    turn is the one written after it."""
    from bot.core.counting import RequestCounter, day_mark_of
    from bot.sessions import session_key

    assert day_mark_of(session_key(channel, user)) == RequestCounter.day_mark_key(channel, user)
