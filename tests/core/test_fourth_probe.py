"""Turns a fourth probe (about 900 conversations by three helpers) found misread, through the real
engine and classifier: a question about safety asked a third time in a row to someone who spoke
of dying or was in danger, a goodbye after words of dying, dangers told in everyday words (a
threat for tonight, screams next door, a child thrown or stabbed, drink forced, followed or
grabbed, drugged), a last goodbye read as thoughts only, his threat against the children read as
her own wish to die, and a "no, I meant…" read as "not safe"."""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from tests.core.talk import chat, first_numbers, text_of


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


def _chat(rt, *turns: str) -> list[Reply]:
    return chat(rt, *turns, prefix="fourth")


_text = text_of


_first_numbers = first_numbers


QUESTION_VI = "Bạn có đang an toàn lúc này không?"
QUESTION_EN = "Are you safe right now?"


# -- the crisis question is asked at most twice -----------------------------------------------

@pytest.mark.parametrize("start, answer, question", [
    ("em muốn chết", "dạ", QUESTION_VI), ("em muốn chết", "uk", QUESTION_VI),
    ("em muon chet", "da", QUESTION_VI),
    ("i want to die", "ok", QUESTION_EN), ("e ko muốn sống nữa", "ừ", QUESTION_VI),
])
def test_a_bare_ok_to_the_crisis_question_is_asked_again_once_then_not(runtime, start, answer,
                                                                       question):
    second = _chat(runtime, start, answer)
    assert question in _text(second)
    user_turns = (start, answer, answer)
    third = _chat(runtime, *user_turns)
    assert question not in _text(third)
    assert {"115", "113", "111"} <= set(_first_numbers(third))


@pytest.mark.parametrize("start, answer", [
    ("em muốn chết", "k"), ("i want to die", "im alone"), ("em muốn chết", "em đang ở một mình"),
    ("e ko muốn sống nữa", "tối nay e sẽ làm"), ("i want to die", "im going to do it tonight"),
    ("tui muốn chết", "hông"), ("tui muốn chết", "tui ở một mình à"),
])
def test_no_alone_or_tonight_at_the_crisis_question_gives_the_numbers_to_call_now(runtime, start, answer):
    replies = _chat(runtime, start, answer)
    assert _first_numbers(replies)[:2] == ["115", "113"]


@pytest.mark.parametrize("start, goodbye", [
    ("e ko muốn sống nữa", "tạm biệt"), ("i want to die", "goodbye"), ("em muốn chết", "bye"),
])
def test_a_goodbye_after_words_of_dying_gets_the_numbers_to_call_now(runtime, start, goodbye):
    replies = _chat(runtime, start, goodbye)
    assert _first_numbers(replies)[:2] == ["115", "113"]
    assert "Chúc bạn an toàn" not in _text(replies)


# -- "are you any safer now?" ------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["ừ", "có", "ok", "uk", "dạ", "co", "dạ đỡ rồi", "vâng ạ"])
def test_a_yes_to_are_you_safer_is_read_not_asked_again(runtime, answer):
    replies = _chat(runtime, "ổng đang đánh em", "ok", answer)
    assert "Mừng là lúc này bạn an toàn." in _text(replies)


@pytest.mark.parametrize("first, said", [
    ("ổng đang đánh em", "đỡ rồi"), ("he is hitting me now", "better"),
    ("he is hitting me now", "i'm ok now"),
])
def test_safer_said_unasked_after_the_numbers_is_heard(runtime, first, said):
    text = _text(_chat(runtime, first, said))
    assert "Mừng là lúc này bạn an toàn." in text or "I'm glad you are safe right now." in text


def test_thanks_to_are_you_safer_keeps_the_numbers_without_the_question(runtime):
    replies = _chat(runtime, "he is hitting me now", "ok", "thanks")
    assert "Are you any safer now?" not in _text(replies)
    assert _first_numbers(replies)[0] == "113"


