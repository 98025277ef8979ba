"""What a third resident test found (2026-12-07), through the real engine, typed as people type.

A pregnant woman kicked in the belly whose belly "hurts a little" now; a husband "still yelling
and smashing things" after the numbers; a mother put out in the street "with my two little
ones" (her own danger, not a child's); a mother whose daughter was touched, thanked as a parent;
an ex threatening to leak the writer's own clip; a wish to die told first, then his violence,
each believed; "đánh giá" (rate) the bot is no danger.

(The sentences are written for these tests in other words than the test's own.)"""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from tests.core.talk import chat, first_numbers, text_of


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


def _chat(rt, *turns: str) -> list[Reply]:
    return chat(rt, *turns, prefix="third-resident")


def test_a_belly_that_hurts_a_little_after_a_kick_in_pregnancy_gets_115_first(runtime):
    replies = _chat(runtime, "em có bầu 5 tháng, tối nay chồng đá vào bụng em",
                    "giờ bụng em bắt đầu đau")
    assert first_numbers(replies)[:1] == ["115"]


@pytest.mark.parametrize("still", ["ổng vẫn đang quậy phá đập đồ", "he's still smashing things"])
def test_still_raging_after_the_numbers_gets_the_numbers_again_not_a_form(runtime, still):
    first = "chồng vừa đánh em" if "ổng" in still else "my husband just hit me"
    replies = _chat(runtime, first, still)
    assert first_numbers(replies)[:1] == ["113"]
    assert "phường/xã nào" not in text_of(replies) and "Which ward" not in text_of(replies)


def test_put_out_in_the_street_with_her_children_gets_her_own_advice(runtime):
    replies = _chat(runtime, "chồng đuổi em ra khỏi nhà, em đang đứng ngoài đường với hai đứa con")
    assert first_numbers(replies)[:1] == ["113"]
    assert "bảo vệ trẻ em" not in text_of(replies)
    assert "bảo vệ trẻ em" not in text_of(_chat(runtime, "ổng đuổi em với bé ra đường rồi"))


def test_a_parent_telling_of_their_own_childs_abuse_is_thanked_as_a_parent(runtime):
    said = text_of(_chat(runtime, "bé nhà em 7 tuổi bị chú hàng xóm sờ mó"))
    assert "không phải lỗi của con" in said and "111" in said
    assert "người đó" not in said.casefold()


def test_her_own_clip_threatened_is_her_own_request(runtime):
    said = text_of(_chat(runtime, "người yêu cũ dọa tung video nóng của em lên mạng"))
    assert "Người đó (và bạn)" not in said and "quan tâm đến người đó" not in said


def test_violence_told_inside_the_crisis_pathway_is_believed_too(runtime):
    replies = _chat(runtime, "em không muốn sống nữa", "mấy năm nay chồng em hay chửi và đánh em")
    said = text_of(replies)
    assert "không phải lỗi của bạn" in said


@pytest.mark.parametrize("text", ["đánh giá giúp mình con bot này với", "chồng em đánh thức em dậy lúc 5h"])
def test_rating_the_bot_or_being_woken_is_no_danger(runtime, text):
    replies = _chat(runtime, text)
    assert first_numbers(replies)[:1] not in (["113"], ["115"])
    assert "Bạn có đang an toàn" not in text_of(replies)


@pytest.mark.parametrize("text", ["đêm qua em bị người yêu cũ cưỡng hiếp", "my ex raped me yesterday"])
def test_a_rape_told_as_days_recent_gets_the_hours_for_care_at_once(runtime, text):
    said = text_of(_chat(runtime, text))
    assert "72" in said and "PEP" in said


def test_a_rape_long_ago_is_not_told_the_hours(runtime):
    assert "PEP" not in text_of(_chat(runtime, "mấy năm trước em bị cưỡng hiếp, giờ vẫn ám ảnh"))


@pytest.mark.parametrize("text", ["bé nhà em mới 3 tuổi, ly hôn thì ai được nuôi", "cha hay mẹ có quyền giữ con"])
def test_custody_asked_by_who_raises_the_child_gets_the_legal_aid_answer(runtime, text):
    assert "Trợ giúp pháp lý" in text_of(_chat(runtime, text))


def test_a_shelter_asked_for_in_the_city_by_name_keeps_the_shelter_filter(runtime):
    said = text_of(_chat(runtime, "cho tôi hỏi nhà tạm lánh ở cần thơ"))
    assert "Dịch vụ: Nơi tạm lánh" in said
    assert "Công an phường/xã nơi bạn ở" not in said


def test_a_label_asked_for_with_a_verb_is_its_button(runtime):
    said = text_of(_chat(runtime, "nhà tạm lánh ở cái răng", "cho xem tất cả"))
    assert "chưa hiểu" not in said and "Nơi hỗ trợ" in said


@pytest.mark.parametrize("turns", [("tôi không muốn sống nữa", "chưa làm gì hết, chỉ nghĩ trong đầu thôi"),
                                   ("i want to end my life", "i haven't done anything yet, just thinking")])
def test_only_thoughts_at_the_crisis_question_are_believed_and_not_asked_again(runtime, turns):
    replies = _chat(runtime, *turns)
    said = text_of(replies)
    assert "096 306 1414" in said and "115" in said
    assert "Bạn có đang an toàn lúc này không?" not in said and "Are you safe right now?" not in said and \
        "Are you in a safe place now?" not in said


def test_nothing_done_yet_but_tonight_is_acting_now(runtime):
    replies = _chat(runtime, "tôi không muốn sống nữa", "chưa làm gì, nhưng tối nay sẽ làm")
    assert first_numbers(replies)[:1] == ["115"]
