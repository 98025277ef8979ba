"""The logbook on PostgreSQL, for several machines serving one bot: the same table, the same
columns, nothing that points at a person.

The connection never holds a caller for long: connecting is bounded by `connect_timeout`, every
statement by the server's `statement_timeout`, and every call by a client-side deadline that
shuts the socket down if the server (or the network) stalls, which a server-side timeout cannot
see. A connection that failed is dropped and the next call opens a new one (reconnect).

Writes commit with `synchronous_commit=off` (this connection only), the same trade as the
SQLite logbook's `synchronous=NORMAL`: a commit is not waited for on the server's disk (~5 ms
each here, and the logbook's one connection writes one request at a time), so a crash of the
database server or a power cut can lose the last fraction of a second of counts; the database
stays consistent and a crash of the bot loses nothing it committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

import psycopg

from bot.logbook.handoffs import POSTGRES_ADD, POSTGRES_DDL, HandoffCount
from bot.logbook.indexes import DDL as INDEX_DDL
from bot.logbook.keys import key_row_id, new_request_key
from bot.logbook.outcomes import OUTCOME_TABLE, PG_DDL, OutcomeRecord
from bot.logbook.postgres_loop import PostgresOnLoop
from bot.logbook.record import (
    COLUMNS,
    REPLAYS,
    SCHEMA_VERSION,
    TABLE,
    LogbookError,
    RequestRecord,
    check_update,
)
from bot.resilience.bounded_postgres import BoundedConnection

log = logging.getLogger(__name__)
T = TypeVar("T")

_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id BIGSERIAL PRIMARY KEY,
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    for_whom TEXT NOT NULL,
    kind TEXT NOT NULL,
    ward TEXT,
    urgent INTEGER NOT NULL,
    providers_shown INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS {TABLE}_day ON {TABLE} (day);
CREATE TABLE IF NOT EXISTS companion_schema (version INTEGER NOT NULL);
"""
_NAMES = ", ".join(name for name in COLUMNS if name != "id")
_MARKS = ", ".join(["%s"] * (len(COLUMNS) - 1))
# A request opened once under its key (bot/logbook/keys.py): the key's number is the row's id.
_ONCE = (f"INSERT INTO {TABLE} (id, {_NAMES}) VALUES (%s, {_MARKS}) "
         "ON CONFLICT (id) DO NOTHING")
# The same where an older version's key table exists: a key found there keeps its row.
_ONCE_AFTER_OLD = (f"WITH old AS (SELECT row_id FROM {REPLAYS} WHERE key = %s), "
                   f"made AS (INSERT INTO {TABLE} (id, {_NAMES}) SELECT %s, {_MARKS} "
                   "WHERE NOT EXISTS (SELECT 1 FROM old) ON CONFLICT (id) DO NOTHING) "
                   "SELECT coalesce((SELECT row_id FROM old), %s)")


