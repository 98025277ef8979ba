"""The read side of the logbook: the few queries exports, the report, the officer dashboard and
Telegram /stats need, behind one interface with a SQLite and a PostgreSQL implementation.

    with open_reader(settings) as reader:   # reader_open.py; [logbook] url: sqlite:/// or postgresql://
        reader.grouped_counts(start, end, ("month", "kind"))   # {("2026-01", "physical"): 30, …}
        reader.period_totals(start, end)                       # Totals(total, urgent, …)
        reader.values_ever("ward")                             # every ward ever written

Both implementations return the same Python values for the same rows (str for days, buckets and
names, int for counts and `urgent`, None for a ward not given), so every export, chart and
message is byte-for-byte the same whichever store is behind it. A reader never writes: SQLite is
opened through a read-only URI, PostgreSQL in a read-only transaction, each with time limits.
A reader holds one consistent snapshot from its first query to `close()`, so the figures of one
table (counts, totals, value lists) come from the same moment even while the bot keeps writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Any, Protocol

from bot.logbook.store import LogbookError
from bot.reports.periods import TIME_DIMENSIONS, bucket

CATEGORY_DIMENSIONS = ("channel", "language", "for_whom", "kind", "ward", "urgent")
DIMENSIONS = TIME_DIMENSIONS + CATEGORY_DIMENSIONS

# Open-ended dimensions: besides the fixed values, every value found anywhere in the logbook is
# listed (not only those of the period), so a listed name never says "someone asked this period".
HISTORY_DIMENSIONS = ("channel", "language", "ward")

# Time limits for a PostgreSQL read (seconds); an export of a million-row year takes about 1 s.
CONNECT_TIMEOUT = 5
STATEMENT_TIMEOUT = 30


class LogbookReadError(LogbookError):
    """The logbook is missing, unreachable, too slow, or not a Helpline Companion logbook."""


@dataclass(frozen=True)
class Totals:
    """Whole-period figures behind the summary (true counts: never shown unprotected)."""

    total: int
    urgent: int
    for_other: int
    provider_shown: int


class LogbookReader(Protocol):
    def grouped_counts(self, start: date, end: date,
                       dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        """Counts per combination of `dims` values present in the inclusive range (no zero
        rows); time dimensions come back as bucket labels ("2026-W05", "2026-Q3")."""
        ...

    def period_totals(self, start: date, end: date) -> Totals: ...

    def outcome_counts(self, start: date, end: date,
                       dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        """Answered check-ins (help_outcomes) per combination of `dims` (time units, channel,
        language, kind, outcome), like `grouped_counts`; empty when the table is absent."""
        ...

    def handoff_grouped(self, start: date, end: date,
                        dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        """Handoffs (handoff_counts: the sum of `n`) per combination of `dims` (time units,
        channel, language, outcome), like `grouped_counts`; empty when the table is absent."""
        ...

    def values_ever(self, dim: str) -> list[Any]:
        """Every value an open-ended dimension (HISTORY_DIMENSIONS) has taken in the whole
        logbook, in no particular order."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> LogbookReader: ...

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...


class ReaderBase:
    """Context-manager plumbing shared by the implementations."""

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self) -> Any:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


OUTCOME_CATEGORIES = ("channel", "language", "kind", "outcome")
OUTCOME_DIMENSIONS = TIME_DIMENSIONS + OUTCOME_CATEGORIES


def outcome_sql(sql: dict[str, str], dims: Sequence[str], mark: str) -> str:
    """The GROUP BY query over help_outcomes for `dims`, with the store's own bucket SQL."""
    from bot.logbook.outcomes import OUTCOME_TABLE

    for d in dims:
        if d not in OUTCOME_DIMENSIONS:
            raise ValueError(d)
    where = f"WHERE day BETWEEN {mark} AND {mark}"
    if not dims:
        return f"SELECT count(*) FROM {OUTCOME_TABLE} {where}"
    cols = ", ".join("outcome" if d == "outcome" else sql[d] for d in dims)
    groups = ", ".join(str(i + 1) for i in range(len(dims)))
    return f"SELECT {cols}, count(*) FROM {OUTCOME_TABLE} {where} GROUP BY {groups}"


HANDOFF_CATEGORIES = ("channel", "language", "outcome")
HANDOFF_DIMENSIONS = TIME_DIMENSIONS + HANDOFF_CATEGORIES


def handoff_sql(sql: dict[str, str], dims: Sequence[str], mark: str) -> str:
    """The GROUP BY query over handoff_counts for `dims`: each row already counts `n` events of
    its day, channel, language and outcome, so groups add up `n` (never count rows)."""
    from bot.logbook.handoffs import HANDOFF_TABLE

    for d in dims:
        if d not in HANDOFF_DIMENSIONS:
            raise ValueError(d)
    where = f"WHERE day BETWEEN {mark} AND {mark}"
    if not dims:
        return f"SELECT coalesce(sum(n), 0) FROM {HANDOFF_TABLE} {where}"
    cols = ", ".join("outcome" if d == "outcome" else sql[d] for d in dims)
    groups = ", ".join(str(i + 1) for i in range(len(dims)))
    return f"SELECT {cols}, sum(n) FROM {HANDOFF_TABLE} {where} GROUP BY {groups}"


def check_history_dimension(dim: str) -> None:
    if dim not in HISTORY_DIMENSIONS:
        raise ValueError(dim)


def fold_rows(rows: Any, dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
    """{key: count} from (value…, count) rows, folding days into ISO weeks for `week` (neither
    SQLite before 3.46 nor a portable SQL has the same ISO-week function)."""
    weeks = [i for i, d in enumerate(dims) if d == "week"]
    result: dict[tuple[Any, ...], int] = {}
    for row in rows:
        key = tuple(row[:-1])
        if weeks:
            key = tuple(bucket("week", date.fromisoformat(v)) if i in weeks else v
                        for i, v in enumerate(key))
        result[key] = result.get(key, 0) + int(row[-1])
    return result


def split_one_way(row: Sequence[Any], values: dict[str, Sequence[Any]],
                  ) -> tuple[Totals, dict[str, dict[tuple[Any, ...], int]]]:
    """The result row of a one-way pass (the four totals, then one count per listed value, in
    `values`' order) as (Totals, {dim: {(value,): count}}); a dimension whose listed values do
    not add up to the total (a value outside the list) is left out, for a GROUP BY to count."""
    totals = Totals(*(int(v) for v in row[:4]))
    counts: dict[str, dict[tuple[Any, ...], int]] = {}
    at = 4
    for dim, vals in values.items():
        found = {(v,): int(n) for v, n in zip(vals, row[at:at + len(vals)], strict=True)}
        at += len(vals)
        if sum(found.values()) == totals.total:
            counts[dim] = {k: n for k, n in found.items() if n}
    return totals, counts
