"""The follow-up in the dialogue: the offer (where, when, what it says), typed and tapped
answers, cancelling, the check-in and its one anonymous outcome row."""

from __future__ import annotations

from bot.core.messages import Inbound
from bot.followup.store import open_due
from tests.followup.conftest import Person, finish_request, offer_of, outcomes


def test_the_offer_comes_after_a_help_request_on_telegram_with_no_thanks_first(runtime):
    replies = finish_request(Person(runtime))
    offer = offer_of(replies)
    assert offer is not None and replies[-1] is offer
    assert [b.payload for b in offer.buttons] == ["fu:no", "fu:d:1", "fu:d:3", "fu:d:7"]
    assert offer.buttons[0].label == "Không, cảm ơn"
    assert "/xoa" in offer.text and "dừng" in offer.text and "mã hoá" in offer.text
    assert runtime.followups.store.count() == 0, "an offer alone keeps nothing"


def test_no_offer_on_the_web_the_terminal_or_in_groups(runtime):
    for channel in ("web", "terminal"):
        assert offer_of(finish_request(Person(runtime, channel, "w1"))) is None
    group = runtime.engine.handle(Inbound("telegram", "-100200", text="giúp tôi", command="group"))
    assert offer_of(group) is None


def test_no_offer_without_a_key(project_copy, monkeypatch, shared_understander):
    from bot.runtime import build_runtime
    from tests.configs import configure

    monkeypatch.delenv("COMPANION_FOLLOWUP_KEY", raising=False)
    rt = build_runtime(configure(project_copy, {}), understander=shared_understander)
    try:
        assert rt.followups is None
        assert offer_of(finish_request(Person(rt))) is None
    finally:
        rt.close()


def test_the_offer_comes_after_a_provider_list_once(runtime):
    person = Person(runtime)
    person.press("m:near")
    first = person.press("s:skip")
    assert offer_of(first) is not None
    again = person.press("s:f:health")
    assert offer_of(again) is None


def test_a_tapped_delay_keeps_one_sealed_check_in_and_silence_keeps_none(runtime, clock):
    person = Person(runtime)
    finish_request(person)
    confirmed = person.press("fu:d:3")
    assert "3 ngày" in confirmed[0].text
    assert [b.payload for b in confirmed[0].buttons] == ["fu:cancel"]
    store = runtime.followups.store
    assert store.count() == 1
    rows = store.claim(clock() + 3 * 86400 + 1, 60, 10)
    due = open_due(runtime.followups.key, rows[0])
    assert (due.recipient, due.language, due.kind, due.channel) == (
        person.user, "vi", "physical", "telegram")

    other = Person(runtime, user="777")
    finish_request(other)
    other.say("cảm ơn nhé")            # the offer was not answered: nothing kept
    assert not runtime.followups.pending("telegram", "777")


def test_typed_delays_and_refusals(runtime):
    cases = {"3 ngày": 3, "ok 1 ngay": 1, "7": 7, "một tuần nha": 7, "in 3 days please": 3,
             "ngày mai nhé": 1}
    for number, (text, days) in enumerate(cases.items()):
        person = Person(runtime, user=f"u{number}")
        finish_request(person)
        replies = person.say(text)
        assert f"{days} ngày" in replies[0].text or f"{days} day" in replies[0].text, text
        assert runtime.followups.pending("telegram", person.user), text
    for number, text in enumerate(("không cần", "no thanks", "ko", "thôi khỏi")):
        person = Person(runtime, user=f"n{number}")
        finish_request(person)
        replies = person.say(text)
        assert "không nhắn lại" in replies[0].text or "won't" in replies[0].text, text
        assert not runtime.followups.pending("telegram", person.user), text


def test_ok_without_a_delay_asks_which(runtime):
    person = Person(runtime)
    finish_request(person)
    replies = person.say("ok")
    assert [b.payload for b in replies[0].buttons][:2] == ["fu:no", "fu:d:1"]
    assert not runtime.followups.pending("telegram", person.user)


