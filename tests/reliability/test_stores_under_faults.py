"""The stores themselves under faults: bounded waits, reconnection, spool and idempotent replay."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from bot.logbook import RequestRecord
from bot.logbook.handoffs import HandoffCount
from bot.logbook.outcomes import OutcomeRecord
from bot.logbook.store import SqliteLogbook
from bot.resilience import ResilientLogbook, ResilientSessionStore
from tests.reliability.conftest import via
from tests.reliability.fault_proxy import FaultProxy

RECORD = RequestRecord(day="2026-12-04", channel="web", language="vi", urgent=1)


class Flaky:
    """A logbook that fails while `down` is set."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.down = False

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if callable(attr) and name != "close":
            def call(*args: Any, **kwargs: Any) -> Any:
                if self.down:
                    raise OSError("logbook unreachable")
                return attr(*args, **kwargs)
            return call
        return attr


def _rows(logbook: SqliteLogbook) -> list[dict[str, Any]]:
    return [dict(r) for r in logbook.db["help_requests"].rows]


def test_failed_writes_are_spooled_and_replayed_once(tmp_path: Path) -> None:
    inner = SqliteLogbook(tmp_path / "logbook.db")
    flaky = Flaky(inner)
    logbook = ResilientLogbook(flaky, tmp_path / "spool", cooldown=0.05)
    first = logbook.open_request(RECORD)
    assert first > 0
    flaky.down = True
    provisional = logbook.open_request(RECORD)          # never raises into the turn
    assert provisional < 0
    logbook.update_request(provisional, kind="physical", for_whom="self")
    logbook.update_request(first, providers_shown=2)
    assert len(_rows(inner)) == 1
    spooled = list((tmp_path / "spool").glob("spool-*.jsonl"))
    assert spooled and logbook.spool.pending == 3
    saved = spooled[0].read_bytes()
    assert logbook.replay() == 0                       # still down: kept for later
    flaky.down = False
    assert logbook.replay() == 3
    rows = _rows(inner)
    assert len(rows) == 2 and logbook.spool.pending == 0
    assert rows[1]["kind"] == "physical" and rows[1]["for_whom"] == "self"
    assert rows[0]["providers_shown"] == 2
    # A crash between applying and removing the file: the same entries replayed again (by
    # another process, as the file's owner is gone) add nothing.
    (tmp_path / "spool" / "spool-999999-dead.jsonl").write_bytes(saved)
    assert logbook.replay() == 3
    assert len(_rows(inner)) == 2
    # Later updates to the provisional row reach the real one.
    logbook.update_request(provisional, ward="Ninh Kiều")
    assert _rows(inner)[1]["ward"] == "Ninh Kiều"
    logbook.close()


class FailsOnce:
    """A logbook whose `fail_at`-th outcome write (counting from 1) fails once, as a database that
    drops again in the middle of a replay."""

    def __init__(self, inner: SqliteLogbook, fail_at: int):
        self.inner, self.fail_at, self.calls = inner, fail_at, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def record_outcome(self, record: OutcomeRecord) -> None:
        self.calls += 1
        if self.calls == self.fail_at:
            raise OSError("dropped mid-replay")
        self.inner.record_outcome(record)


def _outcomes(logbook: SqliteLogbook) -> list[str]:
    return [str(r["outcome"]) for r in logbook.db["help_outcomes"].rows]


def test_outcomes_and_handoffs_are_spooled_while_the_logbook_is_down(tmp_path: Path) -> None:
    """A check-in answer or a handoff given while the logbook is down is counted once it is
    back, not lost (the follow-up and handoff services log and drop what raises)."""
    inner = SqliteLogbook(tmp_path / "logbook.db")
    flaky = Flaky(inner)
    logbook = ResilientLogbook(flaky, tmp_path / "spool", cooldown=0.05)
    flaky.down = True
    logbook.record_outcome(OutcomeRecord("2026-12-04", "telegram", "vi", "physical",
                                         "reached_helped"))
    logbook.count_handoff(HandoffCount("2026-12-04", "web", "vi", "taken"))
    logbook.count_handoff(HandoffCount("2026-12-04", "web", "vi", "taken"))
    assert logbook.spool.pending == 3 and _outcomes(inner) == []
    flaky.down = False
    assert logbook.replay() == 3
    assert _outcomes(inner) == ["reached_helped"]
    handoffs = [dict(r) for r in inner.db["handoff_counts"].rows]
    assert [(h["outcome"], h["n"]) for h in handoffs] == [("taken", 2)]
    logbook.close()


