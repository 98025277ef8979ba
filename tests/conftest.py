"""Shared fixtures: a settings copy whose files live in a temporary folder, so no test writes the
real logbook, and helpers for tests that need PostgreSQL or Redis."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
from collections.abc import Iterator
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


def _copy_project(target: Path) -> Path:
    shutil.copy(ROOT / "config.toml", target / "config.toml")
    shutil.copytree(ROOT / "data", target / "data",
                    ignore=shutil.ignore_patterns("*.db", "*.db-*", ".nlu-cache", "officers.json",
                                                  "zalo-tokens.json", "spool"))
    if (ROOT / "intents").exists():
        shutil.copytree(ROOT / "intents", target / "intents")
    return target


@pytest.fixture(scope="session")
def nlu_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One project copy whose classifier is trained once per test run; its model cache is keyed
    by the hash of intents/, so copies of the same data reuse it instead of retraining."""
    folder = _copy_project(tmp_path_factory.mktemp("nlu-project"))
    settings = load_config(folder / "config.toml")
    from bot.knowledge.wards import WardIndex
    from bot.nlu import build_understander

    build_understander(settings, WardIndex.load(settings.wards_file))
    return folder


@pytest.fixture(scope="session")
def shared_understander(nlu_project: Path):
    """The built-in classifier, trained once, for tests that drive free text."""
    from bot.knowledge.wards import WardIndex
    from bot.nlu import build_understander

    settings = load_config(nlu_project / "config.toml")
    return build_understander(settings, WardIndex.load(settings.wards_file))


@pytest.fixture
def project_copy(tmp_path: Path, nlu_project: Path) -> Path:
    """A copy of config.toml, data/ and intents/ in tmp_path, with no logbook, and the model
    cache trained once for the run (so commands started in a subprocess don't retrain)."""
    _copy_project(tmp_path)
    cache = nlu_project / "data" / ".nlu-cache"
    if cache.exists():
        shutil.copytree(cache, tmp_path / "data" / ".nlu-cache")
    return tmp_path


@pytest.fixture
def settings(project_copy: Path) -> Settings:
    return load_config(project_copy / "config.toml")


def redis_key_prefix(url: str, label: str) -> Iterator[str]:
    """A fresh key prefix in the Redis database at `url` for one test, its keys deleted after
    (for a fixture: `yield from redis_key_prefix(...)`)."""
    require_service("Redis", 6379)
    import redis

    prefix = f"companion-test-{label}-{secrets.token_hex(4)}:"
    yield prefix
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


# Both cores in CI (`pytest -n 2`, see README): tests that share the one PostgreSQL database
# `test` and the Redis databases (fixed table names, `flushdb`) must never run at the same time as
# each other, so every test of a module that talks to either server goes to one worker, in order;
# everything else spreads over both workers, test by test.
# (pytest-xdist's own `--dist loadgroup` reads a group from a suffix it writes into each test's
# node id, which pytest 9 no longer lets it write: the grouping is done here, in the scheduler,
# from the module's path, which is all the scheduler sees.)
_SHARED_SERVER_WORDS = ("postgres", "psycopg", "redis")
SHARED_SERVERS_GROUP = "shared-servers"


def _mentions_shared_servers(path: Path, seen: dict[Path, bool]) -> bool:
    if path not in seen:
        try:
            text = path.read_text(encoding="utf-8").lower()
        except OSError:
            text = ""
        seen[path] = any(word in text for word in _SHARED_SERVER_WORDS)
    return seen[path]


def talks_to_shared_servers(module: Path, seen: dict[Path, bool]) -> bool:
    """A module whose own text, or a conftest.py in its folders under tests/, names PostgreSQL
    or Redis (the fixtures that reach them live in those conftests)."""
    if _mentions_shared_servers(module, seen):
        return True
    tests_root = ROOT / "tests"
    folder = module.parent
    while folder != tests_root and tests_root in folder.parents:
        if _mentions_shared_servers(folder / "conftest.py", seen):
            return True
        folder = folder.parent
    return False


def scope_of(nodeid: str, seen: dict[Path, bool]) -> str:
    """The scheduling scope of one test: the shared servers' group, or the test alone."""
    module = ROOT / nodeid.split("::", 1)[0]
    return SHARED_SERVERS_GROUP if talks_to_shared_servers(module, seen) else nodeid


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """xdist's group scheduling, with the group read from the module's path (see above)."""
    from xdist.scheduler import LoadGroupScheduling

    seen: dict[Path, bool] = {}

    class SharedServersScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid, seen)

    return SharedServersScheduling(config, log)  # type: ignore[arg-type]
