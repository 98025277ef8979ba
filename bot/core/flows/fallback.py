"""Fallback: anything not understood gets a short answer with 111 and the menu; never a dead end."""

from __future__ import annotations

from bot.core.render import menu_reply
from bot.core.turn import Turn


def fallback(turn: Turn) -> None:
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t("fallback")))


def simple(turn: Turn, key: str) -> None:
    """A one-line answer (thanks, goodbye, "are you a bot?") followed by the menu."""
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t(key)))
