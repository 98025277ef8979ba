"""Companion pathways through the real engine: every step can be left, danger typed at every
step gets 113/115/111 first, typed answers in both languages, no score, and nothing of the
answers outlives the pathway (the session forgets them, the logbook never sees them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.core import pathway_reader
from bot.core.flows.pathway_state import content
from bot.core.flows.safety_plan import PLAN_BUBBLE
from bot.core.messages import Inbound, Reply
from bot.runtime import Runtime, build_runtime
from bot.sessions import session_key

USER = "pathway-user"


@pytest.fixture
def runtime(settings) -> Iterator[Runtime]:
    rt = build_runtime(settings, with_nlu=False)
    yield rt
    rt.close()


def _send(rt: Runtime, text: str | None = None, payload: str | None = None) -> list[Reply]:
    return rt.engine.handle(Inbound("test", USER, text=text, payload=payload))


def _session(rt: Runtime) -> dict:
    return rt.sessions.get(session_key("test", USER)) or {}


def _rows(rt: Runtime) -> int:
    return rt.logbook.db["help_requests"].count  # type: ignore[attr-defined]


def _walk(rt: Runtime, flow: str, steps: int) -> None:
    """Open `flow` and answer `steps` questions with a typed yes / a note."""
    _send(rt, payload=f"pw:{flow}")
    for _ in range(steps):
        _send(rt, "có" if flow == "check" else "nhà chị Hai")


@pytest.mark.parametrize("flow,total", [("check", 5), ("plan", 8)])
@pytest.mark.parametrize("word", ["thôi", "dừng", "menu", "stop", "Thoi nha"])
def test_every_step_can_be_left(runtime, flow, total, word) -> None:
    for at in range(total):
        _walk(runtime, flow, at)
        replies = _send(runtime, word)
        assert runtime.content.t("vi", "pathways.stopped") in replies[0].text, (flow, at)
        session = _session(runtime)
        assert session.get("flow") is None and set(session.get("pathway", {})) <= {"fits"}


@pytest.mark.parametrize("flow,total", [("check", 5), ("plan", 8)])
@pytest.mark.parametrize("danger", ["chồng tôi đang đánh tôi", "ck dg cam dao doa giet e",
                                    "he is hitting me right now"])
def test_danger_at_every_step_gets_the_numbers_first(runtime, flow, total, danger) -> None:
    for at in range(total + (1 if flow == "plan" else 0)):  # the plan's send question too
        _walk(runtime, flow, at)
        first = _send(runtime, danger)[0].text
        assert all(n in first for n in ("113", "115", "111")), (flow, at, first)
        assert set(_session(runtime).get("pathway", {})) <= {"fits"}, (flow, at)


@pytest.mark.parametrize("answer", ["có ạ, anh ta từng bóp cổ em", "co, no doa giet e roi"])
def test_a_check_answer_that_tells_of_danger_gets_the_numbers_and_the_check_goes_on(
        runtime, answer) -> None:
    """The check asks about weapons, threats to kill, strangling: an answer in words trips the
    danger lexicon. The numbers come first, then the answer counts and the next question comes,
    so the person's next "có" is not met as not understood."""
    _walk(runtime, "check", 2)
    replies = _send(runtime, answer)
    assert all(n in replies[0].text for n in ("113", "115", "111")), replies[0].text
    assert _session(runtime)["pathway"]["i"] == 3
    assert "4/5" in replies[-1].text
    _send(runtime, "không")
    last = _send(runtime, "có")
    assert any("nghiêm trọng" in r.text or "serious" in r.text for r in last), last[0].text


def test_danger_while_reading_a_guide_gets_the_numbers_first(runtime) -> None:
    for gid, guide in content_of(runtime).guides.items():
        for card in range(len(guide.cards)):
            _send(runtime, payload=f"pw:g:{gid}:{card}")
            first = _send(runtime, "cứu em với, nó đang đánh em")[0].text
            assert all(n in first for n in ("113", "115", "111")), (gid, card)


