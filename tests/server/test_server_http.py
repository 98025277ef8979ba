"""The server's own routes through HTTP: /healthz, /metrics, bad input, headers, channel hosting."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from bot.channels.base import Handler
from bot.core.messages import Inbound, Reply
from bot.server import create_app


def test_healthz_reports_logbook_and_sessions(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "logbook": "ok", "sessions": "ok",
                               "channels": ["web"], "logbook_spooled": 0}


def test_healthz_is_503_when_the_logbook_is_unreachable(client: TestClient, runtime) -> None:
    runtime.logbook.close()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["logbook"] == "down"
    assert response.json()["status"] == "degraded"


def test_metrics_count_web_events_without_user_data(runtime, monkeypatch) -> None:
    # /metrics on the chat port answers only the configured bearer token ([metrics] token_env).
    monkeypatch.setenv("COMPANION_METRICS_TOKEN", "metrics-test-token")
    client = TestClient(create_app(runtime, []), raise_server_exceptions=False)
    client.headers["Authorization"] = "Bearer metrics-test-token"
    before = _metric(client.get("/metrics").text, 'companion_updates_total{channel="web"}')
    client.get("/")
    client.post("/api/chat", json={"text": "xin chào, tôi tên Lan"})
    client.post("/api/chat", json={"command": "start"})
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert _metric(text, 'companion_updates_total{channel="web"}') == before + 2
    assert _metric(text, 'companion_replies_total{channel="web"}') >= 2
    assert 'companion_handling_seconds_bucket{channel="web",le="0.25"}' in text
    assert "Lan" not in text
    assert client.cookies["sid"] not in text


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_unknown_route_is_404_without_traceback(client: TestClient) -> None:
    response = client.get("/wp-admin/setup.php")
    assert response.status_code == 404
    assert "Traceback" not in response.text
    api = client.post("/api/nothing", json={})
    assert api.status_code == 404
    assert api.json() == {"error": "Not Found"}


def test_oversized_body_is_413(client: TestClient, settings) -> None:
    big = json.dumps({"text": "a" * (settings.web.max_body_bytes + 1)})
    response = client.post("/api/chat", content=big,
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "Traceback" not in response.text
    # Refused before any route reads it, anywhere on the server.
    assert client.post("/officer/signin", content=b"x" * (settings.web.max_body_bytes + 1),
                       headers={"content-type": "application/x-www-form-urlencoded"}
                       ).status_code == 413


def test_malformed_json_is_400(client: TestClient) -> None:
    for body in (b"{not json", b"\xff\xfe", b"", b"[1, 2]", b'{"text": 5}', b'{"text": ""}',
                 b'{"text": "a", "button": "b"}', b'{"command": "rm -rf"}',
                 b'{"location": {"lat": 200, "lon": 0}}', b'{"location": {"lat": "x"}}',
                 b'{"text": "hi", "lang": "fr"}', b'{"location": {"lat": NaN, "lon": 1}}'):
        response = client.post("/api/chat", content=body,
                               headers={"content-type": "application/json"})
        assert response.status_code == 400, body
        assert "error" in response.json()
        assert "Traceback" not in response.text


def test_non_json_content_type_is_refused(client: TestClient) -> None:
    response = client.post("/api/chat", data={"text": "hi"})
    assert response.status_code == 415


def test_wrong_method_is_405(client: TestClient) -> None:
    assert client.get("/api/chat").status_code == 405


def test_security_headers_on_the_chat_page(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    headers = response.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"


def test_static_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/").text
    assert "http://" not in page.split("<body")[0] and "https://" not in page.split("<body")[0]
    for asset, kind in (("/static/chat.js", "javascript"), ("/static/chat.css", "css"),
                        ("/static/officer.css", "css")):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert kind in response.headers["content-type"]
    assert client.get("/static/../server.py").status_code == 404
    js = client.get("/static/chat.js").text
    for banned in ("localStorage.", "sessionStorage.", "document.cookie", ".innerHTML", "eval("):
        assert banned not in js


class _LoopbackChannel:
    """A minimal webhook channel: it posts what it receives to the handler, like a real one."""

    name: ClassVar[str] = "loopback"

    def __init__(self) -> None:
        self.events: list[str] = []

    def routes(self, handle: Handler) -> Sequence[Route]:
        async def hook(request: Request) -> JSONResponse:
            data = await request.json()
            replies = await handle(Inbound(channel="web", user=data["user"], command="start"))
            return JSONResponse({"n": len(replies)})

        return [Route("/loopback/webhook", hook, methods=["POST"])]

    async def start(self, handle: Handler) -> None:
        self.events.append("start")

    async def send(self, recipient: str, reply: Reply) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        self.events.append("stop")


def test_channel_routes_are_hosted_and_lifespan_starts_and_stops_them(runtime) -> None:
    channel = _LoopbackChannel()
    app = create_app(runtime, [channel], cookie_secret="x" * 32)
    with TestClient(app) as client:
        assert channel.events == ["start"]
        response = client.post("/loopback/webhook", json={"user": "u-1"})
        assert response.status_code == 200
        assert response.json()["n"] >= 1
        assert client.get("/healthz").json()["channels"] == ["loopback", "web"]
    assert channel.events == ["start", "stop"]
