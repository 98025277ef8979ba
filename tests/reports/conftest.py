"""A logbook with known rows, written through the real store, on each backend: the settings'
tmp copy of the SQLite file, and a PostgreSQL database of this test run's own (tests marked
`postgres`; skipped without the server except in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.logbook.store import RequestRecord, SqliteLogbook, open_logbook
from tests.configs import configure
from tests.reports.pg import empty, pg_database  # noqa: F401  (a fixture)

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def known_records() -> list[RequestRecord]:
    """52 requests in 2026-H1, 9 on 2025-12-31 and 6 on 2026-07-01.

    In H1: kind physical 30, psychological 12, sexual 3, online 7; urgent 3 (all physical);
    for someone else 20; shown a provider 40; telegram 40, zalo 12; ward Ninh Kiều 25,
    Cái Khế 20, not given 7; months Jan 18, Feb 17, Mar 17.
    """
    records = []
    for i in range(52):
        kind = ("physical" if i < 30 else "psychological" if i < 42 else "sexual" if i < 45
                else "online")
        ward = "Ninh Kiều" if i < 25 else "Cái Khế" if i < 45 else None
        records.append(RequestRecord(
            day=f"2026-{i % 3 + 1:02d}-{i % 28 + 1:02d}", channel="telegram" if i < 40 else "zalo",
            language="vi" if i % 4 else "en", for_whom="other" if i < 20 else "self", kind=kind,
            ward=ward, urgent=1 if i < 3 else 0, providers_shown=1 if i < 40 else 0))
    records += [RequestRecord(day="2025-12-31", channel="web", language="vi", kind="physical")
                for _ in range(9)]
    records += [RequestRecord(day="2026-07-01", channel="web", language="vi", kind="online")
                for _ in range(6)]
    return records


def write_logbook(path: Path, records: list[RequestRecord]) -> Path:
    logbook = SqliteLogbook(path)
    for record in records:
        logbook.open_request(record)
    logbook.close()
    return path


def write_records(settings: Settings, records: list[RequestRecord]) -> Settings:
    """Write through the store the settings name (SQLite file or PostgreSQL)."""
    logbook = open_logbook(settings.logbook_url, settings.resolve)
    try:
        for record in records:
            logbook.open_request(record)
    finally:
        logbook.close()
    return settings


def use_logbook_url(settings: Settings, url: str) -> Settings:
    """The project copy's config.toml with `[logbook] url` set, reloaded (so commands run with
    `--config` read the same logbook)."""
    return configure(settings.path.parent, {"logbook": {"url": url}})


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def logbook_settings(settings: Settings, backend: str,
                     request: pytest.FixtureRequest) -> Settings:
    """Settings naming an empty logbook store of the test's backend (no logbook yet)."""
    if backend == "sqlite":
        return settings
    return use_logbook_url(settings, empty(request.getfixturevalue("pg_database")))


@pytest.fixture
def known_logbook(logbook_settings: Settings) -> Settings:
    return write_records(logbook_settings, known_records())


@pytest.fixture
def make_logbook(logbook_settings: Settings):
    """Write the known rows (unless known=False) plus `extra` ones; returns the settings."""
    def make(extra: list[RequestRecord], known: bool = True) -> Settings:
        return write_records(logbook_settings, [*(known_records() if known else []), *extra])
    return make


@pytest.fixture
def sqlite_logbook(settings: Settings) -> Settings:
    """The known rows in the SQLite file only (tests about the file itself)."""
    assert settings.logbook_path is not None
    write_logbook(settings.logbook_path, known_records())
    return settings
