"""Every `companion` command and sub-command says what it does in `--help` and is in README.md's
command table (the way sqlite-utils' tests/test_docs.py keeps its CLI documented)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
              ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(words after `companion`, parser) for every command and sub-command, depth first."""
    found = []
    for name, sub in _subcommands(parser).items():
        found.append(((*path, name), sub))
        found.extend(_commands(sub, (*path, name)))
    return found


COMMANDS = _commands(build_parser())


def test_there_are_commands_and_subcommands() -> None:
    names = {" ".join(words) for words, _ in COMMANDS}
    assert {"chat", "serve", "export", "report", "providers check", "nlu train",
            "officer add"} <= names


@pytest.mark.parametrize("words", [w for w, _ in COMMANDS], ids=" ".join)
def test_help_exits_0_and_describes_the_command(words: tuple[str, ...],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    parser = dict(COMMANDS)[words]
    assert parser.description and parser.description.strip(), " ".join(words)
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([*words, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: companion {' '.join(words)}")
    first_words = " ".join(parser.description.split()[:4])
    assert first_words in " ".join(out.split()), " ".join(words)


@pytest.mark.parametrize("words", [w for w, _ in COMMANDS], ids=" ".join)
def test_every_command_is_in_the_readme(words: tuple[str, ...]) -> None:
    readme = README.read_text(encoding="utf-8")
    assert re.search(rf"`companion {re.escape(' '.join(words))}\b", readme), (
        f"README.md does not document `companion {' '.join(words)}`")


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in sub.choices.items():
        assert command.description or command.format_help(), name
        result = subprocess.run([sys.executable, "-m", "bot", name, "--help"], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, name
        assert "usage: companion" in result.stdout
