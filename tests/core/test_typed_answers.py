"""Typed answers to the help request's steps, self-harm levels, situations and direct questions,
read as people write them (with and without diacritics, chat shorthand, southern words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import answers, faq, self_harm, situations
from bot.knowledge.wards import WardIndex

WARDS = WardIndex.load(Path(__file__).resolve().parents[2] / "data" / "units" / "92.yml")


@pytest.mark.parametrize("text", [
    "không an toàn", "ko an toan", "chưa an toàn", "chua an toan lam", "hông an toàn",
    "k an toàn", "not safe", "I'm not safe", "unsafe", "I don't feel safe", "không", "ko",
    "không chắc", "not sure", "chưa", "em thấy không được an toàn",
    "sort of", "kind of", "maybe", "cũng tạm", "có lẽ",       # unsure: the button "No / not sure"
])
def test_unsafe_answers(text):
    assert answers.read_safe(text) == "no"


@pytest.mark.parametrize("text", [
    "có, giờ thì an toàn rồi", "em an toàn", "e an toan r", "toi an toan", "an toàn rồi",
    "yes I'm safe now", "yes", "có", "co a", "dạ có", "I'm fine", "tui on roi", "safe",
    "không sao, em an toàn",
])
def test_safe_answers(text):
    assert answers.read_safe(text) == "yes"


@pytest.mark.parametrize("text", ["bo qua", "bỏ qua", "skip", "không muốn nói", "I'd rather not say"])
def test_skip_answers(text):
    assert answers.read_safe(text) == "skip"
    assert answers.is_skip(text)


@pytest.mark.parametrize("text, who", [
    ("cho em", "self"), ("cho e", "self"), ("for me", "self"), ("cho tôi", "self"),
    ("cho tui", "self"), ("myself", "self"), ("cho bạn tôi", "other"), ("chị gái em", "other"),
    ("for a friend", "other"), ("someone else", "other"), ("cho con tôi", "child"),
    ("a child", "child"), ("my daughter", "child"), ("bo qua", "skip"), ("không biết", "skip"),
    ("bản thân", "self"), ("cho bản thân tôi", "self"), ("ban than", "self"),
    ("cho bạn thân", "other"), ("bạn thân em", "other"), ("chính mình", "self"),
    ("cho đứa cháu", "child"), ("my niece", "child"),
    ("cho vợ tui", "other"), ("thằng bạn cùng phòng", "other"), ("my roommate", "other"),
    ("cho bé nhà tui", "child"), ("bé nhà em", "child"),
])
def test_who_answers(text, who):
    assert answers.read_who(text) == who


@pytest.mark.parametrize("text", [
    "i don't know my ward", "không biết phường nào", "em không rõ mình ở xã nào",
])
def test_not_knowing_the_ward_is_no_answer_about_safety(text):
    assert answers.read_safe(text) is None
    assert not answers.says_unsafe(text)
    assert answers.names_unknown_place(text)


@pytest.mark.parametrize("text", ["em an toàn", "không an toàn", "yes I'm safe now", "có"])
def test_safety_answers_are_not_who_answers(text):
    assert answers.read_who(text) is None


@pytest.mark.parametrize("text, kind", [
    ("physical", "physical"), ("thể chất", "physical"), ("kinh tế", "economic"),
    ("kinh te", "economic"), ("tinh than", "psychological"), ("emotional", "psychological"),
    ("quấy rối tình dục ở chỗ làm", "sexual"), ("trên mạng", "online"),
    ("mua bán người", "trafficking"), ("bo qua", "skip"),
])
def test_kind_answers(text, kind):
    assert answers.read_kind(text) == kind


@pytest.mark.parametrize("text, ward, firm", [
    ("ninh kieu", "Ninh Kiều", True), ("phường Xuân Khánh", "Ninh Kiều", True),
    ("em ở cái răng", "Cái Răng", True), ("nha em o p. an binh", "An Bình", True),
    ("em chỉ muốn được sống an bình thôi", "An Bình", False),
])
def test_ward_answers_weak_inside_a_sentence(text, ward, firm):
    match, is_firm = answers.read_ward(text, WARDS)
    assert (match.ward.name, is_firm) == (ward, firm)


@pytest.mark.parametrize("text", [
    "em vừa uống hết cả vỉ thuốc ngủ", "em dang dung tren cau", "toi nay em se tu tu",
    "I just took a lot of pills", "I'm standing on the roof", "I am about to jump",
])
def test_self_harm_now(text):
    assert self_harm.level(text) == "now"


@pytest.mark.parametrize("text", [
    "em muon chet", "không muốn sống nữa", "sống làm gì nữa", "em hay cắt tay",
    "muốn biến mất khỏi thế giới này", "I want to die", "I want to kill myself",
    "there's no reason to live", "I keep hurting myself",
])
def test_self_harm_thoughts(text):
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", [
    "đói muốn chết", "nóng muốn chết", "cười muốn chết", "chồng tôi đánh tôi",
    "bạo lực là gì", "I'm bored to death", "xin chào",
])
def test_not_self_harm(text):
    assert self_harm.level(text) is None


@pytest.mark.parametrize("text, ended", [
    ("tôi muốn kết thúc cuộc hôn nhân này", "marriage"), ("I want to end my marriage", "marriage"),
    ("em muốn chấm dứt mối quan hệ này", "relationship"),
    ("tôi muốn chấm dứt hợp đồng", "work"),
    ("tôi muốn kết thúc cuộc hôn nhân này và cả cuộc đời tôi", None),
    ("I want to end my marriage and my life", None), ("em muốn kết thúc tất cả", None),
])
def test_ending_a_marriage_is_not_ending_a_life(text, ended):
    assert self_harm.ends_something_else(text) == ended


@pytest.mark.parametrize("text", ["tôi muốn kết thúc cuộc hôn nhân này và cả cuộc đời tôi",
                                  "em muốn chấm dứt mọi thứ, cả mạng sống của em"])
def test_ending_a_life_named_after_other_words_is_self_harm(text):
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text, situation", [
    ("em vừa bị hiếp dâm", "sexual_assault"), ("he raped me just now", "sexual_assault"),
    ("ck đang cầm dao đuổi em", "weapon"), ("he has a knife", "weapon"),
    ("có một ông đang đánh một chị ngoài đường", "witness"),
    ("my neighbour is beating his wife right now", "witness"),
    ("bọn nó nhốt em trong phòng không cho về", "held"),
    ("có người đang đứng ngoài cửa rình em", "followed"),
    ("ba đang đánh con tôi", "child"), ("chồng đang đánh tôi", "home_violence"),
])
def test_situations(text, situation):
    assert situations.detect(text) == situation


def test_a_child_witness_gets_the_child_advice():
    """Said to the child who writes ("child_self"), not about "the child" to an adult."""
    assert situations.detect("con nghe tieng danh nhau", writer_is_child=True) == "child_self"
    assert situations.detect("e 12t, me ke dang danh e", writer_is_child=True) == "child_self"
    assert situations.detect("con tôi 8 tuổi đang bị ba dượng đánh") == "child"


@pytest.mark.parametrize("text, topic", [
    ("1900 969 680 co mat phi ko", "number_cost"), ("111 có miễn phí không", "number_cost"),
    ("cho em xin dia chi nha binh yen", "shelter_address"),
    ("nhà tạm lánh có mất tiền không", "shelter_cost"), ("is the shelter free", "shelter_cost"),
    ("o nha binh yen co ton tien ko", "shelter_cost"),
    ("tư vấn pháp luật miễn phí ở cần thơ", "legal_aid"),
    ("where is the shelter", "shelter_address"),
    ("ban co the goi lai cho toi khong", "callback"), ("can you call me back", "callback"),
    ("1800 1567 con hoat dong ko", "retired_number"),
    ("can I text 111?", "text_instead_of_call"), ("nhắn tin được không", "text_instead_of_call"),
    ("gửi tin nhắn cho công an được không", "text_instead_of_call"),
    ("can i text instead of calling", "text_instead_of_call"),
    ("tôi có thể báo công an qua tin nhắn không", "text_instead_of_call"),
    ("can i report to the police by text", "text_instead_of_call"),
    ("em k dám gọi điện, nhắn tin đc ko", "no_voice"),
    ("I can't call, he is in the next room", "no_voice"),
    ("ai có quyền cấm chồng tôi tiếp xúc với tôi", "no_contact_order"),
    ("how long does a no-contact order last", "no_contact_order"),
    ("tôi có thể báo ở đâu", "where_to_report"), ("where can I report abuse", "where_to_report"),
    ("ly hôn thì ai được nuôi con", "legal_aid"), ("co luat su nao giup mien phi ko", "legal_aid"),
    ("who gets custody of the kids if I divorce?", "legal_aid"),
    ("tôi có được trợ giúp pháp lý không", "legal_aid"),
    ("làm sao để ly dị khi chồng không chịu ký", "legal_aid"),
    ("chấm dứt hôn nhân thì thủ tục gì", "legal_aid"),
    ("trầm cảm là gì", "mental_health"), ("dấu hiệu trầm cảm", "mental_health"),
    ("lo âu mất ngủ thì phải làm sao", "mental_health"),
    ("bạn em bị trầm cảm, em phải làm sao", "mental_health"),
    ("vợ tôi trầm cảm sau sinh", "mental_health"), ("em muốn gặp bác sĩ tâm lý", "mental_health"),
    ("where can i find a therapist", "mental_health"), ("my wife has depression", "mental_health"),
    # what the law does to the one who hurts, and forced sex in marriage, asked
    ("đánh vợ bị phạt bao nhiêu", "penalties"), ("ck đánh vk có bị ngồi tù k", "penalties"),
    ("bạo lực gia đình bị xử lý thế nào", "penalties"), ("mức phạt hành vi bạo lực gia đình", "penalties"),
    ("is hitting your wife illegal in vietnam", "penalties"),
    ("my husband beats me, can he go to jail", "penalties"),
    ("chồng ép vợ quan hệ có phải là hiếp dâm không", "marital_rape"),
    ("vo chong ep quan he co phai la hiep dam ko", "marital_rape"),
    ("what is marital rape in vietnam law", "marital_rape"),
    ("is it rape if my husband forces me", "marital_rape"),
    ("tôi là giáo viên, học sinh của tôi kể bị bố đánh, tôi nên báo ai", "where_to_report"),
    ("con em con nho, em co nen ly hon ko", "legal_aid"),   # "còn nhỏ" (small): no memory asked
    # the service's own hours asked
    ("what are your hours", "hours"), ("are u available all night", "hours"),
    ("tổng đài có trực 24/24 không", "hours"), ("đường dây này hoạt động 24/24 hả", "hours"),
])
def test_direct_questions(text, topic):
    assert faq.topic(text) == topic


@pytest.mark.parametrize("text", [
    "xin chào", "chồng tôi đánh tôi", "bạo lực là gì", "số khẩn cấp",
    "tôi muốn ly hôn",                              # told, not asked: the classifier reads it
    "where can I get legal help near ninh kieu",    # a search of the directory
    "luật sư gần phường Ninh Kiều",
    "my ex keeps texting me threats", "anh ta gửi tin nhắn đe dọa em",   # stories, not questions
    "nó nhắn tin chửi em suốt", "anh ta liên lạc với em qua tin nhắn", "em bị đe dọa qua tin nhắn",
    "em bị trầm cảm", "i'm depressed",             # the writer's own: the crisis pathway's
    "chồng em đánh em, em bị mất ngủ",             # violence told: a disclosure
    "chồng em ép em quan hệ tối qua",              # forced sex told, not asked
    "tôi bị phạt vì vượt đèn đỏ", "em muốn nó bị phạt",   # no question of the law on violence
    "ảnh của em bị phát tán",                       # "phát" (spread) is no "phạt" (fine)
    "anh ấy muốn đi tu, đánh nhau với bố có sao không",   # "đi tu" (a monk) is no "đi tù"
    "ck e khong dam den cong an dau",               # someone else unwilling, no fear of the writer's
    "em khong co nha o thanh pho, chi o tro, muon hoi ve tam tru",   # residence papers, not tonight
    "ổng về lúc mấy giờ", "what are your plans for tet",   # no hours of a service asked
])
def test_not_direct_questions(text):
    assert faq.topic(text) is None


@pytest.mark.parametrize("text", [
    "ông ấy cầm ống tuýp đứng trước cổng, nói ra là chết", "anh ta đứng dưới nhà cầm mã tấu",
    "nó cầm rìu đứng ngoài cửa", "chong em dang cam xa beng",
])
def test_an_improvised_weapon_in_hand_is_danger(text):
    from bot.core.safety import is_danger

    assert is_danger(text)


def test_a_water_pipe_is_no_weapon():
    from bot.core.safety import is_danger

    assert not is_danger("ba cầm ống tuýp nước sửa máy bơm")


@pytest.mark.parametrize("text", [
    "em muốn được tư vấn", "tu van cho em voi", "ăn cay muốn xỉu", "lo muốn chết",
    "how do I call the police", "this heat is going to kill me", "my boss will kill me lol",
])
def test_everyday_words_are_not_danger(text):
    from bot.core.safety import is_danger

    assert self_harm.level(text) is None and not is_danger(text)


@pytest.mark.parametrize("text, level", [
    ("em muốn tự vẫn", "thoughts"), ("i cut my arms", "thoughts"),
    ("em chỉ là gánh nặng", "thoughts"), ("em đang tích thuốc", "thoughts"),
    ("ước gì mình chưa từng được sinh ra", "thoughts"), ("tired of life", "thoughts"),
])
def test_indirect_self_harm(text, level):
    assert self_harm.level(text) == level


@pytest.mark.parametrize("text", [
    "vừa bị anh họ hiếp", "nó dí súng vào đầu em", "mẹ nằm bất động", "mẹ em ngất rồi",
])
def test_danger_the_lexicon_now_reads(text):
    from bot.core.safety import is_danger

    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "có một ông đi theo em từ chợ tới giờ", "chi toi bi dam, mau chay nhieu lam",
    "they are taking me somewhere in a car", "nó bắt em lên xe",
])
def test_danger_now_being_followed_bleeding_taken(text):
    from bot.core.safety import is_danger

    assert is_danger(text)


@pytest.mark.parametrize("text", [
    "em bị hiếp hồi năm ngoái, tới giờ vẫn ám ảnh", "chồng cũ vẫn theo dõi định vị của em",
    "my partner won't let me go anywhere without him", "ôn thi mệt xỉu luôn á haha",
])
def test_past_control_and_laughter_are_not_emergencies(text):
    from bot.core.safety import is_danger

    assert not is_danger(text)


@pytest.mark.parametrize("text", [
    "thằng bé bị ném vào tường, giờ không khóc nữa", "me em nam do khong cu dong duoc",
])
def test_a_hurt_person_who_stops_responding_is_danger(text):
    from bot.core.safety import is_danger

    assert is_danger(text)


@pytest.mark.parametrize("text, level", [
    ("em không muốn thức dậy nữa", "thoughts"), ("toi hay lay keo rach tay", "thoughts"),
    ("nó nuốt hết thuốc trong tủ của mẹ rồi", "now"),
])
def test_more_indirect_self_harm(text, level):
    assert self_harm.level(text) == level


@pytest.mark.parametrize("text", [
    "chị ấy đang ở nhà mẹ đẻ rồi", "e qua nha ban o roi", "em về nhà ngoại rồi",
    "em không còn ở chung với ổng nữa", "tôi đã ra khỏi nhà", "em đang ở nhà tạm lánh",
    "i'm staying with my sister now", "she is with her mum", "she is at the shelter",
    "he left", "she has left him",
    "em đang ở trường", "at school", "i'm at work now", "e dang o cty",   # out of the home
    "em thoát ra ngoài được rồi", "i got away from him",
])
def test_somewhere_safe_is_safe_at_the_safety_step(text):
    assert answers.at_safe_place(text)
    assert answers.read_safe(text, places=True) == "yes"


@pytest.mark.parametrize("text", [
    "em đang ở nhà mẹ chồng", "em ở nhà bố dượng", "tôi ở nhà",
    "he left bruises on my arm", "em đang ở nhà mẹ đẻ nhưng ổng đang tới",
    "i'm at my mum's but he is still outside", "em ở nhà bạn mà không an toàn",
    "em đang ở trường, thầy gọi em lên phòng",
])
def test_a_place_that_may_not_be_safe_or_a_turn_is_no_safe_answer(text):
    assert not answers.at_safe_place(text)


def test_a_place_answers_the_help_request_not_the_crisis_question():
    """Being at a friend's is safety from him, not from oneself: the crisis pathway's "are you
    safe?" is not answered by it."""
    assert answers.read_safe("em đang ở nhà bạn") is None
    assert answers.read_safe("em đang ở nhà bạn", places=True) == "yes"


