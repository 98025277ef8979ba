"""The features the built-in classifier reads, as plain functions of normalised text.

The same functions feed scikit-learn's vectorisers at training time and the compiled model at
prediction time, so the two cannot drift apart, and predicting needs no scikit-learn import.
"""

from __future__ import annotations

from itertools import pairwise

CHAR_SIZES = (2, 3, 4, 5)


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries (like scikit-learn's `char_wb`): robust to typos,
    missing diacritics and words glued together."""
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        length = len(padded)
        for size in CHAR_SIZES:
            if size > length:
                break
            grams.extend(padded[i:i + size] for i in range(length - size + 1))
    return grams


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams: they carry order ("bi danh" vs "danh con") that characters miss."""
    tokens = text.split()
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def language_ngrams(text: str) -> list[str]:
    """Short character n-grams of the folded (unexpanded) text, for telling English from
    Vietnamese typed without diacritics: "ngu", "uoc", "kh" versus "th ", "ing", "ee"."""
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        for size in (1, 2, 3):
            grams.extend(padded[i:i + size] for i in range(len(padded) - size + 1))
    return grams + text.split()
