"""Type checks on a Telegram update's fields before python-telegram-bot or the channel uses them.

PTB's `de_json` trusts the JSON: a chat id that is a string, a `date` of 1e21, a location that
is a list all pass through to where they fail later (in the middle of answering someone, or in a
message to Telegram). Telegram itself never sends such updates, so one that has them is refused
at the door (400) with one log line by kind. Only the fields the channel reads are checked;
unknown fields are left to PTB, which ignores what it does not know.
"""

from __future__ import annotations

import math
from typing import Any

MAX_ID = 2**53                  # Telegram ids fit in 52 bits (a double's exact integers)
MAX_DATE = 2**32
MAX_TEXT = 10_000               # a message is at most 4,096 characters; leave room


def _int(value: Any, low: int = -MAX_ID, high: int = MAX_ID) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _str(value: Any, limit: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _optional(data: dict[str, Any], key: str, check: Any) -> bool:
    return key not in data or data[key] is None or check(data[key])


def _user(value: Any) -> bool:
    return (isinstance(value, dict) and _int(value.get("id")) and _optional(value, "is_bot",
            lambda v: isinstance(v, bool)) and _optional(value, "first_name", _str)
            and _optional(value, "language_code", lambda v: _str(v, 35)))


def _chat(value: Any) -> bool:
    return isinstance(value, dict) and _int(value.get("id")) and _str(value.get("type"), 32)


def _location(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(value.get(k), int | float) and not isinstance(value.get(k), bool)
        and math.isfinite(value[k]) for k in ("latitude", "longitude"))


def _entities(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 100 and all(
        isinstance(e, dict) and _str(e.get("type"), 64) and _int(e.get("offset"), 0, MAX_TEXT)
        and _int(e.get("length"), 0, MAX_TEXT) for e in value)


def _message(value: Any, depth: int = 0) -> bool:
    if not isinstance(value, dict) or depth > 2:
        return False
    return (_int(value.get("message_id"), 0) and _int(value.get("date"), 0, MAX_DATE)
            and _chat(value.get("chat")) and _optional(value, "from", _user)
            and _optional(value, "text", _str) and _optional(value, "caption", _str)
            and _optional(value, "location", _location)
            and _optional(value, "entities", _entities)
            and _optional(value, "caption_entities", _entities)
            and _optional(value, "edit_date", lambda v: _int(v, 0, MAX_DATE))
            and _optional(value, "reply_to_message", lambda v: _message(v, depth + 1))
            and _optional(value, "new_chat_members",
                          lambda v: isinstance(v, list) and all(map(_user, v))))


def _callback(value: Any) -> bool:
    return (isinstance(value, dict) and _str(value.get("id"), 256) and _user(value.get("from"))
            and _optional(value, "data", lambda v: _str(v, 256))
            and _optional(value, "message", _message))


CHECKS = {"message": _message, "edited_message": _message, "channel_post": _message,
          "edited_channel_post": _message, "callback_query": _callback}


def update_ok(data: dict[str, Any]) -> bool:
    """True when every field of `data` the channel reads has Telegram's type and range."""
    return all(check(data[key]) for key, check in CHECKS.items() if key in data)
