"""The curated danger lexicon: the high-recall first layer of emergency detection.

It runs before anything else on every text, in every state, so that "cuu toi voi, ck dang danh
toi" gets 113, 115 and 111 first whatever the conversation was doing. Patterns are matched on the
folded text (no diacritics, lower case) after chat abbreviations are expanded, so "ck đg đánh e",
"chong dang danh em" and "chồng đang đánh em" are the same sentence here.

Recall matters more than precision: a false alarm costs one extra message with emergency numbers;
a missed emergency can cost a life. Questions *about* violence ("bạo lực thể chất là gì") contain
no sign of danger happening now and do not match.
"""

from __future__ import annotations

import re

from bot.nlu.normalize import fold

# Chat abbreviations seen in Vietnamese messages, expanded before matching (whole tokens only).
ABBREVIATIONS = {
    "ck": "chong", "chg": "chong", "vk": "vo", "e": "em", "a": "anh", "t": "toi", "tui": "toi",
    "ko": "khong", "k": "khong", "kg": "khong", "kh": "khong", "khg": "khong", "hok": "khong",
    "dg": "dang", "đg": "dang", "dc": "duoc", "đc": "duoc", "j": "gi", "vs": "voi", "zoi": "voi",
    "ny": "nguoi yeu", "bme": "bo me", "ng": "nguoi", "mk": "minh", "bh": "bay gio",
    "bjo": "bay gio", "h": "gio", "nhah": "nhanh", "cuuu": "cuu", "plz": "please", "pls": "please",
    "u": "you", "im": "i am", "i'm": "i am", "hes": "he is", "he's": "he is", "shes": "she is",
    "she's": "she is", "r": "roi",
}

_VI_PATTERNS = [
    r"\bcuu (toi|em|minh|con|chau|voi|me|chung toi|tui|ho|nguoi)\b",
    r"\bcuu\b.*\bvoi\b", r"^cuu\b", r"\bcuu mang\b", r"\bai cuu\b", r"\bcap cuu\b",
    r"\b(dang|van dang|lai dang|vua|moi) (bi )?(danh|dam|chem|dap|bop co|siet co|dot|tat|xo|"
    r"hanh hung|cuong hiep|hiep dam|xam hai|danh dap|bat coc|nhot|khoa)\b",
    r"\b(danh|dam|chem|dap|dot) (toi|em|con|minh|me|chau|vo|nguoi) (dang|qua|chet|nua|lien tuc)\b",
    r"\b(doa|de doa|muon|se|sap|dinh|quyet) (giet|chem|dam|dot|tat axit)\b",
    r"\bgiet (toi|em|con|minh|me|chau|vo|chong|het|chet)\b", r"\bgiet nguoi\b",
    r"\b(cam|cầm|co|rut|vung|dang cam) (dao|rua|kéo|keo|sung|gay|bua|xang|axit)\b",
    r"\b(bop|siet) co\b", r"\bchay (nhieu )?mau\b", r"\b(bi thuong|thuong) nang\b",
    r"\b(ngat|bat tinh|xiu)\b", r"\bbat coc\b", r"\b(nhot|khoa|giam) (toi|em|con|minh|chau|lai)\b",
    r"\b(toi|em|minh|con|chau) (dang )?(khong an toan|gap nguy hiem|nguy hiem)\b",
    r"\bkhong an toan\b.*\b(bay gio|luc nay|ngay bay gio|nua)\b",
    r"\b(dang|bay gio) (bi )?(duoi|duoi theo|rinh|cho ngoai cua)\b",
    r"\b(tu tu|muon chet|khong muon song|ket lieu|nhay cau|tu sat)\b",
    r"\bbi (ban|mua) (sang|qua) (trung quoc|campuchia|bien gioi|nuoc ngoai)\b",
    r"\b(dang|bi) (giu|giam giu|nhot) (o|tai|trong)\b",
    r"\b(khan cap|nguy kich|nguy hiem den tinh mang)\b",
    r"\bbao cong an\b.*\b(giup|ngay|nhanh)\b", r"\bgoi (giup|ho) (113|cong an|cap cuu)\b",
]

_EN_PATTERNS = [
    r"\bhelp me\b", r"\bhelp\s*!", r"^help$", r"\bsave me\b", r"\bsos\b",
    r"\b(is|are|keeps?|started|was) (hitting|beating|choking|strangling|stabbing|attacking|"
    r"hurting|raping|kicking|punching) (me|us|my|her|him|the)\b",
    r"\b(hitting|beating|choking|strangling|attacking|hurting|kicking|punching) me\b",
    r"\b(going to|gonna|will|wants to|threatens? to|threatened to|trying to|tried to) "
    r"(kill|hurt|stab|shoot|burn|rape)\b",
    r"\bkill (me|us|her|him|myself|the kids?)\b", r"\b(has|have|holding|with) a (knife|gun|weapon)\b",
    r"\b(i am|we are|i feel|she is|he is) (not safe|unsafe|in danger)\b", r"\bin danger\b",
    r"\b(bleeding|unconscious|passed out|can'?t breathe)\b", r"\blocked (me|us) (in|up)\b",
    r"\b(being|was just) (raped|attacked|assaulted|followed|trafficked|held)\b",
    r"\bemergency\b", r"\b(suicide|suicidal|end my life|want to die)\b",
    r"\b(outside|at) my door\b", r"\bright now\b.*\b(hit|hurt|attack|threat)", r"\bcall (the )?police\b",
]

_PATTERNS = [re.compile(p) for p in _VI_PATTERNS + _EN_PATTERNS]
_TOKEN = re.compile(r"[\w']+|[^\w\s]")
_REPEATS = re.compile(r"(\w)\1{2,}")


def expand(text: str) -> str:
    """Folded text with repeated letters squashed and chat abbreviations expanded."""
    folded = _REPEATS.sub(r"\1", fold(text))
    tokens = [ABBREVIATIONS.get(tok, tok) for tok in _TOKEN.findall(folded)]
    return " ".join(tokens)


def danger_signs(text: str) -> list[str]:
    """The lexicon patterns that match (for tests and evaluation; never logged with the text)."""
    expanded = expand(text)
    return [p.pattern for p in _PATTERNS if p.search(expanded)]


def is_danger(text: str) -> bool:
    """True when the text shows a sign of immediate danger."""
    expanded = expand(text)
    return any(p.search(expanded) for p in _PATTERNS)


def is_emergency(text: str, understanding: object | None = None) -> bool:
    """The lexicon or the classifier's `emergency` intent: either one is enough (recall first)."""
    if is_danger(text):
        return True
    return getattr(understanding, "intent", None) == "emergency"
