"""The danger lexicon: signs of danger now are caught, questions and ordinary text are not."""

from __future__ import annotations

import pytest

from bot.core import self_harm
from bot.core.safety import is_danger


@pytest.mark.parametrize("text", [
    "cuu toi voi, ck dang danh toi", "Cứu tôi với!!!", "ck đg đánh e", "chồng đang đánh em",
    "no doa giet toi", "anh ta cam dao", "cuuuu em", "help me", "he is hitting me",
    "my husband is going to kill me", "I am not safe", "em bi nhot trong phong",
])
def test_danger_signs_are_caught(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "bạo lực thể chất là gì", "bao luc tinh than la gi", "what is domestic violence",
    "ck hay danh e", "toi muon tim tu van", "xin chào", "o gan day co cho nao ho tro ko",
    "how do I help a friend", "luật phòng chống bạo lực gia đình",
])
def test_questions_and_ordinary_text_are_not_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["chị em bị lừa sang campuchia", "em bị bán qua Trung Quốc, chưa về được",
                                  "tui bị lừa qua Campuchia, họ không cho về"])
def test_trafficked_abroad_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["tui bị lừa qua Campuchia, giờ về rồi",
                                  "em bị lừa qua Campuchia làm việc, trốn về được rồi",
                                  "hồi đó bị bán sang Trung Quốc, giờ đã về nhà rồi"])
def test_a_survivor_back_home_is_heard_not_alarmed(text):
    """Told after coming back, the story is a disclosure (believed, then a help request), not an
    emergency with 113 first."""
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["I want to kill myself", "I tried to kill myself last year",
                                  "em muốn tự giết mình", "i keep hurting myself",
                                  "tôi muốn giết chính mình"])
def test_harm_to_oneself_is_not_violence_from_another(text):
    """The self-harm pathway answers these (its numbers, its question), never the advice for
    someone being attacked ("stay away from the kitchen")."""
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["he said he will kill me",
                                  "my husband wants to kill me and i want to kill myself",
                                  "nó dọa giết em"])
def test_violence_told_with_it_is_still_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em bị ăn hiếp", "em bị bạn ăn hiếp hoài", "tụi nó ăn hiếp em"])
def test_being_bullied_is_not_rape(text):
    """"ăn hiếp" (to bully) contains "hiếp": it is no sexual assault, and no emergency."""
    from bot.nlu.entities import kind_of
    from bot.nlu.normalize import normalize

    assert not is_danger(text)
    assert kind_of(normalize(text, "vi").expanded, None) != "sexual"


@pytest.mark.parametrize("text", ["em bị hiếp", "em bị nó hiếp", "em bị cưỡng hiếp tối qua"])
def test_rape_is_still_read(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["vừa đốt nhang cho ông bà", "đang đốt rác ngoài vườn",
                                  "vừa đập muỗi", "nhốt con chó lại", "em đang tát nước ruộng"])
def test_what_is_done_to_a_thing_is_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["ổng đang đánh em", "nó đang đập cửa", "nó đang đốt nhà",
                                  "nó nhốt con trong phòng", "ổng đang đập đồ", "nó vừa tát em",
                                  "nó vừa đánh rồi", "tao đang đánh mày", "nó vừa đánh đá em",
                                  "ổng đang đập xe em"])
def test_what_is_done_to_a_person_or_a_home_still_is(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["ck e say xỉn về đập phá đồ đạc đòi giết cả nhà",
                                  "ổng đòi giết hết cả nhà tui", "nó tính chém em",
                                  "ck đòi đâm e", "he threatens to kill the whole family"])
def test_a_threat_made_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["mai giết cá nấu canh", "tôi đói quá", "đợi giết thời gian",
                                  "mối tình đậm sâu"])
def test_words_that_fold_like_a_threat_are_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["ck e đánh e gãy tay rồi", "ổng đập em chảy máu đầu",
                                  "he broke my arm", "nó đánh em chảy máu mũi"])
def test_a_serious_injury_done_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em bị gãy tay do té xe", "con đánh vỡ cái ly"])
def test_an_accident_or_a_broken_cup_is_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["chị gái em bị chồng nhốt trong nhà mấy ngày nay",
                                  "em đang có bầu mà ck đá vào bụng",
                                  "i'm pregnant and my boyfriend kicked me in the stomach",
                                  "em ở xã phong điền, cần chỗ trú ẩn gấp"])
