"""Fixtures shared by the logbook tests."""

from __future__ import annotations

import psycopg
import pytest

from bot.logbook.record import REPLAYS
from tests.conftest import require_service

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_url() -> str:
    """The tests' PostgreSQL database without the logbook's tables (each test makes them)."""
    require_service("PostgreSQL", 5432)
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS help_requests, {REPLAYS}, companion_schema")
    return PG_URL
