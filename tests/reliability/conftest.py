"""Fixtures for the reliability tests: a fresh PostgreSQL database and a Redis database of their
own (so other suites' tables and keys are not touched), and fault proxies in front of them."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from tests.conftest import require_service
from tests.reliability.fault_proxy import FaultProxy

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
REDIS_DB = 11
SECRET = "reliability-test-secret-" + "0" * 16


@pytest.fixture
def pg_url() -> Iterator[str]:
    require_service("PostgreSQL", 5432)
    import psycopg

    name = f"companion_rel_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def redis_url() -> Iterator[str]:
    require_service("Redis", 6379)
    import redis

    client = redis.Redis(port=6379, db=REDIS_DB)
    client.flushdb()
    yield f"redis://127.0.0.1:6379/{REDIS_DB}"
    client.flushdb()
    client.close()


@pytest.fixture
def session_secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COMPANION_SESSION_SECRET", SECRET)
    return SECRET


@pytest.fixture
def pg_proxy() -> Iterator[FaultProxy]:
    proxy = FaultProxy(5432).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def redis_proxy() -> Iterator[FaultProxy]:
    proxy = FaultProxy(6379).start()
    yield proxy
    proxy.stop()


def via(url: str, proxy: FaultProxy) -> str:
    """`url` with the server's port replaced by the proxy's."""
    return url.replace(":5432/", f":{proxy.port}/").replace(":6379/", f":{proxy.port}/")