def test_held_for_days_pregnant_and_hit_or_shelter_needed_now_are_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em nhốt con mèo mấy ngày nay", "em đã có thai 3 tháng",
                                  "i am pregnant and scared", "nhà tạm lánh có cần đăng ký trước không"])
def test_pregnancy_alone_an_animal_shut_in_or_a_question_are_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["i was raped last night", "my husband raped me an hour ago",
                                  "i got raped at a party"])
def test_rape_in_english_is_read_as_in_vietnamese(text):
    """"bị … hiếp" is danger (care within hours matters); so is "was raped"."""
    assert is_danger(text)


@pytest.mark.parametrize("text", ["i was raped 3 years ago", "he raped me when i was 12",
                                  "i was raped as a teen", "em bị hiếp hồi 12 tuổi",
                                  "em bị cưỡng hiếp hồi còn nhỏ"])
def test_rape_told_as_long_past_is_heard_not_alarmed(text):
    """Long past in either reading ("as a teen" reads "as anh teen" in the Vietnamese one)."""
    assert not is_danger(text)


def test_an_ambulance_needed_is_danger_as_cap_cuu_is():
    assert is_danger("i need an ambulance")
    assert is_danger("em cần xe cấp cứu")
    assert not is_danger("what is the ambulance number")


def test_the_classifiers_emergency_vote_does_not_make_a_suicide_threat_to_keep_her_violence():
    """"she says she'll hurt herself if I break up": the classifier hears harm; only the
    lexicon may add violence to it."""
    from bot.core.safety import is_violent_danger
    from bot.nlu.understanding import Understanding

    vote = Understanding("emergency", 0.9, "emergency")
    assert not is_violent_danger("my girlfriend says she'll hurt herself if i break up with her", vote)
    assert is_violent_danger("he says he will kill himself if i leave and he has a knife", vote)


@pytest.mark.parametrize("text", ["em đang bị khuyết tật", "mẹ em đang bị khuyết tật nặng"])
def test_a_disability_is_no_slap_now(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["ổng nói em sẽ chết nếu em bỏ đi", "nó bảo mày mà bỏ đi là mày chết",
                                  "mày chết với tao", "ck noi e ma bo di thi e chet",
                                  "he said i will die if i leave",
                                  "he told me i'm dead if i go to the police",
                                  "you're dead if you tell anyone"])
def test_death_promised_to_the_writer_is_a_threat(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["mẹ nói em chết đi cho rồi", "em muốn chết với anh",
                                  "bác sĩ nói bà ngoại sẽ chết nếu không mổ",
                                  "cô giáo nói nếu không học thì sẽ chết đói",
                                  "he said i am dead to him", "my mom said i'd die of embarrassment"])
def test_death_named_in_an_insult_an_idiom_or_a_prognosis_is_no_threat(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["i'm at my mom's but he's on his way",
                                  "he said he knows where i live and is coming tonight",
                                  "old man next door hits his wife daily, i can hear it now",
                                  "ck dọa bóp chết con nếu e đi báo công an",
                                  "em lỡ đồng ý đi làm bên Myanmar, giờ họ ko cho về",
                                  "tui bị môi giới lừa lấy chồng Trung Quốc, giờ đang ở bên đó",
                                  "chồng tui là bộ đội, ổng có súng, hay dọa bắn tui"])
def test_danger_coming_heard_held_abroad_or_a_child_threatened(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["chị tui lấy chồng Đài Loan, giờ đang ở bên đó",
                                  "he is coming to the wedding tonight", "i can see it now, thanks"])
def test_a_marriage_abroad_or_a_visit_is_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["thằng cha đó rình nhà tui mấy đêm rồi",
                                  "em quên mất là đang ở đâu, ổng chở em đi xa lắm rồi bỏ lại"])
def test_watched_at_home_or_left_stranded_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em làm rớt điện thoại nên ổng mới đánh em, giờ vẫn còn đánh",
                                  "xíu nữa ổng về, em sợ lắm",
                                  "em thoát ra được rồi mà ổng đang đi tìm em",
                                  "pls help, i dont know where i am, they took me across the border",
                                  "he raped me years ago and now he is outside"])
