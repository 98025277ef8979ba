"""Asking for a person: a place in the counsellors' queue when one is online within the hours,
else the honest answer (nobody online now, 111 free 24/7 and the other numbers) in the same turn.

While the person waits or chats, what they type goes to the counsellor (the engine has already
read it for danger: 113/115/111 come first and the message is flagged to the counsellor);
commands and buttons still work; "thôi", "leave", "huỷ" or the button leaves; the quick exit
ends it without a word to anyone. The desk (bot/handoff) holds the queue and the live messages;
the server delivers what a counsellor writes through the person's own channel.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from bot.core.answers import forms
from bot.core.messages import Button
from bot.core.render import menu_buttons, phone_button
from bot.core.turn import Turn
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

log = logging.getLogger(__name__)

LEAVE_WORDS = frozenset({
    "thoi", "thoi khoi", "thoi khong cho nua", "khong cho nua", "ko cho nua", "k cho nua",
    "huy", "huy bo", "roi hang cho", "roi khoi hang cho", "thoat hang cho", "ket thuc",
    "ket thuc tro chuyen", "dung lai", "thoi dung", "toi muon roi hang cho",
    "leave", "leave the queue", "leave queue", "cancel", "stop", "end", "end chat",
    "end the chat", "quit", "i want to leave", "never mind", "nevermind",
})


def _desk(turn: Turn) -> Any:
    return turn.services.handoff


def _numbers(turn: Turn) -> tuple[Button, ...]:
    known = {h.id: h for h in turn.services.settings.hotlines}
    return tuple(phone_button(turn.lang, known[i]) for i in ("national", "women", "police")
                 if i in known)


def honest(turn: Turn, why: str | None = None) -> None:
    """Nobody to chat with now: say so, with 111 (24/7) and the other numbers one tap away."""
    key = {"hours": "handoff.outside_hours", "off": "ask_human_reply"}.get(
        why or "", "handoff.nobody_online")
    turn.say(turn.t(key, hours=turn.services.settings.handoff.hours),
             (*_numbers(turn), Button(turn.t("back_to_menu"), "menu")))


def current(turn: Turn) -> Any:
    """The person's ticket while it is waiting or live; forgets an ended or expired one."""
    desk, ticket_id = _desk(turn), turn.session.handoff
    if desk is None or not ticket_id:
        return None
    try:
        ticket = desk.get(ticket_id)
    except Exception as exc:
        log.warning("handoff desk unavailable: %s", type(exc).__name__)
        return None
    if ticket is None or ticket.state == "ended":
        turn.session.handoff = None
        return None
    return ticket


def ask(turn: Turn) -> None:
    """A place in the queue, or the honest answer; never a dead end."""
    desk = _desk(turn)
    ticket = current(turn)
    if ticket is not None:
        _say_status(turn, ticket)
        return
    try:
        why = "off" if desk is None else desk.available()
    except Exception as exc:   # the desk is down: the honest answer, at once
        log.warning("handoff desk unavailable: %s", type(exc).__name__)
        why = "error"
    if why is not None:
        honest(turn, why)
        if desk is not None and why not in ("off", "error"):
            desk.count(turn.inbound.channel, turn.lang, "unavailable")
        return
    inbound = turn.inbound
    ticket = desk.join(inbound.channel, inbound.user, turn.lang, _about(turn))
    turn.session.handoff = ticket.id
    place = desk.place(ticket.id) or 1
    turn.say(turn.t("handoff.joined", place=place, minutes=desk.expected_minutes(place)),
             (Button(turn.t("handoff.leave"), "hd:leave"), *_numbers(turn)[:1]))


def _about(turn: Turn) -> dict[str, Any]:
    """The help request's who / kind / urgent, if one was made: nothing else about the person."""
    state = turn.session.help
    if not state and turn.session.emergency is None:
        return {}
    about: dict[str, Any] = {}
    if state.get("who") in ("self", "other", "child"):
        about["who"] = state["who"]
    if state.get("kind") and state.get("kind") != "skip":
        about["kind"] = state["kind"]
    about["urgent"] = state.get("safe") == "no" or turn.session.emergency is not None
    return about


def _say_status(turn: Turn, ticket: Any) -> None:
    if ticket.state == "live":
        turn.say(turn.t("handoff.already_live"), (Button(turn.t("handoff.end"), "hd:leave"),))
        return
    place = _desk(turn).place(ticket.id) or 1
    turn.say(turn.t("handoff.still_waiting", place=place,
                    minutes=_desk(turn).expected_minutes(place)),
             (Button(turn.t("handoff.leave"), "hd:leave"),))


def on_payload(turn: Turn, action: str) -> None:
    if action == "leave":
        ticket = current(turn)
        if ticket is None:
            turn.say(turn.t("menu_prompt"), menu_buttons(turn.services.content, turn.lang))
            return
        leave(turn, ticket)
    else:    # "ask" and anything stale
        ask(turn)