def content_of(rt: Runtime):
    from bot.core.session import Session
    from bot.core.turn import Turn

    return content(Turn(Inbound("test", USER), Session("vi"), rt.engine.services))


@pytest.mark.parametrize("said,expected", [
    ("có", "yes"), ("co", "yes"), ("Có ạ", "yes"), ("yes", "yes"), ("yep", "yes"), ("ừ", "yes"),
    ("đúng", "yes"), ("không", "no"), ("ko", "no"), ("k", "no"), ("khong", "no"), ("hông", "no"),
    ("no", "no"), ("nope", "no"), ("bỏ qua", "skip"), ("bo qua", "skip"), ("skip", "skip"),
    ("không muốn trả lời", "skip"), ("ko mun tra loi", "skip"), ("không biết", "skip"),
    ("I'd rather not say", "skip"), ("thôi", "stop"), ("dừng", "stop"), ("dung lai", "stop"),
    ("menu", "stop"), ("stop", "stop"), ("quit", "stop"), ("xoá", "clear"), ("clear this chat", "clear"),
    ("tiếp", "next"), ("next", "next")])
def test_typed_answers_inside_a_pathway(said, expected) -> None:
    assert pathway_reader.answer(said) == expected


def test_the_check_never_scores_and_never_says_safe(runtime) -> None:
    texts = []
    for answers in (["có"] * 5, ["không"] * 5, ["bỏ qua"] * 5, ["yes", "no", "skip", "no", "no"]):
        _send(runtime, payload="pw:check")
        for word in answers:
            replies = _send(runtime, word)
        texts.append("\n".join(r.text for r in replies))
    joined = "\n".join(texts).lower()
    for word in ("điểm", "score", "bạn an toàn", "you are safe", "/5 ", "mức độ thấp", "low risk"):
        assert word not in joined
    assert runtime.content.t("vi", "pathways.check_serious") in texts[0]
    assert runtime.content.t("vi", "pathways.check_choke") in texts[0]
    assert runtime.content.t("vi", "pathways.check_thanks") in texts[1]
    assert _rows(runtime) == 0


def test_an_old_check_button_does_not_answer_a_later_question(runtime) -> None:
    _send(runtime, payload="pw:check")
    _send(runtime, payload="pw:c:yes:0")
    replies = _send(runtime, payload="pw:c:yes:0")  # pressed twice
    assert "2/5" in replies[0].text
    assert _session(runtime)["pathway"]["yes"] == ["worse"]


def test_the_plan_lives_in_the_session_only_until_it_ends(runtime) -> None:
    canary = "CANARY-plan-7f3a"
    _send(runtime, payload="pw:plan")
    _send(runtime, f"nhà {canary}")
    assert canary in str(_session(runtime)["pathway"])
    for _ in range(7):
        _send(runtime, "bỏ qua")
    replies = _send(runtime, "có")  # yes, send it
    assert canary in replies[0].text and "113" in replies[0].text
    assert canary not in str(_session(runtime))
    # Declined: never shown, forgotten all the same.
    _send(runtime, payload="pw:plan")
    _send(runtime, canary)
    for _ in range(7):
        _send(runtime, payload=f"pw:p:skip:{_ + 1}")
    replies = _send(runtime, payload="pw:p:nosend")
    assert canary not in "\n".join(r.text for r in replies)
    assert canary not in str(_session(runtime))
    assert _rows(runtime) == 0


def test_a_long_plan_comes_in_bubbles_that_each_fit_a_phone_screen(runtime) -> None:
    _send(runtime, payload="pw:plan")
    for i in range(8):
        _send(runtime, f"ghi chú {i} " + "rất dài " * 60)
    replies = _send(runtime, payload="pw:p:send")
    parts = [r.text for r in replies[:-1]]        # (the last reply: "only in the message above")
    assert len(parts) > 1 and all(len(p) <= PLAN_BUBBLE for p in parts), [len(p) for p in parts]
    plan = "\n".join(parts)
    assert all(f"ghi chú {i}" in plan for i in range(8))          # no step's line lost
    assert "…" in plan and "d…" not in plan and "dà…" not in plan   # cut between words only
    assert parts[0].startswith(runtime.content.t("vi", "pathways.plan_title"))
    assert "113" in parts[-1]                                       # the numbers, last


