"""The dialogue engine: `handle(Inbound) -> list[Reply]`, channel-agnostic, no network I/O.

Order of handling, for every event in every state:
1. group chats get the hotline and an invitation to talk privately, nothing else;
2. commands (words after a command are read like a message, danger first), button payloads,
   a shared location;
3. typed text is understood once (intent, entities, language, a child or older writer), then:
   a. danger first (bot/core/danger_first.py): self-harm acted on now (115/113 first,
      bot/core/self_harm.py), violence now (113/115/111 first, advice fitted to the situation,
      bot/core/situations.py), thoughts of suicide (a caring reply with the mental-health line);
   b. the current step reads it (every step of the help request at once: bot/core/answers.py;
      a step's answer is never read for danger by the classifier: bot/core/step_answer.py),
      a question about this chat or this bot, a question of recognition ("is this abuse?":
      bot/core/recognition.py), a direct question gets its sourced answer (bot/core/faq.py),
      a disclosure is acknowledged and a help request begun with what was said
      (bot/core/disclosure.py);
   c. else its understood intent picks a flow (bot/core/intent_flows.py; an unfinished request
      can be resumed after);
4. a clarifying question when the classifier's best guesses are helpful ones, else the fallback
   (111 and a gentle question): never a dead end, never "not understood" for a disclosure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace

from bot.core import (
    answers,
    complaint,
    danger_first,
    disclosure,
    faq,
    intent_flows,
    language_request,
    medical,
    ordinals,
    pathway_reader,
    recognition,
    safety,
    self_harm,
    situations,
    turn_facts,
)
from bot.core.commands import COMMANDS
from bot.core.content_words import has_content
from bot.core.flows import (
    after_numbers,
    clarify,
    crisis,
    direct,
    emergency,
    fallback,
    followup,
    handoff,
    help_request,
    language,
    learn,
    numbers,
    pathways,
    privacy,
    services,
    start,
)
from bot.core.flows.help_row import row_fields
from bot.core.greeting import without_greeting
from bot.core.messages import Button, Inbound, Reply
from bot.core.render import label_form, menu_reply, typed_menu_item
from bot.core.session import Session
from bot.core.turn import Services, Turn
from bot.nlu.entities import older_self
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened
from bot.sessions import SessionStore, session_key
from bot.sessions.loop_session import LoopSession

log = logging.getLogger(__name__)

# An article opened on a guess from four words or fewer needs this much confidence: below it the
# classifier's best guess for "hướng dẫn", "chia sẻ vị trí" or a street name was the
# gender-equality article (measured on the held-out sets and the training data: no article
# question of four words or fewer scores below it). A topic's own words ("dấu hiệu") still open it.
_SHORT_ARTICLE_MIN = 0.55

# "ông"/"ong" as the first word: a grandfather as often as "ổng" (he) typed without its mark
# (only "ông" with its mark: unmarked "ong ve roi" is "ổng về rồi" as often as not, and a chat
# wiped for a grandfather's return costs less than a screen left open when he is back)
_GRANDFATHER = re.compile(r"^ông\b(?! (ấy|ta|xã))")
# Questions of law, asked from outside a story as often as inside one: what is told is believed
# only when the writer's own family or partner is named (situations.tells_own).
_LAW_QUESTIONS = ("penalties", "marital_rape")
# Safety or a safe place said in words, not "ok"/"u"/"ok thanks" to the numbers (no question
# about safety was asked: an acknowledgement is no "I'm safe").
_SAFETY_SAID = re.compile(r"\b(an toan|safe|safer|on|on roi|khong sao|ko sao|yen|thoat|tron|da di|"
                          r"(qua|sang|den|toi|ve|o|chay qua|chay sang) (nha|cho|phong|ben|nha me)|"
                          r"ra ngoai|away|out|fine|okay now|ok now|gone|left|di roi|ve roi|"
                          r"at (my|a|the|her|his) \w+|with (my|a) \w+)\b")
# "Tiếp tục" typed where the help request was offered to carry on (the button's own label): the
# request, not the next page of the article read on the side.
_CONTINUE = re.compile(r"^((co|ok|oke|u|da|vang|yes) )?(tiep tuc|tiep|continue|carry on|go on)"
                       r"( (di|nha|nhe|a|please|di ban))*$")

# How to answer the question a flow is at, and the question again: for "là sao?" / "what do you
# mean?" typed at a step, rather than a guess at a topic.
_STEP_HINTS: dict[str, Callable[[Turn], None]] = {
    "help": help_request.explain, "crisis": crisis.hint, "pathway": pathways.hint,
}


def _say_care_in_time(turn: Turn) -> None:
    """The sexual violence points' line on care in the first days (safety.yml `kinds.sexual`:
    PEP within 72 hours, emergency contraception within 5 days), said when a rape is told as
    days-recent, before the request's questions."""
    points = turn.services.content.kind_points.get("sexual")
    lines = points.lines.get(turn.lang, ()) if points is not None else ()
    line = next((line for line in lines if "PEP" in line), None)
    if line is not None:
        turn.say(line)


