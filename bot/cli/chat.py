"""`companion chat`: talk to the bot in the terminal, or drive it with JSON lines."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from bot.channels.console import InteractiveChannel, JsonLinesChannel
from bot.cli import CommandError, add_config_option
from bot.config import Settings
from bot.knowledge.yamlfile import DataFileError
from bot.logbook import LogbookError
from bot.runtime import build_runtime


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "chat", help="chat with the bot in the terminal",
        description="Chat with the bot in the terminal. Buttons are numbered; type the number "
                    "to press one. With --jsonl, read one JSON event per line on stdin and write "
                    "one JSON line of replies per event on stdout (see DESIGN.md).")
    add_config_option(parser)
    parser.add_argument("--jsonl", action="store_true",
                        help="JSON-lines protocol on stdin/stdout, for scripts and tests")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _say_if_training(settings)
    try:
        runtime = build_runtime(settings)
    except (DataFileError, LogbookError) as exc:
        raise CommandError(str(exc)) from None
    channel = JsonLinesChannel() if args.jsonl else InteractiveChannel()
    async def converse() -> None:
        try:
            await channel.start(runtime.handle)
        finally:
            await runtime.aclose()     # Redis's asyncio client, on the loop that made it

    try:
        asyncio.run(converse())
    except BrokenPipeError:
        # the reader of stdout went away (`companion chat --jsonl | head -1`): stop quietly, as
        # other command-line tools do, with no traceback; stdout is pointed at /dev/null so the
        # interpreter's last flush does not raise again (the Python docs' recipe for SIGPIPE)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        runtime.close()
    return 0


def _say_if_training(settings: Settings) -> None:
    """The first start after install (or after intents/ changed) trains the model, which takes
    seconds: say so on stderr (stdout is the JSON-lines protocol's) instead of seeming stuck."""
    if settings.nlu.backend != "builtin":
        return
    from bot.nlu.builtin import model_ready

    if not model_ready(settings.nlu.intents_dir, settings.nlu.cache_dir):
        print("companion: preparing the language model (once, a few seconds)…", file=sys.stderr,
              flush=True)
