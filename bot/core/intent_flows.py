"""The flow an understood intent picks, when nothing before it in the engine's order took the
message (bot/core/engine.py: danger, the current step, questions, disclosures come first)."""

from __future__ import annotations

from bot.core import faq, self_harm
from bot.core.flows import (
    after_numbers,
    crisis,
    direct,
    emergency,
    fallback,
    help_request,
    language,
    learn,
    numbers,
    privacy,
    services,
    start,
)
from bot.core.turn import Turn

# The classifier sure enough of the quick exit to wipe the chat when the words also name him
# arriving (a guess alone never wipes it)
_SURE_EXIT = 0.85


def run(turn: Turn, intent: str, text: str) -> bool:
    """Answer `text` as `intent` asks; False when the intent has no flow here (or a guess is not
    enough, as for wiping the chat), so the engine asks or falls back instead."""
    if intent == "learn_rights" and faq.names_legal_matter(text):
        direct.answer(turn, "legal_aid")   # "tôi muốn ly hôn": where free legal help is
        return True
    if intent in learn.INTENT_TOPICS:
        learn.show(turn, learn.topic_for(text, intent))
        return True
    # "số công an phường Cái Răng": a service asked for in a ward named is that ward's list
    ward_asked = intent == "ask_hotline" and services.service_in(text) is not None and \
        turn.entity("ward") and not turn.entity("ward_weak")
    if intent == "find_provider" or ward_asked:
        service = services.service_in(text)
        if turn.entity("ward") and not turn.entity("ward_weak") and \
                (ward := turn.services.wards.get(turn.entity("ward") or "")):
            turn.session.goto("services", "where")
            turn.session.service = service
            services.show_ward(turn, services.WardMatch(ward, turn.entity("ward_old")))
        elif (place := turn.services.wards.province_named(text)) is not None:
            turn.session.goto("services", "where")
            turn.session.service = service
            services.on_province(turn, place)   # "nhà tạm lánh ở Sài Gòn"
        else:
            services.begin(turn, service)
        return True
    if intent == "change_language" and language.asks_about_services_language(text):
        fallback.simple(turn, "services_language")   # "does 111 speak english?": what is known
        return True
    if intent == "change_language":
        wanted = language.requested(text)
        if wanted:
            switch_language(turn, wanted)
        elif len(text.split()) <= 4 or language.names_a_language(text):
            switch_language(turn, "en" if turn.lang == "vi" else "vi")
        else:
            return False   # "im a foreigner, can i still get help?": no language asked for
        return True
    if intent == "quick_exit" and not privacy.asks_to_leave(text) and not (
            turn.understanding is not None and turn.understanding.confidence >= _SURE_EXIT and
            privacy.names_him_coming(text)):
        # (sure of the quick exit, and him arriving named: "ổng về r, e phải đi đây, đừng nhắn
        # lại": the clean screen, the numbers kept on its line, below)
        if privacy.cancels(text):    # "huỷ": what was under way is dropped, nothing wiped
            turn.session.goto(None)
            start.menu(turn)
            return True
        return False    # a guess is not enough to wipe the conversation
    if intent in ("seek_help", "help_other") and turn.session.flow == "help":
        return False  # the request is under way: its steps read the message
    if intent in ("affirm", "deny") and len(text.split()) <= 4 and turn.session.flow == "help" and \
            turn.session.step in ("safe", "who", "kind", "where"):
        # "ok", "dạ" where whom or what was asked: how to answer (the engine asks it again)
        turn.say(turn.t(f"step_hint.{turn.session.step}"))
        return True
    if intent in ("affirm", "deny") and len(text.split()) <= 4 and \
            after_numbers.danger_may_go_on(turn):
        emergency.still_here(turn)   # "em ko có xe" after the numbers: never a bare menu
        return True
    if intent in ("affirm", "deny") and len(text.split()) <= 4:
        # "ok", "dạ", "không" with nothing asked: the menu, not "I did not understand"
        # (a first message: the greeting, which says what this is, then the menu).
        if turn.session.is_new:
            turn.replies.clear()
            start.start(turn)
        else:
            start.menu(turn)
        return True
    simple = {"greet": start.start if turn.session.is_new else start.menu,
              "seek_help": help_request.begin,
              "help_other": lambda t: help_request.begin(t, for_whom=t.entity("for_whom")
                                                         or "other"),
              "ask_hotline": numbers.show_numbers, "privacy": privacy.show,
              # ("ổng tới", "nó tới" heard as the quick exit: he is coming, the numbers stay)
              "quick_exit": lambda t: privacy.clear(t, in_danger=privacy.names_him_coming(text)),
              "ask_human": direct.ask_human,
              "self_harm": crisis.thoughts,
              "bot_challenge": lambda t: fallback.simple(t, "bot_reply"),
              "thanks": _thanks,
              "goodbye": _goodbye}
    handler = simple.get(intent)
    if handler is None:
        return False
    if intent in ("greet", "bot_challenge") and turn.session.is_new:
        turn.replies.clear()  # both answers already say it is a bot
    handler(turn)
    return True


def _thanks(turn: Turn) -> None:
    """"cảm ơn": you're welcome, and the menu; in the middle of a request the question comes
    again right after, so no menu in between."""
    # ("thanks for yesterday, i'm fine now": glad, not only "you're welcome")
    key = "thanks_better_reply" if self_harm.thanked_and_better(turn.inbound.text or "") else \
        "thanks_reply"
    if turn.session.flow == "help" and help_request.is_unfinished(turn):
        turn.say(turn.t(key))
    else:
        fallback.simple(turn, key)


def _goodbye(turn: Turn) -> None:
    """"thôi", "bye": said goodbye to, and whatever was being asked is not asked again right
    after (the row counted so far stays)."""
    fallback.simple(turn, "goodbye_reply")
    turn.session.goto(None)
    turn.session.help = {}      # nor offered again ("continue where we were?")


def switch_language(turn: Turn, wanted: str) -> None:
    """The chat in the language asked for. A question under way (the request's, the crisis
    pathway's "are you safe?") is asked again in it; otherwise the menu, in it."""
    session = turn.session
    if session.flow == "help" and help_request.is_unfinished(turn):
        session.language = session.typed = wanted
        turn.say(turn.t("language_set"))
        help_request.ask_next(turn)
    elif crisis.asking_safe(session):
        session.language = session.typed = wanted
        turn.say(turn.t("language_set"))
        crisis.ask_safe(turn)
    elif not after_numbers.again_in_language(turn, wanted):
        language.set_language(turn, wanted)
