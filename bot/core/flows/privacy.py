"""Privacy: what is kept, in plain words; "clear this chat" ends the session and asks the
channel to forget (the `forget` action)."""

from __future__ import annotations

from bot.core.flows import handoff
from bot.core.messages import Button
from bot.core.turn import Turn


def show(turn: Turn) -> None:
    turn.session.goto("privacy")
    text = turn.t("privacy_text")
    service = getattr(turn.services, "followups", None)
    if service is not None and service.offers(turn.inbound.channel):
        text = f"{text}\n\n{turn.t('fu_privacy')}"   # what a check-in keeps, if asked for
    turn.say(text,
             (Button(turn.t("privacy_clear"), "p:clear"), Button(turn.t("privacy_keep"), "menu")))


def clear(turn: Turn) -> None:
    """Quick exit: one neutral line, nothing else, and the session is gone (a pending check-in,
    and the counsellors' queue or chat, too)."""
    from bot.core.flows import followup

    followup.forget(turn)  # a pending check-in goes too
    handoff.quit_silently(turn)
    turn.replies.clear()
    turn.say(turn.t("cleared"), forget=True)
    turn.end_session = True