def test_danger_still_going_on_coming_back_or_looking_for_her(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["bị bạn bè hiếp đáp ở trường", "he raped me 2 years ago and now i see him every day at work",
                                  "im so depressed i cant get out of bed"])
def test_bullying_a_rape_long_past_and_a_bed_are_no_danger_now(text):
    assert not is_danger(text)


def test_the_classifiers_vote_is_not_followed_for_a_rape_long_past():
    from bot.core.safety import is_violent_danger
    from bot.nlu.understanding import Understanding

    vote = Understanding("emergency", 0.9, "emergency")
    assert not is_violent_danger("he raped me 2 years ago and now i see him every day at work", vote)


@pytest.mark.parametrize(("text", "asks"), [
    ("làm sao để giúp đứa bạn thân đang bị chồng đánh", True),
    ("how do i help my friend whose husband hits her", True),
    ("my friend told me her husband controls her money, what should i say to her", True),
    ("làm sao để giúp bạn em, nó đang bị chồng đánh ngay bây giờ", False),   # now: danger
    ("chồng em đang đánh em", False),
])
def test_how_to_help_someone_is_asked_not_danger_unless_now(text, asks):
    from bot.core.safety import asks_how_to_help

    assert asks_how_to_help(text) is asks


@pytest.mark.parametrize("text", ["ổng đánh em từ chiều tới giờ vẫn chưa ngừng", "tới giờ ổng vẫn đánh",
                                  "ổng đánh em nãy giờ"])
def test_beating_that_has_not_stopped_is_danger(text):
    assert is_danger(text)


def test_bullying_is_no_rape():
    from bot.nlu.normalize import normalize

    assert "hiep" not in normalize("em bị hiếp đáp").expanded
    assert not is_danger("em bị hiếp đáp")
    assert is_danger("em bị hiếp")


@pytest.mark.parametrize("text", ["mẹ em đang tìm em về ăn cơm", "chị ấy nói em sẽ chết mê cái váy này",
                                  "sếp nói em mà đi trễ nữa là chết với sếp",
                                  "he said i will die laughing at his joke"])
def test_everyday_words_near_the_new_threat_patterns_are_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["giờ em hết an toàn rồi", "lúc nãy em an toàn, giờ thì không",
                                  "ban nãy em nói an toàn nhưng giờ ko còn nữa",
                                  "nha em khong con an toan nua", "ổng về rồi, em sợ quá",
                                  "ck em về rồi, em sợ lắm", "nó về rồi em sợ",
                                  "ong ve roi lam sao day"])
def test_safe_taken_back_or_him_back_with_fear_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["lúc nãy em an toàn, giờ không sao rồi",
                                  "ổng về rồi, mai em đi làm", "nhà mình có an toàn không",
                                  "em an toàn, giờ không cần gì nữa"])
def test_safe_still_or_him_home_without_fear_is_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["🚑", "🔪", "🩸", "🚓😭", "🔫🔫", "😱 🔪"])
def test_an_emergency_emoji_alone_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["😭", "😭😭😭", "👍", "🙏"])
def test_other_emoji_alone_are_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["chong toi lay dao rach tay toi", "ck e cat tay e bang dao lam",
                                  "me ke e dot tay e bang tan thuoc",
                                  "mẹ kế lấy tàn thuốc dí vào tay em",
                                  "my husband cut my arm with a knife"])
def test_someone_else_cutting_or_burning_the_writer_is_violence_not_self_harm(text):
    assert is_danger(text)
    assert self_harm.level(text) is None


@pytest.mark.parametrize("text", ["em tự rạch tay", "em lấy dao rạch tay", "e tu cat tay vi bi ba danh",
                                  "ck cắt tay em, em muốn chết"])
def test_the_writers_own_cutting_is_still_self_harm(text):
    assert self_harm.level(text) in ("thoughts", "now")


def test_a_nail_trim_is_nothing():
    assert not is_danger("ba em cắt móng tay cho em") and self_harm.level(
        "ba em cắt móng tay cho em") is None


@pytest.mark.parametrize("text", ["xoá", "xoá đi", "ck về rồi xoá nhanh", "delete this", "xoa het di"])
def test_a_delete_said_now_is_asked(text):
    from bot.core.flows.privacy import asks_to_delete_now
    assert asks_to_delete_now(text)