class Engine:
    def __init__(self, services_: Services, sessions: SessionStore):
        self.services = services_
        self.sessions = sessions
        self.ttl_seconds = services_.settings.sessions.ttl_minutes * 60

    def handle(self, inbound: Inbound, sessions: SessionStore | None = None) -> list[Reply]:
        """One turn. `sessions` stands in for the engine's store for this turn only: the
        server passes a `LoopSession` whose session was read on the event loop."""
        if (inbound.command or "").lower() == "group":
            return self._group_reply(inbound)
        store = sessions if sessions is not None else self.sessions
        # A LoopSession already knows the key (the server computed it to read the session).
        key = sessions.key if isinstance(sessions, LoopSession) else session_key(
            inbound.channel, inbound.user)
        # Storage never decides whether a person is answered: a session that cannot be read is
        # a fresh one, a session that cannot be saved is lost (the replies still go out).
        try:
            stored = store.get(key)
        except Exception as exc:
            stored = _session_failed("get", exc)
        session = Session.from_dict(stored) if stored else Session(self._first_language(inbound))
        if inbound.kind != "text" and not (inbound.payload or "").startswith("l:"):
            session.help.pop("resume", None)   # a button pressed answers the "carry on?" offer
        turn = Turn(inbound, session, self.services,
                    writes=self.services.counter.batch(sessions))
        acted = crisis.acted_on(turn)
        try:
            self._dispatch(turn)
            if acted:
                crisis.keep_ambulance_first(turn)   # pills or a cut told: 115 every turn after
        finally:
            self.services.counter.flush(turn)   # one logbook write per turn
        pathways.forget_if_left(session)
        session.offered = _choices_shown(turn.replies)
        session.labels = _labels_shown(turn.replies)
        if turn.cards_shown:          # "2" next names a card of this list, wherever it was shown
            session.near["listed"] = True
        else:
            session.near.pop("listed", None)
        turn_facts.note("handoff", session.handoff is not None and not turn.end_session)
        try:
            if turn.end_session:
                store.delete(key)
            else:
                store.put(key, session.to_dict(), self.ttl_seconds)
        except Exception as exc:
            _session_failed("put", exc)
        return turn.replies

    def keys_read(self, inbound: Inbound) -> list[str]:
        """The session-store keys a turn for `inbound` may read: its session and its day mark.
        The server reads them together on its event loop before the turn (`LoopSession`)."""
        return [session_key(inbound.channel, inbound.user),
                self.services.counter.day_mark_key(inbound.channel, inbound.user)]

    def checkin(self, channel: str, user: str, language: str, kind: str,
                ttl_seconds: int) -> list[Reply]:
        """The follow-up check-in for one person (bot/channels/followup.py sends it): its
        replies, and a session that reads the answer for `ttl_seconds` (typed or a button)."""
        key = session_key(channel, user)
        try:
            stored = self.sessions.get(key)
        except Exception as exc:
            stored = _session_failed("get", exc)
        session = Session.from_dict(stored) if stored else Session(language)
        session.language = language if language in ("vi", "en") else session.language
        turn = Turn(Inbound(channel, user), session, self.services)
        followup.checkin(turn, kind)
        try:
            self.sessions.put(key, session.to_dict(), max(ttl_seconds, self.ttl_seconds))
        except Exception as exc:
            _session_failed("put", exc)
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
        return [Reply(self.services.content.t(lang, "group_reply"), language=lang)]

    # -- dispatch ---------------------------------------------------------------------------

    def _dispatch(self, turn: Turn) -> None:
        inbound = turn.inbound
        if inbound.command is not None:
            name = inbound.command.lower().lstrip("/")
            if inbound.text and inbound.text.strip():
                self._command_with_text(turn, name, inbound.text.strip())
            else:
                self._command(turn, name)
        elif inbound.payload is not None:
            if turn.session.typed is None and inbound.payload != "m:language":
                # a button of this language pressed: the person reads it ("my sister" typed next
                # is an answer in a Vietnamese chat, never a switch)
                turn.session.typed = turn.session.language
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

    def _command_with_text(self, turn: Turn, name: str, rest: str) -> None:
        """A command followed by words ("/help tôi bị đánh"): the words go through the danger
        check and are heard as a disclosure; otherwise the command runs as usual."""
        if COMMANDS.get(name.split("@", 1)[0]) == "clear":
            privacy.clear(turn)  # quick exit is never delayed
            return
        self._read(turn, rest)
        if danger_first.answer(turn, rest) or self._disclosure(turn, rest):
            return
        if COMMANDS.get(name.split("@", 1)[0]) == "near":
            intent_flows.run(turn, "find_provider", rest)   # "/near ninh kiều": that ward's list
            return
        self._command(turn, name)

    def _payload(self, turn: Turn, payload: str) -> None:
        prefix, _, rest = payload.partition(":")
        action, _, arg = rest.partition(":")
        if prefix not in ("fu", "lang") and payload != "m:language":
            turn.session.followup.pop("open", None)   # another button: the offer lapses
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
        elif prefix == "x":
            crisis.on_payload(turn, action)
        elif prefix == "c" and action in clarify.OFFERABLE:
            intent_flows.run(turn, action, "")
        elif payload == "p:clear":
            privacy.clear(turn)
        elif prefix == "lang" and rest in ("vi", "en"):
            if not after_numbers.again_in_language(turn, rest):
                language.set_language(turn, rest)
        elif prefix == "tel":
            numbers.show_numbers(turn)
        elif prefix == "pw":
            pathways.on_payload(turn, action, arg)
        elif prefix == "fu":
            followup.on_payload(turn, action, arg)
        elif prefix == "hd":
            handoff.on_payload(turn, action)
        elif prefix == "e" and action == "safer":
            if emergency.on_safer(turn, arg == "yes"):
                services.begin(turn, turn.session.service)   # then help near, if wanted
        else:  # a stale or unknown button: never a dead end
            fallback.fallback(turn)

    def _menu_item(self, turn: Turn, item: str) -> None:
        items: dict[str, Callable[[Turn], None]] = {
            "help": help_request.begin, "numbers": numbers.show_numbers, "near": services.begin,
            "learn": learn.begin, "other": lambda t: help_request.begin(t, for_whom="other"),
            "privacy": privacy.show, "language": self._toggle_language, "pathways": pathways.menu,
            "human": handoff.ask,
        }
        items.get(item, fallback.fallback)(turn)

    @staticmethod
    def _toggle_language(turn: Turn) -> None:
        """The language button: the other language (the danger's numbers again in it, when
        they were just given)."""
        wanted = "en" if turn.lang == "vi" else "vi"
        if not after_numbers.again_in_language(turn, wanted):
            language.toggle(turn)

    def _location(self, turn: Turn) -> None:
        location = turn.inbound.location
        assert location is not None
        if turn.session.flow == "help":
            help_request.on_location(turn, location)
        else:
            services.on_location(turn, location)

    # -- typed text -------------------------------------------------------------------------

    def _read(self, turn: Turn, text: str) -> None:
        """Understand the text once: intent and entities, its language, who is writing."""
        if self.services.understander is not None and text:
            turn.read_later(text)
        self._follow_language(turn, text)
        age = disclosure.writer_age(answers.forms(text)) if text else None
        if text and age is None and "," in text:
            # the writer's age in a clause of its own ("thầy sờ đùi em, em lớp 8"): with the comma
            # gone, "đùi em em lớp 8" reads like someone of the writer's
            age = next((found for clause in text.split(",")[1:]
                        if _WRITER_CLAUSE.match(clause.strip().casefold()) and
                        _AGE_WORDS.search(clause.casefold()) and
                        (found := disclosure.writer_age(answers.forms(clause))) is not None), None)
        if text and age != "older" and older_self(text):
            age = "older"   # "cho bà hỏi", "dạ bà an toàn": a grandmother writing of herself
        if age:
            turn.told_age = age != turn.session.writer
            turn.session.writer = age

    def _text(self, turn: Turn, text: str) -> None:
        """Danger first (violence, then self-harm), then the current step, a direct question, a
        disclosure, the understood intent, a ward name; a clarifying question or the fallback
        (with 111) only when nothing fits."""
        if text.startswith("/"):
            name, _, rest = text[1:].partition(" ")
            if rest.strip():
                self._command_with_text(turn, name, rest.strip())
            else:
                self._command(turn, name)
            return
        written = text   # what a counsellor is given, word for word
        if (rest := without_greeting(text)) != text:   # "chào bạn, em bị…": "bạn" is the bot
            text = rest
            turn.inbound = replace(turn.inbound, text=rest)   # flows that read the inbound too
        self._read(turn, text)
        session = turn.session
        menu_typed = typed_menu_item(turn.services.content, text)   # (a menu label typed)
        if menu_typed is None and privacy.asks_to_delete_now(text) and self_harm.level(text) is None:
            # (never a farewell that tells of things deleted, "e xoá hết ảnh, xoá fb rồi, chỉ còn
            # tin nhắn này": the crisis pathway reads it, not a clean screen)
            # "ông ấy về rồi, xoá giúp em": the clean screen asked for, first; the one line it
            # leaves carries the numbers when the message also told of danger
            privacy.clear(turn, in_danger=safety.is_danger(text))
            return
        if menu_typed is None and privacy.puts_off_delete(text):
            turn.say(turn.t("delete_later"))   # "mai xoá": nothing wiped now, how to, said
            return
        # ("ông về rồi" after "ông ngoại đi chợ chưa về": a grandfather home, no one who hurts;
        # "ông" (not "ổng") is "he is back" only where violence was told, or as the first words)
        if privacy.asks_to_exit_now(text) or (privacy.he_is_back(text) and not (
                _GRANDFATHER.match(text.casefold().strip()) and not session.acknowledged and
                session.emergency is None and not session.help and not session.is_new)):
            # "exit", "gotta go he's back"; "nó về rồi" at a step of the request: the one line
            # left keeps the numbers when he is back
            privacy.clear(turn, in_danger=safety.is_danger(text) or privacy.he_is_back(text))
            return
        step_before = session.step if session.flow == "pathway" else None
        if not session.handoff and after_numbers.asked_before_danger(turn, text):
            return   # "gọi 113 rồi mà ko ai nghe", "có ai tới không", "113 có tốn tiền không"
        if not session.handoff and (pressed := _label_copied(session, text)) is not None:
            # a label of the last turn typed whole ("Thể chất (đánh, đấm, đá…)" where the kind
            # is asked): the button chosen, not a telling of violence happening now; a button
            # that stands for danger ("Không / không chắc") gives the numbers when pressed
            self._payload(turn, pressed)
            return
        if not session.handoff and self._misread(turn, text):
            return   # "không, ý tôi là gõ bàn phím thôi", "I'm not a victim": misheard, said so
        if danger_first.answer(turn, text):
            if session.handoff:
                handoff.after_danger(turn, written)
            elif step_before is not None:
                pathways.after_danger(turn, text, step_before)
            return
        if session.handoff and handoff.on_text(turn, written):
            return  # with a counsellor (or waiting for one): to them, not to the flows
        if (session.help.get("who") in ("other", "child") or
                session.emergency in ("witness", "sexual_assault_other")) and \
                answers.reveals_self(text):
            self._revealed_self(turn)   # "thôi nói thật, là em": her own story, believed
            return
        if session.flow == "crisis" and len(text.split()) <= 6 and \
                any(_FAREWELL.search(t) for t in answers.forms(text)):
            # "tạm biệt", "bye" after dying was spoken of: it may be a farewell of another kind;
            # the numbers to call now, with care
            crisis.farewell(turn)
            return
        if session.flow == "crisis" and (self._checks_contact(turn, text) or _SOBS.match(
                fold(text).strip(" .!"))):
            # "có ai ở đó không", "hello?", "cảm ơn" after dying was spoken of
            crisis.hint(turn)
            return
        if session.flow in (None, "services") and emergency.asked_if_safer(turn):
            if (safer := emergency.read_safer(text)) is not None:
                # "rồi", "ừ", "chưa", "not yet" to "are you any safer now?": its button's answer
                self._payload(turn, emergency.SAFER_YES if safer == "yes" else emergency.SAFER_NO)
                return
            if emergency.thanks(text):
                emergency.thanked_in_danger(turn)   # "cảm ơn": heard, not asked a third time
                return
        if session.flow in (None, "services") and after_numbers.danger_may_go_on(turn) and \
                emergency.says_safer(text):
            self._payload(turn, emergency.SAFER_YES)   # "đỡ rồi", "better" just after the numbers
            return
        if after_numbers.answered_after_danger(turn, text):
            return   # "chưa", "không", "thôi" after the numbers: the numbers with the answer
        if after_numbers.danger_may_go_on(turn) and (self._checks_contact(turn, text) or (
                    ordinals.position(text) is not None and
                    ordinals.pick(text, session.offered) is None) or _heard_only(text)):
            # after the danger numbers: never a bare menu. "ok", "dạ", "huhu", "em sợ quá": the
            # numbers once more, and whether she is safer yet
            if (found := disclosure.detect(text, None)) is not None and found.variant == "fear":
                turn.say(turn.t("disclosure_ack.fear"))
            emergency.still_here(turn)
            return
        if session.is_new and text and not self._answer_says_it_is_a_bot(turn):
            turn.say(turn.t("bot_notice"))
        if followup.on_text(turn, text):
            return
        if (item := menu_typed) is not None:
            self._menu_item(turn, item)     # a button's label, typed: what the button gives
            return
        if (pressed := typed_button(session, text)) is not None:
            if pressed == "m:language" and (wanted := language.requested(text)) is not None:
                # "tiếng việt" typed under the English menu's "Tiếng Việt": that language, never
                # a toggle (the message itself may already have switched the chat to it)
                language.set_language(turn, wanted)
                return
            self._payload(turn, pressed)    # "xem tiếp" under an article: its "Xem tiếp" button
            return
        if session.flow == "privacy" and pathway_reader.asks_for_menu(text):
            session.goto(None)
            start.menu(turn)   # "quay lại", "trở lại", "go back" under the privacy screen
            return
        if session.flow == "privacy" and len(text.split()) <= 5 and \
                ((agreed := _AGREED.match(fold(text).strip(" .!?"))) or
                 answers.read_yes_no(text) == "no"):
            # "có", "yes please", "đồng ý" under "Xoá cuộc trò chuyện / Không, quay lại": its
            # button; "không", "ko xoá đâu": nothing wiped, said so. Only a plain yes wipes:
            # "dạ", "ok", "em hiểu rồi", "có thật không", "yes thanks" are heard, not agreed.
            if agreed:
                privacy.clear(turn)
            else:
                self._kept(turn)
            return
        if len(text.split()) <= 3 and session.flow != "pathway" and \
                (wanted := language.requested(text)) is not None:   # (a pathway asks again itself)
            intent_flows.switch_language(turn, wanted)   # "eng pls", "tiếng việt": asked in words
            return
        if (only := _only_choice(session.offered)) is not None and len(text.split()) <= 4 and \
                answers.read_yes_no(text) == "yes":
            self._payload(turn, only)   # "đúng rồi" to "Có phải bạn ở… phường Ninh Kiều?"
            return
        resume_offered = session.help.pop("resume", False)
        if resume_offered and len(text.split()) <= 3 and answers.read_yes_no(text) == "no" and \
                not answers.says_unsafe(text):
            # "không", "no thanks" to "carry on where we were?": no, never "not safe"
            session.goto(None)
            session.help = {}
            start.menu(turn)
            return
        if resume_offered and _CONTINUE.match(fold(text).strip(" .!")):
            help_request.on_payload(turn, "resume", "")   # "tiếp tục", the offer's button typed
            return
        if resume_offered and session.flow in (None, "privacy", "learn") and \
                help_request.answers_the_open_question(turn, text):
            help_request.on_text(turn, text)   # "cho tôi" after a side question: taken up there
            return
        if session.flow == "help" and \
                pathway_reader.answer(text, yes_no=session.step == "confirm_ward") == "stop" and \
                not turn.services.wards.candidates(text):   # "Thới Lai" folds like "thôi lại"
            # "stop", "thôi", "dừng lại": as "thôi" is; "menu", "quay lại": the menu
            if pathway_reader.asks_for_menu(text):
                session.goto(None)
                session.help = {}   # the row counted so far stays; nothing asked again
                start.menu(turn)
            else:
                intent_flows.run(turn, "goodbye", text)
            return
        if session.flow in ("learn", "services") and pathway_reader.asks_for_menu(text):
            self._back(turn)   # "quay lại" in a list: one level up, never a help request
            return
        if (session.flow == "services" or (session.flow is None and session.near)) and \
                (answers.corrects(text) or answers.asks_about_another(text)) and \
                (place := answers.read_ward(text, turn.services.wards)) is not None:
            services.show_ward(turn, place[0])   # "à nhầm, em ở Cái Răng": that ward's list
            return
        if session.flow is None and pathway_reader.asks_for_menu(text):
            start.menu(turn)   # "quay lại", "menu" with nothing under way: the menu, no request
            return
        if session.flow in _STEP_HINTS and answers.asks_what_is_meant(text):
            _STEP_HINTS[session.flow](turn)   # "là sao?" at a question: how to answer it, again
            return
        if session.flow in ("help", "crisis") and answers.asks_to_wait(text):
            turn.say(turn.t("take_your_time"))   # "đợi em xíu", "hold on": the question again
            (help_request.ask_next if session.flow == "help" else crisis.ask_safe)(turn)
            return
        if privacy.refuses_delete(text) and len(text.split()) <= 8:
            self._kept(turn)   # "đừng xoá nha": nothing wiped, and the question again
            return
        if session.flow == "help" and session.step != "safe" and len(text.split()) <= 4 and \
                (chosen := ordinals.pick(text, session.offered)) is not None:
            # "2", "cái thứ hai" at a step: its second button (never at "are you safe?", where a
            # number misread would say safe, or raise an alarm, that was never said)
            self._payload(turn, chosen)
            return
        if session.flow == "help" and self._help_step(turn, text):
            return
        if session.flow == "crisis" and crisis.on_text(turn, text):
            return
        if session.flow == "crisis" and (found := disclosure.detect(text, turn.understanding)) \
                and found.kind is None:
            crisis.hint(turn)   # "i'm alone at home": still here, not a violence request
            return
        if session.flow == "pathway" and pathways.on_text(turn, text):
            return
        if self._answers_current_step(turn, text):
            return
        if session.flow is None and session.near.get("listed") and session.near.get("ids") and \
                (ordinals.position(text) is not None or services.asks_for_more(text)):
            services.show_more(turn, ordinals.position(text))   # "số 2" under a request's cards
            return
        if session.flow is None and session.near.get("listed") and services.says_too_far(text):
            services.too_far(turn)   # "xa quá" under the list a request ended with
            return
        if (session.flow is None or (session.flow, session.step) == ("services", "where")) and \
                (chosen := ordinals.pick(text, session.offered) or
                 pathways.typed_audience(text, session.offered)):
            self._payload(turn, chosen)   # "cái thứ hai" under a menu: its second button; "teen"
            return                        # where the audiences are offered: theirs
        if resume_offered and answers.read_yes_no(text) == "yes":
            help_request.on_payload(turn, "resume", "")
            return
        was_helping = session.flow == "help" and help_request.is_unfinished(turn)
        was_in_crisis = crisis.asking_safe(session)
        if privacy.asks_who_reads(text):
            privacy.show(turn)      # "ai đang đọc tin nhắn của tôi vậy": what is kept
        elif start.asks_what_it_does(text):
            start.capabilities(turn)
        elif not session.is_new and start.asks_if_anyone_there(text):
            # "có ai ở đó không" mid-chat: who is here, and how to reach a person (as a first
            # message the greeting says it, with the menu)
            direct.ask_human(turn)
        elif start.asks_to_ask(text):
            turn.say(turn.t("ask_go_ahead"))   # "bot ơi cho hỏi tí": go ahead
        elif (signs := recognition.topic(text)) is not None and \
                not faq.asks_about_mental_health(text) and faq.topic(text) != "call_traces":
            # ("gọi 111 ba e có bt ko": "bt" is "biết", will he know, never "bình thường")
            # "is this abuse?": the signs, and help offered ("how do i know if i have
            # depression" is asked of the mind: its answer, below)
            learn.recognise(turn, signs)
        elif pathways.from_request(turn, text):
            return
        elif safety.asks_how_to_help(text):
            # "làm sao để giúp đứa bạn đang bị chồng đánh": 113 if it is now, then the guide
            turn.say(turn.t("help_someone_now"))
            learn.show(turn, "helping_someone")
        elif pathway_reader.teaches_a_child(text) and disclosure.detect(text, None) is None:
            learn.show(turn, "children_safety")   # "nói với con gái 6 tuổi về vùng kín ra sao"
        elif (key := faq.topic(text)) is not None and not self._violence_with_worry(turn, text, key):
            if key not in ("mental_health", "remember", "referral") and \
                    (key not in _LAW_QUESTIONS or situations.tells_own(text)):
                # (a friend's depression, a question about the bot, "đánh vợ bị phạt bao nhiêu":
                # nothing told to believe)
                self._believe(turn, text)
            direct.answer(turn, key)
            if key in ("police_fear", "where_to_report", *_LAW_QUESTIONS) and session.flow is None and \
                    not was_helping and \
                    turn.session.acknowledged and self._disclosure(turn, text):
                # "chồng em đánh em, em sợ báo công an", "…, anh ta có bị phạt không": answered,
                # then the request begun
                return
        elif getattr(turn.understanding, "intent", None) in _READING_MISHEARD and wants_to_read(text):
            intent = getattr(turn.understanding, "intent", None) or ""
            learn.show(turn, learn.topic_for(   # "tôi muốn đọc về bạo lực…": the article
                text, intent if intent in learn.INTENT_TOPICS else "learn_gbv"))
        elif session.flow is None and (hurt := disclosure.writer_hurts(text)) is not None:
            fallback.simple(turn, f"writer_hurts_{hurt}")   # "em đánh con": the parent's question
            return
        elif session.flow != "crisis" and complaint.about_the_bot(text) and \
                not safety.is_danger(text) and self_harm.level(text) is None and \
                disclosure.detect(complaint.without_it(text), None) is None:
            # "con bot này vô dụng quá": frustrated with us ("vô dụng" is not said of the writer)
            if session.is_new:
                turn.replies.clear()   # the answer says it is an automated assistant already
            fallback.simple(turn, "complaint_reply")
            return
        elif self._disclosure(turn, text):
            return
        elif session.flow != "help" and disclosure.asks_in_general(text) and \
                getattr(turn.understanding, "intent", None) in ("seek_help", "help_other"):
            # "what should a woman do if her husband hits her": the article, not a request
            learn.show(turn, learn.topic_for(text, "learn_safety"))
        elif not self._understood(turn, text):
            if session.flow == "help":
                help_request.hint(turn)
            elif session.flow == "crisis":
                crisis.hint(turn)
            elif session.flow == "pathway":
                pathways.hint(turn)
            else:
                self._not_understood(turn, text)
            return
        if was_helping and not turn.end_session and (
                session.flow != "help" or help_request.is_unfinished(turn)):
            if session.flow in ("help", "privacy"):  # answered on the side: the question again
                session.goto("help", session.step if session.flow == "help" else None)
                before = len(turn.replies)
                help_request.ask_next(turn)
                asked = turn.replies[before:]
                if asked and any(r.text == asked[0].text for r in turn.replies[:before]):
                    # already asked in this turn (the language switched asks it in the new
                    # language): once is enough
                    del turn.replies[before:]
            else:
                session.help["resume"] = True
                help_request.offer_resume(turn)
        elif was_in_crisis and not turn.end_session and not session.handoff and \
                session.flow in ("crisis", "privacy", None) and \
                getattr(turn.understanding, "intent", None) not in ("goodbye", "thanks", "greet"):
            # "có ai biết ko?", "111 có mất tiền ko?" after "em muốn chết": answered, then "are
            # you safe right now?" again, so the next "không" answers it
            crisis.ask_safe(turn)

    @staticmethod
    def _revealed_self(turn: Turn) -> None:
        """A friend's story owned as the writer's own: believed, the request (and its row) now
        hers, and, in an emergency, the advice for the one in danger instead of a bystander's."""
        session = turn.session
        turn.say(turn.t("disclosure_ack.default"))
        session.acknowledged = True
        session.help["who"] = "self"
        turn.services.counter.update(turn, **row_fields(session.help, session.writer))
        if session.emergency in ("witness", "sexual_assault_other"):
            emergency.danger_replies(turn, "sexual_assault" if
                                     session.emergency == "sexual_assault_other" else "home_violence")
        elif session.flow == "help" and help_request.is_unfinished(turn):
            help_request.ask_next(turn)

    @staticmethod
    def _back(turn: Turn) -> None:
        """"quay lại" / "back" while learning or looking at services: the level above (the
        topics of an article, the audiences of a topic list), else the menu."""
        session = turn.session
        audience = session.learn.get("audience") if session.flow == "learn" else None
        if session.flow == "learn" and session.step == "reading" and audience:
            learn.topics(turn, audience)
        elif session.flow == "learn" and session.step == "topic":
            learn.begin(turn)
        else:
            session.goto(None)
            start.menu(turn)

    @staticmethod
    def _kept(turn: Turn) -> None:
        """A delete refused: said so, then the step the person was at (or the menu)."""
        turn.say(turn.t("not_cleared"))
        flow = turn.session.flow
        if flow == "help" and help_request.is_unfinished(turn):
            help_request.ask_next(turn)
        elif flow in _STEP_HINTS and flow != "help":
            _STEP_HINTS[flow](turn)
        else:
            turn.session.goto(None)
            start.menu(turn)

    @staticmethod
    def _misread(turn: Turn, text: str) -> bool:
        """An everyday message heard as a story of violence or of dying, and the person says
        so ("không, ý tôi là gõ bàn phím máy tính thôi", "không phải vậy, chỉ mệt thôi", "tôi là
        công an, không phải nạn nhân"): sorry, and the menu, with what was heard forgotten. Never
        when the words also tell of danger, of dying or of violence ("không, ý em là ổng đánh em
        hoài" is read on), nor after pills or a cut (115 is asked for until she says she is
        safe)."""
        session = turn.session
        heard = session.flow in ("help", "crisis") or session.emergency is not None or \
            session.acknowledged
        if not heard or session.harm_done or not answers.says_misread(text):
            return False
        if safety.is_danger(text) or self_harm.level(text) is not None or \
                answers.says_unsafe(text) or answers.reveals_self(text) or (
                    (found := disclosure.detect(text, None)) is not None and found.kind is not None):
            return False
        if session.flow == "crisis":
            crisis.taken_back(turn)   # "ko, ý em là em mệt thôi": heard, the lines in reach
            return True
        session.goto(None)
        session.help, session.emergency, session.acknowledged = {}, None, False
        turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t("misread_sorry")))
        return True

    @staticmethod
    def _checks_contact(turn: Turn, text: str) -> bool:
        """A greeting, a thanks or "is anyone there?" of a few words, with nothing else said."""
        if len(text.split()) > 6:
            return False
        if start.asks_if_anyone_there(text) or any(_STILL_THERE.search(t) for t in answers.forms(text)):
            return True
        return getattr(turn.understanding, "intent", None) in ("greet", "thanks") and \
            disclosure.detect(text, None) is None

    @staticmethod
    def _answer_says_it_is_a_bot(turn: Turn) -> bool:
        """"are you a bot?", or a person asked for with no counsellors' desk: the answer itself
        begins "I am an automated assistant", so no notice is said before it as well (with a
        desk, joining the queue says no such thing, and the notice stays)."""
        intent = getattr(turn.understanding, "intent", None)
        return intent == "bot_challenge" or (intent == "ask_human" and
                                             turn.services.handoff is None)

    def _help_step(self, turn: Turn, text: str) -> bool:
        """A message during the help request: unsafe first, a direct question, then the steps
        (every step read at once), with a disclosure acknowledged once."""
        unsafe = answers.says_unsafe(text) or (
            turn.session.step == "safe" and answers.read_safe(
                text, fear_counts=True, child=turn.session.writer == "child") == "no")
        if not unsafe and (faq.topic(text) is not None or privacy.asks_who_reads(text) or
                           pathway_reader.asks_whether_to_pay(text) or
                           pathway_reader.requested(text) == "digital" or
                           handoff.asks_for_a_person(turn, text)):
            # a question on the side, or a person asked for ("cho em nói chuyện với người
            # thật": no "for me"): answered, then the same step again
            return False
        if not answers.says_unsafe(text) and medical.asks_what_now(text):
            # (at "are you safe?" too: "e ko bt lam sao" asks what to do; the question follows)
            # "em phải làm sao", "e ko bt lam sao", "what should i do": the steps that fit her,
            # to read when ready, then the same question (never only "I hear you" again)
            guides = pathways.fitting_guides(turn)
            buttons = tuple(Button(turn.t(f"pathways.guide_titles.{g}"), f"pw:g:{g}") for g in guides) \
                or (Button(turn.t("pathways.check"), "pw:check"), Button(turn.t("pathways.plan"), "pw:plan"))
            turn.say(turn.t("what_to_do_offer"), buttons)
            help_request.ask_next(turn)
            return True
        # A place named alone where the place is asked ("Ninh Kieu", "xa vinh vien") tells no
        # story: only the disclosure patterns read it, never the classifier's guess.
        place_alone = turn.session.step == "where" and len(text.split()) <= 4 and \
            bool(turn.services.wards.candidates(text))
        found = disclosure.detect(text, None if place_alone else turn.understanding) \
            if text else None
        if found is not None and found.kind is None and len(text.split()) < 4 and (
                answers.read_who(text) or answers.read_safe(text)):
            found = None  # a short step answer ("cho tui") that the classifier calls seek_help
        if found is not None and found.kind is None and found.variant != "fear" and (
                answers.names_unknown_place(text) or answers.is_skip(text)):
            found = None  # "i don't know my ward": a pass on a step, no story to believe
        if found is not None and found.kind is None and turn.told_age and len(text.split()) <= 5:
            found = None  # "em 13 tuoi" at a step: an age told, which the classifier may call a story
        before = len(turn.replies)
        if not help_request.on_text(turn, text):
            if found is None and turn.told_age and turn.session.writer == "child":
                # "em 13 tuổi" at a step: words for a child, then the same question
                turn.say(turn.t("disclosure_ack.child"))
                help_request.ask_next(turn)
                return True
            if found is None:
                return False
            if found.told and not turn.session.acknowledged:
                help_request.ask_next(turn)   # heard first (below), then the question again
            elif found.violence or found.told:
                # more of the story ("mẹ em không tin em"): heard, not "answer yes or no"
                turn.say(turn.t("help_heard"))
                help_request.ask_next(turn)
            else:
                help_request.hint(turn)
        if found is not None:
            pathways.remember_fit(turn, found.variant)
        if found is not None and found.told and not turn.session.acknowledged:
            turn.session.acknowledged = True
            at = before if turn.session.emergency is None or len(turn.replies) <= before + 2 \
                else before + 2
            # Told of the person this request is for ("cho con gái tôi", then "nó bị thầy sờ
            # soạng"): the words for someone else, not "it is not your fault" to the writer.
            variant = "other_person" if turn.session.help.get("who") in ("other", "child") \
                and found.variant not in ("child", "older") else found.variant
            turn.replies.insert(at, Reply(turn.t(f"disclosure_ack.{variant}"),
                                            language=turn.lang))
        return True

    @staticmethod
    def _violence_with_worry(turn: Turn, text: str, key: str) -> bool:
        """Sleeplessness or anxiety told with violence ("chồng đánh em, em mất ngủ lo âu lắm"):
        the violence is what is answered (a disclosure, then help), not the mental-health line
        alone."""
        if key != "mental_health":
            return False
        found = disclosure.detect(text, turn.understanding)
        return found is not None and found.kind is not None and found.told

    @staticmethod
    def _believe(turn: Turn, text: str) -> None:
        """A direct question that also tells of violence ("he beats me, how do I divorce?") is
        answered as asked, but what was told is believed first, once per conversation."""
        found = disclosure.detect(text, turn.understanding)
        if found is not None and found.violence and found.told and not turn.session.acknowledged:
            turn.say(turn.t(f"disclosure_ack.{found.variant}"))
            turn.session.acknowledged = True

    def _disclosure(self, turn: Turn, text: str) -> bool:
        """Violence, fear or distress told in words or in crying emoji: believed first, then a
        help request begun with what was said (never "not understood")."""
        if self_harm.thanked_and_better(text) and self_harm.level(text) is None:
            return False    # "years ago he hit me, i left, i'm safe now, thank you": a thank-you
        if self_harm.mark_of_no_harm(text) and not _SOMEONE_DID.search(fold(text)) and \
                not safety.is_danger(text):
            return False    # "i got a new tattoo of a knife", "burned my hand on the pan": no story
        if (safety.watched(text) or safety.harmless(text)) and not situations.done_to_writer(text) and \
                not safety.is_danger(text):
            # "that horror movie where he strangles the babysitter", "the steak is still
            # bleeding": a screen's story, a kitchen's; no one's violence
            return False
        crying = disclosure.is_emoji_distress(text)
        found = None if crying else disclosure.detect(text, turn.understanding)
        if found is None and not crying:
            return False
        # ("we broke up and i cry sometimes, but i'm getting better, just needed to say it": no
        # violence in the words, whatever the classifier heard; heard, no form)
        vented = found is not None and self_harm.vented(text) and \
            disclosure.detect(text, None) is None and not safety.is_danger(text)
        if found is None or vented or (found.variant == "down" and not found.violence):
            # crying emoji, "tôi buồn quá", "i'm so stressed": here, and a question; no form
            turn.say(turn.t("distress_ack"), (Button(turn.t("disclosure_start"), "m:help"),
                                              Button(turn.t("disclosure_numbers"), "m:numbers")))
            return True
        # (believed once a conversation; again when the writer's own story follows someone
        # else's: "còn em thì bị ck đánh hoài", or when violence is first told inside the crisis
        # pathway, whose thanks were for the wish to die: "ổng lại say xỉn về chửi nữa")
        if found.told and (not turn.session.acknowledged or answers.says_writer_too(text) or
                           (turn.session.flow == "crisis" and found.violence and
                            turn.session.help.get("kind") in (None, "skip") and
                            turn.session.emergency in (None, "self_harm"))):
            # (a child known from before, by the children's guide or an age said: a child's words)
            variant = "child" if found.variant == "default" and turn.session.writer == "child" \
                else found.variant
            turn.say(turn.t(f"disclosure_ack.{variant}"))
            turn.session.acknowledged = True
        if found.kind == "sexual" and disclosure.recent_rape_told(text):
            _say_care_in_time(turn)   # "tối qua e bị… cưỡng hiếp": PEP within 72 hours, now
        emergency.abroad_note(turn)   # "chủ giữ hộ chiếu em ở Malaysia": 111 is not for there
        pathways.remember_fit(turn, found.variant)
        prefill: dict[str, str] = {}
        if found.kind in help_request.KIND_CHOICES:
            prefill["kind"] = found.kind
        who = turn.entity("for_whom") or answers.read_who(text)
        if who == "other" and disclosure.own_images_told(text):
            who = "self"   # "dọa tung clip nóng của e": her own images
        if disclosure.writer_is_victim(answers.forms(text), turn.session.writer, who):
            who = "self"  # a child or an older person telling of their own home
        elif found.variant == "other_person" and who in (None, "self", "skip") and \
                any(disclosure.RELAYED.search(t) for t in answers.forms(text)):
            # told to the writer by the one it happens to ("1 bé trong lớp kể…", "my daughter
            # (7) told me…"): the request is theirs, a child's when a child is named (111)
            who = "child" if situations.names_a_child(text) else "other"
        if who and who != "skip":
            prefill["who"] = who
        elif found.variant == "other_person":
            prefill["who"] = "other"
        elif found.violence or found.variant == "fear":
            prefill["who"] = "self"
        help_request.begin(turn, prefill=prefill)
        return True

    def _understood(self, turn: Turn, text: str) -> bool:
        intent = turn.understanding.intent if turn.understanding else None
        whole = turn.services.wards.lookup(text) if text else None
        if whole is not None:  # a unit's name alone ("xã Vĩnh Viễn"): the place, not a guess
            services.show_ward(turn, whole)
            return True
        if intent in (None, "find_provider", "seek_help", "ask_hotline", "out_of_scope") and text and \
                len(text.split()) <= 10 and turn.session.flow is None and \
                not turn.services.wards.candidates(text) and \
                (place := turn.services.wards.province_named(text)) is not None:
            # ("nhà tạm lánh ở cần thơ": the kind asked is looked for city-wide, not dropped)
            turn.session.service = services.service_in(text) or turn.session.service
            services.on_province(turn, place)   # "tui ở tp hcm nè, có giúp dc ko"
            return True
        if intent in ("learn_safety", "quick_exit", "privacy") and privacy.asks_how_to_clear(text):
            privacy.show(turn)
            return True
        if intent == "goodbye" and _ANOTHER.search(fold(text)):
            intent = None           # "cái khác", "chủ đề khác": another choice, no goodbye
        if intent == "quick_exit" and privacy.misheard_close(text):
            intent = None           # "đông" (east, a ward's "Đông…") is no "đóng" (close)
        if intent in ("emergency", "self_harm") and not has_content(text):
            intent = None           # "của em": nothing to read danger in (content_words.py)
        if intent in (None, "self_harm", "seek_help", "out_of_scope", "goodbye") and \
                self_harm.level(text) is None and \
                self_harm.thanked_and_better(text):
            intent = "thanks"       # "thanks for yesterday, i'm fine now": a thank-you, no farewell
        if intent == "self_harm" and (self_harm.only_in_passing(text) or self_harm.not_a_wish(text) or
                                      self_harm.everyday(text) or
                                      self_harm.weak_guess(text, turn.understanding) or
                                      self_harm.violence_not_death(text, turn.understanding,
                                                                   danger_first.violence_told(turn))):
            intent = None           # "i live in ninh kieu", "khó chết đi được", "ko muốn nói nữa"
        if intent in ("self_harm", "quick_exit") and (ended := self_harm.ends_something_else(text)):
            # "Tôi muốn kết thúc cuộc hôn nhân này": a way out of a marriage, not of life; a
            # relationship or a job ended: the ward or the clarifying question below.
            if ended == "marriage":
                direct.answer(turn, "legal_aid")
                return True
            intent = None
        if intent and intent.startswith("learn_") and len(text.split()) <= 4 and \
                turn.understanding.confidence < _SHORT_ARTICLE_MIN and \
                not any(words.fullmatch(fold(text).strip(" .!?"))
                        for _topic, words in learn.TOPIC_WORDS):
            # "hướng dẫn", "chia sẻ vị trí", "đường 30/4": no article asked ("dấu hiệu", a
            # topic's own word, still opens it)
            intent = None
        if intent in ("emergency", "seek_help") and \
                (((self_harm.body_art(text) or safety.harmless(text) or safety.seen_on_screen(text)) and
                  not _SOMEONE_DID.search(fold(text))) or safety.only_things_struck(text)) and \
                not safety.is_danger(text):
            # "will my tattoo bleed a lot", "the steak is still bleeding", "thợ nói phải đập bỏ bức
            # tường cũ", "just watched a documentary on trafficking": no story to help with
            intent = None
        if intent == "emergency" and turn.entity("kind"):
            # the classifier's emergency that the danger reading did not take (a question of law,
            # a ward named with it…): violence was named, so a request for help, never "not
            # understood"
            intent = "seek_help"
        if intent and intent_flows.run(turn, intent, text):
            return True
        match = answers.read_ward(text, turn.services.wards) if text else None
        if match is not None and match[1]:
            services.show_ward(turn, match[0])
            return True
        if text and len(text.split()) <= 5 and \
                (place := turn.services.wards.province_named(text)) is not None:
            services.on_province(turn, place)   # "tôi ở sài gòn", "em quê ở bạc liêu"
            return True
        # An old name now in several units ("Hưng Lợi"), typed with no question: which one?
        return bool(text) and len(text.split()) <= 4 and services.choose_if_several(turn, text)

    def _not_understood(self, turn: Turn, text: str) -> None:
        if text and len(text.split()) <= 3 and (close := turn.services.wards.close_to(text)):
            services.offer_close(turn, "s", close)   # "ninh kìu" typed alone: the place meant?
            return
        if after_numbers.danger_may_go_on(turn):
            # after the danger numbers, words not understood ("bé con em cũng đang ở đây", "đau
            # quá"): the numbers again and whether she is safer, never a menu of guesses
            emergency.still_here(turn)
            return
        options = clarify.options(turn) if text else []
        if options:
            clarify.ask(turn, options)
        else:
            fallback.fallback(turn)

    def _language_of(self, turn: Turn, text: str) -> str | None:
        """The classifier's language of `text`, without its intent when the backend can tell it
        alone (the built-in one can: a few look-ups instead of the whole model)."""
        alone = getattr(self.services.understander, "language_of", None)
        if alone is not None and text:
            return alone(text)[0]
        return getattr(turn.understanding, "language", None)

    def _english_around(self, turn: Turn, text: str, places: object) -> bool:
        """The words of a short message besides the place it names read as English to the
        classifier ("shelter near" in "shelter near Ninh Kieu")."""
        named = set()
        for match in places if isinstance(places, list) else []:
            named |= set(fold(match.ward.name).split()) | set(fold(match.old_name or "").split())
        rest = " ".join(w for w in text.split() if fold(w) not in named)
        return len(rest.split()) >= 1 and rest != text and self._language_of(turn, rest) == "en"

    def _follow_language(self, turn: Turn, text: str) -> None:
        """Answer in the language the person writes: the word-count detector when it is sure,
        else the classifier's language for a first message or a sentence of a few words (short
        replies such as "ok" must not flip the language)."""
        detected = language.detect(text)
        sure = detected   # (what the word counts alone say: the language the person writes in)
        if len(text.split()) <= 5 and (places := turn.services.wards.candidates(text) or
                                       turn.services.wards.province_named(text)):
            # a place's name ("phuong ninh kieu", "ho chi minh city") is no choice of language;
            # the words around it may be ("I live in Cai Rang", "shelter near Ninh Kieu")
            if detected != "en" and not (turn.session.is_new and
                                         self._english_around(turn, text, places)):
                return
            detected = "en"
        if detected is None and language.neutral(text):
            return
        if detected is None and (understood := self._language_of(turn, text)) in ("vi", "en") and (
                turn.session.is_new or len(text.split()) >= 3) and \
                not language.mixed(text):
            detected = understood
        if detected is not None and detected != turn.session.language and \
                not turn.session.is_new and len(text.split()) <= 3 and \
                language_request.requested(text) is None and \
                not (sure == detected and turn.session.typed in (None, detected)) and \
                not (sure == "vi" and language.has_marks(text) and
                     not _SHORT_ANSWER_VI.match(text.casefold().strip(" .!?"))):
            # ("hello", then "cứu em": Vietnamese typed with its marks, more than a yes or a no,
            # is the person's own language; "có", "dạ" from a foreign spouse stay answers)
            # "my sister", "i'm safe" typed in a Vietnamese chat, "có", "bỏ qua", "dạ" in an
            # English one (a foreign spouse's few words): an answer, not a switch. (Unless the
            # chat's language was never the person's own: "/start", then "he hit me", is
            # answered in English.)
            if sure:
                turn.session.typed = sure
            return
        if sure:
            turn.session.typed = sure
        if language_request.asks_english_for_self(text) or language_request.prefers_english(text):
            detected = "en"   # "tôi là người nước ngoài…, có ai nói tiếng Anh không": in English
        elif (wanted := language_request.requested(text)) is not None:
            detected = wanted   # "em bị đánh, english pls": the danger's answer in English too
        if detected and detected != turn.session.language:
            turn.session.language = detected

    def _answers_current_step(self, turn: Turn, text: str) -> bool:
        session = turn.session
        if session.flow == "services" and session.step == "where" and \
                _SEND_LOCATION.match(fold(text).strip(" .!")):
            services.on_payload(turn, "loc", "")   # "gửi vị trí": how to share it, asked again
            return True
        if session.flow == "services" and session.step == "where":
            match = answers.read_ward(text, turn.services.wards)
            if match is not None and match[1]:
                # "cần chỗ ở tạm ở cái răng": the kind of service named with the ward counts too
                session.service = services.service_in(text) or session.service
                services.show_ward(turn, match[0])
                return True
            if services.choose_if_several(turn, text):
                return True
            if len(text.split()) <= 3 and (kind := services.service_in(text)):
                services.begin(turn, kind)   # "công an" where the place is asked: that filter kept
                return True
            if len(text.split()) <= 8 and (place := turn.services.wards.province_named(text)):
                services.on_province(turn, place)   # "ở Hậu Giang", "TP HCM"
                return True
            if answers.is_skip(text) or answers.does_not_know_where(text) or \
                    answers.names_unknown_place(text):
                services.show_city(turn)   # "tui ko biết phường nào": the city's list
                return True
            if close := turn.services.wards.close_to(text):
                services.offer_close(turn, "s", close)   # "ninh kìu"
                return True
            if answers.names_a_street(text):
                turn.say(turn.t("ward_street"))   # "đường Hòa Bình": a street, its ward asked
                services.begin(turn, session.service)
                return True
            if (name := answers.unknown_ward_named(text)) is not None:
                # "phường an lạc" (a ward merged away before 2025): said not found, not ignored
                turn.say(turn.t("ward_unknown", text=name))
                services.begin(turn, session.service)
                return True
            if answers.says_where_at(text) and disclosure.detect(text, None) is None:
                turn.say(turn.t("ward_place_unknown"))   # "em ở Mậu Thân": its ward asked
                services.begin(turn, session.service)
                return True
            if session.emergency not in (None, "self_harm") and len(text.split()) <= 12 and \
                    answers.read_safe(text, places=True) == "yes" and \
                    any(_SAFETY_SAID.search(t) for t in answers.forms(text)):
                # "em an toàn rồi" to "are you any safer now?" after the numbers: glad, and the
                # place can still be given for help near
                turn.say(turn.t("help_safe_ack_hedged" if answers.hedged(text) else "help_safe_ack"))
                session.help["safe"] = "yes"   # (no "are you any safer?" at each "ok" after)
                services.begin(turn, session.service)
                return True
            return False
        if session.flow == "services" and session.step == "results":
            return services.on_results_text(turn, text)
        if session.flow == "learn":
            return learn.on_text(turn, text)
        return False


