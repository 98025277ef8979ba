"""The opt-in follow-up: the offer, the answer to it, cancelling, and the check-in itself.

The offer comes after a help request ends and after a list of services, only on Telegram and
Zalo (the channels that can write later) and only when the follow-up is configured (a key is
set); groups never reach a flow. It is a separate short message saying what is kept and how to
cancel, with "no, thank you" first. Only a clear choice (a button, or "3 ngày", "ok 1 ngay")
keeps a check-in; silence or an unclear answer keeps nothing (PDP Law 91/2025).

The check-in (sent by the scheduler, bot/channels/followup.py) asks how it went; one answer
writes one anonymous row to help_outcomes, then help is offered again. Danger typed in the
answer is met first by the engine's danger check, as everywhere.

Payloads: fu:no, fu:d:<days>, fu:cancel, fu:o:<outcome>:<kind>.
"""

from __future__ import annotations

import contextlib
import re

from bot.core import disclosure, followup_answers, ordinals
from bot.core.flows.help_row import KIND_CHOICES
from bot.core.messages import Button
from bot.core.turn import Turn
from bot.logbook.outcomes import OUTCOMES
from bot.nlu.normalize import fold


def _service(turn: Turn):  # the Followups service, or None when off
    return getattr(turn.services, "followups", None)


def request_kind(turn: Turn) -> str:
    """The kind of the help request this session told of, for the outcome count; else
    "unknown" (the same rule the request's own row follows for a child)."""
    state = turn.session.help
    kind = state.get("kind")
    if kind in KIND_CHOICES:
        return str(kind)
    return "child_abuse" if state.get("who") == "child" else "unknown"


def offer(turn: Turn) -> None:
    """Offer a check-in once per conversation, where it can be kept; never twice while one
    is already waiting."""
    service = _service(turn)
    channel, user = turn.inbound.channel, turn.inbound.user
    state = turn.session.followup
    if service is None or not service.offers(channel) or state.get("asked"):
        return
    state["asked"] = 1
    try:
        if service.pending(channel, user):
            return
    except Exception:
        return  # the store is down: no offer rather than a promise that cannot be kept
    state["open"] = 1
    state["kind"] = request_kind(turn)
    if listed := ordinals.numbered_up_to([reply.text for reply in turn.replies]):
        state["listed"] = listed   # "1" typed next may name the list's first place, not a day
    turn.say(turn.t("fu_offer"), _offer_buttons(turn, service.days_for(channel)))


def _offer_buttons(turn: Turn, days: tuple[int, ...]) -> tuple[Button, ...]:
    return (Button(turn.t("fu_no"), "fu:no"),
            *(Button(turn.t("fu_days", n=d), f"fu:d:{d}") for d in days))


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if action == "no":
        decline(turn)
    elif action == "d" and arg.isdigit():
        keep(turn, int(arg))
    elif action == "cancel":
        cancel(turn)
    elif action == "o":
        outcome, _, kind = arg.partition(":")
        answer(turn, outcome, kind)
    else:
        turn.say(turn.t("fu_stale"))


def decline(turn: Turn) -> None:
    turn.session.followup.pop("open", None)
    turn.say(turn.t("fu_declined"))


def keep(turn: Turn, days: int) -> None:
    service = _service(turn)
    channel = turn.inbound.channel
    state = turn.session.followup
    if service is None or not service.offers(channel):
        turn.say(turn.t("fu_stale"))
        return
    offered = service.days_for(channel)
    if days not in offered:
        turn.say(turn.t("fu_which"), _offer_buttons(turn, offered))
        state["open"] = 1
        return
    kind = state.get("kind") or request_kind(turn)
    try:
        service.schedule(channel, turn.inbound.user, turn.lang, kind, days)
    except Exception:
        turn.say(turn.t("fu_failed"))
        return
    state.pop("open", None)
    state["kept"] = 1
    turn.say(turn.t("fu_confirmed", n=days), (Button(turn.t("fu_cancel"), "fu:cancel"),))


def cancel(turn: Turn) -> None:
    service = _service(turn)
    turn.session.followup.pop("open", None)
    gone = False
    if service is not None:
        try:
            gone = service.cancel(turn.inbound.channel, turn.inbound.user)
        except Exception:
            gone = False
    turn.say(turn.t("fu_cancelled" if gone else "fu_nothing"))


def forget(turn: Turn) -> None:
    """Quick exit: the pending check-in goes with everything else (nothing is said)."""
    service = _service(turn)
    if service is not None:
        with contextlib.suppress(Exception):  # quick exit never waits for a store
            service.cancel(turn.inbound.channel, turn.inbound.user)


