"""What the dashboard shows: suppressed one-way counts of the logbook, the export files, and the
provider directory's health.

The counting and suppression rules belong to the exports (bot/logbook/export.py); this module
only asks for the same tables so the dashboard never shows what an export would hide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

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
    charts: list[tuple[str, Series]]
    urgent: str


def dashboard_data(runtime: Any, period: str) -> DashboardData:
    from bot.officer import counts

    settings = runtime.settings
    start, end, label = counts.period_bounds(period, settings)
    k = settings.min_count
    charts = [(title, counts.one_way(runtime.logbook, dim, start, end, k))
              for dim, title in CHARTS]
    return DashboardData(label, charts, counts.urgent_share(runtime.logbook, start, end, k))


def export_file(runtime: Any, fmt: str, period: str) -> tuple[bytes, str, str]:
    """(body, media type, file name) of an export of the period, by month, kind and ward."""
    from bot.officer import counts

    return counts.export_file(runtime, fmt, period)


def directory_health(settings: Any) -> tuple[list[tuple[str, str, str, str]], str | None]:
    """Problems `companion providers check` reports, as rows (level, entry, field, message)."""
    try:
        from bot.knowledge.providers_check import check_file
    except ImportError:
        return [], "Chưa có kiểm tra danh bạ. / The directory check is not available."
    try:
        problems = check_file(settings.providers_file, settings,
                              dt.datetime.now(settings.city.timezone).date())
    except Exception as exc:
        return [], f"{type(exc).__name__}"
    return [(p.level, p.entry, p.field, p.message) for p in problems], None
