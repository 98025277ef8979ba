"""Disclosures written as residents write (tests/core/disclosures.yml, written apart from the
training data): each one, as the first message of a conversation, gets a caring answer through
the real engine and classifier, never "not understood"; danger gets the numbers first; the
anonymous row says what the message said.

The record fields are scored as a whole (a rule-based reading of who and what kind cannot be
right on every sentence), with a floor; every miss is printed so it can be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.runtime import build_runtime

CORPUS = yaml.safe_load((Path(__file__).parent / "disclosures.yml").read_text(encoding="utf-8"))
RECORD_FIELDS = ("for_whom", "kind", "urgent")
MIN_RECORD_AGREEMENT = 0.85


@pytest.fixture(scope="module")
def runtime(tmp_path_factory, nlu_project, shared_understander):
    import shutil

    from bot.config import load_config

    folder = tmp_path_factory.mktemp("disclosures")
    shutil.copy(nlu_project / "config.toml", folder / "config.toml")
    shutil.copytree(nlu_project / "data", folder / "data")
    shutil.copytree(nlu_project / "intents", folder / "intents")
    (folder / "data" / "logbook.db").unlink(missing_ok=True)
    rt = build_runtime(load_config(folder / "config.toml"), understander=shared_understander)
    yield rt
    rt.close()


def _answer(runtime, index: int, text: str):
    from bot.core.messages import Inbound

    replies = runtime.engine.handle(Inbound("test", f"disclosure-{index}", text=text))
    rows = [dict(r) for r in runtime.logbook.db["help_requests"].rows]
    return replies, rows


def test_the_corpus_is_varied_enough():
    expects = {item["expect"] for item in CORPUS}
    assert {"disclosure", "danger", "self_harm", "self_harm_now"} <= expects
    assert len(CORPUS) >= 100


def test_every_disclosure_gets_a_caring_answer_and_danger_comes_first(runtime):
    content = runtime.content
    fallbacks = {content.t(lang, "fallback") for lang in ("vi", "en")}
    dv_advice = {line for lang in ("vi", "en") for line in content.emergency_steps.lines[lang]}
    failures: list[str] = []
    agree = total = 0
    misses: list[str] = []
    seen_rows = 0
    for index, item in enumerate(CORPUS):
        replies, rows = _answer(runtime, index, item["text"])
        texts = "\n".join(r.text for r in replies)
        first = replies[0].text if replies else ""
        expect = item["expect"]
        if not replies or any(f in texts for f in fallbacks):
            failures.append(f"not understood: {item['text']!r}")
        if expect == "danger" and not all(n in first for n in ("113", "115", "111")):
            failures.append(f"danger without the numbers first: {item['text']!r}")
        if expect == "self_harm_now" and not ("115" in first and "113" in first):
            failures.append(f"self-harm now without 115/113 first: {item['text']!r}")
        if expect.startswith("self_harm") and any(line in texts for line in dv_advice):
            failures.append(f"self-harm given the domestic-violence advice: {item['text']!r}")
        if expect == "self_harm" and "111" not in texts:
            failures.append(f"self-harm reply without 111: {item['text']!r}")
        new_rows = rows[seen_rows:]
        seen_rows = len(rows)
        wanted = {f: item[f] for f in RECORD_FIELDS if f in item}
        if wanted:
            row = new_rows[-1] if new_rows else {}
            for field, value in wanted.items():
                total += 1
                if row.get(field) == value:
                    agree += 1
                else:
                    misses.append(f"{item['text']!r}: {field}={row.get(field)!r}, expected {value!r}")
    assert not failures, "\n".join(failures)
    share = agree / total if total else 1.0
    print(f"\nrecord agreement {agree}/{total} = {share:.3f}")
    print("\n".join(misses))
    assert share >= MIN_RECORD_AGREEMENT, "\n".join(misses)


@pytest.mark.parametrize("text", ["có tư vấn viên nào online không ạ", "bạn có online không",
                                  "tài khoản zalo", "is anyone online"])
def test_a_platform_named_alone_is_no_disclosure(text):
    """"online", "zalo", "facebook" say where, not what was done: no story of online abuse."""
    from bot.core import disclosure

    assert disclosure.detect(text, None) is None


@pytest.mark.parametrize("text", ["bị bắt nạt online", "chồng em hack zalo của em",
                                  "nó đăng ảnh riêng tư của em lên facebook",
                                  "someone posted my photos online",
                                  "có người dọa tung ảnh lên mạng"])
def test_abuse_done_online_is_still_heard(text):
    from bot.core import disclosure

    found = disclosure.detect(text, None)
    assert found is not None and found.kind == "online" and found.violence


CRISIS_LINE = "096 306 1414"


@pytest.mark.parametrize("text", ["Tôi muốn ly hôn", "chúng tôi mới kết hôn",
                                  "hôn nhân của tôi không hạnh phúc", "hôm qua ảnh cầu hôn em",
                                  "tôi muốn ly hôn với chồng, thủ tục sao",
                                  "tôi muốn kết thúc cuộc hôn nhân này",
                                  "I want to end my marriage"])
def test_marriage_and_divorce_are_not_read_as_self_harm(runtime, text):
    """Southern "hôn" is "không" ("tui hôn biết"), but not in "ly hôn", "kết hôn", "hôn nhân":
    read as "không" there, "Tôi muốn ly hôn" became "muốn … không" and got the crisis reply."""
    replies, _ = _answer(runtime, 9000 + len(text), text)
    texts = "\n".join(r.text for r in replies)
    assert replies and CRISIS_LINE not in texts


@pytest.mark.parametrize("text", ["tui hôn muốn sống nữa", "em hôn muốn sống nữa đâu",
                                  "tôi muốn kết thúc cuộc hôn nhân này và cả cuộc đời tôi",
                                  "I want to end my marriage, and my life too"])
def test_southern_hon_as_not_still_reads_as_self_harm(runtime, text):
    replies, _ = _answer(runtime, 9100 + len(text), text)
    assert CRISIS_LINE in "\n".join(r.text for r in replies)


@pytest.mark.parametrize("text", ["cho tôi số điện thoại tổng đài 111",
                                  "cho toi so dien thoai tong dai 111", "xin số đường dây nóng"])
def test_asking_for_a_number_is_not_fear(runtime, text):
    """"số" (number) and "sợ" (afraid) fold alike: "cho tôi số…" asks for the numbers."""
    from bot.core import disclosure

    assert disclosure.detect(text, None) is None
    replies, _ = _answer(runtime, 9200 + len(text), text)
    assert "111" in replies[-2].text or "111" in replies[-1].text
    assert runtime.content.t("vi", "disclosure_ack.fear") not in "\n".join(r.text for r in replies)


@pytest.mark.parametrize("text", ["em sợ lắm", "e so qua", "tôi sợ ổng", "cho em xin số 111, em sợ lắm"])
def test_fear_is_still_heard(text):
    from bot.core import disclosure

    assert disclosure.detect(text, None) is not None


@pytest.mark.parametrize("text", ["con tôi lười đánh răng quá", "sếp đánh giá tôi thấp",
                                  "tôi đang giết thời gian thôi"])
def test_everyday_hit_and_kill_words_are_neither_danger_nor_a_disclosure(runtime, text):
    replies, _ = _answer(runtime, 9300 + len(text), text)
    texts = "\n".join(r.text for r in replies)
    assert "113 –" not in replies[0].text and "113 –" not in texts
    assert runtime.content.t("vi", "disclosure_ack.default") not in texts


def test_teeth_knocked_out_is_still_heard():
    from bot.core import disclosure

    found = disclosure.detect("nó đánh răng em gãy hết rồi", None)
    assert found is not None and found.kind == "physical"


@pytest.mark.parametrize("text", [
    "làm sao để biết mình có bị bạo hành tinh thần không",
    "chồng kiểm tra điện thoại em mỗi ngày có bình thường không",
    "anh ấy hay chửi em ngu, như vậy có phải bạo hành không",
    "người yêu bắt em gửi vị trí suốt, vậy có bình thường không",
    "is it normal that my husband checks my phone every day",
    "is it abuse if he yells at me all the time",
    "how can i tell if my boyfriend is controlling",
    "am i being abused",
])
def test_a_question_of_recognition_gets_the_signs_and_no_verdict(runtime, text):
    """"Is this abuse?" is asked, not told: the warning signs and help offered, no "I believe
    you", no request counted until the person asks for help."""
    from bot.core import recognition

    assert recognition.asks(text)
    before = runtime.logbook.db["help_requests"].count
    replies, _ = _answer(runtime, 9000 + len(text), text)
    texts = " ".join(r.text for r in replies)
    assert "Dấu hiệu cảnh báo" in texts or "Warning signs" in texts
    assert "m:help" in [b.payload for r in replies for b in r.buttons]
    assert "Mình tin bạn" not in texts and "I believe you" not in texts
    assert runtime.logbook.db["help_requests"].count == before