def test_cancel_by_button_by_typing_and_by_quick_exit(runtime):
    for how in ("button", "dừng", "huỷ nhắc", "stop", "/xoa", "xoa"):
        person = Person(runtime, user=f"c-{how}")
        finish_request(person)
        person.press("fu:d:1")
        assert runtime.followups.pending("telegram", person.user)
        if how == "button":
            replies = person.press("fu:cancel")
        elif how == "xoa":
            replies = person.command("xoa")
        else:
            replies = person.say(how)
        assert not runtime.followups.pending("telegram", person.user), how
        if how in ("/xoa", "xoa"):
            assert replies[-1].forget
        else:
            assert "Đã huỷ" in replies[0].text


def test_the_check_in_answer_is_counted_once_without_identifiers(runtime, fu_settings):
    person = Person(runtime)
    replies = runtime.engine.checkin("telegram", person.user, "vi", "physical", 3600)
    assert [b.payload for b in replies[0].buttons] == [
        "fu:o:reached_helped:physical", "fu:o:reached_waiting:physical",
        "fu:o:not_yet:physical", "fu:o:rather_not:physical"]
    answer = person.say("mình đã được giúp rồi")
    assert "Mừng" in answer[0].text
    assert {b.payload for b in answer[1].buttons} >= {"m:numbers", "m:near"}
    person.press("fu:o:reached_helped:physical")      # a second tap counts nothing more
    rows = outcomes(fu_settings)
    assert len(rows) == 1
    day, channel, language, kind, outcome = rows[0]
    assert (channel, language, kind, outcome) == ("telegram", "vi", "physical", "reached_helped")
    assert len(day) == 10 and person.user not in repr(rows)


def test_typed_check_in_answers(runtime, fu_settings):
    cases = {"chưa đc giúp gì hết": "reached_waiting", "chưa": "not_yet",
             "k muon noi": "rather_not", "I reached them and got help": "reached_helped",
             "not yet": "not_yet"}
    for number, (text, outcome) in enumerate(cases.items()):
        person = Person(runtime, user=f"a{number}")
        runtime.engine.checkin("telegram", person.user, "vi", "unknown", 3600)
        person.say(text)
        assert outcomes(fu_settings)[-1][-1] == outcome, text


def test_an_unclear_check_in_answer_is_asked_again_never_guessed(runtime, fu_settings):
    """"ổn rồi" or "yes" says no outcome: counting it as "got help" would inflate the plan's
    target, so the four answers come once more; the next clear answer is counted."""
    for number, text in enumerate(["ổn rồi", "yes", "đã liên hệ được rồi"]):
        person = Person(runtime, user=f"u{number}")
        runtime.engine.checkin("telegram", person.user, "vi", "unknown", 3600)
        replies = person.say(text)
        assert [b.payload for b in replies[-1].buttons][:1] == ["fu:o:reached_helped:unknown"], text
        assert outcomes(fu_settings) == [], text
    person.say("chưa được giúp")
    assert outcomes(fu_settings)[-1][-1] == "reached_waiting"


def test_violence_told_in_the_check_in_answer_is_heard_not_counted(runtime, fu_settings):
    """"nó lại đánh em": the folded "no" is also English "no"; it is a disclosure, not "not yet"."""
    person = Person(runtime)
    runtime.engine.checkin("telegram", person.user, "vi", "physical", 3600)
    said = "\n".join(r.text for r in person.say("nó lại đánh em"))
    assert outcomes(fu_settings) == []
    assert "111" in said


def test_danger_in_the_check_in_answer_gets_the_emergency_numbers_first(runtime, fu_settings):
    person = Person(runtime)
    runtime.engine.checkin("telegram", person.user, "vi", "physical", 3600)
    replies = person.say("chưa, anh ta đang đánh tôi, cứu tôi")
    first = replies[0].text
    assert "113" in first and "115" in first
    assert outcomes(fu_settings) == []


def test_the_privacy_page_says_what_a_check_in_keeps_where_one_can_be_offered(runtime):
    on_telegram = Person(runtime).press("m:privacy")[0].text
    assert "mã hoá" in on_telegram and "dừng" in on_telegram
    on_web = Person(runtime, "web", "w9").press("m:privacy")[0].text
    assert "mã hoá" not in on_web


