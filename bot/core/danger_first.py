"""Danger first: immediate danger from violence, or self-harm, read before anything else in any
state, and answered with the numbers first (113/115/111, or 115/113 for a life at risk).

The engine (bot/core/engine.py) asks this module first for every typed message; only when it
answers nothing does the message go to the current step, a question, a disclosure or an intent.
"""

from __future__ import annotations

import re

from bot.core import (
    answers,
    disclosure,
    faq,
    foreigners,
    medical,
    pathway_reader,
    self_harm,
    situations,
    step_answer,
)
from bot.core.flows import crisis, emergency, help_request, numbers, pathways
from bot.core.safety import (
    danger_now_said,
    is_danger,
    is_violent_danger,
    only_an_assault_told,
    send_help_joked,
)
from bot.core.turn import Turn
from bot.nlu.prefilter import screened


def _no_story_yet(turn: Turn) -> bool:
    """Nothing of violence or self-harm told in this chat so far (the medical readings' ground).
    A request opened by its button alone ("Tôi cần giúp ngay", then "con em ko thở") tells
    nothing yet: only a kind of violence given, or a story heard, does."""
    session = turn.session
    return session.emergency in (None, "medical", "fire") and not session.harm_told and \
        not session.acknowledged and (session.request_row is None or
                                      session.help.get("kind") in (None, "skip"))


def _planning(turn: Turn) -> bool:
    """The person is answering a step of the safety plan (its questions name medicine, knives
    and rooms)."""
    session = turn.session
    return session.flow == "pathway" and session.step == "plan"


def violence_told(turn: Turn) -> bool:
    """A story of violence told in this chat (a disclosure heard, a kind given, the danger
    numbers for violence shown), and no self-harm told."""
    session = turn.session
    return not session.harm_told and session.emergency not in ("self_harm", "medical", "fire") and (
        session.acknowledged or session.help.get("kind") not in (None, "skip") or
        session.emergency is not None)


