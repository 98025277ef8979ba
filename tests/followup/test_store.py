"""The follow-up store on SQLite and PostgreSQL: sealed rows, one row per person, atomic claims
with a lease, deletion; and the scheduler's exactly-once sending with an injected clock."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.followup.keys import FollowupKey, FollowupKeyError
from bot.followup.scheduler import Scheduler
from bot.followup.store import Due, SqliteFollowups, open_due
from tests.followup.conftest import KEY, Clock

USER = "5012345678"


def sealed(key: FollowupKey, user: str = USER, when: float = 0.0) -> bytes:
    return key.seal({"r": user, "l": "vi", "k": "physical", "t": when})




@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path: Path):
    key = FollowupKey(KEY)
    if request.param == "sqlite":
        made = SqliteFollowups(tmp_path / "followups.db", key)
    else:
        from bot.followup.postgres import PostgresFollowups

        made = PostgresFollowups(request.getfixturevalue("pg_schema"), key)
    yield made
    made.close()


def test_a_short_key_is_refused_and_a_wrong_key_cannot_open_a_row() -> None:
    with pytest.raises(FollowupKeyError):
        FollowupKey("short")
    blob = sealed(FollowupKey(KEY))
    assert USER.encode() not in blob
    with pytest.raises(FollowupKeyError):
        FollowupKey("another-key-of-enough-length-0123456789").open(blob)
    assert FollowupKey(KEY).open(blob)["r"] == USER


def test_one_row_per_person_claimed_once_per_lease_and_deleted(store) -> None:
    key = store.key
    store.add("telegram", USER, sealed(key), due=100.0)
    store.add("telegram", USER, sealed(key), due=200.0)      # a second consent replaces
    assert store.count() == 1
    assert store.pending(key.finder("telegram", USER))
    assert store.claim(150.0, 60, 10) == []                  # not due yet
    rows = store.claim(200.0, 60, 10)
    assert len(rows) == 1 and rows[0][1] == "telegram" and rows[0][2] == 1
    assert store.claim(230.0, 60, 10) == []                  # leased
    again = store.claim(261.0, 60, 10)                       # the lease ran out: claimed again
    assert [r[0] for r in again] == [rows[0][0]] and again[0][2] == 2
    due = open_due(key, again[0])
    assert isinstance(due, Due) and due.recipient == USER
    store.done(due.id)
    assert store.count() == 0 and store.claim(10_000.0, 60, 10) == []


def test_cancel_deletes_the_row(store) -> None:
    store.add("zalo", USER, sealed(store.key), due=1.0)
    assert store.cancel(store.key.finder("zalo", USER)) == 1
    assert store.cancel(store.key.finder("zalo", USER)) == 0
    assert store.count() == 0


def test_concurrent_claims_never_take_the_same_row(store, tmp_path: Path, request) -> None:
    key = store.key
    for n in range(40):
        store.add("telegram", f"user{n}", sealed(key, f"user{n}"), due=float(n))
    if isinstance(store, SqliteFollowups):
        others = [SqliteFollowups(tmp_path / "followups.db", key) for _ in range(3)]
    else:
        from bot.followup.postgres import PostgresFollowups

        others = [PostgresFollowups(store.url, key) for _ in range(3)]
    taken: list[int] = []
    lock = threading.Lock()

    def worker(s) -> None:
        for _ in range(10):
            rows = s.claim(1000.0, 600, 3)
            with lock:
                taken.extend(r[0] for r in rows)

    threads = [threading.Thread(target=worker, args=(s,)) for s in [store, *others]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in others:
        s.close()
    assert len(taken) == 40 and len(set(taken)) == 40


def test_the_sqlite_file_holds_no_recipient_before_or_after(tmp_path: Path) -> None:
    key = FollowupKey(KEY)
    path = tmp_path / "followups.db"
    store = SqliteFollowups(path, key)
    store.add("telegram", USER, sealed(key), due=1.0)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert USER.encode() not in raw and b"physical" not in raw
    rows = store.claim(2.0, 60, 1)
    assert open_due(key, rows[0]).recipient == USER          # readable with the key only
    store.done(rows[0][0])
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert USER.encode() not in raw


async def test_the_scheduler_sends_once_after_the_due_time_and_retries_failures(tmp_path) -> None:
    key = FollowupKey(KEY)
    store = SqliteFollowups(tmp_path / "f.db", key)
    clock = Clock()
    store.add("telegram", USER, sealed(key, when=clock()), due=clock() + 86400)
    sent: list[str] = []
    answers = ["retry", "sent"]

    async def deliver(due: Due) -> str:
        sent.append(due.recipient)
        return answers.pop(0)

    scheduler = Scheduler(store, key, deliver, now=clock, interval=10, lease=300)
    assert await scheduler.run_once() == 0 and sent == []
    clock.advance(86400)
    assert await scheduler.run_once() == 0 and sent == [USER]   # failed: kept, retried later
    assert store.count() == 1 and await scheduler.run_once() == 0
    clock.advance(301)
    assert await scheduler.run_once() == 1 and sent == [USER, USER]
    clock.advance(10_000)
    assert await scheduler.run_once() == 0 and store.count() == 0
    store.close()


async def test_a_dropped_or_hopeless_check_in_is_deleted(tmp_path) -> None:
    key = FollowupKey(KEY)
    store = SqliteFollowups(tmp_path / "f.db", key)
    clock = Clock()
    store.add("telegram", "a", sealed(key, "a"), due=clock())
    store.add("zalo", "b", sealed(key, "b"), due=clock())
    store.add("telegram", "c", FollowupKey("x" * 40).seal({"r": "c"}), due=clock())

    async def deliver(due: Due) -> str:
        return "drop" if due.recipient == "a" else "retry"

    scheduler = Scheduler(store, key, deliver, now=clock, interval=1, lease=5, max_attempts=2)
    await scheduler.run_once()
    assert store.count() == 1                    # "a" dropped, "c" does not open: gone
    clock.advance(10)
    await scheduler.run_once()
    assert store.count() == 0                    # "b" failed twice: dropped
    store.close()
    asyncio.get_running_loop()


@pytest.mark.postgres
@pytest.mark.parametrize("mode", ["stall", "drop"])
def test_pending_check_ins_on_a_stalled_postgres_fail_fast_and_recover(pg_schema: str,
                                                                       mode: str) -> None:
    """A database that stops answering fails each call in about its timeout, not never: a
    stalled follow-up store once held a turn's thread, the store's lock and every caller
    behind it for as long as the network stayed silent."""
    import time

    from bot.followup.postgres import PostgresFollowups
    from tests.reliability.fault_proxy import FaultProxy

    proxy = FaultProxy(5432).start()
    store = PostgresFollowups(pg_schema.replace(":5432/", f":{proxy.port}/"), FollowupKey(KEY),
                              timeout=0.5)
    finder = store.key.finder("telegram", USER)
    try:
        store.add("telegram", USER, sealed(store.key), due=100.0)
        proxy.set_mode(mode)
        for _ in range(2):        # on the open connection, then trying a new one
            started = time.monotonic()
            with pytest.raises(Exception):  # noqa: B017 - the driver's error, whichever it is
                store.pending(finder)
            assert time.monotonic() - started < 2.5   # libpq's shortest connect timeout is 2 s
        proxy.set_mode("pass")
        assert store.pending(finder)        # a new connection, by itself
    finally:
        store.close()
        proxy.stop()
