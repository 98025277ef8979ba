"""Whether a message says anything the classifier could read danger in.

A message of pronouns and particles alone ("em", "của em", "của tôi", "cho em") carries no
meaning of its own: it is usually an answer to a question the person thinks was asked. The
classifier still ranks every intent for it, and on such text its best guess is noise (measured:
"em" → emergency 0.47, "của em" → self_harm 0.39, "của tôi" → emergency 0.31), which once sent
the crisis line to someone typing "của em" at the ward question. Danger in so few words is
always in the danger lexicons ("cứu", "help", "sos", "cứu em"), which still read it; only the
classifier's danger and self-harm guesses are set aside.
"""

from __future__ import annotations

from bot.nlu.normalize import normalize

# Pronouns, possessives, particles and fillers, Vietnamese (folded, expanded) and English.
FUNCTION_WORDS = frozenset("""
em e toi tui minh anh chi ban no ho ong ba co chu bac con chau ta tao may ay
cua cho voi va la thi ma nhe nha a oi u da vang roi nua thoi vay day do nay kia the
i me my mine you your he him his she her it we us our they them their the an to of for and
or is am are be this that oh
""".split())


def has_content(text: str) -> bool:
    """True when the message has a word beyond pronouns and particles (or a number)."""
    for language in ("vi", "en"):
        for word in normalize(text, language).expanded.split():
            if word not in FUNCTION_WORDS:
                return True
    return False