def answer(turn: Turn, text: str) -> bool:
    """Immediate danger from violence, or self-harm: numbers first, from any state."""
    if not text:
        return False
    if emergency.asks_bot_to_call(text) and not is_danger(text) and not send_help_joked(text):
        # "can you call the police for me": it cannot; 113 now, first (told with danger, "ổng
        # đang đánh em, gọi công an giùm em", the danger's own numbers and steps answer it)
        emergency.call_yourself(turn)
        return True
    if emergency.asks_whether_to_call(text) and not is_danger(text) and self_harm.level(text) is None:
        # "tôi có nên gọi công an ko" (a witness unsure it is "enough"): yes, 113 now; then the
        # question it interrupted
        emergency.yes_call(turn)
        if turn.session.flow == "help" and help_request.is_unfinished(turn):
            help_request.ask_next(turn)
        return True
    if foreigners.asks(text) and not is_danger(foreigners.without_the_question(text)) and \
            self_harm.level(text) is None and disclosure.detect(text, None) is None and \
            faq.topic(text) is None:
        # "im not vietnamese will they help me", "where is the us embassy": what is known, and
        # their embassy; never the danger block the classifier hears in "vietnamese"
        turn.say(turn.t("services_language"))
        if turn.session.flow == "help" and help_request.is_unfinished(turn):
            help_request.ask_next(turn)   # then the question it interrupted
        return True
    # A recognised answer to the current step ("cho em", "có", a ward) is not free text: only
    # the danger patterns read it, never the classifier's guess on two words.
    understanding = None if step_answer.is_step_answer(turn, text) else turn.understanding
    level = self_harm.level(text, understanding, violence_told=violence_told(turn))
    if level is not None and _planning(turn) and not self_harm.speaks_of_death(text):
        # a safety plan's answer ("thuốc ngủ để sẵn trong túi ở nhà mẹ"): the plan asked where
        # medicine is kept; only words of death or despair make it a crisis
        level = None
    if level == "thoughts" and self_harm.level(text) is None and (
            faq.asks_about_mental_health(text) or disclosure.writer_hurts(text) is not None or
            faq.topic(text) == "not_your_fault" or   # "did i deserve it": asked of the violence
            pathway_reader.requested(text) is not None or   # "check how dangerous my situation is"
            (turn.session.flow == "help" and answers.wants_to_stop(text)) or
            # "i honestly think he could", "nhiều khi em nghĩ vậy" to "could he kill you?": the
            # danger check's answer, about him, never her own wish
            (turn.session.flow == "pathway" and turn.session.pathway.get("flow") == "check" and
             (pathway_reader.hedged_answer(text) is not None or
              (len(text.split()) <= 8 and pathway_reader.answer(text, yes_no=True) is not None)))):
        # ("ko biết nữa, chắc có" to "could he kill you?": unsure, then yes; of him, not her)
        # ("thôi em không muốn làm nữa" during the request: the questions stopped, not a life)
        # "trầm cảm là gì": asked about; "i hit my girlfriend and i hate myself, how do i stop":
        # the one who hurts asks how to stop. The classifier alone heard a crisis.
        level = None
    in_crisis = turn.session.flow == "crisis"
    if not in_crisis and turn.session.emergency is None and self_harm.level(text) is None and \
            _no_story_yet(turn) and (medical.asks_for_medicine(text) or (
                medical.minor_sting(text) and not is_danger(text) and
                (medical.injured_now(text) or medical.emergency_kind(text) is not None))):
        # (a sting only where it would be read as an injury now; "bị muỗi đốt quá trời" is none)
        # "đau đầu uống thuốc gì", "bị ong đốt sưng tay": a pharmacist, 115 if it turns bad
        emergency.medicine_question(turn)
        return True
    if not in_crisis and turn.session.emergency is None and _no_story_yet(turn) and \
            level is None and not is_danger(text) and \
            (medical.ailment_asked(text) or medical.first_aid_asked(text) or
             self_harm.food_myth_asked(text) or medical.care_asked_after_play(text)):
        # "cổ họng đau quá nuốt không được, có sao không", "làm sao sơ cứu người bị ngất": a
        # doctor or the health station, 115 should it turn bad; never the danger block the
        # classifier may hear, nor "not understood"
        emergency.medical_not_now(turn)
        return True
    if not in_crisis and turn.session.emergency is None and _no_story_yet(turn) and \
            level is None and not is_danger(text) and \
            (medical.sting_asked(text) or medical.pet_or_bite(text)):
        # "bị muỗi chích, gãi tới chảy máu, ai có thuốc gì": the pharmacist; "con chó bị chảy máu
        # chân, có cần đi thú y", "mèo cắn, có cần chích ngừa dại": the vet or the health station
        if medical.sting_asked(text):
            emergency.medicine_question(turn)
        else:
            emergency.animal_question(turn)
        return True
    if (turn.session.harm_done or turn.session.harm_told) and self_harm.symptom(text) and \
            not is_danger(self_harm.without_symptoms(text)) and \
            not situations.done_to_writer(text):
        crisis.symptom(turn)   # "em thấy chóng mặt" after pills: 115 now, never violence advice
        return True
    if in_crisis and turn.session.crisis_other and (self_harm.says_me_too(text) or
                                                    answers.reveals_self(text)):
        # ("thật ra là em", "actually it's me": the friend's wish is the writer's own)
        crisis.thoughts(turn)   # "bạn em muốn tự tử" then "em cũng vậy": the writer's own, too
        return True
    if level is None and turn.session.flow in (None, "help") and numbers.asked_for(text):
        numbers.show_numbers(turn)   # "so cap cuu", "tôi muốn xem số khẩn cấp": the list asked for
        if turn.session.flow == "help":
            help_request.ask_next(turn)   # then the question it interrupted
        return True
    if turn.session.emergency in ("medical", "fire", "injured") and self_harm.level(text) is None:
        if medical.asks_what_now(text):
            emergency.steps_again(turn)   # "giờ làm sao": the numbers first, then the steps again
            return True
        if medical.told_dead(text):
            emergency.after_a_death(turn)   # "ba em mất rồi": sorry, who to call now, not 115 again
            return True
        if medical.line_not_answering(text):
            emergency.line_not_answering(turn)   # "115 ko bắt máy": again, 113, people near
            return True
    if turn.session.emergency not in (None, "medical", "fire", "self_harm") and \
            level is None and (age := _age_only(text)) is not None:
        # "em 10 tuổi", "con mới 9 tuổi", "i'm only 9" after the numbers: a child's advice and
        # the numbers again (once), else the numbers again; never "not understood"
        if age < 16 and turn.session.emergency not in ("injured", "child_self"):
            turn.session.writer = "child"
            emergency.danger_replies(turn, "child_self")
        else:
            emergency.still_here(turn)
        return True
    if turn.session.emergency not in (None, "medical", "fire", "self_harm", "child",
                                      "sexual_assault_other") and level is None and \
            len(text.split()) <= 14 and (who := _clarified_whom(text)) is not None:
        # "nó là con tôi, 6 tuổi", "she is my sister, she's 15", "không phải tôi, là con gái
        # tôi" after the numbers: the same danger, for the one now named; its numbers again
        turn.session.help["who"] = who
        emergency.danger_replies(turn, "child" if who == "child" else "witness")
        return True
    if turn.session.emergency not in _NOT_HIS_OR_SAID and level is None and \
            len(text.split()) <= 14:
        # told after the numbers while he goes on: "I'm pregnant" (115 leads now), "con em bị
        # ổng đánh luôn" (a child hurt too: 111, the child protection line, with 113)
        if situations.writer_pregnant(text):
            emergency.danger_replies(turn, "pregnant")
            return True
        if any(_CHILD_TOO.search(f) for f in answers.forms(text)):
            emergency.danger_replies(turn, "child")
            return True
        # where she is now, told after them ("i shut myself in the bathroom", "nó vẫn đi theo
        # em"): that place's advice, not the kitchen's
        if (now := situations.detect(text)) in _NEWS_OF_PLACE and now != turn.session.emergency \
                and not (now == "followed" and "theo doi" in " ".join(answers.forms(text))) and \
                faq.topic(text) is None and pathway_reader.requested(text) is None:
            # (never a question: "làm sao biết điện thoại bị cài app theo dõi" is no one behind her)
            emergency.danger_replies(turn, now)
            return True
    if turn.session.emergency not in (None, "medical", "fire", "injured", "self_harm") and \
            turn.session.help.get("safe") != "yes" and level is None and \
            medical.asks_what_now(text):
        emergency.danger_steps_again(turn)   # "what should i do" after "he hit me": the steps
        return True
    if turn.session.emergency in ("medical", "fire") and medical.help_came(text) and \
            not medical.done_by_someone(text) and self_harm.level(text) is None:
        # "bé thở lại rồi": glad, whatever else was heard
        turn.say(turn.t("fire_ack" if turn.session.emergency == "fire" else "medical_ack"))
        return True
    no_story = _no_story_yet(turn)
    if not in_crisis and \
            (kind := medical.emergency_kind(text, after_story=not no_story) or (
                turn.session.emergency if no_story and
                turn.session.emergency in ("medical", "fire") and
                (self_harm.symptom(text) or medical.symptom(text)) and
                not medical.done_by_someone(text) else None)) is not None:
        # ("nó ói rồi, có sao không" after "con em uống nhầm thuốc diệt chuột": 115 again)
        # "ba em ngất xỉu không tỉnh", "nhà hàng xóm cháy rồi", with no one having done it:
        # 115 or 114 first, never a witness's advice; after a story of violence, only a fire
        # or an illness named by its own word ("bé lên cơn co giật"), never a collapse, which
        # may be the harm of his blows
        emergency.medical(turn, kind)
        return True
    # (the wish and the means in one message, "em muốn tự tử… giờ em đang cầm dao": now)
    # (the wish said in words, not only heard by the classifier: "mẹ em mua thuốc ngủ rồi")
    # (the wish heard in words, or by a classifier that is sure of it: "e da mua than roi", "i
    # bought rope today", "neu mai e ko tra loi thi dung tim e nha")
    # (never when kin are named: "mẹ em mua thuốc ngủ rồi" is her mother's doing, whatever the
    # classifier heard)
    heard = level == "thoughts" and (self_harm.level(text) == "thoughts" or (
        understanding is not None and understanding.intent == "self_harm" and
        understanding.confidence >= _SURE and not situations.names_kin(text)))
    # (a cut that bleeds, told with the wish the classifier is sure of, by no one else's hand:
    # "buồn là e lấy lược cào tay tới chảy máu": harm done, 115 first, never violence advice)
    bleeding = heard and self_harm.symptom(text) and not situations.done_to_writer(text) and \
        not self_harm.about_someone_else(text)
    if level == "now" or bleeding or (self_harm.at_hand(text) and (in_crisis or heard)
                                      and not self_harm.about_someone_else(text)):
        turn.session.harm_done = turn.session.harm_told = True   # 115 first until "safe"
        crisis.now(turn)    # "em đang ở trên sân thượng" after "em muốn chết": now
        return True
    if level == "thoughts" and self_harm.level(text) == "thoughts" and \
            self_harm.asks_a_lethal_dose(text) and not self_harm.about_someone_else(text):
        # "uống bao nhiêu viên thì ko tỉnh lại": the wish asked as a dose, never someone lying
        # unconscious now (the words a lexicon of injuries reads in it)
        (crisis.again if in_crisis else crisis.thoughts)(turn)
        return True
    his_doing = False
    if crisis.asking_safe(turn.session) and answers.says_unsafe(text) and \
            not crisis.corrected_to_violence(text) and \
            not is_danger(_UNSAFE_WORDS.sub(" ", " ".join(answers.forms(text)))):
        # ("ko phải, ý em là ck em đánh em hoài" corrects what was heard: read on, below)
        if not answers.someone_else_is_the_danger(text):
            crisis.now(turn)    # "no im not safe" to "are you safe?" after "i want to die"
            return True
        his_doing = True   # "he is drunk and yelling": violence now, read on below
    if turn.session.flow == "help" and turn.session.step == "safe" and level is None and \
            answers.says_unsafe(text) and \
            not is_danger(_UNSAFE_WORDS.sub(" ", " ".join(answers.forms(text)))):
        return False   # "not safe" to "are you safe?": the request's answer, numbers first there
    if level == "thoughts" and crisis.asking_safe(turn.session) and not is_danger(text) and \
            crisis.acting_or_alone(text):
        crisis.now(turn)    # "tối nay e sẽ làm" to "are you safe?": a time set, 115 first now
        return True
    if level == "thoughts" and in_crisis and not is_danger(text) and \
            not turn.session.harm_done and crisis.says_only_thoughts(text):
        crisis.only_thoughts(turn)   # "e chưa làm gì đâu, chỉ nghĩ thôi": believed, taken seriously
        return True
    if level == "thoughts" and in_crisis and not is_danger(text):
        crisis.again(turn)  # said again inside the pathway: not its first words once more
        return True
    # Thoughts of suicide read by the classifier as "emergency" are not violence: only the
    # violence lexicon can add a violent emergency to them.
    # A direct question ("I can't call, he is in the next room") is answered as one unless
    # the danger lexicon itself fires; its answer carries 113 too.
    # (someone else's wish to die, "he wants to kill himself and me", is read whole: the
    # classifier may still hear the threat to the writer)
    # (someone else's, with no threat to the writer named: "my son says he wants to kill
    # himself" is a worry for him, not violence the classifier heard)
    # (2026-12-07, the twelfth reading) a question asked from inside a danger told now ("Not
    # safe right now. He found my hiding place. Can't call, he'll hear"; "đang ở trên ghe, họ
    # nói đưa qua bên kia sông bán, ko biết ở đâu"): the classifier, sure of an emergency, is
    # believed where "now" is said; the question alone never outweighs it
    asked_in_danger = level is None and understanding is not None and \
        understanding.intent == "emergency" and understanding.confidence >= _ASKED_IN_DANGER and \
        danger_now_said(text)
    lexicon_only = (level == "thoughts" and (not self_harm.about_someone_else(text)
                                             or not self_harm.threatens_writer_too(text))) \
        or (faq.topic(text) is not None and not asked_in_danger) or understanding is None \
        or (len(text.split()) <= 5 and bool(turn.entity("ward"))) \
        or (len(text.split()) <= 6 and answers.read_safe(text) == "yes") \
        or (len(text.split()) <= 12 and _SAFE_NOW.search(" ".join(answers.forms(text))) is not None
            and answers.read_safe(text, places=True) == "yes") \
        or (pathway_reader.asks_for_information(text) and not asked_in_danger)  # "kiểm tra mức độ nguy hiểm"
    if turn.session.emergency in ("medical", "fire") and level is None and \
            medical.help_came(text) and not medical.done_by_someone(text):
        # "xe cấp cứu tới rồi": glad, and still here
        turn.say(turn.t("fire_ack" if turn.session.emergency == "fire" else "medical_ack"))
        return True
    if level is None and no_story and turn.session.emergency in ("medical", "fire") and \
            not medical.done_by_someone(text) and not is_danger(medical.without_its_words(text)) and \
            medical.still_going(text, understanding):
        # "cứu hỏa chưa tới, lửa lớn lắm", "em vỗ lưng rồi mà chưa ra", "i'm stuck on the
        # balcony": the same emergency goes on, its numbers again ("cứu" there is no beating)
        emergency.medical(turn, turn.session.emergency)
        return True
    # After a medical emergency or a fire ("ba em ngất xỉu"), the classifier's "emergency" on
    # "em ra ngoài rồi" is that same emergency, not violence: only the lexicon, or someone said
    # to have done it ("ổng xô nó té đó"), makes it violence.
    after_medical = turn.session.emergency in ("medical", "fire")
    # In the crisis pathway with no violence told, the classifier's "emergency" on "em đang ở một
    # mình" or "tối nay e sẽ làm" is the same crisis, never violence: only the lexicon makes it so
    crisis_only = in_crisis and not violence_told(turn) and not turn.session.acknowledged
    lexicon_only = lexicon_only or after_medical or crisis_only
    violent = his_doing or (is_danger(text) if lexicon_only else
                            is_violent_danger(text, turn.understanding)) or \
        (after_medical and level is None and medical.done_by_someone(text)) or \
        (level is None and turn.session.flow != "services" and numbers.police_called(text))
    if violent and not his_doing and level == "thoughts" and \
            self_harm.level(text) == "thoughts" and only_an_assault_told(text):
        # "bị hiếp xong không ai tin, giờ em chỉ muốn đi luôn cho xong": the wish answered first
        violent = False
    # ("police" typed alone is a call for them; where the list asks which kind, a filter)
    if violent and not his_doing and level is None and _no_story_yet(turn) and \
            medical.names_only_illness(text) and not medical.injured_now(text):
        # (never one lying unconscious or bleeding now, "bà em đang bất tỉnh, đầu chảy máu":
        # 115 first, below, whoever did it)
        # "em hay bị xỉu mỗi sáng", "how do i help someone having a seizure": an illness told
        # or asked about, with no one doing anything and no violence told before, is never a
        # witness's advice ("ổng đánh mẹ em" then "giờ mẹ em bất tỉnh rồi" stays his violence)
        emergency.medical_not_now(turn)
        return True
    if not violent and level is None and no_story and turn.session.flow in (None, "services") \
            and medical.pregnancy_bleeding(text) and medical.names_only_illness(text):
        # "thai 8 tuần ra máu có nguy hiểm ko": a health question, answered as one (a doctor
        # today, 115 for heavy bleeding), never "not understood"
        emergency.medical_not_now(turn)
        return True
    goes_on = False
    if not violent and level is None and \
            turn.session.emergency not in (None, "self_harm", "medical", "fire") and \
            (answers.danger_goes_on(text, child=turn.session.writer == "child") or
             medical.fire_told(text) or medical.injured_now(text)):
        # ("ổng châm lửa rồi", "máu vẫn chảy ko ngừng" after the numbers: it goes on, worse)
        violent = goes_on = True   # "ck đang ở nhà", "ổng phá cửa rồi" after the numbers: it goes on
    # (told before, or in this very message: "ck e đánh e, e đau đầu buồn nôn")
    # (the entities only of a message the classifier reads anyway: a step's answer never pays
    # for it)
    hurt_since = level is None and not in_crisis and turn.session.emergency != "self_harm" and (
        (not no_story and len(text.split()) <= 16) or
        (understanding is not None and bool(understanding.entities.get("kind")))) and \
        medical.hurt_after_violence(text, words=30)
    if not violent and level is None and not in_crisis and no_story and \
            medical.injured_now(text) and not medical.pregnancy_bleeding(text) and \
            not any(_WOUND.search(f) for f in answers.forms(text)) and \
            not medical.done_by_someone(text) and not situations.done_to_writer(text) and \
            disclosure.detect(text, None) is None and (
                understanding is None or understanding.intent != "emergency"):
        # "mẹ tôi bị đau bụng dữ dội", "ba em khó thở tím tái": badly ill now, with no one
        # named as doing it and nothing of violence told, in this message or before: 115 first
        # with the illness's words, never the advice for one hurt by someone still there (a
        # wound, a burn or bleeding keeps that advice: someone may have done it)
        emergency.medical(turn, "medical")
        return True
    if not violent and level is None and not in_crisis and (
            (medical.injured_now(text) and not medical.pregnancy_bleeding(text)) or hurt_since or
            (medical.done_by_someone(text) and medical.fire_told(text))):
        # (a gas bottle opened, a fire threatened by him: 114 leads the danger's numbers)
        # badly hurt now and not read as danger ("e bi danh vo bung gio tieu ra mau", "bé bị
        # phỏng nước sôi khắp lưng"): 115 first, with the injured advice, never a story's thanks
        violent = True
    if not violent and level is None and after_medical and understanding is not None and \
            understanding.intent == "emergency":
        emergency.medical(turn, turn.session.emergency or "medical")   # its numbers again
        return True
    if violent:
        # (whom it is about: the request's answer, else the story's own words, "mẹ em bị ba
        # đánh bất tỉnh": the witness's advice, and 115 for the one hurt)
        # (after someone else's medical emergency, "ổng xô nó té đó" is still about that one,
        # whatever the entities guess; only words done to the writer make it hers)
        if after_medical and not situations.done_to_writer(text) and "who" not in turn.session.help:
            turn.session.help["who"] = "other"
        _remember_story(turn, text)
        who = turn.session.help.get("who") or turn.entity("for_whom")
        situation = situations.detect(text, writer_is_child=turn.session.writer == "child",
                                      about_other=who == "other", about_child=who == "child")
        if goes_on and situation == "home_violence" and \
                turn.session.emergency in situations.SITUATIONS:
            situation = turn.session.emergency   # "vẫn ko bắt máy": the same danger, its advice
        if situation not in ("self_harm", "pregnant") and (medical.injured_now(text) or hurt_since):
            situation = "injured"   # badly hurt now, whoever did it: 115 leads
        if turn.session.flow == "help" and turn.session.help:
            # mid-request ("no, he is at home now"): the numbers and advice first, then the
            # request goes on where it was, not a new question about services
            emergency.danger_replies(turn, situation)
            help_request.after_danger(turn)
        else:
            emergency.emergency(turn, situation)
        pathways.after_emergency(turn, situation, text)
        if level == "thoughts" and self_harm.level(text) == "thoughts" and \
                not self_harm.about_someone_else(text):
            crisis.also_thoughts(turn)   # said in words, not only the classifier's guess
        return True
    if level == "thoughts":
        crisis.thoughts(turn)
        return True
    return False