@pytest.mark.parametrize("text", ["em đã xoá tin nhắn với ổng rồi", "đừng xoá nha", "i deleted it",
                                  "em xoá rồi", "ổng về rồi"])
def test_a_delete_done_refused_or_not_said_is_not(text):
    from bot.core.flows.privacy import asks_to_delete_now
    assert not asks_to_delete_now(text)


@pytest.mark.parametrize("text", ["ny cu theo doi e ve tan nha, gio dang dung duoi nha",
                                  "ex cu e cu theo doi e, hom nay no dung truoc cong cty e",
                                  "thằng đó bám theo em mấy tuần nay, giờ nó đang đứng trước cổng trường"])
def test_the_one_who_follows_her_standing_at_her_door_now_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em cho con đi học, giờ đang đứng trước cổng trường",
                                  "please don't call the police, my husband hits me but i just want advice",
                                  "do not call the police please"])
def test_waiting_at_a_school_gate_or_the_police_refused_is_not(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["ba em về rồi, làm sao để xin ba cho đi học thêm",
                                  "ba em về rồi, em sợ bị la vì điểm kém",
                                  "ck em về rồi, em sợ ổng buồn khi biết em mất việc",
                                  "anh ấy về rồi, làm sao để anh ấy bớt nhậu",
                                  "tối qua ổng về rồi nhưng giờ ổng đi làm rồi, em phải làm sao để ly hôn",
                                  "làm sao biết khi nào là hết an toàn", "hết an toàn thì gọi số nào",
                                  "em thấy nhà mình không còn an toàn nữa, muốn dọn đi",
                                  "🔪 con dao này sắc quá", "🚑 bà em nhập viện rồi"])
def test_him_home_or_safety_named_in_an_ordinary_message_is_no_alarm(text):
    assert not is_danger(text)


@pytest.mark.parametrize(("text", "wiped"), [
    ("ông ấy về rồi, xoá giúp em", True), ("nó về rồi, em sợ, xoá đi", True), ("xoá", True),
    ("ck về rồi em sợ quá xoá lẹ", True), ("he's home delete this", True),
    ("chồng em hay xoá tin nhắn trong điện thoại em", False), ("ổng bắt em xoá hết ảnh", False),
    ("he made me delete my instagram", False), ("how do I delete photos he posted of me", False),
    ("em có nên xoá tài khoản zalo không", False), ("xoá ảnh trên mạng được ko chị", False),
    ("please don't delete this chat", False), ("don't delete this", False),
])
def test_a_delete_asked_for_now_is_told_from_one_told_or_asked_about(text, wiped):
    from bot.core.flows.privacy import asks_to_delete_now
    assert asks_to_delete_now(text) is wiped


@pytest.mark.parametrize("text", ["ổng về rồi em sợ ổng đánh", "ck ve roi e so ck danh",
                                  "ông ấy về rồi, em sợ ông ấy lắm", "ổng về rồi em sợ, giúp em với",
                                  "ổng về rồi, làm sao đây chị", "ổng về rồi mà say xỉn, em run hết cả người",
                                  "ck cầm 🔪", "ổng cầm 🔪 dí em"])
def test_him_back_with_fear_said_anywhere_or_a_knife_emoji_held_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize(("text", "wiped"), [
    ("xoá hết tin nhắn đi", True), ("xoá mau", True), ("xoá hộ em", True), ("he's here delete", True),
    ("ổng về rồi em sợ, xoá đoạn chat này", True), ("no ve roi e so xoa dj", True),
    ("đừng để ổng thấy, xoá đi", True), ("em muốn xoá đi", True),
    ("chồng em xoá hết luôn ảnh của em", False), ("he threatened to delete all my photos", False),
    ("is it safe to delete this", False), ("em không muốn xoá đi đâu", False), ("khoan xoá đã", False),
    ("chồng em hay xoá tin nhắn", False)])
def test_more_deletes_asked_for_now_or_only_told(text, wiped):
    from bot.core.flows.privacy import asks_to_delete_now, asks_to_leave
    assert asks_to_delete_now(text) is wiped
    if not wiped:
        assert not asks_to_leave(text)


@pytest.mark.parametrize("text", ["ổng về rồi, ổng đang chửi", "ổng về rồi, ổng say rồi", "he is back and drunk"])
def test_him_back_drunk_or_raging_is_danger_not_a_silent_wipe(text):
    from bot.core.flows.privacy import asks_to_leave
    assert is_danger(text)
    assert not asks_to_leave(text) or len(text.split()) <= 5


