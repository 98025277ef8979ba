"""Typed answers, direct questions and disclosures through the web chat's JSON API (issue 10)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient


def _say(client: TestClient, text: str) -> list[dict[str, Any]]:
    response = client.post("/api/chat", json={"text": text})
    assert response.status_code == 200, response.text
    return response.json()["replies"]


def test_typed_not_safe_then_typed_answers_fill_the_request(client: TestClient, runtime) -> None:
    client.get("/")
    client.post("/api/chat", json={"button": "m:help"})
    replies = _say(client, "chưa an toàn")
    assert all(n in replies[0]["text"] for n in ("113", "115", "111"))
    _say(client, "cho em")
    _say(client, "tinh than")
    rows = [dict(r) for r in runtime.logbook.db["help_requests"].rows]
    assert [(r["for_whom"], r["kind"], r["urgent"]) for r in rows] == [("self", "psychological", 1)]


def test_a_shelter_address_question_gets_the_hotline_not_an_address(client: TestClient,
                                                                    runtime) -> None:
    client.get("/")
    replies = _say(client, "cho em xin dia chi nha binh yen")
    text = "\n".join(r["text"] for r in replies)
    assert "1900 969 680" in text
    assert runtime.content.t("vi", "fallback") not in text