# Safety said in words ("e đang ở nhà mẹ, an toàn rồi", "i'm safe now at my sister's"): the
# classifier's "emergency" on the place and the people named is not believed, only the lexicon
_SAFE_NOW = screened(r"\b(an toan (roi|r)|da an toan|gio an toan|i am safe|im safe|i'm safe|"
                       r"safe now)\b")


# The emergencies after which a pregnancy or a child hurt too is news: his violence to the
# writer (not a medical one, a fire, self-harm, nor one already about a child or a pregnancy)
_NOT_HIS_OR_SAID = (None, "medical", "fire", "self_harm", "child", "child_self", "pregnant",
                    "sexual_assault_other", "witness")
_NEWS_OF_PLACE = ("hiding", "followed", "locked_in", "put_out", "strangled")
# A child hurt too, told after the numbers ("con e bị ổng đánh luôn", "ổng đánh cả con", "he's
# hitting my kids too")
_CHILD_TOO = re.compile(
    r"\b(con (e|em|toi|minh|tui|chi)|be con|be|con nho|may dua nho|tui nho|dua nho|thang (nho|be|cu)|"
    r"con be|hai dua nho|may dua)( \w+){0,3} (cung )?(bi )?(\w+ )?(danh|dap|xo|da|bop co)( \w+){0,2} "
    r"(luon|nua|lay|theo|luon roi)\b|"
    r"\b(con (e|em|toi|minh|tui|chi)|be con|may dua nho|tui nho|con nho) cung (dang )?bi( \w+){0,2} "
    r"(danh|dap|xo|da|bop co|nhot)\b|"
    r"\b(danh|dap|xo) (luon |ca |luon ca |sang )?(con|be|tui nho|may dua nho|dua nho|con (e|em|toi))"
    r"( \w+)? (luon|nua|roi)\b|"
    r"\b(danh|dap|xo|bop co) (ca|luon ca) (con|be|tui nho|may dua nho|dua nho)\b|"
    # a child taken ("ổng bắt con em đi rồi", "he took my son")
    r"\b(bat|dem|mang|giut|cuop|dat) (con|be|con (e|em|toi|minh|tui)|thang (nho|be)|con be)( \w+)? "
    r"(di|theo|mat)\b|\b(took|grabbed|taken|snatched) (my|the|our) (kids?|children|son|daughter|"
    r"baby)\b|"
    r"\b(hit|hitting|hits|beat|beating|hurt|hurting|attack\w*|kick\w*|punch\w*) (my|the|our) "
    r"(kids?|children|son|daughter|baby|boy|girl)( too| as well| also| now)?\b")


