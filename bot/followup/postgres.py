"""Pending check-ins in PostgreSQL, beside the logbook, shared by every server process.

The same rows as store.py. Claiming uses `FOR UPDATE SKIP LOCKED` inside one UPDATE, so two
processes looking at once take different rows and neither waits for the other. A connection that
failed is dropped and the next call opens a new one; every call has a time limit, on the server
and on the client (bot/resilience/bounded_postgres.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import psycopg

from bot.followup.keys import FollowupKey
from bot.followup.store import TABLE
from bot.resilience.bounded_postgres import BoundedConnection

T = TypeVar("T")

_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id BIGSERIAL PRIMARY KEY,
    finder TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    due DOUBLE PRECISION NOT NULL,
    claimed_until DOUBLE PRECISION NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    sealed BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS {TABLE}_due ON {TABLE} (due);
"""


def _create_table(conn: psycopg.Connection[Any]) -> None:
    # Several workers start at once: CREATE … IF NOT EXISTS is not safe against itself.
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('companion_followups'))")
        cur.execute(_DDL)


class PostgresFollowups:
    def __init__(self, url: str, key: FollowupKey, *, timeout: float = 2.0):
        self.url, self.key, self.timeout = url, key, timeout
        ms = max(1, int(timeout * 1000))
        self._db = BoundedConnection(url, timeout=timeout, setup=_create_table,
                                     options=f"-c statement_timeout={ms} -c lock_timeout={ms}")

    def _run(self, work: Callable[[psycopg.Cursor[Any]], T]) -> T:
        """`work(cursor)` within the deadline (bot/resilience/bounded_postgres.py): a stalled
        database fails the call in about `timeout` seconds instead of holding it for ever."""
        def on_connection(conn: psycopg.Connection[Any]) -> T:
            with conn.cursor() as cur:
                return work(cur)

        return self._db.run(on_connection)

    def add(self, channel: str, user: str, sealed: bytes, due: float) -> None:
        finder = self.key.finder(channel, user)
        self._run(lambda cur: cur.execute(
            f"INSERT INTO {TABLE} (finder, channel, due, sealed) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (finder) DO UPDATE SET due = excluded.due, sealed = excluded.sealed, "
            "claimed_until = 0, attempts = 0", (finder, channel, due, sealed)))

    def cancel(self, finder: str) -> int:
        def work(cur: psycopg.Cursor[Any]) -> int:
            cur.execute(f"DELETE FROM {TABLE} WHERE finder = %s", (finder,))
            return cur.rowcount

        return self._run(work)

    def pending(self, finder: str) -> bool:
        def work(cur: psycopg.Cursor[Any]) -> bool:
            cur.execute(f"SELECT 1 FROM {TABLE} WHERE finder = %s", (finder,))
            return cur.fetchone() is not None

        return self._run(work)

    def claim(self, now: float, lease: float, limit: int) -> list[tuple[int, str, int, bytes]]:
        def work(cur: psycopg.Cursor[Any]) -> list[tuple[int, str, int, bytes]]:
            cur.execute(
                f"UPDATE {TABLE} SET claimed_until = %s, attempts = attempts + 1 WHERE id IN "
                f"(SELECT id FROM {TABLE} WHERE due <= %s AND claimed_until <= %s "
                "ORDER BY due LIMIT %s FOR UPDATE SKIP LOCKED) "
                "RETURNING id, channel, attempts, sealed", (now + lease, now, now, limit))
            return [(int(r[0]), str(r[1]), int(r[2]), bytes(r[3])) for r in cur.fetchall()]

        return self._run(work)

    def done(self, row_id: int) -> None:
        self._run(lambda cur: cur.execute(f"DELETE FROM {TABLE} WHERE id = %s", (row_id,)))

    def retry_at(self, row_id: int, when: float) -> None:
        self._run(lambda cur: cur.execute(
            f"UPDATE {TABLE} SET claimed_until = %s WHERE id = %s", (when, row_id)))

    def count(self) -> int:
        def work(cur: psycopg.Cursor[Any]) -> int:
            cur.execute(f"SELECT count(*) FROM {TABLE}")
            row = cur.fetchone()
            return int(row[0]) if row else 0

        return self._run(work)

    def close(self) -> None:
        self._db.close()
