"""Whether a typed message answers the step the person is at ("cho em", "có", a ward's name, a
learn audience, "thôi em không chờ nữa"): such an answer is read by the danger patterns and the
step alone, never by the classifier's guess on a few words, which once heard thoughts of suicide
in "bản thân" and "xã Vĩnh Viễn" and an emergency in "số khẩn cấp"."""

from __future__ import annotations

import re

from bot.core import answers, ordinals, self_harm
from bot.core.flows import crisis, followup, handoff, learn, pathways, services
from bot.core.render import typed_menu_item
from bot.core.turn import Turn

_MEDICINE = re.compile(r"\b(thuoc|medicine|medication|meds|pills|tablets)\b")


def is_step_answer(turn: Turn, text: str) -> bool:
    """True when `text` answers the current step (or is a menu button's label, typed)."""
    session = turn.session
    if typed_menu_item(turn.services.content, text) is not None:
        return True     # "số khẩn cấp" typed asks for the numbers; it is no emergency
    if session.flow == "help" and session.step in ("safe", "who", "kind", "where"):
        if session.step == "safe" and len(text.split()) <= 12 and answers.at_safe_place(text):
            return True     # "chị ấy đang ở nhà mẹ đẻ rồi": safe, whatever "đẻ" suggests
        # Any step's answer, given early or late ("bản thân" at the safety question), is read
        # by the help flow: the classifier once heard thoughts of suicide in "bản thân".
        readers = (answers.read_safe, answers.read_who, answers.read_kind)
        if len(text.split()) <= 4 and any(read(text) is not None for read in readers):
            return True     # ("physical i guess" at the ward question: a kind, no thought of suicide)
        if session.step == "who" and len(text.split()) <= 7 and answers.read_who(text) is not None:
            return True     # "cả em và con em", "for me and my kids": whom, no thought of suicide
        if session.step != "where":
            return False
    if crisis.asking_safe(session):
        return (answers.read_safe(text) is not None or answers.at_safe_place(text)) and \
            len(text.split()) <= 4   # ("em ở công ty": a place, no emergency to guess)
    # A place named where a place is asked ("xa vinh vien": xã Vĩnh Viễn, "vĩnh viễn" is also
    # "forever"; "I live in Ninh Kieu ward"), or a name alone: the classifier once heard
    # thoughts of suicide in both; only the danger patterns read them.
    words = len(text.split())
    asked_where = session.step == "where" and session.flow in ("services", "help")
    if ((asked_where and words <= 8) or words <= 4) and turn.services.wards.candidates(text):
        return True
    if asked_where and words <= 10 and answers.names_a_street(text):
        return True     # "đường Trần Hưng Đạo": a street, no knife for the classifier to hear
    if asked_where and answers.says_where_at(text):
        return True     # "em ở Mậu Thân", "i'm near the market": a place, maybe unknown
    if asked_where and words <= 14 and answers.does_not_know_where(text):
        return True     # "em ko biết em ở phường nào, em mới chuyển tới": the place not known
    if asked_where and words <= 8 and (answers.is_skip(text) or
                                       answers.does_not_know_where(text) or
                                       turn.services.wards.province_named(text)):
        # "không chắc nữa", "i don't know my ward", "e o vinh long" (another province): no
        # thought of suicide
        return True
    if session.flow == "services" and session.step in ("results", "where") and words <= 3 and \
            services.service_in(text):
        return True     # "police" where the list asks which kind: the filter, not a call
    if session.handoff and handoff.is_leave(text, waiting=True):
        return True  # "thôi em không chờ nữa" leaves the queue; it is no thought of suicide
    if words <= 5 and ordinals.pick(text, session.offered) is not None:
        return True     # "cái thứ tư" under a screen of choices: its fourth, never "tự tử"
    if session.flow == "learn" and words <= 6 and learn.is_answer(turn, text):
        return True     # "cho bản thân tôi", "bạn trẻ", "2": a choice, not a story
    if followup.is_answer(turn, text):  # "I reached them and got help" is no emergency
        return len(text.split()) <= 8
    if session.flow == "pathway" and session.step == "plan" and len(text.split()) <= 12:
        # a plan note ("in my bag at my friends house"): the lexicon reads it, and the
        # classifier only where it hears thoughts of suicide ("em nghĩ quẩn quá", "sống ko nổi
        # nữa"), which must never be kept as a note
        # (a note naming medicine, "thuốc em để trong túi xách", answers the plan's own question
        # about medicine: only the lexicon reads it)
        # (nor where no word of death, despair or the body is in it: "nobody", "living room")
        # (the words first: the classifier is asked only of a note with a dark word in it)
        return not self_harm.has_dark_words(text) or \
            bool(_MEDICINE.search(" ".join(answers.forms(text)))) or \
            getattr(turn.understanding, "intent", None) != "self_harm"
    return pathways.is_step_answer(turn, text)
