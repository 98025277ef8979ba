"""CSV, JSON and XLSX of the same table give the same counts, and no small count anywhere."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from bot.reports.export import ExportError, export_counts
from bot.reports.export_labels import text, value_label

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}
BY = ["month", "kind"]


def from_json(settings, by=BY, **kw):
    return json.loads(export_counts(settings, **H1, by=by, fmt="json", **kw))


def json_cells(doc, lang):
    """(label per dimension…) → count, using the same labels the human formats use."""
    dims = doc["dimensions"]
    return {tuple(value_label(lang, d, row[d]) for d in dims): row["count"] for row in doc["rows"]}


def csv_lines(data):
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return rows[0], rows[1:]


def as_count(value):
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_csv_json_and_xlsx_give_the_same_counts(known_logbook, tmp_path, lang):
    doc = from_json(known_logbook)
    expected = json_cells(doc, lang)
    total_word = text(lang, "total")

    head, lines = csv_lines(export_counts(known_logbook, **H1, by=BY, fmt="csv", lang=lang))
    assert head == [text(lang, "month"), text(lang, "kind"), text(lang, "count")]
    csv_cells = {tuple(line[:2]): as_count(line[2]) for line in lines if total_word not in line}
    assert csv_cells == expected
    assert [line for line in lines if line[:2] == [total_word, total_word]] == [
        [total_word, total_word, str(doc["totals"]["all"])]]

    book = openpyxl.load_workbook(io.BytesIO(
        export_counts(known_logbook, **H1, by=BY, fmt="xlsx", lang=lang)))
    sheet = book[text(lang, "breakdown")]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == head
    xlsx_cells = {tuple(r[:2]): r[2] for r in rows[1:] if total_word not in r}
    assert xlsx_cells == expected
    # The per-dimension sheets hold the JSON's subtotals.
    by_month = book[f"{text(lang, 'by')} {text(lang, 'month')}"]
    months = {r[0]: r[1] for r in by_month.iter_rows(min_row=2, values_only=True)}
    assert months == {**{m["month"]: m["count"] for m in doc["totals"]["by"]["month"]},
                      total_word: doc["totals"]["all"]}


def test_json_shape(known_logbook):
    doc = from_json(known_logbook, by=["urgent"])
    assert doc["period"] == {"label": "2026-H1", "from": "2026-01-01", "to": "2026-06-30"}
    assert doc["min_count"] == 5 and doc["dimensions"] == ["urgent"]
    assert doc["rows"] == [{"urgent": 1, "count": "<5"}, {"urgent": 0, "count": "x"}]
    assert doc["totals"] == {"all": 52}
    assert set(doc["summary"]) == {"total", "urgent_share", "for_other_share",
                                   "provider_shown_share"}
    assert set(doc["markers"]) == {"<5", "x"}


@pytest.mark.parametrize("by", [["ward"], ["month", "kind"], ["channel", "for_whom", "urgent"],
                                ["week", "language"], ["quarter", "ward", "kind"]])
def test_no_count_under_k_appears_in_any_format(known_logbook, by):
    doc = from_json(known_logbook, by=by)
    numbers = [r["count"] for r in doc["rows"]] + [doc["totals"]["all"]]
    for rows in doc.get("totals", {}).get("by", {}).values():
        numbers += [r["count"] for r in rows]
    assert all(n >= 5 for n in numbers if isinstance(n, int))
    assert all(n in ("<5", "x") for n in numbers if not isinstance(n, int))
    _, lines = csv_lines(export_counts(known_logbook, **H1, by=by, fmt="csv"))
    assert all(as_count(line[-1]) in ("<5", "x") or int(line[-1]) >= 5 for line in lines)
    book = openpyxl.load_workbook(io.BytesIO(export_counts(known_logbook, **H1, by=by,
                                                           fmt="xlsx")))
    for sheet in book.worksheets[1:]:
        for row in sheet.iter_rows(min_row=2, values_only=True):
            assert row[-1] in ("<5", "x") or (isinstance(row[-1], int) and row[-1] >= 5)


def test_xlsx_summary_equals_json_and_sheets_are_usable(known_logbook):
    doc = from_json(known_logbook, by=["kind"], lang="en")
    book = openpyxl.load_workbook(io.BytesIO(
        export_counts(known_logbook, **H1, by=["kind"], fmt="xlsx")))
    assert book.sheetnames == ["Tóm tắt", "Theo Loại bạo lực"]
    summary = {row[0]: row[1] for row in book["Tóm tắt"].iter_rows(min_row=2, values_only=True)
               if row[0]}
    assert summary["Tổng số yêu cầu hỗ trợ"] == doc["summary"]["total"] == 52
    assert summary["Tỷ lệ khẩn cấp"] == doc["summary"]["urgent_share"] == "x"
    assert summary["Tỷ lệ hỏi giúp người khác"] == doc["summary"]["for_other_share"]
    assert summary["Tỷ lệ được giới thiệu ít nhất một nơi hỗ trợ"] == \
        doc["summary"]["provider_shown_share"]
    assert summary["Kỳ báo cáo"] == "2026-H1"
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold
    kinds = book["Theo Loại bạo lực"]
    assert kinds["B2"].value == 30 and isinstance(kinds["B2"].value, int)  # a number, not text
    longest = max(len(str(c.value)) for c in kinds["A"] if c.value)
    assert kinds.column_dimensions["A"].width >= longest
    share = next(r for r in book["Tóm tắt"].iter_rows(min_row=2) if r[0].value ==
                 "Tỷ lệ hỏi giúp người khác")[1]
    assert share.number_format == "0.0%"


def test_english_headers(known_logbook):
    book = openpyxl.load_workbook(io.BytesIO(
        export_counts(known_logbook, **H1, by=["kind"], fmt="xlsx", lang="en")))
    assert book.sheetnames == ["Summary", "By Kind of violence"]
    assert [c.value for c in book["By Kind of violence"][1]] == ["Kind of violence", "Requests"]


def test_unknown_format_or_language_is_refused(known_logbook):
    with pytest.raises(ExportError, match="unknown format"):
        export_counts(known_logbook, **H1, by=["kind"], fmt="pdf")
    with pytest.raises(ExportError, match="unknown language"):
        export_counts(known_logbook, **H1, by=["kind"], fmt="csv", lang="fr")
