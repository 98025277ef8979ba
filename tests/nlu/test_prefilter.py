"""The strings read off a pattern are a necessary condition for a match, construct by construct
and on random patterns, and the index names exactly the patterns whose strings occur."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlu.prefilter import (
    LiteralIndex,
    Screened,
    _key,
    required_literals,
    screened,
    shared_screen,
)


@pytest.mark.parametrize(("pattern", "strings"), [
    (r"\bdanh em\b", {"danh em"}),
    (r"\b(danh|dap) (em|toi)\b", {"danh em", "danh toi", "dap em", "dap toi"}),
    (r"\b(danh|dap)\w* (em|toi)\b", {"danh", "dap"}),      # the longer-shortest set wins
    (r"(?<!khong )\b(giet|chem)\b", {"giet", "chem"}),      # lookbehinds need nothing
    (r"^(cuu|help)( me)?$", {"cuu", "help"}),                # "cuu me" adds nothing to "cuu"
    (r"^(cuu|help)( \w+)?$", {"cuu", "help"}),              # an optional part needs nothing
    (r"(ab)+cde", {"cde"}),
    (r"(abc){1,3}x", {"abc"}),                              # a repeat of at least one: its body
    (r"tu (tu|sat)", {"tu tu", "tu sat"}),
    (r"x[sz]y", {"xsy", "xzy"}),                            # a small class multiplied out
    (r"x[a-z]yy", {"yy"}),                                  # a range needs no particular letter
    (r"(?:dao|knife)\w*", {"dao", "knife"}),
])
def test_the_strings_read_off_each_construct(pattern, strings):
    assert required_literals(re.compile(pattern)) == strings


@pytest.mark.parametrize("pattern", [
    r"\w+",                        # no fixed string at all
    r"(danh|\w+) em",              # " em" is only 3 chars but a branch needs nothing: " em" wins
    r"(abc)?d",                    # the only string is one letter
    r"(?i)danh",                   # case-insensitive: not read
    r"x(?i:danh)",                 # a case-insensitive group: its letters are not read
    r"[a-z]+ing",                  # "ing" is read
])
def test_what_cannot_be_read_is_none_or_still_necessary(pattern):
    compiled = re.compile(pattern)
    strings = required_literals(compiled)
    if pattern == r"(danh|\w+) em":
        assert strings == {" em"}
    elif pattern == r"[a-z]+ing":
        assert strings == {"ing"}
    else:
        assert strings is None


# -- the rule on random patterns ----------------------------------------------------------------

_ATOMS = st.sampled_from(["a", "b", "c", "ab", "ba", "abc", " ", "\\b", "[ab]", "[^a]", ".",
                          "\\w", "(?<!a )", "(?<!c)", "^", "$", "x", "(?i:ab)", "[^ab]"])


def _patterns() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "{1,3}"]))
            .map(lambda t: "(?:" + t[0] + ")" + t[1]),
        )
    return st.recursive(_ATOMS, extend, max_leaves=12)


@settings(max_examples=600, deadline=None)
@given(_patterns(), st.text(alphabet="abcxAB ", max_size=14))
def test_no_match_without_one_of_the_strings(pattern, text):
    compiled = re.compile(pattern)
    strings = required_literals(compiled)
    if strings is not None and not any(s in text for s in strings):
        assert compiled.search(text) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(_patterns(), min_size=1, max_size=8), st.text(alphabet="abcxAB ", max_size=14))
def test_the_index_names_every_pattern_that_matches(patterns, text):
    compiled = [re.compile(p) for p in patterns]
    candidates = LiteralIndex(compiled).candidates(text)
    assert candidates == sorted(candidates)
    for i, pattern in enumerate(compiled):
        if pattern.search(text):
            assert i in candidates


def test_patterns_whose_strings_are_absent_are_not_named():
    index = LiteralIndex([re.compile(r"\bdanh\b"), re.compile(r"\w+"), re.compile(r"giet|chem")])
    assert index.candidates("chong em chem") == [1, 2]
    assert index.candidates("xin chao") == [1]
    assert len(index) == 3


@settings(max_examples=300, deadline=None)
@given(_patterns(), st.text(alphabet="abcxAB ", max_size=14))
def test_a_screened_pattern_answers_as_the_pattern(pattern, text):
    compiled = re.compile(pattern)
    screened = Screened(compiled)
    for mine, theirs in ((screened.search(text), compiled.search(text)),
                         (screened.match(text), compiled.match(text)),
                         (screened.fullmatch(text), compiled.fullmatch(text))):
        assert (mine and mine.span()) == (theirs and theirs.span())
    assert screened.sub("_", text) == compiled.sub("_", text)
    assert screened.findall(text) == compiled.findall(text)
    assert [m.span() for m in screened.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert screened.pattern == pattern


@settings(max_examples=200, deadline=None)
@given(_patterns(), st.text(alphabet="abcxAB ", max_size=14))
def test_a_pattern_compiled_at_first_use_answers_as_the_pattern(pattern, text):
    compiled = re.compile(pattern)
    lazy = screened(pattern)
    assert (lazy.pattern, lazy.flags) == (compiled.pattern, compiled.flags)
    assert _key(lazy) == _key(compiled)          # the shipped table is found alike
    for mine, theirs in ((lazy.search(text), compiled.search(text)),
                         (lazy.fullmatch(text), compiled.fullmatch(text))):
        assert (mine and mine.span()) == (theirs and theirs.span())
    assert lazy.sub("_", text) == compiled.sub("_", text)


def test_a_screened_pattern_is_compiled_only_when_a_text_gets_past_its_screen():
    lazy = screened(r"\b(chem|ruot) (em|toi) (lazy|probe)\b")
    assert lazy.compiled is None                   # nothing compiled at import
    assert lazy.search("hom nay troi dep") is None
    assert lazy.compiled is None                   # screened out: still nothing compiled
    assert lazy.search("no chem em probe").span() == (3, 16)
    assert lazy.compiled is not None


def test_a_pattern_with_a_global_flag_group_is_compiled_at_once():
    flagged = screened(r"(?i)\bdanh em\b")
    assert flagged.compiled is not None and flagged.flags == re.compile(r"(?i)\bdanh em\b").flags


def test_screened_patterns_share_one_scan_yet_each_answers_for_itself():
    """The shared screen scans a text once for every screened pattern's strings: a text seen
    before a pattern was added is scanned again for it, and one pattern's strings never let
    another through."""
    hits = Screened(re.compile(r"\b(danh|dap) em\b"))
    assert hits.search("anh ay danh em") is not None
    threats = Screened(re.compile(r"\bgiet (em|toi)\b"))   # added after that text was scanned
    assert threats.search("anh ay danh em") is None
    assert threats.search("no doa giet em") is not None
    assert hits.search("no doa giet em") is None
    shared_screen.forget_recent()
    assert hits.search("anh ay danh em").span() == (7, 14)


def test_the_delete_request_is_screened_without_changing_its_answers():
    """The costliest single pattern of a turn (a run of lookbehinds at every position)."""
    from bot.core.flows.privacy import _DELETE_ASKED
    from tests.nlu.test_lexicon import CORPUS

    texts = CORPUS + ["xoá đi", "ck về rồi xoá nhanh", "delete this", "em đã xoá rồi"]
    assert isinstance(_DELETE_ASKED, Screened)
    for text in texts:
        assert bool(_DELETE_ASKED.search(text)) is bool(_DELETE_ASKED.compiled.search(text)), text
    assert not _DELETE_ASKED.could_match("chong em danh em")


def _screened_in_the_package() -> dict[str, Screened]:
    """Every screened pattern the readers hold: module globals and lists of (key, pattern)."""
    import importlib
    import pkgutil

    import bot

    found: dict[str, Screened] = {}
    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                if isinstance(item, Screened):
                    found[f"{info.name}.{name}" + (f"[{i}]" if items is value else "")] = item
    return found


def test_every_screened_reader_answers_as_its_pattern_on_the_corpus():
    """Screening is only ever a shortcut: on every sentence the project has, in every form the
    readers see, each screened pattern finds what the pattern itself finds."""
    from bot.core.answers import forms
    from tests.nlu.test_lexicon import CORPUS

    screened = _screened_in_the_package()
    assert len(screened) > 40
    texts = sorted({f for text in CORPUS for f in (text, *forms(text))})
    assert not any("\n" in text for text in texts)
    from bot.nlu.prefilter import shared_screen

    possible = [shared_screen.possible(text) for text in texts]   # (every screen at once)
    for name, pattern in screened.items():
        plain = re.compile(pattern.pattern, pattern.flags)   # (the pattern itself, unscreened)
        if pattern._slot is None:   # (no required string: tried on every text, nothing to check)
            continue
        bit = 1 << pattern._slot
        passed = [text for text, seen in zip(texts, possible, strict=True) if seen & bit]
        for text in passed[:50]:   # (past the screen it is the pattern itself: a sample suffices)
            mine, theirs = pattern.search(text), plain.search(text)
            assert (mine and mine.span()) == (theirs and theirs.span()), (name, text)
        turned_away = [text for text, seen in zip(texts, possible, strict=True) if not seen & bit]
        for text in turned_away[:50]:
            assert not pattern.could_match(text) and pattern.search(text) is None, (name, text)
        # The screen's claim: the pattern finds nothing in a text it turns away. Read in one pass
        # over those texts, one a line; a line-spanning hit, or a pattern whose anchors or
        # lookarounds could read the line break, is checked text by text instead.
        if not _SPANS_LINES.search(pattern.pattern):
            joined = re.compile(pattern.pattern, pattern.flags | re.MULTILINE)
            if joined.search("\n".join(turned_away)) is None:
                continue
        for text in turned_away:
            assert plain.search(text) is None, (name, text)


# Anchors of the whole string, and lookarounds that may read a line break (a class of spaces,
# of non-words, any character but some): where one text a line could answer otherwise
_SPANS_LINES = re.compile(r"\\[AZ]|\(\?<?[!=]\\[sWDS]|\(\?<?[!=]\[\^|\(\?<?[!=]\.")


def test_the_classifiers_concept_tokens_are_those_of_looking_for_every_concept():
    """The classifier's concept features (bot/nlu/features.py) look only for the concepts whose
    words occur: the tokens are the same as looking for all of them, on the whole corpus."""
    from itertools import pairwise

    from bot.nlu import features
    from tests.nlu.test_lexicon import CORPUS

    def every_concept(text: str) -> list[str]:
        found = sorted((m.start(), f"k_{name}") for name, pattern in features._CONCEPT_RES
                       for m in pattern.finditer(text))
        names = [name for _, name in found]
        return names + [f"{a} {b}" for a, b in pairwise(names) if a != b]

    for text in CORPUS:
        assert features.concepts(text) == every_concept(text), text


def test_the_shipped_table_of_strings_says_what_reading_each_pattern_says():
    """The table read at start-up (bot/nlu/bundled/required_literals.json) can only make a
    start faster: each of its entries used by the readers equals a fresh reading of the pattern."""
    import re

    import bot.core.engine  # noqa: F401  (every reader's patterns are read on import)
    from bot.nlu import prefilter

    shipped = prefilter._shipped()
    checked = 0
    for key, (pattern, flags, strings) in prefilter.used.items():
        if key not in shipped:
            continue
        fresh = prefilter.read_literals(re.compile(pattern, flags))
        assert (sorted(fresh) if fresh is not None else None) == shipped[key] == strings, pattern
        checked += 1
    assert checked > 100, "the shipped table covers few of the readers' patterns: run " \
                          "`companion nlu literals` and commit bot/nlu/bundled/"


def test_a_pattern_missing_from_the_table_is_read_as_before():
    import re

    from bot.nlu import prefilter

    pattern = re.compile(r"\b(danh|dap) (em|toi)\b (kiem tra bang moi|a new one)")
    assert prefilter.required_literals(pattern) == prefilter.read_literals(pattern)
    assert prefilter.read_literals(pattern) is not None
