"""Fixtures for the follow-up: a key in the environment, a runtime whose clock the test moves,
and helpers that talk to the engine as a channel would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.core.messages import Inbound, Reply
from bot.followup import open_followups
from bot.runtime import Runtime, build_runtime
from tests.configs import configure

KEY = "test-followup-key-0123456789abcdefghijklmnop"
USER = "5012345678"
PG = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a schema of their own, dropped afterwards."""
    import uuid

    import psycopg

    from tests.conftest import require_service

    require_service("PostgreSQL", 5432)
    schema = f"fu_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


class Clock:
    """A clock the test moves forward."""

    def __init__(self, start: float = 1_780_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def key_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_FOLLOWUP_KEY", KEY)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fu_settings(project_copy: Path, key_env: None) -> Settings:
    return configure(project_copy, {"followup": {"interval_seconds": 0.05}})


def runtime_with_clock(settings: Settings, clock: Clock, **kwargs: Any) -> Runtime:
    runtime = build_runtime(settings, with_followups=False, **kwargs)
    followups = open_followups(settings, runtime.logbook, now=clock)
    assert followups is not None
    runtime.followups = followups
    runtime.engine.services = type(runtime.engine.services)(
        **{**runtime.engine.services.__dict__, "followups": followups})
    return runtime


@pytest.fixture
def runtime(fu_settings: Settings, clock: Clock, shared_understander: Any) -> Iterator[Runtime]:
    rt = runtime_with_clock(fu_settings, clock, understander=shared_understander)
    yield rt
    rt.close()


class Person:
    """One person on one channel, talking to the engine."""

    def __init__(self, runtime: Runtime, channel: str = "telegram", user: str = USER):
        self.runtime, self.channel, self.user = runtime, channel, user

    def say(self, text: str) -> list[Reply]:
        return self.runtime.engine.handle(Inbound(self.channel, self.user, text=text))

    def press(self, payload: str) -> list[Reply]:
        return self.runtime.engine.handle(Inbound(self.channel, self.user, payload=payload))

    def command(self, name: str) -> list[Reply]:
        return self.runtime.engine.handle(Inbound(self.channel, self.user, command=name))


def offer_of(replies: list[Reply]) -> Reply | None:
    return next((r for r in replies if any(b.payload == "fu:no" for b in r.buttons)), None)


def outcomes(settings: Settings) -> list[tuple[Any, ...]]:
    import sqlite3

    path = settings.logbook_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT day, channel, language, kind, outcome FROM help_outcomes"
                            ).fetchall()


def finish_request(person: Person) -> list[Reply]:
    """A help request by buttons to its end: safe, for me, physical, skip the place."""
    person.press("m:help")
    person.press("h:safe:yes")
    person.press("h:who:self")
    person.press("h:kind:physical")
    return person.press("h:where:skip")
