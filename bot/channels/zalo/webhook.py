"""Checking a Zalo OA webhook request before anything in it is believed.

Zalo signs every event with the header `X-ZEvent-Signature: mac=<hex>` where
`hex = sha256(app_id + raw body + timestamp + OA secret key)`, `app_id` and `timestamp` being the
fields of the JSON body itself. Source read: chatwoot's `app/jobs/webhooks/zalo_events_job.rb`
(hashes `"#{app_id}#{post_body}#{timestamp}#{oa_secret_key}"` and compares it with
`"mac=#{hash}"`), in agreement with the issue text; Zalo's own page was not reachable offline.
The raw bytes are hashed exactly as they arrived: re-serialising the JSON would change spacing
and break the mac.

A correct mac only proves that Zalo produced the event once. `timestamp` (milliseconds, usually a
string such as "1700000000000") lets us refuse an old event replayed later, and the `msg_id` (or,
for events without one such as `follow`, a digest of the body) lets a retry be handled once.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from bot.channels.zalo.mapping import clean_event
from bot.http import safe_json

SIGNATURE_HEADER = "X-ZEvent-Signature"
MAX_BODY = 64 * 1024
MAX_DEPTH = 8            # message.attachments[0].payload.coordinates is 5 deep


def compute_mac(app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> str:
    """The hex digest Zalo puts after `mac=`."""
    data = app_id.encode() + body + timestamp.encode() + oa_secret_key.encode()
    return hashlib.sha256(data).hexdigest()


def signature_header(app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> str:
    """The full header value, as Zalo sends it (used by the fake server and tests)."""
    return "mac=" + compute_mac(app_id, body, timestamp, oa_secret_key)


def _field_text(value: Any) -> str | None:
    """`app_id` and `timestamp` arrive as strings; accept integers too (as their JSON digits)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


@dataclass(frozen=True)
class Verdict:
    """What to answer Zalo, and the event when it may be processed."""

    status: int
    reason: str
    event: dict[str, Any] | None = None

    @property
    def accepted(self) -> bool:
        return self.event is not None


def check_request(body: bytes, header: str | None, *, app_id: str, oa_secret_key: str,
                  now_ms: int, window_seconds: int) -> Verdict:
    """Authenticate one webhook request. Reasons are fixed words, safe to count or log.

    401: no header, unreadable body, wrong app, wrong mac (nothing in the body is trusted).
    403: correctly signed but the timestamp is outside the replay window.
    The JSON is parsed within bounds (size, depth) before the mac is checked, and an accepted
    event is rebuilt from type-checked fields (`zalo_mapping.clean_event`).
    """
    if not header or not header.startswith("mac="):
        return Verdict(401, "missing_signature")
    try:
        event = safe_json.loads(body, max_bytes=MAX_BODY, max_depth=MAX_DEPTH)
    except safe_json.JsonRejected:
        return Verdict(401, "unreadable")
    if not isinstance(event, dict):
        return Verdict(401, "unreadable")
    body_app_id = _field_text(event.get("app_id"))
    timestamp = _field_text(event.get("timestamp"))
    if body_app_id is None or timestamp is None:
        return Verdict(401, "unsigned_fields")
    expected = compute_mac(body_app_id, body, timestamp, oa_secret_key)
    given = header.removeprefix("mac=").strip().lower()
    if not hmac.compare_digest(expected.encode(), given.encode()):
        return Verdict(401, "bad_signature")
    # Checked after the mac so that a forger learns nothing about our app id.
    if not hmac.compare_digest(body_app_id.encode(), app_id.encode()):
        return Verdict(401, "wrong_app")
    try:
        sent_ms = int(timestamp)
    except ValueError:
        return Verdict(403, "bad_timestamp")
    if abs(now_ms - sent_ms) > window_seconds * 1000:
        return Verdict(403, "replay")
    return Verdict(200, "ok", clean_event(event))


def dedup_token(event: dict[str, Any], body: bytes) -> str:
    """What identifies one delivery across Zalo's retries: the message id when there is one.

    The caller hashes this again (keyed) before it reaches the session store, so the store never
    holds a raw Zalo message id.
    """
    message = event.get("message")
    if isinstance(message, dict):
        msg_id = message.get("msg_id")
        if isinstance(msg_id, str | int) and str(msg_id):
            return f"m:{msg_id}"
    return "b:" + hashlib.sha256(body).hexdigest()
