"""Emergency: 113, 115 and 111 first, then advice that fits the situation, then help near the person.

Reached from any state of any flow, before any other handling. It also counts the request as
urgent: someone in danger has sought help even if they never write again. A later message of the
same emergency gets the numbers again (they always come first) but not the same advice block.
"""

from __future__ import annotations

import re

from bot import metrics
from bot.core.answers import forms, said
from bot.core.flows.help_row import row_fields
from bot.core.medical import (
    fire_threatened,
    fire_told,
    gas_told,
    hurt_after_violence,
    injured_now,
    pregnancy_bleeding,
)
from bot.core.messages import Button
from bot.core.render import bullet, phone_button
from bot.core.situations import shut_in
from bot.core.turn import Turn
from bot.nlu.prefilter import screened

# Situations whose advice is for someone helping another person (a witness, an adult with a
# child, a friend of someone raped): "what may help you stay safer" would speak to the wrong one.
FOR_A_HELPER = frozenset({"witness", "child", "sexual_assault_other", "injured"})
# ("injured": the one hurt may be the writer, a child, or the one who hit; its title is neutral)


def danger_replies(turn: Turn, situation: str = "home_violence") -> None:
    """The numbers, then the advice for `situation`; the first reply always holds 113, 115, 111."""
    settings = turn.services.settings
    lang = turn.lang
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    text = turn.inbound.text or ""
    if turn.session.emergency == "injured" and situation == "home_violence":
        situation = "injured"   # the same emergency going on ("em sợ ổng tỉnh dậy"): its numbers
    fire = fire_told(text)
    # ("chồng em đốt nhà rồi, cháy lớn lắm": 114 and the way out lead the first message, its
    # button first; 113, 115, 111 follow in the same message)
    # (someone badly hurt, "ổng đánh con em bất tỉnh": 115 leads, 113 beside it)
    # (pregnant and struck or bleeding: 115 leads as for any injury, the pregnancy's advice after)
    hurt = situation in ("injured", "pregnant")
    order = ("ambulance", "police", "national") if hurt else ("police", "ambulance", "national")
    # (a fire promised or made ready, none burning yet, "ổng đổ xăng quanh nhà", "he'll set the
    # house on fire": the police lead, who can stop him; 114 and the way out next)
    threatened = fire and not hurt and fire_threatened(text)
    if threatened:
        order = ("police", "fire", "ambulance", "national")
    calls = tuple(phone_button(lang, settings.hotline(i))
                  for i in (("fire",) if fire and not threatened else ()) + order)
    # (2026-12-07, the fourteenth reading) locked in while it burns ("ck khóa cửa ngoài rồi đi, có
    # mùi khét"): "get out now" is what she cannot do; say where you are shut in, stay low
    burning = "emergency_fire_locked_in" if situation in ("locked_in", "held") or shut_in(text) \
        else "emergency_fire_too"
    lead = f"{turn.t(burning)}\n\n" if fire and not threatened else ""
    tail = f"\n\n{turn.t('emergency_fire_too')}" if threatened else ""
    # (a witness, a parent, a friend: "if someone is in danger", never "if you are")
    first = "emergency_first_other" if situation in ("witness", "child", "sexual_assault_other") \
        else "emergency_first"
    if hurt:   # (the writer hurt: "you"; someone else: "the person who is hurt")
        # (a child writing of their own hurt, "cháu bị bố đánh chảy máu": the request is a
        # child's, and the child is the writer)
        child = turn.session.writer == "child"
        mine = turn.session.help.get("who") == "self" or (
            child and turn.session.help.get("who") in ("child", None))
        # (a short answer after her own hurt was told, "chưa", "ko": still her own hurt, unless
        # the new words name someone else hurt)
        still_mine = turn.session.emergency == "injured" and \
            turn.session.help.get("hurt") == "self" and \
            not any(_OTHER_FIRST.match(f) or _OTHER_BADLY_HURT.search(f) for f in forms(text))
        first = "injured_first_self" if mine and situation == "injured" and \
            (_writer_hurt(text, child=child) or still_mine) else "injured_first"
        if situation == "injured":
            turn.session.help["hurt"] = "self" if first == "injured_first_self" else "other"
    if turn.session.emergency == situation:
        # (still bleeding: the ambulance first again; else the numbers, and "are you safer?")
        again = first if situation == "injured" and (injured_now(text) or
                                                     hurt_after_violence(text)) else "emergency_again"
        turn.say(lead + turn.t(again) + tail, calls)
    else:
        turn.say(lead + turn.t(first) + tail, calls)
        abroad_note(turn)
        if cannot_call(turn.inbound.text or ""):
            turn.say(turn.t("emergency_cannot_call"))   # deaf, or unable to speak: who can call
        title = "emergency_steps_title_other" if situation in FOR_A_HELPER else \
            "emergency_steps_title"
        lines = situation
        if first == "injured_first_self":   # the writer is the one hurt: "you", the same steps
            title, lines = "emergency_steps_title", "injured_self"
        turn.say(f"{turn.t(title)}\n{bullet(advice(turn, lines))}")
        turn.session.emergency = situation
    help_state = turn.session.help
    help_state["safe"] = "no"
    turn.services.counter.open(turn, **row_fields(help_state, turn.session.writer))


