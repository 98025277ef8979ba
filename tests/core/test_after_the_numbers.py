"""What people type after the danger numbers, and other turns a probe of this stop found misread:
an "ok" or a sob never drops the emergency, "are you any safer now?" reads its typed answers,
news told after the numbers (a pregnancy, a child hurt too, a broken arm) changes the advice, a
friend's story owned as the writer's own is believed, and the privacy screen takes a typed yes.
Each test drives the real engine with the trained classifier, turn by turn."""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from tests.core.talk import chat, text_of


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


def _chat(rt, *turns: str) -> list[Reply]:
    return chat(rt, *turns, prefix="after")


_text = text_of


def _payloads(replies: list[Reply]) -> list[str]:
    return [b.payload for r in replies for b in r.buttons]


MENU_VI = "Bạn muốn làm gì?"


@pytest.mark.parametrize("first, then", [
    ("chồng em đang đánh em", "ok"), ("ck đang đánh e", "dạ"), ("ổng đang đập em", "vâng ạ"),
    ("chồng em đang đánh em", "hu hu"), ("ck đang đánh e", "em sợ lắm"),
    ("my husband is hitting me", "okay"), ("my husband is hitting me", "yes"),
    ("my boyfriend is beating me", "I'm so scared"),
])
def test_an_ok_or_a_sob_after_the_numbers_keeps_them(runtime, first, then):
    replies = _chat(runtime, first, then)
    text = _text(replies)
    assert "113" in text and "111" in text
    assert MENU_VI not in text and "What would you like to do?" not in text
    assert "e:safer:yes" in _payloads(replies) and "e:safer:no" in _payloads(replies)


def test_words_not_understood_after_the_numbers_get_them_again_not_a_guess(runtime):
    replies = _chat(runtime, "chồng em đang đánh em", "mấy đứa nhỏ cũng ở trong phòng này")
    assert "113" in _text(replies)
    assert not any(p.startswith("c:") for p in _payloads(replies))   # no "did you mean…"


@pytest.mark.parametrize("answer, expected", [
    ("rồi", "Mừng là lúc này bạn an toàn."), ("đỡ rồi", "Mừng là lúc này bạn an toàn."),
    # (not yet: the numbers and that someone is here, never the whole block again)
    ("chưa", "Mình vẫn ở đây với bạn. Nếu có thể, hãy gọi 113 ngay"),
    ("vẫn chưa", "Mình vẫn ở đây với bạn. Nếu có thể, hãy gọi 113 ngay"),
])
def test_are_you_safer_read_typed(runtime, answer, expected):
    replies = _chat(runtime, "chồng em đang đánh em", "ok", answer)
    assert expected in _text(replies)


def test_are_you_safer_answered_in_english(runtime):
    replies = _chat(runtime, "my husband is hitting me", "ok", "yes")
    assert "I'm glad you are safe right now." in _text(replies)


@pytest.mark.parametrize("news", ["em đang mang thai 5 tháng", "I am pregnant"])
def test_a_pregnancy_told_after_the_numbers_puts_the_ambulance_first(runtime, news):
    first = "my husband is hitting me" if news.startswith("I") else "chồng em đang đánh em"
    replies = _chat(runtime, first, news)
    assert replies[0].text.index("115") < replies[0].text.index("113")


@pytest.mark.parametrize("news", ["ổng đánh luôn con em rồi", "he is hitting my kids too"])
def test_a_child_hurt_too_after_the_numbers_gets_the_child_line(runtime, news):
    first = "my husband is hitting me" if news.startswith("he") else "chồng em đang đánh em"
    text = _text(_chat(runtime, first, news))
    assert "111" in text
    assert "bảo vệ trẻ em" in text or "child protection" in text


@pytest.mark.parametrize("news", ["chân em đau lắm, chắc bị gãy", "tay e sưng, hình như gãy rồi"])
def test_a_broken_bone_told_after_the_numbers_puts_the_ambulance_first(runtime, news):
    replies = _chat(runtime, "chồng em đang đánh em", news)
    assert replies[0].text.startswith("Hãy gọi ngay 115")


