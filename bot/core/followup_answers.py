"""Typed answers around the follow-up check-in: the delay asked for ("3 ngày", "ok 1 ngay",
"một tuần", "tomorrow"), a refusal ("không cần", "no thanks"), a wish to stop ("dừng",
"huỷ nhắc", "stop") and how it went ("đã được giúp", "chưa", "rather not say").

Patterns run on the folded, abbreviation-expanded forms (bot/core/answers.forms), so they are
written without diacritics; negations are read before the positive words ("chưa được giúp" is
never "được giúp").
"""

from __future__ import annotations

import re

from bot.core.answers import forms, is_skip, read_yes_no
from bot.nlu.prefilter import screened

_WORD_NUMBERS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
                 "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "a": 1, "an": 1}
# A number written as digits may touch its unit ("3ngay", "3d"); a number word needs a space and
# a whole unit ("ba ngày"), else "bạn" would be "ba n", three days, "an" one and "bad" three.
_DAYS = re.compile(r"\b(?:(\d{1,2})\s*(?:ngay|hom|bua|d|day|days|n)|"
                   r"(mot|hai|ba|bon|nam|sau|bay|one|two|three|four|five|six|seven|a) "
                   r"(?:ngay|hom|bua|day|days))\b")
# A week with a number or a "next" ("1 tuần", "tuần sau", "next week"), or "tuần" alone as the
# whole answer: never "Tuấn", a name, nor "tuần này em không sống nổi".
_WEEK = re.compile(r"\b((1|mot|one|a) ?(tuan|week)|(tuan|week) (sau|toi|den|nua)|next week)\b|"
                   r"^(tuan|week|1 week)$")
_TOMORROW = re.compile(r"\b(ngay mai|mai nhe|mai nhan|sang mai|toi mai|tomorrow)\b|^mai$")
_DAY_AFTER = re.compile(r"\b(ngay mot|ngay kia|mot nhe|mot nhan|day after tomorrow)\b|^mot$")
_BARE = re.compile(r"^(?:ok(?:ay)?\s+|dc\s+|duoc\s+|co\s+|yes\s+|vang\s+|u\s+)?(\d{1,2})\s*[.!]*$")
# ("thôi" refuses at the start, "thôi khỏi"; after a time it means "only": "nhắn buổi tối thôi")
_REFUSE = re.compile(r"^thoi\b|\b(khong can|khong,? cam on|khong cam on|khoi|no thanks?|"
                     r"no,? thank you|not needed|don'?t|do not|khong muon|never mind)\b")
# "dừng", "huỷ" as the answer itself (a few words): inside a story they are the story's ("ổng
# không chịu dừng tay", "ck em đòi hủy giấy tờ nhà", "hủy hôn được ko").
_STOP_RAW = screened(r"(^|\s)(dừng|đừng nhắn|hủy nhắc|huỷ nhắc|hủy|huỷ)(\s|$|[.!])")
_STOP_WORDS = 4
# What may stand beside "dừng"/"huỷ" in the answer itself ("huỷ đi nha", "dừng lại giúp em");
# any other word ("hủy hôn được ko") makes it a sentence of its own.
_STOP_FILLER = re.compile(r"(?<!\w)(đi|nhé|nhe|nha|lại|giúp|dùm|giùm|em|mình|tui|tôi|với|ạ|đó|"
                          r"luôn|ok|thôi|nhắc|tin|nhắn|hết|bạn|ơi|nữa|nhen|hen)(?!\w)")
_STOP = re.compile(r"^(stop|dung lai|huy nhac|huy tin nhac|khong nhan nua|dung nhan|"
                   r"dung nhac|cancel|cancel (the )?(reminder|check.?in|message)|unsubscribe|"
                   r"stop (messaging|messages|the reminder|reminding)|huy nhan)\b|"
                   r"^(huy|dung lai)( (di|nha|nhe|giup|dum|em|lai|luon|nhac|tin))*$")
