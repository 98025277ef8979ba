"""`companion nlu train|test|predict`: train the built-in classifier, score it on a labelled file,
or show what it understands in one message."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bot.cli import CommandError, add_config_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("nlu", help="train, test or try the free-text understanding",
                                   description=__doc__)
    add_config_option(parser)
    sub = parser.add_subparsers(dest="nlu_command", metavar="ACTION", required=True)

    train = sub.add_parser("train", help="retrain the built-in classifier on intents/ now",
                           description="Retrain the built-in classifier on the intents folder "
                                       "and replace the cached model, even if the data is unchanged.")
    add_config_option(train)
    train.set_defaults(func=_train)

    bundle = sub.add_parser(
        "bundle", help="write the model the package ships (after editing intents/)",
        description="Train on the intents folder and write the compressed model into "
                    "bot/nlu/bundled/, replacing the older one, so a fresh install answers "
                    "without training. Run it after editing intents/ and commit the file; "
                    "a test fails while the bundled model does not fit intents/.")
    add_config_option(bundle)
    bundle.set_defaults(func=_bundle)

    literals = sub.add_parser(
        "literals", help="write the table of pattern strings the package ships (after editing "
                         "the readers' patterns)",
        description="Read the required strings of every screened pattern of the readers and "
                    "write them into bot/nlu/bundled/required_literals.json, so a start reads "
                    "them from the table instead of parsing each pattern again. A pattern "
                    "missing from the table is read at start-up as before (slower, same answers).")
    add_config_option(literals)
    literals.set_defaults(func=_literals)

    test = sub.add_parser("test", help="score the classifier on a labelled Rasa NLU file",
                          description="Score on a Rasa NLU YAML file: accuracy, macro-F1, "
                                      "per-intent precision/recall, emergency recall and "
                                      "false-alarm rate, and the misclassified examples.")
    test.add_argument("file", type=Path, help="Rasa NLU YAML file with labelled examples")
    test.add_argument("--json", action="store_true", help="print one JSON object")
    test.add_argument("--strip-diacritics", action="store_true",
                      help="remove every diacritic from the examples before scoring")
    add_config_option(test)
    test.set_defaults(func=_test)

    predict = sub.add_parser("predict", help="show intent, confidence and entities as JSON",
                             description="Print what the bot understands in one message, as JSON.")
    predict.add_argument("text", help="the message")
    add_config_option(predict)
    predict.set_defaults(func=_predict)


def _wards(settings):
    from bot.knowledge.wards import WardIndex
    from bot.knowledge.yamlfile import DataFileError

    try:
        return WardIndex.load(settings.wards_file)
    except DataFileError as exc:
        raise CommandError(str(exc)) from None


def _understander(settings):
    from bot.nlu import build_understander
    from bot.nlu.data import NluDataError

    try:
        return build_understander(settings, _wards(settings))
    except NluDataError as exc:
        raise CommandError(str(exc)) from None


def _train(args: argparse.Namespace, settings) -> int:
    from bot.nlu.builtin import train_and_cache
    from bot.nlu.data import NluDataError

    started = time.perf_counter()
    try:
        model, path = train_and_cache(settings.nlu.intents_dir, settings.nlu.cache_dir)
    except NluDataError as exc:
        raise CommandError(str(exc)) from None
    print(f"trained on {model.meta['examples']} examples, {len(model.classes)} intents "
          f"in {time.perf_counter() - started:.1f} s → {path}")
    return 0


def _bundle(args: argparse.Namespace, settings) -> int:
    from bot.nlu.builtin import bundle
    from bot.nlu.data import NluDataError

    started = time.perf_counter()
    print(f"training on {settings.nlu.intents_dir} (a few seconds)…", file=sys.stderr, flush=True)
    try:
        model, path = bundle(settings.nlu.intents_dir)
    except NluDataError as exc:
        raise CommandError(str(exc)) from None
    print(f"bundled {len(model.classes)} intents, {model.meta['examples']} examples in "
          f"{time.perf_counter() - started:.1f} s → {path} ({path.stat().st_size:,} bytes)")
    return 0


def _literals(args: argparse.Namespace, settings) -> int:
    import bot.core.engine  # every reader, and so every screened pattern
    import bot.runtime  # noqa: F401
    from bot.nlu import prefilter

    count = prefilter.write_literals()
    print(f"{count} patterns → {prefilter.LITERALS_FILE}")
    return 0


def _test(args: argparse.Namespace, settings) -> int:
    from bot.core.safety import is_emergency
    from bot.nlu.data import INTENTS, Example, NluDataError, read_file
    from bot.nlu.evaluate import evaluate
    from bot.nlu.normalize import strip_diacritics

    try:
        # A test file written elsewhere may name intents this model does not know: they are
        # scored (as errors) rather than refused, and named once on stderr.
        examples = read_file(args.file, check_intents=False)
    except NluDataError as exc:
        raise CommandError(str(exc)) from None
    unknown = sorted({e.intent for e in examples} - set(INTENTS))
    if unknown:
        print(f"companion: {args.file}: intents the model does not know, scored as errors: "
              f"{', '.join(unknown)}", file=sys.stderr)
    if args.strip_diacritics:
        examples = [Example(strip_diacritics(e.text), e.intent, e.language) for e in examples]
    report = evaluate(_understander(settings), examples, is_emergency)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"{report['examples']} examples  accuracy {report['accuracy']:.3f}  "
          f"macro-F1 {report['macro_f1']:.3f}")
    print(f"emergency recall {report['emergency_recall']:.3f}  "
          f"false-alarm rate {report['emergency_false_alarm_rate']:.3f}")
    print(f"\n{'intent':<16} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    for intent, row in report["per_intent"].items():
        print(f"{intent:<16} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f} "
              f"{row['support']:>4}")
    if report["errors"]:
        print(f"\nmisclassified ({len(report['errors'])}):")
        for error in report["errors"]:
            print(f"  {error['expected']} → {error['predicted']} ({error['confidence']:.2f}): "
                  f"{error['text']}")
    return 0


def _predict(args: argparse.Namespace, settings) -> int:
    from bot.core.safety import is_emergency

    understanding = _understander(settings).understand(args.text)
    out = understanding.to_json()
    out["emergency"] = is_emergency(args.text, understanding)
    json.dump(out, sys.stdout, ensure_ascii=False)
    print()
    return 0
