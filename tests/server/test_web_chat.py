"""The web chat's JSON API driven as the page drives it, through the real engine and logbook."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from bot.core.messages import Inbound, Reply
from bot.server import create_app
from bot.sessions import session_key


def _payloads(replies: list[dict[str, Any]]) -> list[str]:
    return [b["payload"] for r in replies for b in r["buttons"]]


def _press(client: TestClient, payload: str) -> list[dict[str, Any]]:
    response = client.post("/api/chat", json={"button": payload})
    assert response.status_code == 200, response.text
    return response.json()["replies"]


def _rows(runtime) -> list[dict[str, Any]]:
    return [dict(r) for r in runtime.logbook.db["help_requests"].rows]


def test_page_sets_only_an_opaque_httponly_strict_session_cookie(client: TestClient) -> None:
    response = client.get("/")
    cookies = response.headers.get_list("set-cookie")
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie.startswith("sid=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Max-Age" not in cookie and "expires" not in cookie.lower()  # a browser-session cookie
    sid = client.cookies["sid"]
    assert len(sid) >= 32
    # A second visit keeps the same id; a different client gets a different one.
    assert "set-cookie" not in client.get("/").headers
    with TestClient(client.app) as other:
        other.get("/")
        assert other.cookies["sid"] != sid


def test_page_language_follows_the_browser(client: TestClient) -> None:
    assert '<html lang="en">' in client.get("/", headers={"accept-language": "en-GB,en"}).text
    assert '<html lang="vi">' in client.get("/", headers={"accept-language": "vi-VN"}).text
    assert '<html lang="vi">' in client.get("/", headers={"accept-language": "fr"}).text


def test_page_carries_the_configured_exit_url_and_hotlines(client: TestClient, settings) -> None:
    page = client.get("/").text
    assert f'data-exit-url="{settings.web.quick_exit_url}"' in page
    for hotline in settings.hotlines:
        assert hotline.number in page


def test_start_gives_the_welcome_with_a_phone_button(client: TestClient) -> None:
    client.get("/")
    replies = client.post("/api/chat", json={"command": "start", "lang": "en"}).json()["replies"]
    assert replies, "the engine answers start"
    assert "bot" in replies[0]["text"].lower() or "chatbot" in replies[0]["text"].lower()
    phones = [b for r in replies for b in r["buttons"] if b.get("kind") == "phone"]
    assert any(b["value"] == "111" for b in phones)


def test_a_help_request_through_the_api_adds_one_web_row(client: TestClient, runtime) -> None:
    assert _rows(runtime) == []
    client.get("/")
    start = client.post("/api/chat", json={"command": "start"}).json()["replies"]
    help_payload = next(p for p in _payloads(start) if p.startswith("m:help"))
    replies = _press(client, help_payload)
    for wanted in ("h:safe:no", "h:who:self", "h:kind:physical"):
        assert wanted in _payloads(replies), (wanted, _payloads(replies))
        replies = _press(client, wanted)
    assert any(r["request_location"] for r in replies)
    located = client.post("/api/chat", json={"location": {"lat": 10.03, "lon": 105.78}})
    assert located.status_code == 200
    final = located.json()["replies"]
    assert final
    rows = _rows(runtime)
    assert len(rows) == 1
    row = rows[0]
    assert row["channel"] == "web"
    assert (row["for_whom"], row["kind"], row["urgent"]) == ("self", "physical", 1)
    # Nothing that could identify the person went into the row.
    assert client.cookies["sid"] not in repr(rows)


def test_a_cookie_is_issued_when_the_api_is_called_without_one(client: TestClient) -> None:
    response = client.post("/api/chat", json={"command": "start"})
    assert response.status_code == 200
    assert "sid=" in response.headers["set-cookie"]


def test_quick_exit_clears_the_session_and_drops_the_cookie(client: TestClient, runtime,
                                                            settings) -> None:
    client.get("/")
    sid = client.cookies["sid"]
    _press(client, "m:help")
    assert runtime.sessions.get(session_key("web", sid)) is not None
    response = client.post("/api/exit")
    assert response.status_code == 200
    assert response.json() == {"exit_url": settings.web.quick_exit_url}
    cookie = response.headers["set-cookie"]
    assert cookie.startswith('sid=""') and "Max-Age=0" in cookie
    assert runtime.sessions.get(session_key("web", sid)) is None
    assert "sid" not in client.cookies


def test_typed_clear_command_forgets_and_drops_the_cookie(client: TestClient, runtime) -> None:
    client.get("/")
    sid = client.cookies["sid"]
    _press(client, "m:help")
    response = client.post("/api/chat", json={"text": "/xoa"})
    replies = response.json()["replies"]
    assert any(r.get("forget") for r in replies)
    assert "Max-Age=0" in response.headers["set-cookie"]
    assert runtime.sessions.get(session_key("web", sid)) is None


def test_engine_failure_still_answers_with_the_emergency_numbers(runtime) -> None:
    class Broken:
        settings = runtime.settings
        sessions = runtime.sessions
        logbook = runtime.logbook

        async def handle(self, inbound: Inbound) -> list[Reply]:
            raise RuntimeError("secret user text must not leak")

    with TestClient(create_app(Broken(), [], cookie_secret="s" * 32)) as client:
        response = client.post("/api/chat", json={"text": "help"})
        assert response.status_code == 503
        body = response.json()
        assert "secret" not in response.text and "Traceback" not in response.text
        text = body["replies"][0]["text"]
        assert text.index("113") < text.index("115") < text.index("111")
        # Leaving works even when the engine does not.
        assert client.post("/api/exit").status_code == 200
