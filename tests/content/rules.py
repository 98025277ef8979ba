"""The wording rules shared by the content tests: allowed numbers, placeholders, orders, blame.

Officers edit the content files by hand and what they hold is said to people in danger, so the
rules live in one place and every content test applies the same ones.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

import yaml

from bot.config import load_config

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "data" / "content"
LANGS = ("vi", "en")

# The only numbers FACTS.md allows the bot to show, digits only. 096 306 1414 is the Ngày Mai
# mental-health line (FACTS.md "Mental health and suicide"), hours to be re-verified.
ALLOWED_NUMBERS = {"111", "113", "115", "114", "112", "1900969680", "18008065", "0963061414"}
REVERIFY = {"vi": "xác minh lại", "en": "re-verified"}

# Digits, optionally grouped by single spaces, dots or hyphens, not glued to a word or to a "/"
# (law numbers such as 13/2022/QH15, dates such as 19/9/2025, "24/7") nor followed by "%".
_NUMBERISH = re.compile(r"(?<![\w/])\d(?:[ .\-]?\d)+(?![\w/%])")
_YEAR = re.compile(r"(19|20)\d\d")
_VI_LETTERS = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")

# Wording the safety rules forbid: orders, blame, the bot passing itself off as a person.
FORBIDDEN = {
    "vi": [r"\bbạn phải\b", r"\bem phải\b", r"rời (đi|khỏi nhà) ngay",
           r"tại sao (bạn|em) (không|lại)", r"\btôi là (người|tư vấn viên)\b",
           r"\bmình là (người thật|tư vấn viên)\b"],
    "en": [r"\byou (must|should)\b", r"\bleave (now|him|her|them)\b",
           r"\bwhy (did|didn't|do|don't) you\b", r"\bI am (a|an) (person|human|counsellor)\b"],
}
# Speaking of someone being in danger (not of "dangerous objects") must come with 113.
IN_DANGER = {"vi": r"(gặp|đang|khi) nguy hiểm", "en": r"\bin danger\b"}
# Every mention of fault must deny it ("không phải lỗi của bạn", "not your fault").
FAULT = {"vi": (re.compile(r"\blỗi\b"), re.compile(r"không (phải|có)\s*$")),
         "en": (re.compile(r"\bfault\b"), re.compile(r"\bnot\b[\w' ]{0,16}$"))}


def phone_like_numbers(text: str) -> list[str]:
    """Every digit run in `text` that could be read as a phone number, as bare digits."""
    found = []
    for match in _NUMBERISH.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) < 3 or (match.group() == digits and _YEAR.fullmatch(digits)):
            continue
        found.append(digits)
    return found


def has_vietnamese_diacritics(text: str) -> bool:
    return any(ch in _VI_LETTERS for ch in text.lower())


def load(name: str) -> dict:
    """A content file as a dict; "ui.yml" comes merged with its `ui/*.yml` fragments, as the
    engine reads it."""
    if name == "ui.yml":
        from bot.knowledge.content import load_ui

        return load_ui(CONTENT)
    with (CONTENT / name).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict), f"{name}: top level must be a mapping"
    return data


def hotline_numbers() -> dict[str, str]:
    """The hotline table of the shipped config.toml: placeholder id → number."""
    return {h.id: h.number for h in load_config(ROOT / "config.toml").hotlines}


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def render(text: str, numbers: dict[str, str], **values: str) -> str:
    """`text` as a person sees it: placeholders filled as bot/knowledge/content.py does."""
    return text.format_map({**numbers, "city": "Cần Thơ", "ttl": "30", **values})


def wording_problems(where: str, lang: str, text: str) -> list[str]:
    """Orders, blame, pretending to be a person, danger without 113: every rule `text` breaks."""
    problems = [f"{where} {lang}: {pattern}" for pattern in FORBIDDEN[lang]
                if re.search(pattern, text, re.IGNORECASE)]
    word, denial = FAULT[lang]
    for match in word.finditer(text):
        if not denial.search(text[: match.start()]):
            problems.append(f"{where} {lang}: mentions fault without denying it")
    if re.search(IN_DANGER[lang], text, re.IGNORECASE) and "113" not in phone_like_numbers(text):
        problems.append(f"{where} {lang}: danger without 113")
    return problems


def number_problems(where: str, texts: dict[str, str]) -> list[str]:
    """Numbers outside FACTS.md, caveats missing, or vi and en showing different numbers."""
    problems = []
    for lang, text in texts.items():
        shown = phone_like_numbers(text)
        bad = [n for n in shown if n not in ALLOWED_NUMBERS]
        if bad:
            problems.append(f"{where} {lang}: numbers not in FACTS.md: {bad}")
        if "18008065" in shown and REVERIFY[lang] not in text:
            problems.append(f"{where} {lang}: 1800 8065 needs its caveat")
        if "0963061414" in shown and "13:00" in text and REVERIFY[lang] not in text:
            problems.append(f"{where} {lang}: the Ngày Mai hours need their caveat")
    vi, en = (Counter(phone_like_numbers(texts[lang])) for lang in LANGS)
    if vi != en:
        problems.append(f"{where}: vi has {dict(vi)}, en has {dict(en)}")
    return problems