def medical(turn: Turn, kind: str) -> None:
    """A medical emergency or a fire no one caused (bot/core/medical.py): the ambulance or the
    fire service first, a few bystander points, then the way back to the bot's own help. No
    help request is counted (it is no gender-based violence). The emergency is remembered as
    `kind`, so a later "ổng xô nó té đó" is read as the danger going on (violence, a witness's
    numbers and advice), and the same emergency told again gets its numbers, not the advice."""
    settings = turn.services.settings
    lang = turn.lang
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    first = ("fire", "ambulance", "police") if kind == "fire" else \
        ("ambulance", "police", "national")
    calls = tuple(phone_button(lang, settings.hotline(i)) for i in first)
    if turn.session.emergency == kind:
        turn.say(turn.t(_first_key(turn, kind)), calls)
        return
    turn.say(turn.t(f"{kind}_first"), calls)
    if kind == "fire" and gas_told(turn.inbound.text or ""):
        turn.say(turn.t("gas_too"))   # "có mùi gas nồng lắm": no spark, air, out, then 114
    turn.say(f"{turn.t('emergency_steps_title_other')}\n{bullet(advice(turn, kind))}")
    turn.say(turn.t("medical_after"), (Button(turn.t("back_to_menu"), "menu"),))
    turn.session.emergency = kind


def steps_again(turn: Turn) -> None:
    """"What now?" in a medical emergency, a fire or an injury: its numbers first again, then
    its steps (the person asks because they need them, not a reminder that help exists)."""
    kind = turn.session.emergency or "medical"
    settings = turn.services.settings
    first = {"fire": ("fire", "ambulance", "police"), "injured": ("ambulance", "police", "national")
             }.get(kind, ("ambulance", "police", "national"))
    key = _first_key(turn, kind)
    turn.say(turn.t(key), tuple(phone_button(turn.lang, settings.hotline(i)) for i in first))
    if key == "injured_first_self":   # her own hurt: "you", and the steps for the one hurt
        turn.say(f"{turn.t('emergency_steps_title')}\n{bullet(advice(turn, 'injured_self'))}")
    else:
        turn.say(f"{turn.t('emergency_steps_title_other')}\n{bullet(advice(turn, kind))}")


def _first_key(turn: Turn, kind: str) -> str:
    """The first line's text for `kind` again: an injury stays the writer's own ("you") once it
    was told as hers, else the one for whoever is hurt."""
    if kind == "injured":
        return "injured_first_self" if turn.session.help.get("hurt") == "self" else "injured_first"
    return f"{kind}_first"


