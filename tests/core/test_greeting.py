"""A greeting or a call to the bot in front of a message is taken off before it is read
(bot/core/greeting.py); a greeting alone, or one that may be "my friend", is left whole."""

from __future__ import annotations

import pytest

from bot.core.greeting import without_greeting


@pytest.mark.parametrize("text, rest", [
    ("chào bạn, em bị chồng đánh", "em bị chồng đánh"),
    ("Xin chào ạ. Chồng em hay đánh em", "Chồng em hay đánh em"),
    ("bạn ơi cứu mình với", "cứu mình với"),
    ("ad ơi cho e hỏi", "cho e hỏi"),
    ("dạ chào bạn, em bị chồng đánh", "em bị chồng đánh"),
    ("em chào ad, em cần giúp", "em cần giúp"),
    ("chao ban e bi ck danh", "e bi ck danh"),       # unpunctuated: the writer, most often
    ("chào chị, em bị chồng đánh", "em bị chồng đánh"),   # a kinship call before "em"
    ("chao anh, e bi ny danh", "e bi ny danh"),
    ("chị ơi em bị đánh", "em bị đánh"),
    ("a lô, có ai không", "có ai không"),
    ("hi, my partner hits me", "my partner hits me"),
    ("hi i need help", "i need help"),
    ("Hello there, my partner has been hitting me", "my partner has been hitting me"),
    ("good morning, my husband beat me last night", "my husband beat me last night"),
])
def test_a_greeting_in_front_is_taken_off(text: str, rest: str) -> None:
    assert without_greeting(text) == rest


@pytest.mark.parametrize("text", [
    "chào bạn", "xin chào", "hi", "chào bạn!", "alo alo", "em ơi",     # a greeting alone
    "chào bạn của em bị chồng đánh", "chào bạn thân em bị đánh",   # the friend is the subject
    "chao em, anh bi vo danh hoai",   # the call names the writer's pronoun: the anh writes
    "chao ban e no bi ck danh", "chào bạn em nó bị bố đánh", "chị ơi em nó bị đánh",  # "nó"
    "anh ơi, chị em bị đánh", "chào cô, con em bị đánh",
    "hi vong ban toi khong sao",     # "hi vọng": hope
    "bạn em bị đánh", "bạn trai em đánh em", "cháo này ngon", "history of abuse",
])
def test_anything_else_is_left_whole(text: str) -> None:
    assert without_greeting(text) == text
