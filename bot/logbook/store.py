"""Writing help requests to the logbook.

The table holds exactly what is needed to count and nothing else (DESIGN.md, privacy rules):
`id, day, channel, language, for_whom, kind, ward, urgent, providers_shown`. There is no column
a user id, a message, a time of day or a coordinate could go into, so no code path can leak one
into the file. The schema version lives in SQLite's `user_version` so the table keeps exactly
those columns.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

SCHEMA_VERSION = 1
TABLE = "help_requests"
KINDS = ("physical", "psychological", "sexual", "economic", "online", "trafficking",
         "child_abuse", "other", "unknown")
FOR_WHOM = ("self", "other", "unknown")
COLUMNS = ("id", "day", "channel", "language", "for_whom", "kind", "ward", "urgent",
           "providers_shown")
UPDATABLE = ("for_whom", "kind", "ward", "urgent", "providers_shown", "language")
# Keys of writes replayed from a spool (bot/resilience/spool.py) → the row each one created, so a
# replay repeated after a crash inserts nothing twice. Random keys only; created on first replay.
REPLAYS = "help_request_replays"


class LogbookError(Exception):
    """The logbook cannot be opened or is not a Helpline Companion logbook."""


@dataclass(frozen=True)
class RequestRecord:
    day: str
    channel: str
    language: str
    for_whom: str = "unknown"
    kind: str = "unknown"
    ward: str | None = None
    urgent: int = 0
    providers_shown: int = 0

    def __post_init__(self) -> None:
        _check_fields(asdict(self))


def check_update(fields: dict[str, Any]) -> bool:
    """Validate the fields of an update (only counting columns, valid values); False if empty."""
    unknown = set(fields) - set(UPDATABLE)
    if unknown:
        raise ValueError(f"cannot update {sorted(unknown)}")
    _check_fields(fields)
    return bool(fields)


def _check_fields(fields: dict[str, Any]) -> None:
    if "for_whom" in fields and fields["for_whom"] not in FOR_WHOM:
        raise ValueError(f"for_whom must be one of {FOR_WHOM}")
    if "kind" in fields and fields["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    if "urgent" in fields and fields["urgent"] not in (0, 1):
        raise ValueError("urgent must be 0 or 1")


class Logbook(Protocol):
    def open_request(self, record: RequestRecord) -> int: ...

    def update_request(self, row_id: int, **fields: Any) -> None: ...

    def replay_open(self, key: str, record: RequestRecord) -> int:
        """Insert `record` once per `key` (a spooled write replayed); the row id either way."""
        ...

    def replayed_row(self, key: str) -> int | None: ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...


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
