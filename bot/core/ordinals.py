"""A place in a list of choices, typed: "2", "số 2", "#2", "cái thứ hai", "thứ 3", "the
second one", "option 2". People answer a screen of buttons by its order as often as by its
words; the flows that show a list read the place here (bot/core/flows/learn.py, and the
engine for the last screen of buttons shown, `Session.offered`)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlu.normalize import fold

# Number words need a word that makes them a place ("cái thứ hai", "mục ba", "option two"):
# alone, "ba" is a father as often as a third, "năm" a year, "nam" a man, "no one" nobody;
# "thứ hai" alone is Monday, and "số" folds like "sợ" ("sợ ba": afraid of dad). Ordinals in
# English ("second") are places alone.
_VI_WORDS = {"mot": 1, "nhat": 1, "dau": 1, "dau tien": 1, "hai": 2, "nhi": 2, "ba": 3,
             "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9}
_WORDS = {**_VI_WORDS, **_EN_NUMBERS, **_EN_ORDINALS}
_NAMING = r"cai|muc|chu de|lua chon|phuong an|nut|the|option|number|choice"   # before a word
_ORDINAL = re.compile(
    r"^(?:(?:chon|toi chon|em chon|minh chon|lay|xem|choose|pick|i choose|i pick|i want) )?"
    rf"(?:(?P<naming>{_NAMING}) )?(?:(?:so|no) )?(?:thu )?"
    r"(?P<n>[1-9]|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
    r"(?: one| cai| nha| nhe| a| di| please)*$")


# A line of a numbered list ("1. Bệnh viện…"): a turn that showed one has two things "2" may
# name, the list's second line or the second button (the engine, bot/core/flows/followup.py)
NUMBERED_LINE = re.compile(r"(?m)^\s*([1-9])[.)] ")


def shows_numbered_list(texts: list[str]) -> bool:
    return any(_numbered(text) for text in texts)


def numbered_up_to(texts: list[str]) -> int:
    """The highest number of the numbered lines shown (0: none)."""
    return max((_numbered(text) for text in texts), default=0)


@lru_cache(maxsize=1024)   # (the bot's own replies: read once a turn, most of them the same texts)
def _numbered(text: str) -> int:
    """The highest number of the numbered lines of one reply (0: none)."""
    return max((int(m.group(1)) for m in NUMBERED_LINE.finditer(text)), default=0)


def position(text: str) -> int | None:
    """The 1-based place a whole message names ("cái thứ hai" → 2), else None. A message that
    says more than a place ("ba em đánh em", "2 ngày rồi") is not one."""
    said = _ORDINAL.match(" ".join(re.sub(r"[^\w\s]", " ", fold(text)).split()))
    if said is None:
        return None
    word = said.group("n")
    if word.isdigit():
        return int(word)
    if word in _EN_ORDINALS or said.group("naming"):
        return _WORDS[word]
    return None


def pick(text: str, choices: list[str]) -> str | None:
    """The choice at the place `text` names, when there is one there."""
    n = position(text)
    return choices[n - 1] if n is not None and 1 <= n <= len(choices) else None
