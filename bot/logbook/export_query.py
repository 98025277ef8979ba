"""Reading counts out of the SQLite logbook, read-only and with SQL GROUP BY.

An export must never create or change the logbook, so the file is opened through a
`file:…?mode=ro` URI: a missing file is an error instead of a new empty logbook, and the main
file is never written. (The logbook is in WAL mode: SQLite may create the empty `-wal`/`-shm`
side files a running bot keeps anyway; they hold no rows. `immutable=1` would avoid them but
would also ignore rows still in a running bot's WAL, so it is not used.) The grouping
happens in SQLite (one pass over the rows); Python only sees one line per group, which is what
keeps a million-row export well under a few seconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.logbook.periods import TIME_DIMENSIONS, ExportError, bucket
from bot.logbook.store import FOR_WHOM, KINDS, SCHEMA_VERSION, TABLE, LogbookError

CATEGORY_DIMENSIONS = ("channel", "language", "for_whom", "kind", "ward", "urgent")
DIMENSIONS = TIME_DIMENSIONS + CATEGORY_DIMENSIONS

# SQL for each dimension, computed from the stored 'YYYY-MM-DD' text. `week` is grouped by day in
# SQL and folded into ISO weeks in Python (SQLite before 3.46 has no ISO-week strftime).
_SQL = {
    "day": "day",
    "week": "day",
    "month": "substr(day, 1, 7)",
    "quarter": "substr(day, 1, 4) || '-Q' || ((CAST(substr(day, 6, 2) AS INTEGER) + 2) / 3)",
    "half": "substr(day, 1, 4) || '-H' || "
            "(CASE WHEN CAST(substr(day, 6, 2) AS INTEGER) <= 6 THEN 1 ELSE 2 END)",
    "year": "substr(day, 1, 4)",
    "channel": "channel",
    "language": "language",
    "for_whom": "for_whom",
    "kind": "kind",
    "ward": "ward",
    "urgent": "urgent",
}

# Values every export lists even when their count is 0, so that a listed row never tells that
# someone asked (and a count of 0 is shown as "<K" like any small count).
FIXED_VALUES: dict[str, tuple[object, ...]] = {
    "channel": ("telegram", "zalo", "web"),
    "language": ("vi", "en"),
    "for_whom": FOR_WHOM,
    "kind": KINDS,
    "urgent": (1, 0),
}


# Open-ended dimensions: besides the fixed values, every value found anywhere in the logbook is
# listed (not only those of the period), so a listed name never says "someone asked this period".
HISTORY_DIMENSIONS = ("channel", "language", "ward")


class LogbookReadError(LogbookError):
    """The logbook file is missing, unreadable, or not a Helpline Companion logbook."""


def check_dimensions(by: Sequence[str]) -> tuple[str, ...]:
    """Validate `--by` names (order kept, repeats dropped)."""
    result: list[str] = []
    for name in by:
        if name not in DIMENSIONS:
            raise ExportError(f'unknown dimension "{name}": choose from {", ".join(DIMENSIONS)}')
        if name not in result:
            result.append(name)
    return tuple(result)


def open_readonly(path: Path | None) -> sqlite3.Connection:
    """Open the logbook read-only, checking that it is one (table and schema version)."""
    if path is None:
        raise LogbookReadError("exports read the SQLite logbook; [logbook] url is not sqlite:///")
    if not path.is_file():
        raise LogbookReadError(f"{path}: no logbook file there")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (TABLE,)).fetchone()
    except sqlite3.Error as exc:
        raise LogbookReadError(f"{path}: not a readable SQLite logbook ({exc})") from None
    if not has_table or version != SCHEMA_VERSION:
        conn.close()
        problem = f"no {TABLE} table" if not has_table else f"schema version {version}"
        raise LogbookReadError(f"{path}: not a Helpline Companion logbook ({problem})")
    return conn


@dataclass(frozen=True)
class Totals:
    """Whole-period figures behind the summary (true counts: never shown unprotected)."""

    total: int
    urgent: int
    for_other: int
    provider_shown: int


def grouped_counts(conn: sqlite3.Connection, start: date, end: date,
                   dims: Sequence[str]) -> dict[tuple[object, ...], int]:
    """Counts per combination of `dims` values present in the range (no zero rows)."""
    where = "WHERE day BETWEEN ? AND ?"
    params = (start.isoformat(), end.isoformat())
    if not dims:
        (n,) = conn.execute(f"SELECT count(*) FROM {TABLE} {where}", params).fetchone()
        return {(): n} if n else {}
    exprs = [_SQL[d] for d in dims]
    cols = ", ".join(exprs)
    groups = ", ".join(str(i + 1) for i in range(len(dims)))
    sql = f"SELECT {cols}, count(*) FROM {TABLE} {where} GROUP BY {groups}"
    weeks = [i for i, d in enumerate(dims) if d == "week"]
    result: dict[tuple[object, ...], int] = {}
    for row in conn.execute(sql, params):
        key = row[:-1]
        if weeks:
            key = tuple(bucket("week", date.fromisoformat(v)) if i in weeks else v
                        for i, v in enumerate(key))
        result[key] = result.get(key, 0) + row[-1]
    return result


def period_totals(conn: sqlite3.Connection, start: date, end: date) -> Totals:
    row = conn.execute(
        f"SELECT count(*), coalesce(sum(urgent = 1), 0), coalesce(sum(for_whom = 'other'), 0), "
        f"coalesce(sum(providers_shown >= 1), 0) FROM {TABLE} WHERE day BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat())).fetchone()
    return Totals(*(int(v) for v in row))


def values_ever(conn: sqlite3.Connection, dim: str) -> list[object]:
    """Every value an open-ended dimension has taken in the whole logbook."""
    if dim not in HISTORY_DIMENSIONS:
        raise ValueError(dim)
    return [row[0] for row in conn.execute(f"SELECT DISTINCT {_SQL[dim]} FROM {TABLE}")]
