"""The acceptance figures on the held-out file, with and without diacritics."""

from __future__ import annotations

import pytest

from bot.core.safety import is_emergency
from bot.nlu.data import Example, read_file
from bot.nlu.evaluate import evaluate
from bot.nlu.normalize import strip_diacritics
from tests.nlu.conftest import HELDOUT


@pytest.fixture(scope="module")
def heldout() -> list[Example]:
    return read_file(HELDOUT)


def test_heldout_meets_the_targets(builtin, heldout):
    report = evaluate(builtin, heldout, is_emergency)
    assert report["accuracy"] >= 0.92, report["errors"]
    assert report["emergency_recall"] == 1.0
    assert report["emergency_false_alarm_rate"] <= 0.03
    assert report["macro_f1"] >= 0.9


def test_heldout_without_any_diacritic_still_meets_the_target(builtin, heldout):
    stripped = [Example(strip_diacritics(e.text), e.intent, e.language) for e in heldout]
    assert any(s.text != e.text for s, e in zip(stripped, heldout, strict=True))
    report = evaluate(builtin, stripped, is_emergency)
    assert report["accuracy"] >= 0.88, report["errors"]
    assert report["emergency_recall"] == 1.0


def test_the_report_counts_what_it_says():
    class Fixed:
        """An understander that always says greet, so every figure can be computed by hand."""

        def understand(self, text):
            from bot.nlu.understanding import Understanding

            return Understanding("greet", 0.9, "greet", {}, "vi")

    examples = [Example("a", "greet", ""), Example("b", "greet", ""), Example("c", "deny", ""),
                Example("cứu tôi với", "emergency", "")]
    report = evaluate(Fixed(), examples, is_emergency)
    assert report["accuracy"] == 0.5
    assert report["per_intent"]["greet"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667,
                                             "support": 2}
    assert report["per_intent"]["deny"]["recall"] == 0.0
    assert report["emergency_recall"] == 1.0  # the lexicon caught it
    assert report["emergency_false_alarm_rate"] == 0.0
    assert [e["text"] for e in report["errors"]] == ["c", "cứu tôi với"]
