"""Privacy: what is kept, in plain words; "clear this chat" ends the session and asks the
channel to forget (the `forget` action)."""

from __future__ import annotations

from bot.core.flows import handoff
from bot.core.messages import Button
from bot.core.turn import Turn


def show(turn: Turn) -> None:
    turn.session.goto("privacy")
    turn.say(turn.t("privacy_text"),
             (Button(turn.t("privacy_clear"), "p:clear"), Button(turn.t("privacy_keep"), "menu")))


def clear(turn: Turn) -> None:
    """Quick exit: one neutral line, nothing else, and the session is gone (out of the
    counsellors' queue or chat too)."""
    handoff.quit_silently(turn)
    turn.replies.clear()
    turn.say(turn.t("cleared"), forget=True)
    turn.end_session = True
