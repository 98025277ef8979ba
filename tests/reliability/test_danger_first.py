"""Danger first, whatever the stores do: broken or slow session stores and logbooks never turn
an emergency into a fallback, and a turn that fails or runs late still gets 113/115/111."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.config import Settings
from bot.core.messages import Inbound
from bot.logbook.store import SqliteLogbook
from bot.runtime import build_runtime
from bot.sessions import SessionConfigError, open_session_store, session_key
from bot.sessions.memory import MemorySessionStore
from tests.configs import configure
from tests.reliability.serverproc import EMERGENCY, has_numbers


class Broken:
    """Every call fails, as a store whose server went away."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            time.sleep(self.delay)
            raise ConnectionError(f"{name}: unreachable")
        return fail

    def close(self) -> None:
        pass


@contextmanager
def _logbook_down(settings: Settings) -> Iterator[Any]:
    """A runtime whose sessions work and whose logbook is gone, without the classifier."""
    runtime = build_runtime(settings, sessions=MemorySessionStore(), logbook=Broken(),
                            with_nlu=False)
    try:
        yield runtime
    finally:
        runtime.close()


def _texts(replies: list[Any]) -> list[str]:
    return [r.text for r in replies]


def _say(runtime: Any, text: str, user: str = "p1", lang: str | None = None) -> list[Any]:
    return asyncio.run(runtime.handle(Inbound("web", user, text=text, language_hint=lang)))


