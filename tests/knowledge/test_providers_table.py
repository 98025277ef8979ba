"""`companion providers export` / `import`: the directory kept in Excel (XLSX or CSV), with the
same checks as `providers check` and rejected rows named by row number and column."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import load_workbook

from bot.knowledge.providers import ProviderDirectory
from bot.knowledge.providers_table import COLUMNS, export_table, import_table, read_entries


def _cli(project, *args):
    return subprocess.run([sys.executable, "-m", "bot", "--config", str(project / "config.toml"),
                           "providers", *args], capture_output=True, text=True, timeout=60,
                          cwd=project)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_providers(project_copy, suffix):
    shipped = project_copy / "data" / "providers.yml"
    table = project_copy / f"providers{suffix}"
    out = project_copy / "imported.yml"
    result = _cli(project_copy, "export", "-o", str(table))
    assert result.returncode == 0, result.stderr
    result = _cli(project_copy, "import", str(table), "--out", str(out))
    assert result.returncode == 0, result.stderr
    before = ProviderDirectory.load(shipped).providers
    after = ProviderDirectory.load(out).providers
    assert len(before) >= 8 and after == before
    # The file keeps its rules header, and passes the check.
    assert out.read_text(encoding="utf-8").startswith("# The service directory")
    check = _cli(project_copy, "check", str(out))
    assert check.returncode == 0 and "0 error(s)" in check.stdout


def test_xlsx_has_one_row_per_provider_and_readable_columns(project_copy, tmp_path):
    entries = read_entries(project_copy / "data" / "providers.yml")
    path = tmp_path / "p.xlsx"
    export_table(entries, path)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert len(rows) == len(entries) + 1
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["id"] == "ctxh-can-tho" and first["phones"] == "1800 8065"
    assert first["services"] == "social_work; counselling"


def test_broken_rows_are_rejected_by_row_and_column_and_nothing_is_written(project_copy):
    table = project_copy / "p.xlsx"
    assert _cli(project_copy, "export", "-o", str(table)).returncode == 0
    book = load_workbook(table)
    sheet = book.active
    col = {name: i + 1 for i, name in enumerate(COLUMNS)}
    sheet.cell(row=3, column=col["address"], value="12 Secret Street")   # a shelter's address
    sheet.cell(row=4, column=col["phones"], value="12-34")
    sheet.cell(row=5, column=col["lat"], value="north")
    sheet.cell(row=6, column=col["id"], value="ctxh-can-tho")              # duplicate id
    book.save(table)
    out = project_copy / "imported.yml"
    result = _cli(project_copy, "import", str(table), "--out", str(out))
    assert result.returncode == 1
    err = result.stderr
    assert "row 3 (nha-binh-yen-can-tho): address: a shelter or trusted address must never " \
           "publish its address" in err
    assert 'row 4 (bv-da-khoa-tp-can-tho): phones: "12-34" is not a valid Vietnamese phone ' \
           'number' in err
    assert "row 5 (bv-da-khoa-trung-uong-can-tho): lat/lon: needs numbers" in err
    assert 'row 6 (ctxh-can-tho): id: duplicate id "ctxh-can-tho"' in err
    assert "4 row(s) rejected (3, 4, 5, 6); nothing written" in err
    assert not out.exists()


def test_missing_column_and_unknown_service_in_csv(settings, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,name_vi\nx,Tên\n", encoding="utf-8")
    with pytest.raises(Exception, match="row 1: missing column"):
        import_table(path, settings)
    path.write_text("id,name_vi,services,scope,source,verified_on\n"
                    "x,Tên,counseling,city,some page,2026-11-01\n", encoding="utf-8")
    result = import_table(path, settings)
    assert [str(p) for p in result.rejected] == [
        'row 2 (x): services: unknown service "counseling" (use shelter, legal_aid, health, '
        'counselling, police, social_work)']
