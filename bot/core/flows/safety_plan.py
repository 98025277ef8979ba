"""The personal safety plan builder: a safe place, a trusted person and a signal, documents,
money and medicine, children, numbers saved under a harmless name, the way out, what to do in an
argument (the steps and their sources are in data/content/pathways.yml).

Every step is skippable and every step can be left ("thôi", "stop"). The person's notes live in
the session only, shortened to a few words. At the end they choose whether to receive the plan
as one message, warned that it stays in the chat for whoever holds the phone and reminded of
"clear this chat"; either way the notes are dropped from the session at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.core import answers, faq, pathway_reader
from bot.core.answers import forms
from bot.core.flows import handoff, language, privacy
from bot.core.flows.pathway_state import content, enter, leave, stop_button
from bot.core.messages import Button
from bot.core.render import menu_buttons
from bot.core.turn import Turn
from bot.nlu.prefilter import screened

# Characters kept of one note: an address with its lane and a "call first" fits whole ("nhà chị Lan
# số 12 hẻm 45 đường Trần Hưng Đạo, gọi trước khi qua"); eight such notes, the header and the
# numbers stay inside one Zalo message (2,000 characters) and a few phone screens.
NOTE_LIMIT = 160


def begin(turn: Turn) -> None:
    enter(turn, "plan", "plan", i=0, notes={})
    turn.say(turn.t("pathways.plan_intro", total=len(content(turn).steps)))
    ask(turn)


def ask(turn: Turn, prefix: str = "") -> None:
    steps = content(turn).steps
    index = int(turn.session.pathway.get("i", 0))
    step = steps[index]
    text = turn.t("pathways.plan_step", n=index + 1, total=len(steps),
                  label=step.label[turn.lang], question=step.text[turn.lang])
    turn.say(f"{prefix}\n\n{text}" if prefix else text,
             (Button(turn.t("pathways.skip"), f"pw:p:skip:{index}"), stop_button(turn)))


def _advance(turn: Turn, note: str | None) -> None:
    state = turn.session.pathway
    steps = content(turn).steps
    index = int(state.get("i", 0))
    if note:
        short = _shortened(note)
        state["notes"] = {**state.get("notes", {}), steps[index].id: short}
    state["i"] = index + 1
    if state["i"] < len(steps):
        ask(turn, turn.t("pathways.plan_noted") if note else "")
    else:
        ask_send(turn)


def _shortened(note: str) -> str:
    """The note on one line, cut at the last whole word before NOTE_LIMIT (a word never halved:
    "Trần…" is a street lost, "Trần Hưng Đạo…" is not)."""
    short = " ".join(note.split())
    if len(short) <= NOTE_LIMIT:
        return short
    cut = short[: NOTE_LIMIT - 1]
    if short[NOTE_LIMIT - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;.") + "…"


def acknowledges(text: str) -> bool:
    """"ok", "có", "xong rồi", "tiếp", "done", "đúng rồi": the step read or done, with nothing to
    note (a plan summary reading "Lối ra: có" tells the person nothing). ("đúng rồi" only with
    its marks: folded, it is "dừng rồi", stopped.)"""
    return any(_ACK_ONLY.match(t) for t in forms(text)) or \
        _ACK_MARKED.match(unicodedata.normalize("NFC", text).casefold().strip()) is not None


_ACK_MARKED = re.compile(r"^(dạ |ừ |ok )?(đúng rồi|đúng vậy|đúng)( ạ| nha| nhé| rồi)?[ .!]*$")


def note(turn: Turn, text: str) -> None:
    """Keep `text` as the current step's note and go on (a note that also told of danger)."""
    _advance(turn, text)


def ask_send(turn: Turn) -> None:
    turn.session.goto("pathway", "plan_send")
    t = turn.t
    turn.say(t("pathways.plan_send_q"),
             (Button(t("pathways.plan_send"), "pw:p:send"), Button(t("pathways.plan_no_send"), "pw:p:nosend"),
              Button(t("privacy_clear"), "p:clear")))


def on_button(turn: Turn, arg: str) -> None:
    """`pw:p:skip:<step index>`, `pw:p:send`, `pw:p:nosend`."""
    state = turn.session.pathway
    action, _, index = arg.partition(":")
    if state.get("flow") != "plan":
        begin(turn)
    elif action in ("send", "nosend") and turn.session.step == "plan_send":
        finish(turn, send=action == "send")
    elif action == "skip" and turn.session.step == "plan" and index == str(state.get("i", 0)):
        _advance(turn, None)
    elif turn.session.step == "plan_send":
        ask_send(turn)
    else:
        ask(turn)


