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

_WORD_NUMBERS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
                 "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "a": 1, "an": 1}
_DAYS = re.compile(r"\b(\d{1,2}|mot|hai|ba|bon|nam|sau|bay|one|two|three|four|five|six|seven|a)"
                   r"\s*(ngay|hom|bua|d|day|days|n)\b")
_WEEK = re.compile(r"\b(1|mot|one|a)?\s*(tuan|week)\b")
_TOMORROW = re.compile(r"\b(ngay mai|mai nhe|tomorrow)\b")
_BARE = re.compile(r"^(?:ok(?:ay)?\s+|dc\s+|duoc\s+|co\s+|yes\s+|vang\s+|u\s+)?(\d{1,2})\s*[.!]*$")
_REFUSE = re.compile(r"\b(khong can|khong,? cam on|khong cam on|thoi|khoi|no thanks?|"
                     r"no,? thank you|not needed|don'?t|do not|khong muon|never mind)\b")
_STOP_RAW = re.compile(r"(^|\s)(dừng|đừng nhắn|hủy nhắc|huỷ nhắc|hủy|huỷ)(\s|$|[.!])")
_STOP = re.compile(r"^(stop|dung lai|huy nhac|huy tin nhac|khong nhan nua|dung nhan|"
                   r"dung nhac|cancel|cancel (the )?(reminder|check.?in|message)|unsubscribe|"
                   r"stop (messaging|messages|the reminder|reminding)|huy nhan|huy)\b")

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
        if _TOMORROW.search(form):
            return 1
        if (match := _DAYS.search(form)) is not None:
            word = match.group(1)
            return int(word) if word.isdigit() else _WORD_NUMBERS[word]
        if _WEEK.search(form):
            return 7
        if (match := _BARE.match(form.strip())) is not None and int(match.group(1)) in offered:
            return int(match.group(1))
    return None


def refuses(text: str) -> bool:
    """"không cần", "no thanks", a bare "không": the offer is declined."""
    return read_yes_no(text) == "no" or any(_REFUSE.search(f) for f in forms(text))


_REMINDER = re.compile(r"\b(nhac|nhan lai|tin hoi tham|hoi tham|reminder|check.?in|message me|"
                       r"messaging|messages)\b")


def wants_stop(text: str, *, reminder_only: bool = False) -> bool:
    """"dừng", "huỷ nhắc", "stop": cancel a pending check-in. Bare "dung" is not read (it is
    also "đúng", yes) unless written with its marks. With `reminder_only` (inside a pathway,
    where "dừng" leaves the pathway) only words that name the reminder count ("huỷ nhắc",
    "stop the reminder")."""
    texts = forms(text)
    if reminder_only and not any(_REMINDER.search(f) for f in texts):
        return False
    if _STOP_RAW.search(text.lower()):
        return True
    return any(_STOP.search(f.strip()) for f in texts)


def read_outcome(text: str) -> str | None:
    """How it went, from a typed answer to the check-in, or None."""
    texts = forms(text)
    for outcome, pattern in OUTCOME_PATTERNS:
        if any(pattern.search(t) for t in texts):
            return outcome
    if is_skip(text):
        return "rather_not"
    return None
