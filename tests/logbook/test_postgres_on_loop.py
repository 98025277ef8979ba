"""The PostgreSQL logbook's writes made on the event loop (with Redis sessions): the same rows
and ids as the blocking side, an older key table still honoured, and a write cut short or
failed is spooled, never lost."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bot.config import Settings
from bot.core.messages import Inbound
from bot.logbook.keys import key_row_id, new_request_key
from bot.logbook.record import REPLAYS, RequestRecord
from bot.resilience import ResilientLogbook
from bot.runtime import build_runtime
from bot.sessions import session_key
from bot.sessions.redis_store import RedisSessionStore
from tests.conftest import redis_key_prefix

REDIS_URL = "redis://127.0.0.1:6379/14"
RECORD = RequestRecord(day="2026-12-04", channel="web", language="vi")


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    yield from redis_key_prefix(REDIS_URL, "pgloop")


def _rows(url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id, for_whom, kind FROM help_requests ORDER BY id").fetchall()


@pytest.mark.postgres
@pytest.mark.redis
def test_a_help_request_is_written_from_the_loop_with_the_same_row_and_marks(
        settings: Settings, pg_url: str, redis_prefix: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.logbook.postgres import PostgresLogbook

    monkeypatch.setenv("COMPANION_SESSION_SECRET", "pg-on-loop-test-secret-0123456789")
    sessions = RedisSessionStore.from_url(REDIS_URL)
    sessions._prefix = redis_prefix
    runtime = build_runtime(settings, sessions=sessions, logbook=PostgresLogbook(pg_url),
                            with_nlu=False)
    assert runtime.logbook.on_loop and runtime.sessions.on_loop

    async def talk() -> bool:
        for event in ({"command": "start"}, {"payload": "m:help"}, {"payload": "h:safe:yes"},
                      {"payload": "h:who:self"}, {"payload": "h:kind:physical"}):
            await runtime.handle(Inbound("web", "hoa", **event))
        used_loop = runtime.logbook.inner._on_loop._conn is not None
        await runtime.aclose()
        return used_loop

    try:
        assert asyncio.run(talk())                     # the loop's connection did the writes
        rows = _rows(pg_url)
        assert len(rows) == 1 and rows[0][1:] == ("self", "physical")
        stored = runtime.sessions.get(session_key("web", "hoa"))
        assert stored is not None and stored["request_row"] == rows[0][0]
        mark = runtime.sessions.get(session_key("web", "hoa", "day"))
        assert mark is not None and mark["written"] is True
        assert key_row_id(mark["key"]) == rows[0][0]
    finally:
        runtime.close()


@pytest.mark.postgres
def test_an_older_key_table_sends_the_write_to_the_blocking_side(pg_url: str,
                                                                 tmp_path: Path) -> None:
    from bot.logbook.postgres import PostgresLogbook

    inner = PostgresLogbook(pg_url)
    old_row, old_key = inner.open_request(RECORD), new_request_key()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {REPLAYS} (key TEXT PRIMARY KEY, row_id BIGINT NOT NULL)")
        conn.execute(f"INSERT INTO {REPLAYS} VALUES (%s, %s)", (old_key, old_row))
    inner.close()
    logbook = ResilientLogbook(inner, tmp_path / "spool")

    async def go() -> tuple[int, int]:
        again = await logbook.aopen_request_once(old_key, RECORD)   # found in the old table
        new_key = new_request_key()
        fresh = await logbook.aopen_request_once(new_key, RECORD)
        assert fresh == key_row_id(new_key)
        await logbook.aupdate_request(fresh, kind="sexual")
        await logbook.aclose()
        return again, fresh

    try:
        again, fresh = asyncio.run(go())
    finally:
        logbook.close()
    assert again == old_row
    kinds = {row[0]: row[2] for row in _rows(pg_url)}
    assert len(kinds) == 2 and kinds[fresh] == "sexual"
    assert logbook.spool.pending == 0


class Stalled:
    """A logbook whose event-loop side never answers (a stalled server)."""

    def __init__(self) -> None:
        self.calls = 0

    async def areplay_open(self, key: str, record: RequestRecord) -> int:
        self.calls += 1
        await asyncio.sleep(3600)
        return 0

    async def aupdate_request(self, row_id: int, **fields: Any) -> None:
        await asyncio.sleep(3600)

    def close(self) -> None:
        pass


def test_a_write_cut_short_on_the_loop_is_spooled_not_lost(tmp_path: Path) -> None:
    logbook = ResilientLogbook(Stalled(), tmp_path / "spool")
    key = new_request_key()

    async def cut_short() -> None:
        opening = asyncio.ensure_future(logbook.aopen_request_once(key, RECORD))
        updating = asyncio.ensure_future(logbook.aupdate_request(key_row_id(key) + 1,
                                                                 kind="physical"))
        await asyncio.sleep(0.05)
        opening.cancel()
        updating.cancel()
        for task in (opening, updating):
            with pytest.raises(asyncio.CancelledError):
                await task

    try:
        asyncio.run(cut_short())
        assert logbook.spool.pending == 2          # both kept, replayed when the logbook answers
    finally:
        logbook.close()


@pytest.mark.postgres
def test_writes_queued_behind_one_in_flight_go_in_one_pipeline_and_all_land(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty requests opened and updated at once from the loop: the statements queued behind
    the one in flight are sent together (a pipeline), and every row and update is there."""
    from bot.logbook.postgres import PostgresLogbook

    pipelines: list[int] = []
    real_pipeline = psycopg.AsyncConnection.pipeline

    def counting_pipeline(self: psycopg.AsyncConnection[Any]) -> Any:
        pipelines.append(1)
        return real_pipeline(self)

    monkeypatch.setattr(psycopg.AsyncConnection, "pipeline", counting_pipeline)
    logbook = PostgresLogbook(pg_url)
    keys = [new_request_key() for _ in range(40)]

    async def many() -> None:
        rows = await asyncio.gather(*(logbook.areplay_open(k, RECORD) for k in keys))
        await asyncio.gather(*(logbook.aupdate_request(row, kind="physical") for row in rows))
        await logbook.aclose()

    try:
        asyncio.run(many())
        rows = _rows(pg_url)
        assert sorted(r[0] for r in rows) == sorted(key_row_id(k) for k in keys)
        assert {r[2] for r in rows} == {"physical"}
        assert pipelines                       # (at least one batch went as a pipeline)
    finally:
        logbook.close()


@pytest.mark.postgres
def test_a_failing_statement_fails_its_whole_pipeline_to_every_caller_never_silently(
        pg_url: str) -> None:
    """A statement that fails sends its error to every caller whose statement shared its
    pipeline (each then spools its own write); a write that did not raise is in the table."""
    from bot.logbook.postgres import PostgresLogbook

    logbook = PostgresLogbook(pg_url)
    keys = [new_request_key() for _ in range(30)]

    async def mixed() -> list[Any]:
        calls = [logbook.areplay_open(k, RECORD) for k in keys]
        calls.insert(10, logbook._on_loop._execute("UPDATE help_requests SET no_such = 1", ()))
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        await logbook.aclose()
        return outcomes

    try:
        outcomes = asyncio.run(mixed())
        assert isinstance(outcomes[10], psycopg.Error)
        opened = outcomes[:10] + outcomes[11:]
        present = {r[0] for r in _rows(pg_url)}
        for key, outcome in zip(keys, opened, strict=True):
            assert isinstance(outcome, Exception) or key_row_id(key) in present
        assert any(not isinstance(o, Exception) for o in opened)   # the others' pipelines ran
    finally:
        logbook.close()
