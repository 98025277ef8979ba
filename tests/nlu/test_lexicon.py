"""The loose-first lexicon gives the same answers as trying every pattern in full."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import safety, self_harm
from bot.nlu.data import NluDataError, read_examples
from bot.nlu.lexicon import Lexicon, loose

ROOT = Path(__file__).parents[2]
LEXICONS = {"danger": safety._PATTERNS, "danger (soft)": safety._SOFT,
            "self-harm now": self_harm._NOW_ANY, "self-harm thoughts": self_harm._THOUGHTS_ANY}


def _corpus() -> list[str]:
    """Every sentence the project has: training data, held-out sets, transcripts, read as the
    lexicons read them (both readings of the abbreviations)."""
    texts = [e.text for e in read_examples(ROOT / "intents")]
    for path in sorted((ROOT / "tests" / "nlu").glob("heldout*.yml")):
        try:
            texts += [e.text for e in read_examples(path, check_intents=False)]
        except NluDataError:
            continue        # heldout_pathways.yml: requests for pathways, not Rasa NLU data
    for path in sorted((ROOT / "tests" / "transcripts").glob("*.yml")):
        for convo in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            texts += [str(step["say"]) for step in convo.get("steps", []) if "say" in step]
    return sorted({form for text in texts for form in safety.expand(text)})


CORPUS = _corpus()


def _plain(lexicon: Lexicon, text: str) -> list[re.Pattern[str]]:
    return [p for p in lexicon.patterns if p.search(text)]


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_the_same_answers_as_every_pattern_in_full_on_the_corpus(name):
    lexicon = LEXICONS[name]
    assert len(CORPUS) > 5000
    for text in CORPUS:
        expected = _plain(lexicon, text)
        assert lexicon.matching(text) == expected, text
        assert lexicon.any(text) is bool(expected), text


_WORDS = ["dang", "danh", "em", "toi", "giet", "chet", "muon", "cuu", "voi", "bi", "chong", "no",
          "dao", "cam", "tu tu", "kill", "me", "help", "is", "hitting", "xo", "ngat", "sap", "nhay",
          "cau", "uong", "thuoc", "ga", "con", "ket thuc", "cuoc doi", "song", "khong", "nua",
          "want", "to", "die", "myself", "muon chet", "qua", "doa", "ong ay", "suot"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9),
       st.sampled_from(sorted(LEXICONS)))
def test_the_same_answers_on_word_salad(words, name):
    """Random sentences of the lexicons' own words, where boundaries and lookbehinds matter."""
    text = " ".join(words)
    lexicon = LEXICONS[name]
    assert lexicon.matching(text) == _plain(lexicon, text)


@pytest.mark.parametrize(("pattern", "loosened"), [
    (r"\bsos\b", r"sos\b"),
    (r"(?<!muon )(?<!gan )\b(ngat|xiu)\b", r"(ngat|xiu)\b"),
    (r"\bfoo|bar", r"foo|bar"),
])
def test_loose_drops_only_the_leading_checks(pattern, loosened):
    assert loose(re.compile(pattern)).pattern == loosened


@pytest.mark.parametrize("pattern", [
    r"sos\b",                   # nothing to drop: the pattern itself
    r"(?<![)])x",               # a lookbehind with a class inside is left in place
    r"\b",                      # nothing would be left
    r"^cuu\b",                  # anchored: tried at the start only, already cheap
    r"^(?!.*\b(hom qua)\b).*\buong thuoc\b",   # (without "^": the lookahead at every position)
])
def test_loose_keeps_what_it_cannot_safely_drop(pattern):
    compiled = re.compile(pattern)
    assert loose(compiled) is compiled


# -- AnyOf: one alternation asked as the list of its branches -----------------------------------

def _any_ofs() -> dict[str, object]:
    """Every AnyOf the readers use (module globals of bot.core and bot.nlu)."""
    import importlib
    import pkgutil

    import bot.core
    import bot.nlu
    from bot.nlu.lexicon import AnyOf

    found: dict[str, object] = {}
    for package in (bot.core, bot.nlu):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, AnyOf):
                    found[f"{info.name}.{name}"] = value
                elif isinstance(value, list):     # (key, pattern) lists: topics, rules, kinds
                    for item in value:
                        if isinstance(item, tuple) and len(item) == 2 and \
                                isinstance(item[1], AnyOf):
                            found[f"{info.name}.{name}[{item[0]}]"] = item[1]
    return found


ANY_OFS = _any_ofs()


def test_the_readers_use_alternations_read_as_branches():
    assert len(ANY_OFS) >= 5


@pytest.mark.parametrize("name", sorted(ANY_OFS))
def test_an_alternation_read_as_branches_answers_as_the_whole_pattern(name):
    any_of = ANY_OFS[name]
    whole = re.compile(any_of.pattern, any_of.flags)
    for text in CORPUS:
        assert bool(any_of.search(text)) is bool(whole.search(text)), text


@pytest.mark.parametrize("source, branches", [
    ("a|b", ["a", "b"]), (r"(a|b)c|d", ["(a|b)c", "d"]), (r"[|]x|y", ["[|]x", "y"]),
    (r"\|a|b", [r"\|a", "b"]), (r"[]|]z|w", ["[]|]z", "w"]), ("abc", ["abc"]),
    (r"(?<!x )a|(?:b|c)", ["(?<!x )a", "(?:b|c)"]),
])
def test_alternatives_splits_only_at_the_top_level(source, branches):
    from bot.nlu.lexicon import alternatives

    assert alternatives(source) == branches


# -- ScreenedList: the patterns of a list that could match any of a message's forms ------------

def _messages() -> list[tuple[str, ...]]:
    """The corpus as the readers see it: each sentence's forms together."""
    from bot.core.answers import forms

    texts = [e.text for e in read_examples(ROOT / "intents")]
    for path in sorted((ROOT / "tests" / "nlu").glob("heldout*.yml")):
        try:
            texts += [e.text for e in read_examples(path, check_intents=False)]
        except NluDataError:
            continue
    return [tuple(forms(text)) for text in sorted(set(texts))]


def test_the_faq_topics_skipped_could_match_none_of_the_forms():
    from bot.core import faq

    patterns = [pattern for _key, pattern in faq._TOPICS]
    messages = _messages()
    tried = 0
    for texts in messages:
        kept = faq._TOPIC_SCREEN.candidates(texts)
        assert kept == sorted(set(kept))
        matching = {i for i, p in enumerate(patterns) if any(p.search(t) for t in texts)}
        assert matching <= set(kept), texts
        tried += len(kept)
    assert tried < len(messages) * len(patterns) / 4     # (and it does skip most of them)


def test_a_screened_list_keeps_the_patterns_that_are_always_tried_and_its_order():
    from bot.nlu.lexicon import AnyOf, ScreenedList
    from bot.nlu.prefilter import Screened

    patterns = [Screened(re.compile(r"\bzebra crossing\b")), re.compile(r"a"),
                AnyOf(r"\b(quokka|wombat)\b"), Screened(re.compile(r"\bzebra\b"))]
    screen = ScreenedList(patterns)
    assert screen.candidates(["a wombat and a zebra"]) == [1, 2, 3]
    assert screen.candidates(["nothing here", "a zebra crossing"]) == [0, 1, 3]
    assert screen.candidates(["plain words"]) == [1]
