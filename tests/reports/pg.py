"""A PostgreSQL database of its own for one test run, so parallel runs (and other tests using
the shared `test` database) never see each other's rows; dropped at the end of the run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from tests.conftest import require_service

SERVER = os.environ.get("COMPANION_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
ADMIN_DB = "test"


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """The URL of a new, empty database named for this run (skipped without the server, except
    in CI where COMPANION_REQUIRE_SERVICES=1 makes it a failure)."""
    require_service("PostgreSQL", 5432)
    name = f"companion_t_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{SERVER}/{ADMIN_DB}", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"{SERVER}/{name}"
    finally:
        with psycopg.connect(f"{SERVER}/{ADMIN_DB}", autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                          .format(sql.Identifier(name)))


def empty(url: str) -> str:
    """Drop the logbook's tables in the run's database (each test starts with no logbook)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS help_requests, help_outcomes, companion_schema")
    return url