# Whom the danger is to, said again after the numbers: a relative named as the one ("nó là con
# tôi", "she is my sister", "không phải tôi, là con gái tôi"), with an age that may make them a
# child ("she's 15")
_NAMES_THE_ONE = re.compile(
    r"^((khong phai (toi|em|minh|tui)|not me|no|khong|ko)( \w+)?,? )?((no|nguoi do|nguoi bi|she|he|"
    r"it|its|it's|that) )?(la|is|s|was) (con|con gai|con trai|be|chau|em gai|em trai|chi|me|ma|vo|"
    r"my (son|daughter|kid|child|baby|sister|brother|mom|mother|friend|niece|nephew))\b")
_THEIR_AGE_SAID = re.compile(r"\b(no|be|she|he|she'?s|he'?s|shes|hes|nó)( is| la| moi| nay| only| just)*"
                             r" (\d{1,2})( ?(tuoi|t|years old|yo))?\b")


def _clarified_whom(text: str) -> str | None:
    """"child" or "other" when a message says whom the danger is to (see _NAMES_THE_ONE)."""
    found = answers.forms(text)
    if not any(_NAMES_THE_ONE.search(f) for f in found):
        return None
    for f in found:
        if (age := _THEIR_AGE_SAID.search(f)) is not None and int(age.group(3)) < 16:
            return "child"
    who = answers.read_who(text)
    return who if who in ("child", "other") else None


