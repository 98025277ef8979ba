"""`count_table`: the protected counts every export format, chart and bot command is made from.

A `SuppressedTable` never holds a hidden number: cells, subtotals and totals carry either their
count (when shown) or a marker: `"<K"` for a count below K, `"x"` for a figure hidden so that a
small count cannot be worked out from the others. Writers, the Telegram /stats command and the
officer dashboard can therefore print anything in it without re-checking.

Every combination of listed values is a row, zero included, so that a listed row never tells
that someone asked. Values listed regardless of the period's data: every time bucket of the
period, every kind, for_whom and urgent value, the usual channels and languages, every ward in
data/wards.yml and "ward not given", and any other channel, language or ward found anywhere in
the logbook (if only the period's own values were listed, four unusual names under a total of
"<5" would each be a 1).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.config import Settings
from bot.reports.export_query import (
    FIXED_VALUES,
    HISTORY_DIMENSIONS,
    TIME_DIMENSIONS,
    LogbookReader,
    Totals,
    check_dimensions,
    open_reader,
)
from bot.reports.periods import ExportError, buckets, check_range, period_label
from bot.reports.suppression import PRIMARY, SHOWN, protect

SECONDARY_MARKER = "x"
MAX_CELLS = 200_000

Count = int | str


def primary_marker(k: int) -> str:
    return f"<{k}"


@dataclass(frozen=True)
class Row:
    """One published figure: the dimension values it belongs to and its count or marker."""

    values: dict[str, Any]
    count: Count

    @property
    def shown(self) -> bool:
        return isinstance(self.count, int)


@dataclass(frozen=True)
class Summary:
    """Whole-period figures. Shares are fractions (0.25 = 25 %) rounded to 4 places, or a marker
    when the share would give away a small count (see `_share`)."""

    total: Count
    urgent_share: float | str
    for_other_share: float | str
    provider_shown_share: float | str

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "urgent_share": self.urgent_share,
                "for_other_share": self.for_other_share,
                "provider_shown_share": self.provider_shown_share}


@dataclass(frozen=True)
class SuppressedTable:
    start: date
    end: date
    period: str
    generated_at: datetime
    min_count: int
    dimensions: tuple[str, ...]
    rows: tuple[Row, ...]
    margins: dict[str, tuple[Row, ...]]  # per dimension: the total of each of its values
    total: Row
    summary: Summary
    markers: dict[str, str] = field(default_factory=dict)
    # "requests" (help_requests) or "outcomes" (answered check-ins, bot/reports/outcomes.py,
    # whose summary is `targets` instead of the request shares) or "handoffs" (handoffs to a
    # counsellor, bot/reports/handoffs.py: no shares)
    subject: str = "requests"
    targets: Any = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON export's structure (see export_writers.write_json)."""
        totals: dict[str, Any] = {"all": self.total.count}
        if len(self.dimensions) >= 2:
            totals["by"] = {d: [{**r.values, "count": r.count} for r in rows]
                            for d, rows in self.margins.items()}
        if self.subject == "outcomes":
            return {"subject": "outcomes", **self._common(totals),
                    "targets": self.targets.as_dict() if self.targets else None,
                    "markers": dict(self.markers)}
        if self.subject == "handoffs":
            return {"subject": "handoffs", **self._common(totals),
                    "note": handoff_note(),
                    "markers": dict(self.markers)}
        return {
            "period": {"label": self.period, "from": self.start.isoformat(),
                       "to": self.end.isoformat()},
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "min_count": self.min_count,
            "dimensions": list(self.dimensions),
            "rows": [{**r.values, "count": r.count} for r in self.rows],
            "totals": totals,
            "summary": self.summary.as_dict(),
            "markers": dict(self.markers),
        }


    def _common(self, totals: dict[str, Any]) -> dict[str, Any]:
        return {
            "period": {"label": self.period, "from": self.start.isoformat(),
                       "to": self.end.isoformat()},
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "min_count": self.min_count,
            "dimensions": list(self.dimensions),
            "rows": [{**r.values, "count": r.count} for r in self.rows],
            "totals": totals,
        }


def handoff_note() -> str:
    from bot.reports.export_labels import text

    return text("en", "handoffs_note")


