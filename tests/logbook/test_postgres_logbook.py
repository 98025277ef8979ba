"""The PostgreSQL logbook behind the same interface as the SQLite one."""

from __future__ import annotations

import psycopg
import pytest

from bot.logbook import RequestRecord
from tests.conftest import require_service

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_url():
    require_service("PostgreSQL", 5432)
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS help_requests")
        conn.execute("DROP TABLE IF EXISTS companion_schema")
    return PG_URL


def test_postgres_logbook_opens_and_updates(pg_url):
    from bot.logbook.postgres import PostgresLogbook

    logbook = PostgresLogbook(pg_url)
    row = logbook.open_request(RequestRecord(day="2026-11-29", channel="web", language="vi"))
    logbook.update_request(row, kind="online", urgent=1, providers_shown=3)
    with psycopg.connect(pg_url) as conn:
        got = conn.execute("SELECT day, channel, kind, urgent, providers_shown FROM help_requests"
                           " WHERE id = %s", (row,)).fetchone()
    assert got == ("2026-11-29", "web", "online", 1, 3)
    assert logbook.ping()
    with pytest.raises(ValueError):
        logbook.update_request(row, day="2026-01-01")
    logbook.close()