def danger_steps_again(turn: Turn) -> None:
    """"What should I do?" while danger from someone goes on: the numbers and the situation's
    steps again (the steps are what was asked; an article on planning is for a calmer day)."""
    situation = turn.session.emergency or "home_violence"
    settings = turn.services.settings
    calls = tuple(phone_button(turn.lang, settings.hotline(i))
                  for i in ("police", "ambulance", "national"))
    turn.say(turn.t("emergency_first"), calls)
    title = "emergency_steps_title_other" if situation in FOR_A_HELPER else \
        "emergency_steps_title"
    turn.say(f"{turn.t(title)}\n{bullet(advice(turn, situation))}")


# The bot asked to call for the person ("gọi công an giùm em", "can you call the police for me",
# "i need police"): it cannot; who to call, and how, said first
_CALL_FOR_ME = screened(
    r"\b(goi|bao|kêu|keu|bao cho) (cong an|113|canh sat|115|cap cuu|xe cap cuu|114|cuu hoa)( \w+)? "
    r"(giup|gium|dum|ho|cho|toi) (em|toi|minh|tui|chau|con|voi)\b|"
    r"\b(can|could|would|will) you (please )?(call|contact|phone|ring|send) (the )?(police|cops|113|"
    r"ambulance|115|help|someone)\b|\bcall (the )?(police|cops|113|ambulance|115) for me\b|"
    r"^(i )?(need|want) (the )?(police|cops)( now| please| pls)*$|\bsend (the )?(police|help|someone)\b")


def asks_bot_to_call(text: str) -> bool:
    """The bot is asked to make the call itself."""
    return any(_CALL_FOR_ME.search(t) for t in forms(text))


# Whether to call the police, asked ("tôi có nên gọi công an ko", "should i call the police?",
# "gọi 113 được không"): yes, now, with what to say (a witness unsure it is "enough")
_SHOULD_CALL = screened(
    r"^(?!.*\b(khong nen|dung|chang nen|khong muon|ko muon|khong dam|ko dam|so) (goi|bao|trinh bao)\b)"
    r"(.*\bco (nen|phai|duoc|can) (goi|bao|trinh bao|keu) (cong an|113|canh sat|police)\b|"
    r".*\b(nen|phai|duoc) (goi|bao|trinh bao|keu) (cong an|113|canh sat|police)( \w+)?"
    r"( (khong|ko|k|hong|chua|a|ha|vay|qmark|nhi))+$)|"
    r"\b(goi|bao) (cong an|113|canh sat) (co )?(duoc|dc|nen|sao)( (khong|ko|k|hong|a|ha|vay|qmark|nhi))+$|"
    r"\b(should|can|do) (i|we) (call|phone|ring|get) (the )?(police|cops|113)\b|"
    r"\bis it (ok|okay|alright|right) to call (the )?(police|cops|113)\b")


def asks_whether_to_call(text: str) -> bool:
    """Whether to call the police is asked (`_SHOULD_CALL`)."""
    return any(_SHOULD_CALL.search(t) for t in forms(text))


def yes_call(turn: Turn) -> None:
    """Yes: 113 now, saying where and what is heard or seen; 115 if someone is hurt."""
    _call_now(turn, "yes_call_police")


def call_yourself(turn: Turn) -> None:
    """It cannot call: 113 now (or someone near calls), 115 if someone is hurt, with the buttons."""
    _call_now(turn, "cannot_call_for_you")


def _call_now(turn: Turn, key: str) -> None:
    """The text `key`, with 113, 115 and 111 to tap, counted as an emergency answered."""
    settings = turn.services.settings
    metrics.EMERGENCIES.labels(turn.inbound.channel).inc()
    turn.say(turn.t(key), tuple(phone_button(turn.lang, settings.hotline(i))
                                for i in ("police", "ambulance", "national")))


# The writer named in the hurt ("giờ tui khó thở", "my ribs hurt"), with no one else put first
# ("cổ đang nằm không dậy", "bé bất tỉnh"): said to the writer
_WRITER_NAMED = re.compile(r"\b(em|e|toi|tui|minh|tao|i|i'm|im|my|me)\b")
_OTHER_FIRST = re.compile(r"^((gio|bay gio|luc nay|ma|con) )*(co|co ay|ba|ba ay|anh|anh ay|ong|ong ay|no|be|"
                          r"con|chau|nguoi do|nguoi ta|chong|ck|vo|vk|bo|me|cha|ba duong|bo duong|"
                          r"cha duong|she|he|her|his|they|my (son|daughter|mom|mother|husband|wife|"
                          r"kid|baby|child|sister|brother|dad|father|partner|boyfriend))\b")


