"""The provider directory as a table (XLSX or CSV), so that officers can maintain it in Excel.

`export_table` writes one row per entry of `data/providers.yml`; `import_table` reads such a
table back, runs the same checks as `companion providers check` on every row, and gives either
the entries to write or the rejected rows, each problem naming its row number (as Excel shows
it: the header is row 1) and its column. Nothing is written while any row is rejected.

Columns: a language mapping is two columns (`name_vi`, `name_en`), a list is one cell with its
items separated by `;` (`services`, `phones`, `unverified`), `location` is `lat`, `lon`,
`approximate_km`, `confidential` is yes/no.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from bot.config import Settings
from bot.knowledge.providers_check import Problem, check_entries
from bot.knowledge.yamlfile import DataFileError, read_yaml

LANG_FIELDS = ("name", "description", "hours", "notes")
LIST_FIELDS = ("services", "phones", "unverified")
COLUMNS = ("id", "name_vi", "name_en", "services", "description_vi", "description_en", "scope",
           "ward", "ward_code", "address", "phones", "hours_vi", "hours_en", "lat", "lon", "approximate_km",
           "confidential", "reporting_place", "unverified", "notes_vi", "notes_en", "source", "verified_on")
# The order keys are written in the YAML file, as in the shipped data/providers.yml.
FIELD_ORDER = ("id", "name", "services", "description", "scope", "confidential",
               "reporting_place", "ward",
               "ward_code", "address", "phones", "hours", "location", "unverified", "notes", "source",
               "verified_on")
SHEET = "providers"
YES = {"yes", "y", "true", "1", "x", "có", "co"}
NO = {"no", "n", "false", "0", "không", "khong", ""}


@dataclass(frozen=True)
class RowProblem:
    row: int
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row} ({self.entry}): {self.field}: {self.message}"


@dataclass
class Imported:
    entries: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({p.row for p in self.rejected})


# --- export -------------------------------------------------------------------------------

def entry_to_row(item: dict[str, Any]) -> dict[str, str]:
    row = {c: "" for c in COLUMNS}
    for key, value in item.items():
        if key in LANG_FIELDS:
            mapping = value if isinstance(value, dict) else {"vi": value}
            for lang in ("vi", "en"):
                row[f"{key}_{lang}"] = str(mapping.get(lang) or "")
        elif key in LIST_FIELDS:
            row[key] = "; ".join(str(v) for v in value or [])
        elif key == "location" and isinstance(value, dict):
            for part in ("lat", "lon", "approximate_km"):
                row[part] = "" if value.get(part) is None else str(value[part])
        elif key in ("confidential", "reporting_place"):
            row[key] = "yes" if value else ""
        elif key == "verified_on":
            row[key] = value.isoformat() if isinstance(value, dt.date) else str(value or "")
        elif key in row:
            row[key] = "" if value is None else str(value)
    return row


def read_entries(path: Path) -> list[dict[str, Any]]:
    data = read_yaml(path)
    entries = data.get("providers") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DataFileError(f"{path}: expected a mapping with a `providers:` list of mappings")
    return entries


def export_table(entries: list[dict[str, Any]], path: Path) -> None:
    """Write the entries as XLSX (one sheet, bold header, frozen first row) or CSV (UTF-8 with
    a byte-order mark, so Excel reads Vietnamese right), by the file's extension."""
    rows = [entry_to_row(e) for e in entries]
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8-sig")
        return
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width, 8) + 2, 60)
    book.save(path)


# --- import -------------------------------------------------------------------------------

