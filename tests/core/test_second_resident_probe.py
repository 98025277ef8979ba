"""What a second look at the resident test's leftovers fixed (2026-12-07), through the real
engine: "not yet" while danger goes on no longer repeats the whole block of steps word for word;
a witness is told "if someone is in danger", not "if you are"; a language switched in the middle
of a request asks its question once; a man asking whether men can be helped gets the guide for
men, not the article on equality; "chán quá" said alone is met as distress, not "not understood".

(The sentences are written for these tests.)"""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from tests.core.talk import chat, first_numbers, text_of


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


def _chat(rt, *turns: str) -> list[Reply]:
    return chat(rt, *turns, prefix="resident2")


@pytest.mark.parametrize("told,no", [("ổng đang đánh em trong bếp", "ko"),
                                     ("ổng đang đánh em trong bếp", "chưa"),
                                     ("he is hitting me in the kitchen", "not yet")])
def test_not_yet_while_danger_goes_on_keeps_the_numbers_without_the_block_again(runtime, told, no):
    first = text_of(_chat(runtime, told))
    assert "Một vài điều có thể giúp" in first or "Some things that may help" in first
    again = _chat(runtime, told, no)
    assert first_numbers(again)[:1] == ["113"]
    said = text_of(again)
    assert "Mình vẫn ở đây với bạn" in said or "are still there if you need them" in said
    assert "Một vài điều có thể giúp" not in said and "Some things that may help" not in said


def test_what_to_do_asked_while_danger_goes_on_still_gets_the_steps(runtime):
    replies = _chat(runtime, "ổng đang đánh em trong bếp", "giờ em phải làm sao")
    assert first_numbers(replies)[:1] == ["113"]
    assert "Một vài điều có thể giúp" in text_of(replies)


@pytest.mark.parametrize("text,line", [
    ("bên nhà hàng xóm ông chồng đang đánh vợ dữ lắm", "Nếu ai đó đang gặp nguy hiểm"),
    ("the man next door is beating his wife right now", "If someone is in danger"),
])
def test_a_witness_is_told_if_someone_is_in_danger(runtime, text, line):
    replies = _chat(runtime, text)
    assert first_numbers(replies)[:1] == ["113"]
    assert replies[0].text.startswith(line)


def test_the_writer_in_danger_is_still_told_if_you_are_in_danger(runtime):
    replies = _chat(runtime, "chồng em đang bóp cổ em")
    assert "Nếu bạn đang gặp nguy hiểm" in text_of(replies)


def test_a_language_switched_mid_request_asks_the_question_once(runtime):
    said = text_of(_chat(runtime, "btn:m:help", "can you talk in english"))
    assert said.count("Are you safe right now?") == 1


@pytest.mark.parametrize("text,title", [
    ("đàn ông có được giúp không", "Dành cho nam giới bị bạo lực"),
    ("do you help men too?", "For men facing violence"),
])
def test_a_man_asking_whether_men_are_helped_gets_the_guide_for_men(runtime, text, title):
    assert title in text_of(_chat(runtime, text))


def test_a_son_asked_about_is_not_the_guide_for_men(runtime):
    assert "Dành cho nam giới" not in text_of(_chat(runtime, "con trai tôi có được giúp không"))


@pytest.mark.parametrize("text", ["chán quá", "chan qua di", "chán thật sự"])
def test_fed_up_said_alone_is_met_as_distress(runtime, text):
    said = text_of(_chat(runtime, text))
    assert "Mình ở đây với bạn" in said
    assert "Mình chưa hiểu hết ý bạn" not in said


def test_a_sore_leg_is_not_distress(runtime):
    assert "Mình ở đây với bạn" not in text_of(_chat(runtime, "đau chân quá"))