@pytest.mark.parametrize("story", [
    "em bị chồng chém", "tôi bị thằng đó đâm", "my boyfriend choked me", "he strangled me",
    "he had his hands around my throat", "nhà bên kia ông chồng đánh vợ, đang diễn ra",
    "tôi đang thấy một thanh niên đánh một cô gái ở bến xe", "someone next door is screaming for help",
    "my husband is drunk and breaking everything", "i am hiding in the bathroom from him",
    "có thằng lạ bám theo em nãy giờ", "ổng rượt em chạy ra đường",
])
def test_danger_told_in_other_words_gets_the_numbers_first(runtime, story):
    replies = _chat(runtime, story)
    first = replies[0].text if "automated" not in replies[0].text and \
        "trợ lý tự động" not in replies[0].text else replies[1].text
    assert "113" in first or "115" in first


def test_english_teen_text_danger_is_answered_in_english(runtime):
    replies = _chat(runtime, "ex choked me")
    assert "call" in _text(replies).casefold() and "Nếu bạn" not in _text(replies)


@pytest.mark.parametrize("plan", [
    "em tính đêm nay uống hết thuốc ngủ", "mình đã lên kế hoạch tự tử rồi",
    "i'm planning to end my life", "em chuẩn bị thuốc xong rồi",
])
def test_a_plan_or_the_means_made_ready_is_self_harm_now(runtime, plan):
    replies = _chat(runtime, plan)
    text = _text(replies)
    assert "115" in text and text.index("115") < text.index("111")


@pytest.mark.parametrize("answer", [
    "mình thì ổn, còn chị mình thì không biết", "tôi an toàn nhưng không rõ bạn tôi sao",
])
def test_safe_but_the_other_not_known_is_not_sure(runtime, answer):
    text = _text(_chat(runtime, "btn:m:other", answer))
    assert "113" in text
    assert "Mừng là lúc này người đó an toàn" not in text


@pytest.mark.parametrize("reveal", ["thôi nói thật, là em", "thật ra người đó chính là em"])
def test_a_friend_story_owned_as_her_own_is_believed(runtime, reveal):
    replies = _chat(runtime, "bạn em bị chồng đánh hoài, em muốn giúp bạn ấy", reveal)
    text = _text(replies)
    assert "Mình tin bạn" in text
    assert "Bạn có đang an toàn không?" in text
    assert "Chúc bạn an toàn" not in text


def test_owned_in_an_emergency_the_advice_is_for_her(runtime):
    text = _text(_chat(runtime, "my sister is being beaten by her husband right now",
                       "actually it's me"))
    assert "I believe you" in text
    assert "protect your head" in text


@pytest.mark.parametrize("yes", ["có", "có xoá đi", "đồng ý", "yes please", "sure"])
def test_a_typed_yes_on_the_privacy_screen_clears(runtime, yes):
    replies = _chat(runtime, "btn:m:privacy", yes)
    assert any(r.forget for r in replies)


def test_a_typed_no_on_the_privacy_screen_keeps_the_chat(runtime):
    replies = _chat(runtime, "btn:m:privacy", "không")
    assert not any(r.forget for r in replies)
    assert MENU_VI in _text(replies)


@pytest.mark.parametrize("typed", ["đông", "Đồng"])
def test_words_that_fold_like_close_do_not_clear(runtime, typed):
    assert not any(r.forget for r in _chat(runtime, "btn:m:near", typed))


def test_a_teacher_told_by_a_pupil_is_a_helper_and_the_child_tips_follow(runtime):
    story = "tôi là cô giáo, một em học sinh lớp 3 kể với tôi là bị chú hàng xóm sờ soạng"
    first = _text(_chat(runtime, story))
    assert "Không ai có quyền đụng chạm hay ép buộc bạn" not in first
    closing = _text(_chat(runtime, story, "btn:h:safe:yes", "btn:h:where:skip"))
    assert "kể cả giữa vợ chồng" not in closing
    assert "111" in closing


def test_a_threat_of_a_weapon_counts_at_the_danger_check(runtime):
    replies = _chat(runtime, "btn:pw:check", "không", "chưa dùng nhưng có dọa lấy dao",
                    "không", "không", "không")
    assert "nguy cơ" in _text(replies)


def test_about_the_same_is_a_no_at_the_danger_check(runtime):
    replies = _chat(runtime, "btn:pw:check", "vẫn như cũ thôi")
    assert "Câu 2/5" in _text(replies)


