"""A request opened once under its key: the key's number is the row id, one statement per open,
the same row for the same key however often and wherever it is written, and keys that older
versions recorded (in their key table) still find their rows."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import psycopg
import pytest

from bot.logbook import RequestRecord
from bot.logbook.keys import key_row_id, new_request_key
from bot.logbook.record import REPLAYS
from bot.logbook.store import SqliteLogbook

RECORD = RequestRecord(day="2026-12-04", channel="web", language="vi", urgent=1)
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def _count(conn: object, table: str = "help_requests") -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[attr-defined]


def test_sqlite_opens_once_in_one_statement(tmp_path: Path) -> None:
    logbook = SqliteLogbook(tmp_path / "logbook.db")
    statements: list[str] = []
    logbook.conn.set_trace_callback(statements.append)
    key = new_request_key()
    row = logbook.replay_open(key, RECORD)
    assert row == key_row_id(key) and len(statements) == 1
    assert logbook.replay_open(key, RECORD) == row             # a replay after a crash
    other = SqliteLogbook(tmp_path / "logbook.db")              # another process, same file
    assert other.replay_open(key, RECORD) == row
    assert other.replayed_row(key) == row
    assert other.replayed_row(new_request_key()) is None        # not written yet
    assert _count(logbook.conn) == 1
    assert not logbook._table_exists(REPLAYS)                   # no key table any more
    other.close()
    logbook.close()


def test_sqlite_keys_recorded_by_an_older_version_keep_their_rows(tmp_path: Path) -> None:
    logbook = SqliteLogbook(tmp_path / "logbook.db")
    old_row = logbook.open_request(RECORD)
    old_key = new_request_key()
    logbook.conn.execute(f"CREATE TABLE {REPLAYS} (key TEXT PRIMARY KEY, row_id INTEGER NOT NULL)")
    logbook.conn.execute(f"INSERT INTO {REPLAYS} VALUES (?, ?)", (old_key, old_row))
    logbook.close()
    upgraded = SqliteLogbook(tmp_path / "logbook.db")
    assert upgraded.replayed_row(old_key) == old_row
    assert upgraded.replay_open(old_key, RECORD) == old_row     # not a second row
    key = new_request_key()
    assert upgraded.replay_open(key, RECORD) == key_row_id(key)
    assert _count(upgraded.conn) == 2
    upgraded.close()


def test_keys_of_one_process_follow_each_other_and_a_fork_gets_its_own() -> None:
    first, second = key_row_id(new_request_key()), key_row_id(new_request_key())
    assert second == first + 1          # a process's rows sit together in the table's B-tree
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        child = key_row_id(pool.apply(new_request_key))
    assert child >> 18 != second >> 18  # a forked worker never repeats its parent's keys
    with pytest.raises(ValueError):
        key_row_id("k1")


def test_postgres_opens_once_even_from_two_processes_at_once(pg_url: str) -> None:
    from bot.logbook.postgres import PostgresLogbook

    books = [PostgresLogbook(pg_url), PostgresLogbook(pg_url)]
    keys = [new_request_key() for _ in range(20)]
    found: list[list[int]] = [[], []]

    def open_all(i: int) -> None:
        found[i] = [books[i].replay_open(key, RECORD) for key in keys]

    threads = [threading.Thread(target=open_all, args=(i,)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found[0] == found[1] == [key_row_id(key) for key in keys]
    assert books[0].replayed_row(keys[3]) == key_row_id(keys[3])
    assert books[0].replayed_row(new_request_key()) is None
    with psycopg.connect(pg_url) as conn:
        assert _count(conn) == 20
    for book in books:
        book.close()


def test_postgres_keys_recorded_by_an_older_version_keep_their_rows(pg_url: str) -> None:
    from bot.logbook.postgres import PostgresLogbook

    logbook = PostgresLogbook(pg_url)
    old_row, old_key = logbook.open_request(RECORD), new_request_key()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {REPLAYS} (key TEXT PRIMARY KEY, row_id BIGINT NOT NULL)")
        conn.execute(f"INSERT INTO {REPLAYS} VALUES (%s, %s)", (old_key, old_row))
    logbook.close()                      # the next connection looks the old table up again
    assert logbook.replay_open(old_key, RECORD) == old_row
    assert logbook.replayed_row(old_key) == old_row
    key = new_request_key()
    assert logbook.replay_open(key, RECORD) == key_row_id(key)
    assert logbook.replayed_row(key) == key_row_id(key)
    with psycopg.connect(pg_url) as conn:
        assert _count(conn) == 2
    logbook.close()


def test_sqlite_a_plain_open_never_takes_the_id_of_a_later_key(tmp_path: Path) -> None:
    logbook = SqliteLogbook(tmp_path / "logbook.db")
    once = logbook.replay_open(new_request_key(), RECORD)
    plain = logbook.open_request(RECORD)          # max(id) + 1 would be the next key's id
    later = new_request_key()
    assert plain != once and logbook.replay_open(later, RECORD) == key_row_id(later) != plain
    assert _count(logbook.conn) == 3
    logbook.close()
