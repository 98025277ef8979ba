"""Learn: curated tips by audience and topic, one short message at a time with "more"."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core import ordinals
from bot.core.messages import Button
from bot.core.turn import Turn
from bot.nlu.normalize import fold

# What the free-text learning intents open directly.
INTENT_TOPICS = {
    "learn_gbv": "what_is_gbv",
    "learn_safety": "safety_planning",
    "learn_rights": "rights_and_reporting",
    "learn_equality": "gender_equality",
}


# A learn question names its topic more narrowly than its intent does ("làm sao dạy con về an
# toàn cơ thể" is learn_safety, whose article is the safety plan): the first topic whose words
# the question holds, else the intent's own.
TOPIC_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(words)) for topic, words in (
        ("trafficking_signs", r"\b(mua ban nguoi|buon nguoi|trafficking|trafficked|viec nhe luong cao)\b"),
        ("online_violence", r"\b(tren mang|qua mang|online|mang xa hoi|facebook|zalo|tiktok|"
                            r"anh nong|cyber\w*|internet|social media)\b"),
        ("children_safety", r"\b(day (con|tre|be)|(noi chuyen|giai thich|noi) voi (con|tre|be|cac con)|"
                            r"vung kin|"
                            r"con (toi|em|minh|nho|cai)|tre em|tre nho|tre con|"
                            r"tuoi tre|hoc sinh|children|child|kids?|my (son|daughter)|"
                            r"an toan co the|body safety|xam hai tre)\b"),
        ("helping_someone", r"\b(giup (do )?(ban|ban be|nguoi than|nguoi khac|chi|em|me|nguoi do)|"
                            r"ho tro (ban|nguoi than|nguoi khac)|help(ing)? (a|my) (friend|sister|"
                            r"mother|relative|neighbou?r|colleague)|help someone)\b"),
        ("warning_signs", r"\b(dau hieu|nhan biet|nhan ra|signs?|red flags?|recogni[sz]e)\b"),
        ("gender_equality", r"\b(binh dang|dinh kien|equality|stereotypes?)\b"),
        ("rights_and_reporting", r"\b(quyen|bao tin|to cao|to giac|rights?|report\w*)\b"),
    ))


def topic_for(text: str, intent: str) -> str:
    """The tips topic a learn question asks for (`INTENT_TOPICS` when it names none)."""
    folded = fold(text)
    return next((topic for topic, words in TOPIC_WORDS if words.search(folded)),
                INTENT_TOPICS[intent])


MORE_WORDS = frozenset({"more", "tiep", "xem tiep", "them", "tiep di", "next"})
# …and as people ask for more of what they are reading ("tell me more", "ví dụ như thế nào",
# "giải thích thêm"): the next part of the same article, not a new guess at the topic.
_MORE = re.compile(r"^((ok|oke|vang|da|u|yes|and|con|the) )?(more|tell me more|more please|go on|"
                   r"continue|keep going|next( page| part)?|what else|for example|examples?|"
                   r"give me (an |some )?examples?|tiep|tiep di|tiep nha|tiep tuc|xem tiep|xem them|"
                   r"doc tiep|doc them|coi tiep|coi them|xem nua|doc nua|phan tiep|trang tiep|"
                   r"them|them nua|noi them|ke them|noi ro hon|giai thich them|cu the hon|vi du|"
                   r"cho (minh |em |toi )?(xin )?vi du|vi du (nhu )?(the nao|nao|gi)|con gi nua)"
                   r"( di| nha| nhe| a| please| nua)?$")
# Who is learning, as people type it (folded): besides each audience's own label, in either
# language. "cho học sinh" after an article is the young people's list, not a request for help.
# "tôi là giáo viên", "i am a parent": who the person is, said as a sentence.
_I_AM = r"(?:(?:a nham |nham |thuc ra |that ra )?(?:toi|em|minh|tui|i am|im|i'm) (?:la |a |an )?)?"
# A relative or neighbour named as whom the reading is for ("cho chị gái em", "hàng xóm", "for
# my sister", "à nhầm, cho người thân"): the list for friends and family.
_KIN = (r"(chi|chi gai|em gai|em trai|anh trai|anh|me|ma|bo|ba|cha|ong|ba noi|ba ngoai|ong noi|"
        r"ong ngoai|co|di|chu|bac|cau|mo|thim|hang xom|dong nghiep|ban than|ban thân|nguoi yeu|ny|vo|"
        r"chong|nguoi than|ban be|ban|my (sister|brother|mom|mother|mum|dad|father|neighbou?r|"
        r"colleague|aunt|uncle|cousin|wife|husband|partner|girlfriend|boyfriend|friend)|a neighbou?r)")
_WHOSE = r"( (toi|em|minh|tui|cua (toi|em|minh|tui)|nha (toi|em|minh|tui)))?"
_AUDIENCE_WORDS: dict[str, re.Pattern[str]] = {
    "victim": re.compile(r"^(cho )?((ban than|chinh minh)( toi| em| minh)?|chinh (toi|em|minh)|(cho )?(toi|em|"
                         r"minh|tui)|for me|for myself|myself)( a| nha| thoi)?$|"   # not "me": that is "mẹ"
                         # who the person is ("tui là đàn ông", "em là nạn nhân"): the general list
                         r"^(toi|em|minh|tui|i am|im) (la )?(dan ong|con trai|nam|phu nu|con gai|nu|"
                         r"nan nhan|nguoi bi bao luc|a man|a woman|a victim|a survivor)( a| nha)?$"),
    "friend_family": re.compile(rf"^{_I_AM}(cho |giup |de giup |ho tro |giup do |ve )?(nguoi than|ban be|ban|"
                                r"nguoi quen|gia dinh|friends?|family|relatives?|a friend|my friend|"
                                r"for a friend|for (my )?(friend|family)|helping (a )?(friend|someone))$|"
                                rf"^((a nham|nham|thuc ra)( |, ))?(cho |giup |for )?(?!(me|ma|co|di|cau|chu|"
                                rf"mo|ban)$){_KIN}{_WHOSE}( a| nha| nhe)?$"),
    "parent": re.compile(rf"^{_I_AM}(cho )?(cha me|bo me|ba me|phu huynh|nguoi cham soc( tre)?|giao vien|"
                         r"thay co|parents?|carers?|caregivers?|teachers?|for parents|a parent)$|"
                         # ("em là mẹ", "tôi là bố của 2 đứa nhỏ", "i'm a mom"; never "me" alone)
                         r"^(toi|em|minh|tui|i am|im|i'm) (la |a |an )?(me|ma|bo|ba|cha|mom|mother|mum|"
                         r"dad|father|a parent)( (cua|of) [\w ]+)?$|"
                         r"^(cho |for )?(con|con cai|con nho|be|my (kid|kids|child|children|son|daughter))"
                         r"( (toi|em|minh|tui|nha (toi|em|minh|tui)))( a| nha)?$"),
    "young": re.compile(rf"^{_I_AM}(cho )?(ban tre|gioi tre|nguoi tre|thanh nien|tuoi teen|hoc sinh|"
                        r"sinh vien|tre em|young( people)?|youth|teens?|teenagers?|students?|"
                        r"kids|children)$|"
                        r"^(em|e|toi|tui|minh|con|chau) (con nho|con be|con tre|con di hoc|dang di hoc|la hoc sinh|"
                        r"moi \d+ tuoi|\d+ ?(tuoi|t)|hoc lop \d+|dang hoc lop \d+)( a| nha)?$"),
}
# Not knowing which to pick ("hổng biết chọn cái nào", "sao cũng được"): the general list.
_ANY_AUDIENCE = re.compile(r"^((toi|em|minh|tui) )?(khong biet|hong biet|ko biet|chua biet)( chon| nen chon)?"
                           r"( cai nao| gi| sao)?( het| nua| a)?$|^(cai nao|sao|gi) cung duoc$|"
                           r"^(tat ca|all|any|anything|i do not know|dunno|not sure)$")
_DONE_READING = frozenset({"xong", "xong roi", "doc xong", "doc xong roi", "da doc xong", "em doc xong roi",
                           "toi doc xong roi", "done", "finished", "i'm done", "im done", "done reading",
                           "read it", "het roi", "het bai roi"})
_OTHER_TOPICS = frozenset({"chu de khac", "other topics", "other topic", "topics", "chu de",
                           "bai khac", "cai khac", "xem cai khac", "xem chu de khac", "something else",
                           "another topic", "another one"})


def begin(turn: Turn) -> None:
    content = turn.services.content
    turn.session.goto("learn", "audience")
    turn.say(turn.t("learn_audience_q"),
             tuple(Button(a.label.get(turn.lang) or a.id, f"l:a:{a.id}") for a in content.audiences)
             + (Button(turn.t("back_to_menu"), "menu"),))


def topics(turn: Turn, audience: str) -> None:
    content = turn.services.content
    if audience not in {a.id for a in content.audiences}:
        begin(turn)
        return
    turn.session.learn = {"audience": audience}
    turn.session.goto("learn", "topic")
    turn.say(turn.t("learn_topic_q"),
             tuple(Button(t.title.get(turn.lang) or t.id, f"l:t:{t.id}")
                   for t in content.topics_for(audience))
             + (Button(turn.t("back_to_menu"), "menu"),))


def show(turn: Turn, topic_id: str, part: int = 0) -> None:
    topic = turn.services.content.topics.get(topic_id)
    if topic is None:
        begin(turn)
        return
    parts = topic.parts[turn.lang]
    part = max(0, min(part, len(parts) - 1))
    turn.session.learn = {**turn.session.learn, "topic": topic_id, "part": part}
    turn.session.goto("learn", "reading")
    text = parts[part]
    if part == len(parts) - 1:
        text += f"\n\n{turn.t('learn_source')}: {topic.source}"
    buttons: list[Button] = []
    if part + 1 < len(parts):
        buttons.append(Button(turn.t("learn_more"), f"l:m:{topic_id}:{part + 1}"))
    audience = turn.session.learn.get("audience")
    buttons.append(Button(turn.t("learn_other_topics"), f"l:a:{audience}" if audience else "m:learn"))
    buttons.append(Button(turn.t("back_to_menu"), "menu"))
    title = topic.title.get(turn.lang, "")
    turn.say(f"{title}\n\n{text}" if part == 0 and title else text, tuple(buttons))


def on_payload(turn: Turn, action: str, arg: str) -> None:
    if action == "a":
        topics(turn, arg)
    elif action == "t":
        show(turn, arg)
    elif action == "m":
        topic_id, _, part = arg.partition(":")
        show(turn, topic_id, int(part) if part.isdigit() else 0)
    else:
        begin(turn)


def on_text(turn: Turn, text: str) -> bool:
    """A typed answer in the learn flow, as its buttons would be: an audience, a topic (its
    title, or part of it, or its number in the list), "xem tiếp", "chủ đề khác". False when the
    text is none of these (it may be a question or a story: the engine reads it then)."""
    action = _typed_action(turn, text)
    if action is None:
        return False
    action()
    return True


def is_answer(turn: Turn, text: str) -> bool:
    """Whether `on_text` would take the text (the engine's danger check then leaves the
    classifier's guess on a few words aside, as for any step answer)."""
    return _typed_action(turn, text) is not None


def _typed_action(turn: Turn, text: str) -> Callable[[], object] | None:
    if turn.session.flow != "learn":
        return None
    step = turn.session.step
    typed = fold(text).strip(" .!?,")
    learn = turn.session.learn
    if (typed in MORE_WORDS or _MORE.match(typed)) and step == "reading" and "topic" in learn:
        return lambda: more(turn)
    content = turn.services.content
    if step == "audience" and (chosen := _numbered(typed, [a.id for a in content.audiences])):
        return lambda: topics(turn, chosen)
    if (audience_typed := _audience(turn, typed)) is not None:
        return lambda: topics(turn, audience_typed)
    if step == "audience" and _ANY_AUDIENCE.match(typed):
        return lambda: topics(turn, content.audiences[0].id)
    audience = learn.get("audience")
    if step == "reading" and typed in _DONE_READING:
        # "đọc xong rồi", "done": the topics again, to choose the next (never a guess of sadness)
        return (lambda: topics(turn, audience)) if audience else (lambda: begin(turn))
    if step in ("reading", "topic") and typed in _OTHER_TOPICS:
        # (at the list, "chủ đề khác": the list again, never a goodbye)
        return (lambda: topics(turn, audience)) if audience else (lambda: begin(turn))
    shown = [t.id for t in content.topics_for(audience)] if audience else list(content.topics)
    if step == "topic" and (numbered := _numbered(typed, shown)):
        return lambda: show(turn, numbered)
    if step in ("topic", "reading") and (topic := _topic(turn, typed, shown)) is not None:
        return lambda: show(turn, topic)
    return None


def _numbered(typed: str, choices: list[str]) -> str | None:
    """"2" (or "số 2", "#2", "cái thứ hai", "the second one") picks the second choice shown."""
    return ordinals.pick(typed, choices)


def _audience(turn: Turn, typed: str) -> str | None:
    for audience in turn.services.content.audiences:
        if any(fold(label).strip() == typed for label in audience.label.values()):
            return audience.id
        pattern = _AUDIENCE_WORDS.get(audience.id)
        if pattern is not None and pattern.search(typed):
            return audience.id
    return None


def _topic(turn: Turn, typed: str, shown: list[str]) -> str | None:
    """The topic whose title is what was typed, or contains it (two words at least: "dấu hiệu
    cảnh báo", "bạo lực trên mạng"), first among those shown to this audience."""
    topics_ = turn.services.content.topics
    ordered = shown + [t for t in topics_ if t not in shown]
    for topic_id in ordered:
        for title in topics_[topic_id].title.values():
            folded = fold(title).strip(" ?.!")
            if typed == folded or (len(typed.split()) >= 2 and f" {typed} " in f" {folded} "):
                return topic_id
    return None


def recognise(turn: Turn, topic_id: str = "warning_signs") -> None:
    """"Is this abuse?", "có bình thường không", "có nên đi không": the signs, then help offered
    (never a verdict: the person decides whether it is what they live through)."""
    suffix = "_trafficking" if topic_id == "trafficking_signs" else ""
    turn.say(turn.t(f"recognise_intro{suffix}"))
    show(turn, topic_id)
    turn.say(turn.t(f"recognise_offer{suffix}"),
             (Button(turn.t("disclosure_start"), "m:help"),
              Button(turn.t("disclosure_numbers"), "m:numbers")))


def more(turn: Turn) -> bool:
    """"more"/"tiếp" typed while reading: the next part; False when not reading."""
    learn = turn.session.learn
    if turn.session.step != "reading" or "topic" not in learn:
        return False
    topic = turn.services.content.topics.get(learn["topic"])
    part = int(learn.get("part", 0)) + 1
    if topic is not None and part >= len(topic.parts[turn.lang]):
        # read to the end: said so, with the other topics, not the last page once more
        audience = learn.get("audience")
        turn.say(turn.t("learn_end"), (
            Button(turn.t("learn_other_topics"), f"l:a:{audience}" if audience else "m:learn"),
            Button(turn.t("back_to_menu"), "menu")))
        return True
    show(turn, learn["topic"], part)
    return True
