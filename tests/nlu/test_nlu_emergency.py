"""Danger first: the lexicon and the classifier together, in both languages and spellings; and
questions about violence are not emergencies."""

from __future__ import annotations

import pytest

from bot.core.safety import danger_signs, is_danger, is_emergency
from bot.nlu.understanding import Understanding

# Written for this test, not taken from intents/ or the held-out file.
DANGER = [
    "cuu toi voi ck dang danh toi", "chồng em đang cầm dao", "CỨUUU EM VỚI", "ck dg bop co e",
    "nó khóa em trong phòng rồi", "tôi sắp bị giết", "anh ta đang đập cửa đòi vào",
    "em khong muon song nua", "gọi 113 giùm tôi", "he is hitting me right now",
    "help me please he's got a gun", "my boyfriend locked me in", "i want to die",
    "hàng xóm đang bị đánh chảy máu",
]
NOT_DANGER = [
    "bạo lực thể chất là gì", "bao luc the chat la gi", "số cấp cứu là số mấy",
    "túi đồ khẩn cấp cần những gì", "what is domestic violence", "emergency numbers please?",
    "xin chào", "cảm ơn bạn", "tôi muốn tìm hiểu về bình đẳng giới", "dấu hiệu bạo hành là gì",
    "luật xử lý người đánh vợ thế nào", "what are my rights",
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_now_is_an_emergency(builtin, text):
    assert is_emergency(text, builtin.understand(text))


@pytest.mark.parametrize("text", NOT_DANGER)
def test_questions_and_chat_are_not_emergencies(builtin, text):
    understanding = builtin.understand(text)
    assert not is_emergency(text, understanding), (understanding, danger_signs(text))


def test_the_lexicon_alone_catches_danger_the_classifier_missed():
    nothing = Understanding(None, 0.1, "out_of_scope", {}, "vi")
    assert is_emergency("ck đg đánh e", nothing)
    assert is_danger("cuuuuu")
    assert not is_emergency("xin chào", nothing)
    assert not is_emergency("", None)


def test_the_classifier_alone_decides_when_the_lexicon_is_silent():
    text = "something unusual"
    assert not is_danger(text)
    assert is_emergency(text, Understanding("emergency", 0.8, "emergency", {}, "en"))
    assert is_emergency(text, Understanding(None, 0.35, "emergency", {}, "en"))
    assert not is_emergency(text, Understanding(None, 0.2, "emergency", {}, "en"))