# Polite particles and pronouns around a leave word ("thôi ạ", "huỷ nha", "em thôi").
_AROUND = re.compile(r"^(?:(?:em|e|toi|tui|minh|cho em|cho toi|please|ok|okay)\s+)*(.*?)"
                     r"(?:\s+(?:a|nha|nhe|nhen|di|nghen|dau|roi|please|thanks|now))*$")
# While waiting (nobody has joined yet), saying one no longer wants to wait leaves too.
_STOP_WAITING = re.compile(
    r"\b(khong (muon )?cho( nua)?|roi (khoi )?hang cho|thoat (khoi )?hang cho|huy (hang cho|"
    r"yeu cau)|stop waiting|leave the queue|(do not|dont|don't) want to wait|no longer wait)\b")


def is_leave(text: str, waiting: bool = False) -> bool:
    """A word that ends the handoff: a bare leave word ("thôi", "huỷ", "leave"), with or
    without particles or diacritics; while still waiting, also "I don't want to wait"."""
    for form in {*forms(text), fold(text)}:
        bare = form.strip(" .!?…,").strip()
        match = _AROUND.match(bare)
        if bare in LEAVE_WORDS or (match is not None and match.group(1) in LEAVE_WORDS):
            return True
        if waiting and len(bare.split()) <= 8 and _STOP_WAITING.search(bare):
            return True
    return False


def on_text(turn: Turn, text: str) -> bool:
    """Typed text while waiting or live: to the counsellor (or leaving); False when the person
    is no longer in a handoff (the bot reads the message as usual)."""
    ticket = current(turn)
    if ticket is None:
        return False
    if is_leave(text, waiting=ticket.state == "waiting"):
        leave(turn, ticket)
        return True
    _desk(turn).said(ticket, text)
    if ticket.state == "waiting":
        _say_status(turn, ticket)
    return True


def after_danger(turn: Turn, text: str) -> None:
    """Danger typed during a handoff: the numbers went out first; the counsellor sees the
    message flagged."""
    ticket = current(turn)
    if ticket is None:
        return
    _desk(turn).said(ticket, text, danger=True)
    if ticket.state == "live":
        turn.say(turn.t("handoff.danger_seen"))


def leave(turn: Turn, ticket: Any) -> None:
    was_live = ticket.state == "live"
    _desk(turn).end(ticket.id, "person")
    turn.session.handoff = None
    turn.session.goto(None)
    turn.say(turn.t("handoff.ended_by_person" if was_live else "handoff.left"),
             menu_buttons(turn.services.content, turn.lang))


def quit_silently(turn: Turn) -> None:
    """Quick exit: out of the queue or the chat at once, and the desk forgets the person."""
    desk = _desk(turn)
    if desk is None:
        return
    try:
        ticket = current(turn)
        if ticket is not None:
            desk.end(ticket.id, "exit")
        desk.forget_person(turn.inbound.channel, turn.inbound.user)
    except Exception as exc:   # leaving must work even when the desk does not
        log.warning("handoff desk unavailable at quick exit: %s", type(exc).__name__)


def offer(turn: Turn) -> tuple[Button, ...]:
    """The "chat with a counsellor" button, when one could answer now."""
    desk = _desk(turn)
    try:
        if desk is None or desk.available() is not None:
            return ()
    except Exception:
        return ()
    return (Button(turn.t("handoff.offer"), "hd:ask"),)


# Asking to talk to a person now ("cho em nói chuyện với tư vấn viên", "can I talk to a real
# person"), not a counsellor named in a note ("gọi cho chị tư vấn viên ở hội phụ nữ").
_ASKS_FOR_A_PERSON = screened(
    r"^(?!(goi|bao|nhan|nho|call|text|tell|ask) )(.*\b(cho (em|toi|minh|tui) (noi|nc|gap|chat|nhan)|"
    r"muon (noi|gap|nc|chat)|can (noi|gap)|xin (gap|noi)|duoc (khong|ko)|dc (khong|ko)|co the|"
    r"talk to|speak to|can i|i want|i need|noi chuyen|nc|co ai|is there|"
    r"co (tu van vien|nguoi that|nhan vien|chuyen vien|nguoi nao))\b)")


def asks_for_a_person(turn: Turn, text: str) -> bool:
    """The message asks to talk to a person now (the classifier's ask_human, said as a request):
    at a step of a help request or a plan it is no answer to the step ("cho em nói chuyện với
    người thật": "cho em" is no "for me")."""
    # (the words first: the classifier is then asked only of a message that could be this)
    return any(_ASKS_FOR_A_PERSON.search(t) for t in forms(text)) and \
        getattr(turn.understanding, "intent", None) == "ask_human"