# -- danger told in everyday words -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ck e nói tối nay cho e chết", "ck e noi toi nay cho e chet", "he said ill be dead by morning",
    "nhà bên cạnh có người la hét, hình như bị đánh", "nghe tiếng la hét bên nhà hàng xóm",
    "có người đàn ông đánh phụ nữ ngoài đường", "co thang danh con gai ngoai duong",
    "ổng quăng đứa nhỏ", "ba đâm bé", "ba dam be", "stepdad beating kid",
    "bả đánh con bả dữ lắm, thằng nhỏ la quá trời", "tia say ve danh ma",
    "tụi nó ép em uống", "bị ép uống rượu", "tui bị tụi nó chuốc rượu", "nó chuốc thuốc em",
    "e bị chuốc thuốc", "i think i was drugged", "nó bỏ thuốc vào nước em",
    "có mấy thằng chặn e lại", "thằng đó chặn đường e", "có xe chạy theo em", "em bị bám đuôi",
    "a guy follows me", "có người lạ dụ e đi", "someone grabbed me", "i am trapped",
    "i got assaulted tonight", "he said he will kill the kids", "ổng dọa ôm con nhảy sông",
    "ck dọa ôm con tự tử",
])
def test_danger_now_in_everyday_words_gets_113_first(runtime, text):
    assert _first_numbers(_chat(runtime, text))[:1] == ["113"]


@pytest.mark.parametrize("text", [
    "hàng xóm la hét cổ vũ bóng đá", "he said i will die laughing at his joke",
    "tôi sẽ kết thúc tất cả với anh ta", "tạm biệt nhé", "is beating a child illegal",
])
def test_everyday_words_beside_the_new_patterns_are_no_danger(runtime, text):
    numbers = _first_numbers(_chat(runtime, text))
    assert numbers[:1] != ["113"] and numbers[:1] != ["115"]


# -- a last goodbye, and the end set for tonight: the numbers to call now -----------------------

@pytest.mark.parametrize("text", [
    "tạm biệt mọi người", "goodbye everyone", "this is my last message", "vĩnh biệt",
    "e xin lỗi mọi người, e đi đây", "e xl mn e di day", "tui hết chịu nổi rồi, tối nay tui đi luôn",
    "e ko chịu nổi nữa, e sẽ kết thúc tất cả", "tonight is the night i end it",
    "i want to kms tonight", "em treo cổ", "e đã mua dây rồi", "nobody will miss me after tonight",
])
def test_a_last_goodbye_or_a_time_set_gets_the_numbers_to_call_now(runtime, text):
    assert _first_numbers(_chat(runtime, text))[:2] == ["115", "113"]


# -- "no, I meant…" --------------------------------------------------------------------------

@pytest.mark.parametrize("first, correction", [
    ("tôi đánh máy chậm quá, có cách nào luyện không", "không, ý tôi là gõ bàn phím máy tính thôi"),
    ("tối nay bắn ko", "không phải vậy, ý tôi là chơi game"),   # (a game named is no longer misheard)
    ("I keep getting shot", "I mean in the game, I'm not a victim"),
])
def test_a_correction_after_a_misheard_story_is_no_danger(runtime, first, correction):
    replies = _chat(runtime, first, correction)
    assert _first_numbers(replies)[:1] not in (["113"], ["115"])
    assert "Xin lỗi, mình đã hiểu nhầm" in _text(replies) or "Sorry, I misunderstood" in _text(replies)


def test_a_correction_that_tells_of_violence_is_read_on(runtime):
    replies = _chat(runtime, "chồng em đánh em", "không, ý em là ổng đánh em hoài")
    assert "hiểu nhầm" not in _text(replies)
    assert "113" in _text(replies)


def test_words_of_dying_taken_back_keep_the_lines_in_reach(runtime):
    replies = _chat(runtime, "em muốn chết", "ko, ý em là em mệt thôi")
    assert "Mình hiểu. Cảm ơn bạn đã nói ra" in _text(replies)
    assert "111" in _first_numbers(replies)


