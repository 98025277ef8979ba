"""Language: Vietnamese by default; English on request or when the person writes English."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.language_request import (  # re-exported: the flows ask them here
    asks_about_services_language,
    names_a_language,
    requested,
    without_language_named,
)
from bot.core.render import menu_reply
from bot.core.turn import Turn
from bot.nlu.normalize import fold

_VI_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                       re.IGNORECASE)
# (the same letters as a set: a word is tested with one C call, after casefold)
_MARK_CHARS = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_EN_WORDS = frozenset("""i me my you your he she is am are was were be been the a an and or but not
to of in on at for with help please what where how who can could would should do does did want
need hello hi hey thanks thank near service services police hotline number numbers violence
abuse abused abusing husband wife boyfriend girlfriend hit hitting hits beat beats beating hurt
safe danger scared afraid learn about english language privacy delete clear this that it they
them we us there here now today know tell show find bye goodbye yes no ok okay emotionally
control controls everything always never just really very feel feeling when because after
from him her his hers their our mom dad mother father friend friends sister brother he's she's
i'm im it's don't can't won't didn't choked choke choking chokes strangled strangle strangling
kicked kicks kicking punched punches punching slapped slaps slapping raped rape stabbed stab
threatened threatens threat attacked attack pushed push grabbed killed kill killing yelled
yells screamed screams drunk hurts hurting bruised bleeding scared""".split())
_VI_WORDS = frozenset("""toi em anh chi ban minh la gi khong ko k co duoc dc o dau nao cua voi
va nha chong vo con bi danh giup tim xin chao cam on vang da roi nhe a oi sao the lam het moi
thu nua qua nhung ma vay day ay thi nay kia nguoi hay thuong di den cho khi neu vi nen tai
gium dum chut luon nhieu lai ra vao len xuong biet muon can phai dang se van cung ca tui ong
ba bo me ck vk ny hong hok nhu thoi rat e""".split()) | frozenset(
    # English words that are also Vietnamese typed without marks ("nó", "công an", "ổn", "ít",
    # "đó", "tô"): counted for neither, so "no doa neu bao cong an thi no tung" stays Vietnamese
    "no an on it do to".split())


def has_marks(text: str) -> bool:
    """Some word of `text` carries a Vietnamese mark (the person typed Vietnamese)."""
    return _VI_MARKS.search(text) is not None


_WORDS = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")


@lru_cache(maxsize=1024)   # (asked of one message by `detect` and `mixed`)
def _counts(text: str) -> tuple[int, int]:
    """(Vietnamese words, English words): a word with Vietnamese marks counts as Vietnamese."""
    vi = en = 0
    for word in _WORDS.findall(text.casefold()):
        if not _MARK_CHARS.isdisjoint(word):
            vi += 1
            continue
        plain = fold(word)
        vi += plain in _VI_WORDS and plain not in _EN_WORDS
        en += plain in _EN_WORDS and plain not in _VI_WORDS
    return vi, en


# English words that say the language alone, typed as a whole message ("police", "emergency",
# "thanks"); never "help", "sos" or "ok", which Vietnamese chats use as they are
_EN_ALONE = frozenset("""police emergency ambulance hospital shelter hotline thanks hello depressed
suicide suicidal scared raped abused beaten unsafe danger lawyer numbers""".split())


def detect(text: str) -> str | None:
    """"en" or "vi" when most of the words are clearly one; None when it can't tell (e.g. "ok",
    or as many words of each). "em bi boyfriend abuse emotionally" stays Vietnamese."""
    if " " not in text.strip() and text.casefold().strip(" .!?") in _EN_ALONE:
        return "en"   # (one word, said alone)
    vi, en = _counts(text)
    if vi > en and (vi >= 2 or (vi >= 1 and en == 0 and _VI_MARKS.search(text))):
        return "vi"
    if en > vi and (en >= 2 or (vi == 0 and _ENGLISH_FORM.search(text.casefold()))):
        return "en"   # ("bf choked me": no Vietnamese syllable ends in -ed or -ing)
    return None


_ENGLISH_FORM = re.compile(r"\b[a-z]{2,}(ed|ing)\b")


# Said alike in both languages: a message of these alone never switches the language ("ok" as
# the first message of a Vietnamese speaker stays Vietnamese).
_NEUTRAL = frozenset("ok okay oke okie oki sos alo hmm hm uh um uhm haha hihi huhu hu hic hix".split())


def neutral(text: str) -> bool:
    """True when every word is one both languages use alike (or there is no word at all)."""
    return all(fold(word) in _NEUTRAL for word in re.findall(r"[^\W\d_]+", text.casefold()))


def mixed(text: str) -> bool:
    """Both languages are clearly present: the classifier's guess must not flip the language."""
    vi, en = _counts(text)
    return vi >= 2 and en >= 2


def set_language(turn: Turn, language: str) -> None:
    turn.session.language = language
    turn.session.typed = language   # chosen in so many words, or by its button: the person's own
    turn.replies.append(menu_reply(turn.services.content, language, turn.t("language_set")))


def toggle(turn: Turn) -> None:
    set_language(turn, "en" if turn.lang == "vi" else "vi")


__all__ = ["asks_about_services_language", "detect", "mixed", "names_a_language", "neutral",
           "requested", "set_language", "toggle", "without_language_named"]
