"""A throwaway copy of the project for a benchmark: config.toml, data/ and intents/ in a temporary
folder, so a benchmark never writes the real logbook, tokens or accounts."""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from pathlib import Path

from bot.config import Settings, settings_from_mapping

ROOT = Path(__file__).resolve().parent.parent
# Files a running bot leaves in data/ that a fresh copy must not inherit.
LEFT_BEHIND = ("*.db", "*.db-*", "officers.json", "zalo-tokens.json*", "spool")


def copy_project(prefix: str) -> Path:
    """A new temporary folder holding the project's config, data (model cache included) and
    intents; the caller removes it."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    shutil.copy(ROOT / "config.toml", work / "config.toml")
    shutil.copytree(ROOT / "data", work / "data", ignore=shutil.ignore_patterns(*LEFT_BEHIND))
    shutil.copytree(ROOT / "intents", work / "intents")
    return work


def settings_with(work: Path, **sections: dict[str, object]) -> Settings:
    """The copy's settings with some keys changed, e.g. `telegram={"api_base_url": url}`."""
    data = tomllib.loads((work / "config.toml").read_text(encoding="utf-8"))
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return settings_from_mapping(data, work)