@pytest.mark.parametrize("text", ["nhà tạm lánh có mất tiền không", "gọi 111 có mất tiền không",
                                  "ở đó có tốn tiền không"])
def test_asking_what_something_costs_is_no_economic_violence(text):
    from bot.core import disclosure

    assert disclosure.detect(text, None) is None


def test_money_taken_is_still_economic_violence():
    from bot.core import disclosure

    found = disclosure.detect("chồng lấy hết tiền lương của em", None)
    assert found is not None and found.kind == "economic"


@pytest.mark.parametrize("text", [
    "vo toi bi tram cam sau sinh, hay doa tu tu", "chồng em nói muốn chết", "mẹ tôi muốn tự tử",
    "my husband wants to kill himself", "my wife says she wants to die",
])
def test_someone_elses_wish_to_die_is_read_as_theirs(text):
    assert self_harm.about_someone_else(text)
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", [
    "mẹ em mất rồi, em muốn chết theo mẹ", "ba mẹ không hiểu, muốn chết quá",   # dropped subject
    "my mom died and i want to die", "my mom does not care, want to die",
    "chồng đánh hoài, muốn chết cho xong", "em muốn chết",
])
def test_the_writers_own_wish_to_die_stays_theirs(text):
    """The safe reading: a wish to die is the writer's unless the words make it someone else's."""
    assert not self_harm.about_someone_else(text)


