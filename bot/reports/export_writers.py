"""CSV, JSON and XLSX from a `SuppressedTable`. Writers only format: every number they can see
is already safe to publish (hidden figures are markers by then).

Layout shared by CSV and the XLSX breakdown sheets: one row per combination, then (for two or
more dimensions) the total of each value of each dimension, then the grand total; a total row
carries the word "Tổng cộng"/"Total" in the dimension columns it adds up over, so totals are
marked where Excel users look for them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from typing import Any

from bot.reports.export_labels import notes, text, value_label
from bot.reports.export_table import SECONDARY_MARKER, SuppressedTable

FORMATS = ("csv", "xlsx", "json")


def table_lines(table: SuppressedTable, lang: str) -> Iterator[tuple[list[Any], bool]]:
    """(cells of one output line, is it a total) for the whole breakdown, header excluded."""
    dims = table.dimensions
    total_word = text(lang, "total")
    for row in table.rows:
        yield [*(value_label(lang, d, row.values[d]) for d in dims), row.count], False
    if len(dims) >= 2:
        for i, d in enumerate(dims):
            for row in table.margins[d]:
                labels = [total_word] * len(dims)
                labels[i] = value_label(lang, d, row.values[d])
                yield [*labels, row.count], True
    yield [*([total_word] * len(dims) or [total_word]), table.total.count], True


def header(table: SuppressedTable, lang: str) -> list[str]:
    dims = [text(lang, d) for d in table.dimensions] or [""]
    count = {"outcomes": "count_outcomes", "handoffs": "count_handoffs"}.get(table.subject, "count")
    return [*dims, text(lang, count)]


def write_csv(table: SuppressedTable, lang: str) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Vietnamese letters right on double-click."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header(table, lang))
    for line, _ in table_lines(table, lang):
        writer.writerow(line)
    return out.getvalue().encode("utf-8-sig")


def write_json(table: SuppressedTable) -> bytes:
    """`{"period", "min_count", "dimensions", "rows", "totals", "summary", "markers"}`; values
    are codes (kind "physical", urgent 1, ward null when not given), counts are numbers or
    markers ("<K", or "x" for a figure hidden to protect a small one)."""
    return (json.dumps(table.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def summary_items(table: SuppressedTable, lang: str) -> list[tuple[str, Any, str | None]]:
    """(label, value, number format) lines of the summary, shared by XLSX and the report."""
    s = table.summary
    if table.subject == "outcomes":
        from bot.reports.outcomes import target_items

        return [*_period_items(table, lang), *target_items(table, lang)]
    if table.subject == "handoffs":
        from bot.reports.handoffs import handoff_items

        return [*_period_items(table, lang), *handoff_items(table, lang)]
    return [
        (text(lang, "period"), table.period, None),
        (text(lang, "from"), table.start.isoformat(), None),
        (text(lang, "to"), table.end.isoformat(), None),
        (text(lang, "generated_at"), table.generated_at.isoformat(timespec="seconds"), None),
        (text(lang, "min_count"), table.min_count, "0"),
        (text(lang, "total_requests"), s.total, "0"),
        (text(lang, "urgent_share"), s.urgent_share, "0.0%"),
        (text(lang, "for_other_share"), s.for_other_share, "0.0%"),
        (text(lang, "provider_shown_share"), s.provider_shown_share, "0.0%"),
    ]


def _period_items(table: SuppressedTable, lang: str) -> list[tuple[str, Any, str | None]]:
    return [
        (text(lang, "period"), table.period, None),
        (text(lang, "from"), table.start.isoformat(), None),
        (text(lang, "to"), table.end.isoformat(), None),
        (text(lang, "generated_at"), table.generated_at.isoformat(timespec="seconds"), None),
        (text(lang, "min_count"), table.min_count, "0"),
    ]


def write_xlsx(table: SuppressedTable, lang: str) -> bytes:
    """A summary sheet, then the full breakdown (two or more dimensions), then one sheet per
    dimension. Numbers are stored as numbers, markers as text; bold frozen header row, bold
    total rows, columns as wide as their longest value. Written in openpyxl's write-only mode,
    which is what keeps a 3,000-row breakdown well under a second."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    head = [text(lang, "item"), text(lang, "value")]
    lines = [(_Line([label, value], number_format=fmt)) for label, value, fmt in
             summary_items(table, lang)]
    notes_lines = [_Line([line], spill=True)
                   for line in ["", *notes(lang, table.min_count, SECONDARY_MARKER)]]
    _sheet(book, text(lang, "summary"), head, [*lines, *notes_lines])
    dims = table.dimensions
    if len(dims) >= 2:
        _sheet(book, text(lang, "breakdown"), header(table, lang),
               [_Line(line, total=is_total) for line, is_total in table_lines(table, lang)])
    for d in dims:
        lines = [_Line([value_label(lang, d, r.values[d]), r.count]) for r in table.margins[d]]
        lines.append(_Line([text(lang, "total"), table.total.count], total=True))
        _sheet(book, f"{text(lang, 'by')} {text(lang, d)}", [text(lang, d), text(lang, "count")],
               lines)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class _Line:
    """One sheet row: its values, and how it is dressed."""

    def __init__(self, values: Sequence[Any], total: bool = False,
                 number_format: str | None = None, spill: bool = False):
        self.values = list(values)
        self.total = total
        self.number_format = number_format
        self.spill = spill  # a note that runs over the next columns: not counted in widths

    def shown(self, index: int) -> str:
        value = self.values[index]
        if isinstance(value, float) and self.number_format and self.number_format.endswith("%"):
            return f"{value * 100:.1f}%"
        return "" if value is None else str(value)


def _sheet(book: Any, title: str, head: Sequence[str], lines: Sequence[_Line]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(_sheet_name(title))
    sheet.freeze_panes = "A2"
    everything = [_Line(head), *lines]
    widths: dict[int, int] = {}
    for line in everything:
        if line.spill:
            continue
        for i in range(len(line.values)):
            widths[i] = max(widths.get(i, 0), len(line.shown(i)))
    for i, width in widths.items():  # widths must be set before the first row is written
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(max(width + 2, 8), 60)
    bold = Font(bold=True)
    right = Alignment(horizontal="right")
    for n, line in enumerate(everything):
        cells = []
        for i, value in enumerate(line.values):
            cell = WriteOnlyCell(sheet, value=value)
            if n == 0 or line.total:
                cell.font = bold
            if n > 0 and i == len(line.values) - 1 and not line.spill:
                cell.alignment = right
                if line.number_format and isinstance(value, int | float):
                    cell.number_format = line.number_format
            cells.append(cell)
        sheet.append(cells)


def _sheet_name(name: str) -> str:
    for bad in '[]:*?/\\':
        name = name.replace(bad, "-")
    return name[:31]

