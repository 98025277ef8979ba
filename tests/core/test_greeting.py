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
    ("anh ơi em bị đánh", "em bị đánh"),
    ("a lô, có ai không", "có ai không"),
    ("hi, my partner hits me", "my partner hits me"),
    ("Hello there, my partner has been hitting me", "my partner has been hitting me"),
    ("good morning, my husband beat me last night", "my husband beat me last night"),
])
def test_a_greeting_in_front_is_taken_off(text: str, rest: str) -> None:
    assert without_greeting(text) == rest


@pytest.mark.parametrize("text", [
    "chào bạn", "xin chào", "hi", "chào bạn!", "alo alo", "em ơi",     # a greeting alone
    "chào bạn em bị chồng đánh",     # unpunctuated: as likely "hi, my friend is beaten"
    "bạn em bị đánh", "bạn trai em đánh em", "cháo này ngon", "history of abuse",
])
def test_anything_else_is_left_whole(text: str) -> None:
    assert without_greeting(text) == text
