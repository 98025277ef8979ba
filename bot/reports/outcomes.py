"""Answered check-ins (help_outcomes) as protected tables, and the targets they measure.

    outcome_table(settings, start=, end=, by=("month", "outcome")) -> SuppressedTable
    targets(settings, start=, end=) -> Targets

The city's plan has two targets: at least 70% of victims actively seek help, and 100% of those
who need help are reached and helped. Among the answered check-ins, the share that reached a
service (got help, or no help yet) is set against the first line, the share that got help
against the second. These are shares of people who chose a check-in and answered it, never of
all victims; every output says so (`targets_note`).

The same small-cell rules as every other figure: counts under K are "<K", secondary
suppression by `protect`, every listed value shown even at zero. A share is a count in disguise,
so it is shown only when the protected one-way table by outcome shows every count it is made of
(then it tells nothing the table does not) and the part and the rest are both at least K.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.config import Settings
from bot.logbook.outcomes import OUTCOMES
from bot.logbook.record import KINDS
from bot.reports import small_table
from bot.reports.export_labels import text
from bot.reports.export_table import (
    SECONDARY_MARKER,
    Count,
    Row,
    SuppressedTable,
    check_min_count,
)
from bot.reports.periods import check_range
from bot.reports.reader import OUTCOME_DIMENSIONS, LogbookReader
from bot.reports.reader_open import open_reader

REACHED_LINE = 0.70   # "at least 70% of victims actively seek help"
HELPED_LINE = 1.00    # "100% of those who need help are reached and helped"
FIXED = {"channel": ("telegram", "zalo"), "language": ("vi", "en"), "kind": KINDS,
         "outcome": OUTCOMES}
DEFAULT_BY = ("month", "outcome")


@dataclass(frozen=True)
class Targets:
    """The targets panel's figures: answered check-ins and the two shares (fractions rounded to
    4 places, or "x" when they would give away a small count), with the plan's lines."""

    answered: Count
    reached_share: float | str
    helped_share: float | str
    reached_line: float = REACHED_LINE
    helped_line: float = HELPED_LINE

    def as_dict(self) -> dict[str, Any]:
        return {"answered": self.answered, "reached_share": self.reached_share,
                "helped_share": self.helped_share, "reached_line": self.reached_line,
                "helped_line": self.helped_line, "note": text("en", "targets_note")}


def outcome_table(settings: Settings, *, start: date, end: date,
                  by: Sequence[str] = DEFAULT_BY, min_count: int | None = None,
                  reader: LogbookReader | None = None) -> SuppressedTable:
    """Protected counts of answered check-ins, broken down by `by` (time units, channel,
    language, kind, outcome); its `targets` are those of the whole period."""
    dims = _check(by)
    check_range(start, end)
    k = check_min_count(settings, min_count)
    if reader is None:
        with open_reader(settings) as own:
            return _build(settings, own, start, end, dims, k)
    return _build(settings, reader, start, end, dims, k)


def targets(settings: Settings, *, start: date, end: date, min_count: int | None = None,
            reader: LogbookReader | None = None) -> Targets:
    table = outcome_table(settings, start=start, end=end, by=("outcome",), min_count=min_count,
                          reader=reader)
    assert table.targets is not None
    return table.targets


def _check(by: Sequence[str]) -> tuple[str, ...]:
    return small_table.check_dimensions(by, OUTCOME_DIMENSIONS, "check-in outcomes")


def _protected(counts: dict[tuple[Any, ...], int], dims: tuple[str, ...],
               start: date, end: date, k: int) -> small_table.Protected:
    return small_table.protected(counts, dims, start, end, k, FIXED)


def _build(settings: Settings, reader: LogbookReader, start: date, end: date,
           dims: tuple[str, ...], k: int) -> SuppressedTable:
    counts = reader.outcome_counts(start, end, dims)
    parts = _protected(counts, dims, start, end, k)
    by_outcome = reader.outcome_counts(start, end, ("outcome",)) if dims != ("outcome",) \
        else counts
    one_way, _, one_total = _protected(by_outcome, ("outcome",), start, end, k)
    return small_table.table(settings, parts, start, end, dims, k, "outcomes",
                             targets=_targets(by_outcome, one_way, one_total, k))


def _targets(counts: dict[tuple[Any, ...], int], one_way: tuple[Row, ...], total: Row,
             k: int) -> Targets:
    shown = {r.values["outcome"]: r.shown for r in one_way}
    whole = sum(counts.values())

    def share(parts: tuple[str, ...]) -> float | str:
        part = sum(counts.get((o,), 0) for o in parts)
        if not total.shown or not all(shown.get(o, False) for o in parts) or part < k \
                or whole - part < k:
            return SECONDARY_MARKER
        return round(part / whole, 4)

    return Targets(total.count, share(("reached_helped", "reached_waiting")),
                   share(("reached_helped",)))


def target_items(table: SuppressedTable, lang: str) -> list[tuple[str, Any, str | None]]:
    """The summary lines of an outcome export (XLSX summary sheet, the report)."""
    t: Targets = table.targets
    return [(text(lang, "answered"), t.answered, "0"),
            (text(lang, "reached_share"), t.reached_share, "0.0%"),
            (text(lang, "reached_line"), t.reached_line, "0.0%"),
            (text(lang, "helped_share"), t.helped_share, "0.0%"),
            (text(lang, "helped_line"), t.helped_line, "0.0%"),
            (text(lang, "targets_note"), "", None)]
