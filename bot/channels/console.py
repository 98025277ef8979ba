"""The terminal channel: an interactive chat, and the JSON-lines protocol of DESIGN.md.

JSON-lines mode is a stable interface that scripts and tests drive exactly as a person would:
one output line per input line holding every reply to it, flushed at once, nothing else on
stdout. Bad input gets an error object for that line and the session goes on. The events are the
web chat's (`bot.channels.events`), with "user" on every line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import ClassVar, TextIO

from bot.channels import events
from bot.channels.base import Handler, numbered_lines
from bot.core.messages import Button, Inbound, Location, Reply

CHANNEL = "terminal"


def parse_event(line: str, number: int) -> Inbound | dict[str, str]:
    """One JSON line → Inbound, or an error object naming the line (the dialect of
    `bot.channels.events`, plus "user" on every line)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return {"error": f"line {number}: not valid JSON"}
    if not isinstance(data, dict):
        return {"error": f"line {number}: expected a JSON object"}
    user = data.get("user")
    if not isinstance(user, str) or not user:
        return {"error": f'line {number}: "user" must be a non-empty string'}
    try:
        return events.parse_event(data, CHANNEL, user)
    except events.EventError as exc:
        return {"error": f"line {number}: {exc}"}


class JsonLinesChannel:
    name: ClassVar[str] = CHANNEL

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None):
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout

    def routes(self, handle: Handler) -> Sequence:
        return []

    async def start(self, handle: Handler) -> None:
        for number, line in enumerate(self.stdin, start=1):
            if not line.strip():
                continue
            event = parse_event(line, number)
            if isinstance(event, dict):
                self._write(event)
                continue
            replies = await handle(event)
            self._write({"user": event.user, "replies": [r.to_json() for r in replies]})

    def _write(self, obj: dict) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stdout.flush()

    async def send(self, recipient: str, reply: Reply) -> None:
        self._write({"user": recipient, "replies": [reply.to_json()]})

    async def stop(self) -> None:
        return None


class InteractiveChannel:
    """A person at a terminal: buttons become numbered lines; typing the number presses it."""

    name: ClassVar[str] = CHANNEL

    def __init__(self, user: str = "terminal-user", stdin: TextIO | None = None,
                 stdout: TextIO | None = None):
        self.user = user
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self._buttons: list[Button] = []

    def routes(self, handle: Handler) -> Sequence:
        return []

    async def start(self, handle: Handler) -> None:
        self._print("(Type a message; a number presses that button; 'loc LAT LON' shares a "
                    "location; Ctrl-D quits.)")
        for reply in await handle(Inbound(CHANNEL, self.user, command="start")):
            await self.send(self.user, reply)
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                self._print("")
                return
            event = self.parse(line.strip())
            if event is None:
                continue
            self._buttons = []
            for reply in await handle(event):
                await self.send(self.user, reply)

    def parse(self, text: str) -> Inbound | None:
        if not text:
            return None
        if text.isdigit() and 1 <= int(text) <= len(self._buttons):
            button = self._buttons[int(text) - 1]
            if button.kind == "choice":
                return Inbound(CHANNEL, self.user, payload=button.payload)
            self._print(f"{button.label}: {button.value}")
            return None
        parts = text.split()
        if parts[0].lower() == "loc" and len(parts) == 3:
            try:
                return Inbound(CHANNEL, self.user, location=Location(float(parts[1]), float(parts[2])))
            except ValueError:
                self._print("Usage: loc LAT LON, e.g. loc 10.03 105.78")
                return None
        return Inbound(CHANNEL, self.user, text=text)

    async def send(self, recipient: str, reply: Reply) -> None:
        self._print("")
        self._print(reply.text)
        if reply.buttons:
            for line in numbered_lines(reply, start=len(self._buttons) + 1):
                self._print(f"  {line}")
            self._buttons.extend(reply.buttons)
        if reply.request_location:
            self._print("  (share a location: loc LAT LON)")
        if reply.forget:
            self.stdout.write("\033[2J\033[H" if self.stdout.isatty() else "")

    def _print(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    async def stop(self) -> None:
        return None
