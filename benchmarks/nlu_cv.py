"""NLU cross-validation on the training data: how the built-in classifier does on text it has not
seen, without spending the held-out files.

    .venv/bin/python -m benchmarks.nlu_cv [--folds 5] [--config config.toml] [--json]

Folds are stratified by intent and grouped by the normalised text, so the twin of an example
(the same sentence typed with and without diacritics, or with chat abbreviations: "ck đg đánh e"
and "chong dang danh em" normalise alike) is never in training while the other is tested.
Each fold trains a model on the rest and is scored like `companion nlu test` (bot/nlu/evaluate.py:
emergency and self_harm as one danger family, the alarm is bot.core.safety.is_emergency), on the
fold's text as written and with every diacritic stripped. Training time is per fold.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from benchmarks.project import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--config", type=Path, default=ROOT / "config.toml")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the misclassified examples")
    args = parser.parse_args(argv)

    from sklearn.model_selection import StratifiedGroupKFold

    from bot.config import load_config
    from bot.core.safety import is_emergency
    from bot.knowledge.wards import WardIndex
    from bot.nlu.builtin import BuiltinUnderstander
    from bot.nlu.data import Example, read_examples
    from bot.nlu.evaluate import evaluate
    from bot.nlu.normalize import normalize, strip_diacritics
    from bot.nlu.train import train

    settings = load_config(args.config)
    wards = WardIndex.load(settings.wards_file)
    examples = read_examples(settings.nlu.intents_dir)
    groups = [normalize(e.text, e.language or "vi").expanded for e in examples]
    labels = [e.intent for e in examples]
    splitter = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=0)
    totals = {"examples": 0, "correct": 0.0, "correct_stripped": 0.0, "danger": 0, "caught": 0.0,
              "others": 0, "alarms": 0.0, "caught_stripped": 0.0, "alarms_stripped": 0.0}
    train_seconds: list[float] = []
    errors: list[dict[str, object]] = []
    missed: list[str] = []
    false_alarms: list[str] = []
    for train_idx, test_idx in splitter.split(examples, labels, groups):
        started = time.perf_counter()
        model = train([examples[i] for i in train_idx])
        train_seconds.append(time.perf_counter() - started)
        understander = BuiltinUnderstander(model, settings.nlu.threshold, wards,
                                           settings.default_language)
        test = [examples[i] for i in test_idx]
        stripped = [Example(strip_diacritics(e.text), e.intent, e.language) for e in test]
        for name, batch in (("", test), ("_stripped", stripped)):
            report = evaluate(understander, batch, is_emergency)
            n = report["examples"]
            danger = sum(e.intent in ("emergency", "self_harm") for e in batch)
            totals[f"correct{name}"] += report["accuracy"] * n
            totals[f"caught{name}"] += report["emergency_recall"] * danger
            totals[f"alarms{name}"] += report["emergency_false_alarm_rate"] * (n - danger)
            if not name:
                totals["examples"] += n
                totals["danger"] += danger
                totals["others"] += n - danger
                errors += report["errors"]
                missed += report["emergency_missed"]
                false_alarms += report["false_alarms"]
    result = {
        "folds": args.folds,
        "examples": totals["examples"],
        "accuracy": round(totals["correct"] / totals["examples"], 4),
        "accuracy_stripped": round(totals["correct_stripped"] / totals["examples"], 4),
        "emergency_recall": round(totals["caught"] / totals["danger"], 4),
        "emergency_recall_stripped": round(totals["caught_stripped"] / totals["danger"], 4),
        "false_alarm_rate": round(totals["alarms"] / totals["others"], 4),
        "false_alarm_rate_stripped": round(totals["alarms_stripped"] / totals["others"], 4),
        "train_seconds_max": round(max(train_seconds), 2),
        "missed": missed,
        "false_alarms": false_alarms,
    }
    if args.errors:
        result["errors"] = errors
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for key in ("folds", "examples", "accuracy", "accuracy_stripped", "emergency_recall",
                "emergency_recall_stripped", "false_alarm_rate", "false_alarm_rate_stripped",
                "train_seconds_max"):
        print(f"{key:<28} {result[key]}")
    print(f"\nmissed danger ({len(missed)}):")
    for text in missed:
        print(f"  {text}")
    print(f"\nfalse alarms ({len(false_alarms)}):")
    for text in false_alarms:
        print(f"  {text}")
    if args.errors:
        print(f"\nmisclassified ({len(errors)}):")
        for error in errors:
            print(f"  {error['expected']} → {error['predicted']} ({error['confidence']:.2f}): "
                  f"{error['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
