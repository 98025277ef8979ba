"""Fixtures for the handoff tests: settings with the counsellors' hours always open, and the
real runtime (its own in-memory desk) built on them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.runtime import Runtime, build_runtime
from tests.configs import configure

ALWAYS = {"handoff": {"hours": "00:00-24:00", "minutes_per_person": 7}}


@pytest.fixture
def open_settings(project_copy: Path) -> Settings:
    return configure(project_copy, ALWAYS)


@pytest.fixture
def runtime(open_settings: Settings) -> Iterator[Runtime]:
    rt = build_runtime(open_settings, with_nlu=False)
    yield rt
    rt.close()
