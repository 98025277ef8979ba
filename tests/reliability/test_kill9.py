"""kill -9 under load (issue 11, "Done when").

People type an emergency in the web chat from several threads while the server is killed with
SIGKILL and started again. Every person first opens the page (which gives them their session
cookie), so a message cut off by the kill is sent again by the same person, as someone would.

- SQLite logbook, one process, in-memory sessions: every acknowledged request has its row, and
  the only other rows are those of requests cut off by the kill; no row is half-written.
- PostgreSQL logbook and Redis sessions, two workers: a worker killed alone is restarted by the
  supervisor, then the whole server is killed and started again; each person writes twice
  (whichever worker answers); at the end there is exactly one row per person for the day.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.reliability.conftest import SECRET
from tests.reliability.serverproc import EMERGENCY, Server, child_env, configure, has_numbers

THREADS = 6


@dataclass
class Load:
    url: str
    messages_per_person: int = 1
    retry: bool = False
    acked: int = 0
    unacked: int = 0
    persons: int = 0
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def person(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            while not self.stop.is_set():
                try:
                    if client.get("/").status_code == 200:    # the session cookie
                        break
                except httpx.HTTPError:
                    time.sleep(0.05)
            else:
                return
            with self.lock:
                self.persons += 1
            for _ in range(self.messages_per_person):
                while True:
                    try:
                        response = client.post("/api/chat", json={"text": EMERGENCY})
                        replies = [r["text"] for r in response.json()["replies"]]
                        assert response.status_code == 200 and has_numbers(replies)
                        with self.lock:
                            self.acked += 1
                        break
                    except (httpx.HTTPError, ValueError):
                        with self.lock:
                            self.unacked += 1
                        if not self.retry:
                            return
                        time.sleep(0.05)

    def run(self) -> None:
        while not self.stop.is_set():
            self.person()

    def start(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self.run, daemon=True) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        return threads


def _finish(load: Load, threads: list[threading.Thread]) -> None:
    load.stop.set()
    for thread in threads:
        thread.join(30)


def test_sqlite_rows_match_acknowledged_requests_across_kill9(project_copy: Path) -> None:
    config = configure(project_copy, logbook_url="sqlite:///data/logbook.db",
                       sessions_url="memory://")
    server = Server(config, child_env())
    server.wait_ready()
    load = Load(server.url)
    threads = load.start()
    time.sleep(1.5)
    server.kill9()
    restarted = Server(config, child_env(), port=server.port)
    try:
        restarted.wait_ready()
        time.sleep(1.0)
        _finish(load, threads)
    finally:
        err = restarted.stop()
    assert "Traceback" not in err and EMERGENCY not in err
    with sqlite3.connect(project_copy / "data" / "logbook.db") as conn:
        rows = conn.execute("SELECT day, channel, language, for_whom, kind, urgent, "
                            "providers_shown FROM help_requests").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert load.acked > 20
    assert load.acked <= len(rows) <= load.acked + load.unacked, (load, len(rows))
    print(f"\nsqlite: {len(rows)} rows, {load.acked} acked, {load.unacked} cut off")
    assert all(None not in row[:4] and row[5] == 1 for row in rows)     # nothing half-written


def _count(pg_url: str) -> tuple[int, int]:
    with psycopg.connect(pg_url) as conn:
        row = conn.execute("SELECT count(*), count(*) FILTER (WHERE urgent = 1) "
                           "FROM help_requests").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _emergency(client: httpx.Client) -> None:
    response = client.post("/api/chat", json={"text": EMERGENCY})
    assert response.status_code == 200
    assert has_numbers([r["text"] for r in response.json()["replies"]])


@pytest.mark.postgres
@pytest.mark.redis
def test_postgres_redis_two_workers_one_row_per_person_across_restarts_and_kill9(
        project_copy: Path, pg_url: str, redis_url: str) -> None:
    started: list[Server] = []
    try:
        _two_workers_scenario(project_copy, pg_url, redis_url, started)
    finally:
        for server in started:    # a failed assertion must not leave servers running
            if server.proc.poll() is None:
                server.kill9()


def _two_workers_scenario(project_copy: Path, pg_url: str, redis_url: str,
                          started: list[Server]) -> None:
    config = configure(project_copy, logbook_url=pg_url, sessions_url=redis_url)
    env = child_env({"COMPANION_SESSION_SECRET": SECRET})
    server = Server(config, env, workers=2)
    started.append(server)
    server.wait_ready()

    # Across workers and a restart: each person writes on whichever worker answers, before and
    # after the restart, and is counted once.
    people = [httpx.Client(base_url=server.url, timeout=10) for _ in range(12)]
    for client in people:
        client.get("/")
        _emergency(client)
        _emergency(client)
    server.stop()
    server = Server(config, env, workers=2, port=server.port)
    started.append(server)
    server.wait_ready()
    for client in people:
        _emergency(client)
        client.close()
    assert _count(pg_url) == (12, 12), server.err

    # kill -9 under load: a worker alone (the supervisor starts another), then everything.
    load = Load(server.url, messages_per_person=2, retry=True)
    threads = load.start()
    try:
        time.sleep(1.0)
        workers = [int(p) for p in Path(f"/proc/{server.proc.pid}/task/{server.proc.pid}/"
                                        "children").read_text().split()]
        assert len(workers) == 2
        os.kill(workers[0], signal.SIGKILL)
        time.sleep(1.5)
        server.kill9()
        restarted = Server(config, env, workers=2, port=server.port)
        started.append(restarted)
        try:
            restarted.wait_ready()
            time.sleep(1.0)
            _finish(load, threads)
        finally:
            err = restarted.stop()
    finally:
        load.stop.set()
        if server.proc.poll() is None:
            server.kill9()
    assert "Traceback" not in err and EMERGENCY not in err
    total, urgent = _count(pg_url)
    rows = total - 12
    assert total == urgent
    assert load.persons > 10 and load.acked >= 2 * load.persons - THREADS
    # Exactly one row per person: the day mark carries the row's key and is written before the
    # row (bot/core/counting.py), so a message cut off anywhere and sent again is counted once.
    assert rows == load.persons, (load, rows)
    print(f"\npg+redis: {load.persons} persons, {rows} rows, {load.acked} acked, "
          f"{load.unacked} cut off")