# "bạn còn đó không", "are you still there": the bot asked whether it is still there
# The few words of an answer that a foreign spouse types in an English chat without switching it
_SHORT_ANSWER_VI = re.compile(r"^(dạ |vâng |ừ )?(có|không|dạ|vâng|ừ|ừm|bỏ qua|được|rồi|chưa|đúng|"
                              r"phải|cảm ơn|cám ơn|đúng rồi|không sao)( ạ| nhé| nha| rồi)?$")
# A farewell in so many words ("tạm biệt", "ok bye"): after words of dying, maybe of another kind
_FAREWELL = re.compile(r"\b(tam biet|vinh biet|bye|goodbye|bai bai|bye bye|chao (nhe|nha|ban|nhe ban)|"
                       r"good night|ngu ngon)\b")
_STILL_THERE = re.compile(r"\b(ban|bot|em|minh|ad|admin)( con)?( o)? (do|day|ben do)( khong| ko| k| hong| chu| a)?$|"
                          r"^con (o )?(do|day)( khong| ko| k| hong| chu| a)$|"
                          r"\b(are )?you (still )?there\b|\bstill there\b")
_AGE_WORDS = re.compile(r"\d|lớp|lop|cấp|cap|tuổi|tuoi|sinh|grade|year|teen")
_WRITER_CLAUSE = re.compile(r"^(em|e|con|cháu|chau|mình|minh|tui|tôi|toi|tao|i'?m|i am|im)\b")


