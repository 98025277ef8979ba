"""The one JSON event dialect, spoken by the terminal (`companion chat --jsonl`) and the web chat
(`POST /api/chat`).

An event is a JSON object with exactly one of:
  {"text": "xin chào"}                      words typed ("/meo" is a command, like on Telegram)
  {"button": "<payload>"}                   a button the bot offered was pressed
  {"location": {"lat": 10.03, "lon": 105.78}}
  {"command": "start"}                      a command by name (bot/core/commands.py: any
                                            typed name such as "thoat", or an action such as
                                            "clear")
plus, optionally, the language the person's device uses: {"language": "en"} (the web page
sends the same as {"lang": "en"}; "vi", "en" or a tag such as "en-US"). The terminal adds
{"user": "<id>"} on every line (the web chat knows the person by a cookie instead).

`parse_event` checks one event strictly and raises `EventError` with a message that is safe to
show (it never echoes the input); the terminal prefixes it with the line number, the web chat
answers it with 400 (413 for `TooLarge`).
"""

from __future__ import annotations

import math
from typing import Any

from bot.channels.base import hint_language
from bot.core.commands import ACTIONS, COMMANDS
from bot.core.messages import Inbound, Location

KINDS = ("text", "button", "location", "command")
LANGUAGE_KEYS = ("language", "lang")


class EventError(ValueError):
    """An event the bot cannot use; the message is safe to show."""


class TooLarge(EventError):
    pass


def event_language(data: dict[str, Any]) -> str | None:
    """The language hint under "language" or "lang", as "vi"/"en"; None when there is none."""
    for key in LANGUAGE_KEYS:
        value = data.get(key)
        if value is None:
            continue
        hint = hint_language(value) if isinstance(value, str) else None
        if hint is None:
            raise EventError(f'"{key}" must be "vi" or "en"')
        return hint
    return None


def parse_event(data: Any, channel: str, user: str, *, max_text: int | None = None,
                max_payload: int | None = None) -> Inbound:
    """One event → `Inbound` for `user` on `channel`; `max_text`/`max_payload` bound what a
    channel open to the internet accepts."""
    if not isinstance(data, dict):
        raise EventError("expected a JSON object")
    language = event_language(data)
    kinds = [k for k in KINDS if k in data]
    if len(kinds) != 1:
        raise EventError('send exactly one of "text", "button", "location", "command"')
    kind = kinds[0]
    value = data[kind]
    base: dict[str, Any] = {"channel": channel, "user": user, "language_hint": language}
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise EventError('"text" must be a non-empty string')
        if max_text is not None and len(value) > max_text:
            raise TooLarge(f'"text" is longer than {max_text} characters')
        return Inbound(**base, text=value.strip())
    if kind == "button":
        if not isinstance(value, str) or not value or (max_payload is not None
                                                       and len(value) > max_payload):
            raise EventError('"button" must be the payload of a button the bot offered')
        return Inbound(**base, payload=value)
    if kind == "location":
        return Inbound(**base, location=location(value))
    name = value.lower().lstrip("/") if isinstance(value, str) else ""
    if name not in COMMANDS and name not in ACTIONS:
        raise EventError('"command" is not one the bot knows')
    return Inbound(**base, command=name)


def location(value: Any) -> Location:
    if not isinstance(value, dict):
        raise EventError('"location" needs numeric "lat" and "lon"')
    lat, lon = value.get("lat"), value.get("lon")
    for number in (lat, lon):
        if isinstance(number, bool) or not isinstance(number, int | float) \
                or not math.isfinite(number):
            raise EventError('"location" needs numeric "lat" and "lon"')
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise EventError('"location" is not a point on Earth')
    return Location(float(lat), float(lon))
