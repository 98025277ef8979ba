"""A place in a list of choices, typed: "2", "số 2", "#2", "cái thứ hai", "thứ 3", "the
second one", "option 2". People answer a screen of buttons by its order as often as by its
words; the flows that show a list read the place here (bot/core/flows/learn.py, and the
engine for the last screen of buttons shown, `Session.offered`)."""

from __future__ import annotations

import re

from bot.nlu.normalize import fold

# Vietnamese first (the first 14 keys), then English. "tư" (4th) folds like "tu", "năm" (5th)
# like "nam", "sáu" like "sau": read in whole messages only, and after "cái", "số" or "thứ".
ORDINAL_WORDS = {"mot": 1, "nhat": 1, "dau": 1, "dau tien": 1, "hai": 2, "nhi": 2, "ba": 3,
                 "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
                 "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "one": 1, "two": 2, "three": 3,
                 "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_VI_WORDS = frozenset(list(ORDINAL_WORDS)[:14])
_ORDINAL = re.compile(
    r"^((chon|toi chon|em chon|minh chon|lay|xem|choose|pick|i choose|i pick|i want) )?"
    r"(?P<which>cai |muc |chu de |so |lua chon |phuong an |nut |the |option |number |no |"
    r"choice )?(?P<thu>thu )?(?P<n>[1-9]|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
    r"( one| cai| nha| nhe| a| di| please| ad| ban)*$")


def position(text: str) -> int | None:
    """The 1-based place a whole message names ("cái thứ hai" → 2), else None. A message that
    says more than a place ("ba em đánh em", "2 ngày rồi") is not one."""
    said = _ORDINAL.match(" ".join(re.sub(r"[^\w\s]", " ", fold(text)).split()))
    if said is None:
        return None
    word = said.group("n")
    if word in _VI_WORDS and not (said.group("which") or said.group("thu")):
        return None     # "ba" alone is a father as often as a third; "năm" a year, "nam" a man
    return int(word) if word.isdigit() else ORDINAL_WORDS[word]


def pick(text: str, choices: list[str]) -> str | None:
    """The choice at the place `text` names, when there is one there."""
    n = position(text)
    return choices[n - 1] if n is not None and 1 <= n <= len(choices) else None
