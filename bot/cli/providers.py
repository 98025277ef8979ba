"""`companion providers check [FILE]`, `providers export`, `providers import`: validate the
service directory, and keep it in Excel (bot/knowledge/providers_table.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli import add_config_option
from bot.config import Settings
from bot.knowledge.providers_check import check_file
from bot.knowledge.providers_table import (
    export_table,
    import_table,
    read_entries,
    write_yaml,
)
from bot.knowledge.yamlfile import DataFileError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("providers", help="work with the service directory",
                            description="Work with the provider directory (data/providers.yml).")
    add_config_option(parser)
    inner = parser.add_subparsers(dest="providers_command", metavar="ACTION", required=True)
    check = inner.add_parser(
        "check", help="validate a provider file",
        description="Validate a provider file: schema, duplicate ids, phone formats, coordinates "
                    "inside the city, known ward names, shelters never publishing an address "
                    "(errors, exit 1) and entries not verified recently (warnings).")
    add_config_option(check)
    check.add_argument("file", nargs="?", type=Path, default=None,
                       help="the file to check (default: [providers] file in the config)")
    check.set_defaults(func=run_check)

    export = inner.add_parser(
        "export", help="write the directory as an Excel (XLSX) or CSV table",
        description="Write the provider directory as a table officers can edit in Excel: one row "
                    "per provider; vi/en texts in two columns (name_vi, name_en); lists "
                    "(services, phones, unverified) in one cell separated by ';'; lat, lon, "
                    "approximate_km; confidential yes/no. Bring it back with `providers import`.")
    add_config_option(export)
    export.add_argument("-o", "--output", type=Path, default=Path("providers.xlsx"),
                        metavar="FILE", help="FILE.xlsx or FILE.csv (default: providers.xlsx)")
    export.add_argument("--from", dest="source", type=Path, default=None, metavar="YAML",
                        help="the provider file to export (default: [providers] file)")
    export.set_defaults(func=run_export)

    imp = inner.add_parser(
        "import", help="replace the directory with an edited XLSX or CSV table",
        description="Read a table made by `providers export` (and edited in Excel), check every "
                    "row as `providers check` does, and write the provider file. Rejected rows "
                    "are listed by row number and column, and then nothing is written (exit 1). "
                    "Warnings (entries to re-verify soon) are shown and do not stop the import.")
    add_config_option(imp)
    imp.add_argument("file", type=Path, help="the table: FILE.xlsx or FILE.csv")
    imp.add_argument("--out", type=Path, default=None, metavar="YAML",
                     help="where to write (default: [providers] file, e.g. data/providers.yml)")
    imp.set_defaults(func=run_import)


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    path = args.file or settings.providers_file
    problems = check_file(path, settings)
    for problem in problems:
        print(problem, file=sys.stderr if problem.level == "error" else sys.stdout)
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{path}: {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    source = args.source or settings.providers_file
    if args.output.suffix.lower() not in (".xlsx", ".csv"):
        print(f"{args.output}: the name must end in .xlsx or .csv", file=sys.stderr)
        return 2
    try:
        entries = read_entries(source)
    except DataFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    export_table(entries, args.output)
    print(f"{args.output}: {len(entries)} provider(s) from {source}")
    return 0


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    out = args.out or settings.providers_file
    if args.file.suffix.lower() not in (".xlsx", ".csv"):
        print(f"{args.file}: the name must end in .xlsx or .csv", file=sys.stderr)
        return 2
    try:
        result = import_table(args.file, settings)
    except DataFileError as exc:
        print(exc, file=sys.stderr)
        return 1
    for problem in result.warnings:
        print(f"warning: {problem}")
    if result.rejected:
        for problem in result.rejected:
            print(f"error: {problem}", file=sys.stderr)
        rows = ", ".join(map(str, result.rejected_rows))
        print(f"{args.file}: {len(result.rejected_rows)} row(s) rejected ({rows}); "
              f"nothing written to {out}", file=sys.stderr)
        return 1
    write_yaml(result.entries, out, header_from=out if out.exists() else settings.providers_file)
    print(f"{out}: {len(result.entries)} provider(s) from {args.file}, "
          f"{len(result.warnings)} warning(s)")
    return 0
