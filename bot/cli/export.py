"""`companion export`: anonymous counts for officers, as CSV, XLSX or JSON.

    companion export --period 2026-H1 --by month,kind --format xlsx -o counts.xlsx
    companion export --from 2026-01-01 --to 2026-03-31 --by ward --format json
    companion export --period 2026-H1 --table outcomes --by month,outcome   (check-ins)
    companion export --period 2026-H1 --table handoffs --by channel,outcome (counsellor handoffs)

Counts under K (config [export] min_count, default 5) are shown as "<K", and further figures are
hidden ("x") wherever a small count could otherwise be worked out. The logbook named by
[logbook] url (SQLite file or PostgreSQL) is only read, with the same results on both. Bad input
(an unknown dimension, --from after --to, an unknown period, a missing, unreachable or
non-logbook database) is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bot.cli import CommandError, add_config_option
from bot.config import Settings
from bot.reports.export import DIMENSIONS, FORMATS, export_counts
from bot.reports.export_query import LogbookReadError
from bot.reports.periods import ExportError, check_range, parse_day, parse_period


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="export anonymous counts (CSV, XLSX, JSON)",
        description="Export anonymous help-request counts for a period, broken down by time "
                    "and categories, with small counts hidden.")
    add_config_option(parser)
    add_range_options(parser)
    parser.add_argument("--by", action="append", default=[], metavar="DIMS",
                        help=f"comma-separated, repeatable; any of: {', '.join(DIMENSIONS)}")
    parser.add_argument("--format", default=None, metavar="FMT",
                        help="csv, xlsx or json (default: from the -o file name, else csv)")
    parser.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="write here (default: stdout for csv and json; xlsx needs a file)")
    parser.add_argument("--min-count", default=None, metavar="K",
                        help="hide counts under K (default and minimum: [export] min_count)")
    parser.add_argument("--lang", default="vi", metavar="LANG",
                        help="vi (default) or en: headers and labels")
    parser.add_argument("--table", default="requests",
                        choices=("requests", "outcomes", "handoffs"),
                        help="requests (default): help requests; outcomes: answered follow-up "
                             "check-ins with the targets (--by any of: month and other time "
                             "units, channel, language, kind, outcome; default month,outcome); "
                             "handoffs: handoffs to a counsellor (--by any of: month and other "
                             "time units, channel, language, outcome; default month,outcome)")
    parser.set_defaults(func=run_export)


def add_range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", default=None,
                        help="2026, 2026-H1, 2026-Q3 or 2026-07 (instead of --from/--to)")
    parser.add_argument("--from", dest="start", default=None, metavar="YYYY-MM-DD",
                        help="first day, inclusive (city time zone)")
    parser.add_argument("--to", dest="end", default=None, metavar="YYYY-MM-DD",
                        help="last day, inclusive (city time zone)")


def date_range(args: argparse.Namespace) -> tuple[date, date]:
    """The period from --period or --from/--to, or an ExportError saying what is missing."""
    if args.period is not None:
        if args.start or args.end:
            raise ExportError("give either --period or --from/--to, not both")
        return parse_period(args.period)
    if not args.start or not args.end:
        raise ExportError("give --period (e.g. 2026-H1) or both --from and --to")
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    check_range(start, end)
    return start, end


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    by = [name.strip() for item in args.by for name in item.split(",") if name.strip()]
    output = Path(args.output) if args.output else None
    fmt = args.format or _format_from_name(output)
    try:
        if fmt not in FORMATS:
            raise ExportError(f'unknown format "{fmt}": use {", ".join(FORMATS)}')
        if fmt == "xlsx" and output is None:
            raise ExportError("xlsx is a binary file: give -o FILE")
        guard_output(output, settings)
        start, end = date_range(args)
        data = export_counts(settings, start=start, end=end, by=by, fmt=fmt, lang=args.lang,
                             min_count=_min_count(args.min_count), subject=args.table)
    except (ExportError, LogbookReadError) as exc:
        raise CommandError(str(exc), 2) from None
    write_output(output, data, strip_bom=fmt == "csv")
    return 0


def guard_output(output: Path | None, settings: Settings) -> None:
    """Never let -o overwrite the logbook itself."""
    logbook = settings.logbook_path
    if output is not None and logbook is not None and output.resolve() == logbook.resolve():
        raise ExportError(f"-o {output} is the logbook itself; choose another file")


def write_output(output: Path | None, data: bytes, strip_bom: bool = False) -> None:
    if output is None:
        if strip_bom and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # the BOM is for Excel opening a file, not for a pipe
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise CommandError(f"cannot write {output}: {exc.strerror or exc}", 2) from None


def _format_from_name(output: Path | None) -> str:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in FORMATS else "csv"


def _min_count(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ExportError(f'--min-count "{raw}" is not a whole number') from None
