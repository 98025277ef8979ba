"""Scoring an understander on a labelled Rasa NLU file, like `rasa test nlu`.

A prediction below the confidence threshold counts as `out_of_scope`, because that is what the
engine does with it (the "not understood" answer).

The danger family is {emergency, self_harm}. Emergency figures use the whole emergency decision
(`bot.core.safety.is_emergency`: lexicon and classifier, self-harm signs included), since that is
what puts 113, 115 and 111 (or the self-harm pathway) on the screen:
- emergency recall: of the examples labelled emergency or self_harm, the share where the alarm
  fires or the classifier predicts self_harm;
- false-alarm rate: of the other examples, the share where the alarm fires or self_harm is
  predicted.
For accuracy, emergency and self_harm count as one label: both are answered by the danger pathway
first (numbers, then care fitted to the situation by bot/core/self_harm.py and situations.py), so
"em vừa uống cả vỉ thuốc" read as emergency or as self_harm gets the same first answer, and the
boundary between them (acting now vs thoughts) is decided by the engine's own rules, not by this
label. Every other label is strict. Per-intent rows keep the two labels apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.nlu.data import Example
from bot.nlu.understanding import Understander, Understanding

EMERGENCY = "emergency"
SELF_HARM = "self_harm"
# Names a test file written elsewhere may give the danger family ("suicide", "self-harm").
DANGER = frozenset({EMERGENCY, SELF_HARM, "self-harm", "selfharm", "suicide", "suicidal",
                    "danger", "urgent"})


def _safe_div(a: float, b: float) -> float:
    return a / b if b else 0.0


def same_answer(expected: str, predicted: str) -> bool:
    """Equal labels, or both in the danger family."""
    return expected == predicted or (expected in DANGER and predicted in DANGER)


def evaluate(understander: Understander, examples: Sequence[Example],
             is_emergency: Callable[[str, Understanding], bool]) -> dict[str, object]:
    """accuracy, macro_f1, per_intent {precision, recall, f1, support}, emergency_recall,
    emergency_false_alarm_rate, errors [{text, expected, predicted, confidence}]."""
    expected: list[str] = []
    predicted: list[str] = []
    errors: list[dict[str, object]] = []
    alarms_true = alarms_false = emergencies = others = 0
    missed: list[str] = []
    false_alarms: list[str] = []
    for example in examples:
        result = understander.understand(example.text)
        label = result.intent or "out_of_scope"
        expected.append(example.intent)
        predicted.append(label)
        if not same_answer(example.intent, label):
            errors.append({"text": example.text, "expected": example.intent, "predicted": label,
                           "confidence": round(result.confidence, 3)})
        alarm = bool(is_emergency(example.text, result)) or label == SELF_HARM
        if example.intent in DANGER:
            emergencies += 1
            alarms_true += alarm
            if not alarm:
                missed.append(example.text)
        else:
            others += 1
            alarms_false += alarm
            if alarm:
                false_alarms.append(example.text)
    labels = sorted(set(expected) | set(predicted))
    per_intent: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(e == p == label for e, p in zip(expected, predicted, strict=True))
        n_pred = predicted.count(label)
        n_true = expected.count(label)
        precision, recall = _safe_div(tp, n_pred), _safe_div(tp, n_true)
        per_intent[label] = {
            "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(_safe_div(2 * precision * recall, precision + recall), 4),
            "support": n_true,
        }
    scored = [v for k, v in per_intent.items() if v["support"]]
    correct = sum(same_answer(e, p) for e, p in zip(expected, predicted, strict=True))
    return {
        "examples": len(examples),
        "accuracy": round(_safe_div(correct, len(expected)), 4),
        "macro_f1": round(_safe_div(sum(v["f1"] for v in scored), len(scored)), 4),
        "per_intent": per_intent,
        "emergency_recall": round(_safe_div(alarms_true, emergencies), 4),
        "emergency_false_alarm_rate": round(_safe_div(alarms_false, others), 4),
        "emergency_missed": missed,
        "false_alarms": false_alarms,
        "errors": errors,
    }
