"""Which language a message asks for, if any: read before any flow, and by the turn itself
(`Turn.understanding`), so it imports no flow and no turn.

A language named as the one to use ("speak english", "nói tiếng Anh", "english please") is a
request; a language named as what someone is ("my vietnamese partner"), or asked of someone else
("does 111 speak english?"), is not.
"""

from __future__ import annotations

import re

from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

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


_ANY_LANGUAGE = screened(r"\b(english|tieng|eng|vietnamese|viet)\b")


def requested(text: str) -> str | None:
    """The language a change-language message asks for, if it names one as the one to use."""
    folded = fold(text)
    if not _ANY_LANGUAGE.search(folded):
        return None   # (most messages: no language named at all)
    if asks_about_services_language(text):
        return None
    if re.search(_CANNOT + r"(vietnamese|tieng viet)\b", folded) or \
            _PREFERS_ENGLISH.search(folded):
        return "en"   # ("my english is better", "my vietnamese is not good")
    if re.search(_CANNOT + r"(english|tieng anh)\b", folded):
        return "vi"
    if _asked_for(folded, r"(english|tieng anh|eng)"):
        return "en"
    if _asked_for(folded, r"(vietnamese|tieng viet|viet)"):
        return "vi"
    return None


_LANGUAGE_WORD = re.compile(r"\b(tieng (anh|viet)|ngon ngu|english|vietnamese|language|tieng)\b")


# The words that ask for a language, said before or after what the message is about ("do you
# speak english? my boyfriend hurt me", "english please, i need help", "Tôi không hiểu tiếng
# Việt, please help"): left out, what remains is read for itself.
_LANGUAGE_ASKED = re.compile(
    r"(?i)(\b(do|can|could) you (speak|talk|use|understand|write)( in)? (english|vietnamese)\b\??|"
    r"\b(english|vietnamese|tiếng anh|tieng anh|tiếng việt|tieng viet)( please| pls| được không| dc ko|"
    r" được ko| duoc khong)?\b[,.!?]?|\b(i|tôi|toi|em|mình|minh) (do not|don'?t|can'?t|cannot|không|"
    r"khong|ko) (speak|understand|read|hiểu|hieu|biết|biet|nói|noi)( \w+)? (vietnamese|tiếng việt|"
    r"tieng viet|english|tiếng anh|tieng anh)( (well|much|very well|giỏi|gioi|lắm|lam))?\b[,.!?]?|"
    r"\b(nói|noi|speak) (tiếng anh|tieng anh|tiếng việt|tieng viet|english|vietnamese)"
    r"( (được|duoc|dc) (không|khong|ko))?\b\??)")


def rest_after_asking(text: str) -> str | None:
    """What the message says besides asking for a language, when it says something (three
    words or more); None when the message only asks for one."""
    if requested(text) is None and not prefers_english(text):
        return None
    rest = " ".join(_LANGUAGE_ASKED.sub(" ", text).split()).strip(" ,.!?")
    # ("sorry, can we use english? my vietnamese is not good enough", "xin lỗi em nói tiếng
    # việt": only the asking's own words are left, and a classifier hears a goodbye in them)
    said = [w for w in fold(rest).replace(",", " ").replace("?", " ").split()
            if w not in _ASKING_WORDS]
    return rest if len(rest.split()) >= 3 and len(said) >= 2 else None


# The words around asking for a language, which say nothing else ("sorry", "can we use", "my … is
# not good enough", "xin lỗi em")
_ASKING_WORDS = frozenset(
    "sorry xin loi em toi minh tui my is not good enough better can we you i use talk chat write "
    "in please pls bad poor only a little speak understand ok okay and but nhung thi la voi "
    "noi chuyen duoc dc khong ko k nha nhe a oi ban very well that really so much co the hong "
    "hok khum giup di muon dung su dung xai want prefer like would".split())
# ("có thể nói tiếng việt không": "có thể không" is no message; "tôi muốn dùng tiếng Việt":
# "tôi muốn dùng" is none either)


