"""The embedded understander: the compiled classifier plus language detection and entity rules.

The model is stored under a key made of a hash of the training data and the model format, so a
process starts by loading one file. The package ships the model of its own intents/
(`bot/nlu/bundled/`, written by `companion nlu bundle`): a fresh install answers its first message
without training, which would take seconds. A model for other training data (an operator's own
intents folder, or intents/ edited since the bundle was made) is trained on first use and cached.
`companion nlu train` retrains on demand.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

from bot.knowledge.wards import WardIndex
from bot.nlu import entities
from bot.nlu.data import data_hash, read_examples
from bot.nlu.model import (
    FORMAT_VERSION,
    CompiledModel,
    ModelFileError,
    load,
    ranked,
    save,
    top,
)
from bot.nlu.normalize import Normalized, normalize
from bot.nlu.understanding import Understanding

log = logging.getLogger(__name__)

HELP_INTENTS = ("seek_help", "help_other")
DANGER_INTENTS = ("emergency", "self_harm")


def cache_key(intents_dir: Path) -> str:
    from bot.nlu import train  # the training settings are part of the key too
    seed = f"{data_hash(intents_dir)}:{FORMAT_VERSION}:{train.SVM_C}"
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


BUNDLED_DIR = Path(__file__).parent / "bundled"


def model_path(intents_dir: Path, cache_dir: Path) -> Path:
    return cache_dir / f"model-{cache_key(intents_dir)}.npz"


def bundled_path(intents_dir: Path, bundled_dir: Path = BUNDLED_DIR) -> Path:
    """Where the shipped model for this training data would be (it exists only for the data the
    package was bundled with)."""
    return model_path(intents_dir, bundled_dir)


def model_ready(intents_dir: Path, cache_dir: Path, bundled_dir: Path = BUNDLED_DIR) -> bool:
    """True when starting needs no training: a cached or a bundled model fits the data."""
    return model_path(intents_dir, cache_dir).exists() or \
        bundled_path(intents_dir, bundled_dir).exists()


def train_and_cache(intents_dir: Path, cache_dir: Path) -> tuple[CompiledModel, Path]:
    """Train on intents_dir and write the model into cache_dir (atomically); older models there
    are removed."""
    from bot.nlu.train import train

    path = model_path(intents_dir, cache_dir)
    model = train(read_examples(intents_dir), meta={"data": path.stem})
    save(model, path)
    for old in cache_dir.glob("model-*.npz"):
        if old != path:
            old.unlink(missing_ok=True)
    log.info("nlu: trained the built-in classifier on %s examples in %.1f s",
             model.meta.get("examples"), model.meta.get("train_seconds", 0.0))
    return model, path


def bundle(intents_dir: Path, bundled_dir: Path = BUNDLED_DIR) -> tuple[CompiledModel, Path]:
    """Train on intents_dir and write the compressed model the package ships; older bundled
    models are removed (one model in the package, the one of its intents/)."""
    from bot.nlu.train import train

    path = bundled_path(intents_dir, bundled_dir)
    model = train(read_examples(intents_dir), meta={"data": path.stem})
    save(model, path, compressed=True)
    path.chmod(0o644)    # a package file: readable by the service account that installs it
    for old in bundled_dir.glob("model-*.npz"):
        if old != path:
            old.unlink(missing_ok=True)
    return model, path


def load_or_train(intents_dir: Path, cache_dir: Path,
                  bundled_dir: Path = BUNDLED_DIR) -> CompiledModel:
    """The model for the current training data: the cached one, else the bundled one, else
    trained now (and cached)."""
    for where, path in (("cached", model_path(intents_dir, cache_dir)),
                        ("bundled", bundled_path(intents_dir, bundled_dir))):
        if path.exists():
            try:
                return load(path)
            except ModelFileError as exc:
                log.warning("nlu: %s model unusable (%s); retraining", where, exc)
    return train_and_cache(intents_dir, cache_dir)[0]


class BuiltinUnderstander:
    """Intent, confidence, entities and language of a message, all computed in-process."""

    def __init__(self, model: CompiledModel, threshold: float, wards: WardIndex | None = None,
                 default_language: str = "vi"):
        self.model = model
        self.threshold = threshold
        self.wards = wards
        self.default_language = default_language
        self._languages: dict[str, tuple[str, Normalized]] = {}
        self._recent: dict[str, Understanding] = {}

    @classmethod
    def from_settings(cls, settings, wards: WardIndex | None) -> BuiltinUnderstander:
        started = time.perf_counter()
        model = load_or_train(settings.nlu.intents_dir, settings.nlu.cache_dir)
        log.info("nlu: built-in classifier ready in %.0f ms", 1000 * (time.perf_counter() - started))
        return cls(model, settings.nlu.threshold, wards, settings.default_language)

    def language_of(self, text: str) -> tuple[str, Normalized]:
        """("vi" | "en", the text normalised for that language). The engine asks for the
        language first and the intent later (if at all), and a message sent again is read again:
        the recent answers are kept (as `understand` keeps its readings)."""
        found = self._languages.get(text)
        if found is None:
            if len(self._languages) >= self.RECENT:
                self._languages.clear()
            found = self._languages[text] = self._language_of(text)
        return found

    def _language_of(self, text: str) -> tuple[str, Normalized]:
        norm = normalize(text, "vi")
        if norm.has_vietnamese_marks:
            # English that names a Vietnamese place ("I live in Ninh Kiều") is still English.
            plain = [w for w, f in zip(norm.original.split(), norm.folded.split(), strict=True)
                     if w == f]
            words = len(norm.original.split())
            if len(plain) < max(3, 0.6 * words) or \
                    self.model.english_probability(" ".join(plain)) < 0.9:
                return "vi", norm
            return "en", normalize(text, "en")
        if not any(ch.isalpha() for ch in norm.folded):
            return self.default_language, norm
        if self.model.english_probability(norm.folded) >= 0.5:
            return "en", normalize(text, "en")
        return "vi", norm

    # How many recent messages' readings (and languages) are remembered. A sixth of the
    # messages people send are ones someone sent just before ("có", "an toàn", "chồng em đánh em", "i want to
    # die"); reading a message depends on nothing but its text, so the reading is reused. The
    # texts stay in memory only, as in the normalisation caches, and the whole table is dropped
    # when full.
    RECENT = 2048

    def understand(self, text: str) -> Understanding:
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= self.RECENT:
                self._recent.clear()
            found = self._recent[text] = self._understand(text)
        # (a copy of the entities: a caller's change never reaches the next reader of the text)
        return replace(found, entities=dict(found.entities))

    def forget_recent(self) -> None:
        """Drop the remembered readings (the benchmarks do, so each pass pays for its texts)."""
        self._recent.clear()
        self._languages.clear()

    def _understand(self, text: str) -> Understanding:
        language, norm = self.language_of(text)
        if not norm.expanded:
            return Understanding(None, 0.0, "out_of_scope", {}, language)
        proba = self.model.probabilities(norm.expanded)
        best, confidence = top(self.model, proba)
        ranking = tuple((name, round(share, 4)) for name, share in
                        islice(ranked(self.model, proba), 3))
        danger = {i: float(proba[self.model.classes.index(i)]) for i in DANGER_INTENTS
                  if i in self.model.classes}
        if best not in danger and sum(danger.values()) > confidence:
            # Emergency and self-harm share the danger pathway: together they outweigh the best
            # single guess, so the message is read as the likelier of the two (recall first).
            best = max(danger, key=danger.__getitem__)
            confidence = sum(danger.values())
            ranking = ((best, round(confidence, 4)),) + tuple(
                (name, round(share, 4)) for name, share in islice(
                    ((n, p) for n, p in ranked(self.model, proba) if n not in DANGER_INTENTS), 2))
        if best in HELP_INTENTS and (who := entities.victim(norm.expanded)):
            # The classifier knows it is a help request; who it is for is better read from where
            # Vietnamese puts the victim ("mẹ tôi bị…" vs "tôi bị…") than from word statistics.
            best = "seek_help" if who == "self" else "help_other"
            confidence = sum(float(proba[self.model.classes.index(i)]) for i in HELP_INTENTS
                             if i in self.model.classes)
            ranking = ((best, round(confidence, 4)),) + tuple(
                islice((pair for pair in ranked(self.model, proba)
                        if pair[0] not in HELP_INTENTS), 2))
            ranking = tuple((name, round(share, 4)) for name, share in ranking)
        intent = best if confidence >= self.threshold else None
        found = entities.extract(text, norm.expanded, intent, self.wards)
        return Understanding(intent, confidence, best, found, language, ranking)