# "gửi cho tui", "send it to me" at the last step; "đừng gửi" / "don't send" refuses.
# ("nhắn" to text, never inside "tin nhắn", a message: "tin nhắn này có bị lưu ko" is a question)
_SEND = re.compile(r"\b(gui|send|(?<!tin )nhan|cho (toi|em|minh|tui) xem)\b")
_NOT_SEND = re.compile(r"\b(khong|ko|khong nen|dung|chua|dont|do not|don't|no|khoi|khong can|ko can|"
                       r"thoi khoi|khoi can)( \w+)? (gui|send|nhan)\b|\bkhoi gui\b|^khoi$|"
                       r"^thoi khoi( nha| nhe| a)?$")
# A question typed at a step ("ai đọc được ghi chú này", "mà sao phải làm cái này", "số 113 là
# gì?"): answered, never saved as the person's note.
_ASKED = screened(r"qmark|^(ai|sao|tai sao|vi sao|lam sao|the nao|co phai|what|why|how|who|"
                    r"is it|are you|can (i|you|he|she|we|they|someone|anyone)|do you|does)\b|\b(ma sao|tai sao|vi sao|lam sao|de lam gi|"
                    r"la gi|la ai|co phai)\b")
_WHY = re.compile(r"\b(tai sao|vi sao|sao phai|ma sao|de lam gi|lam gi|why)\b")
# Sent somewhere else ("gửi qua zalo cho chị em", "send it to my sister", "email it to me")
_ELSEWHERE = re.compile(r"\b(gui|send|nhan|chuyen|forward|email)( \w+){0,3} (qua|sang|cho|to|toi|ve) "
                        r"(zalo|facebook|fb|messenger|email|mail|sdt|so|chi|ban|my|nguoi|someone|"
                        r"chi em|me em|ban em|em gai|my (sister|friend|mom|mother))\b")
# A yes/no question ("tin nhắn này có bị lưu ko", "gửi qua zalo cho chị em được ko")
_YES_NO_ASKED = re.compile(r"\b(co|bi|duoc|dc)\b.*\b(khong|ko|k|hong|chua)$")
_NOTES = re.compile(r"\b(ghi chu|luu|doc duoc|xem duoc|notes?|saved?|keep|read)\b")
# "quay lại câu trước", "previous step": one step back
_BACK = re.compile(r"^((quay lai|tro lai|lui lai|back to|go back to) )?(cau|buoc) truoc( do)?$|"
                   r"^(previous|previous (question|step)|go back one step|back one step)$|"
                   # "quay lại" alone, at a step of the plan: the step before, not the end of
                   # the plan with its notes deleted ("thôi", "dừng" stop it)
                   r"^(quay lai|tro lai|lui lai|back|go back)( di| nha| nhe| a)?$")



def goes_back(text: str) -> bool:
    """"quay lại", "câu trước", "back": the step before."""
    return any(_BACK.match(t) for t in forms(text))


# The whole message an acknowledgement, a yes or "done", and nothing else
_ACK_ONLY = re.compile(
    r"^((ok|oke|okay|oki|okie|ok la|okla|co|co a|co chu|vang|da|u|uh|um|uk|uhm|roi|duoc|dc|duoc roi|"
    r"xong|xong roi|da xong|lam roi|da lam roi|co roi|nho roi|biet roi|tiep|tiep di|tiep theo|"
    r"tiep tuc|qua buoc tiep|sang buoc tiep|buoc tiep|hieu roi|(em|toi|minh|tui) hieu roi|"
    r"(em|toi|minh|tui) lam roi|da luu roi|luu roi|cam on( ban)?|hihi|hehe|"
    r"yes|yep|yeah|sure|done|did it|got it|next|next step|noted|alright|fine|thanks|thank you|tks|"
    r"thx|emook|emosmile)"
    r"( (a|e|nha|nhe|ne|nhen|ha|di|luon|roi|ban|bot|thanks|thank you|cam on))*[ .!]*)+$")
