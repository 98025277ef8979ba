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
    (r"^cuu\b", r"cuu\b"),
    (r"(?<!muon )(?<!gan )\b(ngat|xiu)\b", r"(ngat|xiu)\b"),
    (r"\bfoo|bar", r"foo|bar"),
])
def test_loose_drops_only_the_leading_checks(pattern, loosened):
    assert loose(re.compile(pattern)).pattern == loosened


@pytest.mark.parametrize("pattern", [
    r"sos\b",                   # nothing to drop: the pattern itself
    r"(?<![)])x",               # a lookbehind with a class inside is left in place
    r"\b",                      # nothing would be left
])
def test_loose_keeps_what_it_cannot_safely_drop(pattern):
    compiled = re.compile(pattern)
    assert loose(compiled) is compiled