# -- professionals and students, and everyday words near the lexicon ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("tôi là cán bộ phụ nữ phường, muốn hỏi quy trình", "Sở Nội vụ"),
    ("chào bạn, mình đang làm luận văn về bạo lực gia đình, có số liệu không", "Sở Nội vụ"),
    ("I am a social worker, do you have a list of shelters?", "Department of Home Affairs"),
    ("tôi là công an phường, muốn biết quy trình chuyển tuyến", "Khi người ấy đồng ý"),
    ("I am a police officer, how does this programme refer cases?", "With the person's agreement"),
])
def test_a_professional_or_a_student_gets_information_not_a_victims_questions(runtime, text,
                                                                             expected):
    replies = _chat(runtime, text)
    assert expected in _text(replies)
    assert "Bạn có đang an toàn không?" not in _text(replies)
    assert "Are you safe right now?" not in _text(replies)
    assert "Are you in a safe place now?" not in _text(replies)


def test_a_student_who_tells_her_own_story_is_believed(runtime):
    replies = _chat(runtime, "tôi là sinh viên, bị bạn trai đánh")
    assert "Mình tin bạn" in _text(replies)
    assert "Sở Nội vụ" not in _text(replies)


@pytest.mark.parametrize("text", [
    "bóp cổ tay bị đau khi chơi tennis", "đứt tay chảy máu nhiều khi gọt xoài",
    "the shot at the doctor hurt a bit", "my son keeps hitting the snooze button",
    "he follows me on instagram", "em đang đánh máy",
])
def test_everyday_words_the_lexicon_once_read_as_danger(text):
    from bot.core import safety

    assert not safety.is_danger(text)


@pytest.mark.parametrize("text", ["ổng bóp cổ em", "chảy máu nhiều quá", "he shot me",
                                  "he is following me", "nó đang đánh mày"])
def test_the_same_words_in_danger_still_are(text):
    from bot.core import safety

    assert safety.is_danger(text)


@pytest.mark.parametrize("text", [
    "cháy nhà hàng xóm hôm qua, mọi người đều an toàn", "bé bị chó cắn, có cần tiêm phòng dại không",
    "tôi bị tai nạn giao thông nhẹ, bên kia đòi tiền",
])
def test_a_past_or_light_accident_or_a_jab_asked_about_is_no_call_now(runtime, text):
    numbers = _first_numbers(_chat(runtime, text))
    assert numbers[:1] not in (["115"], ["114"], ["113"])


@pytest.mark.parametrize("turns", [("em cần giúp", "cho em", "bị đánh"),
                                   ("giúp người khác", "chị tôi", "bị chồng đánh")])
def test_the_safety_question_is_not_asked_a_third_time_while_later_answers_come(runtime, turns):
    replies = _chat(runtime, *turns)
    assert "Mình sẽ không hỏi lại" in _text(replies)
    assert "có đang an toàn không?" not in _text(replies)
    assert "phường/xã nào?" in _text(replies)


# -- an illness badly felt now, no one named as doing it: 115 with the illness's words ----------

@pytest.mark.parametrize("text", ["mẹ tôi bị đau bụng dữ dội", "ba em khó thở tím tái",
                                  "bà ngoại em đau ngực dữ dội quá", "me toi bi dau bung du doi",
                                  "ba e kho tho tim tai", "ổng khó thở quá, tím tái hết rồi"])
def test_a_severe_illness_told_alone_gets_115_without_a_doer_in_the_advice(runtime, text):
    replies = _chat(runtime, text)
    assert _first_numbers(replies)[:1] == ["115"]
    said = _text(replies)
    assert "người gây ra" not in said and "người bị thương" not in said


@pytest.mark.parametrize("turns", [
    ("ổng đạp bụng em, giờ đau bụng dữ dội",),            # his blow, in the same message
    ("chồng em đánh em", "giờ em đau bụng dữ dội"),        # told before
    ("bé bị phỏng nước sôi khắp lưng",),                    # a burn: someone may have done it
    ("mẹ tui đau bụng dữ dội, ba tui vừa đánh bả",),         # his blow after the pain
    ("ck e đánh e, giờ e đau bụng dữ dội",),
])
def test_a_hurt_after_a_blow_or_a_burn_keeps_the_injured_advice(runtime, turns):
    replies = _chat(runtime, *turns)
    assert "115" in _first_numbers(replies)
    assert "người gây ra" in _text(replies)
