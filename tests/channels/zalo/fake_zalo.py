"""A fake Zalo OA server on 127.0.0.1 that speaks real HTTP, for the Zalo channel's tests.

It plays both Zalo services the channel talks to:
- `POST /v3.0/oa/message/cs` (openapi.zalo.me): checks the `access_token` header, validates the
  body against the limits cited in bot/channels/zalo_mapping.py (text ≤ 2000, ≤ 5 buttons,
  titles ≤ 100, known button types with their payload shapes) and records accepted messages;
- `POST /v4/oa/access_token` (oauth.zaloapp.com): checks `secret_key`, `app_id`,
  `grant_type=refresh_token`, and honours **single-use** refresh tokens: a token is spent by the
  first refresh, and a reuse is rejected like Zalo does.
Errors can be injected per endpoint: a Zalo error code, an HTTP 500, or a dropped connection.

It also signs webhook events the way Zalo does (`sign`), independently of the code under test.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import secrets
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

PAYLOADS = Path(__file__).parent / "payloads"
APP_ID = "360846524940903967"
APP_SECRET = "fake-app-secret"
OA_SECRET_KEY = "fake-oa-secret-key"

ERROR_MESSAGES = {
    -32: "Exceeded the rate limit",
    -201: "Parameters are invalid",
    -216: "Access token is invalid",
    -220: "Access token has expired",
    -230: "User has not interacted with the OA in the past 7 days",
    -232: "User has not interacted with the OA within the allowed time",
}
BUTTON_TYPES = {"oa.query.hide", "oa.query.show", "oa.open.url", "oa.open.phone", "oa.open.sms"}


def sign(body: bytes, app_id: str = APP_ID, timestamp: str | None = None,
         secret: str = OA_SECRET_KEY) -> str:
    """`X-ZEvent-Signature` for a body: mac = sha256(app_id + body + timestamp + OA secret key)."""
    if timestamp is None:
        timestamp = str(json.loads(body)["timestamp"])
    return "mac=" + hashlib.sha256(app_id.encode() + body + timestamp.encode()
                                   + secret.encode()).hexdigest()


_ids = itertools.count(1)


def event(name: str, user: str = "246845883529197922", *, text: str | None = None,
          lat: str | None = None, lon: str | None = None, timestamp_ms: int | None = None,
          msg_id: str | None = None) -> dict[str, Any]:
    """A recorded payload (tests/channels/zalo/payloads/<name>.json) with this user, a fresh msg_id and
    the current time, so each call is a new, in-window event."""
    data = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    for key in ("sender", "follower"):
        if key in data:
            data[key]["id"] = user
    data["timestamp"] = str(timestamp_ms if timestamp_ms is not None else int(time.time() * 1000))
    message = data.get("message")
    if isinstance(message, dict) and "msg_id" in message:
        message["msg_id"] = msg_id or f"msg{next(_ids):06d}{secrets.token_hex(4)}"
    if text is not None:
        data["message"]["text"] = text
    if lat is not None and lon is not None:
        coords = data["message"]["attachments"][0]["payload"]["coordinates"]
        coords["latitude"], coords["longitude"] = lat, lon
    return data


def signed(data: dict[str, Any], secret: str = OA_SECRET_KEY) -> tuple[bytes, dict[str, str]]:
    """Body bytes and headers of a webhook request as Zalo would POST it."""
    body = json.dumps(data, ensure_ascii=False).encode()
    return body, {"X-ZEvent-Signature": sign(body, secret=secret),
                  "Content-Type": "application/json"}


class FakeZalo:
    """State and error injection; `start()` serves it on a free loopback port."""

    def __init__(self, *, access_ttl: int = 90000):
        self.access_ttl = access_ttl
        self.lock = threading.Lock()
        self.access: dict[str, float] = {}     # access token -> expiry (unix seconds)
        self.revoked: set[str] = set()
        self.refresh_valid: set[str] = set()
        self.refresh_spent: set[str] = set()
        self.messages: list[dict[str, Any]] = []   # accepted message bodies
        self.invalid: list[str] = []               # why bodies were rejected as malformed
        self.send_attempts = 0
        self.send_tokens: list[str] = []
        self.refresh_calls = 0
        self.reuse_rejections = 0
        self.send_faults: deque[int | str] = deque()
        self.refresh_faults: deque[int | str] = deque()
        self.initial_refresh = self.new_refresh_token()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- tokens --------------------------------------------------------------------------

    def new_refresh_token(self) -> str:
        token = "rt-" + secrets.token_urlsafe(12)
        with self.lock:
            self.refresh_valid.add(token)
        return token

    def issue_access_token(self, ttl: int | None = None) -> str:
        token = "at-" + secrets.token_urlsafe(12)
        with self.lock:
            self.access[token] = time.time() + (ttl if ttl is not None else self.access_ttl)
        return token

    def expire_all_access_tokens(self) -> None:
        with self.lock:
            for token in self.access:
                self.access[token] = 0.0

    def revoke_all_access_tokens(self) -> None:
        with self.lock:
            self.revoked.update(self.access)

    # -- serving -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeZalo:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.split("?")[0] == "/v3.0/oa/message/cs":
                    fake._on_send(self, raw)
                elif self.path.split("?")[0] == "/v4/oa/access_token":
                    fake._on_refresh(self, raw)
                else:
                    _answer(self, 404, {"error": 404, "message": "not found"})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _fault(self, faults: deque[int | str], handler: BaseHTTPRequestHandler) -> bool:
        with self.lock:
            fault = faults.popleft() if faults else None
        if fault is None:
            return False
        if fault == "drop":
            handler.close_connection = True
            return True
        if fault == "http500":
            _answer(handler, 500, {"error": -1, "message": "internal error"})
            return True
        assert isinstance(fault, int)
        _answer(handler, 200, {"error": fault, "message": ERROR_MESSAGES.get(fault, "error")})
        return True

    def _on_send(self, handler: BaseHTTPRequestHandler, raw: bytes) -> None:
        token = handler.headers.get("access_token", "")
        with self.lock:
            self.send_attempts += 1
            self.send_tokens.append(token)
            expiry = self.access.get(token)
            revoked = token in self.revoked
        if self._fault(self.send_faults, handler):
            return
        if expiry is None or revoked:
            _answer(handler, 200, {"error": -216, "message": ERROR_MESSAGES[-216]})
            return
        if expiry <= time.time():
            _answer(handler, 200, {"error": -220, "message": ERROR_MESSAGES[-220]})
            return
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        problem = _check_body(body)
        if problem:
            with self.lock:
                self.invalid.append(problem)
            _answer(handler, 200, {"error": -201, "message": f"{ERROR_MESSAGES[-201]}: {problem}"})
            return
        with self.lock:
            self.messages.append(copy.deepcopy(body))
            number = len(self.messages)
        _answer(handler, 200, {"error": 0, "message": "Success",
                               "data": {"message_id": f"oamsg{number:08d}",
                                        "user_id": body["recipient"]["user_id"]}})

    def _on_refresh(self, handler: BaseHTTPRequestHandler, raw: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        with self.lock:
            self.refresh_calls += 1
        if self._fault(self.refresh_faults, handler):
            return
        if handler.headers.get("secret_key") != APP_SECRET or form.get("app_id") != APP_ID \
                or form.get("grant_type") != "refresh_token":
            _answer(handler, 200, {"error": -14002, "error_name": "Invalid app",
                                   "error_description": "secret_key or app_id is wrong"})
            return
        token = form.get("refresh_token", "")
        with self.lock:
            valid = token in self.refresh_valid
            if valid:
                self.refresh_valid.discard(token)
                self.refresh_spent.add(token)
            elif token in self.refresh_spent:
                self.reuse_rejections += 1
        if not valid:
            _answer(handler, 200, {"error": -14014, "error_name": "Invalid refresh token",
                                   "error_description": "refresh token is invalid or used"})
            return
        access = self.issue_access_token()
        refresh = self.new_refresh_token()
        _answer(handler, 200, {"access_token": access, "refresh_token": refresh,
                               "expires_in": str(self.access_ttl)})

    # -- what the person would see ------------------------------------------------------------

    def texts(self) -> list[str]:
        return [m["message"].get("text", "") for m in self.messages]

    def buttons(self) -> list[dict[str, Any]]:
        found = []
        for m in self.messages:
            attachment = m["message"].get("attachment") or {}
            found.extend(attachment.get("payload", {}).get("buttons", []))
        return found


def _answer(handler: BaseHTTPRequestHandler, status: int, data: dict[str, Any]) -> None:
    payload = json.dumps(data).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


def _check_body(body: Any) -> str | None:
    """Zalo's documented constraints on a consultation message with buttons."""
    if not isinstance(body, dict):
        return "body is not a JSON object"
    user = (body.get("recipient") or {}).get("user_id")
    if not isinstance(user, str) or not user:
        return "recipient.user_id missing"
    message = body.get("message")
    if not isinstance(message, dict):
        return "message missing"
    text = message.get("text")
    attachment = message.get("attachment")
    if not text and not attachment:
        return "message has neither text nor attachment"
    if text is not None and (not isinstance(text, str) or len(text) > 2000):
        return "text longer than 2000 characters"
    if attachment is None:
        return None
    if attachment.get("type") != "template":
        return "attachment.type is not template"
    buttons = (attachment.get("payload") or {}).get("buttons")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= 5:
        return "template needs 1 to 5 buttons"
    for button in buttons:
        kind, title, payload = button.get("type"), button.get("title"), button.get("payload")
        if kind not in BUTTON_TYPES:
            return f"unknown button type {kind}"
        if not isinstance(title, str) or not title or len(title) > 100:
            return "button title must be 1-100 characters"
        if kind in ("oa.query.hide", "oa.query.show"):
            if not isinstance(payload, str) or not payload or len(payload) > 1000:
                return "query payload must be a string of 1-1000 characters"
        elif kind == "oa.open.phone":
            phone = (payload or {}).get("phone_code") if isinstance(payload, dict) else None
            if not isinstance(phone, str) or not phone.lstrip("+").isdigit():
                return "oa.open.phone needs payload.phone_code digits"
        elif kind == "oa.open.url":
            url = (payload or {}).get("url") if isinstance(payload, dict) else None
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                return "oa.open.url needs payload.url"
    return None
