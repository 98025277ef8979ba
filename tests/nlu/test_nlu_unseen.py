"""Floors on the two held-out sets written apart from the training data.

`heldout_unseen.yml` has never been trained on, and only its danger misses were ever looked at;
`heldout_dev.yml` was measured once unseen, then its danger misses and false alarms were used to
improve the danger lexicon. No example of either is in intents/. The assertion messages carry
figures only, never the texts, so that a failing run does not turn the set into training data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.safety import is_emergency
from bot.nlu.data import Example, read_examples, read_file
from bot.nlu.evaluate import evaluate
from bot.nlu.normalize import fold, strip_diacritics

HERE = Path(__file__).parent
# Accuracy floors (regression guards, below today's figures: 0.897 and 0.865 on new text).
SETS = {"heldout_unseen.yml": 0.88, "heldout_dev.yml": 0.85}
# Small sets on one theme each, written later (heldout_places.yml: 53 examples, 0.849;
# heldout_feelings.yml: 47 examples, 0.957 unseen; heldout_residents.yml: 64 messages as
# residents type them, 0.938 unseen; heldout_pressure.yml: 22 on depression, threats of suicide
# made to keep the writer and a wife beaten, 0.864 unseen; heldout_typed.yml: 22 on getting
# away, divorce, death promised, stalking, forced marriage, teaching a child, 0.818 unseen).
THEMED = {"heldout_places.yml": 0.80, "heldout_feelings.yml": 0.88, "heldout_residents.yml": 0.88,
          "heldout_pressure.yml": 0.80, "heldout_typed.yml": 0.75}


def _figures(report: dict) -> dict:
    return {k: v for k, v in report.items() if not isinstance(v, (list, dict))}


def _unseen(name: str) -> list[Example]:
    """The set without the sentences that also occur in the training data (short everyday ones
    such as "hi there" are written the same way by anyone): only new text measures how the
    classifier generalises."""
    training = {fold(e.text) for e in read_examples(HERE.parents[1] / "intents")}
    return [e for e in read_file(HERE / name) if fold(e.text) not in training]


@pytest.mark.parametrize("name", sorted(SETS))
def test_held_out_sets_are_mostly_new_text(name):
    total, new = len(read_file(HERE / name)), len(_unseen(name))
    assert new >= 0.75 * total and new >= 300, (new, total)


@pytest.mark.parametrize("name", sorted(SETS) + sorted(THEMED))
@pytest.mark.parametrize("stripped", [False, True])
def test_unseen_text_danger_is_never_missed(builtin, name, stripped):
    examples = _unseen(name)
    if stripped:
        examples = [Example(strip_diacritics(e.text), e.intent, e.language) for e in examples]
    report = evaluate(builtin, examples, is_emergency)
    figures = _figures(report)
    print(f"\n{name}{' (no diacritics)' if stripped else ''}: {figures}")
    assert report["emergency_recall"] == 1.0, figures
    assert report["emergency_false_alarm_rate"] <= (0.03 if name in SETS else 0.10), figures
    assert report["accuracy"] >= {**SETS, **THEMED}[name], figures