def test_an_address_with_its_instructions_is_kept_whole(runtime) -> None:
    place = ("nhà chị Lan hàng xóm số 12 hẻm 45 đường Trần Hưng Đạo, gọi chị trước khi qua, "
             "nếu chị không có nhà thì qua nhà bác Tư")
    _send(runtime, payload="pw:plan")
    _send(runtime, place)
    for _ in range(7):
        _send(runtime, "bỏ qua")
    assert place in _send(runtime, payload="pw:p:send")[0].text


@pytest.mark.parametrize("text", ["ok", "có", "xong rồi", "dạ rồi", "tiếp đi", "done", "ok thanks"])
def test_a_bare_yes_or_done_at_a_plan_step_goes_on_without_a_note(runtime, text) -> None:
    _send(runtime, payload="pw:plan")
    _send(runtime, "nhà chị Ba")
    replies = _send(runtime, text)
    assert "3/8" in replies[-1].text                  # the next step, the plan not stopped
    notes = _session(runtime)["pathway"]["notes"]
    assert list(notes.values()) == ["nhà chị Ba"]     # "Người tin cậy: ok" tells nobody anything


def test_leaving_for_the_menu_forgets_the_answers(runtime) -> None:
    _send(runtime, payload="pw:check")
    _send(runtime, "có")
    _send(runtime, payload="menu")
    assert set(_session(runtime).get("pathway", {})) <= {"fits"}


def test_every_offer_fits_zalo_five_buttons(runtime) -> None:
    """The pathway question buttons fit Zalo's five: nothing a person needs is pushed into the
    numbered overflow (the submenus' back buttons may be)."""
    _send(runtime, payload="pw:check")
    assert len(_send(runtime, payload="pw:c:yes:0")[-1].buttons) <= 5
    for reply in _send(runtime, payload="pw:plan"):
        assert len(reply.buttons) <= 5
    for gid in content_of(runtime).guides:
        for reply in _send(runtime, payload=f"pw:g:{gid}"):
            assert len(reply.buttons) <= 5, gid


@pytest.mark.parametrize("text", ["xoá tin nhắn này đi", "xoa cuoc tro chuyen", "clear this chat",
                                  "thoát nhanh"])
def test_the_quick_exit_is_never_taken_for_a_request_or_a_note(runtime, text) -> None:
    assert pathway_reader.requested(text) is None
    _send(runtime, payload="pw:plan")
    replies = _send(runtime, text)
    assert [r.forget for r in replies] == [True]
    assert _session(runtime) == {}


@pytest.mark.parametrize("text,expected", [
    ("làm sao tắt định vị trên zalo", "digital"), ("how do i turn off location sharing", "digital"),
    ("chồng theo dõi điện thoại em thì làm sao", "digital"), ("kế hoạch an toàn", "plan"),
    ("muốn kiểm tra mức độ nguy hiểm", "check"), ("bị dọa tung ảnh nóng thì làm sao", "online"),
    ("is there information for men", "men"), ("thông tin cho người cao tuổi", "older"),
    ("em là học sinh, em nên làm gì", "child"), ("sếp sàm sỡ em ở công ty, báo ai", "work"),
    ("uống thuốc tránh thai khẩn cấp khi nào", "assault"),
    ("my husband tracks my phone location, how do I turn it off", "digital"),
    ("he always knows where I am, is he tracking my phone?", "digital"),
    ("ck luôn biết em ở đâu, làm sao tắt", "digital"),
    # Stories and other requests are not pathway requests: they are heard as they are.
    ("ck e theo doi dien thoai e", None), ("chồng hay đánh, làm cho trẻ em sợ hãi", None),
    ("how to protect my kids during his outbursts", None), ("sếp sàm sỡ em", None),
    ("số khẩn cấp", None), ("xin chào", None)])
