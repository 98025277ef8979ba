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
    assert said.count("Are you in a safe place now?") == 1


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


# A second resident test, the same day: what it found and this stop fixed

def test_a_neighbour_next_door_gets_the_witness_advice(runtime):
    replies = _chat(runtime, "nhà kế bên ông chồng đang đánh vợ, la hét dữ lắm")
    assert first_numbers(replies)[:1] == ["113"]
    said = text_of(replies)
    assert "Nếu ai đó đang gặp nguy hiểm" in said
    assert "che bảo vệ đầu" not in said


@pytest.mark.parametrize("text", ["tôi cần số điện thoại cấp cứu", "cho xin sdt công an phường"])
def test_a_number_asked_gets_the_numbers_not_the_danger_advice(runtime, text):
    said = text_of(_chat(runtime, text))
    assert "115" in said or "113" in said
    assert "che bảo vệ đầu" not in said


@pytest.mark.parametrize("text", ["cứu", "cứu em với", "chồng em đánh em, gọi cấp cứu"])
def test_a_cry_for_help_is_still_danger(runtime, text):
    assert first_numbers(_chat(runtime, text))[:1] == ["113"]


@pytest.mark.parametrize("text", ["hỏi gì cũng ko hiểu", "mày ngu vl", "bot vô dụng quá"])
def test_a_complaint_in_vietnamese_gets_one_apology(runtime, text):
    said = text_of(_chat(runtime, text))
    assert "Xin lỗi bạn" in said
    assert said.count("trợ lý tự động") == 1
    assert "nghĩ quẩn" not in said


def test_a_place_that_helps_men_asked_opens_the_guide_for_men(runtime):
    assert "Dành cho nam giới bị bạo lực" in text_of(_chat(runtime, "có chỗ nào giúp đàn ông ko"))


def test_not_believed_at_the_safety_question_is_believed_not_read_as_unsafe(runtime):
    replies = _chat(runtime, "tôi là đàn ông, vợ tôi hay đánh và chửi tôi", "ko ai tin tôi cả")
    said = text_of(replies)
    assert "Mình tin bạn" in said
    assert "Bạn có đang an toàn không?" in said
    assert first_numbers(replies)[:1] != ["113"]


def test_the_hours_of_111_come_with_its_call_button(runtime):
    assert first_numbers(_chat(runtime, "tổng đài 111 làm việc mấy giờ")) == ["111"]


def test_the_means_in_hand_after_the_numbers_gets_what_to_do_with_it(runtime):
    replies = _chat(runtime, "chan qua, ko muon song nua", "dang o nha mot minh",
                    "co, toi co thuoc ngu trong tay")
    assert first_numbers(replies)[:1] == ["115"]
    assert "đặt nó xuống" in text_of(replies)


def test_the_means_in_hand_in_a_first_message_leads_the_advice(runtime):
    replies = _chat(runtime, "i'm holding the pills in my hand right now, i want to end it")
    assert first_numbers(replies)[:1] == ["115"]
    assert "put it down now" in text_of(replies)