def names_a_language(text: str) -> bool:
    """A language is named as one to use ("nói tiếng Anh được không", "english please", "change
    the language"); "my vietnamese partner" names none."""
    folded = fold(text)
    return requested(text) is not None or prefers_english(text) or \
        bool(re.search(r"\b(ngon ngu|language)\b", folded))


_NATIONALITY = re.compile(r"\b(vietnamese|english|tiếng việt|tiếng anh|tieng viet|tieng anh|người việt|"
                          r"nguoi viet)\b", re.IGNORECASE)


def without_language_named(text: str) -> str | None:
    """The message without a language named in passing ("my vietnamese partner is abusive"), or
    None when a language is asked for (or asked about) or nothing else would be left."""
    if names_a_language(text) or asks_about_services_language(text) or requested(text) is not None:
        return None   # ("tôi muốn dùng tiếng Việt": the language asked for, never "tôi muốn dùng")
    rest = re.sub(r"\s+", " ", _NATIONALITY.sub(" ", text)).strip()
    return rest if rest != text.strip() and len(rest.split()) >= 2 else None


# The writer not at home in Vietnamese ("tôi là người nước ngoài", "không biết tiếng Việt"); and a
# relative named, whose English it may be ("chồng tôi người Mỹ"), never the writer's.
_FOREIGNER = re.compile(r"\b(toi|em|minh|tui|e|i) (la |am |'m )?(nguoi nuoc ngoai|a foreigner|foreigner|an expat|"
                        r"expat|nguoi (my|anh|uc|phap|duc|han|nhat|trung|nga|canada|ngoai quoc))\b|"
                        r"\b(khong|ko|k) (biet|ranh|gioi|hieu|noi duoc) tieng viet\b")
# Vietnamese not the writer's own, said in English ("my vietnamese is not good", "i don't speak
# vietnamese well"): the chat goes on in English, whatever else the message holds.
_PREFERS_ENGLISH = screened(
    r"\bmy vietnamese (is )?(not (good|great|very good)|bad|poor|weak|limited)\b|"
    r"\bmy english is (better|much better|good|ok|okay)\b|\bi (speak|write) english better\b|"
    r"\benglish is (better|easier) for me\b|"
    r"\bi (do not|don'?t|can not|can'?t|cannot) (speak|read|write|understand)( \w+)? vietnamese\b|"
    # in few words ("i speak little vietnamese", "i not speak vietnamese", "vietnamese bad")
    r"\bi (speak|know|understand|read|write|only speak) (a )?(little|bit|a bit of|few|some|not much|"
    r"no) vietnamese\b|\bi (not|no|dont|don't) (speak|know|understand|read) (much |good )?vietnamese\b|"
    r"\b(my )?vietnamese (not good|bad|very bad|no good|little)\b")


def prefers_english(text: str) -> bool:
    """The writer says, in English, that Vietnamese is not their language."""
    folded = fold(text)
    # (every match names one of the two languages: a message with neither, nearly all, is not
    # scanned by the shared screen as one more text of its own)
    if "vietnamese" not in folded and "english" not in folded:
        return False
    return _PREFERS_ENGLISH.search(folded) is not None
_KIN_NAMED = re.compile(r"\b(chong|ck|vo|vk|me chong|bo chong|ba chong|con|ban|me|bo|ba|anh|chi|em)"
                        r"( (toi|em|minh|tui|e))? (nguoi|la nguoi)\b|\bla nguoi viet\b")


def asks_english_for_self(text: str) -> bool:
    """"Có ai nói tiếng Anh không" asked by one who reads English better: a writer who says they
    are foreign, or the question asked alone; never for a foreign husband ("chồng tôi người Mỹ")
    nor by one who says they are Vietnamese. The answer, and the chat, then go on in English."""
    folded = fold(text)
    return asks_about_services_language(text) and \
        re.search(r"\b(tieng anh|english)\b", folded) is not None and \
        (_FOREIGNER.search(folded) is not None or len(text.split()) <= 7) and \
        not _KIN_NAMED.search(folded)
