"""The SQLite logbook, the embedded default, and `open_logbook`, which opens the store a config
URL names (SQLite here, PostgreSQL in postgres.py). What a row may hold is in record.py.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.logbook.handoffs import SQLITE_ADD as HANDOFF_ADD
from bot.logbook.handoffs import SQLITE_DDL as HANDOFF_DDL
from bot.logbook.handoffs import HandoffCount

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
    """The embedded default: one SQLite file in WAL mode, created on first use."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()   # turns run in a thread pool: one write at a time
        self.db = sqlite_utils.Database(conn)
        if self.path is not None:
            self.db.enable_wal()
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if TABLE in self.db.table_names():
            if version != SCHEMA_VERSION:
                raise LogbookError(f"{self.path}: logbook schema version {version} is not "
                                   f"{SCHEMA_VERSION}; this version of the bot cannot use it")
            self.db.execute(SQLITE_DDL)  # added beside a logbook made before outcomes
            return
        if self.db.table_names():
            raise LogbookError(f"{self.path}: not a Helpline Companion logbook (it has other tables "
                               f"and no {TABLE})")
        self.db[TABLE].create(
            {"id": int, "day": str, "channel": str, "language": str, "for_whom": str,
             "kind": str, "ward": str, "urgent": int, "providers_shown": int},
            pk="id", not_null={"day", "channel", "language", "for_whom", "kind", "urgent",
                               "providers_shown"},
        )
        self.db[TABLE].create_index(["day"])
        self.db.execute(SQLITE_DDL)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def open_request(self, record: RequestRecord) -> int:
        with self._lock:
            table = self.db[TABLE]
            table.insert(asdict(record))
            return int(table.last_pk)

    def update_request(self, row_id: int, **fields: Any) -> None:
        if check_update(fields):
            with self._lock:
                self.db[TABLE].update(row_id, fields)

    def replay_open(self, key: str, record: RequestRecord) -> int:
        fields = asdict(record)
        with self._lock:
            conn = self.db.conn
            conn.execute(f"CREATE TABLE IF NOT EXISTS {REPLAYS} "
                         "(key TEXT PRIMARY KEY, row_id INTEGER NOT NULL)")
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(f"SELECT row_id FROM {REPLAYS} WHERE key = ?",
                                   (key,)).fetchone()
                if row is None:
                    cur = conn.execute(
                        f"INSERT INTO {TABLE} ({', '.join(fields)}) "
                        f"VALUES ({', '.join('?' * len(fields))})", tuple(fields.values()))
                    row = (cur.lastrowid,)
                    conn.execute(f"INSERT INTO {REPLAYS} (key, row_id) VALUES (?, ?)",
                                 (key, row[0]))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return int(row[0])

    def replayed_row(self, key: str) -> int | None:
        with self._lock:
            if REPLAYS not in self.db.table_names():
                return None
            row = self.db.execute(f"SELECT row_id FROM {REPLAYS} WHERE key = ?",
                                  (key,)).fetchone()
            return int(row[0]) if row else None

    def record_outcome(self, record: OutcomeRecord) -> None:
        """One answered check-in (bot/logbook/outcomes.py): its own table, no link to a request."""
        with self._lock:
            self.db.execute(f"INSERT INTO {OUTCOME_TABLE} (day, channel, language, kind, outcome) "
                            "VALUES (?, ?, ?, ?, ?)", record.values())

    def count_handoff(self, record: HandoffCount) -> None:
        """One more handoff of this day, channel, language and outcome (bot/logbook/handoffs.py)."""
        with self._lock:
            self.db.conn.execute(HANDOFF_DDL)
            self.db.conn.execute(HANDOFF_ADD, record.values())

    def ping(self) -> bool:
        try:
            self.db.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        self.db.close()


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
