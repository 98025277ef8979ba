"""Language: Vietnamese by default; English on request or when the person writes English."""

from __future__ import annotations

import re

from bot.core.render import menu_reply
from bot.core.turn import Turn
from bot.nlu.normalize import fold

_VI_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                       re.IGNORECASE)
_EN_WORDS = frozenset("""i me my you your he she is am are was were be been the a an and or but not
to of in on at for with help please what where how who can could would should do does did want
need hello hi hey thanks thank near service services police hotline number numbers violence
abuse husband wife boyfriend girlfriend hit hitting hits beat beats beating hurt safe danger
scared afraid learn about english language privacy delete clear this that it they them we us
there here now today know tell show find bye goodbye yes no ok okay""".split())
_VI_WORDS = frozenset("""toi em anh chi ban minh la gi khong ko k co duoc dc o dau nao cua voi
va nha chong vo con bi danh giup tim xin chao cam on vang da roi nhe a oi sao the lam""".split())


def detect(text: str) -> str | None:
    """"en" or "vi" when the text clearly is one; None when it can't tell (e.g. "ok")."""
    if _VI_MARKS.search(text):
        return "vi"
    words = re.findall(r"[a-z']+", fold(text))
    if not words:
        return None
    en = sum(w in _EN_WORDS for w in words)
    vi = sum(w in _VI_WORDS for w in words)
    if en >= 2 and en > 2 * vi:
        return "en"
    if vi >= 2 and vi > 2 * en:
        return "vi"
    return None


def set_language(turn: Turn, language: str) -> None:
    turn.session.language = language
    turn.replies.append(menu_reply(turn.services.content, language, turn.t("language_set")))


def toggle(turn: Turn) -> None:
    set_language(turn, "en" if turn.lang == "vi" else "vi")


def requested(text: str) -> str | None:
    """The language a change-language message asks for, if it names one."""
    folded = fold(text)
    if re.search(r"\b(english|tieng anh|eng)\b", folded):
        return "en"
    if re.search(r"\b(vietnamese|tieng viet|viet)\b", folded):
        return "vi"
    return None
