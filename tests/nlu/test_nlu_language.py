"""The language a message is written in, including Vietnamese typed without diacritics."""

from __future__ import annotations

import pytest

VI = ["chồng tôi hay đánh tôi", "tiếng Việt please", "cho mình hỏi về help center ở Cái Răng", "chong toi hay danh toi", "ck danh e", "o gan day co cho nao ko",
      "cam on ban nhieu", "toi can giup", "bao luc gia dinh la gi", "ko", "xin chao",
      "so duong day nong la gi", "em bi quay roi"]
EN = ["my husband hits me", "where can I get help", "thanks a lot", "what is gender equality",
      "is this chat private", "pls help", "hello there", "I am scared of him",
      "I live in Ninh Kiều, where can I go?", "is there a shelter near Cái Răng"]


@pytest.mark.parametrize("text", VI)
def test_vietnamese(builtin, text):
    assert builtin.understand(text).language == "vi"


@pytest.mark.parametrize("text", EN)
def test_english(builtin, text):
    assert builtin.understand(text).language == "en"


def test_text_without_letters_gets_the_default_language(builtin):
    assert builtin.understand("😭").language == "vi"
    result = builtin.understand("!!!")
    assert result.intent is None and result.confidence == 0.0