# Another of the choices asked for ("cái khác", "chủ đề khác", "something else")
_ANOTHER = re.compile(r"\b(khac|other|else|another)\b")
# Someone named who may have done it ("ổng lấy dao rạch hình xăm của em", "he burned my hand"):
# everyday words beside them may still be a story of violence
_SOMEONE_DID = re.compile(r"\b(he|she|they|his|him|them|ong|ong ay|ong ta|anh ta|anh ay|han|no|chong|ck|vo|"
                          r"vk|bo|ba|thang|bon no|tui no|ny|nyc|ex|husband|boyfriend|bf|wife|dad|father|mom|"
                          r"mother|stepdad|stepfather|partner|bo duong|cha duong|me ke|sep|boss)\b")
# Only crying ("huhu", "hic hic", "😭"): still here, the question again (never "tell me more")
_SOBS = re.compile(r"^((hu ?hu|huhu+|hu hu hu|hic|hix|hjc|emosad|emofear|emoplease) ?)+$")
# "gửi vị trí", "vị trí", "send my location": the location offered where the place is asked
_SEND_LOCATION = re.compile(r"^((em |toi |minh |tui )?(muon |se )?(gui|chia se|share|send|dung|gui cho "
                            r"ban)( my| the)? )?(vi tri|dinh vi|location|my location|gps)( (nha|nhe|di|a|"
                            r"cua (em|toi|minh)))*$")
