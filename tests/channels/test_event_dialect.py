"""One JSON event dialect (bot/channels/events.py) for the terminal and the web chat: the same
event means the same `Inbound` on both, and the language hint is read under "language" or
"lang" on both."""

from __future__ import annotations

import json

import pytest

from bot.channels import console, events
from bot.channels.web import chat
from bot.core.messages import Inbound, Location

SAME = [
    ({"text": "  xin chào "}, {"text": "xin chào"}),
    ({"button": "m:help"}, {"payload": "m:help"}),
    ({"command": "thoat"}, {"command": "thoat"}),
    ({"location": {"lat": 10.03, "lon": 105.78}}, {"location": Location(10.03, 105.78)}),
    ({"text": "hi", "language": "en"}, {"text": "hi", "language_hint": "en"}),
    ({"text": "hi", "lang": "en-US"}, {"text": "hi", "language_hint": "en"}),
    ({"command": "start", "lang": "vi"}, {"command": "start", "language_hint": "vi"}),
]


@pytest.mark.parametrize(("event", "expected"), SAME)
def test_terminal_and_web_read_an_event_alike(event: dict, expected: dict) -> None:
    line = console.parse_event(json.dumps({"user": "u1", **event}), 1)
    assert line == Inbound("terminal", "u1", **expected)
    assert chat.parse_event(event, "sid") == Inbound("web", "sid", **expected)


BAD = [{"text": ""}, {"text": "a", "button": "b"}, {}, {"command": "nosuchthing"},
       {"location": {"lat": "x"}}, {"location": {"lat": 91, "lon": 0}}, {"text": "a", "lang": "fr"},
       {"button": 3}, []]


@pytest.mark.parametrize("event", BAD)
def test_terminal_and_web_refuse_the_same_events(event: object) -> None:
    with pytest.raises(events.EventError):
        events.parse_event(event, "web", "sid")
    with pytest.raises(chat.BadRequest):
        chat.parse_event(event, "sid")
    if isinstance(event, dict):
        answer = console.parse_event(json.dumps({"user": "u1", **event}), 7)
        assert isinstance(answer, dict) and answer["error"].startswith("line 7: ")


def test_the_web_bounds_what_it_accepts_and_the_terminal_does_not() -> None:
    long = {"text": "a" * (chat.MAX_TEXT + 1)}
    with pytest.raises(chat.BadRequest):
        chat.parse_event(long, "sid")
    assert isinstance(console.parse_event(json.dumps({"user": "u", **long}), 1),
                      Inbound)
