"""NLU fixtures: everything shares the one model trained per test run (tests/conftest.py's
`nlu_project`, a project copy under pytest's tmp_path_factory), so no test retrains by accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, load_config
from bot.knowledge.wards import WardIndex
from bot.nlu.builtin import BuiltinUnderstander

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HELDOUT = HERE / "heldout.yml"


@pytest.fixture(scope="session")
def nlu_settings(nlu_project: Path) -> Settings:
    return load_config(nlu_project / "config.toml")


@pytest.fixture(scope="session")
def wards(nlu_settings: Settings) -> WardIndex:
    return WardIndex.load(nlu_settings.wards_file)


@pytest.fixture(scope="session")
def builtin(nlu_settings: Settings, wards: WardIndex) -> BuiltinUnderstander:
    """The built-in understander loaded from the session's model cache (no training here)."""
    return BuiltinUnderstander.from_settings(nlu_settings, wards)
