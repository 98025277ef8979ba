"""Companion pathways (issue 14): the submenu, the guides, and the ways in.

Three ways in, on every channel: the main menu's "Safety plan & more support" (`m:pathways`),
buttons at the end of a help request and after a sexual-assault emergency, and a typed request
(bot/core/pathway_reader.py). Button payloads start with "pw:". The danger check and the safety
plan builder are their own modules; this one holds what they share: where the pathway's state
lives (`Session.pathway`, session only, dropped when the pathway ends or the person goes
elsewhere) and how a typed message inside a pathway is routed.

Nothing of a pathway reaches the logbook or a log: the anonymous row is untouched, and answers
and notes exist only in the session until the pathway ends.
"""

from __future__ import annotations

import re

from bot.core import disclosure, pathway_reader
from bot.core.answers import forms
from bot.core.flows import danger_check, privacy, safety_plan, services
from bot.core.flows.pathway_state import content, enter, forget_if_left, leave
from bot.core.messages import Button
from bot.core.render import menu_reply, phone_button
from bot.core.turn import Turn
from bot.knowledge.pathways import Guide
from bot.nlu.normalize import fold

__all__ = ["forget_if_left"]  # the engine's after-turn hook, re-exported with the flow

AUDIENCE_GUIDES = ("child", "older", "men", "lgbt", "work", "online", "trafficking")
# A disclosure's acknowledgement variant → the guide written for that person.
VARIANT_GUIDES = {"child": "child", "older": "older", "lgbt": "lgbt", "man": "men",
                  "work": "work", "online": "online", "trafficking": "trafficking",
                  "sexual": "assault"}
KIND_GUIDES = {"sexual": "assault", "online": "online", "trafficking": "trafficking",
               "child_abuse": "child"}

# "ok", "oke", "okay", "dạ ok": heard, no answer to a yes-or-no question about him
_OK_ALONE = re.compile(r"^((da|u|vang) )?(ok|oke|okay|okie|oki|k|kk)( (a|nha|nhe))?$")


def menu(turn: Turn) -> None:
    """The pathways submenu."""
    leave(turn.session)
    t = turn.t
    turn.say(t("pathways.menu_q"),
             (Button(t("pathways.check"), "pw:check"), Button(t("pathways.plan"), "pw:plan"),
              Button(t("pathways.guide_titles.digital"), "pw:g:digital"),
              Button(t("pathways.guide_titles.assault"), "pw:g:assault"),
              Button(t("pathways.audiences"), "pw:aud"), Button(t("back_to_menu"), "menu")))


# A guide's audience typed where the audiences are offered ("nam", "teen", "người già", "lgbt"):
# that guide, as its button gives. Only on that screen: "nam" elsewhere is a man, or a year.
_AUDIENCE_WORDS = tuple((gid, re.compile(
    r"^((danh |cho |toi la |em la |minh la |tui la |i am |im |i'm |for )?(a |an |nguoi |ban )?)?"
    + words + r"( (a|nha|nhe|di|thoi|please))*$")) for gid, words in (
    ("child", r"(tre em|tre con|ban nho|nho|tuoi teen|teen|teens|teenager|teenagers|hoc sinh|children|"
              r"child|kids?|young( people| person)?|con nit|thieu nien|vi thanh nien)"),
    ("older", r"(cao tuoi|nguoi cao tuoi|gia|nguoi gia|lon tuoi|ong ba|older( people| person)?|elderly|"
              r"old( people| person)?|seniors?)"),
    ("men", r"(nam|nam gioi|dan ong|men|man|male|guy)"),
    ("lgbt", r"(lgbt|lgbtq|lgbt\+|gay|les|lesbian|dong tinh|chuyen gioi|bisexual|trans|queer)"),
    ("work", r"(noi lam viec|cong so|cong ty|work|workplace|at work|job|quay roi noi lam viec)"),
    ("online", r"(tren mang|online|mang xa hoi|internet|tong tien|sextortion)"),
    ("trafficking", r"(giu giay to|bi giu giay to|lua di lam|bi lua di lam|trafficking|buon nguoi|"
                    r"mua ban nguoi)")))


def typed_audience(text: str, offered: list[str]) -> str | None:
    """The payload of the audience guide a typed word names, when that guide is on screen."""
    for gid, pattern in _AUDIENCE_WORDS:
        if f"pw:g:{gid}" in offered and any(pattern.match(t.strip(" .!?")) for t in forms(text)):
            return f"pw:g:{gid}"
    return None


