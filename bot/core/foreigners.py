"""Questions of someone who is not Vietnamese: whether they can get help, in what language, and
where their embassy is.

The answer (ui.yml `services_language`) says what is known and what is not: no verified
English-speaking line, the emergency numbers with the address said clearly, and their own
embassy or consulate. Told with violence ("my husband took my passport"), the violence is
read first, as any disclosure is; this reader answers only the question.
"""

from __future__ import annotations

import re

from bot.core.answers import forms
from bot.nlu.prefilter import screened

_FOREIGNER = screened(
    r"\b(i'?m|im|i am) (not vietnamese|not a vietnamese|a foreigner|foreign|an expat|an expatriate|"
    r"not from (here|vietnam)|a tourist|a foreign (national|wife|worker|student))\b|"
    r"\b(foreigners?|expats?|tourists?|non vietnamese|foreign nationals?)\b( \w+){0,6} "
    r"(help|helped|support|services?|call|hotline|shelter)\b|"
    r"\b(help|support|services?)\b( \w+){0,4} (for )?(foreigners?|expats?|tourists?|non vietnamese)\b|"
    r"\b(embassy|embassies|consulate|consulates)\b|\bvietnamese and (i'?m|im|i am) not\b|"
    r"\b(nguoi nuoc ngoai|nguoi ngoai quoc|ngoai kieu|khach nuoc ngoai)\b( \w+){0,6} (giup|ho tro|"
    r"duoc khong|co duoc|duoc giup|goi|tro giup)\b|"
    r"\b(dai su quan|lanh su quan|dai su|lanh su)\b")


# "will they help me" is a question here, never the cry "help me" the danger lexicon reads
_WILL_THEY_HELP = re.compile(r"\b(will|can|would|could|do|does) (they|you|someone|anyone|u|it|"
                             r"the police|111)( \w+)? help (me|us)\b", re.IGNORECASE)


def asks(text: str) -> bool:
    """Whether a foreigner can get help, or where an embassy is, asked."""
    return any(_FOREIGNER.search(t) for t in forms(text))


def without_the_question(text: str) -> str:
    """The text without "will they help me", for the danger lexicon to read the rest."""
    return _WILL_THEY_HELP.sub(" ", text)
