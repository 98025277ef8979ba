"""Officer exports: the public API other parts of the bot call (Telegram /stats and /export, the
officer dashboard, the `companion export` and `companion report` commands).

    count_table(settings, start=, end=, by=, min_count=None, reader=None) -> SuppressedTable
    export_counts(settings, start=, end=, by=, fmt="csv"|"xlsx"|"json", lang="vi", min_count=None,
                  reader=None) -> bytes
    render_report(settings, start=, end=, lang="vi") -> str            (one self-contained HTML page)
    chart_pngs(settings, start=, end=, lang="vi") -> dict[str, bytes]  (the report's charts as PNG)
    parse_period("2026-H1") -> (date(2026, 1, 1), date(2026, 6, 30))

The logbook is read through `open_reader(settings)` (bot/reports/reader_open.py), SQLite or
PostgreSQL from `[logbook] url`, with the same results; pass `reader=` to build several tables
from one connection and one snapshot.

Errors: `ExportError` (a ValueError) for bad input, `LogbookReadError` (a LogbookError) for a
missing, unreachable or non-logbook database; both carry one line meant for a person. Nothing
here writes to the logbook: it is opened read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.config import Settings
from bot.reports.export_labels import check_lang
from bot.reports.export_query import DIMENSIONS, LogbookReader, LogbookReadError, open_reader
from bot.reports.export_table import Row, Summary, SuppressedTable, count_table
from bot.reports.export_writers import FORMATS, write_csv, write_json, write_xlsx
from bot.reports.periods import ExportError, parse_period

__all__ = ["DIMENSIONS", "FORMATS", "ExportError", "LogbookReadError", "LogbookReader", "Row",
           "Summary", "SuppressedTable", "chart_pngs", "count_table", "export_counts",
           "open_reader", "parse_period", "render_report"]


def export_counts(settings: Settings, *, start: date, end: date, by: Sequence[str], fmt: str,
                  lang: str = "vi", min_count: int | None = None,
                  reader: LogbookReader | None = None, subject: str = "requests") -> bytes:
    """The protected counts as a CSV, XLSX or JSON file's bytes (headers in `lang`): of help
    requests, or with `subject="outcomes"` of answered check-ins with the targets
    (bot/reports/outcomes.py), or with `subject="handoffs"` of handoffs to a counsellor
    (bot/reports/handoffs.py)."""
    if fmt not in FORMATS:
        raise ExportError(f'unknown format "{fmt}": use {", ".join(FORMATS)}')
    check_lang(lang)
    if subject == "outcomes":
        from bot.reports.outcomes import DEFAULT_BY, outcome_table

        table = outcome_table(settings, start=start, end=end, by=by or DEFAULT_BY,
                              min_count=min_count, reader=reader)
    elif subject == "handoffs":
        from bot.reports.handoffs import DEFAULT_BY as HANDOFF_BY
        from bot.reports.handoffs import handoff_table

        table = handoff_table(settings, start=start, end=end, by=by or HANDOFF_BY,
                              min_count=min_count, reader=reader)
    elif subject == "requests":
        table = count_table(settings, start=start, end=end, by=by, min_count=min_count,
                            reader=reader)
    else:
        raise ExportError(f'unknown table "{subject}": use requests, outcomes or handoffs')
    if fmt == "csv":
        return write_csv(table, lang)
    if fmt == "json":
        return write_json(table)
    return write_xlsx(table, lang)


def render_report(settings: Settings, *, start: date, end: date, lang: str = "vi") -> str:
    """The HTML report; see bot.reports.report."""
    from bot.reports.report import render_report as render

    return render(settings, start=start, end=end, lang=lang)


def chart_pngs(settings: Settings, *, start: date, end: date, lang: str = "vi") -> dict[str, bytes]:
    """The report's charts as PNG bytes by name (per_month, by_kind, by_channel, by_ward,
    urgent), for the officer dashboard; see bot.reports.report_charts."""
    from bot.reports.report_charts import chart_pngs as charts

    return charts(settings, start=start, end=end, lang=lang)
