"""The suite's conversation mix: every conversation of the YAML transcripts (tests/transcripts/),
replayed as events, so the benchmarks measure what people actually send (typed sentences with
and without diacritics, button taps, commands, shared locations) in both languages.

`events_of` turns one conversation into `Inbound`s lazily: a `press` step needs the replies to
the previous event to find its button's payload, so the caller passes them back in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.core.messages import Inbound, Location, Reply

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = ROOT / "tests" / "transcripts"


def conversations(folder: Path = TRANSCRIPTS) -> list[dict[str, Any]]:
    """Every conversation of every transcript file, in file order."""
    found: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yml")):
        found.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return found


def inbound_of(step: dict[str, Any], last: list[Reply], channel: str, user: str) -> Inbound | None:
    """The event of one transcript step; None for a `press` whose button was not offered."""
    if "say" in step:
        return Inbound(channel, user, text=str(step["say"]))
    if "button" in step:
        return Inbound(channel, user, payload=str(step["button"]))
    if "command" in step:
        return Inbound(channel, user, command=str(step["command"]))
    if "location" in step:
        lat, lon = step["location"]
        return Inbound(channel, user, location=Location(float(lat), float(lon)))
    if "press" in step:
        for reply in last:
            for button in reply.buttons:
                if button.label == str(step["press"]):
                    return Inbound(channel, user, payload=button.payload)
    return None


def replay(convo: dict[str, Any], handle: Callable[[Inbound], list[Reply]], channel: str,
           user: str) -> Iterator[list[Reply]]:
    """Run one conversation through a synchronous `handle`, yielding each turn's replies."""
    last: list[Reply] = []
    for step in convo["steps"]:
        inbound = inbound_of(step, last, channel, user)
        if inbound is None:
            continue
        last = handle(inbound)
        yield last


def typed_texts(convos: list[dict[str, Any]]) -> list[str]:
    """The typed messages of the mix (what the NLU reads)."""
    return [str(s["say"]) for c in convos for s in c["steps"]
            if "say" in s and not str(s["say"]).startswith("/")]