def test_the_offer_and_check_in_in_english(runtime, fu_settings):
    person = Person(runtime, user="en1")
    person.say("hello, I need help")
    finish_request(person)
    person.press("lang:en")
    replies = person.say("yes, in 7 days")
    assert "7 day" in replies[0].text and runtime.followups.pending("telegram", "en1")
    checkin = runtime.engine.checkin("telegram", "en2", "en", "online", 3600)
    assert "How did things go" in checkin[0].text
    assert Person(runtime, user="en2").say("I'd rather not say")[0].text.startswith("That's fine")
    assert outcomes(fu_settings)[-1][1:] == ("telegram", "en", "online", "rather_not")


def test_stop_without_a_pending_check_in_is_read_as_usual(runtime):
    replies = Person(runtime, user="s1").say("stop")
    assert not any("Đã huỷ" in r.text for r in replies)


def test_danger_typed_in_answer_to_the_offer_gets_the_numbers_first(runtime):
    person = Person(runtime, user="d1")
    finish_request(person)
    replies = person.say("3 ngày nữa nó về, nó nói sẽ giết tôi")
    assert "113" in replies[0].text and "115" in replies[0].text


def test_inside_a_pathway_stop_leaves_it_and_only_cancel_reminder_cancels(runtime):
    person = Person(runtime, user="p1")
    finish_request(person)
    person.press("fu:d:3")
    person.press("pw:plan")
    from bot.sessions import session_key

    assert runtime.engine.sessions.get(session_key("telegram", "p1"))["flow"] == "pathway"
    person.say("dừng")
    assert runtime.followups.pending("telegram", "p1"), "dừng left the pathway only"
    replies = person.say("huỷ nhắc")
    assert "Đã huỷ" in replies[0].text
    assert not runtime.followups.pending("telegram", "p1")


def test_after_the_check_in_help_is_offered_again_with_the_safety_plan(runtime):
    runtime.engine.checkin("telegram", "p2", "vi", "unknown", 3600)
    replies = Person(runtime, user="p2").say("chưa")
    assert {b.payload for b in replies[-1].buttons} == {"m:numbers", "m:near", "pw:plan"}
    plan = Person(runtime, user="p2").press("pw:plan")
    assert plan and plan[0].text


def test_words_that_only_look_like_a_delay_keep_nothing(runtime):
    """'bạn' is no 'ba n' (three days), 'an toàn' no 'a n', 'bad' no 'ba d', 'Tuấn' no week."""
    for number, text in enumerate(("cám ơn bạn", "bạn là bot à", "em an toàn rồi",
                                   "em sẽ lên công an phường", "ck em tên Tuấn, ổng hay say xỉn",
                                   "I feel so bad", "is there an app i can use")):
        person = Person(runtime, user=f"w{number}")
        finish_request(person)
        replies = person.say(text)
        assert not runtime.followups.pending("telegram", person.user), text
        assert not any("Mình sẽ nhắn bạn một tin" in r.text or "I will send you one message"
                       in r.text for r in replies), text


def test_a_crisis_said_with_a_delay_is_heard_not_booked(runtime):
    for number, text in enumerate(("tuần này em ko sống nổi nữa", "1 tuần nữa em đi theo ba em",
                                   "tomorrow I'll end it", "bạn ơi nó đang đá cửa")):
        person = Person(runtime, user=f"c{number}")
        finish_request(person)
        replies = person.say(text)
        assert not runtime.followups.pending("telegram", person.user), text
        said = " ".join(r.text for r in replies)
        assert "Ngày Mai" in said or "113" in said or "115" in said, text


def test_another_button_closes_the_offer(runtime):
    person = Person(runtime, user="b1")
    finish_request(person)
    person.press("m:numbers")
    person.say("cảm ơn")
    person.say("3 ngày")
    assert not runtime.followups.pending("telegram", "b1")


def test_consent_taken_back_in_words_and_stories_with_stop_words_kept(runtime):
    for number, text in enumerate(("em đổi ý rồi, ko cần nhắn đâu", "thôi khỏi nhắn",
                                   "please don't message me", "i changed my mind")):
        person = Person(runtime, user=f"x{number}")
        finish_request(person)
        person.press("fu:d:3")
        person.say(text)
        assert not runtime.followups.pending("telegram", person.user), text
    for number, text in enumerate(("ổng ko chịu dừng tay", "ck em đòi hủy giấy tờ nhà",
                                   "hủy hôn được ko")):
        person = Person(runtime, user=f"k{number}")
        finish_request(person)
        person.press("fu:d:3")
        replies = person.say(text)
        assert runtime.followups.pending("telegram", person.user), text
        assert not any("Đã huỷ" in r.text for r in replies), text