class PostgresLogbook:
    def __init__(self, url: str, *, timeout: float = 2.0):
        self.url = url
        self.timeout = timeout
        ms = max(1, int(timeout * 1000))
        self._db = BoundedConnection(
            url, timeout=timeout, setup=self._check_schema,
            options=f"-c statement_timeout={ms} -c lock_timeout={ms} -c synchronous_commit=off")
        self._replays_conn: Any = None   # the connection `_has_old_replays` was looked up on
        self._has_old_replays = False
        self._on_loop = PostgresOnLoop(self)
        try:
            self._run(lambda conn: None)  # connecting checks (or creates) the schema
        except (psycopg.OperationalError, TimeoutError) as exc:
            # Unreachable now: start anyway (writes are spooled by the resilience layer and
            # replayed; the schema is checked on the first connection that succeeds), so a
            # database that is down never keeps the bot from answering.
            log.warning("PostgreSQL logbook unreachable at start (%s); retrying in the background",
                        type(exc).__name__)
        except psycopg.Error as exc:
            raise LogbookError(f"cannot use the PostgreSQL logbook ({type(exc).__name__})") from None

    # -- the connection -----------------------------------------------------------------------
    def connect_options(self) -> dict[str, Any]:
        """Connection settings shared by the blocking and the event-loop connections."""
        return self._db.connect_options()

    @property
    def schema_checked(self) -> bool:
        return self._db.ready

    # -- writes from turns on the event loop (bot/logbook/postgres_loop.py) ----------------------
    async def areplay_open(self, key: str, record: RequestRecord) -> int:
        """`replay_open` on the running event loop (raises `NotOnLoop` when it cannot)."""
        return await self._on_loop.replay_open(key, record, _ONCE)

    async def aupdate_request(self, row_id: int, **fields: Any) -> None:
        """`update_request` on the running event loop."""
        await self._on_loop.update_request(row_id, **fields)

    async def aclose(self) -> None:
        await self._on_loop.aclose()

    @property
    def conn(self) -> psycopg.Connection[Any]:
        """The open connection (reconnecting if needed); for tests and the read side."""
        return self._db.connection()

    def _run(self, work: Callable[[psycopg.Connection[Any]], T]) -> T:
        """`work(conn)` within the deadline (bot/resilience/bounded_postgres.py)."""
        return self._db.run(work)

    def _check_schema(self, conn: psycopg.Connection[Any]) -> None:
        # Several workers start at once: CREATE … IF NOT EXISTS is not safe against itself.
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext('companion_schema'))")
            cur.execute(_DDL)
            cur.execute(PG_DDL)
            for ddl in INDEX_DDL:  # the read side's covering indexes, also on an older table
                cur.execute(ddl)
            cur.execute("SELECT version FROM companion_schema")
            row = cur.fetchone()
            if row is None:
                cur.execute("INSERT INTO companion_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise LogbookError(f"logbook schema version {row[0]} is not {SCHEMA_VERSION}")

    # -- writes -------------------------------------------------------------------------------
    def open_request(self, record: RequestRecord) -> int:
        # Numbered like requests opened once (bot/logbook/keys.py), not by the id sequence.
        return self.replay_open(new_request_key(), record)

    def update_request(self, row_id: int, **fields: Any) -> None:
        if not check_update(fields):
            return
        sets = ", ".join(f"{name} = %s" for name in fields)

        def work(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cur:
                cur.execute(f"UPDATE {TABLE} SET {sets} WHERE id = %s", (*fields.values(), row_id))

        self._run(work)

    def replay_open(self, key: str, record: RequestRecord) -> int:
        """One statement in autocommit, no transaction or lock: the row's id is the key's number
        (bot/logbook/keys.py), so a second open under the same key, here or in another process
        at the same moment, inserts nothing (`ON CONFLICT (id) DO NOTHING` waits for the first
        and skips) and answers the same id."""
        row_id = key_row_id(key)
        values = tuple(asdict(record).values())

        def work(conn: psycopg.Connection[Any]) -> int:
            with conn.cursor() as cur:
                if self._old_replays(conn, cur):
                    cur.execute(_ONCE_AFTER_OLD, (key, row_id, *values, row_id))
                    found = cur.fetchone()
                    assert found is not None
                    return int(found[0])
                cur.execute(_ONCE, (row_id, *values))
            return row_id

        return self._run(work)

    def replayed_row(self, key: str) -> int | None:
        row_id = key_row_id(key)

        def work(conn: psycopg.Connection[Any]) -> int | None:
            with conn.cursor() as cur:
                if self._old_replays(conn, cur):
                    cur.execute(f"SELECT coalesce((SELECT row_id FROM {REPLAYS} WHERE key = %s), "
                                f"(SELECT id FROM {TABLE} WHERE id = %s))", (key, row_id))
                else:
                    cur.execute(f"SELECT id FROM {TABLE} WHERE id = %s", (row_id,))
                row = cur.fetchone()
            return int(row[0]) if row and row[0] is not None else None

        return self._run(work)

    def _old_replays(self, conn: psycopg.Connection[Any], cur: psycopg.Cursor[Any]) -> bool:
        """Whether this database still has the key table older versions wrote (looked up once
        per connection): a key they recorded must find its row there."""
        if self._replays_conn is not conn:
            cur.execute("SELECT to_regclass(%s)", (REPLAYS,))
            found = cur.fetchone()
            self._has_old_replays = bool(found and found[0] is not None)
            self._replays_conn = conn
        return self._has_old_replays

    def record_outcome(self, record: OutcomeRecord) -> None:
        """One answered check-in (bot/logbook/outcomes.py): its own table, no link to a request."""
        def work(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cur:
                cur.execute(f"INSERT INTO {OUTCOME_TABLE} (day, channel, language, kind, outcome) "
                            "VALUES (%s, %s, %s, %s, %s)", record.values())

        self._run(work)

    def count_handoff(self, record: HandoffCount) -> None:
        """One more handoff of this day, channel, language and outcome (bot/logbook/handoffs.py)."""

        def work(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cur:
                cur.execute(POSTGRES_DDL)
                cur.execute(POSTGRES_ADD, record.values())

        self._run(work)

    def ping(self) -> bool:
        def work(conn: psycopg.Connection[Any]) -> None:
            with conn.cursor() as cur:
                cur.execute("SELECT 1")

        try:
            self._run(work)
            return True
        except Exception:
            return False

    def close(self) -> None:
        self._db.close()
