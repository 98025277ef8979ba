"""The SQLite logbook, the embedded default, and `open_logbook`, which opens the store a config
URL names (SQLite here, PostgreSQL in postgres.py). What a row may hold is in record.py.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from bot.logbook.handoffs import SQLITE_ADD as HANDOFF_ADD
from bot.logbook.handoffs import SQLITE_DDL as HANDOFF_DDL
from bot.logbook.handoffs import HandoffCount
from bot.logbook.indexes import DDL as INDEX_DDL
from bot.logbook.keys import key_row_id, new_request_key

# The record's names, importable from here as before (the read side and tests use them).
from bot.logbook.outcomes import OUTCOME_TABLE, SQLITE_DDL, OutcomeRecord
from bot.logbook.record import (
    COLUMNS,
    FOR_WHOM,
    KINDS,
    REPLAYS,
    SCHEMA_VERSION,
    TABLE,
    UPDATABLE,
    Logbook,
    LogbookError,
    RequestRecord,
    check_update,
)

__all__ = ["COLUMNS", "FOR_WHOM", "KINDS", "REPLAYS", "SCHEMA_VERSION", "TABLE", "UPDATABLE",
           "Logbook", "LogbookError", "RequestRecord", "SqliteLogbook", "check_update",
           "open_logbook"]


class SqliteLogbook:
    """The embedded default: one SQLite file in WAL mode, created on first use.

    Writes are plain SQL on one connection (no per-call schema look-ups), in WAL mode with
    `synchronous=NORMAL`: a commit is durable across a crash of the process (the WAL is in the
    operating system's hands once the commit returns), but a power loss or an OS crash may lose
    the last commits since the previous checkpoint (a few seconds of counts at most; the file
    itself stays consistent). For an anonymous count, losing a handful of rows on a power cut is
    an acceptable price for not waiting on an fsync per write (README, "Configuration"; the
    PostgreSQL logbook makes the same trade with `synchronous_commit=off`).
    """

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()   # turns run in a thread pool: one write at a time
        self.conn = conn
        self._db: Any = None
        if self.path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        self._ensure_schema()
        for ddl in INDEX_DDL:  # the read side's covering indexes, also on an older logbook
            conn.execute(ddl)
        self._has_replays = self._table_exists(REPLAYS)   # a logbook from before key ids
        names = [c for c in COLUMNS if c != "id"]
        self._insert_once = (f"INSERT INTO {TABLE} (id, {', '.join(names)}) "
                             f"VALUES ({', '.join('?' * len(COLUMNS))}) ON CONFLICT (id) DO NOTHING")
        self._updates: dict[tuple[str, ...], str] = {}    # the fields' names → the UPDATE

    @property
    def db(self) -> Any:
        """The same connection through sqlite-utils, for tests and tools that read rows
        (`logbook.db["help_requests"].rows`); imported only when asked for."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def _table_exists(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone() is not None

    def _ensure_schema(self) -> None:
        conn = self.conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if self._table_exists(TABLE):
            if version != SCHEMA_VERSION:
                raise LogbookError(f"{self.path}: logbook schema version {version} is not "
                                   f"{SCHEMA_VERSION}; this version of the bot cannot use it")
            conn.execute(SQLITE_DDL)  # added beside a logbook made before outcomes
            return
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone():
            raise LogbookError(f"{self.path}: not a Helpline Companion logbook (it has other tables "
                               f"and no {TABLE})")
        conn.execute(
            f"CREATE TABLE [{TABLE}] ([id] INTEGER PRIMARY KEY, [day] TEXT NOT NULL, "
            "[channel] TEXT NOT NULL, [language] TEXT NOT NULL, [for_whom] TEXT NOT NULL, "
            "[kind] TEXT NOT NULL, [ward] TEXT, [urgent] INTEGER NOT NULL, "
            "[providers_shown] INTEGER NOT NULL)")
        conn.execute(f"CREATE INDEX [idx_{TABLE}_day] ON [{TABLE}] ([day])")
        conn.execute(SQLITE_DDL)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _values(self, record: RequestRecord) -> tuple[Any, ...]:
        return (record.day, record.channel, record.language, record.for_whom, record.kind,
                record.ward, record.urgent, record.providers_shown)

    def open_request(self, record: RequestRecord) -> int:
        # Under a new key too: SQLite would number a row max(id) + 1, which is the next key of
        # the process that wrote the highest id (bot/logbook/keys.py).
        return self.replay_open(new_request_key(), record)

    def update_request(self, row_id: int, **fields: Any) -> None:
        if check_update(fields):
            names = tuple(fields)
            sql = self._updates.get(names)
            if sql is None:
                sets = ", ".join(f"{name} = ?" for name in names)
                sql = self._updates[names] = f"UPDATE {TABLE} SET {sets} WHERE id = ?"
            with self._lock:
                self.conn.execute(sql, (*fields.values(), row_id))

    def replay_open(self, key: str, record: RequestRecord) -> int:
        """One statement, in autocommit: the row's id is the key's number (bot/logbook/keys.py),
        so a second call with the same key (a replay after a crash, another process) inserts nothing
        and answers the same id."""
        row_id = key_row_id(key)
        with self._lock:
            if self._has_replays:      # the key may name a row an older version wrote
                old = self.conn.execute(f"SELECT row_id FROM {REPLAYS} WHERE key = ?",
                                        (key,)).fetchone()
                if old is not None:
                    return int(old[0])
            self.conn.execute(self._insert_once, (row_id, *self._values(record)))
        return row_id

    def replayed_row(self, key: str) -> int | None:
        row_id = key_row_id(key)
        with self._lock:
            if self._has_replays:
                old = self.conn.execute(f"SELECT row_id FROM {REPLAYS} WHERE key = ?",
                                        (key,)).fetchone()
                if old is not None:
                    return int(old[0])
            found = self.conn.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?",
                                      (row_id,)).fetchone()
            return row_id if found else None

    def record_outcome(self, record: OutcomeRecord) -> None:
        """One answered check-in (bot/logbook/outcomes.py): its own table, no link to a request."""
        with self._lock:
            self.conn.execute(f"INSERT INTO {OUTCOME_TABLE} (day, channel, language, kind, "
                              "outcome) VALUES (?, ?, ?, ?, ?)", record.values())

    def count_handoff(self, record: HandoffCount) -> None:
        """One more handoff of this day, channel, language and outcome (bot/logbook/handoffs.py)."""
        with self._lock:
            self.conn.execute(HANDOFF_DDL)
            self.conn.execute(HANDOFF_ADD, record.values())

    def ping(self) -> bool:
        try:
            self.conn.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        self.conn.close()


def open_logbook(url: str, resolve: Any = None, *, timeout: float = 2.0) -> Logbook:
    """Open the logbook named by a config URL (`sqlite:///path` or `postgresql://…`)."""
    if url.startswith("sqlite:///"):
        raw = url.removeprefix("sqlite:///")
        path = resolve(raw) if resolve and raw != ":memory:" else raw
        try:
            return SqliteLogbook(path)
        except sqlite3.DatabaseError as exc:
            raise LogbookError(f"{path}: cannot open the logbook ({exc})") from None
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from bot.logbook.postgres import PostgresLogbook
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise LogbookError(f"PostgreSQL logbook unavailable: {exc}") from None
        return PostgresLogbook(url, timeout=timeout)
    raise LogbookError(f"unknown logbook URL: {url}")
