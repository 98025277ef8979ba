"""The dialogue engine: `handle(Inbound) -> list[Reply]`, channel-agnostic, no network I/O.

Order of handling, for every event in every state:
1. group chats get the hotline and an invitation to talk privately, nothing else;
2. danger first: a sign of immediate danger answers with 113, 115 and 111 before anything else;
3. commands, then button payloads, then a shared location;
4. typed text answers the current step if it can, else its understood intent picks a flow;
5. anything else gets the fallback (111 and the menu): never a dead end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.core.flows import (
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
from bot.core.messages import Inbound, Reply
from bot.core.safety import is_emergency
from bot.core.session import Session
from bot.core.turn import Services, Turn
from bot.nlu.normalize import fold
from bot.sessions import SessionStore, session_key

log = logging.getLogger(__name__)

# Commands as typed ("/111", "/xoa") or as sent by a channel (`Inbound.command`), → action.
COMMANDS: dict[str, str] = {
    "start": "start", "batdau": "start", "help": "help", "trogiup": "help", "menu": "menu",
    "hotline": "hotline", "111": "hotline", "sos": "hotline", "numbers": "hotline",
    "near": "near", "services": "near", "gan": "near", "tips": "tips", "learn": "tips",
    "timhieu": "tips", "lang": "lang", "language": "lang", "privacy": "privacy",
    "riengtu": "privacy", "xoa": "clear", "clear": "clear", "exit": "clear", "media": "media",
    "group": "group",
}
MORE_WORDS = frozenset({"more", "tiep", "xem tiep", "them", "tiep di", "next"})


class Engine:
    def __init__(self, services_: Services, sessions: SessionStore):
        self.services = services_
        self.sessions = sessions
        self.ttl_seconds = services_.settings.sessions.ttl_minutes * 60

    def handle(self, inbound: Inbound) -> list[Reply]:
        if (inbound.command or "").lower() == "group":
            return self._group_reply(inbound)
        key = session_key(inbound.channel, inbound.user)
        stored = self.sessions.get(key)
        session = Session.from_dict(stored) if stored else Session(self._first_language(inbound))
        turn = Turn(inbound, session, self.services)
        self._dispatch(turn)
        if turn.end_session:
            self.sessions.delete(key)
        else:
            self.sessions.put(key, session.to_dict(), self.ttl_seconds)
        return turn.replies

    def end_session(self, channel: str, user: str) -> None:
        self.sessions.delete(session_key(channel, user))

    def _first_language(self, inbound: Inbound) -> str:
        hint = (inbound.language_hint or "").lower()
        if hint.startswith("en"):
            return "en"
        if hint.startswith("vi"):
            return "vi"
        return self.services.settings.default_language

    def _group_reply(self, inbound: Inbound) -> list[Reply]:
        lang = self._first_language(inbound)
        return [Reply(self.services.content.t(lang, "group_reply"))]

    # -- dispatch ---------------------------------------------------------------------------

    def _dispatch(self, turn: Turn) -> None:
        inbound = turn.inbound
        if inbound.command is not None:
            self._command(turn, inbound.command.lower().lstrip("/"))
        elif inbound.payload is not None:
            self._payload(turn, inbound.payload)
        elif inbound.location is not None:
            self._location(turn)
        else:
            self._text(turn, (inbound.text or "").strip())

    def _command(self, turn: Turn, name: str) -> None:
        action = COMMANDS.get(name.split("@", 1)[0])
        handlers: dict[str, Callable[[Turn], None]] = {
            "start": start.start, "help": start.help_text, "menu": start.menu,
            "hotline": numbers.show_numbers, "near": services.begin, "tips": learn.begin,
            "lang": language.toggle, "privacy": privacy.show, "clear": privacy.clear,
            "media": lambda t: fallback.simple(t, "media_reply"),
        }
        handler = handlers.get(action or "")
        if handler is None:
            fallback.fallback(turn)
        else:
            handler(turn)

    def _payload(self, turn: Turn, payload: str) -> None:
        prefix, _, rest = payload.partition(":")
        action, _, arg = rest.partition(":")
        if payload == "menu":
            start.menu(turn)
        elif prefix == "m":
            self._menu_item(turn, action)
        elif prefix == "h":
            help_request.on_payload(turn, action, arg)
        elif prefix == "s":
            services.on_payload(turn, action, arg)
        elif prefix == "l":
            learn.on_payload(turn, action, arg)
        elif payload == "p:clear":
            privacy.clear(turn)
        elif prefix == "lang" and rest in ("vi", "en"):
            language.set_language(turn, rest)
        elif prefix == "tel":
            numbers.show_numbers(turn)
        else:  # a stale or unknown button: never a dead end
            fallback.fallback(turn)

    def _menu_item(self, turn: Turn, item: str) -> None:
        items: dict[str, Callable[[Turn], None]] = {
            "help": help_request.begin, "numbers": numbers.show_numbers, "near": services.begin,
            "learn": learn.begin, "other": lambda t: help_request.begin(t, for_whom="other"),
            "privacy": privacy.show, "language": language.toggle,
        }
        items.get(item, fallback.fallback)(turn)

    def _location(self, turn: Turn) -> None:
        location = turn.inbound.location
        assert location is not None
        if turn.session.flow == "help":
            help_request.on_location(turn, location)
        else:
            services.on_location(turn, location)

    def _text(self, turn: Turn, text: str) -> None:
        if text.startswith("/"):
            self._command(turn, text[1:].split(maxsplit=1)[0] if len(text) > 1 else "")
            return
        understander = self.services.understander
        if understander is not None and text:
            turn.understanding = understander.understand(text)
        self._follow_language(turn, text)
        if is_emergency(text, turn.understanding):
            emergency.emergency(turn)
            return
        if turn.session.is_new and text:
            turn.say(turn.t("bot_notice"))
        if self._answers_current_step(turn, text):
            return
        intent = turn.understanding.intent if turn.understanding else None
        if intent and self._intent(turn, intent, text):
            return
        if services.on_ward_text(turn, text) if turn.services.wards.lookup(text) else False:
            return
        fallback.fallback(turn)

    @staticmethod
    def _follow_language(turn: Turn, text: str) -> None:
        """Answer in the language the person writes: the lexicon-based detector when it is sure,
        else the classifier's language for a first message or a sentence of a few words (short
        replies such as "ok" must not flip the language)."""
        detected = language.detect(text)
        understood = getattr(turn.understanding, "language", None)
        if detected is None and understood in ("vi", "en") and (
                turn.session.is_new or len(text.split()) >= 3):
            detected = understood
        if detected and detected != turn.session.language:
            turn.session.language = detected

    def _answers_current_step(self, turn: Turn, text: str) -> bool:
        session = turn.session
        if session.flow == "help":
            return help_request.on_text(turn, text)
        if session.flow == "services" and session.step == "where":
            return services.on_ward_text(turn, text)
        if session.flow == "learn" and fold(text).strip(" .!?") in MORE_WORDS:
            return learn.more(turn)
        return False

    def _intent(self, turn: Turn, intent: str, text: str) -> bool:
        if intent in learn.INTENT_TOPICS:
            learn.show(turn, learn.INTENT_TOPICS[intent])
            return True
        if intent == "find_provider":
            service = services.service_in(text)
            if turn.entity("ward") and (ward := turn.services.wards.get(turn.entity("ward") or "")):
                turn.session.goto("services", "where")
                turn.session.service = service
                services.show_ward(turn, services.WardMatch(ward, turn.entity("ward_old")))
            else:
                services.begin(turn, service)
            return True
        if intent == "change_language":
            wanted = language.requested(text)
            language.set_language(turn, wanted) if wanted else language.toggle(turn)
            return True
        simple = {"greet": start.start if turn.session.is_new else start.menu,
                  "seek_help": help_request.begin,
                  "help_other": lambda t: help_request.begin(t, for_whom=t.entity("for_whom")
                                                             or "other"),
                  "ask_hotline": numbers.show_numbers, "privacy": privacy.show,
                  "quick_exit": privacy.clear,
                  "bot_challenge": lambda t: fallback.simple(t, "bot_reply"),
                  "thanks": lambda t: fallback.simple(t, "thanks_reply"),
                  "goodbye": lambda t: fallback.simple(t, "goodbye_reply")}
        handler = simple.get(intent)
        if handler is None:
            return False
        if intent in ("greet", "bot_challenge") and turn.session.is_new:
            turn.replies.clear()  # both answers already say it is a bot
        handler(turn)
        return True