# "chùa" (a pagoda, a common refuge) folds like "chưa" (not yet), read as a "no" to the step
_MARKED_PLACE = re.compile(r"(?<!\w)(chùa|chúa|nhà thờ)(?!\w)")
# Nowhere to go, no one to trust ("em không có chỗ nào để đi hết", "I have no one to trust"):
# noted, and where such help is found
_NOWHERE = re.compile(
    r"\bkhong (co|biet) (cho|noi|ai|nguoi)( nao)?( (de|ma|co the|tin|dang))? ?(di|o|tin|nho|tro|"
    r"toi|den|bao|ke|tin tuong|tin duoc)?( het| ca| luon| dau)*$|\bkhong (co )?ai (de |ma )?(tin|nho|"
    r"bao|ke)|\b(nowhere to (go|stay)|no ?one (to|i can) (trust|tell|call|turn to)|"
    r"(i )?(do not|don'?t) (have|know) (anyone|anywhere|any place))\b")


def on_text(turn: Turn, text: str, said: str | None) -> bool:
    """A typed note, a skip, a question (answered, then the step again), or the yes/no to
    sending the plan."""
    texts = forms(text)
    if said == "no" and _MARKED_PLACE.search(text.lower()):
        said = None   # "chùa gần nhà": the place, kept as the note
    if turn.session.step != "plan_send" and said is None and any(_NOWHERE.search(t) for t in texts):
        turn.say(turn.t("pathways.plan_nowhere"))   # then noted, as typed
    if turn.session.step == "plan_send":
        if said not in ("yes", "no", "skip") and any(_ELSEWHERE.search(t) for t in texts):
            # "gửi qua zalo cho chị em được ko": only into this chat, said; the question again
            turn.say(turn.t("pathways.plan_send_here"))
            ask_send(turn)
            return True
        if said not in ("yes", "no", "skip") and (any(_ASKED.search(t) or _YES_NO_ASKED.search(t)
                                                      for t in texts) or
                                                  privacy.asks_who_reads(text)):
            # "ai đọc được tin nhắn này", "tin nhắn này có bị lưu ko": answered, then asked again
            _answer_question(turn, text, texts, then=ask_send)
            return True
        if said not in ("yes", "no", "skip") and any(_SEND.search(t) for t in texts):
            said = "no" if any(_NOT_SEND.search(t) for t in texts) else "yes"
        if said in ("yes", "no", "skip"):
            finish(turn, send=said == "yes")
            return True
        if goes_back(text):
            turn.session.goto("pathway", "plan")   # "quay lại": the last step again, notes kept
            turn.session.pathway["i"] = len(content(turn).steps) - 1
            ask(turn)
            return True
        if len(text.split()) <= 12:
            # a late note ("phòng khách gần cửa chính") or a word not understood: the notes are
            # kept and the one question asked again, never another screen that drops them
            ask_send(turn)
            return True
        return False
    if said in ("skip", "no") or acknowledges(text):
        _advance(turn, None)   # ("ok", "xong rồi" to a step: read, nothing to keep as a note)
    elif any(_BACK.match(t) for t in texts):
        state = turn.session.pathway
        state["i"] = max(0, int(state.get("i", 0)) - 1)
        ask(turn)
    elif answers.asks_to_wait(text):
        turn.say(turn.t("pathways.plan_wait"))   # "khoan", "đợi chút": nothing saved
        ask(turn)
    elif (wanted := language.requested(text)) is not None and len(text.split()) <= 8:
        turn.session.language = wanted   # "english please", "nói tiếng anh được ko": no note
        turn.say(turn.t("language_set"))
        ask(turn)
    elif handoff.asks_for_a_person(turn, text):
        from bot.core.flows import direct

        direct.ask_human(turn)   # "cho em nói chuyện với tư vấn viên": never saved as a note
        if not turn.session.handoff:
            ask(turn)            # out of hours: the honest answer, then the step again
    # (a yes/no question is a note's own doubt here, "mà ko biết nó có chịu ko": only who
    # sees it, or a question's own words, are asked of the bot)
    elif any(_ASKED.search(t) for t in texts) or pathway_reader.asks_who_sees(text) or \
            faq.topic(text) is not None or privacy.asks_who_reads(text) or \
            (getattr(turn.understanding, "intent", None) == "bot_challenge" and
             any(_ASKED.search(t) or _YES_NO_ASKED.search(t) for t in texts)):
        _answer_question(turn, text, texts)
    elif (found := _story_told(turn, text)) is not None:
        # "con em bị ổng đánh bầm mình", "he took my passport and locks me in": a story, heard
        # and believed, never kept as a plan note; the step is asked again
        turn.say(turn.t(f"disclosure_ack.{found}"),
                 (Button(turn.t("disclosure_start"), "m:help"),
                  Button(turn.t("disclosure_numbers"), "m:numbers")))
        ask(turn)
    else:
        _advance(turn, text.strip())
    return True


