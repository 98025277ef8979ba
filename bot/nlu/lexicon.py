"""A list of patterns asked one question: does any of them match this text, and which.

The danger and self-harm lexicons are lists of a hundred-odd patterns read on every message, in
every state, so their cost is paid on every turn. Nearly all of them start with `\\b` (or a
lookbehind), which keeps Python's regex engine from scanning for the pattern's first letters in
C: it tries the whole pattern at every position of the text instead. Each pattern is therefore
tried first in a loose form, without its leading zero-width checks (`\\b`, `(?<!…)`), which
the engine scans for quickly; only where the loose form matches is the pattern itself tried. A
pattern anchored with `^` is its own loose form: the engine tries it at the start only, where
without the anchor a leading `(?!.*…)` would be tried again at every position.

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
from collections.abc import Iterable, Iterator
from typing import Any

from bot.nlu.prefilter import LiteralIndex, Screened, required_literals, shared_screen

# Zero-width checks at the start of a pattern: word boundaries, "^", and lookbehinds without
# groups or character classes inside (anything else is left in place, which is always safe).
_LEADING_CHECKS = re.compile(r"^(?:\\b|\^|\(\?<!(?:[^()\[\]\\]|\\.)*\))+")


def loose(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without its leading zero-width checks (the pattern itself when it has none,
    is verbose, or the rest does not compile on its own)."""
    if pattern.flags & re.VERBOSE or pattern.pattern.startswith("^"):
        # (a pattern anchored at the start is tried at one position only; without its "^", a
        # leading "(?!.*…)" would be tried at every position: 120 µs a text instead of 3)
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


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The positions of "(", ")" and "|" in a pattern's source outside escapes and character
    classes, each with the group depth around it (a ")" with the depth it closes to)."""
    depth, in_class, i = 0, False, 0
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
            yield i, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield i, char, depth
        elif char == "|":
            yield i, char, depth
        i += 1


def alternatives(source: str) -> list[str]:
    """The top-level branches of a pattern's source ("a|(b|c)d" → ["a", "(b|c)d"]): split at
    each "|" outside groups and character classes, escapes kept whole."""
    cuts = [i for i, char, depth in _structure(source) if char == "|" and depth == 0]
    return [source[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(source)],
                                                        strict=True)]


class _Branch:
    """A branch not compiled yet, as the literal index reads it (its source and flags)."""

    __slots__ = ("flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        # (the flags `re.compile` gives a str pattern, so the shipped table's key is the same)
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE


class AnyOf:
    """One long alternation asked only whether it matches, read as the list of its branches.

    A pattern of thirty branches costs the regex engine every branch at every position of the
    text, 18 µs a message for the self-harm "means at hand" rules; as the list of its branches,
    only those whose required strings occur (bot/nlu/prefilter.py) are tried, each
    loose first as in `Lexicon` (2 µs). A text matches the alternation exactly when it matches
    one of its branches, so the answer is the same. A branch is compiled the first time it is
    tried: compiling hundreds of them at import would cost the cold start more than they save.
    `search` answers True or None, never a match: for readers that only ask whether
    (tests/nlu/test_lexicon.py checks the answers against the whole pattern)."""

    __slots__ = ("_always", "_bits", "_compiled", "_slot_branch", "_sources", "flags", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags
        self._sources = distributed(source)
        # Each branch's required strings join the shared screen (bot/nlu/prefilter.py): a text
        # is scanned once for the strings of every screened pattern of every reader, and each
        # alternation then takes the branches whose strings were seen (the bits of its slots).
        always: list[int] = []
        slot_branch: dict[int, int] = {}
        for i, branch in enumerate(self._sources):
            strings = required_literals(_Branch(branch, flags))
            if strings:
                slot_branch[shared_screen.add(strings)] = i
            else:
                always.append(i)
        self._always = tuple(always)
        self._slot_branch = slot_branch
        self._bits = sum(1 << slot for slot in slot_branch)   # (this alternation's slots)
        self._compiled: list[tuple[re.Pattern[str], re.Pattern[str]] | None] = \
            [None] * len(self._sources)

    def any(self, text: str) -> bool:
        """True when at least one branch matches somewhere in `text`."""
        found = shared_screen.possible(text) & self._bits
        if not found and not self._always:
            return False          # (most texts: none of the branches' strings)
        candidates = list(self._always)
        slot_branch = self._slot_branch
        while found:
            low = found & -found                  # the lowest slot found, then the next
            candidates.append(slot_branch[low.bit_length() - 1])
            found ^= low
        compiled = self._compiled
        for i in candidates:
            pair = compiled[i]
            if pair is None:
                branch = re.compile(self._sources[i], self.flags)
                pair = compiled[i] = (loose(branch), branch)
            screen, branch = pair
            if screen.search(text) and (screen is branch or branch.search(text)):
                return True
        return False

    def search(self, text: str) -> bool | None:
        return True if self.any(text) else None

    def __len__(self) -> int:
        return len(self._sources)


def distributed(source: str) -> list[str]:
    """The branches of a pattern whose alternation sits in one group ("\\b(a|b|c)\\b" →
    ["\\b(?:a)\\b", "\\b(?:b)\\b", "\\b(?:c)\\b"]): a text has a match of the whole exactly when
    it has one of some branch. Only for a group opened plainly ("(" or "(?:") with no back
    reference anywhere; else the source whole, as one branch."""
    branches = alternatives(source)
    if len(branches) > 1 or re.search(r"\\[1-9]|\(\?P=", source):
        return branches
    best: tuple[int, int, int] | None = None        # (branches, open, close) of the widest group
    opened = 0
    for i, char, depth in _structure(source):
        if char == "(" and depth == 0:
            opened = i
        elif char == ")" and depth == 0:
            head = source[opened:opened + 3]
            if head == "(?:" or not head.startswith("(?"):
                inner = alternatives(source[opened + (3 if head == "(?:" else 1):i])
                if best is None or len(inner) > best[0]:
                    best = (len(inner), opened, i)
    if best is None or best[0] < 2:
        return branches
    _count, opened, closed = best
    head = source[opened:opened + 3]
    inner_start = opened + 3 if head == "(?:" else opened + 1
    prefix, suffix = source[:opened], source[closed + 1:]
    if suffix[:1] in ("*", "+", "?", "{"):
        return branches     # a repeated group: its branches may be mixed in one match
    return [f"{prefix}(?:{branch}){suffix}" for branch in alternatives(source[inner_start:closed])]


def as_screened(pattern: Any) -> Screened:
    """A pattern only searched, screened by its required strings (bot/nlu/prefilter.Screened):
    measured on the benchmark mix, most readers' patterns cost less screened than as the list
    of their branches (`AnyOf`), which pays only for a few long alternations of rare words."""
    return pattern if isinstance(pattern, Screened) else Screened(pattern)


def _screen_bits(pattern: Any) -> int | None:
    """The shared-screen bits one of which a text must have for `pattern` to match it, or None
    when it is always tried (a plain compiled pattern, a branch with no required string)."""
    if isinstance(pattern, Screened):
        return pattern._bit or None
    if isinstance(pattern, AnyOf):
        return None if pattern._always or not pattern._bits else pattern._bits
    return None


class ScreenedList:
    """Which patterns of a list could match any of a message's forms, asked in one step.

    A reader that walks a list of patterns over a message's two or three forms ("for each topic,
    any form it matches") pays a Python call per pattern and form, though nearly all of them are
    screened out by the shared screen (bot/nlu/prefilter.py), which has already scanned each
    form once for every screened pattern's strings. Here the forms' screen answers are joined
    (one OR each) and the list's patterns whose strings occur in none of them are skipped with
    one AND. The patterns left are tried as before, in the list's order, so the answers are the
    same: a pattern skipped here could match none of the forms (tests/nlu/test_lexicon.py)."""

    __slots__ = ("_always", "_by_bit", "_mask")

    def __init__(self, patterns: Iterable[Any]) -> None:
        always: list[int] = []
        by_bit: dict[int, list[int]] = {}
        mask = 0
        for index, pattern in enumerate(patterns):
            bits = _screen_bits(pattern)
            if bits is None:
                always.append(index)
                continue
            mask |= bits
            while bits:
                low = bits & -bits
                by_bit.setdefault(low, []).append(index)
                bits ^= low
        self._always = tuple(always)
        self._by_bit = by_bit
        self._mask = mask

    def candidates(self, texts: Iterable[str]) -> list[int]:
        """Indexes of the patterns worth trying on any of `texts`, ascending."""
        possible = shared_screen.possible
        seen = 0
        for text in texts:
            seen |= possible(text)
        found = seen & self._mask
        if not found:
            return list(self._always)
        indexes = set(self._always)
        by_bit = self._by_bit
        while found:
            low = found & -found
            indexes.update(by_bit[low])
            found ^= low
        return sorted(indexes)