def test_which_pathway_a_typed_request_asks_for(text, expected) -> None:
    assert pathway_reader.requested(text) == expected


@pytest.mark.parametrize("word", ["thôi", "stop", "i want to stop", "em muốn dừng"])
def test_a_guide_can_be_left_at_any_card(runtime, word) -> None:
    for gid, guide in content_of(runtime).guides.items():
        for card in range(len(guide.cards) - 1):  # the last card has already left the pathway
            _send(runtime, payload=f"pw:g:{gid}:{card}")
            replies = _send(runtime, word)
            said = {runtime.content.t(lang, "pathways.stopped_guide") for lang in ("vi", "en")}
            assert replies[0].text in said, (gid, card)  # in the language the person wrote
            assert _session(runtime).get("flow") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("hình như có", "yes"), ("tui nghĩ là có", "yes"), ("có vài lần", "yes"), ("thỉnh thoảng", "yes"),
    ("maybe", "yes"), ("sometimes", "yes"), ("he did once", "yes"),
    ("chắc không", "no"), ("chưa bao giờ", "no"), ("i dont think so", "no"), ("probably not", "no"),
    ("ổng đánh em hoài", None), ("không biết nữa", None),
    ("cũng có", "yes"), ("hồi trước có", "yes"), ("trước đây thì có", "yes"), ("lâu lâu", "yes"),
    ("1 lần thôi", "yes"), ("hên xui", "yes"),
])
def test_danger_check_answers_said_softly_or_by_how_often(text, expected) -> None:
    assert pathway_reader.hedged_answer(text) == expected


@pytest.mark.parametrize(("text", "menu"), [("menu", True), ("về menu", True), ("quay lại", True),
                                            ("thôi", False), ("stop", False)])
def test_a_stop_word_that_names_the_menu(text, menu) -> None:
    assert pathway_reader.answer(text) == "stop"
    assert pathway_reader.asks_for_menu(text) is menu


@pytest.mark.parametrize("text", ["tui ko chắc lắm", "không chắc", "em chưa chắc"])
def test_not_sure_in_the_danger_check_passes_the_question(text) -> None:
    assert pathway_reader.answer(text) == "skip"


@pytest.mark.parametrize(("question", "answer_key"), [
    ("ai đọc được ghi chú này", "pathways.plan_notes_private"),
    ("mà sao phải làm cái này", "pathways.plan_why"),
    ("số 113 là gì?", "pathways.plan_question"),
])
def test_a_question_at_a_plan_step_is_answered_not_noted(runtime, question, answer_key) -> None:
    _send(runtime, payload="pw:plan")
    replies = _send(runtime, question)
    assert replies[0].text == runtime.content.t("vi", answer_key)
    assert "1/8" in replies[-1].text                       # the same step again
    assert not _session(runtime)["pathway"].get("notes")   # nothing saved as a note


def test_a_plan_step_can_go_back_and_the_plan_is_sent_on_send_words(runtime) -> None:
    _send(runtime, payload="pw:plan")
    _send(runtime, "nhà bạn")
    assert "1/8" in _send(runtime, "quay lại câu trước")[0].text
    _send(runtime, "nhà chị Ba")
    for _ in range(7):
        _send(runtime, "bỏ qua")
    plan = _send(runtime, "gửi cho tui")[0].text
    assert "nhà chị Ba" in plan and "nhà bạn" not in plan
    _send(runtime, payload="pw:plan")
    for _ in range(8):
        _send(runtime, "bỏ qua")
    replies = _send(runtime, "đừng gửi")
    assert replies[0].text == runtime.content.t("vi", "pathways.plan_not_sent")