# Words of a plan note that name him or harm as a precaution ("tránh xa bếp vì ổng hay cầm
# dao", "giấu tiền chỗ ổng không biết"): a note, whatever the story reader hears in them
_PRECAUTION = re.compile(r"\b(tranh|tranh xa|giau|cat|de san|mang theo|goi cho|nhan cho|bao|"
                         r"hen|ra|chay|tron|o|den|sang|qua|avoid|hide|keep|take|go to|call|"
                         r"text|tell|leave|stay)\b")


# An act of harm said in the answer ("bị ổng đánh", "took my passport and locks me in")
_HARM_ACT = re.compile(r"\b(bi|danh|dap|chui|doa|giu|lay|nhot|khoa|ep|hiep|xam hai|so mo|bop|"
                       r"hit|hits|beat\w*|took|takes|lock\w*|keeps?|threat\w*|rape\w*|hurt\w*|"
                       r"kick\w*|punch\w*|slap\w*|chok\w*)\b")


def _story_told(turn: Turn, text: str) -> str | None:
    """The disclosure variant when a plan answer tells of harm done (a past or present act,
    with no precaution's words), else None."""
    from bot.core import disclosure

    if len(text.split()) < 4 or any(_PRECAUTION.search(t) for t in forms(text)) or \
            not any(_HARM_ACT.search(t) for t in forms(text)):
        return None   # (a list of papers, "passport, residence card…", tells no story)
    found = disclosure.detect(text, turn.understanding)
    if found is None or not found.violence or not found.told or found.kind is None:
        return None
    return found.variant


def _answer_question(turn: Turn, text: str, texts: list[str],
                     then: Callable[[Turn], None] | None = None) -> None:
    """What was asked, in a line, then the same step (nothing saved as a note)."""
    from bot.core.flows import direct

    if privacy.asks_who_reads(text) or any(_NOTES.search(t) for t in texts):
        turn.say(turn.t("pathways.plan_notes_private"))
    elif (key := faq.topic(text)) is not None:
        direct.answer(turn, key)
    elif getattr(turn.understanding, "intent", None) == "bot_challenge":
        turn.say(turn.t("bot_reply"))
    elif any(_WHY.search(t) for t in texts):
        turn.say(turn.t("pathways.plan_why"))
    else:
        turn.say(turn.t("pathways.plan_question"))
    (then or ask)(turn)


def hint(turn: Turn) -> None:
    if turn.session.step == "plan_send":
        ask_send(turn)
    else:
        turn.say(turn.t("pathways.plan_hint"))
        ask(turn)


# Characters of the plan in one bubble: eight short notes, the title and the numbers fit a phone's
# chat area in one; longer notes (an address with its instructions) go on in a second bubble
# rather than one taller than the screen (tests/server/test_browser_pathways.py measures it).
PLAN_BUBBLE = 700


def plan_parts(turn: Turn) -> list[str]:
    """The plan in as few parts as fit a phone screen each (one, unless the notes are long):
    the title first, the numbers to remember last, no step's line ever cut."""
    notes = turn.session.pathway.get("notes", {})
    lines = [f"• {step.label[turn.lang]}: {notes.get(step.id) or turn.t('pathways.plan_skipped')}"
             for step in content(turn).steps]
    title, numbers = turn.t("pathways.plan_title"), turn.t("pathways.plan_numbers")
    parts: list[list[str]] = [[title, ""]]
    for line in lines:
        if len("\n".join(parts[-1] + [line])) > PLAN_BUBBLE and len(parts[-1]) > 2:
            parts.append([])
        parts[-1].append(line)
    if len("\n".join(parts[-1] + ["", numbers])) > PLAN_BUBBLE:
        parts.append([])
    parts[-1] += ["", numbers] if parts[-1] else [numbers]
    return ["\n".join(part) for part in parts]


def finish(turn: Turn, send: bool) -> None:
    parts = plan_parts(turn) if send else None
    leave(turn.session)  # the notes leave the session in this very turn
    t = turn.t
    if parts is not None:
        for part in parts:
            turn.say(part)
        turn.say(t("pathways.plan_sent"),
                 (Button(t("privacy_clear"), "p:clear"), Button(t("back_to_menu"), "menu")))
    else:
        turn.say(t("pathways.plan_not_sent"), menu_buttons(turn.services.content, turn.lang))