@pytest.mark.parametrize("text", ["ổng đi làm rồi", "chồng em không có nhà", "ck e đi vắng r",
                                  "vâng, chồng em đi vắng rồi ạ", "bây giờ ổng ngủ rồi",
                                  "he's at work", "i think so, he is at work now",
                                  "my husband is asleep", "i think so"])
def test_the_one_who_hurts_away_is_safe_for_now(text):
    assert answers.read_safe(text, places=True) == "yes"


@pytest.mark.parametrize("text", ["ổng đi làm rồi nhưng tối về", "he is out of control",
                                  "ong ay di lay dao"])
def test_away_with_a_turn_or_not_away_is_not_safe_said(text):
    assert answers.read_safe(text, places=True) != "yes"


@pytest.mark.parametrize("text", ["em sợ lắm", "em so qua", "i'm scared", "i am terrified"])
def test_fear_answers_the_safety_question_as_not_sure(text):
    assert answers.read_safe(text, fear_counts=True) == "no"
    assert answers.read_safe(text) is None       # at another step fear is no answer of safety


@pytest.mark.parametrize(("text", "expected"), [
    ("e đang trốn ở nhà hàng xóm", "home_violence"),
    ("i ran to my neighbours house, he is looking for me", "home_violence"),
    ("hàng xóm đang đánh vợ", "witness"),
    ("my neighbour is beating his wife", "witness"),
    ("thằng bồ cũ cứ nhắn tin đe dọa giết em", "threatened"),
    ("he keeps texting threats to kill me", "threatened"),
    ("ổng nhắn tin dọa giết em, giờ ổng đang đứng trước nhà", "followed"),
    ("tôi bị đuổi ra khỏi nhà giữa đêm, không có chỗ ngủ", "put_out"),
    ("he kicked me out and i have nowhere to sleep", "put_out"),
])
def test_at_the_neighbours_is_not_watching_the_neighbours(text, expected):
    assert situations.detect(text) == expected


