"""Writing help requests to the logbook.

The table holds exactly what is needed to count and nothing else (DESIGN.md, privacy rules):
`id, day, channel, language, for_whom, kind, ward, urgent, providers_shown`. There is no column
a user id, a message, a time of day or a coordinate could go into, so no code path can leak one
into the file. The schema version lives in SQLite's `user_version` so the table keeps exactly
those columns.
"""

from __future__ import annotations

import sqlite3
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

    def ping(self) -> bool: ...

    def close(self) -> None: ...


class SqliteLogbook:
    """The embedded default: one SQLite file in WAL mode, created on first use."""

    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
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
        table = self.db[TABLE]
        table.insert(asdict(record))
        return int(table.last_pk)

    def update_request(self, row_id: int, **fields: Any) -> None:
        if check_update(fields):
            self.db[TABLE].update(row_id, fields)

    def ping(self) -> bool:
        try:
            self.db.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def close(self) -> None:
        self.db.close()


def open_logbook(url: str, resolve: Any = None) -> Logbook:
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
        return PostgresLogbook(url)
    raise LogbookError(f"unknown logbook URL: {url}")