@pytest.mark.parametrize("text", ["ổng về rồi", "he's back", "nó về rồi"])
def test_him_back_said_alone_is_still_the_quick_exit(text):
    from bot.core.flows.privacy import asks_to_leave
    assert asks_to_leave(text) and not is_danger(text)


@pytest.mark.parametrize("text", [
    "ko an toàn", "khong an toan", "not safe", "không an toàn lắm", "ở nhà không an toàn",
    "em thấy không an toàn", "i don't feel safe at home", "my home is not safe",
    "bf choked me rn", "he is killing my mom", "someone is killing my neighbor",
    "nó dọa tạt a xít vào mặt em", "nó dọa tạt acid", "nó lấy xăng tưới quanh nhà",
    "nguoi yeu cu nhan tin noi toi nay qua xu em", "ổng nói về tới nhà là ổng xử đẹp em",
    "no nhan tin: tao se cho may biet tay", "ck nói tối nay về sẽ cho em một trận",
    "em di lam o campuchia, ho thu dien thoai, khong cho ra ngoai",
    "em bi ban vao quan karaoke, ho bat tiep khach",
    "ck say xin ve, dap pha het do dac, e om con tron sang nha hang xom",
    "chong dang chui boi va nem do dac, e so lam", "ck 🔪 e", "ổng cầm dao chặt cửa phòng em",
])
def test_danger_told_in_residents_words_is_caught(text):
    """Second probe: bare "not safe", slang threats, acid spelled out, petrol poured, held for
    work, drunk and smashing while she flees, killing said in English, a knife emoji between."""
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "em dang danh may bao cao", "em dang chem gio voi ban", "ba em dang dap da banh",
    "em dang danh dan guitar", "me dang danh trung lam banh", "ba em dang danh ca ngoai song",
    "anh em dang dot rom ngoai ruong", "mẹ em đang đốt lá ngoài vườn", "anh ay dang khoa xe",
    "ck em vua dap hop dien thoai moi", "toi dang nhot con cho vao chuong",
    "em đang cầm dao thái rau nấu cơm", "me dang cam dao chat ga", "ba dang cam keo cat co",
    "chong em dang cam bua dong dinh", "em ngat mui qua", "my back is killing me",
    "these shoes are killing me", "ở nhà có an toàn không", "ở nhà không an toàn à?",
    "mạng xã hội không an toàn", "hồi đó bị bán sang Trung Quốc, giờ đã về nhà rồi",
])
def test_everyday_work_and_questions_are_not_danger(text):
    """Typing, chatting, football, music, cooking, the garden, a blocked nose, a sore back."""
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "i took 20 paracetamol", "i took like 20 panadol", "em uống hết chai thuốc tẩy rồi",
    "em uong ca chai thuoc diet co", "em vừa uống nửa chai rượu với thuốc ngủ",
    "em uong 20 vien panadol roi", "em vua uong het hop paracetamol",
    "i swallowed a whole pack of panadol", "em cầm dao rạch tay mình", "em dang cam dao lam",
    "i have a knife and i want to end it", "dây thừng em chuẩn bị rồi", "em cầm lưỡi lam rồi",
    "toi nay em se ket thuc", "i'll kill myself tonight", "gonna kms tonight",
])
def test_an_overdose_taken_or_the_means_in_hand_is_acting_now(text):
    """Drug names, bleach, tens of tablets, a whole bottle; a blade held and turned on oneself."""
    assert self_harm.level(text) == "now"


@pytest.mark.parametrize("text", [
    "kms", "ugh kms", "i relapsed, sh again", "chan doi qua muon di chet",
    "het chiu noi roi, tam biet moi nguoi", "em xin lỗi mẹ, con đi đây",
    "em chỉ muốn ngủ một giấc thật dài không tỉnh lại", "em muốn uống thuốc chuột",
])
def test_shorthand_farewells_and_sleep_without_waking_are_thoughts_of_suicide(text):
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", [
    "em vừa uống thuốc cảm", "i took the whole box home", "em uống 2 viên panadol vì đau đầu",
    "tối nay em sẽ kết thúc bài tập", "con uống hết hộp sữa rồi", "tạm biệt mọi người nha",
])
def test_medicine_as_prescribed_and_ordinary_endings_are_not_self_harm(text):
    assert self_harm.level(text) is None