@pytest.mark.parametrize("text", ["game này khó chết đi được", "mệt chết đi được",
                                  "nhớ chết mất", "i live in ninh kieu", "em sống ở bình thủy"])
def test_dying_or_living_named_in_passing(text):
    assert self_harm.only_in_passing(text)
    assert self_harm.level(text) is None


@pytest.mark.parametrize("text", ["em mệt quá muốn chết", "buồn muốn chết",
                                  "i live alone and i dont want to live anymore",
                                  "sống với chồng như địa ngục, chỉ muốn chết"])
def test_a_wish_to_die_beside_such_words_is_still_read(text):
    assert not self_harm.only_in_passing(text)
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", ["em đang ở trên sân thượng", "i have the pills in my hand",
                                  "em dang cam dao", "i'm on the bridge", "thuốc trên tay em rồi"])
def test_a_height_or_the_means_named(text):
    assert self_harm.at_hand(text)


@pytest.mark.parametrize("text", ["em ổn rồi", "i am at home with my mom", "em đang nấu cơm"])
def test_nothing_at_hand(text):
    assert not self_harm.at_hand(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("là cho bạn em", True), ("i'm asking for my sister", True), ("không phải em", True),
    ("mẹ em không tin em", False), ("mẹ em không tin em, nói em phải chịu", False),
])
def test_saying_whom_the_help_is_for(text, expected):
    assert answers.says_whom_for(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("she is 9", "child"), ("bé mới 7 tuổi", "child"), ("nó 15 tuổi rồi", "child"),
    ("he is 25", "other"), ("con 9 tuổi", None),      # "con 9 tuổi" may be the writer's own age
])
def test_the_age_of_the_one_spoken_of_says_who(text, expected):
    assert answers.read_who(text) == expected


@pytest.mark.parametrize("text", ["làm sao để báo công an mà chồng không biết",
                                  "how can i report him without him knowing", "cách báo công an",
                                  "làm sao báo tin bạo lực"])
def test_how_to_report_is_asked(text):
    assert faq.topic(text) == "where_to_report"


def test_paying_back_parents_is_no_report():
    assert faq.topic("làm sao để báo đáp cha mẹ") is None


@pytest.mark.parametrize("text", ["myself", "bản thân", "cho em", "for me"])
def test_oneself_named_alone_is_no_thought_of_dying(text):
    assert self_harm.only_in_passing(text)


def test_a_farewell_alone_is_still_heard():
    assert not self_harm.only_in_passing("vĩnh biệt")


@pytest.mark.parametrize("text", ["ổng đi nhậu chưa dìa, hông có nhà", "chồng em đi nhậu rồi"])
def test_away_drinking_is_away_for_now(text):
    assert answers.read_safe(text, places=True) == "yes"


@pytest.mark.parametrize("text", ["dạ thể chất", "vâng cho em", "da tinh than"])
def test_a_polite_particle_before_another_answer_is_no_yes(text):
    assert answers.read_safe(text, places=True) is None


@pytest.mark.parametrize("text", ["dạ", "dạ an toàn", "vâng ạ", "ok", "dạ có"])
def test_a_polite_yes_is_still_yes(text):
    assert answers.read_safe(text, places=True) == "yes"


@pytest.mark.parametrize("text", ["là sao?", "ý bạn là gì", "??", "hả", "ko hiểu",
                                  "em không hiểu câu hỏi", "what do you mean?", "huh?",
                                  "i dont understand"])
def test_asking_what_the_question_means(text):
    assert answers.asks_what_is_meant(text)


@pytest.mark.parametrize("text", ["sao em phải chịu", "tại sao", "không", "không rõ",
                                  "bạo lực là gì", "what is violence", "có"])
def test_answers_and_questions_of_their_own_are_not(text):
    assert not answers.asks_what_is_meant(text)


@pytest.mark.parametrize("text", ["người yêu đòi chia tay rồi dọa tự tử",
                                  "bạn trai em nói sẽ tự tử nếu em chia tay",
                                  "ổng nói ổng sẽ chết nếu em không về",
                                  "my boyfriend says he will kill himself if i leave him",
                                  "he threatened suicide when i said no",
                                  "ck e noi neu e ly hon thi ong se nhay song",
                                  "if i leave he says he will kill himself"])
def test_suicide_threatened_to_keep_the_writer_is_pressure_not_a_crisis(text):
    """The writer is the one pressed: no crisis words of their own, nor the worry for another."""
    assert self_harm.used_as_leverage(text)
    assert self_harm.level(text) is None


@pytest.mark.parametrize("text", ["vo toi bi tram cam sau sinh, hay doa tu tu",
                                  "em muốn chết nếu anh ấy bỏ em",
                                  "if i leave him i will kill myself"])
def test_a_wish_to_die_with_no_one_pressed_is_still_heard(text):
    assert not self_harm.used_as_leverage(text)
    assert self_harm.level(text) == "thoughts"