def test_a_replay_stopped_by_a_failure_does_not_count_twice(tmp_path: Path) -> None:
    inner = SqliteLogbook(tmp_path / "logbook.db")
    flaky = Flaky(inner)
    logbook = ResilientLogbook(flaky, tmp_path / "spool", cooldown=0.05)
    flaky.down = True
    for outcome in ("reached_helped", "not_yet", "rather_not"):
        logbook.record_outcome(OutcomeRecord("2026-12-04", "zalo", "vi", "unknown", outcome))
    logbook.inner = FailsOnce(inner, fail_at=2)        # the second write fails, once
    assert logbook.replay() == 0 and logbook.spool.pending == 2
    assert _outcomes(inner) == ["reached_helped"]
    assert logbook.replay() == 2 and logbook.spool.pending == 0
    assert sorted(_outcomes(inner)) == ["not_yet", "rather_not", "reached_helped"]
    assert not list((tmp_path / "spool").iterdir())    # no file and no progress left behind
    logbook.close()


def test_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    inner = SqliteLogbook(tmp_path / "logbook.db")
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "spool-1-x.jsonl").write_text(
        '{"op":"open","key":"p5","record":{"day":"2026-12-04","channel":"web","language":"vi"}}\n'
        '{"op":"open","key":"p6","rec', encoding="utf-8")
    logbook = ResilientLogbook(inner, spool)
    assert logbook.backlog
    assert logbook.replay() == 1
    assert len(_rows(inner)) == 1 and not logbook.backlog
    logbook.close()


@pytest.mark.postgres
@pytest.mark.parametrize("mode", ["drop", "stall"])
def test_postgres_fails_fast_and_reconnects(pg_url: str, pg_proxy: FaultProxy, mode: str) -> None:
    from bot.logbook.postgres import PostgresLogbook

    logbook = PostgresLogbook(via(pg_url, pg_proxy), timeout=0.5)
    assert logbook.open_request(RECORD) > 0
    pg_proxy.set_mode(mode)
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 - the driver's error, whichever it is
        logbook.open_request(RECORD)
    assert time.monotonic() - started < 2.5
    started = time.monotonic()
    assert not logbook.ping()
    assert time.monotonic() - started < 2.5
    pg_proxy.set_mode("pass")
    assert logbook.ping()                                # a new connection, by itself
    assert logbook.open_request(RECORD) > 0
    logbook.close()


@pytest.mark.redis
@pytest.mark.parametrize("mode", ["drop", "stall"])
def test_redis_fails_fast_and_recovers(redis_url: str, redis_proxy: FaultProxy,
                                       mode: str) -> None:
    from bot.sessions.redis_store import RedisSessionStore

    store = ResilientSessionStore(RedisSessionStore.from_url(via(redis_url, redis_proxy),
                                                             timeout=0.2), cooldown=0.3)
    store.put("k", {"a": 1}, 60)
    assert store.get("k") == {"a": 1}
    redis_proxy.set_mode(mode)
    started = time.monotonic()
    assert store.get("k") is None                        # no session: never an exception
    assert store.add_once("mark", 60) is True            # cannot tell: answer
    assert time.monotonic() - started < 2.0
    started = time.monotonic()
    for _ in range(50):                                  # the breaker: no waiting per call
        store.get("k")
    assert time.monotonic() - started < 0.5
    redis_proxy.set_mode("pass")
    deadline = time.monotonic() + 5
    while not store.ping() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert store.get("k") == {"a": 1}


def test_spool_files_of_a_live_process_are_left_alone(tmp_path: Path) -> None:
    import fcntl
    import os

    spool = tmp_path / "spool"
    spool.mkdir()
    held = spool / "spool-1-live.jsonl"
    held.write_text('{"op":"open","key":"p7","record":{"day":"2026-12-04","channel":"web",'
                    '"language":"vi"}}\n', encoding="utf-8")
    fd = os.open(held, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        inner = SqliteLogbook(tmp_path / "logbook.db")
        logbook = ResilientLogbook(inner, spool)
        assert logbook.replay() == 0 and held.exists()
    finally:
        os.close(fd)
    assert logbook.replay() == 1 and not held.exists()
    logbook.close()
    shutil.rmtree(spool)


def test_open_request_once_writes_one_row_per_key_even_through_the_spool(tmp_path: Path) -> None:
    from bot.resilience.logbook import new_request_key

    inner = SqliteLogbook(tmp_path / "logbook.db")
    flaky = Flaky(inner)
    logbook = ResilientLogbook(flaky, tmp_path / "spool", cooldown=0.05)
    key, other = new_request_key(), new_request_key()
    row = logbook.open_request_once(key, RECORD)
    assert row > 0 and logbook.open_request_once(key, RECORD) == row
    fresh = ResilientLogbook(inner, tmp_path / "spool2")       # another process, same key
    assert fresh.open_request_once(key, RECORD) == row
    flaky.down = True
    provisional = logbook.open_request_once(other, RECORD)
    assert provisional < 0
    flaky.down = False
    assert logbook.replay() == 1
    assert fresh.open_request_once(other, RECORD) > 0          # the spooled write, not a new one
    assert len(_rows(inner)) == 2
    logbook.close()