@pytest.mark.parametrize("text", ["em cầm dao rạch tay mình", "em đập đầu vào tường hoài",
                                  "em chỉ muốn ngủ một giấc thật dài không tỉnh lại"])
def test_the_writers_own_blade_or_head_is_not_violence_from_another(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", ["ông ấy cầm dao rạch tay em", "chồng tôi lấy dao rạch tay tôi"])
def test_his_blade_on_her_arm_is_still_violence(text):
    assert is_danger(text)
    assert self_harm.level(text) != "now"


@pytest.mark.parametrize("text", ["em dang danh may bao cao", "em vua danh rang xong",
                                  "ck đang đánh giày", "ba đang chặt củi"])
def test_a_thing_struck_is_no_emergency_even_when_the_classifier_says_so(text):
    from bot.core.safety import only_things_struck
    assert only_things_struck(text)


@pytest.mark.parametrize("text", ["ck đang đánh em", "ck danh rang xong roi danh em",
                                  "cứu em, nó đang đánh máy của em"])
def test_a_person_struck_beside_a_thing_is_still_read(text):
    from bot.core.safety import only_things_struck
    assert not only_things_struck(text)


@pytest.mark.parametrize("text", ["em bi cuong buc", "toi bi 3 thang say ruou cuong buc",
                                  "tụi nó thay phiên nhau làm nhục em",
                                  "em bi mấy thằng say rượu giở trò đồi bại"])
def test_rape_in_other_words_is_read_as_rape(text):
    from bot.core import situations
    assert is_danger(text)
    assert situations.detect(text) == "sexual_assault"


@pytest.mark.parametrize("text", [
    "ổng uống thuốc trừ sâu rồi, đang nằm co giật", "ba em vua uong thuoc chuot",
    "con trai tôi 14 tuổi, nó nói không muốn sống nữa", "con gái tôi hay rạch tay",
    "ban em vua rach tay, mau chay nhieu lam",
])
def test_someone_elses_self_harm_told_by_the_one_who_worries(text):
    assert self_harm.about_someone_else(text)


@pytest.mark.parametrize("text", ["em muốn chết", "mẹ em mất rồi, em muốn chết theo mẹ",
                                  "em vừa uống thuốc chuột", "ba em cắt móng tay cho em"])
def test_the_writers_own_wish_or_a_nail_trim_is_not_someone_elses(text):
    assert not self_harm.about_someone_else(text)


@pytest.mark.parametrize("text", [
    "nó dọa cắt cổ em", "ổng cầm dao dọa cắt cổ em", "ck dang danh, gio em phai lam sao",
    "ck dang danh trung dau em", "ổng đang đánh con cho tới chết", "ck dang dap ra mau",
    "ck cầm kéo cắt tóc em", "ck cầm dao cắt tóc em",
])
def test_words_that_fold_like_a_thing_still_read_as_violence(text):
    """Re-check of the things struck: "cổ" (throat) folds like "cỏ" (grass), "trúng" (hit) like
    "trứng" (egg), "giờ" (now) like "gió", "ra máu" like "rạ", "con cho tới chết" like "con chó"."""
    from bot.core.safety import only_things_struck
    assert is_danger(text) or not only_things_struck(text)
    assert not only_things_struck(text)


@pytest.mark.parametrize("text", [
    "tối nay về xử con gà nấu cháo", "cô giáo nói sẽ cho con mấy bài học thêm",
    "ba mẹ thu điện thoại không cho đi chơi", "tết nhà đông khách, mẹ bắt em tiếp khách cả ngày mệt quá",
    "em bị gia đình cưỡng bức kết hôn", "gonna hit the gym tonight",
])
def test_a_chicken_cooked_extra_lessons_a_phone_taken_by_parents_are_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "bị chồng đánh đau đầu quá, em uống 1 viên thuốc giảm đau rồi",
    "em vua uong 1 vien panadol vi dau dau", "con uống một viên thuốc hạ sốt rồi mà vẫn sốt",
    "i took all my meds this morning like the doctor said", "i took medicine for my cold",
    "ck đánh em hoài, em không chịu nổi nữa, em dọn ra đi",
])
def test_a_tablet_as_prescribed_and_moving_out_are_not_acting_on_suicide(text):
    assert self_harm.level(text) != "now"
    assert self_harm.level(text) != "thoughts" or "dọn ra" not in text