@pytest.mark.parametrize("text", ["i need a doctor, he hurt me", "em cần bác sĩ", "i need to see a doctor"])
def test_a_doctor_needed_is_where_to_be_seen(text):
    assert faq.topic(text) == "see_doctor"


@pytest.mark.parametrize("text", ["ổn", "tạm ổn", "cũng ổn", "on a"])
def test_okay_alone_is_safe(text):
    assert answers.read_safe(text) == "yes"


@pytest.mark.parametrize("text", ["tạm ổn nhưng tối ổng về", "an toàn nhưng tối nay ổng về",
                                  "i am safe but he comes back tonight"])
def test_safe_for_now_but_he_comes_back_is_not_surely_safe(text):
    assert answers.read_safe(text, places=True, fear_counts=True) == "no"


@pytest.mark.parametrize(("text", "leave"), [
    ("tối nay ổng về", False), ("tạm ổn nhưng tối ổng về", False), ("lát ổng về", False),
    ("ổng về rồi", True), ("he is coming home", True), ("chồng em về rồi, xoá đi", True),
    # a delete refused, an escape told, "huỷ" alone: nothing wiped
    ("đừng xoá nha", False), ("ko xoá đâu", False), ("không cần xoá", False), ("dont delete", False),
    ("dung xoa nha", False), ("hủy", False), ("tui trốn thoát rồi nhưng ko biết đi đâu", False),
    ("em chạy thoát ra được rồi, giờ ở nhà bạn", False),
    ("xoá đi", True), ("thoát", True), ("thoát nhanh", True), ("hủy cuộc trò chuyện", True),
])
def test_someone_arriving_later_wipes_nothing(text, leave):
    from bot.core.flows import privacy

    assert privacy.asks_to_leave(text) is leave


@pytest.mark.parametrize(("text", "language"), [
    ("i dont speak vietnamese, i need help", "en"), ("I can't read Vietnamese", "en"),
    ("em không biết tiếng Anh", "vi"), ("tui ko rành tiếng anh", "vi"),
    ("english please", "en"), ("nói tiếng việt đi", "vi"),
])
def test_a_language_one_cannot_read_asks_for_the_other(text, language):
    from bot.core.flows.language import requested

    assert requested(text) == language


@pytest.mark.parametrize("text", ["mối quan hệ độc hại là gì", "what is a toxic relationship",
                                  "red flag là gì"])
def test_what_a_toxic_relationship_is_gets_the_warning_signs(text):
    from bot.core import recognition

    assert recognition.topic(text) == "warning_signs"


@pytest.mark.parametrize("text", ["làm sao để nói chuyện với con về xâm hại",
                                  "how do i talk to my kids about abuse",
                                  "dạy con cách phòng tránh bị xâm hại"])
def test_teaching_a_child_about_abuse_is_asked_not_told(text):
    from bot.core import disclosure
    from bot.core.flows import learn

    assert disclosure.detect(text, None) is None
    assert learn.topic_for(text, "learn_safety") == "children_safety"


def test_a_child_hurt_and_how_to_talk_to_them_is_still_told():
    from bot.core import disclosure

    assert disclosure.detect("con tôi bị xâm hại, tôi nên nói chuyện với con thế nào", None) is not None


@pytest.mark.parametrize("text, asked", [
    ("trầm cảm là gì", True), ("bạn em bị trầm cảm", True), ("what is depression", True),
    ("em bị trầm cảm phải làm sao", False), ("i am depressed what should i do", False),
])
def test_depression_asked_about_is_not_the_writers_own(text, asked):
    """Only depression asked about or someone else's sets the classifier's crisis reading aside."""
    assert faq.asks_about_mental_health(text) is asked


@pytest.mark.parametrize("text", ["ko biết nó có an toàn ko", "không biết chị ấy có an toàn không",
                                  "i don't know if she's safe"])
def test_not_knowing_whether_someone_is_safe_is_not_safe(text):
    assert answers.read_safe(text, places=True) == "no"


@pytest.mark.parametrize(("text", "situation"), [
    ("ổng kéo tóc em lôi ra sân", "home_violence"), ("mặt em sưng hết rồi, chồng mới đánh", "home_violence"),
    ("chồng đánh tui gãy xương sườn", "home_violence"), ("dạo này chồng đang đánh em", "home_violence"),
    ("nó cầm kéo đòi đâm em", "weapon"), ("ổng lấy gậy đánh em", "weapon"), ("ổng đang cầm dao", "weapon"),
])
def test_words_that_fold_like_a_weapon_are_one_only_when_held(text, situation):
    assert situations.detect(text) == situation


def test_danger_to_someone_else_gets_the_witness_advice():
    assert situations.detect("ổng đang đánh bả", about_other=True) == "witness"
    assert situations.detect("ổng đang đánh bả") == "home_violence"


@pytest.mark.parametrize(("text", "level"), [
    ("em hay đập đầu vào tường", "thoughts"),                   # the writer's own
    ("ba đấm đầu vào tường rồi đánh mẹ", None),                 # his: violence, not self-harm
    ("ổng say rồi đấm vào tường, em sợ ổng quay sang em", None),
    ("tui muốn ly dị", None), ("em không muốn sống chung với ổng nữa", None),
    ("em không muốn sống nữa", "thoughts"),
    ("bạn em nhắn tin là nó sẽ nhảy cầu tối nay", "now"),       # a plan with a time
])
def test_wall_punching_divorce_and_a_plan_tonight(text, level):
    assert self_harm.level(text) == level


@pytest.mark.parametrize("text", ["bạn em nhắn tin là nó sẽ nhảy cầu tối nay",
                                  "my son is 15 and says he wants to kill himself"])
def test_someone_elses_plan_or_wish_is_theirs(text):
    assert self_harm.about_someone_else(text)
    assert not self_harm.threatens_writer_too(text)


@pytest.mark.parametrize("text", ["ck nói e mà bỏ ảnh là ảnh nhảy sông",
                                  "chồng nói nếu em ly dị thì ảnh uống thuốc sâu chết"])
def test_a_suicide_threat_to_keep_her_with_the_southern_him(text):
    assert self_harm.used_as_leverage(text)