# …or struck herself, whoever is named first ("he choked me and now i can't breathe", "ổng bóp
# cổ tui, giờ tui khó thở"), unless someone else is the one said to be badly hurt
_WRITER_STRUCK = re.compile(r"\b(hit|hits|choked|chokes|choking|strangled|strangling|beat|beats|"
                            r"beating|kicked|stabbed|cut|punched|pushed|slapped|hurt|attacked|"
                            r"burned|burnt) me\b|\bforced me to (drink|swallow|take)\b|"
                            r"\bmade me (bleed|pass out|faint|black out)\b|"
                            # (a hurt made: "chồng tôi làm tôi chảy máu", "ổng làm em bất tỉnh")
                            r"\blam (em|e|tui|toi|minh|tao)( \w+)? (chay mau|bi thuong|gay|bat tinh|"
                            r"ngat|xiu|bong|u dau|be dau|vo dau|sung|bam)\b|"
                            r"\b(danh|bop co|siet co|dam|xo|tat|chem|dap|dot) ((vo|gay|be|sung|bam|"
                            r"rach|chay mau) (dau|tay|chan|mat|mieng|bung|mui|rang|tran|dau) |nat )?"
                            r"(em|e|tui|toi|minh|tao)\b|\bep (em|e|tui|toi|minh|tao) (uong|nuot|an)\b")
_OTHER_BADLY_HURT = re.compile(r"\b(con|be|me|ma|ba|bo|chau|em be|anh|chi|co|ong|ba ay|my (son|"
                               r"daughter|mom|mother|baby|child|kid|sister|brother|dad))"
                               r"( (?!(danh|dap|chem|dam|xo|tat|bop)\b)\w+)? "
                               r"(bi )?(bat tinh|chay mau|ngat|xiu|khong tho|unconscious|is bleeding|"
                               r"not breathing|passed out)\b|"
                               # (him struck down after: "…đánh em xong thì bị đột quỵ")
                               r"\b(thi|roi|xong|xong thi) (ong ay |ong |no |ck |chong |anh ay )?(bi |lai bi )?"
                               r"(dot quy|ngat|xiu|bat tinh|len con|co giat|tai bien)\b|"
                               r"\b(he|she) (then )?(collapsed|passed out|fainted|had a stroke|is "
                               r"unconscious|had a seizure)\b")


_CHILD_SELF_WORDS = re.compile(r"^(chau|con)\b|\b(chau|con) bi\b")


def _writer_hurt(text: str, *, child: bool = False) -> bool:
    found = forms(text)
    if any(_OTHER_BADLY_HURT.search(f) for f in found):
        return False
    return any(_WRITER_STRUCK.search(f) or (_WRITER_NAMED.search(f) and not _OTHER_FIRST.match(f)) or
               (child and _CHILD_SELF_WORDS.search(f)) for f in found)


SAFER_YES, SAFER_NO = "e:safer:yes", "e:safer:no"


def still_here(turn: Turn) -> None:
    """"có ai ở đó không", "hello?", "ok", a bare "2" after the danger numbers: still here, the
    numbers once more (the one who hurts may be near: never a bare menu), and whether she is
    safer yet, with its two answers as buttons (`read_safer` reads them typed)."""
    settings = turn.services.settings
    order = ("ambulance", "police", "national") if turn.session.emergency == "injured" else \
        ("police", "ambulance", "national")
    turn.say(turn.t("emergency_again"),
             (*(phone_button(turn.lang, settings.hotline(i)) for i in order),
              Button(turn.t("safer_yes"), SAFER_YES), Button(turn.t("safer_no"), SAFER_NO)))