def test_ket_thuc_stops_the_plan(runtime) -> None:
    _send(runtime, payload="pw:plan")
    replies = _send(runtime, "kết thúc")
    assert runtime.content.t("vi", "pathways.stopped") in replies[0].text


def test_a_plan_note_with_a_doubt_in_it_is_still_a_note(runtime) -> None:
    _send(runtime, payload="pw:plan")
    replies = _send(runtime, "chắc là nhà bạn thân, mà ko biết nó có chịu ko")
    assert replies[0].text.startswith(runtime.content.t("vi", "pathways.plan_noted"))


@pytest.mark.parametrize("text", ["cũng không", "cũng hông"])
def test_a_no_said_with_cung_answers_the_check(text) -> None:
    assert pathway_reader.hedged_answer(text) == "no"


@pytest.mark.parametrize("text", [
    "chong em toi nao nhau ve cung chui em danh em co lan em bi gay tay ma em ko dam noi voi ai "
    "vi so ba me buon gio em phai lam sao",
    "ban em bi chong danh gay tay, em phai lam sao de giup no",
    "ong ay danh em gay chan, em so qua, em nen lam gi",
    "con trai toi bi bo no danh gay xuong suon, toi phai lam sao",
    "cho em hỏi thông tin cho người bị gãy tay",
])
def test_a_broken_bone_is_no_lgbt_request(text) -> None:
    """"gãy tay" (a broken arm) folds to "gay tay": it once opened the LGBT+ guide. The bones
    are excluded as in bot/core/disclosure._LGBT, in the situation and the audience alike."""
    assert pathway_reader.requested(text) != "lgbt"


@pytest.mark.parametrize("text", ["em la gay, ba me biet roi chui em suot, em phai lam sao",
                                  "em là gay, bị ba đánh gãy tay, em phải làm sao",
                                  "có thông tin cho người gay không", "info for gay people"])
def test_gay_said_of_oneself_still_asks_for_the_lgbt_guide(text) -> None:
    assert pathway_reader.requested(text) == "lgbt"


@pytest.mark.parametrize("text,expected", [
    ("tôi 45 tuổi, chồng đánh tôi, tôi phải làm sao", None),
    ("em 19 tuoi, ny danh em, em phai lam sao", None),
    ("em 18 tuổi, ba hay đánh em, em phải làm sao", None),
    ("em 21t, bạn trai hay đánh em, em nên làm gì", None),
    ("I'm 34 and my husband hits me, what can I do", None),
    ("i am 25 my dad hits me what do i do", None),   # "my dad hits me" alone reads as a child
    # 60 or more, the writer's own age or a parent's: the older people's guide
    ("tôi 75 tuổi, con trai hay đánh tôi, tôi phải làm sao", "older"),
    ("năm nay tôi 68 tuổi, thằng con lấy hết lương hưu, tôi phải làm sao", "older"),
    ("mẹ tôi 80 tuổi bị con dâu đánh, tôi ở xa thì làm sao", "older"),
    ("ba tôi 72 tuổi bị con rể chửi mắng suốt, tôi nên làm gì", "older"),
    # under 18: the children's guide, as before
    ("em 16 tuổi, ba dượng hay đánh em, em phải làm sao", "child"),
    ("em 17t, ba hay danh em, em phai lam sao", "child"),
    ("i'm 15 and my mom hits me what do i do", "child"),
    ("con năm nay 12, mẹ kế đánh con, con phải làm sao", "child"),
    # a child's age said by a parent is not the writer's
    ("tôi 30 tuổi, con tôi 8 tuổi bị chồng đánh, tôi phải làm sao", None),
])
def test_an_age_opens_the_childrens_guide_only_under_18(text, expected) -> None:
    """Any \\d{1,2} before "tuổi" once read as a child's age: a woman of 45 and a man of 75
    were given the guide that speaks to children. A child is under 18 here (the content's
    "dưới 18 tuổi"), the writer's own age as bot/nlu/entities.age_group reads it."""
    assert pathway_reader.requested(text) == expected