@pytest.mark.parametrize("text", ["em bị hiếp", "vừa bị hiếp xong", "nó hiếp em"])
def test_rape_in_everyday_words_gets_the_sexual_assault_advice(text):
    assert situations.detect(text) == "sexual_assault"


@pytest.mark.parametrize("text", ["bây giờ thì ổn", "giờ thì an toàn rồi", "hiện tại vẫn ổn"])
def test_safe_for_now_said_with_when(text):
    assert answers.read_safe(text) == "yes"


@pytest.mark.parametrize(("text", "correcting"), [("à nhầm, cho tui", True),
                                                   ("sửa lại, cho bạn tui chứ ko phải tui", True),
                                                   ("i meant my friend", True), ("cho tui", False)])
def test_a_correction_is_heard(text, correcting):
    assert answers.corrects(text) is correcting


@pytest.mark.parametrize("text", ["có mất tiền ko", "is it free?", "mất phí không"])
def test_cost_asked_alone_is_the_cost_question(text):
    assert faq.topic(text) == "number_cost"


@pytest.mark.parametrize("text", ["mần răng để biết mình bị bạo lực tinh thần",
                                  "ck tui cầm hết tiền lương, hổng cho tui xài đồng nào, vậy có sao hông",
                                  "bả chồng chửi tui suốt ngày có sao ko"])
def test_recognition_asked_in_central_and_southern_words(text):
    from bot.core import recognition

    assert recognition.topic(text) == "warning_signs"


def test_left_stranded_gets_a_place_for_tonight():
    assert situations.detect("ổng chở em đi xa lắm rồi bỏ lại") == "put_out"


@pytest.mark.parametrize(("text", "kind"), [
    ("ba má bắt em cưới người em ko thương", "other"), ("nhà em bắt em lấy ông kia để trả nợ", "other"),
    ("ba dượng hay đụng vào người em lúc mẹ đi vắng", "sexual"),
])
def test_forced_marriage_and_touching_are_named(text, kind):
    from bot.nlu.entities import kind_of
    from bot.nlu.normalize import normalize

    assert kind_of(normalize(text).expanded, None) == kind


def test_not_daring_to_tell_is_not_being_unable_to_speak():
    assert faq.topic("bạn cùng phòng bị thầy quấy rối, bạn ko dám nói") is None
    assert faq.topic("em không dám gọi điện") == "no_voice"


@pytest.mark.parametrize(("text", "topic"), [
    ("is 111 only for children", "hotline_111"), ("người lớn gọi 111 được không", "hotline_111"),
    ("can the court order him to stay away", "no_contact_order"),
])
def test_whom_111_is_for_and_a_court_order(text, topic):
    assert faq.topic(text) == topic


def test_emergency_contraception_asked_is_no_emergency():
    from bot.core.safety import is_danger

    assert not is_danger("thuốc tránh thai khẩn cấp mua ở đâu")
    assert is_danger("cần cấp cứu")


@pytest.mark.parametrize(("text", "teaching"), [
    ("nên nói với con nhỏ về xâm hại tình dục như thế nào", True),
    ("nói với con gái 6 tuổi về vùng kín ra sao", True),
    ("con tôi bị xâm hại, tôi nên nói với con thế nào", False),
])
def test_teaching_a_child_is_asked_not_told(text, teaching):
    from bot.core import pathway_reader

    assert pathway_reader.teaches_a_child(text) is teaching


def test_wanting_to_get_away_is_not_read_as_suicide_by_the_classifier_alone():
    from bot.nlu.understanding import Understanding

    vote = Understanding("self_harm", 0.51, "self_harm")
    assert self_harm.level("tui mệt mỏi quá, muốn đi đâu đó thật xa", vote) is None
    assert self_harm.level("tui mệt mỏi quá, muốn chết", vote) == "thoughts"


def test_what_suing_costs_is_the_legal_aid_answer():
    assert faq.topic("đi kiện tốn bao nhiêu tiền vậy") == "legal_aid"


@pytest.mark.parametrize(("text", "leave", "refused"), [
    ("ko kịp rồi, xoá đi", True, False), ("ko xoá là ổng thấy đó, xoá lẹ", True, False),
    ("đừng để ổng thấy, xoá đi", True, False), ("đừng xoá gì hết nha", False, True),
    ("không cần xoá hết", False, True),
])
def test_an_urgent_delete_with_a_no_in_it_still_wipes(text, leave, refused):
    from bot.core.flows import privacy

    assert privacy.asks_to_leave(text) is leave
    assert privacy.refuses_delete(text) is refused


@pytest.mark.parametrize(("text", "situation"), [
    ("ổng có súng, đang chĩa vô em", "weapon"), ("ổng cầm dao đòi chém em", "weapon"),
    ("em lỡ làm bể chén nên ổng mới đánh, giờ ổng còn đang đánh", "home_violence"),
])
def test_the_writer_named_as_the_target_keeps_their_own_advice(text, situation):
    assert situations.detect(text, about_other=True) == situation


@pytest.mark.parametrize(("text", "level"), [
    ("ko muốn sống với ổng nữa, mà sống cũng chẳng để làm gì", "thoughts"),
    ("em đập đầu vô tường", "thoughts"),
])
def test_hopelessness_beside_leaving_him_and_her_head_against_the_wall(text, level):
    assert self_harm.level(text) == level


@pytest.mark.parametrize(("text", "safe"), [
    ("em ở nhà, ổng đang say", "no"), ("em ở nhà ông bà ngoại", "yes"),
    ("y", "yes"), ("yes i am", "yes"), ("she's ok rn", "yes"), ("kinda", "no"), ("sorta safe", "no"),
    ("not really, hes in the next room", "no"),
])
def test_safety_answers_typed_in_more_ways(text, safe):
    assert answers.read_safe(text, places=True) == safe


def test_someone_else_holding_a_knife_is_no_means_at_hand():
    assert self_harm.at_hand("em đang cầm dao")
    assert not self_harm.at_hand("ổng đang cầm dao")
    assert not self_harm.at_hand("he has a knife")


def test_cutting_sometimes_is_thoughts_not_acting_now():
    assert self_harm.level("i cut myself sometimes when he yells at me") == "thoughts"
    assert self_harm.level("i just cut myself") == "now"


