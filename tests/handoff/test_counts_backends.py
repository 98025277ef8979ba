"""The handoff counts give the same suppressed table from SQLite and from PostgreSQL."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from bot.config import Settings
from bot.logbook.handoffs import HANDOFF_TABLE, HandoffCount
from bot.logbook.store import open_logbook
from bot.reports.handoffs import handoff_csv
from tests.configs import configure
from tests.reports.pg import empty, pg_database  # noqa: F401  (a fixture)

COUNTS = ([("2026-02-03", "telegram", "vi", "unavailable")] * 9
          + [("2026-02-04", "zalo", "vi", "queued")] * 6
          + [("2026-02-04", "zalo", "en", "taken")] * 3
          + [("2026-02-05", "web", "vi", "left")] * 12
          + [("2026-08-01", "web", "vi", "queued")] * 4)        # outside the period


def _write(settings: Settings) -> str:
    logbook = open_logbook(settings.logbook_url, settings.resolve)
    try:
        for values in COUNTS:
            logbook.count_handoff(HandoffCount(*values))
    finally:
        logbook.close()
    return handoff_csv(settings, start=date(2026, 1, 1), end=date(2026, 6, 30)).decode()


@pytest.mark.postgres
def test_sqlite_and_postgres_agree(settings: Settings, request) -> None:
    from_sqlite = _write(settings)
    url = empty(request.getfixturevalue("pg_database"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {HANDOFF_TABLE}")
    from_postgres = _write(configure(settings.path.parent, {"logbook": {"url": url}}))
    assert from_sqlite == from_postgres
    rows = {line.split(",")[0]: line.split(",")[1:] for line in from_sqlite.splitlines()}
    assert rows["unavailable"][0] == "9" and rows["left"][2] == "12"
    assert rows["taken"][1] == "<5"
    assert "3" not in rows["taken"]


def test_a_record_holds_only_what_is_counted() -> None:
    with pytest.raises(ValueError):
        HandoffCount("2026-02-03", "telegram", "vi", "chatted about her husband")
    with pytest.raises(ValueError):
        HandoffCount("2026-02-03", "12345678", "vi", "queued")