def audiences(turn: Turn) -> None:
    leave(turn.session)
    turn.say(turn.t("pathways.audiences_q"),
             tuple(Button(turn.t(f"pathways.guide_titles.{g}"), f"pw:g:{g}") for g in AUDIENCE_GUIDES)
             + (Button(turn.t("pathways.other_topics"), "pw:menu"),
                Button(turn.t("back_to_menu"), "menu")))


def open_pathway(turn: Turn, key: str) -> None:
    """Open "menu", "check", "plan" or a guide by its id."""
    if key == "check":
        danger_check.begin(turn)
    elif key == "plan":
        safety_plan.begin(turn)
    elif key in content(turn).guides:
        show_guide(turn, key, 0)
    else:
        menu(turn)


def show_guide(turn: Turn, gid: str, index: int) -> None:
    guide = content(turn).guides.get(gid)
    if guide is None:
        menu(turn)
        return
    index = max(0, min(index, len(guide.cards) - 1))
    last = index == len(guide.cards) - 1
    enter(turn, "guide", "guide", guide=gid, n=index)
    title = turn.t("pathways.guide_step", title=guide.title[turn.lang], n=index + 1,
                   total=len(guide.cards))
    text = f"{title}\n\n{guide.cards[index][turn.lang]}"
    if last:
        text += f"\n\n{turn.t('pathways.source')}: {guide.cite}"
        leave(turn.session)
    turn.say(text, _guide_buttons(turn, guide, index, last))


def _guide_buttons(turn: Turn, guide: Guide, index: int, last: bool) -> tuple[Button, ...]:
    """Next first, then what the card offers, then the way back: a channel with five button
    slots (Zalo) keeps the first five and lists the rest as numbered lines."""
    buttons: list[Button] = []
    if not last:
        buttons.append(Button(turn.t("pathways.next"), f"pw:g:{guide.id}:{index + 1}"))
    if guide.health_button and index > 0:
        buttons.append(Button(turn.t("pathways.find_health"), "pw:near:health"))
    known = {h.id: h for h in turn.services.settings.hotlines}
    buttons += [phone_button(turn.lang, known[c]) for c in guide.calls[:2] if c in known]
    buttons.append(Button(turn.t("pathways.other_topics"), "pw:menu"))
    buttons.append(Button(turn.t("back_to_menu"), "menu"))
    return tuple(buttons)


def on_payload(turn: Turn, action: str, arg: str) -> None:
    """`pw:<action>[:<arg>]` buttons."""
    if action == "stop":
        stop(turn)
    elif action == "check":
        danger_check.begin(turn)
    elif action == "c":
        danger_check.on_button(turn, arg)
    elif action == "plan":
        safety_plan.begin(turn)
    elif action == "p":
        safety_plan.on_button(turn, arg)
    elif action == "g":
        gid, _, part = arg.partition(":")
        if gid == "child" and turn.session.writer is None:
            # the children's and teens' guide opened: the one reading is read as a child until
            # they say otherwise (a story told next gets the child's words and 111, never the
            # adult's advice about neighbours and protection orders)
            turn.session.writer = "child"
        show_guide(turn, gid, int(part) if part.isdigit() else 0)
    elif action == "aud":
        audiences(turn)
    elif action == "near":
        leave(turn.session)
        services.begin(turn, arg or None)
    else:  # "menu" and anything stale
        menu(turn)


