"""Hypothesis over every HTTP route of the server: random and hostile bodies, deep nesting,
wrong types, huge numbers, lone surrogates, mutated Telegram and Zalo payloads (signed, so they
get past authentication). Whatever comes in: never a 500, never a traceback in the logs, never a
person's id or words (canaries) in the logs."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.routing import Mount, Route

from bot.channels.telegram import SECRET_HEADER
from bot.channels.zalo.webhook import SIGNATURE_HEADER, signature_header
from bot.testing import zalo_api
from bot.testing.telegram_api import PAYLOADS, SECRET
from tests.security.conftest import METRICS_TOKEN, OFFICER, PASSWORD, Full
from tests.security.fuzz_support import (
    CANARY_SID,
    CANARY_TEXT,
    CANARY_TG,
    CANARY_ZALO,
    bodies,
    dumps,
    field_values,
    json_values,
    load,
    mutated,
    paths,
    problems,
)

ROOT = Path(__file__).resolve().parent.parent
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

# Every route of the app and how the fuzz reaches it; test_every_route_is_fuzzed keeps this
# list complete when a route is added.
FUZZED = {"/", "/api/chat", "/api/exit", "/healthz", "/metrics", "/officer", "/officer/signin",
          "/officer/signout", "/officer/export", "/telegram/webhook", "/zalo/webhook", "/static",
          "/console", "/officer/console", "/officer/console/take", "/officer/console/send",
          "/officer/console/end", "/officer/console/stream",
          "/officer/console/chat/{ticket}/stream", "/api/live"}


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    return match.group(1) if match else "none"


def _sign_in(full: Full) -> str:
    token = _csrf(full.client.get("/officer/signin").text)
    response = full.client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                                         "password": PASSWORD},
                                follow_redirects=False)
    assert response.status_code == 303, response.text
    return _csrf(full.client.get("/officer").text)


def _check(response: Any, caplog: pytest.LogCaptureFixture,
           seen: dict[int, int] | None = None) -> None:
    if seen is not None:
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
    assert response.status_code != 500, (response.request.url, response.text[:200])
    assert "Traceback" not in response.text
    found = problems(caplog.records)
    assert not found, found


def test_every_route_is_fuzzed(full: Full) -> None:
    routes = {r.path for r in full.client.app.routes if isinstance(r, Route | Mount)}
    assert routes <= FUZZED, f"add these routes to the fuzz: {routes - FUZZED}"


def test_web_and_officer_routes(full: Full, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    csrf = _sign_in(full)
    client = full.client
    client.cookies.set("sid", CANARY_SID)
    text_values = st.one_of(json_values, st.text(max_size=50), st.sampled_from(
        ["9999", "0000", "2026-13", "2026-H3", "1e21", "-1", "99999999999999999999", "2026",
         "\ud800", "x" * 200]))

    @FUZZ
    @given(route=st.sampled_from(["chat", "exit", "index", "health", "metrics", "dashboard",
                                  "signin", "signout", "export", "static", "nowhere",
                                  "console", "take", "send", "end", "chat_stream", "live"]),
           body=bodies, value=text_values, kind=st.sampled_from(
               ["application/json", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", ""]))
    def run(route: str, body: bytes, value: Any, kind: str) -> None:
        headers = {"content-type": kind} if kind else {}
        word = value if isinstance(value, str) else str(value)
        if route == "chat":
            response = client.post("/api/chat", content=body, headers=headers)
        elif route == "exit":
            response = client.post("/api/exit", content=body, headers=headers)
        elif route == "index":
            response = client.get("/", headers={"accept-language": word.encode(
                "ascii", "replace").decode()[:100]})
        elif route == "health":
            response = client.get("/healthz")
        elif route == "metrics":
            auth = f"Bearer {METRICS_TOKEN}" if len(body) % 2 else word.encode(
                "ascii", "replace").decode()[:100]
            response = client.get("/metrics", headers={"authorization": auth})
        elif route == "dashboard":
            response = client.get("/officer", params={"period": word})
        elif route == "signin":
            response = client.post("/officer/signin", content=body, headers=headers)
        elif route == "signout":
            response = client.post("/officer/signout", content=body, headers=headers)
        elif route == "export":
            response = client.post("/officer/export", data={
                "csrf": csrf, "period": word, "format": word[:5] or "csv", "by": word[:20]})
        elif route == "static":
            response = client.get("/static/" + quote(word[:60], errors="replace"))
        elif route == "console":
            response = client.get("/officer/console" if len(body) % 2 else "/console")
        elif route in ("take", "send", "end"):
            form = word.encode("utf-8", "replace").decode()   # what a browser could send
            response = client.post(f"/officer/console/{route}", data={
                "csrf": csrf if len(body) % 3 else form, "ticket": form, "text": form})
        elif route == "chat_stream":
            response = client.get("/officer/console/chat/" + quote(word[:60], safe="",
                                                                     errors="replace")
                                  + "/stream")
        elif route == "live":
            response = client.get("/api/live", headers={"last-event-id": word.encode(
                "ascii", "replace").decode()[:100]})
        else:
            response = client.get("/" + quote(word[:60], errors="replace"))
        _check(response, caplog)

    run()
    assert full.client.get("/officer", follow_redirects=False).status_code in (200, 303)
    client.cookies.clear()       # the console's queue stream, signed out: nothing to stream
    assert client.get("/officer/console/stream").status_code == 204


def test_telegram_webhook(full: Full, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    templates = [load(PAYLOADS / name) for name in (
        "private_text.json", "callback_query.json", "private_location.json",
        "private_photo_caption.json", "group_text.json")]
    for template in templates:
        for part in ("message", "callback_query"):
            if part in template:
                body = template[part]
                body["from"]["id"] = CANARY_TG
                message = body.get("message", body)
                if message["chat"]["type"] == "private":
                    message["chat"]["id"] = CANARY_TG
                if "text" in message:
                    message["text"] = f"{CANARY_TEXT} cứu tôi"
    counter = iter(range(900_000_000, 999_999_999))
    seen: dict[int, int] = {}

    @FUZZ
    @given(data=st.data(), raw=bodies, use_raw=st.integers(0, 3).map(lambda n: n == 0), with_secret=st.integers(0, 5))
    def run(data: st.DataObject, raw: bytes, use_raw: bool, with_secret: int) -> None:
        if use_raw:
            body = raw
        else:
            template = data.draw(st.sampled_from(templates))
            path = data.draw(st.sampled_from(paths(template)))
            update = mutated(template, path, data.draw(field_values))
            if isinstance(update, dict) and path != ("update_id",):
                update["update_id"] = next(counter)
            body = dumps(update)
        headers = {"content-type": "application/json"}
        if with_secret:
            headers[SECRET_HEADER] = SECRET
        response = full.client.post("/telegram/webhook", content=body, headers=headers)
        _check(response, caplog, seen)

    run()
    # The fuzz reaches the handling of updates, not only the parser's refusals.
    assert seen.get(200, 0) >= 10 and seen.get(400, 0) >= 20, seen


def test_zalo_webhook(full: Full, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    templates = [zalo_api.event(name, CANARY_ZALO) for name in (
        "user_send_text", "user_send_location", "follow", "user_send_image",
        "user_seen_message")]
    for template in templates:
        if "text" in template.get("message", {}):
            template["message"]["text"] = f"{CANARY_TEXT} cứu tôi"
    seen: dict[int, int] = {}

    @FUZZ
    @given(data=st.data(), raw=bodies, use_raw=st.integers(0, 3).map(lambda n: n == 0), sign=st.integers(0, 5))
    def run(data: st.DataObject, raw: bytes, use_raw: bool, sign: int) -> None:
        headers = {"content-type": "application/json"}
        if use_raw:
            body = raw
            headers[SIGNATURE_HEADER] = "mac=" + "0" * 64
        else:
            template = data.draw(st.sampled_from(templates))
            path = data.draw(st.sampled_from(paths(template)))
            event = mutated(template, path, data.draw(field_values))
            if path[:1] != ("timestamp",):
                event["timestamp"] = str(int(time.time() * 1000))
            if isinstance(event.get("message"), dict) and "msg_id" in template.get("message", {}) \
                    and path[:2] != ("message", "msg_id"):
                event["message"]["msg_id"] = f"m{data.draw(st.integers(0, 10**12))}"
            body = dumps(event)
            if sign:
                app_id = event.get("app_id") if isinstance(event.get("app_id"), str) else ""
                stamp = event.get("timestamp") if isinstance(event.get("timestamp"), str) else ""
                try:
                    headers[SIGNATURE_HEADER] = signature_header(
                        app_id, body, stamp, zalo_api.OA_SECRET_KEY)
                except UnicodeEncodeError:  # a lone surrogate in app_id or timestamp
                    headers[SIGNATURE_HEADER] = "mac=00"
        response = full.client.post("/zalo/webhook", content=body, headers=headers)
        _check(response, caplog, seen)

    run()
    assert seen.get(200, 0) >= 10 and seen.get(401, 0) >= 10, seen
    full.drain()
    found = problems(caplog.records)
    assert not found, found
