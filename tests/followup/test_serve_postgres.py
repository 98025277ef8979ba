"""Two `companion serve` processes sharing one PostgreSQL: a check-in is sent exactly once;
after a kill -9 between claim and send it is sent once its lease runs out; and nothing left in
the database or the logs names the person."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from bot.channels.telegram import SECRET_HEADER
from bot.followup.scheduler import PAUSE_ENV
from bot.testing.telegram_api import PERSON_ID, SECRET, TOKEN, FakeBotApi, Updates
from tests.followup.conftest import KEY
from tests.reliability.serverproc import Server, child_env, configure

CHECKIN = "Mọi việc thế nào"




@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


def setup(project: Path, pg_schema: str, api: FakeBotApi) -> Path:
    return configure(project, logbook_url=pg_schema, sessions_url="memory://", changes={
        "telegram": {"api_base_url": api.base_url},
        "followup": {"day_seconds": 4, "interval_seconds": 0.2, "lease_seconds": 3}})


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return child_env({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": SECRET,
                      "COMPANION_FOLLOWUP_KEY": KEY, **(extra or {})})


def post(server: Server, update: dict) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        response = httpx.post(server.url + "/telegram/webhook", json=update,
                              headers={SECRET_HEADER: SECRET}, timeout=30)
        if response.status_code == 200:
            return
        time.sleep(0.2)       # 503 until the channel has connected to the Bot API
    raise AssertionError("webhook never accepted the update")


def consent(server: Server, updates: Updates) -> None:
    for data in ("m:help", "h:safe:yes", "h:who:self", "h:kind:economic", "h:where:skip",
                 "fu:d:1"):
        post(server, updates.button(data))


def checkins(api: FakeBotApi) -> int:
    return sum(CHECKIN in t for t in api.sent_texts(PERSON_ID))


def wait_for(predicate, timeout: float = 40) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def leftovers(pg_schema: str) -> str:
    """Every value of every table of the test's schema, as text."""
    with psycopg.connect(pg_schema) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema()")]
        return "\n".join(repr(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables)


def followup_rows(pg_schema: str) -> list[tuple]:
    with psycopg.connect(pg_schema) as conn:
        return conn.execute("SELECT channel, sealed FROM followups").fetchall()


def test_two_servers_send_a_check_in_exactly_once(project_copy: Path, pg_schema: str,
                                                  api: FakeBotApi) -> None:
    config = setup(project_copy, pg_schema, api)
    first, second = Server(config, env()), Server(config, env())
    try:
        first.wait_ready()
        second.wait_ready()
        consent(first, Updates(api))
        rows = followup_rows(pg_schema)
        assert len(rows) == 1 and str(PERSON_ID).encode() not in bytes(rows[0][1])
        assert str(PERSON_ID) not in leftovers(pg_schema)
        assert wait_for(lambda: checkins(api) >= 1)
        time.sleep(3)                       # both schedulers keep looking: still one
        assert checkins(api) == 1
        assert followup_rows(pg_schema) == []
        post(first, Updates(api).button("fu:o:reached_helped:economic"))
    finally:
        logs = first.stop() + second.stop()
    assert "check-in scheduler started" in logs
    with psycopg.connect(pg_schema) as conn:
        assert conn.execute("SELECT channel, kind, outcome FROM help_outcomes").fetchall() == [
            ("telegram", "economic", "reached_helped")]
    assert str(PERSON_ID) not in leftovers(pg_schema)
    assert str(PERSON_ID) not in logs


def test_a_check_in_claimed_by_a_killed_server_is_sent_after_its_lease(
        project_copy: Path, pg_schema: str, api: FakeBotApi) -> None:
    config = setup(project_copy, pg_schema, api)
    doomed = Server(config, env({PAUSE_ENV: "120"}))
    survivor = None
    try:
        doomed.wait_ready()
        consent(doomed, Updates(api))
        assert wait_for(lambda: "claimed; pausing" in "".join(doomed.err))
        doomed.kill9()                      # between claim and send
        assert checkins(api) == 0
        with psycopg.connect(pg_schema) as conn:
            (claimed,) = conn.execute("SELECT attempts FROM followups").fetchone()
        assert claimed == 1
        survivor = Server(config, env())
        survivor.wait_ready()
        assert wait_for(lambda: checkins(api) >= 1)
        time.sleep(2)
        assert checkins(api) == 1
        assert followup_rows(pg_schema) == []
    finally:
        logs = "".join(doomed.err) + (survivor.stop() if survivor else "")
    assert str(PERSON_ID) not in logs
    assert str(PERSON_ID) not in leftovers(pg_schema)
