"""`companion export` and `companion report` through the real command line entry point."""

from __future__ import annotations

import json

import openpyxl
import pytest

from bot.cli import main


def run(settings, *argv):
    return main(["--config", str(settings.path), *argv])


def test_csv_to_stdout_has_no_bom_and_json_to_stdout(known_logbook, capsys):
    assert run(known_logbook, "export", "--period", "2026-H1", "--by", "urgent",
               "--lang", "en") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["Urgent,Requests", "Yes,<5", "No,x", "Total,52"]
    assert run(known_logbook, "export", "--from", "2026-01-01", "--to", "2026-03-31",
               "--by", "month,kind", "--by", "channel", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["dimensions"] == ["month", "kind", "channel"]
    assert doc["totals"]["all"] == 52


def test_xlsx_to_a_file_and_format_from_the_file_name(known_logbook, tmp_path, capsys):
    target = tmp_path / "counts.xlsx"
    assert run(known_logbook, "export", "--period", "2026", "--by", "quarter", "-o",
               str(target)) == 0
    assert capsys.readouterr().out == ""
    book = openpyxl.load_workbook(target)
    assert "Theo Quý" in book.sheetnames


def test_report_to_a_file(known_logbook, tmp_path):
    target = tmp_path / "report.html"
    assert run(known_logbook, "report", "--period", "2026-H1", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("argv", "message"), [
    (["export", "--period", "2026", "--by", "colour"], 'unknown dimension "colour"'),
    (["export", "--from", "2026-03-01", "--to", "2026-01-01"], "is after --to"),
    (["export", "--period", "2026-Q7"], 'unknown period "2026-Q7"'),
    (["export", "--from", "2026-02-30", "--to", "2026-03-01"], "is not a date"),
    (["export", "--period", "2026", "--format", "xlsx"], "give -o FILE"),
    (["export", "--period", "2026", "--format", "pdf"], 'unknown format "pdf"'),
    (["export", "--period", "2026", "--min-count", "3"], "below the configured min_count"),
    (["export", "--period", "2026", "--min-count", "many"], "not a whole number"),
    (["export", "--by", "month"], "give --period"),
    (["report", "--period", "2026-H9"], 'unknown period "2026-H9"'),
    (["report", "--period", "2026", "--lang", "fr"], 'unknown language "fr"'),
])
def test_bad_input_is_one_line_and_exit_2(known_logbook, capsys, argv, message):
    assert run(known_logbook, *argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and message in lines[0], captured.err


@pytest.mark.parametrize("command", ["export", "report"])
def test_missing_or_foreign_database_is_one_line_and_exit_2(settings, capsys, command):
    assert run(settings, command, "--period", "2026") == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "no logbook file" in err[0]
    assert not settings.logbook_path.exists()  # the export did not create one
    settings.logbook_path.parent.mkdir(parents=True, exist_ok=True)
    settings.logbook_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert run(settings, command, "--period", "2026") == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and str(settings.logbook_path) in err[0]


def test_output_may_not_overwrite_the_logbook(sqlite_logbook, capsys):
    before = sqlite_logbook.logbook_path.read_bytes()
    assert run(sqlite_logbook, "export", "--period", "2026", "-o",
               str(sqlite_logbook.logbook_path)) == 2
    assert "the logbook itself" in capsys.readouterr().err
    assert sqlite_logbook.logbook_path.read_bytes() == before
