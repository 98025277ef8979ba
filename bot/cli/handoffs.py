"""`companion handoffs`: how often people asked for a counsellor and what came of it, by outcome
and channel, as CSV, with small counts hidden like every export.

    companion handoffs --period 2026-H1
"""

from __future__ import annotations

import argparse
import sys

from bot.cli import CommandError, add_config_option
from bot.cli.export import _min_count, add_range_options, date_range
from bot.config import Settings
from bot.reports.export_query import LogbookReadError
from bot.reports.handoffs import handoff_csv
from bot.reports.periods import ExportError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "handoffs", help="anonymous counts of handoffs to a counsellor (CSV)",
        description="Count the requests for a counsellor in a period by outcome (queued, "
                    "unavailable, taken, left, ended) and channel, as CSV on stdout, with small "
                    "counts hidden. No message, id or time of day is ever stored.")
    add_config_option(parser)
    add_range_options(parser)
    parser.add_argument("--min-count", default=None, metavar="K",
                        help="hide counts under K (default and minimum: [export] min_count)")
    parser.set_defaults(func=run_handoffs)


def run_handoffs(args: argparse.Namespace, settings: Settings) -> int:
    try:
        start, end = date_range(args)
        data = handoff_csv(settings, start=start, end=end, min_count=_min_count(args.min_count))
    except (ExportError, LogbookReadError) as exc:
        raise CommandError(str(exc)) from None
    sys.stdout.write(data.decode("utf-8"))
    return 0
