"""The package ships the model of its own intents/, so a fresh install answers its first message
without training; a model that no longer fits the data is never used."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import numpy as np

from bot.nlu import model as model_file
from bot.nlu.builtin import BUNDLED_DIR, bundle, bundled_path, load_or_train, model_ready
from bot.nlu.data import read_examples, read_file
from bot.nlu.normalize import normalize
from bot.nlu.train import train
from tests.nlu.conftest import HELDOUT, ROOT
from tests.nlu.test_nlu_model import write_tiny


def test_the_package_ships_the_model_of_its_intents_and_only_that_one():
    path = bundled_path(ROOT / "intents")
    assert path.exists(), ("intents/ changed since the bundled model was made: run "
                           "`companion nlu bundle` and commit bot/nlu/bundled/")
    assert sorted(BUNDLED_DIR.glob("*.npz")) == [path]
    assert path.stat().st_mode & stat.S_IROTH, "installed copies must be readable by the service"


def test_the_bundled_model_predicts_what_a_fresh_training_predicts():
    bundled = model_file.load(bundled_path(ROOT / "intents"))
    fresh = train(read_examples(ROOT / "intents"))
    assert bundled.classes == fresh.classes
    texts = [e.text for e in read_file(HELDOUT)][:300]
    for text in texts:
        expanded = normalize(text).expanded
        np.testing.assert_allclose(bundled.probabilities(expanded), fresh.probabilities(expanded),
                                   atol=1e-5, err_msg=text)
        assert abs(bundled.english_probability(normalize(text).folded)
                   - fresh.english_probability(normalize(text).folded)) < 1e-6


def test_a_fresh_install_loads_the_bundled_model_without_training(tmp_path: Path, caplog):
    cache = tmp_path / "empty-cache"
    caplog.set_level(logging.INFO, logger="bot.nlu.builtin")
    assert model_ready(ROOT / "intents", cache)
    model = load_or_train(ROOT / "intents", cache)
    assert "trained" not in caplog.text and not cache.exists()
    assert "emergency" in model.classes


def test_other_data_is_trained_on_first_use_and_a_broken_bundle_is_retrained(tmp_path: Path,
                                                                            caplog):
    intents, cache, shipped = write_tiny(tmp_path / "intents"), tmp_path / "cache", tmp_path / "b"
    assert not model_ready(intents, cache, shipped)
    _, path = bundle(intents, shipped)
    assert model_ready(intents, cache, shipped)
    caplog.set_level(logging.INFO, logger="bot.nlu.builtin")
    assert load_or_train(intents, cache, shipped).classes == ("deny", "greet", "thanks")
    assert "trained" not in caplog.text and not cache.exists()

    path.write_bytes(b"not a model")
    model = load_or_train(intents, cache, shipped)
    assert "bundled model unusable" in caplog.text and "trained" in caplog.text
    assert model.classes == ("deny", "greet", "thanks") and any(cache.glob("model-*.npz"))


def test_bundling_again_replaces_the_older_model(tmp_path: Path):
    intents, shipped = write_tiny(tmp_path / "intents"), tmp_path / "b"
    _, first = bundle(intents, shipped)
    with (intents / "vi" / "nlu.yml").open("a", encoding="utf-8") as handle:
        handle.write("- intent: deny\n  examples: |\n    - thôi khỏi\n")
    _, second = bundle(intents, shipped)
    assert second != first and sorted(shipped.glob("*.npz")) == [second]
