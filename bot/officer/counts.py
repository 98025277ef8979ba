"""The dashboard's figures, read and protected exactly as the exports do it.

Each chart is a one-way table (per month, kind, channel, ward) over the logbook opened read-only
(bot.logbook.export_query), passed through the exports' suppression (bot.logbook.suppression):
counts below K show as "<K", and companions are hidden too wherever a hidden count could be
worked out from what is shown, the grand total included. Values that are listed whatever happened
(every month of the period, every kind, every channel) are listed at zero too, so a row never says
"someone asked".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

from bot.logbook.export_query import FIXED_VALUES, grouped_counts, open_readonly
from bot.logbook.periods import buckets, parse_period, period_label
from bot.logbook.suppression import SHOWN, protect
from bot.officer.charts import Series

UNKNOWN_WARD = "(chưa rõ / unknown)"


def period_bounds(period: str, settings: Any) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, label); an empty period means the current year in the city."""
    text = period.strip() or str(dt.datetime.now(settings.city.timezone).year)
    start, end = parse_period(text)
    return start, end, f"{period_label(start, end)} ({start.isoformat()} – {end.isoformat()})"


def open_counts(settings: Any) -> Any:
    return open_readonly(settings.logbook_path)


def one_way(conn: Any, dim: str, start: dt.date, end: dt.date, k: int) -> tuple[Series, str]:
    """The chart's rows and the protected total ("<K" or the number)."""
    counted = {key[0]: n for key, n in grouped_counts(conn, start, end, [dim]).items()}
    if dim == "month":
        values: list[Hashable] = list(buckets("month", start, end))
    elif dim == "ward":
        values = sorted((v for v in counted if v is not None), key=str) + [None]
    else:
        values = list(FIXED_VALUES[dim])
    values += [v for v in counted if v not in values]
    cells = {(v,): counted.get(v, 0) for v in values}
    # A ward is listed only because someone asked there: readers know it is at least 1.
    floors = {(0, v): 1 for v in values if dim == "ward" and v is not None}
    protection = protect(cells, 1, k, floors=floors)
    series = []
    for (value,), status in protection.cells.items():
        label = UNKNOWN_WARD if value is None else str(value)
        n = cells[(value,)]
        series.append((label, n, str(n)) if status == SHOWN else (label, None, f"<{k}"))
    total = str(protection.total_count) if protection.total == SHOWN else f"<{k}"
    return series, total


def urgent_share(conn: Any, start: dt.date, end: dt.date, k: int) -> str:
    counted = {key[0]: n for key, n in grouped_counts(conn, start, end, ["urgent"]).items()}
    cells = {(1,): counted.get(1, 0), (0,): counted.get(0, 0)}
    protection = protect(cells, 1, k)
    urgent, total = cells[(1,)], cells[(1,)] + cells[(0,)]
    if total == 0:
        return "—"
    if protection.cells[(1,)] != SHOWN or protection.total != SHOWN:
        return f"<{k}" if protection.total != SHOWN else f"<{k} / {total}"
    return f"{round(100 * urgent / total)}% ({urgent} / {total})"
