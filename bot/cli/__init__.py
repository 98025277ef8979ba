"""The `companion` command. Each sub-command lives in its own module beside this one and only
parses arguments and calls the library (the sqlite-utils way); `--help` on every command says
what it does.

Exit codes: 0 fine, 1 the checked thing has errors, 2 bad input or configuration.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.config import ConfigError, load_config

# Each module defines `register(subparsers)`; the parser it adds sets `func(args, settings) -> int`.
COMMAND_MODULES = (
    "bot.cli.chat",
    "bot.cli.providers",
    "bot.cli.nlu",
    "bot.cli.serve",
    "bot.cli.officer",
    "bot.cli.export",
    "bot.cli.handoffs",
    "bot.cli.report",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Helpline Companion: a helpline bot for people facing gender-based violence.",
    )
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="settings file (default: the config.toml shipped with the bot)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        settings = load_config(args.config)
    except ConfigError as exc:
        print(f"companion: {exc}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args, settings) or 0)
    except KeyboardInterrupt:
        return 130
    except CommandError as exc:
        print(f"companion: {exc}", file=sys.stderr)
        return exc.code


class CommandError(Exception):
    """A problem to report as one line (and an exit code), never a traceback."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """Let `--config` come after the sub-command too (`companion chat --config x.toml`)."""
    parser.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                        help="settings file (default: the config.toml shipped with the bot)")