def asked_if_safer(turn: Turn) -> bool:
    """The last turn asked "are you any safer now?" (`still_here`)."""
    return SAFER_YES in turn.session.labels.values()


# "rồi", "đỡ rồi", "ổn rồi", "ừ", "có", "ok" to "Bạn đã an toàn hơn chưa?"; "chưa", "vẫn chưa",
# "not yet". (Asked whether safer, a bare "ok" or "dạ" is the yes it looks like: the question
# asked again at each would trap the person in it.)
_SAID_SAFER = (r"do roi|do hon roi|do hon|on roi|on hon roi|an toan hon roi|an toan roi|"
               r"(a bit |a little |feeling |much |way )?better( now)?|i am safer|im safer|i'm safer|"
               r"safer now|i'm safer now|im safer now|(i'?m|im|i am) (ok|okay|fine|safe|safer|alright)"
               r"( now)?|(i'?m|im|i am) (feeling )?better( now)?|safe now|ok now|okay now|fine now")
_SAFER = screened(r"^((da |dạ |vang |em |e |toi |minh |tui )?(" + _SAID_SAFER + r"|roi|da roi|on|an toan|"
                  r"an toan hon|co|co roi|co a|u|uk|um|uh|vang|da|da co|ok|oke|okay|okie|yes|yeah|yep|"
                  r"yup|safer|fine|safe)( (a|nha|nhe|roi|now|thanks|thank you|cam on))*)$")
# The same said without being asked ("đỡ rồi", "i'm ok now" just after the numbers): words that
# tell of being safer, never a bare "ok" or "rồi"
_SAFER_SAID = screened(r"^((da |dạ |vang |em |e |toi |minh |tui )?(" + _SAID_SAFER + r")"
                       r"( (a|nha|nhe|roi|now|thanks|thank you|cam on))*)$")
_NOT_SAFER = screened(r"^((da |vang |em |e |toi |minh |tui )?(van )?(chua|chua a|chua an toan|chua dau|"
                      r"khong|ko|k|hong|not yet|not really|no|nope|not safe|still not)( (a|nha|nhe|het|lam))*)$")
# Thanks, said to "are you any safer now?": heard, the numbers kept in view, not asked again
_THANKS = screened(r"^((da |dạ |vang |em |e )?(cam on|cam on ban|cam on nhieu|cam on ban nhieu|thanks|thank you|"
                   r"thank you so much|thanks a lot|thx|tks|ty)( (a|nha|nhe|nhieu|so much|ban))*)$")


def read_safer(text: str) -> str | None:
    """"yes", "no" or None: the answer to "are you any safer now?", typed."""
    found = [f.strip(" .!") for f in forms(text)]
    if any(_NOT_SAFER.match(f) for f in found):
        return "no"
    if any(_SAFER.match(f) for f in found):
        return "yes"
    return None


def says_safer(text: str) -> bool:
    """"đỡ rồi", "i'm ok now", "better": safer, said unasked after the numbers."""
    found = [f.strip(" .!") for f in forms(text)]
    return any(_SAFER_SAID.match(f) for f in found) and not any(_NOT_SAFER.match(f) for f in found)


def thanks(text: str) -> bool:
    """A bare thank-you ("cảm ơn bạn", "thanks")."""
    return any(_THANKS.match(f.strip(" .!")) for f in forms(text))


def thanked_in_danger(turn: Turn) -> None:
    """"cảm ơn" to "are you any safer now?": heard, and the numbers kept in view, without the
    question a third time."""
    settings = turn.services.settings
    turn.say(turn.t("emergency_thanks"), tuple(phone_button(turn.lang, settings.hotline(i))
                                               for i in ("police", "ambulance", "national")))


def on_safer(turn: Turn, safer: bool) -> bool:
    """Safer now: glad (the caller then offers help near, `True`); not yet: the numbers and the
    situation's steps again (`False`)."""
    if safer:
        turn.say(turn.t("help_safe_ack"))
        turn.session.help["safe"] = "yes"   # (the numbers are not said again at each "ok")
        return True
    if turn.session.emergency in ("injured", "medical", "fire"):
        steps_again(turn)
    else:
        still_in_danger(turn)
    return False