@pytest.mark.parametrize("text", ["em ăn cơm rồi", "em uống nước rồi", "i took it to heart"])
def test_eating_and_drinking_are_not_the_means_taken_in_the_crisis_pathway(text):
    assert not self_harm.at_hand(text)


@pytest.mark.parametrize("text", ["chồng em ngoại tình, giờ chỉ muốn chết",
                                  "ck em bỏ đi rồi, không muốn sống nữa",
                                  "mẹ tui mất rồi, không muốn sống nữa",
                                  "chồng em bắt uống thuốc ngủ rồi hiếp em"])
def test_the_writers_own_wish_after_a_relative_named_is_the_writers(text):
    assert not self_harm.about_someone_else(text)


@pytest.mark.parametrize(("text", "situation"), [
    ("em di lam o campuchia, ho thu dien thoai, khong cho ra ngoai", "held"),
    ("em bi ban vao quan karaoke, ho bat tiep khach", "held"),
    ("ck thu dien thoai khong cho em ra ngoai", "home_violence"),
])
def test_held_for_work_abroad_or_in_a_bar_gets_the_trafficking_advice(text, situation):
    from bot.core import situations
    assert situations.detect(text) == situation


@pytest.mark.parametrize(("text", "situation"), [
    ("ban em nhan tin noi ck no dang danh no, em phai lam sao", "witness"),
    ("ban than em dang bi ck danh, no nhan em cuu", "witness"),
    ("my friend texted me her husband is beating her", "witness"),
    ("ba em nhắn tin dọa giết em", "threatened"),
])
def test_a_friend_who_messages_from_elsewhere_gets_the_witness_advice(text, situation):
    from bot.core import situations
    assert situations.detect(text) == situation


@pytest.mark.parametrize("text", [
    "ổng đang đánh con để trút giận", "ổng đang đánh con cả với con út", "ck đang đánh Hương",
    "ck đốt lửa rồi ném vào phòng em", "ck đang đập tủ lạnh", "tối nay về tao cho mày một bài học",
    "em bị thu hộ chiếu, không cho về nước", "quán bắt em tiếp khách, không cho về",
    "ck tát nước sôi", "ck tạt nước sôi vào em", "he's gonna beat me when he gets home tonight",
])
def test_second_recheck_danger_is_never_vetoed_or_missed(text):
    """"con để" folds like "con dê", "con cả" like "con cá", the name Hương like incense: none of
    them is a thing struck; boiling water thrown, a passport taken, a beating promised are danger."""
    from bot.core.safety import only_things_struck
    assert not only_things_struck(text)
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em muốn cắt cổ tay", "em định cắt cổ tay cho xong",
                                  "tui sẽ cắt cổ tay"])
def test_the_wrist_is_self_harm_not_a_throat_threatened(text):
    assert not is_danger(text)
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", [
    "i took the rest of my meds for the week at once", "i took all my sleeping pills tonight",
    "i just swallowed 30 pills this morning", "em vừa uống 2 vỉ thuốc ngủ",
])
def test_an_overdose_said_with_a_time_or_a_blister_count_is_still_acting_now(text):
    assert self_harm.level(text) == "now"


@pytest.mark.parametrize("text", ["em uống hết rồi mà", "uống 20 viên rồi", "uống hết rồi, xin lỗi mẹ",
                                  "em ăn hết thuốc rồi"])
def test_taken_said_loosely_inside_the_crisis_pathway_is_acting_now(text):
    assert self_harm.at_hand(text)


