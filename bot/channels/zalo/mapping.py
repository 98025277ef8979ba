"""Zalo OA webhook events → `Inbound`, and `Reply` → Zalo message bodies. Pure functions.

Event shapes (chatwoot `zalo/incoming_message_service.rb` and `zalo/messages/location_service.rb`,
public webhook samples; recorded in bot/testing/payloads/zalo/): message events have `event_name`,
`app_id`, `timestamp` (ms, a string), `sender.id`, `recipient.id` (the OA) and `message.msg_id`;
`user_send_text` has `message.text`; `user_send_location` has
`message.attachments[0].payload.coordinates.latitude/longitude` (strings in the schemas seen);
`follow` has `follower.id` instead of `sender`.

Sending (eSMS's documentation of its relay of Zalo's "consultation message with buttons" shows the
body): `{"recipient": {"user_id"}, "message": {"text", "attachment": {"type": "template",
"payload": {"buttons": [...]}}}}` with button types `oa.query.hide` (payload: a string that comes
back to the OA as a hidden user_send_text), `oa.open.phone` (payload `{"phone_code": "111"}`) and
`oa.open.url` (payload `{"url"}`). Limits: text ≤ 2000 characters (issue text), at most 5 buttons
(a zod schema of this API), title ≤ 100 and query payload ≤ 1000 characters (redai-zalo-sdk's
BUTTON_TYPES_GUIDE; another schema says 20 for titles, so keep labels short). What does not fit is
shown as numbered text lines, which the person can answer by typing the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.channels.base import Texts, numbered_lines, reply_language
from bot.channels.base import split_text as base_split
from bot.core.messages import Button, Inbound, Location, Reply

CHANNEL = "zalo"
MAX_TEXT = 2000
MAX_BUTTONS = 5
MAX_TITLE = 100
MAX_QUERY_PAYLOAD = 1000
MEDIA_EVENTS = frozenset({"user_send_image", "user_send_sticker", "user_send_audio",
                          "user_send_video", "user_send_file", "user_send_gif",
                          "user_send_business_card"})

# Zalo cannot let the bot delete a conversation: the person has to. The quick exit's answer adds
# where the option is in the Zalo app (ui.yml `zalo_forget_help`).
FORGET_KEY = "zalo_forget_help"


@dataclass
class Offered:
    """The choices the bot showed this person recently, so their answers map back to payloads.

    `payloads`: what oa.query.hide buttons send back as text. `numbers`: for choices shown as
    numbered lines (over Zalo's button limit), the typed number → payload. Kept in the session
    store under a keyed hash, with the session TTL.
    """

    payloads: list[str] = field(default_factory=list)
    numbers: dict[str, str] = field(default_factory=dict)

    KEEP = 64

    def to_json(self) -> dict[str, Any]:
        return {"p": self.payloads[: self.KEEP], "n": self.numbers}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Offered:
        if not data:
            return cls()
        payloads = [p for p in data.get("p", []) if isinstance(p, str)]
        numbers = {str(k): v for k, v in dict(data.get("n", {})).items() if isinstance(v, str)}
        return cls(payloads, numbers)

    def merged_with(self, newer: Offered) -> Offered:
        """Newest first; older buttons stay pressable (they are still on screen), numbers do not
        (a typed number refers to the latest list only)."""
        payloads = list(dict.fromkeys(newer.payloads + self.payloads))[: self.KEEP]
        return Offered(payloads, dict(newer.numbers))


_EVENT_NAME = re.compile(r"^[a-z][a-z_]{0,63}$")
_ZALO_ID = re.compile(r"^[0-9]{1,32}$")
_MSG_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
MAX_EVENT_TEXT = 20_000


def _id(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**32:
        return str(value)
    return value if isinstance(value, str) and _ZALO_ID.match(value) else None


def _party(value: Any) -> dict[str, str] | None:
    ident = _id(value.get("id")) if isinstance(value, dict) else None
    return {"id": ident} if ident is not None else None


def _coordinate(value: Any) -> str | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return value if isinstance(value, str) and len(value) <= 32 else None


def _attachment(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    kind = value.get("type")
    clean: dict[str, Any] = {"type": kind if isinstance(kind, str) and len(kind) <= 32 else ""}
    payload = value.get("payload")
    coords = payload.get("coordinates") if isinstance(payload, dict) else None
    if isinstance(coords, dict):
        lat, lon = _coordinate(coords.get("latitude")), _coordinate(coords.get("longitude"))
        if lat is not None and lon is not None:
            clean["payload"] = {"coordinates": {"latitude": lat, "longitude": lon}}
    return clean


def clean_event(event: dict[str, Any]) -> dict[str, Any]:
    """The event rebuilt from type-checked fields only: what the channel reads, nothing else.

    A field of the wrong type or shape (an `event_name` that is a list, a `sender.id` that is not
    Zalo's digits, say one with a lone surrogate) is dropped, so the event is then ignored like
    any the bot does not act on, instead of failing somewhere later with the value in an error
    message. `app_id` and `timestamp` were checked with the signature.
    """
    clean: dict[str, Any] = {"app_id": event.get("app_id"), "timestamp": event.get("timestamp")}
    name = event.get("event_name")
    if isinstance(name, str) and _EVENT_NAME.match(name):
        clean["event_name"] = name
    for key in ("sender", "follower", "recipient"):
        party = _party(event.get(key))
        if party is not None:
            clean[key] = party
    message = event.get("message")
    if isinstance(message, dict):
        msg: dict[str, Any] = {}
        msg_id = message.get("msg_id")
        if isinstance(msg_id, int) and not isinstance(msg_id, bool):
            msg_id = str(msg_id)
        if isinstance(msg_id, str) and _MSG_ID.match(msg_id):
            msg["msg_id"] = msg_id
        text = message.get("text")
        if isinstance(text, str) and len(text) <= MAX_EVENT_TEXT:
            msg["text"] = text
        attachments = message.get("attachments")
        if isinstance(attachments, list):
            msg["attachments"] = [a for a in map(_attachment, attachments[:10]) if a is not None]
        clean["message"] = msg
    return clean


def event_user(event: dict[str, Any]) -> str | None:
    for key in ("sender", "follower"):
        part = event.get(key)
        if isinstance(part, dict) and part.get("id") not in (None, ""):
            return str(part["id"])
    return None


def event_to_inbound(event: dict[str, Any], offered: Offered | None = None) -> Inbound | None:
    """The `Inbound` for one event, or None for events the bot does not act on."""
    name = event.get("event_name")
    user = event_user(event)
    if not isinstance(name, str) or user is None:
        return None
    message = event.get("message") if isinstance(event.get("message"), dict) else {}
    if name == "user_send_text":
        text = message.get("text")
        if not isinstance(text, str) or not text.strip():
            return None
        offered = offered or Offered()
        if text in offered.payloads:
            return Inbound(CHANNEL, user, payload=text)
        number = offered.numbers.get(text.strip())
        if number is not None:
            return Inbound(CHANNEL, user, payload=number)
        return Inbound(CHANNEL, user, text=text)
    if name == "user_send_location":
        location = _location(message)
        return Inbound(CHANNEL, user, location=location) if location else None
    if name == "follow":
        return Inbound(CHANNEL, user, command="start")
    if name in MEDIA_EVENTS:
        return Inbound(CHANNEL, user, command="media")
    return None


def _location(message: dict[str, Any]) -> Location | None:
    try:
        coords = message["attachments"][0]["payload"]["coordinates"]
        lat, lon = float(coords["latitude"]), float(coords["longitude"])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return Location(lat, lon)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Chunks of at most `limit` characters (Zalo counts characters), cut at a break if possible."""
    return base_split(text, limit)


def _title(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_TITLE else label[: MAX_TITLE - 1].rstrip() + "…"


def _zalo_button(button: Button) -> dict[str, Any] | None:
    """One Zalo template button, or None when it cannot be one (then it becomes a text line)."""
    if button.kind == "phone":
        digits = re.sub(r"[^\d+]", "", button.value or "")
        if not digits:
            return None
        return {"title": _title(button.label), "type": "oa.open.phone",
                "payload": {"phone_code": digits}}
    if button.kind == "url":
        if not (button.value or "").startswith(("http://", "https://")):
            return None
        return {"title": _title(button.label), "type": "oa.open.url",
                "payload": {"url": button.value}}
    if not button.payload or len(button.payload) > MAX_QUERY_PAYLOAD:
        return None
    return {"title": _title(button.label), "type": "oa.query.hide", "payload": button.payload}


def reply_to_bodies(user_id: str, reply: Reply, texts: Texts | None = None,
                    default_language: str = "vi") -> tuple[list[dict[str, Any]], Offered]:
    """The message/cs bodies for one reply (several when the text is long), and the choices
    they offer. Buttons ride on the last chunk, so they sit under the end of the text. With
    `texts` (Content.t), the quick exit's answer says how to delete the conversation."""
    text = reply.text
    if reply.forget and texts is not None:
        language = reply_language(reply, texts, ("cleared",), default_language, guess=True)
        help_text = texts(language, FORGET_KEY)
        text = f"{text}\n\n{help_text}" if text else help_text
    widgets: list[dict[str, Any]] = []
    overflow: list[Button] = []
    offered = Offered()
    for button in reply.buttons:
        widget = _zalo_button(button) if len(widgets) < MAX_BUTTONS else None
        if widget is None:
            overflow.append(button)
            continue
        widgets.append(widget)
        if widget["type"] == "oa.query.hide":
            offered.payloads.append(button.payload)
    if overflow:
        text = "\n".join([text, *numbered_lines(Reply(text, tuple(overflow)))])
        for number, button in enumerate(overflow, start=1):
            if button.kind == "choice" and button.payload:
                offered.numbers[str(number)] = button.payload
    chunks = split_text(text)
    bodies = [{"recipient": {"user_id": user_id}, "message": {"text": chunk}} for chunk in chunks]
    if widgets:
        bodies[-1]["message"]["attachment"] = {"type": "template",
                                               "payload": {"buttons": widgets}}
    return bodies, offered
