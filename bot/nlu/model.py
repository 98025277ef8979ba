"""The compiled built-in classifier: plain arrays, loaded without scikit-learn.

Training (bot/nlu/train.py) fits scikit-learn's TF-IDF vectorisers and a calibrated linear model,
then keeps only what prediction needs: the vocabularies, IDF weights, coefficients and the
calibration curves. Predicting one message is then a few dictionary look-ups and one small matrix
product, well under a millisecond, and loading is reading one `.npz` file, with no pickle (a cache
file can never execute code).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.nlu.features import (
    char_ngrams,
    char_word_grams,
    concepts,
    language_ngrams,
    language_word_grams,
    word_ngrams,
)

# Bump when features or normalisation change, so cached models trained by older code are retrained.
FORMAT_VERSION = 29
ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "char": char_ngrams, "word": word_ngrams, "lang": language_ngrams, "concept": concepts,
}
# Analyzers whose n-grams stay inside one word, with their one-word form (see
# Block._word_local_columns), and how many words' columns each such block remembers.
WORD_GRAMS: dict[str, Callable[[str], list[str]]] = {
    "char": char_word_grams, "lang": language_word_grams,
}
WORD_CACHE = 20_000


class ModelFileError(Exception):
    """A cached model file is unreadable or from another format version (it is then retrained)."""


@dataclass
class Block:
    """One TF-IDF vectoriser (sublinear tf, smooth idf, l2 norm) reduced to its vocabulary."""

    analyzer: str
    terms: list[str]
    idf: np.ndarray
    offset: int = 0
    index: dict[str, int] = field(default_factory=dict)
    words_seen: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.index:
            self.index = {term: i for i, term in enumerate(self.terms)}

    def columns(self, text: str) -> list[int]:
        """The global column (with the offset) of each known term of `text`, repeats kept."""
        if self.analyzer in WORD_GRAMS:
            local = self._word_local_columns(text)
        else:
            local = [j for j in map(self.index.get, ANALYZERS[self.analyzer](text))
                     if j is not None]
        offset = self.offset
        return [j + offset for j in local] if offset else local

    def transform(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices (global, with the offset) and TF-IDF values, as sklearn computes them."""
        # Counted and logged in C (map, Counter, fromiter, np.log), the unknown terms' None
        # dropped after: the same columns in the same order, 15% faster than a generator.
        if self.analyzer in WORD_GRAMS:
            counts = Counter(self._word_local_columns(text))
        else:
            counts = Counter(map(self.index.get, ANALYZERS[self.analyzer](text)))
            counts.pop(None, None)     # type: ignore[call-overload]
        if not counts:
            return np.zeros(0, np.intp), np.zeros(0)
        # (the columns as one index array: numpy converts a list again at every use)
        cols = np.fromiter(counts, np.intp, len(counts))
        values = (np.log(np.fromiter(counts.values(), float, len(cols))) + 1.0) * self.idf[cols]
        values /= np.sqrt(values @ values)
        return cols + self.offset if self.offset else cols, values

    def _word_local_columns(self, text: str) -> list[int]:
        """The known columns of a within-word analyzer, word by word from a bounded cache.

        Character n-grams never cross a space, so a message's grams are its words' grams in
        order: the same list the analyzer gives, without re-slicing the few thousand syllables
        people actually type (a third of the classifier's time). Only single words are kept,
        and at most WORD_CACHE of them; the whole cache is dropped when full."""
        cache = self.words_seen
        get = self.index.get
        columns: list[int] = []
        for word in text.split():
            known = cache.get(word)
            if known is None:
                if len(cache) >= WORD_CACHE:
                    cache.clear()
                grams = WORD_GRAMS[self.analyzer](word)
                known = cache[word] = [j for j in map(get, grams) if j is not None]
            columns += known
        if self.analyzer == "lang":       # language_ngrams ends with the words themselves
            columns += [j for j in map(get, text.split()) if j is not None]
        return columns