@pytest.mark.parametrize("text", [
    "Tôi là giáo viên. Em học sinh nói bị bố đánh. Tôi nên làm gì?",
    "một em học sinh lớp 5 bị bố đánh bầm tím, tôi nên làm gì",
    "Tôi làm tư vấn tâm lý học đường, có em học sinh kể bị mẹ nhốt, tôi nên làm gì",
    "Mình là thầy chủ nhiệm, học sinh lớp mình kể bị ba dượng đánh, mình nên làm gì",
    "có 2 em học sinh của tôi bị cha mẹ bỏ đói, tôi phải làm sao",
    "I'm a teacher. One of my pupils says her father beats her, what should I do",
])
def test_a_teacher_asking_about_a_pupil_is_not_given_the_childrens_guide(text) -> None:
    """"em học sinh" is the pupil a teacher speaks of, not a child writing "em (là) học sinh":
    the guide that speaks to the child does not answer the adult; the help request does."""
    assert pathway_reader.requested(text) is None


@pytest.mark.parametrize("text", ["em là học sinh, em nên làm gì",
                                  "em hoc sinh lop 9, ba hay danh em, em nen lam gi",
                                  "tôi là học sinh, tôi bị ba đánh, tôi phải làm sao",
                                  "cô ơi, em học sinh lớp 6, bị ba đánh hoài, em phải làm sao"])
def test_a_pupil_writing_still_gets_the_childrens_guide(text) -> None:
    assert pathway_reader.requested(text) == "child"


@pytest.mark.parametrize("text,expected", [
    ("ck giữ giấy tờ của em, em phải làm sao", None),
    ("chồng em giữ căn cước của em không cho về quê, làm sao", None),
    ("ba mẹ giữ giấy tờ không cho em đi, em phải làm sao", None),
    ("my husband took my id card and locked me in, what can i do", None),
    ("công ty giữ hộ chiếu của em, em phải làm sao", "trafficking"),
    ("chồng em bị lừa sang Campuchia, bị giữ giấy tờ, em phải làm sao", "trafficking"),
])
def test_papers_kept_by_family_are_not_the_trafficking_guide(text, expected) -> None:
    """A husband or parents who keep the papers or lock someone in: domestic control, not the
    guide that warns of "light work, high pay" and fake rescue services."""
    assert pathway_reader.requested(text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("choke", "nó từng bóp cổ em", "yes"),
    ("choke", "no tung bop co em", "yes"),
    ("choke", "he choked me once", "yes"),
    ("choke", "ổng chưa bao giờ bóp cổ em", "no"),
    ("choke", "he never choked me", "no"),
    ("kill", "he said he would kill me", "yes"),
    ("jealous", "he checks my phone all the time", "yes"),
    ("jealous", "ổng hay kiểm tra điện thoại em", "yes"),
    ("weapon", "có lần ổng cầm dao dí em", "yes"),
    ("weapon", "he choked me once", None),          # another question's act is no answer here
    ("choke", "có", None),                          # one word: read as a yes/no elsewhere
    ("worse", "có nó đánh hoài", "yes"),            # "nó" inside the answer is him, too
    ("kill", "có nó dọa giết em hoài", "yes"),
    ("kill", "nếu em không về thì ổng giết em", "yes"),   # a condition is no denial
    ("kill", "he said if i'm not home by 9 he'll kill me", "yes"),
    ("kill", "nó chưa bao giờ nói là sẽ giết em", "no"),          # "là" is no condition
    ("kill", "he never said he'll kill me", "no"),
    ("choke", "em không biết nữa, nó từng bóp cổ em", "yes"),     # another clause's "không"
    ("choke", "not often, but my boyfriend choked me last month", "yes"),
    ("kill", "ko dám kể, thằng đó dọa giết cả nhà em", "yes"),
])
def test_a_check_answer_that_tells_the_act_counts(question, text, expected):
    from bot.core.pathway_reader import check_statement
    assert check_statement(question, text) == expected