@pytest.mark.parametrize(("text", "leave", "refused"), [
    ("đừng có xoá", False, True), ("đừng có mà xoá", False, True),
    ("dont you dare delete this", False, True), ("ko, xoá đi", True, False),
    ("ko ko, xoá lẹ", True, False), ("at home, he's drunk", False, False),
])
def test_more_ways_to_refuse_or_ask_for_a_delete(text, leave, refused):
    from bot.core.flows import privacy

    assert privacy.asks_to_leave(text) is leave
    assert privacy.refuses_delete(text) is refused


@pytest.mark.parametrize(("text", "safe"), [
    ("dạ ko", "no"), ("dạ chưa", "no"), ("dạ có", "yes"),
    ("e ở nhà, ổng đi nhậu chưa về", "yes"), ("em ở nhà, ổng say xỉn đập đồ", "no"),
    ("at home, he's drunk", "no"),
])
def test_a_polite_no_and_a_drunk_man_at_home(text, safe):
    assert answers.read_safe(text, places=True, fear_counts=True) == safe


@pytest.mark.parametrize("text", ["có thuốc ngủ trong tay rồi", "thuốc ngủ em gom đủ rồi", "em có dao",
                                  "dao đang trong tay em"])
def test_the_means_at_hand_said_in_more_ways(text):
    assert self_harm.at_hand(text)


@pytest.mark.parametrize("text", ["chị ấy nói em sẽ chết mê cái váy này", "sếp nói em mà đi trễ nữa là chết với sếp"])
def test_death_in_an_idiom_is_not_believed_from_the_classifier_alone(text):
    from bot.nlu.understanding import Understanding

    assert self_harm.level(text, Understanding("self_harm", 0.8, "self_harm")) is None


def test_a_mother_and_her_child_get_the_mothers_advice():
    assert situations.detect("ổng đang đánh mẹ con em") == "home_violence"
    assert situations.detect("ổng đang đánh con em") == "child"


@pytest.mark.parametrize("text", ["mẹ em bị ba đánh bất tỉnh rồi", "chị tôi bị chồng đâm, máu chảy nhiều lắm",
                                  "bố đang đánh mẹ em, em sợ lắm", "ổng đang quánh má tui, tui sợ quá trời",
                                  "my friend was stabbed by her boyfriend, she's bleeding",
                                  "my dad is beating my mom right now"])
def test_danger_to_a_mother_sister_or_friend_gets_the_witness_advice(text):
    """"mẹ em", "my mom": the writer owns the kin word, is afraid, is not the one hit."""
    assert situations.detect(text, about_other=True) == "witness"


@pytest.mark.parametrize("text", ["chồng đang đánh mẹ con em", "ổng đánh cả em", "he is hitting me and my mom",
                                  "em cũng bị đánh"])
def test_the_writer_hit_too_keeps_their_own_advice(text):
    assert situations.detect(text, about_other=True) != "witness"


@pytest.mark.parametrize("text", ["e bi ck chui suot, chua danh bao gio, vay co phai bao luc ko",
                                  "ck e ko danh nhung hay chui va khong cho e tien, co phai bao luc gia dinh ko",
                                  "my husband only yells, he never hits me. is that still abuse?"])
def test_is_this_abuse_with_no_hitting_gets_the_warning_signs(text):
    from bot.core import recognition
    assert recognition.topic(text) == "warning_signs"


@pytest.mark.parametrize("text", ["chồng đánh em như vậy có phải bạo lực không", "he hits me, is that abuse?",
                                  "ck ko cho e tien tieu, danh e suot, vay co phai bao luc ko"])
def test_beating_told_with_the_question_is_still_a_disclosure(text):
    from bot.core import recognition
    assert recognition.topic(text) is None


@pytest.mark.parametrize("text", ["anh rể đang đánh chị em, em phải làm sao", "bố đang đánh em gái em",
                                  "ba đang đánh anh hai em", "chồng đang đánh mẹ chồng em"])
def test_danger_to_other_relatives_gets_the_witness_advice_too(text):
    assert situations.detect(text, about_other=True) == "witness"


@pytest.mark.parametrize("text", ["ba đang đánh anh hai em, em trốn trong phòng",
                                  "my dad is hitting my mom right now im hiding in my room"])
def test_a_writer_hiding_from_violence_done_to_another_gets_the_hiding_advice(text):
    # (never "speak up, make noise" to someone hiding: the door locked, quiet, 113)
    assert situations.detect(text, about_other=True) == "hiding"


@pytest.mark.parametrize("text", ["người ta hứa việc nhẹ lương cao rồi nhốt em ở đây, ko cho về",
                                  "they are keeping me here and won't let me go home",
                                  "họ nhốt em ở đây, ko cho về nhà"])
def test_held_by_strangers_is_the_held_advice_whoever_else_is_named(text):
    assert situations.detect(text, about_other=True) == "held"


@pytest.mark.parametrize(("text", "too"), [
    ("à mà em cũng bị ck em đánh nữa", True), ("thật ra là em đó, em ngại nói", True),
    ("actually it's me, not my friend", True), ("thật ra là em muốn hỏi cách giúp nó", False),
    ("thật ra là em đã báo công an rồi", False), ("em cũng bị mẹ mắng vì chuyện đó", False),
    ("actually it's me who needs advice on how to help her", False)])
def test_the_writers_own_story_is_told_from_other_sentences_about_the_writer(text, too):
    from bot.core.answers import says_writer_too
    assert says_writer_too(text) is too


@pytest.mark.parametrize(("text", "wanted"), [
    ("english please", "en"), ("nói tiếng anh được ko", "en"), ("can you speak english?", "en"),
    ("back to vietnamese", "vi"), ("i don't speak vietnamese", "en"), ("vietnamese", "vi"),
    ("my vietnamese partner is abusive", None), ("vietnamese law on divorce", None),
    ("does 111 speak english?", None), ("is there anyone who speaks english", None),
])
def test_a_language_is_asked_for_only_as_the_one_to_use(text, wanted):
    from bot.core.flows import language
    assert language.requested(text) == wanted


@pytest.mark.parametrize(("text", "who"), [
    ("bà nội", "other"), ("cô giáo", "other"), ("bố em", "other"), ("ba em", "other"),
    ("ông bà em", "other"), ("vk", "other"), ("mẹ", "other"), ("chồng em", "self"),
    ("ck em", "self"), ("me", "self"), ("có", None), ("đi", None), ("thấy", None),
])
def test_a_relative_named_alone_answers_whom_the_help_is_for(text, who):
    assert answers.read_who(text) == who