@pytest.mark.parametrize("typed", ["đọc xong rồi", "bài khác", "chủ đề khác"])
def test_done_reading_or_another_topic_shows_the_topics(runtime, typed):
    replies = _chat(runtime, "btn:m:learn", "btn:l:a:victim", "btn:l:t:what_is_gbv", typed)
    assert "Chọn một chủ đề" in _text(replies)


def test_another_kind_typed_at_the_kind_step(runtime):
    replies = _chat(runtime, "btn:m:help", "btn:h:safe:yes", "btn:h:who:self", "loại khác")
    assert "phường/xã nào" in _text(replies)


# -- the second probe round: more follow-ups after the numbers --------------------------------

@pytest.mark.parametrize("then", ["chưa", "vẫn chưa ạ", "không", "hông"])
def test_not_yet_or_no_after_the_numbers_gets_the_steps_again(runtime, then):
    text = _text(_chat(runtime, "chồng em đang đánh em", then))
    assert "113" in text and MENU_VI not in text


@pytest.mark.parametrize("then", ["thôi", "tạm biệt nha", "bye"])
def test_goodbye_after_the_numbers_keeps_them(runtime, then):
    text = _text(_chat(runtime, "chồng em đang đánh em", then))
    assert "113" in text and "115" in text


@pytest.mark.parametrize("then", ["công an có tới không", "có ai qua giúp em không",
                                  "is anyone coming", "báo công an giúp em với"])
def test_is_anyone_coming_is_told_the_bot_sends_no_one(runtime, then):
    first = "my husband is hitting me" if then.startswith("is") else "chồng em đang đánh em"
    text = _text(_chat(runtime, first, then))
    assert "không gọi thay bạn được" in text or "can't make the call for you" in text
    assert not any(r.forget for r in _chat(runtime, first, then))


@pytest.mark.parametrize("then", ["em gọi 113 mà không ai bắt máy", "113 chưa nghe máy",
                                  "the police are not answering"])
def test_the_police_line_not_answering(runtime, then):
    first = "my husband is hitting me" if then.startswith("the") else "chồng em đang đánh em"
    text = _text(_chat(runtime, first, then))
    assert "gọi lại" in text or "keep calling" in text


@pytest.mark.parametrize("then", ["gọi 113 có mất tiền không", "does calling 113 cost money"])
def test_cost_asked_in_danger_never_puts_111_before_113(runtime, then):
    first = "my husband is hitting me" if then.startswith("does") else "chồng em đang đánh em"
    replies = _chat(runtime, first, then)
    assert "tel:113" in _payloads(replies)
    assert "111 trước" not in _text(replies) and "111 first" not in _text(replies)


@pytest.mark.parametrize("then, lang_word", [("english please", "Police"),
                                             ("btn:m:language", "Police")])
def test_switching_language_in_danger_says_the_numbers_again_in_it(runtime, then, lang_word):
    text = _text(_chat(runtime, "chồng em đang đánh em", then))
    assert lang_word in text and "113" in text


@pytest.mark.parametrize("then", ["ổng đánh cả con em", "con em cũng bị ổng đánh", "ổng bắt con em đi"])
def test_a_child_hurt_or_taken_during_the_danger(runtime, then):
    text = _text(_chat(runtime, "chồng em đang đánh em", "ok", then))
    assert "bảo vệ trẻ em" in text


def test_locked_in_the_bathroom_gets_the_hiding_advice(runtime):
    text = _text(_chat(runtime, "he is hitting me", "ok", "i shut myself in the bathroom"))
    assert "stay quiet" in text and "stay away from the kitchen and bathroom" not in text


def test_the_friend_who_wants_to_die_is_the_writer(runtime):
    text = _text(_chat(runtime, "bạn em muốn tự tử", "thật ra là em đó"))
    assert "Bạn có đang an toàn lúc này không?" in text


def test_bleeding_that_does_not_stop_after_a_cut_is_115(runtime):
    text = _text(_chat(runtime, "em rạch tay rồi, máu chảy nhiều", "dạ", "máu vẫn chưa cầm"))
    assert "115" in text and MENU_VI not in text


@pytest.mark.parametrize("story, advice", [
    ("chồng đang xiết cổ con", "bảo vệ trẻ em"), ("ck dìm đầu bé xuống nước", "bảo vệ trẻ em"),
    ("chồng em dọa bán em sang Campuchia", "mua bán người"),
])
def test_a_child_strangled_or_drowned_or_a_threat_to_sell_her(runtime, story, advice):
    text = _text(_chat(runtime, story))
    assert "113" in text and advice in text