# Only the writer's age or school year, said after the numbers ("con mới 9 tuổi", "em mười
# tuổi", "à mà em mới 13 tuổi thôi", "i'm only 9", "e học lớp 5")
_AGE_ONLY = re.compile(
    r"^((a ma|ma|thi|thuc ra|actually|but) )?(em|e|con|chau|tui|toi|minh|i am|i'?m|im)"
    r"( (chi|moi|nay|nam nay|only|just|dang|co))* (?P<age>\d{1,2}|muoi( \w+)?|mot|hai|ba|bon|nam|sau|"
    r"bay|tam|chin)( ?(tuoi|t|years old|yo|year old))?( (thoi|roi|a|nha|ma|lan))*$|"
    r"^((a ma|ma|thi) )?(em|e|con|chau|tui|minh)( dang)? hoc lop (?P<grade>\d{1,2})( (thoi|roi|a))*$")
_NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6,
                 "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


# A wound, a burn, a scald or bleeding: harm someone may have done, even when no one is named
_WOUND = screened(r"\b((bi )?(bong|phong) (nuoc|lua|dau|nang|axit|hoa chat|ca)|bi (bong|phong|tat)|"
                  r"tat (axit|a xit|nuoc|xang)|axit|a xit|nuoc soi|dam|chem|chich|cat|rach|vet thuong|"
                  r"chay mau|mau chay|ra mau|gay (tay|chan|xuong|co|suon)|burn\w*|scald\w*|acid|"
                  r"stab\w*|slash\w*|cut|wound\w*|bleed\w*|broken)\b")


