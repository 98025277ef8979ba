"""What the dashboard shows: protected one-way counts of the logbook, the export files, and the
provider directory's health.

Counting and suppression belong to the exports (bot/logbook/); this module only asks them for the
tables, so the dashboard never shows what an export would hide.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from typing import Any

from bot.logbook import LogbookError
from bot.logbook.periods import ExportError
from bot.officer import counts
from bot.officer.charts import Series

EXPORT_FORMATS: tuple[tuple[str, str], ...] = (
    ("xlsx", "Excel (XLSX)"), ("csv", "CSV"), ("json", "JSON"))

CHARTS: tuple[tuple[str, str], ...] = (
    ("month", "Theo tháng / Per month"),
    ("kind", "Theo loại bạo lực / By kind"),
    ("channel", "Theo kênh / By channel"),
    ("ward", "Theo phường, xã / By ward"),
)


class PeriodError(ValueError):
    """A period the dashboard cannot read; the message is shown to the officer."""


@dataclass(frozen=True)
class DashboardData:
    label: str
    charts: list[tuple[str, Series]] = field(default_factory=list)
    urgent: str = "—"
    total: str = "—"
    problem: str | None = None


def dashboard_data(runtime: Any, period: str) -> DashboardData:
    settings = runtime.settings
    try:
        start, end, label = counts.period_bounds(period, settings)
    except ExportError as exc:
        raise PeriodError(str(exc)) from None
    k = settings.min_count
    try:
        conn = counts.open_counts(settings)
    except LogbookError as exc:
        return DashboardData(label, problem=str(exc))
    try:
        charts = []
        total = "—"
        for dim, title in CHARTS:
            series, total = counts.one_way(conn, dim, start, end, k)
            charts.append((title, series))
        return DashboardData(label, charts, counts.urgent_share(conn, start, end, k), total)
    finally:
        conn.close()


def export_file(runtime: Any, fmt: str, period: str) -> tuple[bytes, str, str]:
    """(body, media type, file name): the period's protected tables in the asked format."""
    settings = runtime.settings
    try:
        start, end, _ = counts.period_bounds(period, settings)
    except ExportError as exc:
        raise PeriodError(str(exc)) from None
    k = settings.min_count
    conn = counts.open_counts(settings)
    try:
        tables = {dim: counts.one_way(conn, dim, start, end, k) for dim, _ in CHARTS}
    finally:
        conn.close()
    name = f"help-requests-{start.isoformat()}-{end.isoformat()}"
    if fmt == "json":
        body = {"period": {"from": start.isoformat(), "to": end.isoformat()}, "min_count": k,
                "tables": {dim: {"rows": [{dim: label, "count": n if n is not None else shown}
                                          for label, n, shown in series],
                                 "total": _number(total)}
                           for dim, (series, total) in tables.items()}}
        return (json.dumps(body, ensure_ascii=False, indent=2).encode(), "application/json",
                f"{name}.json")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["dimension", "value", "count"])
        for dim, (series, total) in tables.items():
            writer.writerows([dim, label, shown] for label, _, shown in series)
            writer.writerow([dim, "TOTAL", total])
        return out.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8", f"{name}.csv"
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for dim, (series, total) in tables.items():
        sheet = book.create_sheet(dim)
        sheet.append([dim, "count"])
        for label, n, shown in series:
            sheet.append([label, n if n is not None else shown])
        sheet.append(["TOTAL", _number(total)])
    buffer = io.BytesIO()
    book.save(buffer)
    return (buffer.getvalue(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"{name}.xlsx")


def _number(shown: str) -> int | str:
    return int(shown) if shown.isdigit() else shown


def directory_health(settings: Any) -> tuple[list[tuple[str, str, str, str]], str | None]:
    """Problems `companion providers check` reports, as rows (level, entry, field, message)."""
    from bot.knowledge.providers_check import check_file

    try:
        problems = check_file(settings.providers_file, settings,
                              dt.datetime.now(settings.city.timezone).date())
    except Exception as exc:  # the dashboard must still show the counts
        return [], f"{type(exc).__name__}"
    return [(p.level, p.entry, p.field, p.message) for p in problems], None