@dataclass
class CompiledModel:
    classes: tuple[str, ...]
    intent_blocks: list[Block]
    coef: np.ndarray        # (n_features, n_classes): rows are gathered per message
    intercept: np.ndarray   # (n_classes,)
    calib_a: np.ndarray     # sigmoid calibration per class: p = 1 / (1 + exp(a·f + b))
    calib_b: np.ndarray
    lang_block: Block
    lang_coef: np.ndarray   # (n_lang_features,): positive means English
    lang_intercept: float
    meta: dict[str, object]

    def __post_init__(self) -> None:
        # The intent blocks side by side, so a message costs one pass of array operations
        # rather than one per block: every block's IDF weights, and each block's first column.
        self._idf = np.concatenate([block.idf for block in self.intent_blocks])
        # Each column's block, looked up (one gather) rather than searched for in the offsets
        self._block_of = np.zeros(len(self._idf), np.intp)
        for i, block in enumerate(self.intent_blocks):
            self._block_of[block.offset:block.offset + len(block.terms)] = i

    def decision(self, text: str) -> np.ndarray:
        """The linear model's scores: each block's sublinear TF-IDF vector (l2-normalised on
        its own, as each scikit-learn vectoriser does) times the coefficients."""
        counts: Counter[int] = Counter()
        for block in self.intent_blocks:
            counts.update(block.columns(text))
        if not counts:
            return self.intercept.copy()
        # (the columns as one index array, made once: each use of a list converts it again,
        # 6 µs a time)
        cols = np.fromiter(counts, np.intp, len(counts))
        values = (np.log(np.fromiter(counts.values(), float, len(cols))) + 1.0) * self._idf[cols]
        which = self._block_of[cols]
        norms = np.sqrt(np.bincount(which, values * values, len(self.intent_blocks)))
        values /= norms[which]
        return self.intercept + values @ self.coef[cols]

    def forget_words(self) -> None:
        """Empty the blocks' per-word caches (benchmarks, to measure words never seen)."""
        for block in (*self.intent_blocks, self.lang_block):
            block.words_seen.clear()

    def probabilities(self, text: str) -> np.ndarray:
        """Calibrated class probabilities, equal to CalibratedClassifierCV.predict_proba."""
        proba = 1.0 / (1.0 + np.exp(self.calib_a * self.decision(text) + self.calib_b))
        total = proba.sum()
        if total == 0:
            return np.full(len(self.classes), 1.0 / len(self.classes))
        return proba / total

    def english_probability(self, folded: str) -> float:
        cols, values = self.lang_block.transform(folded)
        score = self.lang_intercept + (float(values @ self.lang_coef[cols]) if len(cols) else 0.0)
        return 1.0 / (1.0 + math.exp(-score))


def _terms(array: np.ndarray) -> list[str]:
    return [str(t) for t in array.tolist()]


def save(model: CompiledModel, path: Path, *, compressed: bool = False) -> None:
    """Write atomically: a reader sees the old file or the complete new one, never half of one.
    `compressed` (the bundled model shipped in the package) is 4× smaller and loads as fast."""
    arrays: dict[str, np.ndarray] = {
        "classes": np.array(model.classes), "coef": model.coef.astype(np.float32),
        "intercept": model.intercept, "calib_a": model.calib_a, "calib_b": model.calib_b,
        "lang_terms": np.array(model.lang_block.terms), "lang_idf": model.lang_block.idf,
        "lang_coef": model.lang_coef, "lang_intercept": np.array([model.lang_intercept]),
        "meta": np.array([json.dumps({**model.meta, "format": FORMAT_VERSION,
                                      "blocks": [b.analyzer for b in model.intent_blocks]})]),
    }
    for i, block in enumerate(model.intent_blocks):
        arrays[f"terms_{i}"] = np.array(block.terms)
        arrays[f"idf_{i}"] = block.idf
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".model-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            (np.savez_compressed if compressed else np.savez)(handle, **arrays)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path) -> CompiledModel:
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"][0]))
            if meta.get("format") != FORMAT_VERSION:
                raise ModelFileError(f"{path.name}: model format {meta.get('format')}")
            blocks: list[Block] = []
            offset = 0
            for i, analyzer in enumerate(meta["blocks"]):
                terms = _terms(data[f"terms_{i}"])
                blocks.append(Block(analyzer, terms, data[f"idf_{i}"], offset))
                offset += len(terms)
            return CompiledModel(
                classes=tuple(_terms(data["classes"])), intent_blocks=blocks,
                coef=data["coef"].astype(np.float64), intercept=data["intercept"],
                calib_a=data["calib_a"], calib_b=data["calib_b"],
                lang_block=Block("lang", _terms(data["lang_terms"]), data["lang_idf"]),
                lang_coef=data["lang_coef"], lang_intercept=float(data["lang_intercept"][0]),
                meta=meta,
            )
    except ModelFileError:
        raise
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{path.name}: unreadable model ({type(exc).__name__})") from None


def top(model: CompiledModel, proba: np.ndarray) -> tuple[str, float]:
    best = int(np.argmax(proba))
    return model.classes[best], float(proba[best])


def classes_sorted(model: CompiledModel, proba: np.ndarray) -> Sequence[tuple[str, float]]:
    order = np.argsort(-proba)
    return [(model.classes[i], float(proba[i])) for i in order]


def ranked(model: CompiledModel, proba: np.ndarray) -> Iterator[tuple[str, float]]:
    """`classes_sorted`, one class at a time: a ranking of three reads three, not all."""
    classes = model.classes
    for i in np.argsort(-proba).tolist():
        yield classes[i], float(proba[i])
