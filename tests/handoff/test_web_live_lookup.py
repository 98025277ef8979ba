"""The web chat asks the counsellors' desk for a live chat only when the turn left the person
with a counsellor (bot/core/turn_facts.py): on a shared desk each question is a Redis round trip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from bot.runtime import Runtime
from bot.server import create_app


@pytest.fixture
def counted(runtime: Runtime) -> Iterator[tuple[TestClient, list[tuple[str, str]]]]:
    asked: list[tuple[str, str]] = []
    real = runtime.desk.ticket_of

    def ticket_of(channel: str, user: str):
        asked.append((channel, user))
        return real(channel, user)

    runtime.desk.ticket_of = ticket_of  # type: ignore[method-assign]
    with TestClient(create_app(runtime, [], cookie_secret="test-secret")) as client:
        yield client, asked


def _chat(client: TestClient, event: dict) -> dict:
    response = client.post("/api/chat", json=event)
    assert response.status_code == 200, response.text
    return response.json()


def test_ordinary_turns_never_ask_the_desk(counted) -> None:
    client, asked = counted
    for event in ({"command": "start"}, {"button": "m:numbers"}, {"text": "xin chào"}):
        assert "live" not in _chat(client, event)
    assert asked == []


def test_joining_the_queue_opens_the_live_chat_and_leaving_closes_it(counted, runtime) -> None:
    client, asked = counted
    runtime.desk.online("lan")
    assert "live" not in _chat(client, {"command": "start"})
    assert _chat(client, {"button": "m:human"}).get("live") is True
    assert _chat(client, {"text": "em chờ được"}).get("live") is True
    assert "live" not in _chat(client, {"button": "hd:leave"})
    before = len(asked)      # the engine's own questions while waiting, and the chat's
    assert "live" not in _chat(client, {"button": "m:numbers"})
    assert len(asked) == before      # out of the queue: the desk is not asked again