def on_text(turn: Turn, text: str) -> bool:
    """A typed message inside a pathway; False when it answers nothing here (the engine then
    reads it as usual and comes back to `hint` if nothing fits)."""
    flow = turn.session.pathway.get("flow")
    if flow in ("check", "plan") and turn.told_age and turn.session.writer == "child":
        # "em mới 15 tuổi" in the danger check or the plan, both made for adults in a couple:
        # the children's guide instead (111, a trusted adult)
        leave(turn.session)
        show_guide(turn, "child", 0)
        return True
    said = pathway_reader.answer(text, yes_no=flow == "check")   # the danger check asks yes/no
    # The classifier is asked only about what the step did not recognise (a recognised answer
    # never pays for it: Turn.read_later).
    # (the classifier's quick_exit only with words of leaving: "căn cước ổng giữ hết rồi" is a
    # plan note, never a wiped plan)
    if said == "clear" or (said is None and
                           getattr(turn.understanding, "intent", None) == "quick_exit" and
                           privacy.asks_to_leave(text)):
        privacy.clear(turn)  # quick exit is never taken for a note
        return True
    # ("xong rồi" at a plan step: this step done, the plan goes on; "thôi", "dừng" stop it)
    if said == "stop" and not (flow == "plan" and (safety_plan.goes_back(text) or
                                                   safety_plan.acknowledges(text))):
        stop(turn)
        return True
    if flow == "check":
        # ("nó từng bóp cổ em" to "has he ever choked you?": the act told is the answer, before
        # "nó" is taken for "no")
        told = pathway_reader.check_statement(danger_check.question_id(turn), text)
        last = re.split(r"[,;.]", text.strip(" .!?"))[-1].strip()
        if last and last != text.strip(" .!?") and pathway_reader.hedged_answer(last) == "yes":
            said = "yes"   # "ko biết nữa, chắc có": a risk half admitted is counted
        if said == "yes" and _OK_ALONE.match(fold(text).strip(" .!")):
            said = None   # "ok" to "has that person ever…?" is heard, not a yes (a hint, below)
        if danger_check.on_text(turn, told or said or pathway_reader.hedged_answer(text)):
            return True
        if pathway_reader.asks_why(text):
            turn.say(turn.t("pathways.check_why"))   # "sao lại hỏi cái này": why, then the question
            danger_check.ask(turn)
            return True
        if privacy.asks_who_reads(text) or pathway_reader.asks_who_sees(text):
            turn.say(turn.t("pathways.check_private"))   # "câu trả lời này có ai đọc được ko"
            danger_check.ask(turn)
            return True
        if len(text.split()) <= 4 and \
                getattr(turn.understanding, "intent", None) in ("affirm", "deny"):
            danger_check.hint(turn)   # "dc", "ok": how to answer, and the question again
            return True
        if len(text.split()) <= 8 and \
                getattr(turn.understanding, "intent", None) in ("seek_help", "help_other"):
            # "ổng hay chửi em" told in the check: about the same person, no new request (which
            # would ask about "that person" as if someone else): how to answer, the question again
            danger_check.hint(turn)
            return True
        return False
    if flow == "plan":
        return safety_plan.on_text(turn, text, said)
    if flow == "guide" and said in ("next", "yes"):
        state = turn.session.pathway
        show_guide(turn, str(state.get("guide")), int(state.get("n", 0)) + 1)
        return True
    return False


def after_danger(turn: Turn, text: str, step: str | None) -> None:
    """Danger read in an answer to the danger check ("có, anh ta từng bóp cổ em"): the numbers
    came first; the answer still counts and the check goes on, instead of dying with the next
    "có" met as not understood. Anything else told in danger ends the pathway as before."""
    state = turn.session.pathway
    if turn.session.flow == "crisis":
        return   # thoughts of suicide in a note ("e muốn chết quá"): the crisis question is open
    if state.get("flow") == "plan" and step not in (None, "plan_send") and \
            not pathway_reader.says_now(text):
        # a plan note that names a danger ("tránh xa bếp vì ổng hay cầm dao"): the numbers came
        # first; the note is kept and the plan goes on, its earlier notes with it
        turn.session.goto("pathway", step)
        turn.say(turn.t("pathways.check_after_danger"))
        safety_plan.note(turn, text)
        return
    if state.get("flow") != "check":
        return
    # (the act told as happening now, "ck đang cầm dao dọa giết em", is no answer: the check ends)
    told = None if pathway_reader.says_now(text) else \
        pathway_reader.check_statement(danger_check.question_id(turn), text)
    said = told or pathway_reader.answer(text, yes_no=True) or pathway_reader.hedged_answer(text)
    if said == "yes" and _OK_ALONE.match(fold(text).strip(" .!")):
        said = None   # "ok" to "has that person ever…?" is heard, not a yes (the question again)
    if said not in danger_check.ANSWERS:
        return
    turn.session.goto("pathway", step)
    turn.say(turn.t("pathways.check_after_danger"))
    danger_check.record(turn, str(said))


def is_step_answer(turn: Turn, text: str) -> bool:
    """A short typed answer to the current pathway step ("có", "ko", "bỏ qua", "thôi"): read by
    the danger lexicon only, never by the classifier's guess on one or two words."""
    if turn.session.flow != "pathway" or len(text.split()) > 4:
        return False
    checking = turn.session.pathway.get("flow") == "check"
    # (at the danger check's yes/no questions, "c" is "có": yes, never a word for the classifier)
    return pathway_reader.answer(text, yes_no=checking) is not None or \
        turn.session.step == "plan" or (checking and pathway_reader.hedged_answer(text) is not None)


