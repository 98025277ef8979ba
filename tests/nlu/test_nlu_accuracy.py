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
    assert report["accuracy"] >= 0.95, report["errors"]
    assert report["emergency_recall"] == 1.0, report["emergency_missed"]
    assert report["emergency_false_alarm_rate"] <= 0.03, report["false_alarms"]
    assert report["macro_f1"] >= 0.93
    assert {"self_harm", "ask_human"} <= set(report["per_intent"])


def test_heldout_without_any_diacritic_still_meets_the_target(builtin, heldout):
    stripped = [Example(strip_diacritics(e.text), e.intent, e.language) for e in heldout]
    assert any(s.text != e.text for s, e in zip(stripped, heldout, strict=True))
    report = evaluate(builtin, stripped, is_emergency)
    assert report["accuracy"] >= 0.93, report["errors"]
    assert report["emergency_recall"] == 1.0, report["emergency_missed"]
    assert report["emergency_false_alarm_rate"] <= 0.03, report["false_alarms"]


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


def test_emergency_and_self_harm_are_one_danger_family():
    """Predicting self_harm for an emergency (or the reverse) is right for accuracy and counts
    as caught; predicting self_harm for anything else is a false alarm, even with no lexicon
    alarm."""
    from bot.nlu.understanding import Understanding

    class Says:
        def __init__(self, answers):
            self.answers = answers

        def understand(self, text):
            intent = self.answers[text]
            return Understanding(intent, 0.9, intent, {}, "vi")

    examples = [Example("x1", "emergency", ""), Example("x2", "self_harm", ""),
                Example("x3", "self_harm", ""), Example("x4", "greet", ""),
                Example("x5", "seek_help", "")]
    fake = Says({"x1": "self_harm", "x2": "emergency", "x3": "greet", "x4": "self_harm",
                 "x5": "seek_help"})
    never = lambda text, understanding: False  # noqa: E731
    report = evaluate(fake, examples, never)
    assert report["accuracy"] == 0.6  # x1, x2 (same family) and x5
    assert report["emergency_recall"] == 0.3333  # only x1: self_harm predicted
    assert report["emergency_missed"] == ["x2", "x3"]
    assert report["emergency_false_alarm_rate"] == 0.5 and report["false_alarms"] == ["x4"]
    assert report["per_intent"]["self_harm"]["recall"] == 0.0  # per-intent rows stay strict