# Consent taken back in words, anywhere in the message: "em đổi ý rồi, ko cần nhắn đâu", "thôi
# khỏi nhắn", "please don't message me", "i changed my mind", "never mind the reminder".
_WITHDRAW = screened(
    r"\b((khong|ko|k) can|khoi|dung|thoi|khong muon|khong nen) (nhan|nhac|gui|hoi tham)\w*|"
    r"\bdoi y\b|\bchanged my mind\b|\bnever mind the (reminder|message|check.?in)\b|"
    r"\b(don'?t|do not|please don'?t|no need to) (message|text|write|remind|contact) me\b|"
    r"\bno (more )?(messages|reminders?)\b")

OUTCOME_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rather_not", re.compile(r"\b(khong muon noi|khong tien noi|khong muon tra loi|rather not|"
                              r"prefer not|bo qua|skip|khong noi)\b")),
    ("reached_waiting", re.compile(
        r"\b(chua (duoc )?(giup|ho tro|xu ly|giai quyet)|khong (duoc )?(giup|ho tro)|"
        r"dang cho|no help( yet)?|not (been )?helped|waiting|not yet helped|"
        r"(lien he|goi|gap|den) (duoc|roi).*\bchua\b)")),
    ("not_yet", re.compile(r"^(chua|chua a|chua co|chua lien he|chua goi|chua di|khong|"
                           r"not yet|no|nope|nothing yet|haven'?t|have not|i haven'?t)\b")),
    ("reached_helped", re.compile(
        r"\b((da )?duoc (giup|ho tro)|giup duoc|got help|was helped|helped|got support)\b")),
)


def read_days(text: str, offered: tuple[int, ...]) -> int | None:
    """The number of days named (a bare number counts only if it is one offered); None when
    the message names no delay."""
    for form in forms(text):
        if _DAY_AFTER.search(form):
            return 2
        if _TOMORROW.search(form):
            return 1
        if (match := _DAYS.search(form)) is not None:
            digits, word = match.group(1), match.group(2)
            return int(digits) if digits else _WORD_NUMBERS[word]
        if _WEEK.search(form):
            return 7
        if (match := _BARE.match(form.strip())) is not None and int(match.group(1)) in offered:
            return int(match.group(1))
    return None


# The phone is his, or he reads it ("điện thoại này của ổng", "ổng hay coi điện thoại em", "he
# checks my phone"): a reason to decline, and to know the chat can be cleared now.
_HIS_PHONE = re.compile(
    r"\b(dien thoai|dt|may)( nay)? (la )?(cua|chung voi) (ong ay|ong|chong|ck|anh ay|han|no|ba ay)\b|"
    r"\b(ong ay|ong|chong|ck|anh ay|han|no)( hay| thuong| cu| dang)? (coi|xem|doc|kiem tra|luc|cam|"
    r"giu|lay) "
    r"(dien thoai|dt|tin nhan|may)\b|\b(his phone|he (reads|checks|looks at|goes through) my "
    r"(phone|messages))\b")


def his_phone(text: str) -> bool:
    """The reason given is that he sees this phone."""
    return any(_HIS_PHONE.search(f) for f in forms(text))


def refuses(text: str) -> bool:
    """"không cần", "no thanks", a bare "không": the offer is declined. A no of a few words
    only, and never "nó" (him, her), which folds like English "no" ("nó đang đá cửa")."""
    if any(_WITHDRAW.search(f) for f in forms(text)) or his_phone(text):
        return True   # "đừng nhắn, điện thoại này của ổng": no message, whatever follows
    if _HE_SHE.search(text.lower()):
        return False
    return (len(text.split()) <= 4 and read_yes_no(text) == "no") or \
        bool(_NO_THEN_REASON.match(text.lower())) or any(_REFUSE.search(f) for f in forms(text))