@pytest.mark.parametrize("text", [
    "chồng đánh em như vậy có phải bạo lực không",   # beating told: a disclosure first
    "my husband hits me, is that abuse",
    "làm sao biết điện thoại bị theo dõi",            # the phone guide's question
    "bạo lực gia đình là gì",
    "chồng em đánh em",
])
def test_not_a_question_of_recognition(text):
    from bot.core import recognition

    assert not recognition.asks(text)


@pytest.mark.parametrize("text", [
    "có người rủ em sang campuchia làm việc lương cao, có nên đi không",
    "co nguoi moi di lam o nuoc ngoai luong cao, co lua dao ko",
    "someone offered me a job in china with high pay, should i go",
    "is this job abroad a scam",
])
def test_an_offer_of_work_abroad_asked_about_gets_the_signs_of_trafficking(text):
    from bot.core import recognition

    assert recognition.topic(text) == "trafficking_signs"


@pytest.mark.parametrize("text", [
    "em đi làm ở nhà hàng lương cao lắm",        # told, nothing asked
    "chị tôi bị giữ ở Campuchia, họ đòi tiền chuộc",
])
def test_work_told_is_no_question_of_trafficking(text):
    from bot.core import recognition

    assert recognition.topic(text) is None


@pytest.mark.parametrize("text", ["tôi buồn quá", "i'm so stressed", "chồng em ngoại tình",
                                  "em mệt mỏi lắm", "i feel so lonely"])
