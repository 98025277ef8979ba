"""A greeting or a call to the bot before what a message says ("chào bạn, em bị chồng đánh",
"bạn ơi cứu mình", "hi, my partner hits me"): taken off before the message is read.

Why: "bạn" in "chào bạn" is the bot, addressed, not a friend, yet the classifier and the reader
of who is hurt took it for one ("chào bạn, em bị chồng đánh" was answered as worry for
someone else); and a greeting in front of a disclosure made the classifier answer the
greeting. A greeting alone is left whole: it is what the message says."""

from __future__ import annotations

import re

# Whom the bot is called: "bạn", "ad(min)", "bot", "em", "anh", "chị", "mọi người", "shop".
_CALLED = r"(bạn|ban|b|bn|ad|admin|ads|bot|chatbot|em|e|anh|a|chị|chi|c|mọi người|moi nguoi|shop)"
_GREETING = re.compile(
    r"^\s*(?:"
    rf"(?:xin\s+)?ch[àa]o(?:\s+{_CALLED})?(?:\s+(?:ạ|a|nha|nhé|nhe))?"   # chào bạn, xin chào ạ
    rf"|{_CALLED}\s+(?:ơi|oi)(?:\s+(?:ơi|oi))?"                           # bạn ơi, ad ơi
    r"|(?:alo|a\s?lô|a\s?lo|hế\s?lô|he\s?lo)"                             # alo
    r"|(?:hi|hello|hey|hiya|helo|hallo|good\s+(?:morning|afternoon|evening))"
    rf"(?:\s+(?:there|{_CALLED}))?"
    r")\s*(?:[,.!:;~…-]+\s*|\s+)", re.IGNORECASE)


def without_greeting(text: str) -> str:
    """`text` without a greeting or call to the bot in front, when words follow it (at least
    two); otherwise `text` as it is."""
    found = _GREETING.match(text)
    if found is None:
        return text
    rest = text[found.end():].strip()
    if len(rest.split()) < 2:
        return text
    if _FRIEND_OF.match(text[found.start():found.end()] + rest.split()[0]):
        return text     # "chào bạn em bị…" unpunctuated: as likely "hi, my friend is…"
    return rest


# "bạn" then "em/tôi/mình/của…" with no mark between reads as "my friend" as well as "you,
# I…": such a message is left as written.
_FRIEND_OF = re.compile(r"^\s*(?:xin\s+)?ch[àa]o\s+(?:bạn|ban|b|bn)\s+"
                        r"(?:em|e|tôi|toi|mình|minh|tui|tớ|to|của|cua|ấy|ay|thân|than)$",
                        re.IGNORECASE)
