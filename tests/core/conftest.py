"""Fixtures of the engine tests: one runtime per module, on the classifier trained once."""

from __future__ import annotations

import shutil

import pytest

from bot.runtime import build_runtime


@pytest.fixture(scope="module")
def module_runtime(tmp_path_factory, nlu_project, shared_understander):
    """A runtime on a copy of the trained project (no logbook left over, no check-ins), shared
    by a module's tests: each test talks as a new person, so they do not meet."""
    from bot.config import load_config

    folder = tmp_path_factory.mktemp("module-runtime")
    shutil.copy(nlu_project / "config.toml", folder / "config.toml")
    shutil.copytree(nlu_project / "data", folder / "data")
    (folder / "data" / "logbook.db").unlink(missing_ok=True)
    rt = build_runtime(load_config(folder / "config.toml"), understander=shared_understander,
                       with_followups=False)
    yield rt
    rt.close()
