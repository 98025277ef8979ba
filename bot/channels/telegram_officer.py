"""Officer commands on Telegram: /stats and /export for this month.

Only Telegram user ids listed in `[telegram] officer_ids` get here (the adapter checks; anyone
else gets what an unknown command gets). The numbers come from the export library with the same
small-cell suppression as every other export, so a chat message never shows a count that a file
would hide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.config import Settings

TITLES = {
    "vi": {"stats": "Số yêu cầu hỗ trợ tháng {month} (theo loại và mức khẩn cấp)",
           "export": "Số liệu tháng {month}",
           "none": "Chưa có yêu cầu hỗ trợ nào trong tháng {month}.",
           "urgent": "khẩn cấp", "not_urgent": "không khẩn cấp", "total": "Tổng",
           "unavailable": "Chưa xuất được số liệu (lỗi máy chủ)."},
    "en": {"stats": "Help requests in {month} (by kind and urgency)",
           "export": "Counts for {month}", "none": "No help requests yet in {month}.",
           "urgent": "urgent", "not_urgent": "not urgent", "total": "Total",
           "unavailable": "The counts cannot be exported right now (server error)."},
}


@dataclass(frozen=True)
class OfficerAnswer:
    text: str
    document: bytes | None = None
    filename: str | None = None


def month_range(settings: Settings, now: float) -> tuple[dt.date, dt.date]:
    """The first and last day of the current month in the city's time zone."""
    today = dt.datetime.fromtimestamp(now, settings.city.timezone).date()
    first = today.replace(day=1)
    next_month = (first + dt.timedelta(days=32)).replace(day=1)
    return first, next_month - dt.timedelta(days=1)


def officer_answer(settings: Settings, command: str, language: str, now: float) -> OfficerAnswer:
    titles = TITLES.get(language, TITLES["en"])
    start, end = month_range(settings, now)
    month = start.strftime("%m/%Y")
    try:
        from bot.logbook import export
    except ImportError:
        return OfficerAnswer(titles["unavailable"])
    if command == "export":
        data = export.export_counts(settings, start=start, end=end, by=("kind", "urgent"),
                                    fmt="xlsx", lang=language)
        return OfficerAnswer(titles["export"].format(month=month), document=data,
                             filename=f"helpline-{start:%Y-%m}.xlsx")
    table = export.count_table(settings, start=start, end=end, by=("kind", "urgent"))
    return OfficerAnswer(format_stats(table, titles, month))


def format_stats(table: Any, titles: dict[str, str], month: str) -> str:
    rows = list(getattr(table, "rows", table))
    if not rows:
        return titles["none"].format(month=month)
    lines = [titles["stats"].format(month=month), ""]
    for row in rows:
        kind = _get(row, "kind")
        urgent_value = str(_get(row, "urgent"))
        urgent = titles["urgent"] if urgent_value in ("1", "True") else titles["not_urgent"]
        lines.append(f"{kind}, {urgent}: {_get(row, 'count')}")
    return "\n".join(lines)


def _get(row: Any, key: str) -> Any:
    if isinstance(row, dict):
        return row.get(key)
    return getattr(row, key, None)
