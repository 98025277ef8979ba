"""Talking to the real engine in tests, as a new person each time: the turns in, the last
turn's replies out."""

from __future__ import annotations

import itertools

from bot.core.messages import Inbound, Reply

_users = itertools.count()


def chat(rt, *turns: str, prefix: str = "talk") -> list[Reply]:
    """A fresh person sends `turns` (text, or "btn:PAYLOAD" for a button); the last turn's
    replies."""
    user = f"{prefix}-{next(_users)}"
    last: list[Reply] = []
    for turn in turns:
        if turn.startswith("btn:"):
            last = rt.engine.handle(Inbound("test", user, payload=turn[4:]))
        else:
            last = rt.engine.handle(Inbound("test", user, text=turn))
    return last


def text_of(replies: list[Reply]) -> str:
    """Every reply's text, one after another."""
    return "\n".join(r.text for r in replies)


def first_numbers(replies: list[Reply]) -> list[str]:
    """The numbers of the first reply that carries call buttons, in order."""
    for reply in replies:
        numbers = [b.value for b in reply.buttons if b.kind == "phone"]
        if numbers:
            return numbers
    return []


_CRISIS_QUESTIONS = ("Bạn có đang an toàn lúc này không?", "Are you safe right now?")


def crisis_or_now(replies: list[Reply]) -> bool:
    """The crisis pathway's answer: its question about safety, or 115/113 first (harm now)."""
    text = text_of(replies)
    return any(q in text for q in _CRISIS_QUESTIONS) or first_numbers(replies)[:1] in (["115"], ["113"])