# Agreement to what a screen offers ("đồng ý", "làm đi", "do it", "go ahead")
_AGREED = re.compile(r"^(co|co a|co xoa|co xoa di|co xoa giup|dong y|dong y a|lam di|lam luon|xoa luon|"
                     r"xoa di|xoa giup|xoa gium|do it|go ahead|yes|yes please|yes delete|yes delete it|"
                     r"yes clear it|yep|sure|delete it|clear it|ok xoa|ok xoa di|oke xoa di)$")
# An acknowledgement, a sob or fear alone ("ok", "dạ", "ừ", "yes", "huhu", "😭", "em sợ quá",
# "I'm scared"): nothing new told, nothing asked
_HEARD = re.compile(
    r"^((ok|oke|okay|okie|oki|okela|k|kk|uh|uhm|um|u|uk|uki|um|da|vang|yes|yeah|yep|ya|yah|roi|"
    r"da roi|duoc|dc|hieu roi|biet roi|em biet roi|got it|alright|all right|sure|huhu|hu hu|hic|hix|"
    r"hic hic|emosad|emofear|emoplease)( (a|nha|nhe|ha|roi|oi|emosad|emofear|emoplease))*|"
    r"((chua|khong|ko|van|van con|da|u|ok|dạ) )?((em|e|toi|tui|minh|con|chau|i'?m|i am|im) )?"
    r"(van |dang |rat |that su )?(so|so qua|so lam|so that|so qua di|run qua|scared|"
    r"so scared|afraid|terrified|very scared)( (qua|lam|a|oi|emosad|emofear))*)$")


