"""Faults injected between the server and its stores (issue 11, "Done when").

One `companion serve` process with PostgreSQL (logbook) and Redis (sessions) behind fault
proxies, the Telegram and Zalo webhooks talking to the loopback fakes, and a terminal
(`companion chat --jsonl`) on the same stores. For each fault (drop, stall; PostgreSQL, Redis):
an emergency typed on each channel gets 113/115/111, /healthz and a static file answer promptly
while a turn is in hand, /healthz says which dependency is down, and after the fault the server
recovers by itself; the rows written during the faults are all in the logbook at the end.
"""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import httpx
import psycopg
import pytest

from bot.testing import zalo_api
from bot.testing.telegram_api import SECRET as TG_SECRET
from bot.testing.telegram_api import TOKEN, FakeBotApi, Updates
from tests.reliability.conftest import SECRET, via
from tests.reliability.fault_proxy import FaultProxy
from tests.reliability.serverproc import (
    EMERGENCY,
    Server,
    Terminal,
    child_env,
    configure,
    has_numbers,
)

pytestmark = [pytest.mark.postgres, pytest.mark.redis]
PROMPT = 1.5          # seconds: what "answers promptly" means here (a stall used to cost 20 s)
_people = itertools.count(1)


def _wait(predicate, timeout: float = 10.0, step: float = 0.05):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out")


def _timed_get(client: httpx.Client, path: str) -> tuple[float, httpx.Response]:
    started = time.monotonic()
    response = client.get(path, timeout=5)
    return time.monotonic() - started, response


@pytest.fixture
def stack(project_copy: Path, pg_url: str, redis_url: str, pg_proxy: FaultProxy,
          redis_proxy: FaultProxy):  # type: ignore[no-untyped-def]
    api = FakeBotApi(TOKEN).start()
    zalo = zalo_api.FakeZalo().start()
    config = configure(project_copy, logbook_url=via(pg_url, pg_proxy),
                       sessions_url=via(redis_url, redis_proxy), changes={
                           "telegram": {"api_base_url": api.base_url},
                           "zalo": {"api_base_url": zalo.base_url,
                                    "oauth_base_url": zalo.base_url}})
    env = child_env({"COMPANION_SESSION_SECRET": SECRET, "TELEGRAM_BOT_TOKEN": TOKEN,
                     "TELEGRAM_WEBHOOK_SECRET": TG_SECRET, "ZALO_APP_ID": zalo_api.APP_ID,
                     "ZALO_APP_SECRET": zalo_api.APP_SECRET,
                     "ZALO_OA_SECRET_KEY": zalo_api.OA_SECRET_KEY,
                     "ZALO_REFRESH_TOKEN": zalo.initial_refresh})
    server = Server(config, env)
    terminal = Terminal(config, env)
    try:
        server.wait_ready()
        _wait(lambda: api.calls_of("getMe"), timeout=20)
        yield server, terminal, api, zalo
    finally:
        err = server.stop() + terminal.close()
        api.stop()
        zalo.stop()
    assert "Traceback" not in err, err
    assert EMERGENCY not in err and "cứu" not in err


def _web(client: httpx.Client) -> list[str]:
    """A new person (no cookie yet) typing an emergency in the web chat."""
    with httpx.Client(base_url=client.base_url) as fresh:
        response = fresh.post("/api/chat", json={"text": EMERGENCY}, timeout=10)
    assert response.status_code == 200, response.text
    return [r["text"] + " ".join(b.get("value") or "" for b in r.get("buttons", []))
            for r in response.json()["replies"]]


def _telegram(client: httpx.Client, api: FakeBotApi, updates: Updates) -> list[str]:
    chat_id = 7_100_000_000 + next(_people)
    update = updates.make("private_command_start.json", chat_id=chat_id, text=EMERGENCY)
    response = client.post("/telegram/webhook", json=update, timeout=10,
                           headers={"X-Telegram-Bot-Api-Secret-Token": TG_SECRET})
    assert response.status_code == 200
    return _wait(lambda: [t for t in api.sent_texts(chat_id) if "113" in t])


