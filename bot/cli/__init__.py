"""The `companion` command. Each sub-command lives in its own module beside this one and only
parses arguments and calls the library (the sqlite-utils way); `--help` on every command says
what it does.

Exit codes: 0 fine, 1 the checked thing has errors, 2 bad input or configuration.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import sys
from collections.abc import Sequence
from pathlib import Path

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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `only`, just that command's module is imported (the one being
    run) and every other command is listed by name and summary, read from its source without
    importing it: `companion chat` no longer pays for `export`'s scipy or `serve`'s uvicorn."""
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Helpline Companion: a helpline bot for people facing gender-based violence.",
    )
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="settings file (default: the config.toml shipped with the bot)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        name = module.rsplit(".", 1)[1]
        if only is None or name == only:
            importlib.import_module(module).register(sub)
        else:
            sub.add_parser(name, help=_summary(module), add_help=False)
    return parser


def _summary(module: str) -> str:
    """A command's one-line help, from its `add_parser(..., help="...")` in the source."""
    spec = importlib.util.find_spec(module)
    source = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
    found = re.search(r'add_parser\(\s*"[\w-]+",\s*help="([^"]+)"', source)
    return found.group(1) if found else ""


def _command_in(argv: Sequence[str]) -> str:
    """The command word of a command line ("" when none), skipping `--config FILE`."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--config":
            skip = True
        elif not word.startswith("-"):
            return word
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only=_command_in(argv))
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