def test_distress_alone_is_down_and_tells_no_violence(text):
    from bot.core import disclosure

    found = disclosure.detect(text, None)
    assert found is not None and found.variant == "down" and not found.violence


@pytest.mark.parametrize("text", ["em sợ quá", "i'm scared", "em buồn quá, chồng em suốt ngày chửi em"])
def test_fear_or_violence_is_not_only_distress(text):
    from bot.core import disclosure

    assert disclosure.detect(text, None).variant != "down"


@pytest.mark.parametrize("text", ["tổng đài 111 có tư vấn cho người bị chồng đánh không",
                                  "what number do i call for trafficking",
                                  "đánh vợ có bị đi tù không", "do i need photos or evidence to report",
                                  "tại sao phụ nữ bị đánh mà ko bỏ đi"])
def test_a_question_in_general_is_no_disclosure(text):
    """Asked of people in general, of a number or of the law: nothing told to believe."""
    from bot.core import disclosure

    assert disclosure.detect(text, None) is None


@pytest.mark.parametrize("text", ["chồng em đánh em, có bị đi tù không",
                                  "tui bị chồng đánh, tổng đài 111 có tư vấn cho người bị chồng đánh không"])
def test_a_question_with_the_writers_story_is_still_told(text):
    from bot.core import disclosure

    found = disclosure.detect(text, None)
    assert found is not None and found.kind == "physical"


def test_rape_at_work_is_told_as_rape_not_harassment():
    from bot.core import disclosure

    found = disclosure.detect("em bị cưỡng ép quan hệ ở chỗ làm, sếp dọa nếu nói ra thì đuổi", None)
    assert found is not None and found.variant == "sexual"
    found = disclosure.detect("sếp sàm sỡ em ở chỗ làm", None)
    assert found is not None and found.variant == "work"


@pytest.mark.parametrize(("text", "general"), [
    ("nếu chồng đánh vợ thì vợ nên làm gì", True),
    ("what should a woman do if her husband hits her", True),
    ("nếu chồng em đánh em thì em nên làm gì", False),      # the writer is in it
    ("my husband hits me, what should i do", False),
])
def test_a_case_put_in_general_is_asked_not_told(text, general):
    from bot.core import disclosure

    assert disclosure.asks_in_general(text) is general


