"""A fake Zalo OA server on 127.0.0.1 that speaks real HTTP, and recorded webhook events made
fresh and signed (payloads/zalo/*.json), for the Zalo channel's tests and benchmarks.

It plays both Zalo services the channel talks to:
- `POST /v3.0/oa/message/cs` (openapi.zalo.me): checks the `access_token` header, validates the
  body against the limits cited in bot/channels/zalo/mapping.py (text ≤ 2000, ≤ 5 buttons,
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
import time
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from bot.testing.loopback import Call, Request, Response, ThreadedLoopback

PAYLOADS = Path(__file__).parent / "payloads" / "zalo"
SEND_PATH = "/v3.0/oa/message/cs"
REFRESH_PATH = "/v4/oa/access_token"
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
    """A recorded payload (payloads/zalo/<name>.json) with this user, a fresh msg_id and
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


class FakeZalo(ThreadedLoopback):
    """State and error injection; `start()` serves it on a free loopback port. Every request is
    recorded as a `Call` named by its path (`SEND_PATH`, `REFRESH_PATH`), its body as params."""

    name = "fake Zalo"

    def __init__(self, *, access_ttl: int = 90000):
        super().__init__()
        self.access_ttl = access_ttl
        self.access: dict[str, float] = {}     # access token -> expiry (unix seconds)
        self.revoked: set[str] = set()
        self.refresh_valid: set[str] = set()
        self.refresh_spent: set[str] = set()
        self.messages: list[dict[str, Any]] = []   # accepted message bodies
        self.invalid: list[str] = []               # why bodies were rejected as malformed
        self.send_tokens: list[str] = []
        self.reuse_rejections = 0
        self.send_faults: deque[int | str] = deque()
        self.refresh_faults: deque[int | str] = deque()
        self.initial_refresh = self.new_refresh_token()

    @property
    def send_attempts(self) -> int:
        return len(self.calls_of(SEND_PATH))

    @property
    def refresh_calls(self) -> int:
        return len(self.calls_of(REFRESH_PATH))

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

    def respond(self, request: Request) -> Response | None:
        if request.method == "POST" and request.path == SEND_PATH:
            return self._on_send(request)
        if request.method == "POST" and request.path == REFRESH_PATH:
            return self._on_refresh(request)
        return Response(404, {"error": 404, "message": "not found"})

    def _fault(self, faults: deque[int | str]) -> tuple[bool, Response | None]:
        """(True, answer) when a fault is due; the answer None drops the connection."""
        with self.lock:
            fault = faults.popleft() if faults else None
        if fault is None:
            return False, None
        if fault == "drop":
            return True, None
        if fault == "http500":
            return True, Response(500, {"error": -1, "message": "internal error"})
        assert isinstance(fault, int)
        return True, Response(200, {"error": fault,
                                    "message": ERROR_MESSAGES.get(fault, "error")})

    def _on_send(self, request: Request) -> Response | None:
        token = request.headers.get("access_token", "")
        try:
            body = json.loads(request.body)
        except ValueError:
            body = None
        self.record(Call(SEND_PATH, body if isinstance(body, dict) else {}))
        with self.lock:
            self.send_tokens.append(token)
            expiry = self.access.get(token)
            revoked = token in self.revoked
        faulted, answer = self._fault(self.send_faults)
        if faulted:
            return answer
        if expiry is None or revoked:
            return Response(200, {"error": -216, "message": ERROR_MESSAGES[-216]})
        if expiry <= time.time():
            return Response(200, {"error": -220, "message": ERROR_MESSAGES[-220]})
        problem = _check_body(body)
        if problem:
            with self.lock:
                self.invalid.append(problem)
            return Response(200, {"error": -201, "message": f"{ERROR_MESSAGES[-201]}: {problem}"})
        with self.lock:
            self.messages.append(copy.deepcopy(body))
            number = len(self.messages)
        return Response(200, {"error": 0, "message": "Success",
                              "data": {"message_id": f"oamsg{number:08d}",
                                       "user_id": body["recipient"]["user_id"]}})

    def _on_refresh(self, request: Request) -> Response | None:
        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        self.record(Call(REFRESH_PATH, form))
        faulted, answer = self._fault(self.refresh_faults)
        if faulted:
            return answer
        if request.headers.get("secret_key") != APP_SECRET or form.get("app_id") != APP_ID \
                or form.get("grant_type") != "refresh_token":
            return Response(200, {"error": -14002, "error_name": "Invalid app",
                                  "error_description": "secret_key or app_id is wrong"})
        token = form.get("refresh_token", "")
        with self.lock:
            valid = token in self.refresh_valid
            if valid:
                self.refresh_valid.discard(token)
                self.refresh_spent.add(token)
            elif token in self.refresh_spent:
                self.reuse_rejections += 1
        if not valid:
            return Response(200, {"error": -14014, "error_name": "Invalid refresh token",
                                  "error_description": "refresh token is invalid or used"})
        access = self.issue_access_token()
        refresh = self.new_refresh_token()
        return Response(200, {"access_token": access, "refresh_token": refresh,
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
