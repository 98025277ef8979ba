"""What the logbook holds, whatever stores it: one help request as a record, its checks, the
table's names and the interface every store implements. Both stores (store.py for SQLite,
postgres.py) import this; it imports neither.

The table holds exactly what is needed to count and nothing else (DESIGN.md, privacy rules):
`id, day, channel, language, for_whom, kind, ward, urgent, providers_shown`. There is no column
a user id, a message, a time of day or a coordinate could go into, so no code path can leak one
into the file. The schema version lives in SQLite's `user_version` (PostgreSQL:
`companion_schema`) so the table keeps exactly those columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

SCHEMA_VERSION = 1
TABLE = "help_requests"
KINDS = ("physical", "psychological", "sexual", "economic", "online", "trafficking",
         "child_abuse", "other", "unknown")
FOR_WHOM = ("self", "other", "unknown")
COLUMNS = ("id", "day", "channel", "language", "for_whom", "kind", "ward", "urgent",
           "providers_shown")
UPDATABLE = ("for_whom", "kind", "ward", "urgent", "providers_shown", "language")
_UPDATABLE = frozenset(UPDATABLE)
# Before keys became row ids (bot/logbook/keys.py): keys of writes opened once → the row each one
# created. No longer written; still read, so that a key recorded by an older version (in a day
# mark or a spool) is never written twice. Old logbooks only.
REPLAYS = "help_request_replays"


class NotOnLoop(Exception):
    """A write the logbook's event-loop side cannot make (bot/logbook/postgres_loop.py): the
    caller makes it with the blocking side, in a thread."""


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
        # (vars, not dataclasses.asdict: the fields are plain values, and asdict deep-copies
        # them, a per-turn cost for nothing)
        _check_fields(vars(self))


def check_update(fields: dict[str, Any]) -> bool:
    """Validate the fields of an update (only counting columns, valid values); False if empty."""
    if not fields.keys() <= _UPDATABLE:
        raise ValueError(f"cannot update {sorted(set(fields) - _UPDATABLE)}")
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