def on_text(turn: Turn, text: str) -> bool:
    """A typed message while the offer or the check-in is open, or a wish to stop; False when
    it is none of these (the engine reads it as usual)."""
    state = turn.session.followup
    in_pathway = turn.session.flow == "pathway"   # there "dừng" leaves the pathway (issue 14)
    if followup_answers.wants_stop(text, reminder_only=in_pathway) and _has_pending(turn):
        cancel(turn)
        return True
    if state.get("checkin") is not None and not state.get("reasked") and \
            len(text.split()) <= _STOP_AT_CHECKIN_WORDS and followup_answers.wants_stop(text) and \
            not _tells_of_violence(turn, text):
        # "dừng", as the check-in itself says to type: nothing more will come
        turn.session.followup = {"answered": 1, "asked": 1}
        if turn.session.flow == "followup":
            turn.session.goto(None)
        turn.say(turn.t("fu_stopped"))
        return True
    if state.get("checkin") is not None and (_tells_of_violence(turn, text) or (
            len(text.split()) > _DELAY_ALONE_WORDS and _crisis_heard(turn, ("self_harm",)))):
        # "nó lại đánh em" is heard as what it is, never counted as "not yet"; "ko muốn nói,
        # mệt lắm rồi muốn đi luôn" is no "rather not say"
        return False
    if state.get("checkin") is not None and (outcome := followup_answers.read_outcome(text)):
        answer(turn, outcome, str(state["checkin"]))
        return True
    if state.get("checkin") is not None and not state.get("reasked") and \
            len(text.split()) <= 5 and disclosure.detect(text, turn.understanding) is None:
        # "ổn rồi", "yes": no outcome to count; the four answers once more, never a guess
        # (a guessed "got help" would inflate the plan's target).
        state["reasked"] = 1
        turn.say(turn.t("fu_checkin_which"), _outcome_buttons(turn, str(state["checkin"])))
        return True
    if not state.get("open") and _changes_delay(turn, text):
        return True
    if not state.get("open"):
        return False
    service = _service(turn)
    offered = service.days_for(turn.inbound.channel) if service is not None else ()
    if not _may_answer_offer(turn, text):
        state.pop("open", None)   # a story or a question: read as such, and nothing is kept
        if followup_answers.refuses(text) and not _crisis_heard(turn, ("self_harm",)):
            # "thôi em sợ ck đọc được": no message will come, said; then the rest is heard
            turn.say(turn.t("fu_declined"))
            if followup_answers.his_phone(text):
                turn.say(turn.t("fu_his_phone"))   # "điện thoại này của ổng": clear it now
                return True
        return False
    # (a bare "1" under a numbered list of three places is no day: read as the place, and the
    # offer lapses; "7" is a day)
    listed = int(state.get("listed") or 0)
    days = followup_answers.read_days(text, tuple(d for d in offered if d > listed))
    if days is not None:
        keep(turn, days)
        return True
    if followup_answers.refuses(text) or followup_answers.wants_stop(text) or \
            _NOT_NOW.match(fold(text).strip(" .!")):
        # ("dừng", as the offer itself says to type; "dạ thôi": a polite no)
        decline(turn)
        if followup_answers.his_phone(text):
            turn.say(turn.t("fu_his_phone"))
        return True
    if (len(text.split()) <= 3 and followup_answers.read_yes_no(text) == "yes") or \
            followup_answers.vague_delay(text):
        turn.say(turn.t("fu_which"), _offer_buttons(turn, offered))   # "ok", "cuối tuần": when?
        return True
    state.pop("open", None)  # anything else: the offer lapses (silence is not consent)
    return False


# A polite no to the offer ("dạ thôi", "thôi ạ", "thôi khỏi nha")
_NOT_NOW = re.compile(r"^((da|vang|u) )?(thoi|thui|thoai)( (a|nha|nhe|khoi|ban|de sau|khong can))*$")


# "dừng", "stop", "đừng nhắn nữa" as the whole answer to the check-in; said with more ("ổng đọc
# được tin nhắn này rồi, đừng nhắn nữa") it is read as a story, with the chat's own safety.
_STOP_AT_CHECKIN_WORDS = 4


def _tells_of_violence(turn: Turn, text: str) -> bool:
    """A check-in reply that tells of violence ("nó lại đánh em": the folded "no" is also
    English "no") is a disclosure to hear, not an outcome to count."""
    found = disclosure.detect(text, turn.understanding)
    return found is not None and found.violence and found.kind is not None