def read_table(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number as a spreadsheet shows it, {column: text}) for every non-empty row."""
    if path.suffix.lower() == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read ({exc})") from None
        table = [list(r) for r in csv.reader(io.StringIO(text))]
    else:
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises several kinds for a file that is not XLSX
            raise DataFileError(f"{path}: not a readable XLSX file ({exc})") from None
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        table = [[_cell(v) for v in r] for r in sheet.iter_rows(values_only=True)]
        book.close()
    if not table:
        raise DataFileError(f"{path}: the table is empty (expected a header row)")
    header = [h.strip().lower() for h in table[0]]
    missing = [c for c in ("id", "name_vi", "services", "source", "verified_on")
               if c not in header]
    if missing:
        raise DataFileError(f"{path}: row 1: missing column(s) {', '.join(missing)}")
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise DataFileError(f"{path}: row 1: unknown column(s) {', '.join(unknown)} "
                            f"(known: {', '.join(COLUMNS)})")
    rows = []
    for number, values in enumerate(table[1:], start=2):
        row = {h: (values[i].strip() if i < len(values) else "")
               for i, h in enumerate(header) if h}
        if any(row.values()):
            rows.append((number, row))
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def row_to_entry(number: int, row: dict[str, str]) -> tuple[dict[str, Any], list[RowProblem]]:
    """One row → one YAML entry, with the problems of cells that cannot be read at all."""
    name = row.get("id") or f"entry #{number - 1}"
    problems: list[RowProblem] = []

    def bad(column: str, message: str) -> None:
        problems.append(RowProblem(number, name, column, message))

    entry: dict[str, Any] = {}
    for key in FIELD_ORDER:
        if key in LANG_FIELDS:
            mapping = {lang: row[f"{key}_{lang}"] for lang in ("vi", "en")
                       if row.get(f"{key}_{lang}")}
            if mapping:
                entry[key] = mapping
        elif key in LIST_FIELDS:
            cell = row.get(key, "")
            items = [v.strip() for v in cell.replace(",", ";").split(";")] if key != "phones" \
                else [v.strip() for v in cell.split(";")]
            if key == "phones" or any(items):
                entry[key] = [v for v in items if v]
        elif key == "location":
            lat, lon, approx = (row.get(k, "") for k in ("lat", "lon", "approximate_km"))
            if lat or lon or approx:
                try:
                    location = {"lat": _number(float(lat)), "lon": _number(float(lon))}
                    if approx:
                        location["approximate_km"] = _number(float(approx))
                    entry["location"] = location
                except ValueError:
                    bad("lat/lon", f'needs numbers for lat and lon, got "{lat}", "{lon}"'
                                   + (f', approximate_km "{approx}"' if approx else ""))
        elif key in ("confidential", "reporting_place"):
            cell = row.get(key, "").lower()
            if cell in YES:
                entry[key] = True
            elif cell not in NO:
                bad(key, f'write yes or leave empty, got "{row[key]}"')
        elif key == "verified_on":
            cell = row.get(key, "")
            try:
                entry[key] = dt.date.fromisoformat(cell)
            except ValueError:
                entry[key] = cell  # the check names it
        elif row.get(key):
            entry[key] = row[key]
    return entry, problems


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def import_table(path: Path, settings: Settings, today: dt.date | None = None) -> Imported:
    result = Imported()
    rows = read_table(path)
    numbers: list[int] = []
    for number, row in rows:
        entry, problems = row_to_entry(number, row)
        result.rejected += problems
        result.entries.append(entry)
        numbers.append(number)
    for number, problems in zip(numbers, check_entries(result.entries, settings, today),
                                strict=False):
        for p in problems:
            target = result.rejected if p.level == "error" else result.warnings
            target.append(_at_row(number, p))
    result.rejected.sort(key=lambda p: p.row)
    return result


def _at_row(number: int, problem: Problem) -> RowProblem:
    return RowProblem(number, problem.entry, problem.field, problem.message)


def write_yaml(entries: list[dict[str, Any]], path: Path, header_from: Path | None = None) -> None:
    """The entries as a provider file; the comment block at the top of `header_from` (the file
    being replaced) is kept, so the rules written there stay with the data."""
    header = ""
    if header_from is not None and header_from.exists():
        lines = header_from.read_text(encoding="utf-8").splitlines(keepends=True)
        for line in lines:
            if not line.startswith("#"):
                break
            header += line
    body = yaml.safe_dump({"version": 1, "providers": entries}, allow_unicode=True,
                          sort_keys=False, width=100, default_flow_style=False)
    path.write_text(header + body, encoding="utf-8")