def still_in_danger(turn: Turn) -> None:
    """"Not yet", "ko" while danger from someone goes on: the numbers first, and that someone is
    here, in a few lines; never the block of steps word for word again, which sits just above
    (they come again when asked, "giờ phải làm sao": `danger_steps_again`)."""
    settings = turn.services.settings
    turn.say(turn.t("emergency_still"), tuple(phone_button(turn.lang, settings.hotline(i))
                                              for i in ("police", "ambulance", "national")))


def after_a_death(turn: Turn) -> None:
    """Someone died in the emergency: sorrow first, then who comes and guides (115, 113), and
    who listens (111); never "call 115 now" again, as if nothing was said."""
    settings = turn.services.settings
    turn.say(turn.t("medical_death"), tuple(phone_button(turn.lang, settings.hotline(i))
                                            for i in ("ambulance", "police", "national")))


def line_not_answering(turn: Turn) -> None:
    """115 (or 114) does not answer: call again, call 113 too, and the people near."""
    settings = turn.services.settings
    first = ("fire", "police", "national") if turn.session.emergency == "fire" else \
        ("ambulance", "police", "national")
    turn.say(turn.t("fire_no_answer" if turn.session.emergency == "fire" else
                    "ambulance_no_answer"),
             tuple(phone_button(turn.lang, settings.hotline(i)) for i in first))


# Abroad now ("chị đi làm ở Malaysia, chủ giữ hộ chiếu", "em đang ở Đài Loan", "I'm in Korea"):
# 111 and 113 are Vietnamese numbers, not reachable as such from a phone abroad.
_ABROAD = screened(
    r"\b(o|tai|ben|sang|qua|di lam o|dang o|in|stuck in|trapped in) (nuoc ngoai|malaysia|ma lai|campuchia|cam pu chia|"
    r"cambodia|trung quoc|china|dai loan|taiwan|han quoc|korea|nhat ban|japan|laos|thai lan|"
    r"thailand|myanmar|dubai|a rap|saudi|singapore|australia|germany|russia|america|"
    r"the us|abroad|overseas)\b|\b(xuat khau lao dong|lao dong o nuoc ngoai|abroad|overseas)\b")
# (not "Mỹ", "Nga", "Đức", "Úc", "Lào", "Nhật" alone: "ở Mỹ Xuyên", "ở Ngã Năm" are in the city)


# Back since, or long ago ("years ago I escaped a ring in China", "em về nước rồi"): no longer there
_BACK_SINCE = re.compile(r"\b(years ago|long ago|last year|nam truoc|nam ngoai|may nam truoc|hoi truoc|"
                         r"(da |moi )?ve nuoc|tro ve (viet nam|nuoc|que)|back (home|in vietnam)|came back|"
                         r"returned( home| to vietnam)?|got back)\b")


def abroad_note(turn: Turn) -> None:
    """Where the person says they are abroad: the Vietnamese numbers are not theirs to call from
    there, so the local emergency number and Vietnam's embassy or consulate, or someone in
    Vietnam who can call 111 for them. Said once a conversation."""
    text = turn.inbound.text or ""
    if turn.session.help.get("abroad_told") or not said(_ABROAD, text) or \
            said(_BACK_SINCE, text) or turn.services.wards.candidates(text):
        return   # (a ward of the city named: here, whatever country they come from)
    turn.session.help["abroad_told"] = "1"
    turn.say(turn.t("abroad_note"))


def medical_not_now(turn: Turn) -> None:
    """An illness asked about or told as a habit, with no one at fault ("mẹ em hay bị ngất khi
    đứng lâu, có sao không", "how do i help someone having a seizure"): where health questions
    are answered, and 115 one tap away should it happen now. Never a witness's advice."""
    settings = turn.services.settings
    # ("thai 8 tuần ra máu có nguy hiểm ko": a doctor today, 115 for heavy bleeding or pain)
    key = "medical_not_now_pregnancy" if pregnancy_bleeding(turn.inbound.text or "") else \
        "medical_not_now"
    turn.say(turn.t(key),
             (phone_button(turn.lang, settings.hotline("ambulance")),
              Button(turn.t("back_to_menu"), "menu")))