def test_an_emergency_gets_the_full_answer_with_broken_sessions_and_logbook(
        settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    runtime = build_runtime(settings, sessions=Broken(), logbook=Broken(), with_nlu=False)
    try:
        replies = _say(runtime, EMERGENCY)
        texts = _texts(replies)
        assert has_numbers(texts[:1])                       # the first reply holds them all
        assert texts[0] == runtime.content.t("vi", "emergency_first")  # not a fallback
        assert any(b.kind == "phone" for b in replies[0].buttons)
        assert runtime.logbook.spool.pending == 1           # the urgent row waits on disk
    finally:
        runtime.close()
    assert "p1" not in caplog.text and EMERGENCY not in caplog.text


def test_the_spooled_row_reaches_the_logbook_when_it_is_back(settings: Settings,
                                                             tmp_path: Path) -> None:
    real = SqliteLogbook(tmp_path / "logbook.db")
    runtime = build_runtime(settings, sessions=MemorySessionStore(), logbook=Broken(),
                            with_nlu=False)
    _say(runtime, EMERGENCY)
    runtime.logbook.inner = real                         # the logbook comes back
    assert runtime.logbook.replay() == 1
    assert [r["urgent"] for r in real.db["help_requests"].rows] == [1]
    runtime.close()


@pytest.mark.parametrize("lang,word", [("vi", "Công an"), ("en", "Police")])
def test_an_engine_failure_is_answered_with_the_numbers_in_the_persons_language(
        settings: Settings, lang: str, word: str) -> None:
    runtime = build_runtime(settings, with_nlu=False)

    def broken(inbound: Inbound) -> list[Any]:
        raise RuntimeError("bug")

    runtime.engine.handle = broken  # type: ignore[method-assign]
    try:
        replies = _say(runtime, EMERGENCY, lang=lang)
    finally:
        runtime.close()
    assert has_numbers(_texts(replies)) and word in replies[0].text
    assert [b.value for b in replies[0].buttons] == ["113", "115", "111"]


def test_a_turn_past_its_deadline_gets_the_fallback_in_time(settings: Settings) -> None:
    from dataclasses import replace

    fast = replace(settings, resilience=replace(settings.resilience, turn_deadline_seconds=0.3))
    runtime = build_runtime(fast, with_nlu=False)
    slow = runtime.engine.handle

    def stalled(inbound: Inbound) -> list[Any]:
        time.sleep(1.0)
        return slow(inbound)

    runtime.engine.handle = stalled  # type: ignore[method-assign]
    try:
        started = time.monotonic()
        replies = _say(runtime, EMERGENCY)
        assert time.monotonic() - started < 0.9
        assert has_numbers(_texts(replies))
    finally:
        runtime.close()


def test_a_stalled_store_does_not_hold_the_event_loop(settings: Settings) -> None:
    runtime = build_runtime(settings, sessions=Broken(delay=0.5), logbook=Broken(),
                            with_nlu=False)

    async def scenario() -> float:
        turn = asyncio.create_task(runtime.handle(Inbound("web", "p2", text=EMERGENCY)))
        worst = 0.0
        while not turn.done():
            started = time.monotonic()
            await asyncio.sleep(0.01)
            worst = max(worst, time.monotonic() - started)
        assert has_numbers(_texts(turn.result()))
        return worst

    try:
        assert asyncio.run(scenario()) < 0.2
    finally:
        runtime.close()


def test_redis_sessions_need_the_shared_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPANION_SESSION_SECRET", raising=False)
    monkeypatch.delenv("COMPANION_SESSION_SALT", raising=False)
    with pytest.raises(SessionConfigError, match="COMPANION_SESSION_SECRET must be set"):
        open_session_store("redis://127.0.0.1:6379/11")
    monkeypatch.setenv("COMPANION_SESSION_SECRET", "short")
    with pytest.raises(SessionConfigError, match="too short"):
        open_session_store("redis://127.0.0.1:6379/11")


def test_the_secret_makes_keys_stable_across_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPANION_SESSION_SALT", raising=False)
    monkeypatch.setenv("COMPANION_SESSION_SECRET", "a" * 32)
    key = session_key("web", "u1")
    monkeypatch.delenv("COMPANION_SESSION_SECRET")
    monkeypatch.setenv("COMPANION_SESSION_SALT", "a" * 32)      # the deprecated name
    assert session_key("web", "u1") == key
    monkeypatch.delenv("COMPANION_SESSION_SALT")
    assert session_key("web", "u1") != key                     # per-process key otherwise


def test_serve_with_redis_and_no_secret_is_one_clear_line(
        settings: Settings, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("COMPANION_SESSION_SECRET", raising=False)
    monkeypatch.delenv("COMPANION_SESSION_SALT", raising=False)
    configure(settings.path.parent, {"sessions": {"url": "redis://127.0.0.1:6379/11"}})
    for extra in ([], ["--workers", "2"]):
        code = main(["--config", str(settings.path), "serve", "--port", "1", *extra])
        err = capsys.readouterr().err.strip()
        assert code == 2
        assert "COMPANION_SESSION_SECRET must be set" in err and len(err.splitlines()) == 1


def test_workers_need_a_shared_session_store(settings: Settings,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--config", str(settings.path), "serve", "--workers", "2"])
    assert code == 2
    assert "--workers needs a shared session store" in capsys.readouterr().err


@pytest.mark.parametrize("text", [
    "em ở xã phong điền, cần chỗ trú ẩn gấp, chồng đang cầm dao",   # danger with a ward named
    "my sister just took a whole bottle of pills",                   # someone else's life, now
    # read first since the third session of 2026-12-05: a threat made, a serious injury, held
    # for days, pregnant and hit, the reader called to ("chị ơi") before the danger
    "ck e say xỉn về đập phá đồ đạc đòi giết cả nhà", "he broke my arm last night",
    # read first since the fourth session of 2026-12-05: rape told in English, an ambulance
    "i was raped last night", "i need an ambulance",
    "chị gái em bị chồng nhốt trong nhà mấy ngày nay",
    "i'm pregnant and my boyfriend kicked me in the stomach", "chị ơi cứu em, ổng đòi giết em",
    # read first since the first session of 2026-12-06: a death promised, screams next door,
    # drugged, followed, his threat to the children, a last goodbye, a time set
    "ck e nói tối nay cho e chết", "nghe tiếng la hét bên nhà hàng xóm", "e bị chuốc thuốc",
    "có xe chạy theo em", "ổng dọa ôm con nhảy sông", "tạm biệt mọi người",
    "i want to kms tonight",
    # 2026-12-06, second session: a severe illness told alone (115 with the illness's words)
    "mẹ tôi bị đau bụng dữ dội", "me toi bi dau bung du doi", "ba e kho tho tim tai",
    # 2026-12-06, third session: a blade on the writer, pills saved up, sex forced with blows, a
    # hurt he made, taken away in a car, a last message with thanks
    "ổng cam dao chat toi", "tui gom thuoc ngu may tuan nay, gio du roi",
    "ck e ep e quan he, e ko chiu la ong danh", "my husband made me bleed a lot",
    "e bi ep len xe", "tin nhan cuoi cung cua tui, cam on mn nha",
    # 2026-12-07: read by the words alone (no classifier): a throat, the hair, kneeling, a lock at
    # night, passports with guards, a pillow; a dose asked, gas with the doors shut, a razor taken
    # into the bathroom, "police" alone, a time set at nothing asked
    "dad has both hands on mums throat", "no nam toc keo chi em ra duong",
    "ck bat e quy tu 9h toi toi gio", "nua dem chu tro lai dang lach cach mo khoa phong em",
    "they took our passports, guards at the gate", "he put a pillow over my face",
    "uong bao nhieu vien thi ko tinh lai", "toi nay t se mo ga roi dong kin het cua",
    "e lay dao lam cua ck, dang ngoi trong nha tam", "police",
    # 2026-12-07, fourth reading, by the words alone: left on a road after a blow, a check-in
    # passed, a crowd at the door, a death threat before tonight, a child taken, blood coughed
    # up; letters written ahead, a burden fixed tonight, everything ready and waiting
    "no danh roi bo em lai giua duong, ko biet day la dau, pin con 5%",
    "ban em dan neu 10h chua nhan thi bao cong an, gio 11h roi goi ko ai nghe may",
    "ca dam dang tu tap truoc phong tro doi vao day cho em mot bai hoc",
    "ong ay noi lan sau la mat mang, toi nay ong ay sap ve",
    "ck cu dang o duoi nha doi len gianh con", "bi dam vo bung xong gio e oi ra mau",
    "em viet san thu cho ba me roi", "i'm such a burden. tonight i end it",
    "all set, just waiting for my parents to fall asleep",
    # 2026-12-07, fifth reading, by the words alone: a fire promised with petrol poured, a machete
    # at the gate, locked in with the line cut, an old mother pushed down, a first client tonight;
    # a rape with a wish to die, pills gathered, the strongest poison asked, all the pills taken
    "ong noi ko mo cua thi dot nha, dang do xang quanh cua", "her ex is at the gate with a machete",
    "ck khoa trai cua roi cat day dien thoai", "thang con say xo me toi nga ngoai san",
    "they said my first client is at 9 tonight", "bi hiep xong ko ai tin, chi muon chet cho xong",
    "ba gom duoc mot lo thuoc ngu roi", "thuoc tru sau loai nao manh nhat",
    "swallowed all my sleeping pills an hour ago, so drowsy",
    # 2026-12-07, sixth and seventh readings and the resident test, by the words alone: dragged
    # into a room, kept upstairs, a weapon fetched, a whipping; breath failing said alone; the
    # police asked whether to call; someone on a bridge; savings given away, a crash planned
    "ck dang loi e vo phong", "they keep us upstairs in the karaoke", "ổng đi lấy dao rồi",
    "ong vua quat day nit vo lung tui", "em khó thở quá", "giờ thở không nổi",
    "tôi có nên gọi công an ko", "should i call the police", "em đang đứng trên cầu, em muốn nhảy",
    "cho het tien voi do dac roi, gio thanh than", "tui tinh lao xe vo xe tai cho roi",
    # 2026-12-07, eighth reading, by the words alone: kept in a pen unfed, dragged into bushes just
    # now, someone asked to come at once, a man at the window, a small child beaten gone silent, a
    # rope tied, joining a dead father tonight, a pet handed on for good
    "chu nhot tui em trong chuong khong cho an", "vua bi keo vao bui cay", "toi can nguoi den ngay",
    "my ex is outside my window right now", "ck danh be bang that lung, be khoc khong ra tieng",
    "em cot san day o quat tran roi", "toi nay tui di gap ba tui tren thien duong",
    "ai nuoi giup con meo, minh di khong quay lai nua",
    # ninth reading: a window forced now, followed and blocked on the road, a partner's stab with
    # the one hurt lying still, not meant to exist
    "co nguoi dang cay cua so nha ba", "2 thang bam theo, gio chan dau xe em",
    "someone is trying to break in", "ban em bi nguoi yeu no dam, nam song soai",
    "thay minh ko nen ton tai tren doi nay nua",
    # tenth and eleventh readings and the third resident test, by the words alone: dragged by the
    # hair, a brother pushed into a car, beaten and screaming now, a group beating filmed, an
    # employer's burn; the real-life game quit, a pet handed on tonight, no reason to wake, heaven
    # asked, a truck hoped for, a body one cannot live in
    "bo loi toc me keo ra giua san", "tui no bat em trai toi len xe", "ba cu bi con trai danh, dang la het",
    "tui no dang quay clip danh hoi dong con em", "my employer just burned my arm with an iron",
    "e muon out game doi that luon", "toi nay t di luon, giu ho t con cho nhe",
    "khong con ly do gi de thuc day nua", "chi mong ong troi som mang ba di",
    "mong co cai xe tai nao tong luon", "i can't live in this body anymore",
    # twelfth and thirteenth readings, by the words alone: a blast threatened with gas, one who
    # followed her and waits now, an end promised tonight, fled and searched for, sextortion with
    # the clock running; rest for ever, medicine put by, up on a roof now, a child taken along,
    # not here by Tet, sorry and take care said to a mother
    "anh ta xach binh ga vao phong, doa cho no tung", "co thang la di theo em tu ben xe, gio dang dung duoi nha",
    "he said tonight's the night he finishes me", "tui tron ra duoc roi ma bon no dang di tim",
    "no noi 30 phut nua ko chuyen tien la tung clip cua em", "someone will post my nudes in 1 hour unless i pay",
    "chi mong duoc nghi ngoi vinh vien", "been stockpiling my pills, i know how many is enough",
    "the roof door was open, im up there now", "em muon om con cung di luon",
    "chac con ko con o day toi tet dau", "ma oi con xin loi, con khong chiu duoc nua, ma giu suc khoe nghe",
    # fourteenth reading, by the words alone: locked in from outside with smoke, a chair brought
    # down on a mother now, tied up, "not leaving alive", glass smashed below, pictures held and
    # money asked or they are sent; a poison in hand weighed, a poison drunk from its bottle
    "ck khoa trai cua ben ngoai roi bo di, trong nha co khoi", "ba e dang cam ghe dap me e",
    "he tied me up this morning, he's in the kitchen", "he said i'm not leaving this house alive",
    "i'm deaf, a man is smashing the glass door downstairs",
    "he has my nudes and wants 200 dollars or he sends them to my boss",
    "dang cam chai thuoc tru sau, ko biet nen uong het ko", "ba em xit thuoc tru sau xong uong luon nua chai",
    # fifteenth reading, by the words alone: a fall on the head and speech gone, a promise she will
    # not wake, a drink spiked and the body going, taken over a border, the home's things smashed,
    # a child shut in and starved, a bad cut at home; the gas opened in a shut room
    "ông nội bị đẩy té đập đầu, giờ ông không nói được",
    "chong em nhan tin bao dem nay ngu la khoi thay mat troi luon",
    "thang do bo thuoc gi vao ly bia cho em uong, gio chong mat lam",
    "the broker is taking us over the border tonight", "my husband is smashing all our things right now",
    "ba duong nhot con be trong kho bat nhin doi", "ba em bi dut tay chay mau qua troi",
    "em van binh ga roi, dong kin cua phong lai",
    # and after: a fire promised for tonight (the police first), the gas and a rooftop by words
    "ck cu nhan toi nay qua dot nha tui, tui o nha mot minh", "tui đứng trên sân thượng rồi, chỉ muốn nhảy xuống",
    # sixteenth to eighteenth readings, by the words alone: one unconscious and bleeding, a blade
    # held to her hip, furniture against the door, a stepdad in a child's room by night, no voice
    # with him outside, a call cut off by screams, shut in and starved by an employer, taken over
    # a border, a bone broken with him there, murder promised
    "ba em dang nam bat tinh, dau chay mau nhieu", "thang do di dao vo hong tui bat im",
    "he keeps trying the handle, i pushed the wardrobe against the door",
    "my stepfather came into my bed again last night", "ổng ngồi ngay ngoài cửa, tui hông dám nói thành tiếng",
    "line went dead and i heard my sister screaming", "chu nha khoa em trong phong, 3 ngay khong cho an",
    "bi tui no cho qua campuchia, dang tren xe ko biet o dau", "he's still here, my jaw is broken",
    "my boyfriend said he's going to murder me tonight",
    # the nineteenth reading, by the words alone: held down, a coded food order, poison eaten, a
    # child who sees a parent hit, hands on her at home
    "he's pinning me down on the floor", "pizza giao toi hem 3 le loi nha, dung goi lai",
    "chong bo thuoc chuot vao chao, em an roi", "my stepdad's kicking my mum, i'm 9",
    "duong dang so soang em, me di vang",
    # the twentieth reading: screams next door like someone held down behind a locked door, a
    # child led into a motel, the one who blackmails her at the front desk now
    "nha ben la het, nghe nhu bi ai do bop co, cua khoa trong", "be 10 tuoi bi ong kia dan vo nha nghi",
    "the guy blackmailing me is at the front desk right now",
    # the twenty-first reading: hurry asked alone, a coded order with him beside her
    "lam on nhanh len", "dat cai ao giao toi hem 5, ong ay dang ngoi canh nen e ko goi duoc",
    # the twenty-second reading: a child beaten and screaming, one beaten and shut in, papers
    # taken and a boss in her room by night, "gấp"
    "co dua nho bi danh khoc thet nay gio", "ong chu danh con be roi nhot no trong kho",
    "chu giu ho chieu, dem nao cung vao phong em", "gap",
    # the twenty-third reading: a friend taken away and not heard from, a driver who will not stop
    "k lien lac dc voi ban e, tin cuoi la ho dang cho no di", "tai xe chay sai duong, ko cho em xuong",
])
def test_this_sessions_danger_paths_answer_first_with_broken_stores(
        settings: Settings, text: str, caplog: pytest.LogCaptureFixture) -> None:
    runtime = build_runtime(settings, sessions=Broken(), logbook=Broken(), with_nlu=False)
    try:
        replies = _say(runtime, text)
        assert any(n in replies[0].text for n in ("113", "115"))
        assert any(b.kind == "phone" for b in replies[0].buttons)
    finally:
        runtime.close()
    assert "p1" not in caplog.text and text not in caplog.text


def test_danger_in_the_middle_of_a_request_with_a_broken_logbook(
        settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    """The request's row cannot be written; the numbers still come first and the request goes
    on to the ward question."""
    with _logbook_down(settings) as runtime:
        first = asyncio.run(runtime.handle(Inbound("web", "p1", payload="m:help")))
        assert any("an toàn" in t for t in _texts(first))
        replies = _say(runtime, "nó đang cầm dao đuổi đánh em")
        assert has_numbers(_texts(replies)[:1])
        assert any(r.request_location for r in replies)       # help nearby is asked next
    assert "p1" not in caplog.text and "cầm dao" not in caplog.text


def test_acting_now_inside_the_crisis_pathway_with_a_broken_logbook(
        settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    """"em đang ở trên sân thượng" after "em muốn chết" and "không": 115/113 first though the
    urgent row cannot be written."""
    with _logbook_down(settings) as runtime:
        _say(runtime, "em muốn chết")
        _say(runtime, "không")
        replies = _say(runtime, "em đang ở trên sân thượng")
        assert "115" in replies[0].text and "113" in replies[0].text
        assert any(b.kind == "phone" for b in replies[0].buttons)
    assert "p1" not in caplog.text and "sân thượng" not in caplog.text
