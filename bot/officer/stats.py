"""What the dashboard shows and offers: protected one-way counts of the logbook, the export
files, the HTML report, and the provider directory's health.

Counting, suppression and file formats belong to the exports (bot/logbook/export.py); this module
only asks them, so the dashboard never shows or hands out what an export would hide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot.logbook import LogbookError
from bot.officer import counts
from bot.officer.charts import Series
from bot.reports.export import ExportError, export_counts, open_reader

EXPORT_FORMATS: tuple[tuple[str, str], ...] = (
    ("xlsx", "Excel (XLSX)"), ("csv", "CSV"), ("json", "JSON"), ("report", "Báo cáo / Report (HTML)"))
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8", "json": "application/json",
    "report": "text/html; charset=utf-8",
}
# Breakdowns offered for download (value of the form's select → dimensions).
BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("month,kind", "Tháng × loại / Month × kind"),
    ("month", "Tháng / Month"),
    ("kind", "Loại bạo lực / Kind"),
    ("channel", "Kênh / Channel"),
    ("ward", "Phường, xã / Ward"),
    ("for_whom", "Cho ai / For whom"),
    ("kind,urgent", "Loại × khẩn cấp / Kind × urgent"),
    # answered check-ins (bot/reports/outcomes.py): "outcomes:" + the dimensions
    ("outcomes:month,outcome", "Kết quả hỏi thăm × tháng / Check-in outcomes × month"),
    ("outcomes:kind,outcome", "Kết quả hỏi thăm × loại / Check-in outcomes × kind"),
    ("outcomes:channel,outcome", "Kết quả hỏi thăm × kênh / Check-in outcomes × channel"),
    # handoffs to a counsellor (bot/reports/handoffs.py): "handoffs:" + the dimensions
    ("handoffs:month,outcome", "Chuyển tới tư vấn viên × tháng / Handoffs × month"),
    ("handoffs:channel,outcome", "Chuyển tới tư vấn viên × kênh / Handoffs × channel"),
    ("handoffs:language,outcome", "Chuyển tới tư vấn viên × ngôn ngữ / Handoffs × language"),
)

CHARTS: tuple[tuple[str, str], ...] = (
    ("month", "Theo tháng / Per month"),
    ("kind", "Theo loại bạo lực / By kind"),
    ("channel", "Theo kênh / By channel"),
    ("ward", "Theo phường, xã / By ward"),
)


class PeriodError(ValueError):
    """A period or breakdown the dashboard cannot use; the message is shown to the officer."""


@dataclass(frozen=True)
class DashboardData:
    label: str
    charts: list[tuple[str, Series]] = field(default_factory=list)
    urgent: str = "—"
    total: str = "—"
    problem: str | None = None
    targets: str = ""          # the targets panel's HTML (bot/officer/targets.py)


def dashboard_data(runtime: Any, period: str) -> DashboardData:
    settings = runtime.settings
    try:
        start, end, label = counts.period_bounds(period, settings)
    except ExportError as exc:
        raise PeriodError(str(exc)) from None
    try:
        with open_reader(settings) as reader:  # SQLite or PostgreSQL; one snapshot per page
            charts = []
            total = "—"
            for dim, title in CHARTS:
                series, total = counts.one_way(settings, dim, start, end, reader)
                charts.append((title, series))
            urgent = counts.urgent_share(settings, start, end, reader)
            from bot.officer.targets import targets_panel

            panel = targets_panel(settings, start, end, reader)
        return DashboardData(label, charts, urgent, total, targets=panel)
    except LogbookError as exc:  # missing, unreachable or too slow: the page still answers
        return DashboardData(label, problem=str(exc))


def export_file(runtime: Any, fmt: str, period: str, breakdown: str) -> tuple[bytes, str, str]:
    """(body, media type, file name) of an export or the report for the period."""
    settings = runtime.settings
    if fmt not in MEDIA_TYPES:
        raise PeriodError(f'unknown format "{fmt}"')
    if breakdown not in dict(BREAKDOWNS):
        raise PeriodError(f'unknown breakdown "{breakdown}"')
    try:
        start, end, _ = counts.period_bounds(period, settings)
        name = f"help-requests-{start.isoformat()}-{end.isoformat()}"
        if fmt == "report":
            from bot.reports.export import render_report

            try:
                html = render_report(settings, start=start, end=end, lang="vi")
            except ImportError:
                raise PeriodError("Báo cáo chưa có trong bản này. / The report is not "
                                  "available in this version.") from None
            return html.encode("utf-8"), MEDIA_TYPES[fmt], f"{name}-report.html"
        subject, _, dims = breakdown.rpartition(":")
        body = export_counts(settings, start=start, end=end, by=dims.split(","), fmt=fmt,
                             lang="vi", subject=subject or "requests")
    except ExportError as exc:
        raise PeriodError(str(exc)) from None
    slug = breakdown.replace(",", "-").replace(":", "-")
    return body, MEDIA_TYPES[fmt], f"{name}-{slug}.{fmt}"


def directory_health(settings: Any) -> tuple[list[tuple[str, str, str, str]], str | None]:
    """Problems `companion providers check` reports, as rows (level, entry, field, message)."""
    from bot.knowledge.providers_check import check_file

    try:
        problems = check_file(settings.providers_file, settings,
                              dt.datetime.now(settings.city.timezone).date())
    except Exception as exc:  # the dashboard must still show the counts
        return [], f"{type(exc).__name__}"
    return [(p.level, p.entry, p.field, p.message) for p in problems], None