def _zalo(client: httpx.Client, zalo: zalo_api.FakeZalo) -> list[str]:
    user = f"88{next(_people):016d}"
    body, headers = zalo_api.signed(zalo_api.event("user_send_text", user=user,
                                                     text=EMERGENCY))
    response = client.post("/zalo/webhook", content=body, headers=headers, timeout=10)
    assert response.status_code == 200, response.text

    def sent() -> list[str]:
        with zalo.lock:
            return [m["message"].get("text", "") for m in zalo.messages
                    if m["recipient"]["user_id"] == user]
    return _wait(lambda: [t for t in sent() if "113" in t])


def _rows(pg_url: str) -> int:
    with psycopg.connect(pg_url, connect_timeout=5) as conn:
        row = conn.execute("SELECT count(*) FROM help_requests WHERE urgent = 1").fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("store,mode", [("logbook", "drop"), ("logbook", "stall"),
                                         ("sessions", "drop"), ("sessions", "stall")])
def test_emergencies_are_answered_on_every_channel_during_a_fault(
        stack, pg_url: str, pg_proxy: FaultProxy, redis_proxy: FaultProxy,  # type: ignore[no-untyped-def]
        store: str, mode: str) -> None:
    server, terminal, api, zalo = stack
    updates = Updates(api)
    proxy = pg_proxy if store == "logbook" else redis_proxy
    with httpx.Client(base_url=server.url) as client:
        assert has_numbers(_web(client))                 # healthy: rows written directly
        before = _rows(pg_url)
        proxy.set_mode(mode)
        answered = 0
        # A static file fetched every 50 ms for the whole fault: the slowest answer is measured.
        polling = threading.Event()
        slowest: list[float] = [0.0]

        def poll() -> None:
            with httpx.Client(base_url=server.url) as poller:
                while not polling.is_set():
                    took, response = _timed_get(poller, "/static/chat.css")
                    assert response.status_code == 200
                    slowest[0] = max(slowest[0], took)
                    time.sleep(0.05)
        poller = threading.Thread(target=poll, daemon=True)
        poller.start()

        # A turn in hand while the store fails: health and static files keep answering.
        results: list[list[str]] = []
        worker = threading.Thread(target=lambda: results.append(_web(client)))
        worker.start()
        time.sleep(0.05)
        for path in ("/healthz", "/static/chat.js", "/healthz", "/static/chat.js"):
            took, response = _timed_get(client, path)
            assert took < PROMPT, (path, took)
            assert response.status_code in (200, 503)
        worker.join(10)
        assert results and has_numbers(results[0])
        answered += 1

        assert has_numbers(_web(client))
        assert has_numbers(_telegram(client, api, updates))
        assert has_numbers(_zalo(client, zalo))
        reply = terminal.say(f"t{next(_people)}", EMERGENCY)
        assert has_numbers([r["text"] for r in reply["replies"]])
        answered += 4

        def down() -> bool:
            took, response = _timed_get(client, "/healthz")
            assert took < PROMPT
            return response.status_code == 503 and response.json()[store] == "down"
        _wait(down, timeout=5)
        polling.set()
        poller.join(5)
        assert slowest[0] < PROMPT, slowest
        print(f"\n{store}-{mode}: slowest static file during the fault {slowest[0]:.3f} s")

        proxy.set_mode("pass")

        def recovered() -> bool:
            response = client.get("/healthz", timeout=5)
            return response.status_code == 200 and response.json()["logbook_spooled"] == 0
        _wait(recovered, timeout=15)
        assert has_numbers(_web(client))
        answered += 1
    # Nothing acknowledged is lost: every emergency answered during the fault has its row
    # (spooled and replayed for a logbook fault), each once.
    try:
        _wait(lambda: _rows(pg_url) >= before + answered, timeout=15)
    finally:
        time.sleep(0.5)
        assert _rows(pg_url) == before + answered, server.err
