"""The protected table of a small count (check-in outcomes, handoffs): the dimensions checked,
every listed value shown even at zero, and the same primary and secondary suppression as every
other figure (bot/reports/suppression.py), so each count table is protected by one code path.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from bot.config import Settings
from bot.reports.export_table import (
    MAX_CELLS,
    SECONDARY_MARKER,
    Count,
    Row,
    Summary,
    SuppressedTable,
    primary_marker,
)
from bot.reports.periods import TIME_DIMENSIONS, ExportError, buckets, period_label
from bot.reports.suppression import PRIMARY, SHOWN, protect

Protected = tuple[tuple[Row, ...], dict[str, tuple[Row, ...]], Row]


def check_dimensions(by: Sequence[str], allowed: Sequence[str], what: str) -> tuple[str, ...]:
    """`by` without repeats, each one of `allowed`, at most one time unit and three in all."""
    result: list[str] = []
    for name in by:
        if name not in allowed:
            raise ExportError(f'unknown dimension "{name}" for {what}: choose from '
                              f'{", ".join(allowed)}')
        if name not in result:
            result.append(name)
    if sum(d in TIME_DIMENSIONS for d in result) > 1 or len(result) > 3:
        raise ExportError(f"{what}: at most one time unit and three dimensions")
    return tuple(result)


def protected(counts: Mapping[tuple[Any, ...], int], dims: tuple[str, ...], start: date,
              end: date, k: int, fixed: Mapping[str, Sequence[str]]) -> Protected:
    """Rows, margins and total with small cells hidden. Every value of `fixed` is listed even at
    zero; a value outside it (the bot never writes one; a hand-edited logbook might) is listed
    because it occurred, and a reader knows its total is at least 1."""
    domains = [buckets(d, start, end) if d in TIME_DIMENSIONS else
               [*fixed[d], *sorted({key[i] for key in counts} - set(fixed[d]), key=str)]
               for i, d in enumerate(dims)]
    size = math.prod(len(values) for values in domains)
    if size > MAX_CELLS:
        raise ExportError(f"--by {','.join(dims)} makes {size} rows (limit {MAX_CELLS}); "
                          f"use fewer dimensions or a coarser time unit")
    cells = {key: counts.get(key, 0) for key in itertools.product(*domains)}
    floors = {(i, v): 1 for i, d in enumerate(dims) if d not in TIME_DIMENSIONS
              for v in domains[i] if v not in fixed[d]}
    result = protect(cells, len(dims), k, domains=domains, floors=floors)
    marker = {PRIMARY: primary_marker(k)}

    def show(status: str, value: int) -> Count:
        return value if status == SHOWN else marker.get(status, SECONDARY_MARKER)

    rows = tuple(Row(dict(zip(dims, key, strict=True)), show(result.cells[key], n))
                 for key, n in cells.items())
    margins = {d: tuple(Row({d: v}, show(result.margins[(i, v)], result.margin_counts[(i, v)]))
                        for v in domains[i]) for i, d in enumerate(dims)}
    return rows, margins, Row({}, show(result.total, result.total_count))


def table(settings: Settings, parts: Protected, start: date, end: date, dims: tuple[str, ...],
          k: int, subject: str, **extra: Any) -> SuppressedTable:
    """The SuppressedTable the export writers take, with the usual markers."""
    rows, margins, total = parts
    return SuppressedTable(
        start=start, end=end, period=period_label(start, end),
        generated_at=datetime.now(settings.city.timezone).replace(microsecond=0),
        min_count=k, dimensions=dims, rows=rows, margins=margins, total=total,
        summary=Summary(total.count, SECONDARY_MARKER, SECONDARY_MARKER, SECONDARY_MARKER),
        markers={primary_marker(k): f"fewer than {k}",
                 SECONDARY_MARKER: f"hidden so that a count under {k} cannot be worked out"},
        subject=subject, **extra)
