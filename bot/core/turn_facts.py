"""What a turn found out that its channel may need after it, without another store look-up.

A channel that wants to know sets a fresh dict in `turn_facts` before calling the handler; the
engine fills it at the end of the turn (the turn runs in a copy of the caller's context, so the
same dict is seen by both). Keys: "handoff" — True while the person waits for or chats with a
counsellor. The web chat opens its live stream only then, instead of asking the desk (a Redis
round trip from a thread, on a shared desk) after every turn. A key that is missing means "not
known" (the engine failed): the channel asks as before.
"""

from __future__ import annotations

from contextvars import ContextVar

turn_facts: ContextVar[dict[str, object] | None] = ContextVar("turn_facts", default=None)


def note(key: str, value: object) -> None:
    """Record a fact for the caller, if it asked for facts."""
    facts = turn_facts.get()
    if facts is not None:
        facts[key] = value
