"""A list of patterns asked one question: does any of them match this text, and which.

The danger and self-harm lexicons are lists of a hundred-odd patterns read on every message, in
every state, so their cost is paid on every turn. Nearly all of them start with `\\b` (or a
lookbehind), which keeps Python's regex engine from scanning for the pattern's first letters in
C: it tries the whole pattern at every position of the text instead. Each pattern is therefore
tried first in a loose form, without its leading zero-width checks (`\\b`, `^`, `(?<!…)`), which
the engine scans for quickly; only where the loose form matches is the pattern itself tried.

Dropping a zero-width check only removes a condition, so every match of a pattern is a match of
its loose form: a text the loose form does not match cannot match the pattern, and the answers
are the same as trying every pattern in full (tests/nlu/test_lexicon.py checks this on the
training data and the transcripts). Measured on the benchmark mix's typed messages: the danger
lexicon 85 → 37 µs a form, the self-harm lists 69 → 35 µs.

On top of that, a `LiteralIndex` (bot/nlu/prefilter.py) names in one pass over the text the
patterns whose required strings occur in it; the others cannot match and are not tried at all
(the danger lexicon 31 → 3.4 µs a form on the same messages).

Where most patterns match often, or start with a long alternation of words, the loose form
matches too and is only extra work (the FAQ topics and the kinds of violence measured slower this
way): those stay plain compiled patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.nlu.prefilter import LiteralIndex

# Zero-width checks at the start of a pattern: word boundaries, "^", and lookbehinds without
# groups or character classes inside (anything else is left in place, which is always safe).
_LEADING_CHECKS = re.compile(r"^(?:\\b|\^|\(\?<!(?:[^()\[\]\\]|\\.)*\))+")


def loose(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its leading zero-width checks (the pattern itself when it has none,
    is verbose, or the rest does not compile on its own)."""
    if pattern.flags & re.VERBOSE:
        return pattern
    rest = _LEADING_CHECKS.sub("", pattern.pattern, count=1)
    if rest == pattern.pattern or not rest:
        return pattern
    try:
        return re.compile(rest, pattern.flags)
    except re.error:
        return pattern


class Lexicon:
    """Patterns searched as a list, each screened by its loose form first."""

    __slots__ = ("_index", "_pairs", "patterns")

    def __init__(self, patterns: Iterable[str | re.Pattern[str]]) -> None:
        self.patterns = [re.compile(p) if isinstance(p, str) else p for p in patterns]
        self._pairs = [(loose(p), p) for p in self.patterns]
        self._index = LiteralIndex(self.patterns)

    def any(self, text: str) -> bool:
        """True when at least one pattern matches somewhere in `text`."""
        pairs = self._pairs
        for i in self._index.candidates(text):
            screen, pattern = pairs[i]
            if screen.search(text) and (screen is pattern or pattern.search(text)):
                return True
        return False

    def matching(self, text: str) -> list[re.Pattern[str]]:
        """Every pattern that matches `text`, in the list's order."""
        pairs = self._pairs
        return [pair[1] for pair in (pairs[i] for i in self._index.candidates(text))
                if pair[0].search(text) and (pair[0] is pair[1] or pair[1].search(text))]

    def __len__(self) -> int:
        return len(self.patterns)


def alternatives(source: str) -> list[str]:
    """The top-level branches of a pattern's source ("a|(b|c)d" → ["a", "(b|c)d"]): split at
    each "|" outside groups and character classes, escapes kept whole."""
    branches: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("]", i + 1):      # "[]…]": the first "]" is a member
                i += 1
            elif source.startswith("^]", i + 1):
                i += 2
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return branches


class AnyOf(Lexicon):
    """One long alternation asked only whether it matches, read as the list of its branches.

    A pattern of thirty branches costs the regex engine every branch at every position of the
    text, 18 µs a message for the self-harm "means at hand" rules; as a `Lexicon` of its
    branches, only those whose required strings occur are tried, each from its own first letters
    (2 µs). A text matches the alternation exactly when it matches one of its branches, so the
    answer is the same. `search` answers True or None, never a match: for readers that only ask
    whether (tests/nlu/test_lexicon.py checks the answers against the whole pattern)."""

    __slots__ = ("flags", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        super().__init__(re.compile(branch, flags) for branch in alternatives(source))
        self.pattern = source
        self.flags = flags

    def search(self, text: str) -> bool | None:
        return True if self.any(text) else None


def as_branches(pattern: Any, minimum: int = 3) -> Any:
    """`pattern` (compiled or screened) as an `AnyOf` when it has at least `minimum` top-level
    branches, for a reader that only asks whether it matches; else the pattern itself."""
    if len(alternatives(pattern.pattern)) < minimum:
        return pattern
    return AnyOf(pattern.pattern, pattern.flags)
