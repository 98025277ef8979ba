"""Shared fixtures: a settings copy whose files live in a temporary folder, so no test writes the
real logbook, and helpers for tests that need PostgreSQL or Redis."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from bot.config import Settings, load_config

ROOT = Path(__file__).resolve().parent.parent


def service_available(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def require_service(name: str, port: int) -> None:
    """Skip when the server is absent, except in CI (`COMPANION_REQUIRE_SERVICES=1`), where a
    missing service must fail the run rather than silently skip."""
    if service_available(port):
        return
    if os.environ.get("COMPANION_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{name} on 127.0.0.1:{port} is required in CI but not reachable")
    pytest.skip(f"{name} on 127.0.0.1:{port} not running")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of config.toml, data/ and intents/ in tmp_path (without any logbook or model)."""
    shutil.copy(ROOT / "config.toml", tmp_path / "config.toml")
    shutil.copytree(ROOT / "data", tmp_path / "data",
                    ignore=shutil.ignore_patterns("*.db", "*.db-*", ".nlu-cache", "officers.json",
                                                  "zalo-tokens.json"))
    if (ROOT / "intents").exists():
        shutil.copytree(ROOT / "intents", tmp_path / "intents")
    return tmp_path


@pytest.fixture
def settings(project_copy: Path) -> Settings:
    return load_config(project_copy / "config.toml")