def _heard_only(text: str) -> bool:
    """Only "ok", a sob or fear said after the danger numbers (`_HEARD`)."""
    return len(text.split()) <= 5 and any(_HEARD.match(t.strip(" .!")) for t in answers.forms(text))


def _only_choice(offered: list[str]) -> str | None:
    """The one real choice of the last screen (a clarifying "did you mean…", a ward that was
    probably meant), besides skipping and the menu: what a typed "yes" presses."""
    real = [p for p in offered if p != "menu" and not p.endswith(":skip")]
    # (never the clear button: a bare "ok" or "dạ" under the privacy screen wipes nothing; the
    # word itself, "xoá", or the button does; nor the check-in's cancel button, under which
    # "ok", "dạ em cảm ơn" thank for the check-in kept)
    return real[0] if len(real) == 1 and real[0] not in _NEVER_BY_YES else None


_NEVER_BY_YES = frozenset({"p:clear", "clear", "fu:cancel"})   # ("ok" after "Mình sẽ nhắn bạn…")


def _choices_shown(replies: list[Reply]) -> list[str]:
    """The payloads of the last reply's buttons, when that reply offers choices only (a menu, a
    submenu); a screen mixing calls or links with choices, or no buttons at all, offers none
    to be named by their place ("the second one" must not press a call), and neither does a
    turn that also showed a numbered list (services "1. …, 2. …"): "2" may name either."""
    if ordinals.shows_numbered_list([reply.text for reply in replies]):
        return []
    for reply in reversed(replies):
        if reply.buttons:
            if all(b.kind == "choice" for b in reply.buttons):
                return [b.payload for b in reply.buttons]
            return []
    return []


