"""Officer commands on Telegram: /stats and /export for this month.

Only Telegram user ids listed in `[telegram] officer_ids` get here (the adapter checks; anyone
else gets what an unknown command gets). The numbers come from the export library's protected
table (`count_table`), so a chat message shows exactly what an export file would: counts below
the threshold as "<K", figures that would give one away as "x". They are read through the
logbook reader (`open_reader`: SQLite or PostgreSQL, from `[logbook] url`); a read can wait on
the database (time limits apply), so the channel should call `officer_answer_async`, which reads
in a worker thread and never holds up the event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.config import Settings
from bot.logbook.store import KINDS

log = logging.getLogger(__name__)

# The words of these answers are `officer.*` in data/content/ui.yml.
TITLES = ("stats", "export", "total", "unknown", "legend", "unavailable")


@dataclass(frozen=True)
class OfficerAnswer:
    text: str
    document: bytes | None = None
    filename: str | None = None


def month_range(settings: Settings, now: float) -> tuple[dt.date, dt.date]:
    """The first day of this month and today, in the city's time zone (inclusive days)."""
    today = dt.datetime.fromtimestamp(now, settings.city.timezone).date()
    return today.replace(day=1), today


def officer_answer(settings: Settings, command: str, language: str, now: float,
                   texts: Callable[..., str]) -> OfficerAnswer:
    def title(key: str, **values: Any) -> str:
        return texts(language, f"officer.{key}", **values)

    start, end = month_range(settings, now)
    try:
        if command == "export":
            from bot.reports.export import export_counts

            data = export_counts(settings, start=start, end=end, by=("kind", "urgent"),
                                 fmt="xlsx", lang=language)
            return OfficerAnswer(title("export", period=f"{start:%m/%Y}"),
                                 document=data, filename=f"helpline-{start:%Y-%m}.xlsx")
        from bot.reports.export import count_table

        table = count_table(settings, start=start, end=end, by=("kind", "urgent"))
    except Exception as exc:  # a missing or locked logbook must not break the chat
        log.error("Telegram officer %s failed (%s)", command, type(exc).__name__)
        return OfficerAnswer(title("unavailable"))
    return OfficerAnswer(format_stats(table, language, texts))


async def officer_answer_async(settings: Settings, command: str, language: str, now: float,
                               texts: Callable[..., str]) -> OfficerAnswer:
    """`officer_answer` in a worker thread: a slow or stalled logbook never blocks the loop."""
    return await asyncio.to_thread(officer_answer, settings, command, language, now, texts)


def format_stats(table: Any, language: str, texts: Callable[..., str]) -> str:
    """One line per kind: "label: urgent / not urgent", then the total and the legend."""
    cells = {(r.values["kind"], r.values["urgent"]): r.count for r in table.rows}
    period = f"{table.start:%d/%m}–{table.end:%d/%m/%Y}"
    lines = [texts(language, "officer.stats", period=period), ""]
    kinds = [k for k in KINDS if any(key[0] == k for key in cells)]
    kinds += sorted({key[0] for key in cells} - set(kinds), key=str)
    absent = f"<{table.min_count}"     # never print a bare 0: it is a small count too
    for kind in kinds:
        label = _kind_label(kind, language, texts)
        lines.append(f"{label}: {cells.get((kind, 1), absent)} / {cells.get((kind, 0), absent)}")
    lines += ["", f"{texts(language, 'officer.total')}: {table.total.count}",
              texts(language, "officer.legend", k=table.min_count)]
    return "\n".join(lines)


def _kind_label(kind: str, language: str, texts: Callable[..., str]) -> str:
    if kind == "unknown":
        return texts(language, "officer.unknown")
    try:
        return texts(language, f"kinds.{kind}")
    except KeyError:
        return str(kind)