def count_table(settings: Settings, *, start: date, end: date, by: Sequence[str],
                min_count: int | None = None,
                reader: LogbookReader | None = None) -> SuppressedTable:
    """Protected counts of help requests from `start` to `end` (inclusive, city days), broken
    down by the dimensions in `by` (time units day/week/month/quarter/half/year and channel,
    language, for_whom, kind, ward, urgent).

    The logbook is read through `reader` when given (several tables from one snapshot and one
    connection), else through a reader opened for this table from `settings.logbook_url`.

    Raises `ExportError` for bad input (unknown dimension, start after end, min_count below the
    configured one) and `LogbookReadError` when the logbook is missing, unreachable or not a
    logbook.
    """
    dims = check_dimensions(by)
    check_range(start, end)
    k = check_min_count(settings, min_count)
    days = (end - start).days + 1
    _check_size(dims, math.prod(days if d == "day" else days // 7 + 2 if d == "week" else 1
                                for d in dims))
    if reader is None:
        with open_reader(settings) as own:
            counts, totals, ever = _read(own, start, end, dims)
    else:
        counts, totals, ever = _read(reader, start, end, dims)
    fixed = {d: _fixed_values(settings, d) for d in dims if d not in TIME_DIMENSIONS}
    domains = [_domain(d, start, end, counts, i, fixed.get(d, ()), ever.get(d, ()))
               for i, d in enumerate(dims)]
    _check_size(dims, math.prod(len(values) for values in domains))
    cells = {key: counts.get(key, 0) for key in itertools.product(*domains)}
    # A value outside the fixed lists of kind/for_whom/urgent (never written by the bot, but a
    # hand-edited logbook might hold one) is listed because it occurred: at least 1.
    floors = {(i, v): 1 for i, d in enumerate(dims) for v in domains[i]
              if d not in TIME_DIMENSIONS and d not in HISTORY_DIMENSIONS and v not in fixed[d]}
    result = protect(cells, len(dims), k, domains=domains, floors=floors)
    marker = {PRIMARY: primary_marker(k)}

    def show(status: str, value: int) -> Count:
        return value if status == SHOWN else marker.get(status, SECONDARY_MARKER)

    rows = tuple(Row(dict(zip(dims, key, strict=True)), show(result.cells[key], n))
                 for key, n in cells.items())
    margins = {d: tuple(Row({d: v}, show(result.margins[(i, v)], result.margin_counts[(i, v)]))
                        for v in domains[i])
               for i, d in enumerate(dims)}
    total = Row({}, show(result.total, result.total_count))
    return SuppressedTable(
        start=start, end=end, period=period_label(start, end),
        generated_at=datetime.now(settings.city.timezone).replace(microsecond=0),
        min_count=k, dimensions=dims, rows=rows, margins=margins, total=total,
        summary=_summary(totals, total, margins, k),
        markers={primary_marker(k): f"fewer than {k}",
                 SECONDARY_MARKER: f"hidden so that a count under {k} cannot be worked out"},
    )


def _read(reader: LogbookReader, start: date, end: date, dims: tuple[str, ...],
          ) -> tuple[dict[tuple[Any, ...], int], Totals, dict[str, list[Any]]]:
    return (reader.grouped_counts(start, end, dims), reader.period_totals(start, end),
            {d: reader.values_ever(d) for d in dims if d in HISTORY_DIMENSIONS})


def _check_size(dims: Sequence[str], size: int) -> None:
    if size > MAX_CELLS:
        raise ExportError(f"--by {','.join(dims)} makes {size} rows (limit {MAX_CELLS}); "
                          f"use fewer dimensions or a coarser time unit")


def check_min_count(settings: Settings, min_count: int | None) -> int:
    """The threshold to use: never below the configured one, which is the privacy promise."""
    if min_count is None:
        return settings.min_count
    if isinstance(min_count, bool) or not isinstance(min_count, int):
        raise ExportError(f"--min-count must be a whole number, got {min_count!r}")
    if min_count < settings.min_count:
        raise ExportError(f"--min-count {min_count} is below the configured min_count "
                          f"{settings.min_count} ([export] min_count in config.toml)")
    return min_count


def _domain(dim: str, start: date, end: date, counts: dict[tuple[Any, ...], int], index: int,
            fixed: tuple[Any, ...], ever: Sequence[Any]) -> list[Any]:
    if dim in TIME_DIMENSIONS:
        return buckets(dim, start, end)
    observed = {key[index] for key in counts} | set(ever)
    extra = sorted((v for v in observed if v not in fixed and v is not None), key=str)
    return [*fixed, *extra]


def _fixed_values(settings: Settings, dim: str) -> tuple[Any, ...]:
    if dim == "ward":
        return (*_ward_names(settings), None)
    return FIXED_VALUES[dim]


def _ward_names(settings: Settings) -> tuple[str, ...]:
    from bot.knowledge.wards import WardIndex
    from bot.knowledge.yamlfile import DataFileError

    try:
        return tuple(w.name for w in WardIndex.load(settings.wards_file).wards)
    except (DataFileError, OSError):
        return ()


def _summary(totals: Totals, total: Row, margins: dict[str, tuple[Row, ...]], k: int) -> Summary:
    def margin_shown(dim: str, value: Any) -> bool:
        return all(r.shown for r in margins.get(dim, ()) if r.values[dim] == value)

    return Summary(
        total=total.count,
        urgent_share=_share(totals.urgent, totals.total, total, k,
                            margin_shown("urgent", 1) and margin_shown("urgent", 0)),
        for_other_share=_share(totals.for_other, totals.total, total, k,
                               margin_shown("for_whom", "other")),
        provider_shown_share=_share(totals.provider_shown, totals.total, total, k, True),
    )


def _share(part: int, whole: int, total: Row, k: int, margins_shown: bool) -> float | str:
    """A share is a count in disguise (share × total = count), so it is shown only when the
    count it gives away and its complement are both at least K, the total itself is shown, and
    the table does not hide the matching subtotal. Otherwise it is "x" whatever the reason, so
    the marker does not tell whether the part or the rest is the small one."""
    if part < k or whole - part < k or not total.shown or not margins_shown:
        return SECONDARY_MARKER
    return round(part / whole, 4)