def hint(turn: Turn) -> None:
    """A message that fits no step and carries no intent: how to answer, and the question again."""
    flow = turn.session.pathway.get("flow")
    if flow == "check" and pathway_reader.asks_why(turn.inbound.text or ""):
        turn.say(turn.t("pathways.check_why"))   # "sao lại hỏi cái này": why, then the question
        danger_check.ask(turn)
    elif flow == "check":
        danger_check.hint(turn)
    elif flow == "plan":
        safety_plan.hint(turn)
    else:
        menu(turn)


def stop(turn: Turn) -> None:
    """Leave the pathway at any step: its answers are erased, the menu is offered."""
    had_answers = turn.session.pathway.get("flow") in ("check", "plan")
    leave(turn.session)
    key = "pathways.stopped" if had_answers else "pathways.stopped_guide"
    turn.replies.append(menu_reply(turn.services.content, turn.lang, turn.t(key)))


def from_request(turn: Turn, text: str) -> bool:
    """A typed request for a pathway opens it; a disclosure in the same words is believed first."""
    key = pathway_reader.requested(text)
    if key is None and pathway_reader.asks_whether_to_pay(text) and "online" in (
            turn.session.pathway.get("fits"), turn.session.help.get("kind")):
        key = "online"   # "em có nên chuyển tiền ko" after a threat to share images: don't pay
    if key is None or getattr(turn.understanding, "intent", None) == "quick_exit":
        return False  # the quick exit is never delayed by a guide
    # A request for a tool ("tắt định vị") is not a story; a situation told with it is believed
    # ("người yêu em đòi mật khẩu facebook rồi đọc hết tin nhắn": control named, then the card).
    found = disclosure.detect(text, turn.understanding)
    if key in ("menu", "check", "plan") or (key == "digital" and (
            found is None or found.kind is None)):
        found = None
    # (something told, not only who one is: "i'm gay" opens the guide with no "not your fault")
    if found is not None and found.violence and found.told and not turn.session.acknowledged:
        turn.say(turn.t(f"disclosure_ack.{found.variant}"))
        turn.session.acknowledged = True
    if found is not None and found.violence:
        remember_fit(turn, found.variant)
    if key == "digital":
        show_guide(turn, key, pathway_reader.digital_card(text))
    else:
        open_pathway(turn, key)
    return True


def remember_fit(turn: Turn, variant: str) -> None:
    """Which guide fits this person, from the disclosure's acknowledgement (session only)."""
    if variant in VARIANT_GUIDES:
        turn.session.pathway["fits"] = VARIANT_GUIDES[variant]


def fitting_guides(turn: Turn) -> list[str]:
    """The guides written for this person (at most two): what they said of themselves, their
    age, then the kind of violence (a sexual assault at work gets both the work guide and the
    aftercare guide)."""
    state = turn.session.help
    found: list[str] = []
    fits = turn.session.pathway.get("fits")
    if isinstance(fits, str):
        found.append(fits)
    if state.get("who") == "child" or turn.session.writer == "child":
        found.append("child")
    elif turn.session.writer == "older":
        found.append("older")
    if (kind := KIND_GUIDES.get(str(state.get("kind")))) is not None:
        found.append(kind)
    return list(dict.fromkeys(found))[:2]


def offer_after_request(turn: Turn) -> None:
    """At the end of a help request: the danger check and the safety plan for the person
    themself (never for a child writing), and the guide that fits, or the submenu."""
    t = turn.t
    buttons: list[Button] = []
    for_self = turn.session.help.get("who") not in ("other", "child") and \
        turn.session.writer != "child"
    if for_self:
        buttons += [Button(t("pathways.check"), "pw:check"), Button(t("pathways.plan"), "pw:plan")]
    buttons += [Button(t(f"pathways.guide_titles.{g}"), f"pw:g:{g}") for g in fitting_guides(turn)]
    buttons.append(Button(t("pathways.more"), "pw:menu"))
    turn.say(t("pathways.after_request"), tuple(buttons))


def after_emergency(turn: Turn, situation: str, text: str = "") -> None:
    """After the numbers for a sexual assault: the aftercare guide, one tap away."""
    if situation.startswith("sexual_assault") or pathway_reader.tells_of_assault(text):
        turn.say(turn.t("pathways.after_emergency"),
                 (Button(turn.t("pathways.guide_titles.assault"), "pw:g:assault"),))