# Reading asked for, not a story told ("tôi muốn đọc về bạo lực tình dục", "cho em tìm hiểu về
# bạo lực kinh tế", "i want to read about abuse"): the article, never "thank you for telling me"
_WANTS_TO_READ = screened(
    r"\b(muon (doc|tim hieu|biet them|hieu them|hoc) (them )?ve|(doc|tim hieu|hoc) (them )?ve|"
    r"cho (em|toi|minh|tui) (doc|xem|tim hieu|hoc) (them )?ve|thong tin ve|tai lieu ve|bai viet ve|"
    r"(want|like) to (read|learn|know more) about|tell me (more )?about|"
    r"info(rmation)? (about|on))\b")
_OWN_STORY = re.compile(r"\b(toi|em|minh|tui|i|me) (bi|dang bi|da bi|vua bi|was|am being|got)\b|"
                        r"\b(chong|vo|ck|vk|ny|bo|me|ba) (toi|em|minh|tui|e)\b|\bmy (husband|wife|"
                        r"partner|boyfriend|girlfriend)\b")


# What the classifier may make of a wish to read about violence (a story, a learn intent, or even
# self-harm at low confidence); never a service, the hotline, privacy or a person asked for
_READING_MISHEARD = frozenset({None, "seek_help", "help_other", "self_harm", "learn_gbv",
                               "learn_safety", "learn_rights", "learn_equality"})