# "ko, ck em coi đt em": a no set apart by a comma, then the reason
_NO_THEN_REASON = re.compile(r"^\s*(không|khong|ko|k|hông|hong|no|nope|nah)\s*[,.!;:]")
# A time too vague to keep ("cuối tuần", "vài ngày nữa", "next month"): which one, asked
_VAGUE = re.compile(r"\b(cuoi tuan|thang sau|thang toi|vai ngay|may ngay|it ngay|vai bua|may bua|"
                    r"next month|weekend|in a few days|a few days|some days|sometime|later|"
                    # left to the bot, or a time it does not offer ("tùy bạn", "bao lâu cũng được",
                    # "2 tuần", "1 tháng", "nhắn lại em đi"): which of the offered days, asked
                    r"tuy ban|tuy|bao lau cung duoc|luc nao cung duoc|up to you|whatever( you think)?|"
                    r"you (decide|choose)|any ?time|(\d+|hai|ba|mot) (tuan|thang)|(two|three|\d+) "
                    r"(weeks|months)|a month|nhan lai (em|toi|minh|tui)( di| nha| nhe)?|de sau( di| nha)?)\b")


def vague_delay(text: str) -> bool:
    """A time named too vaguely to keep: the offer's choices are asked for again."""
    return len(text.split()) <= 6 and any(_VAGUE.search(f) for f in forms(text))


_HE_SHE = re.compile(r"(^|\W)nó(\W|$)")


_REMINDER = screened(r"\b(nhac|nhan lai|tin hoi tham|hoi tham|reminder|check.?in|message me|"
                       r"messaging|messages)\b")


def wants_stop(text: str, *, reminder_only: bool = False) -> bool:
    """"dừng", "huỷ nhắc", "stop": cancel a pending check-in. Bare "dung" is not read (it is
    also "đúng", yes) unless written with its marks. With `reminder_only` (inside a pathway,
    where "dừng" leaves the pathway) only words that name the reminder count ("huỷ nhắc",
    "stop the reminder")."""
    texts = forms(text)
    if any(_WITHDRAW.search(f) for f in texts):
        return True
    if reminder_only and not any(_REMINDER.search(f) for f in texts):
        return False
    if len(text.split()) <= _STOP_WORDS and _STOP_RAW.search(text.lower()) and \
            not _STOP_FILLER.sub(" ", _STOP_RAW.sub(" ", text.lower())).strip(" .!,"):
        return True
    return any(_STOP.search(f.strip()) for f in texts) and (
        len(text.split()) <= _STOP_WORDS or any(_REMINDER.search(f) for f in texts))


def read_outcome(text: str) -> str | None:
    """How it went, from a typed answer to the check-in, or None."""
    texts = forms(text)
    for outcome, pattern in OUTCOME_PATTERNS:
        if any(pattern.search(t) for t in texts):
            return outcome
    if is_skip(text):
        return "rather_not"
    return None


_CHANGE = re.compile(r"\b(doi|chuyen|sua|thay|change|make it|instead|actually)\b|^(khong|ko|k|no),? "
                     r"(\d{1,2}|mot|hai|ba|bay|one|three|seven|a)\b")


def changes_delay(text: str) -> bool:
    """The message asks for another delay ("đổi thành 7 ngày", "ko, 1 ngày thôi", "make it
    7 days instead"), not a first one."""
    return any(_CHANGE.search(f) for f in forms(text))


# What may stand beside a delay in an answer that is only the delay ("một tuần nữa", "3 ngày
# nha", "ok 1 ngày"): the classifier's guess on such words is not heard ("một tuần nữa" once
# sounded like a wish to die to it).
_DELAY_FILLER = re.compile(r"\b(nua|nha|nhe|nhen|di|ok|oke|okay|duoc|dc|sau|khoang|tam|in|please|"
                           r"pls|thanks|thank you|em|minh|toi|tui|nhan|nhac|lai|hay|vang|da|u|yes|"
                           r"co|a|the|after|later|roi)\b")


def delay_alone(text: str) -> bool:
    """The message names a delay and nothing else ("một tuần nữa", "3 ngày nha")."""
    for form in forms(text):
        rest = _DAYS.sub(" ", _WEEK.sub(" ", _TOMORROW.sub(" ", _DAY_AFTER.sub(" ", form))))
        if rest != form and not _DELAY_FILLER.sub(" ", rest).strip(" .!,"):
            return True
    return False