def test_a_delay_changed_by_typing_replaces_the_first(runtime, clock):
    person = Person(runtime, user="r1")
    finish_request(person)
    person.press("fu:d:3")
    replies = person.say("đổi thành 7 ngày được ko")
    assert "7 ngày" in replies[0].text
    assert runtime.followups.store.count() == 1
    assert not runtime.followups.store.claim(clock() + 3 * 86400 + 1, 60, 10)


def test_stop_after_the_check_in_says_nothing_more_will_come(runtime):
    runtime.engine.checkin("telegram", "st1", "vi", "physical", 3600)
    replies = Person(runtime, user="st1").say("dừng")
    assert "không nhắn gì thêm" in replies[0].text


def test_a_wish_to_go_in_answer_to_the_check_in_is_no_outcome(runtime, fu_settings):
    runtime.engine.checkin("telegram", "sh1", "vi", "physical", 3600)
    before = len(outcomes(fu_settings))
    replies = Person(runtime, user="sh1").say("ko muốn nói, mệt lắm rồi muốn đi luôn")
    assert len(outcomes(fu_settings)) == before
    assert not replies[0].text.startswith("Không sao cả")


def test_consent_taken_back_with_dung_and_its_fillers(runtime):
    for number, text in enumerate(("đừng nhắn em nữa", "thôi đừng nhắn nữa nha", "đừng nhắn nữa")):
        person = Person(runtime, user=f"dn{number}")
        finish_request(person)
        person.press("fu:d:3")
        replies = person.say(text)
        assert not runtime.followups.pending("telegram", person.user), text
        assert "Đã huỷ" in replies[0].text, text


def test_a_delay_alone_is_kept_whatever_the_classifier_hears(runtime):
    for number, (text, days) in enumerate((("một tuần nữa", 7), ("tuần tới", 7), ("3 ngày nha", 3))):
        person = Person(runtime, user=f"da{number}")
        finish_request(person)
        replies = person.say(text)
        assert f"{days} ngày" in replies[0].text, text
        assert runtime.followups.pending("telegram", person.user), text


def test_a_refusal_with_its_reason_is_confirmed_and_heard(runtime):
    for number, text in enumerate(("thôi em sợ ck đọc được", "ko, ck em coi đt em")):
        person = Person(runtime, user=f"rr{number}")
        finish_request(person)
        replies = person.say(text)
        assert replies[0].text.startswith("Được rồi, mình sẽ không nhắn lại"), text
        assert not runtime.followups.pending("telegram", person.user), text


def test_a_vague_time_asks_which_delay(runtime):
    person = Person(runtime, user="vg1")
    finish_request(person)
    replies = person.say("cuối tuần")
    assert [b.payload for b in replies[0].buttons][:2] == ["fu:no", "fu:d:1"]
    assert "3 ngày" in person.say("3 ngày")[0].text


def test_only_in_the_evening_is_no_refusal(runtime):
    person = Person(runtime, user="ev1")
    finish_request(person)
    replies = person.say("nhắn buổi tối thôi nha, ban ngày ổng ở nhà")
    assert not any(r.text.startswith("Được rồi, mình sẽ không nhắn lại") for r in replies)


def test_his_phone_given_as_the_reason_declines_and_says_the_chat_can_be_cleared(runtime):
    for number, text in enumerate(("đừng nhắn, điện thoại này của ổng",
                                   "không, ổng hay coi điện thoại em")):
        person = Person(runtime, user=f"hp{number}")
        finish_request(person)
        replies = person.say(text)
        said = " ".join(r.text for r in replies)
        assert "không nhắn lại" in said and "gõ “xoá”" in said, text
        assert "Mình chưa hiểu" not in said, text
        assert not runtime.followups.pending("telegram", person.user), text
