"""The companion pathways in the web chat, through its JSON API on the real app (the same
runtime `companion serve` builds): the shared scenario end to end, and the canaries typed as
answers and notes never reach a log record (any level, any logger), the logbook or a file under
the data folder."""

from __future__ import annotations

import logging
from typing import Any

from starlette.testclient import TestClient

from bot.runtime import build_runtime
from bot.server import create_app
from tests.channels.pathway_scenario import CANARY_SENT, STEPS, check, leaks

COOKIE_SECRET = "test-cookie-secret-not-for-production"


def _event(client: TestClient, body: dict[str, Any]) -> list[str]:
    response = client.post("/api/chat", json=body)
    assert response.status_code == 200, response.text
    return [r["text"] for r in response.json()["replies"]]


def test_pathways_end_to_end_in_the_web_chat_leave_nothing_behind(settings, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    runtime = build_runtime(settings, with_nlu=False)
    try:
        with TestClient(create_app(runtime, [], cookie_secret=COOKIE_SECRET)) as client:
            client.get("/")
            seen: list[str] = []
            for index, step in enumerate(STEPS, start=1):
                body = {"button": step.button} if step.button else {"text": step.text}
                texts = _event(client, body)
                check(step, texts, f"web step {index}")
                seen += texts
        assert CANARY_SENT in "\n".join(seen)
        rows = [dict(r) for r in runtime.logbook.db["help_requests"].rows]  # type: ignore[attr-defined]
        assert rows and all(r["channel"] == "web" for r in rows)
    finally:
        runtime.close()
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert leaks(settings.path.parent / "data", settings.logbook_path, logs) == []


def test_the_served_process_logs_no_canary(settings) -> None:
    """`companion serve` as a real process (its INFO logs on stderr): the scenario's plan and
    check answers never appear in what the server writes, nor under its data folder."""
    import signal

    import httpx

    from tests.server.test_server_serve import _free_port, _start

    proc, url = _start(settings.path, _free_port())
    try:
        with httpx.Client(base_url=url, timeout=20) as client:
            client.get("/")
            for index, step in enumerate(STEPS, start=1):
                body = {"button": step.button} if step.button else {"text": step.text}
                response = client.post("/api/chat", json=body)
                assert response.status_code == 200, response.text
                check(step, [r["text"] for r in response.json()["replies"]], f"served step {index}")
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert leaks(settings.path.parent / "data", settings.logbook_path, out + err) == []
