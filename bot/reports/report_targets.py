"""The targets panel and the check-in outcome tables, for the HTML report and the dashboard.

`outcome_tables` gives the protected tables shown together: answered check-ins by outcome (the
one the targets are read from), and outcome by month, by kind and by channel. Each is protected
on its own, and they share figures (the grand total and the totals by outcome); a figure hidden
in one table must not be shown by another, so a table whose shared figures are not hidden
exactly as in the one-way table is shown as markers only.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from html import escape
from typing import Any

from bot.config import Settings
from bot.logbook.outcomes import OUTCOMES
from bot.reports.export_labels import text, value_label
from bot.reports.export_table import SECONDARY_MARKER, Row, SuppressedTable, count_table
from bot.reports.outcomes import Targets, outcome_table
from bot.reports.reader import LogbookReader
from bot.reports.reader_open import open_reader

BREAKDOWNS = ("month", "kind", "channel")


def outcome_tables(settings: Settings, start: date, end: date,
                   reader: LogbookReader | None = None) -> dict[str, SuppressedTable]:
    if reader is None:
        with open_reader(settings) as own:
            return outcome_tables(settings, start, end, own)
    one_way = outcome_table(settings, start=start, end=end, by=("outcome",), reader=reader)
    shown = {r.values["outcome"]: r.shown for r in one_way.rows}
    tables = {"outcome": one_way}
    for dim in BREAKDOWNS:
        table = outcome_table(settings, start=start, end=end, by=(dim, "outcome"), reader=reader)
        same = table.total.shown == one_way.total.shown and all(
            r.shown == shown[r.values["outcome"]] for r in table.margins["outcome"])
        tables[dim] = table if same else markers_only(table)
    return tables


def markers_only(table: SuppressedTable) -> SuppressedTable:
    def hide(row: Row) -> Row:
        return row if not row.shown else Row(row.values, SECONDARY_MARKER)

    return dataclasses.replace(
        table, rows=tuple(hide(r) for r in table.rows), total=hide(table.total),
        margins={d: tuple(hide(r) for r in rows) for d, rows in table.margins.items()})


def share_text(value: float | str) -> str:
    return f"{value * 100:.1f}%" if isinstance(value, float) else str(value)


def targets_svg_of(targets: Targets, lang: str) -> str:
    """Two bars (reached a service, got help) against dashed lines at the plan's targets; a
    hidden share has no bar, only its marker (report_svg.targets_svg)."""
    from bot.reports.report_svg import targets_svg

    values = [targets.reached_share, targets.helped_share]
    return targets_svg([text(lang, "reached_share"), text(lang, "helped_share")], values,
                       [targets.reached_line, targets.helped_line],
                       [share_text(v) for v in values], text(lang, "targets_title"))


def targets_html(settings: Settings, start: date, end: date, lang: str,
                 reader: LogbookReader | None = None) -> str:
    """The report's section: requests over time, the targets against the plan's lines, the
    outcome tables, and the note that the shares are of people who chose a check-in. `reader`:
    the report's own (one snapshot; its month counts and totals already read for the charts)."""
    from bot.reports.report_svg import svg_uri

    if reader is None:
        with open_reader(settings) as own:
            return targets_html(settings, start, end, lang, own)
    months = count_table(settings, start=start, end=end, by=["month"], reader=reader)
    tables = outcome_tables(settings, start, end, reader)
    targets: Targets = tables["outcome"].targets
    picture = svg_uri(targets_svg_of(targets, lang))
    title = text(lang, "targets_title")
    rows = [(text(lang, "answered"), str(targets.answered)),
            (text(lang, "reached_share"), share_text(targets.reached_share)),
            (text(lang, "reached_line"), share_text(targets.reached_line)),
            (text(lang, "helped_share"), share_text(targets.helped_share)),
            (text(lang, "helped_line"), share_text(targets.helped_line))]
    parts = [f'<h2 id="targets">{escape(title)}</h2>',
             f'<p class="note">{escape(text(lang, "targets_note"))}</p>',
             '<table class="targets">' + "".join(
                 f'<tr><th scope="row">{escape(a)}</th><td class="n">{escape(b)}</td></tr>'
                 for a, b in rows) + "</table>",
             f'<figure><img src="{picture}" alt="{escape(title)}"></figure>',
             f"<h3>{escape(text(lang, 'requests_over_time'))}</h3>",
             _one_way_html(months, "month", lang)]
    for dim in BREAKDOWNS:
        parts += [f"<h3>{escape(text(lang, 'outcomes_title'))} · {escape(text(lang, dim))}</h3>",
                  matrix_html(tables[dim], dim, lang)]
    return "\n".join(parts)


def _one_way_html(table: SuppressedTable, dim: str, lang: str) -> str:
    body = "".join(f"<tr><td>{escape(value_label(lang, dim, r.values[dim]))}</td>"
                   f'<td class="n">{escape(str(r.count))}</td></tr>' for r in table.margins[dim])
    return (f'<table class="figures requests"><tr><th scope="col">{escape(text(lang, dim))}</th>'
            f'<th scope="col">{escape(text(lang, "count"))}</th></tr>{body}'
            f'<tr class="total"><td>{escape(text(lang, "total"))}</td>'
            f'<td class="n">{escape(str(table.total.count))}</td></tr></table>')


def matrix_html(table: SuppressedTable, dim: str, lang: str) -> str:
    """Rows: the values of `dim`; columns: the outcomes, then the row total; last row: totals."""
    cells: dict[tuple[Any, Any], Any] = {(r.values[dim], r.values["outcome"]): r.count
                                         for r in table.rows}
    head = "".join(f'<th scope="col">{escape(value_label(lang, "outcome", o))}</th>'
                   for o in OUTCOMES)
    lines = [f'<tr><th scope="col">{escape(text(lang, dim))}</th>{head}'
             f'<th scope="col">{escape(text(lang, "total"))}</th></tr>']
    for margin in table.margins[dim]:
        value = margin.values[dim]
        counts = "".join(f'<td class="n">{escape(str(cells[(value, o)]))}</td>' for o in OUTCOMES)
        lines.append(f"<tr><td>{escape(value_label(lang, dim, value))}</td>{counts}"
                     f'<td class="n">{escape(str(margin.count))}</td></tr>')
    totals = "".join(f'<td class="n">{escape(str(r.count))}</td>'
                     for r in table.margins["outcome"])
    lines.append(f'<tr class="total"><td>{escape(text(lang, "total"))}</td>{totals}'
                 f'<td class="n">{escape(str(table.total.count))}</td></tr>')
    return '<table class="figures outcomes">' + "".join(lines) + "</table>"
