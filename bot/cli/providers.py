"""`companion providers check [FILE]`: validate the service directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli import add_config_option
from bot.config import Settings
from bot.knowledge.providers_check import check_file


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


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    path = args.file or settings.providers_file
    problems = check_file(path, settings)
    for problem in problems:
        print(problem, file=sys.stderr if problem.level == "error" else sys.stdout)
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{path}: {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0