_SELF_HARM_WORDS = re.compile(r"\b(thuoc|chet|tu tu|tu sat|tu hai|cat tay|rach tay|pills?|overdose|"
                              r"suicid\w*|die|dying|poison|self harm)\b")


def wants_to_read(text: str) -> bool:
    """Reading about a topic asked for, with no story of one's own in the same words ("em muốn
    tìm hiểu về quyền của mình, ba dượng hay đánh em" is a story: believed, then help)."""
    texts = answers.forms(text)
    if not any(_WANTS_TO_READ.search(t) for t in texts) or any(_OWN_STORY.search(t) for t in texts) \
            or not any(_TOPIC_NAMED.search(t) for t in texts) \
            or any(_SELF_HARM_WORDS.search(t) for t in texts):
        return False   # (a violence topic named: never privacy, a service, the law, the bot)
    # (the topic's own name, "bạo lực tình dục", tells no story: only what is left is read)
    found = disclosure.detect(_TOPIC_NAMED.sub(" ", fold(text)), None)
    return found is None or not (found.violence or found.told)


_TOPIC_NAMED = re.compile(r"\b(bao luc|xam hai|quay roi|lam dung)( (tinh duc|gia dinh|tinh than|kinh te|"
                          r"tren mang|qua mang|than the|gioi|tre em|hoc duong|cong so))?\b|"
                          r"\b(sexual|domestic|online|emotional|economic|physical)? ?(violence|abuse|"
                          r"harassment)\b")


def _labels_shown(replies: list[Reply]) -> dict[str, str]:
    """The choice buttons of this turn, by their folded label (`Session.labels`)."""
    return {label_form(b.label): b.payload for reply in replies for b in reply.buttons
            if b.kind == "choice" and b.payload and len(b.label) <= 40}


# "tiếp", "next" typed where a "Xem tiếp" / "Next" button was shown
_NEXT_TYPED = screened(r"^((xem|doc|cho xem|cho doc) )?(tiep|tiep tuc|next|more|continue)"
                         r"( (di|nha|nhe|a|voi|please))*$")
_NEXT_LABELS = ("xem tiep", "next", "read more", "more")


def _label_copied(session: Session, text: str) -> str | None:
    """The payload of a button of the last turn whose whole label is what was typed, when the
    label is more than a word or two (a copied label; "có" or "không" are read as answers)."""
    if not session.labels or len(text) > 60 or text.count(" ") < 2:
        return None
    return session.labels.get(label_form(text))


# A label asked for by a verb before it ("cho xem tất cả", "chọn y tế", "show me all")
_PICK_ASKED = re.compile(r"^((cho|de) (toi|em|minh|tui|e|tao|t) |cho )?(xem|coi|chon|lay|mo|doc|bam|nhan|"
                         r"show me|show|pick|choose|i choose|i pick|i want)( (giup|gium|dum|het|luon))? ")


def typed_button(session: Session, text: str) -> str | None:
    """The payload of a button of the last turn whose label is what was typed ("xem tiếp" under
    an article), or "tiếp" where a "Xem tiếp" was shown."""
    typed = label_form(text)
    if not typed or len(typed) > 40 or not session.labels:
        return None
    found = session.labels.get(typed) or session.labels.get(re.sub(r" (di|nha|nhe|a|voi)$", "", typed))
    if found is None and (asked := _PICK_ASKED.sub("", typed)) != typed:
        # "cho xem tất cả", "chọn nơi tạm lánh", "show me legal aid": the label, asked for
        found = session.labels.get(asked) or session.labels.get(re.sub(r" (di|nha|nhe|a|voi)$", "", asked))
    if found is None and _NEXT_TYPED.match(typed):
        found = next((session.labels[k] for k in _NEXT_LABELS if k in session.labels), None)
    return found


def _session_failed(op: str, exc: Exception) -> None:
    """A session store failure during a turn: logged by kind and counted, never raised."""
    from bot.resilience.counters import STORE_FAILURES

    STORE_FAILURES.labels("sessions", op, type(exc).__name__).inc()
    log.warning("session %s failed (%s); the turn goes on", op, type(exc).__name__)
