"""The dashboard's figures, taken from the exports' `count_table` (bot/logbook/export.py), so the
dashboard can only ever print what an export would publish: counts, "<K" markers and "x" for
figures hidden so that a small count cannot be worked out.

Every value is listed in those tables, zero included; the ward chart would list all the city's
wards, so it draws the wards whose count is shown and folds the rest into one line ("+93 others:
<5 / x"), which says nothing the full list would not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.officer.charts import Series
from bot.reports.export import LogbookReader, count_table, parse_period
from bot.reports.export_labels import value_label
from bot.reports.periods import period_label


def period_bounds(period: str, settings: Any) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, label); an empty period means the current year in the city."""
    text = period.strip() or str(dt.datetime.now(settings.city.timezone).year)
    start, end = parse_period(text)
    return start, end, f"{period_label(start, end)} ({start.isoformat()} – {end.isoformat()})"


def one_way(settings: Any, dim: str, start: dt.date, end: dt.date,
            reader: LogbookReader | None = None) -> tuple[Series, str]:
    """The chart's rows for one dimension, and the table's total as published."""
    table = count_table(settings, start=start, end=end, by=[dim], reader=reader)
    series: list[tuple[str, int | None, str]] = []
    folded = 0
    for row in table.rows:
        label = str(value_label("vi", dim, row.values[dim])) or "(chưa rõ / not given)"
        if dim == "ward" and not row.shown:
            folded += 1
            continue
        series.append((label, row.count, str(row.count)) if row.shown
                      else (label, None, str(row.count)))
    if folded:
        marker = f"<{table.min_count}"
        series.append((f"+{folded} khác / others", None, f"{marker} / x"))
    return series, str(table.total.count)


def urgent_share(settings: Any, start: dt.date, end: dt.date,
                 reader: LogbookReader | None = None) -> str:
    table = count_table(settings, start=start, end=end, by=["urgent"], reader=reader)
    share = table.summary.urgent_share
    if isinstance(share, float):
        return f"{round(100 * share)}%"
    return str(share)
