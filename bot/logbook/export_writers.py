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

from bot.logbook.export_labels import notes, text, value_label
from bot.logbook.export_table import SECONDARY_MARKER, SuppressedTable

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
    return [*dims, text(lang, "count")]


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


def write_xlsx(table: SuppressedTable, lang: str) -> bytes:
    """A summary sheet, then the full breakdown (two or more dimensions), then one sheet per
    dimension. Numbers are stored as numbers; markers as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    bold = Font(bold=True)
    summary = book.active
    summary.title = _sheet_name(text(lang, "summary"))
    summary.append([text(lang, "item"), text(lang, "value")])
    for label, value, number_format in summary_items(table, lang):
        summary.append([label, value])
        cell = summary.cell(row=summary.max_row, column=2)
        if number_format and isinstance(value, int | float):
            cell.number_format = number_format
        cell.alignment = Alignment(horizontal="right")
    _finish(summary, bold)
    summary.append([])
    for line in notes(lang, table.min_count, SECONDARY_MARKER):
        summary.append([line])

    dims = table.dimensions
    if len(dims) >= 2:
        sheet = book.create_sheet(_sheet_name(text(lang, "breakdown")))
        _fill(sheet, header(table, lang), table_lines(table, lang), bold)
    for d in dims:
        sheet = book.create_sheet(_sheet_name(f"{text(lang, 'by')} {text(lang, d)}"))
        lines = [([value_label(lang, d, r.values[d]), r.count], False) for r in table.margins[d]]
        lines.append(([text(lang, "total"), table.total.count], True))
        _fill(sheet, [text(lang, d), text(lang, "count")], lines, bold)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Any, head: Sequence[str], lines: Any, bold: Any) -> None:
    from openpyxl.styles import Alignment

    sheet.append(list(head))
    for line, is_total in lines:
        sheet.append(list(line))
        count = sheet.cell(row=sheet.max_row, column=len(line))
        count.alignment = Alignment(horizontal="right")
        if is_total:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
    _finish(sheet, bold)


def _finish(sheet: Any, bold: Any) -> None:
    """Bold, frozen header row and column widths that fit the longest value (call it before
    adding note lines, which may spill over)."""
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in (c for c in row if c.value is not None):
            widths[cell.column] = max(widths.get(cell.column, 0), len(_shown(cell)))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 60)


def _shown(cell: Any) -> str:
    value = cell.value
    if isinstance(value, float) and cell.number_format.endswith("%"):
        return f"{value * 100:.1f}%"
    return str(value)


def _sheet_name(name: str) -> str:
    for bad in '[]:*?/\\':
        name = name.replace(bad, "-")
    return name[:31]

