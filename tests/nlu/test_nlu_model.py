"""The compiled model predicts exactly what scikit-learn predicts, and the disk cache retrains
only when the training data changes."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pytest

from bot.nlu import model as model_file
from bot.nlu.builtin import load_or_train, model_path, train_and_cache
from bot.nlu.data import read_examples, read_file
from bot.nlu.normalize import normalize
from bot.nlu.train import compile_fitted, fit, train
from tests.nlu.conftest import HELDOUT, ROOT

TINY = {
    "greet": ["xin chào", "chao ban", "alo ad oi", "chào em", "hello ad", "chao buoi sang"],
    "thanks": ["cảm ơn", "cam on ban", "tks ad", "cám ơn nhiều", "cam on nhieu nha", "em cảm ơn"],
    "deny": ["không", "ko", "khong can", "không phải", "chưa", "ko muon"],
}
TINY_EN = {"greet": ["hi", "hello there", "hey", "good morning", "hiya", "hello bot"],
           "thanks": ["thanks", "thank you", "thx", "many thanks", "cheers", "thanks a lot"],
           "deny": ["no", "nope", "no thanks", "not now", "never", "nah"]}


def write_tiny(folder: Path) -> Path:
    for language, table in (("vi", TINY), ("en", TINY_EN)):
        (folder / language).mkdir(parents=True, exist_ok=True)
        lines = ['version: "3.1"', "nlu:"]
        for intent, examples in table.items():
            lines += [f"- intent: {intent}", "  examples: |", *[f"    - {e}" for e in examples]]
        (folder / language / "nlu.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_compiled_model_equals_scikit_learn():
    examples = read_examples(ROOT / "intents")[::4]
    vectorizers, classifier, (lang_vec, lang_model) = fitted = fit(examples)
    compiled = compile_fitted(*fitted)
    from scipy.sparse import hstack

    texts = [normalize(e.text).expanded for e in read_file(HELDOUT)][:60]
    features = hstack([v.transform(texts) for _, v in vectorizers]).tocsr()
    expected = classifier.predict_proba(features)
    got = np.array([compiled.probabilities(t) for t in texts])
    assert list(compiled.classes) == list(classifier.classes_)
    np.testing.assert_allclose(got, expected, atol=1e-6)
    folded = [normalize(e.text).folded for e in read_file(HELDOUT)][:60]
    lang_expected = lang_model.predict_proba(lang_vec.transform(folded))[:, 1]
    lang_got = [compiled.english_probability(t) for t in folded]
    np.testing.assert_allclose(lang_got, lang_expected, atol=1e-9)


def test_word_cache_gives_the_same_scores_cold_warm_and_when_full(tmp_path: Path, monkeypatch):
    """The per-word n-gram cache is an optimisation only: a message scores the same whether its
    words were seen before, never seen, or pushed the cache past its bound (then emptied)."""
    compiled = train(read_examples(write_tiny(tmp_path / "intents")))
    texts = [normalize(t).expanded for t in ("chao ad oi", "cam on ban nhieu", "ko muon dau",
                                              "thanks a lot bot", "chao chao chao ban")]
    cold = [compiled.probabilities(t) for t in texts]
    warm = [compiled.probabilities(t) for t in texts]
    monkeypatch.setattr(model_file, "WORD_CACHE", 3)
    compiled.forget_words()
    bounded = [compiled.probabilities(t) for t in texts]
    for a, b, c in zip(cold, warm, bounded, strict=True):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(a, c)
    assert all(len(block.words_seen) <= 3 for block in compiled.intent_blocks)
    assert any(block.words_seen for block in compiled.intent_blocks)


def test_save_and_load_round_trip_without_pickle(tmp_path: Path):
    compiled = train(read_examples(write_tiny(tmp_path / "intents")))
    path = tmp_path / "m.npz"
    model_file.save(compiled, path)
    loaded = model_file.load(path)
    assert loaded.classes == compiled.classes
    for text in ("chao ad", "thanks so much", "ko dau"):
        np.testing.assert_allclose(loaded.probabilities(normalize(text).expanded),
                                   compiled.probabilities(normalize(text).expanded), atol=1e-6)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_cache_trains_once_and_again_only_when_the_data_changes(tmp_path: Path, caplog):
    intents, cache = write_tiny(tmp_path / "intents"), tmp_path / "cache"
    caplog.set_level(logging.INFO, logger="bot.nlu.builtin")
    load_or_train(intents, cache)
    first = model_path(intents, cache)
    assert first.exists() and "trained" in caplog.text
    stamp = first.stat().st_mtime_ns
    caplog.clear()
    load_or_train(intents, cache)
    assert "trained" not in caplog.text and first.stat().st_mtime_ns == stamp

    with (intents / "vi" / "nlu.yml").open("a", encoding="utf-8") as handle:
        handle.write("- intent: deny\n  examples: |\n    - thôi khỏi\n")
    load_or_train(intents, cache)
    second = model_path(intents, cache)
    assert second != first and second.exists() and not first.exists()
    assert "trained" in caplog.text


def test_forced_training_rewrites_and_a_broken_cache_file_is_retrained(tmp_path: Path, caplog):
    intents, cache = write_tiny(tmp_path / "intents"), tmp_path / "cache"
    _, path = train_and_cache(intents, cache)
    os.utime(path, ns=(0, 0))
    train_and_cache(intents, cache)
    assert path.stat().st_mtime_ns > 0
    path.write_bytes(b"not a model")
    caplog.set_level(logging.WARNING, logger="bot.nlu.builtin")
    model = load_or_train(intents, cache)
    assert "unusable" in caplog.text and model.classes == ("deny", "greet", "thanks")
    assert model_file.load(path).classes == model.classes


def test_a_model_of_another_format_version_is_refused(tmp_path: Path, monkeypatch):
    compiled = train(read_examples(write_tiny(tmp_path / "intents")))
    path = tmp_path / "m.npz"
    monkeypatch.setattr(model_file, "FORMAT_VERSION", model_file.FORMAT_VERSION - 1)
    model_file.save(compiled, path)
    monkeypatch.undo()
    with pytest.raises(model_file.ModelFileError, match="format"):
        model_file.load(path)
