"""Training the built-in classifier with scikit-learn, then compiling it (bot/nlu/model.py).

Intent model: TF-IDF over character n-grams, word n-grams and concept tokens (bot/nlu/features.py:
"quánh", "đánh" and "beat" are one concept, shared by both languages) of the normalised, folded,
abbreviation-expanded text; a linear SVM; sigmoid calibration fitted on cross-validated decisions
(CalibratedClassifierCV with ensemble=False), so confidence means something and a threshold can
say "not understood". Language model: logistic regression over short character n-grams of the
folded text, trained on the folder each example comes from (vi/ or en/).
scikit-learn is imported here only, so a process that just predicts never loads it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from bot.nlu.data import Example, NluDataError
from bot.nlu.model import Block, CompiledModel
from bot.nlu.normalize import normalize

SVM_C = 0.5
MIN_EXAMPLES_PER_INTENT = 5
USE_CONCEPTS = True


def _block(vectorizer, analyzer: str, offset: int) -> Block:
    terms = [""] * len(vectorizer.vocabulary_)
    for term, index in vectorizer.vocabulary_.items():
        terms[index] = term
    return Block(analyzer, terms, vectorizer.idf_.astype(np.float64), offset)


def fit(examples: Sequence[Example]):
    """Fit the scikit-learn objects; returns (vectorizers, calibrated classifier, language parts).
    Kept separate from `train` so tests can compare the compiled model with scikit-learn itself."""
    from scipy.sparse import hstack
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    from bot.nlu.features import char_ngrams, concepts, language_ngrams, word_ngrams

    counts: dict[str, int] = {}
    for example in examples:
        counts[example.intent] = counts.get(example.intent, 0) + 1
    thin = sorted(intent for intent, n in counts.items() if n < MIN_EXAMPLES_PER_INTENT)
    if len(counts) < 2 or thin:
        raise NluDataError(f"need at least {MIN_EXAMPLES_PER_INTENT} examples for each of two or "
                           f"more intents (too few: {', '.join(thin) or 'only one intent'})")
    texts = [normalize(e.text, e.language or "vi").expanded for e in examples]
    intents = [e.intent for e in examples]
    vectorizers = [("char", TfidfVectorizer(analyzer=char_ngrams, sublinear_tf=True)),
                   ("word", TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True))]
    if USE_CONCEPTS:
        vectorizers.append(("concept", TfidfVectorizer(analyzer=concepts, sublinear_tf=True)))
    features = hstack([v.fit_transform(texts) for _, v in vectorizers]).tocsr()
    folds = min(5, min(counts.values()))
    classifier = CalibratedClassifierCV(LinearSVC(C=SVM_C, random_state=0), method="sigmoid", cv=folds,
                                        ensemble=False).fit(features, intents)

    labelled = [e for e in examples if e.language]
    lang_vectorizer = TfidfVectorizer(analyzer=language_ngrams, sublinear_tf=True)
    if len({e.language for e in labelled}) == 2:
        lang_x = lang_vectorizer.fit_transform([normalize(e.text).folded for e in labelled])
        lang_model = LogisticRegression(C=10, max_iter=2000, random_state=0).fit(
            lang_x, [e.language == "en" for e in labelled])
    else:  # no vi/ and en/ folders: every text counts as Vietnamese unless written otherwise
        lang_vectorizer.fit(["a"])
        lang_model = None
    return vectorizers, classifier, (lang_vectorizer, lang_model)


def train(examples: Sequence[Example], meta: dict[str, object] | None = None) -> CompiledModel:
    """Fit on `examples` and compile into a CompiledModel."""
    started = time.perf_counter()
    compiled = compile_fitted(*fit(examples))
    compiled.meta = {**(meta or {}), "examples": len(examples),
                     "train_seconds": round(time.perf_counter() - started, 3)}
    return compiled


def compile_fitted(vectorizers, classifier, language) -> CompiledModel:
    """Keep only what prediction needs from the fitted scikit-learn objects."""
    lang_vectorizer, lang_model = language
    blocks: list[Block] = []
    offset = 0
    for analyzer, vectorizer in vectorizers:
        blocks.append(_block(vectorizer, analyzer, offset))
        offset += len(vectorizer.vocabulary_)
    calibrated = classifier.calibrated_classifiers_[0]
    svm = calibrated.estimator
    if list(svm.classes_) != list(classifier.classes_):
        raise AssertionError("class order differs between classifier and calibrators")
    lang_block = _block(lang_vectorizer, "lang", 0)
    if lang_model is not None:
        lang_coef, lang_intercept = lang_model.coef_[0].astype(np.float64), float(lang_model.intercept_[0])
    else:
        lang_coef, lang_intercept = np.zeros(len(lang_block.terms)), -10.0
    return CompiledModel(
        classes=tuple(str(c) for c in classifier.classes_),
        intent_blocks=blocks,
        coef=np.ascontiguousarray(svm.coef_.T, dtype=np.float64),
        intercept=svm.intercept_.astype(np.float64),
        calib_a=np.array([c.a_ for c in calibrated.calibrators], dtype=np.float64),
        calib_b=np.array([c.b_ for c in calibrated.calibrators], dtype=np.float64),
        lang_block=lang_block, lang_coef=lang_coef, lang_intercept=lang_intercept,
        meta={},
    )
