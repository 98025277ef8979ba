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
import itertools
import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from bot.config import Settings
from bot.logbook.handoffs import CHANNELS, OUTCOMES
from bot.reports.export_labels import text
from bot.reports.export_table import (
    MAX_CELLS,
    SECONDARY_MARKER,
    Count,
    Row,
    Summary,
    SuppressedTable,
    check_min_count,
    primary_marker,
)
from bot.reports.periods import TIME_DIMENSIONS, ExportError, buckets, check_range, period_label
from bot.reports.reader import HANDOFF_DIMENSIONS, LogbookReader
from bot.reports.reader_open import open_reader
from bot.reports.suppression import PRIMARY, SHOWN, protect

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
    result: list[str] = []
    for name in by:
        if name not in HANDOFF_DIMENSIONS:
            raise ExportError(f'unknown dimension "{name}" for handoffs: choose from '
                              f'{", ".join(HANDOFF_DIMENSIONS)}')
        if name not in result:
            result.append(name)
    if sum(d in TIME_DIMENSIONS for d in result) > 1 or len(result) > 3:
        raise ExportError("handoffs: at most one time unit and three dimensions")
    return tuple(result)


def _build(settings: Settings, counts: dict[tuple[Any, ...], int], start: date, end: date,
           dims: tuple[str, ...], k: int) -> SuppressedTable:
    domains = [buckets(d, start, end) if d in TIME_DIMENSIONS else
               [*FIXED[d], *sorted({key[i] for key in counts} - set(FIXED[d]), key=str)]
               for i, d in enumerate(dims)]
    size = math.prod(len(values) for values in domains)
    if size > MAX_CELLS:
        raise ExportError(f"--by {','.join(dims)} makes {size} rows (limit {MAX_CELLS}); "
                          f"use fewer dimensions or a coarser time unit")
    cells = {key: counts.get(key, 0) for key in itertools.product(*domains)}
    # A value outside the fixed lists (the bot never writes one; a hand-edited logbook might)
    # is listed because it occurred: a reader knows its total is at least 1.
    floors = {(i, v): 1 for i, d in enumerate(dims) if d not in TIME_DIMENSIONS
              for v in domains[i] if v not in FIXED[d]}
    result = protect(cells, len(dims), k, domains=domains, floors=floors)
    marker = {PRIMARY: primary_marker(k)}

    def show(status: str, value: int) -> Count:
        return value if status == SHOWN else marker.get(status, SECONDARY_MARKER)

    rows = tuple(Row(dict(zip(dims, key, strict=True)), show(result.cells[key], n))
                 for key, n in cells.items())
    margins = {d: tuple(Row({d: v}, show(result.margins[(i, v)], result.margin_counts[(i, v)]))
                        for v in domains[i]) for i, d in enumerate(dims)}
    total = Row({}, show(result.total, result.total_count))
    return SuppressedTable(
        start=start, end=end, period=period_label(start, end),
        generated_at=datetime.now(settings.city.timezone).replace(microsecond=0),
        min_count=k, dimensions=dims, rows=rows, margins=margins, total=total,
        summary=Summary(total.count, SECONDARY_MARKER, SECONDARY_MARKER, SECONDARY_MARKER),
        markers={primary_marker(k): f"fewer than {k}",
                 SECONDARY_MARKER: f"hidden so that a count under {k} cannot be worked out"},
        subject="handoffs")


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