def _age_only(text: str) -> int | None:
    """The age a message of only the writer's age says (a school year: its usual age)."""
    if len(text.split()) > 8:
        return None
    for form in answers.forms(text):
        found = _AGE_ONLY.match(form.strip(" .!"))
        if found is None:
            continue
        if found.group("grade"):
            return int(found.group("grade")) + 6
        said = found.group("age").split()
        if said[0].isdigit():
            return int(said[0])
        if said[0] == "muoi":
            return 10 + (_NUMBER_WORDS.get(said[1], 0) if len(said) > 1 else 0)
        return _NUMBER_WORDS.get(said[0])
    return None


# How sure the classifier must be of thoughts of suicide for the means or a plan told with them
# to count as acting now (the held-out sets put its self_harm precision above 0.95 from here).
_SURE = 0.7
# The classifier's emergency, this sure, with "now" said, outweighs a question asked beside it
_ASKED_IN_DANGER = 0.85

# Not being safe, said in words ("no im not safe", "em không an toàn"): in the crisis pathway
# that is the answer to its question, not violence from someone else, unless more is told.
_UNSAFE_WORDS = re.compile(r"\b((i am|im|i'm|toi|em|minh|tui) )?((dang |that su |cam thay |thay )?"
                           r"(not safe|unsafe|in danger|(khong|ko|k|kh|hong|hok|chang|chua) an toan|"
                           r"gap nguy hiem|nguy hiem)|"
                           r"i (do not|dont|don't) feel safe)\b")


def _remember_story(turn: Turn, text: str) -> None:
    """Who and what kind, from a message told in danger, so the urgent row is honest."""
    state = turn.session.help
    if "who" not in state:
        who = turn.entity("for_whom")
        if disclosure.writer_is_victim(answers.forms(text), turn.session.writer, who):
            who = "self"
        if who:
            state["who"] = who
    kind = turn.entity("kind") or answers.read_kind(text)
    if "kind" not in state and kind in help_request.KIND_CHOICES:
        state["kind"] = kind