def medicine_question(turn: Turn) -> None:
    """Which medicine for a headache or a fever, asked: the bot cannot say; a pharmacist or a
    doctor can, and 115 is one tap away should it turn bad. Never the crisis words."""
    turn.say(turn.t("medicine_question"),
             (phone_button(turn.lang, turn.services.settings.hotline("ambulance")),
              Button(turn.t("back_to_menu"), "menu")))


def animal_question(turn: Turn) -> None:
    """A pet's hurt or an animal's bite asked about: a vet, or the health station for a person
    bitten; 115 named in the words should it turn bad (no call button: nothing is urgent yet)."""
    turn.say(turn.t("animal_question"), (Button(turn.t("back_to_menu"), "menu"),))


# The writer cannot call ("em là người khiếm thính", "e ko gọi 113 được", "I'm deaf, I can't
# call"): the numbers still come first, then who else can call for them. ("câm" folds like
# "cầm", to hold: not read.)
_CANNOT_CALL = screened(
    r"\b(khiem thinh|diec|khong noi duoc|khong the noi)\b|"
    r"\bkhong (the )?goi( \w+){0,2} (duoc|dc)\b|\bgoi( \w+){0,2} (khong|ko) (duoc|dc)\b|"
    r"\b(deaf|mute|hard of hearing|non verbal|nonverbal)\b|"
    r"\b(cannot|can not|cant|can't|unable to) (call|phone|speak|talk)\b|"
    # the phone taken or broken ("lấy đt của e rồi", "he took my phone")
    r"\b(lay|giu|thu|dap|dap vo|giau|cam) (mat |luon |het )?(dien thoai|dt)( cua)? (toi|em|minh|tui)\b|"
    r"\b(took|taken|smashed|broke|has) my phone\b|\b(no|dont have|don't have|do not have) (a |my )?phone\b")


def cannot_call(text: str) -> bool:
    """The writer says they cannot call (deaf, unable to speak, no way to phone)."""
    return said(_CANNOT_CALL, text)


def advice(turn: Turn, situation: str) -> tuple[str, ...]:
    """The advice lines for a situation (data/content/safety.yml `situations:`)."""
    content = turn.services.content
    fitted = content.situations.get(situation)
    return (fitted or content.emergency_steps).lines[turn.lang]


def emergency(turn: Turn, situation: str = "home_violence") -> None:
    """The numbers and advice, then help near the person: at once for a ward named in the same
    message ("em ở xã Phong Điền, cần chỗ trú ẩn gấp"), else asked for (location or ward)."""
    danger_replies(turn, situation)
    if _ward_named(turn) or _place_known(turn):
        return
    turn.say(turn.t("emergency_offer"),
             (Button(turn.t("share_location"), "s:loc"), Button(turn.t("pick_ward"), "s:ward"),
              Button(turn.t("back_to_menu"), "menu")),
             request_location=True)
    turn.session.goto("services", "where")


def _place_known(turn: Turn) -> bool:
    """A place searched earlier in this conversation ("phong điền", then "ổng đang đánh tui"):
    its help again, not the question "which ward?" once more."""
    from bot.core.flows import services

    if not turn.session.near:
        return False
    turn.session.goto("services", "where")
    services.rerun(turn)
    return True


def _ward_named(turn: Turn) -> bool:
    """Show the services of a ward the message names as a place (never a name met inside an
    ordinary sentence), filtered to the one kind of service it asks for, if any."""
    from bot.core.flows import services  # services → render; emergency stays a leaf

    name = turn.entity("ward")
    ward = turn.services.wards.get(name) if name and not turn.entity("ward_weak") else None
    if ward is None:
        return False
    turn.session.goto("services", "where")
    turn.session.service = services.service_in(turn.inbound.text or "")
    services.show_ward(turn, services.WardMatch(ward, turn.entity("ward_old")))
    return True