@pytest.mark.parametrize("text", [
    "ổng nói về sẽ cho em một bài học nhớ đời", "ck nhắn: về nhà tao cho mày mấy bài học",
    "tao xử con đó tối nay", "mẹ em lại uống thuốc ngủ, giờ gọi không dậy",
    "ck tạt axit vào mặt em", "ck đốt nhà, Hương còn trong đó",
    "ck đốt rơm quanh nhà, em với con ở trong", "ck say, đang đánh bài thua về quăng ghế vô em",
    "ck cầm ấm nước sôi dọa tạt em", "ck tat nc soi vao e", "em bị ép tiếp khách ở karaoke",
])
def test_third_recheck_danger_in_residents_words(text):
    """A lesson promised, a person who does not wake, acid or boiling water thrown, the house set
    on fire, a chair thrown at her, clients forced: the numbers first."""
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "đổ nước sôi vào ly mì", "mẹ đang đổ nước sôi trụng rau", "em xối nước nóng tắm cho con",
    "em bị thu hộ chiếu để làm visa, tuần sau lấy lại", "em bị lấy mất passport ở sân bay",
    "sếp bắt em tiếp khách suốt, không cho về sớm", "he'll beat me at tennis later",
    "tao cho mày một bài học tiếng anh", "em tát nước ra ruộng",
])
def test_noodles_a_bath_a_visa_a_long_shift_and_tennis_are_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize(("text", "taken"), [
    ("em ăn uống xong rồi", False), ("uống hết nước rồi", False), ("em uống hết ly sữa rồi", False),
    ("e uống thuốc cảm rồi, đỡ sốt", False), ("em uống hết rồi mà", True), ("uống 20 viên rồi", True),
    ("em ăn hết thuốc rồi", True), ("thuốc ngủ em uống hết rồi", True),
])
def test_taken_in_the_crisis_pathway_is_the_means_not_a_meal(text, taken):
    assert self_harm.at_hand(text) is taken


def test_a_close_friends_wish_to_die_is_theirs():
    assert self_harm.about_someone_else("bạn thân em nó nói muốn chết")


@pytest.mark.parametrize(("text", "situation"), [
    ("someone is hitting me", "home_violence"),          # "someone is" names the one who hits
    ("someone is following me home every night", "followed"),
    ("người ta đang đánh em ngoài đường", "followed"),   # set upon in the street: a busy place
    ("hàng xóm đang đánh mẹ em", "witness"),
    ("someone is hitting a woman outside", "witness"),
    ("tôi nghe tiếng hàng xóm đánh vợ", "witness"),
])
def test_someone_doing_it_to_the_writer_is_no_bystanders_scene(text, situation):
    from bot.core import situations
    assert situations.detect(text) == situation


@pytest.mark.parametrize("text", [
    "someone is hitting a woman outside", "a guy is beating his girlfriend in the park",
    "a man is dragging a girl into a car",
])
def test_a_stranger_hurting_someone_now_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "the kids are hitting a ball in the yard", "he is beating a record every week",
    "my team is beating the odds",
])
def test_balls_and_records_are_no_danger(text):
    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "nó châm lửa đốt phòng trọ em vì em chia tay nó", "chồng em đốt nhà rồi",
    "he set our house on fire while we were inside",
])
def test_a_fire_set_on_her_home_is_danger(text):
    assert is_danger(text)


@pytest.mark.parametrize("text", ["em đốt nhang trong nhà", "ba em đốt rác sau nhà"])
def test_everyday_burning_is_no_danger(text):
    assert not is_danger(text)


def test_the_law_asked_about_an_act_is_no_emergency_heard():
    from bot.core.safety import is_violent_danger
    from bot.nlu.understanding import Understanding

    heard = Understanding(intent="emergency", confidence=0.55, top_intent="emergency")
    assert not is_violent_danger("tát con có bị bắt không", heard)
    assert is_violent_danger("ổng đang đánh em, đánh vợ có bị bắt không", heard)


def test_the_last_self_harm_reading_is_reused_only_for_the_same_text_reading_and_flag():
    """`level` keeps its last answer (the danger-first reader asks it a dozen times a turn): a
    different reading of the same words, or the violence flag, is read afresh."""
    from bot.nlu.understanding import Understanding

    text = "dạo này em thấy mọi thứ vô nghĩa quá"
    wish = Understanding("self_harm", 0.95, "self_harm", {}, "vi")
    chat = Understanding("out_of_scope", 0.9, "out_of_scope", {}, "vi")
    assert self_harm.level(text, wish) == "thoughts"
    assert self_harm.level(text, chat) is None
    assert self_harm.level(text, wish) == "thoughts"
    assert self_harm.level(text) is None
    # the same reading, again and again: the same answer
    assert [self_harm.level(text, wish) for _ in range(3)] == ["thoughts"] * 3
    assert self_harm.level("em muốn chết", None) == "thoughts"
