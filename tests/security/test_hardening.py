"""The malformed requests the operator's trial found, one by one: each is a clear 4xx (or an
event quietly ignored), with at most one log line by kind, no traceback and no id in the logs.
Plus the guards around every request: the body deadline, the request-head deadline, the
catch-all, /metrics off the public port, coarse emergency counts and trusted proxies."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import threading
import time
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from bot import metrics
from bot.channels.telegram import SECRET_HEADER
from bot.channels.zalo.webhook import SIGNATURE_HEADER, signature_header
from bot.http import safe_json
from bot.http.clients import client_key, resolve_client
from bot.http.middleware import BodyDeadline, CatchAll
from bot.metrics import CoarseCounter
from bot.testing import zalo_api
from bot.testing.telegram_api import PAYLOADS, SECRET, payload
from tests.security.conftest import METRICS_TOKEN, OFFICER, PASSWORD, Full
from tests.security.fuzz_support import CANARY_TG, CANARY_ZALO, dumps, problems

DEEP = b"[" * 1000 + b"]" * 1000


def _clean(caplog: pytest.LogCaptureFixture) -> None:
    found = problems(caplog.records)
    assert not found, found


def _signed(event: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = dumps(event)
    return body, {SIGNATURE_HEADER: signature_header(zalo_api.APP_ID, body, event["timestamp"],
                                                     zalo_api.OA_SECRET_KEY),
                  "content-type": "application/json"}


def test_deep_json_is_400_on_every_json_endpoint(full: Full,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    json_type = {"content-type": "application/json"}
    assert full.client.post("/api/chat", content=DEEP, headers=json_type).status_code == 400
    assert full.client.post("/telegram/webhook", content=DEEP,
                            headers={**json_type, SECRET_HEADER: SECRET}).status_code == 400
    # Before the signature check: refused as unreadable, cheaply, without a traceback.
    assert full.client.post("/zalo/webhook", content=DEEP, headers={
        **json_type, SIGNATURE_HEADER: "mac=00"}).status_code == 401
    _clean(caplog)


def test_telegram_date_1e21_is_400_with_one_line(full: Full,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    update = payload("private_text.json")
    update["update_id"] = 770000001
    update["message"]["date"] = 1e21
    update["message"]["from"]["id"] = update["message"]["chat"]["id"] = CANARY_TG
    response = full.client.post("/telegram/webhook", content=dumps(update), headers={
        SECRET_HEADER: SECRET, "content-type": "application/json"})
    assert response.status_code == 400
    lines = [r for r in caplog.records if r.name.startswith("bot.channels.telegram")]
    assert len(lines) == 1 and "malformed update" in lines[0].getMessage()
    _clean(caplog)


@pytest.mark.parametrize("change", ["event_name_list", "surrogate_sender", "sender_list",
                                    "message_list", "attachments_junk", "msg_id_dict"])
def test_signed_junk_zalo_events_are_ignored_quietly(full: Full, change: str,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    event = zalo_api.event("user_send_text", CANARY_ZALO, text="xin chào")
    if change == "event_name_list":
        event["event_name"] = ["user_send_text"]
    elif change == "surrogate_sender":
        event["sender"]["id"] = CANARY_ZALO + "\ud800"
    elif change == "sender_list":
        event["sender"] = [CANARY_ZALO]
    elif change == "message_list":
        event["message"] = [1, 2]
    elif change == "attachments_junk":
        event["event_name"] = "user_send_location"
        event["message"]["attachments"] = [{"payload": {"coordinates": [1e308, "\ud800"]}}, 7]
    else:
        event["message"]["msg_id"] = {"$gt": ""}
    body, headers = _signed(event)
    response = full.client.post("/zalo/webhook", content=body, headers=headers)
    assert response.status_code == 200
    full.drain()
    _clean(caplog)


def test_officer_periods_are_bounded(full: Full, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    page = full.client.get("/officer/signin").text
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    full.client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                              "password": PASSWORD})
    for period in ("9999", "0001", "9999-12", "2026-H9", "99999999999999999999", "1999-Q1"):
        response = full.client.get("/officer", params={"period": period})
        assert response.status_code == 200, period
        assert 'role="alert"' in response.text, period
    csrf = re.search(r'name="csrf" value="([^"]+)"', response.text).group(1)
    exported = full.client.post("/officer/export", data={"csrf": csrf, "format": "csv",
                                                         "period": "9999", "by": "kind"})
    assert exported.status_code == 400
    _clean(caplog)


def test_metrics_are_not_on_the_public_port_without_the_token(full: Full) -> None:
    assert full.client.get("/metrics").status_code == 404
    assert full.client.get("/metrics", headers={"authorization": "Bearer nope"}).status_code \
        == 404
    shown = full.client.get("/metrics", headers={"authorization": f"Bearer {METRICS_TOKEN}"})
    assert shown.status_code == 200 and "companion_updates_total" in shown.text


def test_metrics_can_have_a_port_of_their_own(settings: Any) -> None:
    import dataclasses
    import urllib.request

    from tests.server.conftest import free_port

    port = free_port()
    moved = dataclasses.replace(settings, metrics=dataclasses.replace(settings.metrics,
                                                                      port=port))
    server = metrics.serve_separately(moved)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
            assert b"companion_emergencies_total" in answer.read()
    finally:
        server.shutdown()


def test_emergencies_are_exposed_coarsely() -> None:
    now = [7200.0]
    counter = CoarseCounter("t_emergencies", "test", ["channel"], step=5, period=3600,
                            clock=lambda: now[0])
    for _ in range(7):
        counter.labels("web").inc()
    assert counter.exposed("web") == 0          # nothing shown within the hour it happened
    now[0] += 3600
    assert counter.exposed("web") == 5          # the hour closed: 7, rounded down to 5
    counter.labels("web").inc()
    counter.labels("web").inc()
    counter.labels("web").inc()
    assert counter.exposed("web") == 5          # 10 in all, but the last three are this hour
    now[0] += 3600
    assert counter.exposed("web") == 10
    family = next(iter(counter.collect()))
    assert [s.value for s in family.samples if s.name.endswith("_total")] == [10]


def test_forwarded_for_is_read_only_from_trusted_proxies() -> None:
    from bot.http.clients import parse_networks

    proxies = parse_networks(["10.0.0.0/8"])
    assert resolve_client("203.0.113.5", "1.2.3.4", proxies) == "203.0.113.5"
    assert resolve_client("127.0.0.1", "1.2.3.4", ()) == "127.0.0.1"
    assert resolve_client("10.0.0.1", "1.2.3.4, 10.9.9.9", proxies) == "1.2.3.4"
    assert resolve_client("10.0.0.1", "6.6.6.6, 1.2.3.4", proxies) == "1.2.3.4"
    assert resolve_client("10.0.0.1", "junk", proxies) == "10.0.0.1"
    assert client_key("2001:db8:1:2:3:4:5:6") == client_key("2001:db8:1:2:ffff::1")
    assert client_key("::ffff:192.0.2.1") == "192.0.2.1"


def test_json_bounds() -> None:
    assert safe_json.loads(b'{"a": [[1]]}', max_depth=3) == {"a": [[1]]}
    for body in (b"[" * 33 + b"]" * 33, b"NaN", b"1e999", b"9" * 5000, b"\xff", b"[" * 10**6):
        with pytest.raises(safe_json.JsonRejected):
            safe_json.loads(body)
    assert safe_json.loads(b'"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["') == "[" * 36
    assert safe_json.loads(b'{"id": "\\ud800x"}') == {"id": "\ufffdx"}
    assert safe_json.loads(b'"\\ud83d\\ude00"') == "😀"
    started = time.perf_counter()
    with pytest.raises(safe_json.JsonRejected):
        safe_json.loads(b'"' + b'\\"' * 300_000 + b"\\")
    assert time.perf_counter() - started < 1.0


async def test_a_slow_body_gets_408_and_a_route_error_one_line(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def echo(request: Any) -> Any:
        from starlette.responses import Response

        return Response(await request.body())

    async def broken(request: Any) -> Any:
        raise ValueError(f"user {CANARY_ZALO} wrote something")

    from starlette.exceptions import HTTPException

    from bot.server import _http_error

    app = Starlette(routes=[Route("/echo", echo, methods=["POST"]), Route("/broken", broken)],
                    exception_handlers={HTTPException: _http_error})
    app.add_middleware(CatchAll)
    app.add_middleware(BodyDeadline, seconds=0.2)
    sent: list[dict[str, Any]] = []

    async def trickle() -> dict[str, Any]:
        await asyncio.sleep(0.15)
        return {"type": "http.request", "body": b"x", "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/echo", "headers": [],
             "query_string": b"", "root_path": "", "scheme": "http", "server": ("t", 80),
             "client": ("1.2.3.4", 1)}
    await app(scope, trickle, send)
    assert sent[0]["status"] == 408
    sent.clear()

    async def nothing() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    await app({**scope, "method": "GET", "path": "/broken"}, nothing, send)   # no re-raise
    assert sent[0]["status"] == 500
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].getMessage().startswith("unhandled ValueError at ")
    _clean(caplog)


def test_a_request_head_must_arrive_in_time() -> None:
    import uvicorn

    from bot.http.protocol import timed_protocol
    from tests.server.conftest import free_port

    async def ok(request: Any) -> Any:
        from starlette.responses import PlainTextResponse

        return PlainTextResponse("ok")

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=[Route("/", ok)]), host="127.0.0.1",
                                           port=port, log_level="warning",
                                           http=timed_protocol(0.5), proxy_headers=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        slow = socket.create_connection(("127.0.0.1", port))
        slow.settimeout(5)
        started = time.monotonic()
        slow.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        try:                       # a header line every 0.1 s: data keeps coming, the head never
            for _ in range(15):
                time.sleep(0.1)
                slow.sendall(b"X-Slow: 1\r\n")
            answer = slow.recv(1)
        except OSError:            # reset or broken pipe: closed while we were still sending
            answer = b""
        assert answer == b"" and time.monotonic() - started < 3
        with socket.create_connection(("127.0.0.1", port)) as quick:
            quick.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert quick.recv(100).startswith(b"HTTP/1.1 200")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_recorded_telegram_updates_pass_the_field_checks() -> None:
    from bot.channels.telegram.checks import update_ok

    recorded = sorted(PAYLOADS.glob("*.json"))
    assert recorded
    for path in recorded:
        assert update_ok(payload(path.name)), path.name
    bad = payload("private_text.json")
    bad["message"]["chat"]["id"] = "\ufffd"
    assert not update_ok(bad)
