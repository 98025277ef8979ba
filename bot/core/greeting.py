"""A greeting or a call to the bot before what a message says ("chào bạn, em bị chồng đánh",
"bạn ơi cứu mình", "hi, my partner hits me"): taken off before the message is read.

Why: "bạn" in "chào bạn" is the bot, addressed, not a friend, yet the classifier and the reader
of who is hurt took it for one ("chào bạn, em bị chồng đánh" was answered as worry for
someone else); and a greeting in front of a disclosure made the classifier answer the
greeting. A greeting alone is left whole: it is what the message says. So is a call by a
kinship pronoun ("chào em, anh bị vợ đánh", "chị ơi, em…"): the writer names themselves by the
pronoun that answers it, which the rest would lose."""

from __future__ import annotations

import re

from bot.nlu.prefilter import screened

# Whom the bot is called, when the words after it keep their meaning without the call.
_CALLED = r"(?:bạn|ban|b|bn|ad|admin|ads|bot|chatbot|shop|mọi người|moi nguoi|cả nhà|ca nha)"
# A kinship pronoun after "chào" ("chào em, anh bị…"): the message is left as written.
_KIN = r"(?:em|e|anh|chị|chi|cô|co|chú|chu|bác|bac|cháu|chau|ông|ong|bà|ba|dì|di|cậu|cau)"
# A call by kinship ("chào chị", "anh ơi") taken off only before the writer's own "em/tôi/mình"
# ("chào chị, em bị chồng đánh"), where it cannot be the subject; "chào em, anh bị…" is not.
_KIN_CALL = r"(?:anh|a|chị|chi|c|cô|co|chú|chu|bác|bac|dì|di|cậu|cau)"
_SELF = r"(?:em|e|tôi|toi|mình|minh|mk|tui|t|tớ|to)"
_BEFORE_SELF = rf"(?=\s*[,.!:;~…-]*\s*{_SELF}\s)"
# Who greets, said before "chào" ("dạ chào bạn", "em chào ad").
_GREETER = r"(?:dạ|da|em|e|tôi|toi|mình|minh|tui|cháu|chau|con)"
_GREETING = screened(
    r"^\s*(?:"
    rf"(?:{_GREETER}\s+)?(?:xin\s+)?ch[àa]o(?!\s+{_KIN}\b)(?:\s+{_CALLED})?"
    r"(?:\s+(?:ạ|a|nha|nhé|nhe))?"
    rf"|(?:{_GREETER}\s+)?(?:xin\s+)?ch[àa]o\s+{_KIN_CALL}(?:\s+(?:ạ|a))?{_BEFORE_SELF}"
    rf"|{_KIN_CALL}\s+(?:ơi|oi){_BEFORE_SELF}"                              # chị ơi, em…
    rf"|{_CALLED}\s+(?:ơi|oi)(?:\s+(?:ơi|oi))?"                           # bạn ơi, ad ơi
    r"|(?:alo|a\s?lô|a\s?lo)"                                             # alo
    rf"|(?:hello|hey|hiya|helo|hallo|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|{_CALLED}))?"
    rf"|hi(?:\s+(?:there|{_CALLED}))?(?=\s*[,.!:;~…-]|\s+(?:i|i'm|im|my|me|can|could|is|are|"
    r"please|help|need|we|our|someone|somebody|anyone)\b)"                # not "hi vọng"
    r")\s*(?:[,.!:;~…-]+\s*|\s+)", re.IGNORECASE)
# "chào bạn của em…", "chào bạn thân…": the friend is the subject, not the bot.
_FRIEND_OF = re.compile(r"(?:bạn|ban|b|bn)\s*$", re.IGNORECASE)
_OWNED = re.compile(r"^(?:của|cua|thân|than)\b", re.IGNORECASE)
# "(chào bạn) em nó bị…", "(chị ơi) em nó bị…": a friend's or a sibling's story, told of "nó".
_THEIRS = re.compile(r"^(?:em|e|tôi|toi|mình|minh|mk|tui|t|tớ|to)\s+(?:nó|no|ấy|ay|ổng|bả)\b",
                     re.IGNORECASE)


# The words a greeting or a call can open with (the first word of each branch above, lower
# case): a message opened by any other word is no greeting, and the long case-blind pattern is
# not tried on it (4 µs a message; most messages open with another word).
_OPENERS = frozenset(
    "dạ da em e tôi toi mình minh tui cháu chau con xin chào chao anh a chị chi c cô co chú chu "
    "bác bac dì di cậu cau bạn ban b bn ad admin ads bot chatbot shop mọi moi cả ca alo alô "
    "hello hey hiya helo hallo good hi".split())
_FIRST_WORD = re.compile(r"\s*(\w+)")


def opens_like_a_greeting(text: str) -> bool:
    """The message's first word is one a greeting or a call to the bot can open with."""
    first = _FIRST_WORD.match(text)
    return first is not None and first.group(1).casefold() in _OPENERS


def without_greeting(text: str) -> str:
    """`text` without a greeting or call to the bot in front, when words follow it (at least
    two); otherwise `text` as it is."""
    found = _GREETING.match(text) if opens_like_a_greeting(text) else None
    if found is None:
        return text
    rest = text[found.end():].strip()
    if len(rest.split()) < 2:
        return text
    if (_FRIEND_OF.search(text[:found.end()].rstrip()) and _OWNED.match(rest)) or \
            _THEIRS.match(rest):
        return text
    return rest