def is_answer(turn: Turn, text: str) -> bool:
    """The text answers the open offer or the check-in ("3 ngày", "chưa"): the engine then
    lets only the danger patterns read it, not the classifier's guess on two words."""
    state = turn.session.followup
    if state.get("kept") and followup_answers.wants_stop(text) and len(text.split()) <= 8:
        return True   # "đừng nhắn em nữa" after a check-in was kept: taken back, no danger to guess
    if state.get("checkin") is not None and followup_answers.read_outcome(text):
        return not _tells_of_violence(turn, text) and not (
            len(text.split()) > _DELAY_ALONE_WORDS and _crisis_heard(turn, ("self_harm",)))
    if state.get("open"):
        return (followup_answers.read_days(text, (1, 2, 3, 7)) is not None or
                followup_answers.refuses(text)) and _may_answer_offer(turn, text)
    return False


# Longer than this, an answer to the offer is a sentence of its own ("tuần này em không sống
# nổi nữa", "1 tuần nữa em đi theo ba em"): the classifier reads it, and it keeps nothing.
_OFFER_ANSWER_WORDS = 4
_OFFER_SENTENCE_WORDS = 8


def _may_answer_offer(turn: Turn, text: str) -> bool:
    """A few words, or a short sentence that tells nothing else ("ok 3 ngày nữa nhắn em nha",
    never "3 ngày nữa nó về, em sợ lắm", nor anything the classifier hears as a crisis)."""
    words = len(text.split())
    if words <= _DELAY_ALONE_WORDS or followup_answers.delay_alone(text):
        return True
    if words > _OFFER_SENTENCE_WORDS:
        return False
    if _crisis_heard(turn):
        return False   # "tomorrow I'll end it"
    return words <= _OFFER_ANSWER_WORDS or disclosure.detect(text, turn.understanding) is None


_DELAY_ALONE_WORDS = 2     # "3 ngày", "no thanks": nothing else to hear in them


def _crisis_heard(turn: Turn, intents: tuple[str, ...] = ("self_harm", "emergency")) -> bool:
    """The classifier hears a wish to die (or an emergency) in the message. (At the check-in only
    the wish: "I reached them and got help" sounds like an emergency to it; violence told there
    is read by `_tells_of_violence`.)"""
    understood = turn.understanding
    return understood is not None and understood.intent in intents


def _changes_delay(turn: Turn, text: str) -> bool:
    """"đổi thành 7 ngày được ko", "ko, 1 ngày thôi", "make it 7 days instead" after a check-in
    was kept in this conversation: the new delay, in place of the old."""
    state = turn.session.followup
    if not state.get("kept") or len(text.split()) > _OFFER_SENTENCE_WORDS or \
            not followup_answers.changes_delay(text):
        return False
    service = _service(turn)
    offered = service.days_for(turn.inbound.channel) if service is not None else ()
    days = followup_answers.read_days(text, offered)
    if days is None or not _has_pending(turn):
        return False
    keep(turn, days)
    return True


def _has_pending(turn: Turn) -> bool:
    service = _service(turn)
    if service is None:
        return False
    try:
        return bool(service.pending(turn.inbound.channel, turn.inbound.user))
    except Exception:
        return False


# -- the check-in ------------------------------------------------------------------------------

def checkin(turn: Turn, kind: str) -> None:
    """The check-in message: how did it go, four answers."""
    kind = kind if kind in KIND_CHOICES else "unknown"
    turn.session.goto("followup", "checkin")
    turn.session.followup = {"checkin": kind}
    turn.say(turn.t("fu_checkin"), _outcome_buttons(turn, kind))


def _outcome_buttons(turn: Turn, kind: str) -> tuple[Button, ...]:
    return tuple(Button(turn.t(f"fu_outcome.{o}"), f"fu:o:{o}:{kind}") for o in OUTCOMES)


def answer(turn: Turn, outcome: str, kind: str) -> None:
    """Count the answer once (no link to anyone or to the request), then offer help again."""
    state = turn.session.followup
    if outcome not in OUTCOMES:
        turn.say(turn.t("fu_stale"))
        return
    service = _service(turn)
    if service is not None and not state.get("answered"):
        service.record_outcome(turn.inbound.channel, turn.lang,
                               kind if kind in KIND_CHOICES else "unknown", outcome)
    turn.session.followup = {"answered": 1, "asked": 1}
    if turn.session.flow == "followup":
        turn.session.goto(None)
    turn.say(turn.t(f"fu_thanks.{outcome}"))
    turn.say(turn.t("fu_again"),
             (Button(turn.t("fu_again_numbers"), "m:numbers"),
              Button(turn.t("fu_again_services"), "m:near"),
              Button(turn.t("fu_again_plan"), "pw:plan")))
