"""Pronouns and particles alone give the classifier nothing to read danger in
(bot/core/content_words.py); the danger lexicons still read every message."""

from __future__ import annotations

import pytest

from bot.core.content_words import has_content
from bot.core.safety import is_violent_danger
from bot.nlu.understanding import Understanding


@pytest.mark.parametrize("text", ["em", "của em", "của tôi", "cho em", "cua e", "ổng", "me", "my",
                                  ""])
def test_pronouns_and_particles_alone_have_no_content(text):
    assert not has_content(text)


@pytest.mark.parametrize("text", ["em sợ", "cứu em", "help", "sos", "1", "😭", "dao"])
def test_any_other_word_is_content(text):
    assert has_content(text)


def test_the_classifiers_emergency_guess_on_a_pronoun_is_set_aside_but_the_lexicon_is_not():
    guess = Understanding("emergency", 0.47, "emergency")
    assert not is_violent_danger("của em", guess)
    assert is_violent_danger("cứu em", guess)
    assert is_violent_danger("cứu em", None)
    assert is_violent_danger("ổng đang đuổi theo em", guess)
