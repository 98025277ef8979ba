"""Which patterns of a list could match a text at all, found in one pass over the text.

Every typed message is read by lists of a hundred-odd patterns (the danger and self-harm
lexicons). Nearly all of them fail, and trying each costs a call into the regex engine: about
0.3 µs even when the pattern fails at once, 30 µs for the danger lexicon on a typical message.

Most patterns cannot match unless the text contains one of a few fixed strings: `\\b(danh|dap)
(em|toi)\\b` needs "danh" or "dap" somewhere. `required_literals` reads those strings off the
pattern's parse tree; `LiteralIndex` puts the strings of a whole list into one Aho–Corasick
automaton (pyahocorasick, a C implementation), so a single pass over the text names the patterns
whose strings occur. Only those are tried. A pattern whose strings cannot be read (a leading
optional part, a class of many characters, a case-insensitive flag) is always tried.

Why this is safe: each string set is a necessary condition read from the pattern's own structure
(a literal run must occur in any match; an alternation needs one of its branches; a repeat of at
least one needs its body), so a text with none of the strings has no match, and the answers are
those of trying every pattern (tests/nlu/test_prefilter.py checks the rule on each construct,
tests/nlu/test_lexicon.py on the project's whole corpus and on random sentences).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from string import digits as _DIGITS
from typing import Any

import ahocorasick

try:  # the parser `re` compiles with (private, but stable since 3.11 under this name)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - an interpreter without it: every pattern is tried
    _c = _p = None

# Strings shorter than this occur in nearly every message ("em", "an"): a pattern whose best
# set has one is tried on every text rather than looked up.
MIN_LENGTH = 2
# A class of up to this many plain characters ("[xs]") counts as a set of one-letter strings.
_SMALL_CLASS = 4
# Fixed strings multiplied out ("(danh|dap) (em|toi)": 4) are kept up to this many.
_MAX_PRODUCT = 32


# The strings read off each pattern, shipped with the package (`companion nlu literals` writes
# it): reading them parses every pattern a second time, 0.4-0.6 s of a cold start on this
# machine class, while the table is read in a few ms. A pattern not in it (edited since) is read
# as before; an entry is found only by its pattern's exact text, flags and Python version, so a
# stale table can slow a start, never change an answer (tests/nlu/test_prefilter.py checks each
# entry against a fresh reading).
LITERALS_FILE = Path(__file__).parent / "bundled" / "required_literals.json"
_table: dict[str, list[str] | None] | None = None
# Every pattern read in this process: key → (pattern, flags, strings), for writing the table.
used: dict[str, tuple[str, int, list[str] | None]] = {}


def _key(pattern: re.Pattern[str]) -> str:
    text = f"{sys.version_info[0]}.{sys.version_info[1]}\x00{pattern.flags}\x00{pattern.pattern}"
    # (digits spelt as letters: a run of digits in a shipped file reads as a phone number to the
    # content checks)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20].translate(_NO_DIGITS)


_NO_DIGITS = str.maketrans(_DIGITS, "ghijklmnop")


def _shipped() -> dict[str, list[str] | None]:
    global _table
    if _table is None:
        try:
            _table = json.loads(LITERALS_FILE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _table = {}
    return _table


def write_literals(path: Path = LITERALS_FILE) -> int:
    """Write the table of every pattern read in this process (import the readers first);
    returns how many entries."""
    table = {key: strings for key, (_pattern, _flags, strings) in sorted(used.items())}
    path.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                    encoding="utf-8")
    return len(table)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when none can be read."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    key = _key(pattern)
    table = _shipped()
    if key in table:
        strings = table[key]
    else:
        found = read_literals(pattern)
        strings = sorted(found) if found is not None else None
    used[key] = (pattern.pattern, pattern.flags, strings)
    return frozenset(strings) if strings is not None else None


def read_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """`required_literals` read off the pattern's parse tree, without the shipped table."""
    try:
        found = _sequence(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable tree only means "always try it"
        return None
    if not found or min(len(s) for s in found) < MIN_LENGTH:
        return None
    # a string that contains another of the set adds nothing ("cuu me" beside "cuu")
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


def _sequence(items: Any) -> set[str] | None:
    """Items matched one after another. Runs of items that match one of a few exact strings
    ("d", "(anh|ap)", "\\b", " ") are multiplied out into the strings the run matches
    ({"danh", "dap"}); of the sets the run and the other items need, the most selective wins
    (longest shortest string, then fewest strings)."""
    sets: list[set[str]] = []
    run = {""}
    for op, arg in items:
        exact = _exact(op, arg)
        if exact is not None and len(run) * len(exact) <= _MAX_PRODUCT:
            run = {a + b for a in run for b in exact}
            continue
        if run != {""}:
            sets.append(run)
        run = {""}
        if exact is not None:          # too many strings to multiply: a run of its own
            run = set(exact)
            continue
        needed = _item(op, arg)
        if needed:
            sets.append(needed)
    if run != {""}:
        sets.append(run)
    if not sets:
        return None
    return max(sets, key=lambda s: (min(len(x) for x in s), -len(s)))


def _exact(op: Any, arg: Any) -> set[str] | None:
    """The strings an item matches when they are few and fixed ("" for a zero-width check,
    which consumes nothing, so the strings around it stay adjacent); else None."""
    if op is _c.LITERAL:
        return {chr(arg)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.SUBPATTERN:
        return None if _case_blind(arg) else _exact_sequence(arg[-1])
    if op is _c.ATOMIC_GROUP:
        return _exact_sequence(arg)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MAX_PRODUCT else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[:2] == (0, 1):
        body = _exact_sequence(arg[2])           # "( me)?": "" or " me"
        return None if body is None else body | {""}
    if op is _c.IN:
        return _small_class(arg)
    return None


def _exact_sequence(items: Any) -> set[str] | None:
    """The strings a whole sequence matches, when every item's are few and fixed."""
    strings = {""}
    for op, arg in items:
        exact = _exact(op, arg)
        if exact is None or len(strings) * len(exact) > _MAX_PRODUCT:
            return None
        strings = {a + b for a in strings for b in exact}
    return strings


def _case_blind(arg: Any) -> bool:
    """A group with its own case-insensitive flag ("(?i:sos)"): its letters are no fixed string."""
    return len(arg) == 4 and bool(arg[1] & re.IGNORECASE)


def _small_class(arg: Any) -> set[str] | None:
    """A class of a few plain characters ("[xs]"), as one-letter strings."""
    if not all(op is _c.LITERAL for op, _ in arg):
        return None
    chars = {chr(a) for _, a in arg}
    return chars if chars and len(chars) <= _SMALL_CLASS else None


def _item(op: Any, arg: Any) -> set[str] | None:
    """The strings one item (not a few fixed strings) needs; None for optional parts, wide
    classes and anything else that needs no particular string."""
    if op is _c.SUBPATTERN:
        return None if _case_blind(arg) else _sequence(arg[-1])
    if op is _c.ATOMIC_GROUP:
        return _sequence(arg)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            needed = _sequence(branch)
            if not needed:
                return None         # a branch that needs nothing: the alternation needs nothing
            union |= needed
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _most, body = arg
        return _sequence(body) if least >= 1 else None
    return None


class LiteralIndex:
    """The patterns of a list that could match a text: those whose required strings occur in
    it, and those that have none, in the list's order."""

    __slots__ = ("_always", "_automaton", "_size")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._size = len(patterns)
        by_string: dict[str, int] = {}     # a string → the bits of the patterns that need it
        always = 0
        for index, pattern in enumerate(patterns):
            strings = required_literals(pattern)
            if strings is None:
                always |= 1 << index
                continue
            for string in strings:
                by_string[string] = by_string.get(string, 0) | 1 << index
        self._always = always
        self._automaton = ahocorasick.Automaton()
        for string, bits in by_string.items():
            self._automaton.add_word(string, bits)
        if by_string:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns worth trying on `text`, ascending."""
        found = self._always
        if len(self._automaton):
            for _end, bits in self._automaton.iter(text):
                found |= bits          # (pattern n: bit n; one OR per string found)
        indexes = []
        while found:
            low = found & -found
            indexes.append(low.bit_length() - 1)
            found ^= low
        return indexes

    def __len__(self) -> int:
        return self._size


class _SharedScreen:
    """The required strings of every `Screened` pattern in one automaton: a text is scanned once
    for all of them, and each pattern then asks whether its own strings were seen (one bit).

    The readers try a few dozen screened patterns on the same two or three texts of a message
    (its folded and expanded forms); scanning each text once instead of once per pattern halves
    the cost of screening. The last texts' answers are remembered; an automaton is rebuilt
    when a pattern is added (only at import, in practice).

    A text's answer is one integer whose bit n is set when slot n's strings occur: each string
    found ORs in the bits of all the patterns that need it (one operation however many), where
    a set of slot numbers took an update per pattern; a pattern then tests its own bit. Half the
    cost of a scan on the benchmark mix (6.8 → 3.5 µs a text, about 16 strings found in each)."""

    _RECENT = 64

    def __init__(self) -> None:
        self._strings: dict[str, list[int]] = {}
        self._count = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._recent: dict[str, int] = {}
        self._lock = threading.Lock()

    def add(self, strings: frozenset[str]) -> int:
        """Register one pattern's strings; its slot number, asked about in `possible`."""
        with self._lock:
            slot = self._count
            self._count += 1
            for string in strings:
                self._strings.setdefault(string, []).append(slot)
            self._automaton = None
            self._recent.clear()
            return slot

    def possible(self, text: str) -> int:
        """The slots of the patterns one of whose strings occurs in `text`, as the bits of an
        integer (slot n: bit n, `1 << n`)."""
        found = self._recent.get(text)
        if found is None:
            automaton = self._automaton or self._build()
            found = 0
            for _end, bits in automaton.iter(text):
                found |= bits
            recent = self._recent
            if len(recent) >= self._RECENT:
                recent.clear()      # (cleared in place: `Screened` holds its bound `get`)
            recent[text] = found
        return found

    def forget_recent(self) -> None:
        """Drop the remembered texts (the benchmarks do, so each pass pays for its texts)."""
        self._recent.clear()

    def _build(self) -> ahocorasick.Automaton:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for string, slots in self._strings.items():
                    bits = 0
                    for slot in slots:
                        bits |= 1 << slot
                    automaton.add_word(string, bits)
                if self._strings:
                    automaton.make_automaton()
                self._automaton = automaton
            return self._automaton


shared_screen = _SharedScreen()
# The screen's remembered answers, read directly by `Screened.search` (the readers' hottest call:
# a look-up here spares two Python calls per pattern tried)
_remembered = shared_screen._recent.get


class Screened:
    """One costly pattern, tried only on texts that contain one of its required strings.

    For patterns that fail on nearly every message yet cost several µs a try (a run of
    lookbehinds before each position, a long alternation of words). It stands in for the
    `re.Pattern` (the calls the readers use, and `.pattern`, the source); each call gives what
    the pattern itself gives.

    Made by `screened`, the pattern is compiled only when a text first gets past its screen: the
    strings come from the shipped table, so a start compiles none of the ~300 readers' patterns
    (about 0.2 s of a cold start on this machine class) and a first message compiles the few it
    may match."""

    __slots__ = ("_bit", "_flags", "_slot", "_source", "compiled")

    def __init__(self, compiled: re.Pattern[str] | None, source: str | None = None,
                 flags: int = 0) -> None:
        self.compiled = compiled
        self._source = compiled.pattern if compiled is not None else source
        self._flags = compiled.flags if compiled is not None else flags
        strings = required_literals(self)   # (reads `.pattern` and `.flags` only)
        # (None: always tried, no strings read; else this pattern's slot in the shared screen)
        self._slot = shared_screen.add(strings) if strings else None
        self._bit = 1 << self._slot if self._slot is not None else 0

    @property
    def pattern(self) -> str:
        return self._source  # type: ignore[return-value]

    @property
    def flags(self) -> int:
        return self._flags

    def _compile(self) -> re.Pattern[str]:
        """The pattern, compiled at its first use (two threads at once compile it twice: the
        same pattern either way)."""
        compiled = self.compiled
        if compiled is None:
            compiled = self.compiled = re.compile(self._source, self._flags)  # type: ignore[arg-type]
        return compiled

    def could_match(self, text: str) -> bool:
        """False only when the text lacks every required string (so no match is possible)."""
        bit = self._bit
        if not bit:
            return True
        seen = _remembered(text)      # (as `search`: the screen's answer for a text read before)
        if seen is None:
            seen = shared_screen.possible(text)
        return bool(seen & bit)

    def search(self, text: str) -> re.Match[str] | None:
        bit = self._bit
        if not bit:
            return (self.compiled or self._compile()).search(text)
        seen = _remembered(text)
        if seen is None:
            seen = shared_screen.possible(text)
        return (self.compiled or self._compile()).search(text) if seen & bit else None

    def match(self, text: str) -> re.Match[str] | None:
        return (self.compiled or self._compile()).match(text) if self.could_match(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return (self.compiled or self._compile()).fullmatch(text) if self.could_match(text) \
            else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (self.compiled or self._compile()).finditer(text) if self.could_match(text) \
            else iter(())

    def findall(self, text: str) -> list[Any]:
        return (self.compiled or self._compile()).findall(text) if self.could_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return (self.compiled or self._compile()).sub(repl, text, count) \
            if self.could_match(text) else text


# A flag group at the start of a pattern ("(?i)…") changes the flags `re.compile` reports, which
# key the shipped table: such a pattern is compiled at once
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def screened(pattern: str, flags: int = 0) -> Screened:
    """`re.compile`, for a pattern worth screening (see `Screened`), compiled at first use. The
    flags are those `re.compile` would report (a str pattern is Unicode unless ASCII is asked),
    so the shipped table's key is the same as for the compiled pattern."""
    if _GLOBAL_FLAGS.match(pattern) or flags & re.DEBUG:
        return Screened(re.compile(pattern, flags))
    # (an int, as `Pattern.flags` is: the table's key spells the flags out)
    effective = int(flags if flags & re.ASCII else flags | re.UNICODE)
    return Screened(None, pattern, effective)
