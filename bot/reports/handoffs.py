"""Handoff counts for officers (handoff_counts: day × channel × language × outcome → n) as a
protected table, the same way as help requests and check-in outcomes.

    handoff_table(settings, start=, end=, by=("month", "outcome")) -> SuppressedTable
    export_counts(..., subject="handoffs")         (CSV, XLSX, JSON: bot/reports/export.py)
    companion export --table handoffs --by channel,outcome
    companion handoffs --period 2026-H1            (the outcome × channel CSV, from the table)

The same small-cell rules as every other figure (bot/reports/suppression.py `protect`): counts
under K are "<K", a figure from which a small count could be worked out is "x", the whole table
is withheld when nothing else protects it, and every listed value is shown even at zero (the
usual channels, both languages, every outcome), so a listed row never tells that someone asked.

The counts are events, not people: one person who joins the queue, is taken and ends the chat
adds one to `queued`, `taken` and `ended`. Every output says so (`handoffs_note`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from bot.config import Settings
from bot.logbook.handoffs import CHANNELS, OUTCOMES
from bot.reports import small_table
from bot.reports.export_labels import text
from bot.reports.export_table import (
    SuppressedTable,
    check_min_count,
)
from bot.reports.periods import check_range
from bot.reports.reader import HANDOFF_DIMENSIONS, LogbookReader
from bot.reports.reader_open import open_reader

# Listed even at zero. `console` is the terminal chat (`companion chat`), which hands off too.
FIXED: dict[str, tuple[str, ...]] = {"channel": CHANNELS, "language": ("vi", "en"),
                                     "outcome": OUTCOMES}
DEFAULT_BY = ("month", "outcome")


def handoff_table(settings: Settings, *, start: date, end: date,
                  by: Sequence[str] = DEFAULT_BY, min_count: int | None = None,
                  reader: LogbookReader | None = None) -> SuppressedTable:
    """Protected handoff counts from `start` to `end` (inclusive, city days), broken down by
    `by` (one time unit at most, channel, language, outcome; three dimensions at most).

    Raises `ExportError` for bad input and `LogbookReadError` when the logbook cannot be read.
    """
    dims = _check(by)
    check_range(start, end)
    k = check_min_count(settings, min_count)
    if reader is None:
        with open_reader(settings) as own:
            counts = own.handoff_grouped(start, end, dims)
    else:
        counts = reader.handoff_grouped(start, end, dims)
    return _build(settings, counts, start, end, dims, k)


def _check(by: Sequence[str]) -> tuple[str, ...]:
    return small_table.check_dimensions(by, HANDOFF_DIMENSIONS, "handoffs")


def _build(settings: Settings, counts: dict[tuple[Any, ...], int], start: date, end: date,
           dims: tuple[str, ...], k: int) -> SuppressedTable:
    parts = small_table.protected(counts, dims, start, end, k, FIXED)
    return small_table.table(settings, parts, start, end, dims, k, "handoffs")


def handoff_items(table: SuppressedTable, lang: str) -> list[tuple[str, Any, str | None]]:
    """The summary lines of a handoff export after the period lines (XLSX summary sheet)."""
    return [(text(lang, "handoffs_total"), table.total.count, "0"),
            (text(lang, "handoffs_note"), "", None)]


def handoff_csv(settings: Settings, *, start: date, end: date,
                min_count: int | None = None) -> bytes:
    """`companion handoffs`: one row per outcome, one column per channel, with totals; every
    figure is the protected table's (by outcome and channel), only laid out as a grid."""
    table = handoff_table(settings, start=start, end=end, by=("outcome", "channel"),
                          min_count=min_count)
    outcomes = [r.values["outcome"] for r in table.margins["outcome"]]
    channels = [r.values["channel"] for r in table.margins["channel"]]
    cell = {(r.values["outcome"], r.values["channel"]): r.count for r in table.rows}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["outcome", *channels, "total"])
    for outcome, margin in zip(outcomes, table.margins["outcome"], strict=True):
        writer.writerow([outcome, *(cell[(outcome, c)] for c in channels), margin.count])
    writer.writerow(["total", *(r.count for r in table.margins["channel"]), table.total.count])
    return out.getvalue().encode("utf-8")
