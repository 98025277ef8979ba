"""Interim counting for the dashboard until bot/logbook/export.py lands: one-way tables of the
SQLite logbook with small-cell suppression (a count below K shows as "<K", and when exactly one
cell of a table is hidden the next smallest is hidden too, so it cannot be recovered from the
total)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

from bot.officer.charts import Series

UNKNOWN_WARD = "(chưa rõ / unknown)"


def period_bounds(period: str, settings: Any) -> tuple[str, str, str]:
    """(first day, last day, label) of `2026`, `2026-H1`, `2026-Q3`, `2026-07`; empty: this
    year."""
    from bot.officer.stats import PeriodError

    text = period.strip() or str(dt.datetime.now(settings.city.timezone).year)
    m = re.fullmatch(r"(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?", text, flags=re.IGNORECASE)
    if not m:
        raise PeriodError(f'"{text[:40]}": dùng / use 2026, 2026-H1, 2026-Q3 hoặc / or 2026-07')
    year, part = int(m.group(1)), (m.group(2) or "").upper()
    if not part:
        first, last = 1, 12
    elif part.startswith("H"):
        first = 1 if part == "H1" else 7
        last = first + 5
    elif part.startswith("Q"):
        first = 3 * int(part[1]) - 2
        last = first + 2
    else:
        first = last = int(part)
        if not 1 <= first <= 12:
            raise PeriodError(f'"{text}": tháng / month 01-12')
    end = dt.date(year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)
    start = f"{year:04d}-{first:02d}-01"
    return start, end.isoformat(), f"{text} ({start} → {end})"


def _rows(logbook: Any, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    return list(logbook.db.execute(sql, params).fetchall())


def one_way(logbook: Any, dim: str, start: str, end: str, k: int) -> Series:
    column = {"month": "substr(day, 1, 7)", "kind": "kind", "channel": "channel",
              "ward": "ward"}[dim]
    rows = _rows(logbook, f"SELECT {column} AS key, count(*) FROM help_requests "
                          "WHERE day BETWEEN ? AND ? GROUP BY key ORDER BY key", [start, end])
    return suppress([(UNKNOWN_WARD if key is None else str(key), int(n)) for key, n in rows], k)


def suppress(cells: list[tuple[str, int]], k: int) -> Series:
    hidden = {i for i, (_, n) in enumerate(cells) if n < k}
    if len(hidden) == 1 and len(cells) > 1:
        shown = sorted((n, i) for i, (_, n) in enumerate(cells) if i not in hidden)
        hidden.add(shown[0][1])
    return [(label, None, f"<{k}") if i in hidden else (label, n, str(n))
            for i, (label, n) in enumerate(cells)]


def urgent_share(logbook: Any, start: str, end: str, k: int) -> str:
    total, urgent = _rows(logbook, "SELECT count(*), coalesce(sum(urgent), 0) FROM help_requests "
                                   "WHERE day BETWEEN ? AND ?", [start, end])[0]
    if total == 0:
        return "—"
    if urgent < k or total - urgent < k:
        return f"<{k} / {total}" if total >= k else f"<{k}"
    return f"{round(100 * urgent / total)}% ({urgent} / {total})"


def export_file(runtime: Any, fmt: str, period: str) -> tuple[bytes, str, str]:
    start, end, _ = period_bounds(period, runtime.settings)
    k = runtime.settings.min_count
    tables = {dim: one_way(runtime.logbook, dim, start, end, k)
              for dim in ("month", "kind", "channel", "ward")}
    name = f"help-requests-{start}-{end}"
    if fmt == "json":
        body = {"period": {"from": start, "to": end}, "min_count": k,
                "tables": {dim: [{dim: label, "count": n if n is not None else shown}
                                 for label, n, shown in series] for dim, series in tables.items()}}
        return (json.dumps(body, ensure_ascii=False, indent=2).encode(), "application/json",
                f"{name}.json")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["dimension", "value", "count"])
        for dim, series in tables.items():
            for label, _, shown in series:
                writer.writerow([dim, label, shown])
        return out.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8", f"{name}.csv"
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for dim, series in tables.items():
        sheet = book.create_sheet(dim)
        sheet.append([dim, "count"])
        for label, n, shown in series:
            sheet.append([label, n if n is not None else shown])
    buffer = io.BytesIO()
    book.save(buffer)
    return (buffer.getvalue(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"{name}.xlsx")
