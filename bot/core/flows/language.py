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
ba bo me ck vk ny hong hok nhu thoi rat""".split())


def _counts(text: str) -> tuple[int, int]:
    """(Vietnamese words, English words): a word with Vietnamese marks counts as Vietnamese."""
    vi = en = 0
    for word in re.findall(r"[^\W\d_]+(?:'[a-z]+)?", text.casefold()):
        if _VI_MARKS.search(word):
            vi += 1
            continue
        plain = fold(word)
        vi += plain in _VI_WORDS and plain not in _EN_WORDS
        en += plain in _EN_WORDS and plain not in _VI_WORDS
    return vi, en


def detect(text: str) -> str | None:
    """"en" or "vi" when most of the words are clearly one; None when it can't tell (e.g. "ok",
    or as many words of each). "em bi boyfriend abuse emotionally" stays Vietnamese."""
    vi, en = _counts(text)
    if vi > en and (vi >= 2 or (vi >= 1 and en == 0 and _VI_MARKS.search(text))):
        return "vi"
    if en > vi and en >= 2:
        return "en"
    return None


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
    turn.replies.append(menu_reply(turn.services.content, language, turn.t("language_set")))


def toggle(turn: Turn) -> None:
    set_language(turn, "en" if turn.lang == "vi" else "vi")


# A language the person says they cannot read ("i don't speak vietnamese", "em không biết tiếng
# Anh"): the other one is asked for.
_CANNOT = (r"\b(do not|dont|don't|cannot|can't|cant|can not|no|not good at|khong|ko|k|hong|chua|"
           r"khong biet|ko biet|khong ranh|khong gioi|khong hieu|ko hieu|khong doc duoc|khong noi "
           r"duoc)( (speak|read|understand|know|noi|doc|hieu|biet|ranh|gioi))?( much| well| any)? ")


# A language named as the one to use ("speak english", "nói tiếng Anh", "english please", or the
# word nearly alone), never as what someone is ("my vietnamese partner", "người Việt"), and never
# asked of someone else ("does 111 speak english?": the services', not this chat's).
_USE = (r"(in|speak|speaks|use|write|reply|talk|answer|chat|switch to|change to|switch|change|"
        r"noi|dung|viet|tra loi|chuyen|doi|sang|bang|doc|nhan)")
_PLEASE = r"( (please|pls|plz|di|duoc khong|duoc ko|dc ko|dc khong|nhe|nha|thoi|a|only|instead))+"
_OTHERS = re.compile(r"\b(111|113|115|hotline|tong dai|duong day|they|them|anyone|anybody|someone|"
                     r"somebody|staff|police|cong an|counsel\w*|tu van vien|nguoi nao|ai do|co ai|"
                     r"doctors?|bac si|nurses?|shelter|the (people|center|centre|office))\b")
_YOU = re.compile(r"\b(you|u|ban|bot|em|may)\b")


def _asked_for(folded: str, words: str) -> bool:
    if not re.search(rf"\b{words}\b", folded):
        return False
    return len(folded.split()) <= 3 or \
        bool(re.search(rf"\b{_USE}( \w+)?( sang| to| in| bang)? {words}\b", folded)) or \
        bool(re.search(rf"\b{words}{_PLEASE}\b", folded))


def asks_about_services_language(text: str) -> bool:
    """Whether someone else (111, the police, anyone) speaks a language is asked: "does 111 speak
    english?", "is there anyone who speaks english", "có ai nói tiếng anh không"."""
    folded = fold(text)
    return bool(re.search(r"\b(speak|speaks|noi|understand|hieu)( duoc)? (english|tieng anh)\b",
                          folded)) and bool(_OTHERS.search(folded)) and not _YOU.search(folded)


def requested(text: str) -> str | None:
    """The language a change-language message asks for, if it names one as the one to use."""
    folded = fold(text)
    if asks_about_services_language(text):
        return None
    if re.search(_CANNOT + r"(vietnamese|tieng viet)\b", folded):
        return "en"
    if re.search(_CANNOT + r"(english|tieng anh)\b", folded):
        return "vi"
    if _asked_for(folded, r"(english|tieng anh|eng)"):
        return "en"
    if _asked_for(folded, r"(vietnamese|tieng viet|viet)"):
        return "vi"
    return None


_LANGUAGE_WORD = re.compile(r"\b(tieng (anh|viet)|ngon ngu|english|vietnamese|language|tieng)\b")


def names_a_language(text: str) -> bool:
    """A language is named as one to use ("nói tiếng Anh được không", "english please", "change
    the language"); "my vietnamese partner" names none."""
    folded = fold(text)
    return requested(text) is not None or bool(re.search(r"\b(ngon ngu|language)\b", folded))


_NATIONALITY = re.compile(r"\b(vietnamese|english|tiếng việt|tiếng anh|tieng viet|tieng anh|người việt|"
                          r"nguoi viet)\b", re.IGNORECASE)


def without_language_named(text: str) -> str | None:
    """The message without a language named in passing ("my vietnamese partner is abusive"), or
    None when a language is asked for (or asked about) or nothing else would be left."""
    if names_a_language(text) or asks_about_services_language(text):
        return None
    rest = re.sub(r"\s+", " ", _NATIONALITY.sub(" ", text)).strip()
    return rest if rest != text.strip() and len(rest.split()) >= 2 else None
