"""`companion report`: one self-contained HTML report with charts, for a period.

    companion report --period 2026-H1 -o report.html

Requests per month, by kind, by channel, by ward, the urgent share, the check-in outcomes and
targets panel (bot/reports/report_targets.py) and a note on hidden small counts; charts are
embedded SVG pictures (bot/reports/report_svg.py), so the file opens offline. Reads the SQLite or
PostgreSQL logbook named by [logbook] url. Bad input or an unreadable logbook is one line, exit 2.
"""

from __future__ import annotations

import argparse

from bot.cli import CommandError, add_config_option
from bot.cli.export import add_range_options, date_range, guard_output, write_output
from bot.config import Settings
from bot.reports.export import render_report
from bot.reports.export_query import LogbookReadError
from bot.reports.periods import ExportError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report", help="write an HTML report with charts",
        description="Write one self-contained HTML report (charts embedded) of anonymous "
                    "help-request counts for a period, with small counts hidden, and the "
                    "targets panel: answered follow-up check-ins by month, kind and channel, "
                    "and the shares that reached a service and got help against the plan's "
                    "70%% / 100%% lines.")
    add_config_option(parser)
    add_range_options(parser)
    parser.add_argument("-o", "--output", default=None, metavar="FILE",
                        help="write here (default: stdout)")
    parser.add_argument("--lang", default="vi", metavar="LANG", help="vi (default) or en")
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    output = Path(args.output) if args.output else None
    try:
        guard_output(output, settings)
        start, end = date_range(args)
        html = render_report(settings, start=start, end=end, lang=args.lang)
    except (ExportError, LogbookReadError) as exc:
        raise CommandError(str(exc), 2) from None
    write_output(output, html.encode("utf-8"))
    return 0