@pytest.mark.parametrize("text", [
    "ck nhot e trong phong, lay dt cua e roi", "chồng nhốt tôi trong nhà, không cho ra ngoài",
    "ba me nhot e trong phong vi e quen ban gai", "em là les, gia đình nhốt em lại bắt đi chữa bệnh",
    "con dâu nhốt tôi trong phòng, không cho ăn", "my parents locked me in my room because I'm gay",
    "he locked me in the room and took my phone",
    "ny khoa e trong nha tro, ko cho e di dau het", "mẹ chồng nhốt em trong buồng, lấy điện thoại của em",
    "my boyfriend locked me in the bathroom and won't let me out",
    "bố nhốt em trong phòng vì em là người chuyển giới",
    "chồng nhốt em, không cho đi làm ở công ty",   # a company named, the husband holds her
])
def test_locked_in_by_family_is_not_the_trafficking_situation(text):
    """Locked in by a partner, parent or in-law is domestic violence: it once got the
    anti-trafficking advice (111 as the anti-trafficking line, fake "rescue" services). The
    danger answer itself (113, 115, 111) is decided elsewhere and stays."""
    from bot.core import situations

    # locked in a room or the house: who to call from there; a phone kept or "không cho đi
    # làm": the advice at home
    assert situations.detect(text) in {"locked_in", "home_violence"}


@pytest.mark.parametrize("text", [
    "bọn nó nhốt em trong phòng không cho về", "chủ quán nhốt em không cho về",
    "chị tôi bị giữ ở Campuchia, họ đòi tiền chuộc", "em bi bat coc",
    "em bị lừa sang campuchia, bọn nó giữ hộ chiếu không cho về",
    "my boss locked me in the factory and took my passport",
    "they locked me in and say i owe them money", "bọn nó giữ em lại mà không cho về",
    "chồng em bị giữ ở Campuchia không cho về",    # the husband is the one held
])
def test_held_by_strangers_employers_or_for_money_is_still_the_trafficking_situation(text):
    from bot.core import situations

    assert situations.detect(text) == "held"


@pytest.mark.parametrize("text", [
    "em là gay, bme em biết rồi đánh em và nhốt em trong phòng",
    "con dâu nhốt tôi trong phòng, không cho ăn",
    "my parents locked me in my room because I'm gay",
    "ny khoa e trong nha tro, ko cho e di dau het",
])
def test_locked_in_a_room_by_family_gets_who_to_call_from_there(text):
    """Locked in by family: "stay near a way out" cannot be done; the advice says who to call
    and how to send where one is (data/content/safety.yml `locked_in`)."""
    from bot.core import situations

    assert situations.detect(text) == "locked_in"


def test_a_pupil_locked_in_by_a_parent_gets_the_childs_advice():
    """A school counsellor tells of a pupil locked in by her mother: the advice for a child in
    danger (111, a trusted adult, not the child's fault), not the trafficking advice."""
    from bot.core import situations

    assert situations.detect("Tôi làm tư vấn tâm lý học đường, có em học sinh kể bị mẹ nhốt, "
                             "tôi nên làm gì") == "child"


@pytest.mark.parametrize("text", ["em bi ck dap gay mui roi, lam sao day", "ck đập gãy tay em rồi"])
def test_a_broken_bone_is_no_stick(text):
    """"gãy" (broken) folds like "gậy" (a stick): "đập gãy mũi" is no weapon held."""
    from bot.core import situations

    assert situations.detect(text) == "home_violence"
    assert situations.detect("ổng lấy gậy đánh em") == "weapon"


@pytest.mark.parametrize(("text", "whom"), [
    ("em danh con vi no khong chiu hoc", "child"), ("tôi lỡ tát vợ", "partner"),
    ("i hit my kid", "child"), ("em bị chồng đánh", None), ("em đánh con muỗi", None),
    ("em đánh bài", None), ("chồng em đánh con em", None),
    ("hôm qua em chửi chồng một câu mà ổng đánh em nhập viện", None),   # she is the one hurt
    ("em đánh ck nhập viện rồi, giờ sao", "partner"), ("tui xô vợ té, nó chửi tui", "partner"),
    ("tui đánh con tui, giờ thấy hối hận quá", "child"),
    ("em tát ck một cái, ổng đạp vào bụng em", None),      # he hurts her back: her story
])
def test_the_writer_who_hurts_is_told_apart_from_the_one_hurt(text, whom):
    from bot.core.disclosure import writer_hurts
    assert writer_hurts(text) == whom