def test_where_to_go_now_is_a_place_for_tonight(runtime):
    assert "Ngôi nhà Bình yên" in _text(_chat(runtime, "chồng em đang đánh em", "giờ em nên đi đâu"))


# -- the third round: the end of the danger, and what must not loop --------------------------

@pytest.mark.parametrize("over", ["công an tới rồi chị", "ổng bị bắt đi rồi", "hàng xóm qua rồi",
                                  "em chạy qua nhà bà ngoại rồi", "the cops are here",
                                  "he drove off"])
def test_the_danger_over_is_acknowledged_then_ok_is_no_alarm(runtime, over):
    first = "my husband is hitting me" if over.isascii() else "chồng em đang đánh em"
    text = _text(_chat(runtime, first, over))
    assert "Mừng là lúc này" in text or "I'm glad" in text   # (calmer, or safe where she is)
    after = _text(_chat(runtime, first, over, "ok"))
    assert "Bạn đã an toàn hơn chưa?" not in after and "Are you any safer now?" not in after


def test_still_going_after_help_came_is_no_end(runtime):
    text = _text(_chat(runtime, "chồng em đang đánh em", "công an tới rồi nhưng ổng vẫn đập cửa"))
    assert "Mừng là lúc này đã yên hơn" not in text and "113" in text


def test_safer_pressed_then_ok_is_no_alarm(runtime):
    text = _text(_chat(runtime, "chồng em đang đánh em", "ok", "btn:e:safer:yes", "ok"))
    assert "Bạn đã an toàn hơn chưa?" not in text


@pytest.mark.parametrize("heard", ["dạ", "vâng ạ", "ok em hiểu", "yes thanks", "có thật không"])
def test_acknowledgements_on_the_privacy_screen_wipe_nothing(runtime, heard):
    assert not any(r.forget for r in _chat(runtime, "btn:m:privacy", heard))


@pytest.mark.parametrize("back", ["trở lại", "go back"])
def test_going_back_from_the_privacy_screen(runtime, back):
    replies = _chat(runtime, "btn:m:privacy", back)
    assert not any(r.forget for r in replies) and "m:help" in _payloads(replies)


@pytest.mark.parametrize("answer", ["no safe", "ko safe", "me no safe now"])
def test_no_safe_in_few_words_is_not_safe(runtime, answer):
    text = _text(_chat(runtime, "btn:m:help", answer))
    assert "113" in text and "Mừng là" not in text and "glad" not in text


@pytest.mark.parametrize("story", ["husband hit me now", "father in law beat me now",
                                   "please help, my husband beat me", "ck đánh em lúc này"])
def test_hit_now_in_few_words_gets_the_numbers(runtime, story):
    text = _text(_chat(runtime, story))
    assert "113" in text


@pytest.mark.parametrize("story", ["ny cũ nhắn sẽ kill em", "ck e drunk rồi đánh em"])
def test_english_words_in_vietnamese_danger(runtime, story):
    text = _text(_chat(runtime, story))
    assert "113" in text


def test_a_foreign_wife_who_reads_little_vietnamese_is_answered_in_english(runtime):
    text = _text(_chat(runtime, "i speak a little vietnamese, husband hit me"))
    assert "I believe you" in text or "call now" in text


def test_ok_is_no_yes_at_the_danger_check(runtime):
    text = _text(_chat(runtime, "btn:pw:check", "oke"))
    assert "Câu 1/5" in text and "Câu 2/5" not in text


@pytest.mark.parametrize("everyday", ["em uống thuốc ho rồi", "my battery died on the bus",
                                      "hoa lan của mẹ em chết hết rồi",
                                      "em muốn biến mất khỏi nhóm chat lớp",
                                      "I cut myself cooking dinner, it's fine"])
def test_everyday_medicine_things_and_small_cuts_are_no_crisis(runtime, everyday):
    text = _text(_chat(runtime, everyday))
    assert "Ngày Mai" not in text and "115" not in text


@pytest.mark.parametrize("crisis", ["em muốn chết, em uống hết thuốc ho rồi", "em muốn biến mất",
                                    "I cut myself again"])
def test_the_same_words_with_a_wish_to_die_still_are(runtime, crisis):
    assert "115" in _text(_chat(runtime, crisis)) or "Ngày Mai" in _text(_chat(runtime, crisis))
