"""Turns an exploratory test found misread (2026-12-07: multi-turn typed conversations played as
residents), through the real engine and the classifier.

A wish to die, then the numbers to call now, then "giờ em an toàn rồi": the answer is heard, not
asked for again. Alone at home is no "safe". A number asked in a few words in the middle of a
request gets the numbers. "Should I call the police?" gets a plain yes, 113. Someone at a height
is told first to step back from the edge. Her own bleeding, told, stays hers when she answers
"chưa". Animals fighting are no story of violence, and an exam's "dead" is never offered as
thoughts of dying.

(The sentences are written for these tests.)"""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from tests.core.talk import chat, crisis_or_now, first_numbers, text_of


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


def _chat(rt, *turns: str) -> list[Reply]:
    return chat(rt, *turns, prefix="resident")


def _payloads(replies: list[Reply]) -> list[str]:
    return [b.payload for r in replies for b in r.buttons if b.payload]


@pytest.mark.parametrize("safe", ["giờ em an toàn rồi", "em ổn mà", "thoi e on", "i'm safe now"])
def test_safe_said_after_the_numbers_to_call_now_is_heard(runtime, safe):
    first = "i want to kill myself" if safe.startswith("i'm") else "em muốn tự tử"
    no = "no" if safe.startswith("i'm") else "không"
    replies = _chat(runtime, first, no, safe)
    assert "x:safe" not in _payloads(replies)           # the question is not asked again
    assert "Mừng là lúc này bạn an toàn" in text_of(replies) or "glad" in text_of(replies).lower()


def test_fine_said_after_pills_still_asks_for_115(runtime):
    replies = _chat(runtime, "em vừa uống hết vỉ thuốc ngủ", "em ổn mà")
    assert "115" in text_of(replies)
    assert "Mừng là lúc này bạn an toàn" not in text_of(replies)


@pytest.mark.parametrize("alone", ["em đang ở nhà một mình", "im home alone"])
def test_alone_at_home_answered_to_the_crisis_question_is_not_safe(runtime, alone):
    first = "i want to die" if alone.startswith("im") else "em muốn chết"
    assert first_numbers(_chat(runtime, first, alone))[:1] == ["115"]


@pytest.mark.parametrize("asked", ["cho e so de goi dc ko", "em gọi số nào", "give me a number to call"])
def test_a_number_asked_in_a_few_words_during_a_request_gets_the_numbers(runtime, asked):
    replies = _chat(runtime, "btn:m:help", asked)
    assert {"111", "113", "115"} <= set(first_numbers(replies))


@pytest.mark.parametrize("asked", ["tôi có nên gọi công an ko", "should I call the police?",
                                   "gọi 113 có được không"])
def test_whether_to_call_the_police_gets_yes_and_113_first(runtime, asked):
    replies = _chat(runtime, asked)
    assert first_numbers(replies)[:1] == ["113"]
    assert text_of(replies).startswith(("Có.", "Yes."))


def test_a_witness_asking_whether_to_call_mid_request_gets_yes_then_the_question(runtime):
    replies = _chat(runtime, "nhà bên cạnh đang la hét, nghe như chồng đánh vợ", "tôi là hàng xóm",
                    "tôi có nên gọi công an ko")
    assert first_numbers(replies)[:1] == ["113"]
    assert any(p.startswith("h:") for p in _payloads(replies))   # the request goes on


@pytest.mark.parametrize("text", ["em đang đứng trên cầu, em muốn nhảy xuống",
                                  "i'm on the roof and i want to jump"])
def test_at_a_height_the_first_advice_is_a_step_back_from_the_edge(runtime, text):
    replies = _chat(runtime, text)
    assert first_numbers(replies)[:1] == ["115"]
    advice = next(r.text for r in replies if r.text.startswith("•"))
    assert "mép" in advice.split("\n")[0] or "edge" in advice.split("\n")[0]


def test_her_own_bleeding_stays_hers_after_a_short_answer(runtime):
    replies = _chat(runtime, "chồng tôi vừa đánh tôi chảy máu", "chưa")
    assert first_numbers(replies)[:1] == ["115"]
    assert "bạn bị thương thế nào" in replies[0].text
    assert "cho người bị thương" not in replies[0].text


def test_someone_elses_bleeding_stays_theirs_after_a_short_answer(runtime):
    replies = _chat(runtime, "ổng đánh mẹ em chảy máu đầu", "chưa")
    assert "cho người bị thương" in replies[0].text


@pytest.mark.parametrize("text", ["cười muốn xỉu, con mèo nhà tui đánh nhau với con chó",
                                  "my cat and dog were fighting all morning lol"])
def test_animals_fighting_are_no_story_of_violence(runtime, text):
    replies = _chat(runtime, text)
    assert first_numbers(replies)[:1] not in (["113"], ["115"])
    assert not crisis_or_now(replies)
    assert "Mình tin bạn" not in text_of(replies)


def test_an_exam_dead_is_never_offered_as_thoughts_of_dying(runtime):
    assert "c:self_harm" not in _payloads(_chat(runtime, "mai thi toán rồi chết chắc luôn"))


def test_will_he_know_if_i_call_is_answered_after_a_request(runtime):
    replies = _chat(runtime, "me ke e danh e, e 13t", "ko", "p an binh", "goi 111 ba e co bt ko")
    assert "lịch sử cuộc gọi" in text_of(replies)


@pytest.mark.parametrize("text", ["tôi đi làm thuê, chủ giữ giấy tờ tùy thân của tôi không cho về",
                                  "chủ xưởng giữ hết CCCD của tụi em, không cho về quê"])
def test_papers_held_by_an_employer_get_the_advice_for_being_held(runtime, text):
    replies = _chat(runtime, text)
    assert first_numbers(replies)[:1] == ["113"]
    assert "bị giữ" in text_of(replies)
    assert "bếp" not in text_of(replies)        # never the advice for a beating at home


@pytest.mark.parametrize("turns", [
    ("ny cũ dọa đăng ảnh nóng của em lên mạng", "dạ có", "em phải làm sao"),
    ("co nguoi nhan tin doa tung clip cua e, doi tien", "e ko bt lam sao"),
])
def test_what_to_do_asked_during_a_request_offers_the_guide_then_the_question(runtime, turns):
    replies = _chat(runtime, *turns)
    assert "pw:g:online" in _payloads(replies)
    assert any(p.startswith("h:") for p in _payloads(replies))   # the request goes on
    assert first_numbers(replies)[:1] != ["113"]


@pytest.mark.parametrize("turns", [
    ("đồng nghiệp nam nhắn tin gạ gẫm tôi liên tục", "có", "Ninh Kiều"),
    ("sếp em hay sờ soạng em ở công ty", "tôi an toàn", "Ninh Kiều"),
])
def test_harassment_at_work_ends_with_its_own_points_never_the_care_after_rape(runtime, turns):
    said = text_of(_chat(runtime, *turns))
    assert "bằng chứng" in said
    assert "PEP" not in said


def test_rape_told_still_ends_with_the_care_after_rape(runtime):
    said = text_of(_chat(runtime, "tuần trước em bị ép quan hệ", "tôi an toàn", "Ninh Kiều"))
    assert "PEP" in said