@pytest.mark.parametrize("text", ["còn nữa ko", "con nua k", "còn gì nữa không", "trạm xá",
                                  "nhiều thứ lắm", "em đang lo chết đi được vì mai thi"])
def test_reading_on_a_health_post_and_worry_of_degree_are_no_wish_to_die(text):
    from bot.core import self_harm
    assert self_harm.not_a_wish(text) or self_harm.only_in_passing(text)


@pytest.mark.parametrize(("text", "service"), [
    ("trạm xá", "health"), ("phòng khám", "health"), ("chỗ trú", "shelter"),
    ("cần chỗ ngủ tạm mấy đêm", "shelter"), ("somewhere to stay", "shelter"),
])
def test_service_words_as_residents_type_them(text, service):
    from bot.core.flows import services
    assert services.service_in(text) == service


@pytest.mark.parametrize(("text", "audience"), [
    ("cho chị gái em", "friend_family"), ("hàng xóm", "friend_family"),
    ("for my sister", "friend_family"), ("à nhầm, cho người thân", "friend_family"),
    ("em là mẹ", "parent"), ("i'm a parent", "parent"), ("tôi là bố của 2 đứa nhỏ", "parent"),
    ("cho con tôi", "parent"), ("e 15t", "young"), ("cho em", "victim"), ("me", None),
])
def test_whom_the_reading_is_for_typed_as_a_person(text, audience):
    from bot.core.flows.learn import _AUDIENCE_WORDS
    from bot.nlu.normalize import fold
    typed = fold(text).strip(" .!?,")
    found = next((key for key, pattern in _AUDIENCE_WORDS.items() if pattern.search(typed)), None)
    assert found == audience


@pytest.mark.parametrize("text", [
    "em sợ ca phường lắm, đừng báo công an", "em sợ công an", "bot có báo công an không",
    "ban co bao cong an ko", "i don't want the police involved", "will you tell the police",
    "em không muốn báo công an", "em ko dám báo công an vì sợ ck biết", "afraid of the police",
])
def test_fear_of_the_police_is_answered_as_a_question(text):
    assert faq.topic(text) == "police_fear"


@pytest.mark.parametrize(("text", "topic"), [
    ("em sợ quá, gọi công an giúp em", None),            # a cry for the police, not fear of them
    ("em muốn báo công an", "where_to_report"),
    ("tôi có thể báo công an qua tin nhắn không", "text_instead_of_call"),
])
def test_calling_or_reporting_to_the_police_is_not_fear_of_them(text, topic):
    assert faq.topic(text) == topic


@pytest.mark.parametrize(("text", "service"), [
    ("em sợ ca phường", None), ("em sợ công an lắm", None), ("em không muốn đến bệnh viện", None),
    ("no police please, just a shelter", "shelter"),
    ("không muốn công an, cho em chỗ tạm lánh", "shelter"),
    ("tìm công an gần nhất", "police"), ("ca phường ở đâu", "police"),
])
def test_a_service_named_to_refuse_it_is_no_filter(text, service):
    from bot.core.flows.services import service_in
    assert service_in(text) == service


@pytest.mark.parametrize(("text", "english"), [
    ("toi la nguoi nuoc ngoai, chong toi danh toi, co ai noi tieng anh ko", True),
    ("có ai nói tiếng anh không", True),
    ("e la nguoi viet, ck e nguoi uc, ben 111 co ai noi duoc tieng anh ko", False),
    ("có ai nói tiếng Anh không ạ, chồng tôi người Mỹ bị đánh ở quán", False),
    ("em học tiếng anh ở trung tâm", False),
])
def test_english_asked_for_the_writer_only(text, english):
    from bot.core.language_request import asks_english_for_self
    assert asks_english_for_self(text) is english


@pytest.mark.parametrize(("text", "theirs"), [
    ("em ở Ninh Kiều nhưng chị em ở Long Mỹ", "chị em ở Long Mỹ"),
    ("nó ở Thốt Nốt còn em ở Ninh Kiều", "nó ở Thốt Nốt"),
    ("nó ở Cái Răng, em ở Bình Thủy", "nó ở Cái Răng"),
    ("an bình, ninh kiều", "an bình, ninh kiều"),   # one address, not two places
    ("Long Mỹ", "Long Mỹ"),
])
def test_the_other_persons_place_is_read_apart_from_the_writers(text, theirs):
    assert answers.their_place(text) == theirs


@pytest.mark.parametrize("text", ["chị dâu em", "mẹ chồng tui", "anh rể", "em dâu", "chị hai tui"])
def test_in_laws_and_kin_said_alone_are_someone_else(text):
    assert answers.read_who(text) == "other"


@pytest.mark.parametrize(("text", "expected"), [
    ("dạ an toàn. à không, ổng mới về", "no"),
    ("dạ ổn, ủa ổng về kìa", "no"),
    ("yes im safe. wait he just got home", "no"),
    ("ổng về quê rồi, em an toàn", "yes"),          # gone to his home village: away
    ("an toàn, ổng đi nhậu rồi", "yes"),
])
def test_a_yes_taken_back_by_his_arrival_is_not_safe(text, expected):
    assert answers.read_safe(text) == expected


@pytest.mark.parametrize("text", ["đường châu văn liêm ninh kiều", "em ở đường hòa bình ninh kiều"])
def test_a_street_named_after_an_old_ward_is_no_ward(text):
    assert [m.ward.name for m in WARDS.candidates(text)] == ["Ninh Kiều"]
    assert WARDS.province_named("đường hòa bình") is None


@pytest.mark.parametrize(("text", "province"), [
    ("em ở phong điền huế", "Thành phố Huế"), ("tân an long an", "Tây Ninh"),
    ("long xuyên", "An Giang"), ("em ở rạch giá", "An Giang"), ("thủ đức", "Thành phố Hồ Chí Minh"),
])
def test_a_place_of_another_province_is_outside_even_with_a_namesake_ward(text, province):
    assert WARDS.candidates(text) == []
    found = WARDS.province_named(text)
    assert found is not None and found.name == province


def test_the_citys_own_former_provinces_keep_the_ward():
    assert [m.ward.name for m in WARDS.candidates("long mỹ hậu giang")] == ["Long Mỹ"]
