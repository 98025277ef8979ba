"""The person's side of a handoff, through the real engine: the queue or the honest answer in
one turn, typed text relayed after the danger check (113 first, flagged to the counsellor),
leaving by button or word, the quick exit, and the way back to the bot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.messages import Inbound
from bot.handoff import within_hours
from bot.runtime import build_runtime
from tests.configs import configure


def say(runtime, text=None, payload=None, command=None, user="u1", channel="web"):
    return runtime.engine.handle(Inbound(channel=channel, user=user, text=text, payload=payload,
                                         command=command))


def texts(replies):
    return "\n".join(r.text for r in replies)


def payloads(replies):
    return [b.payload for r in replies for b in r.buttons]


def test_menu_offers_a_counsellor_and_nobody_online_gets_the_honest_answer(runtime) -> None:
    menu = say(runtime, command="menu")
    assert "m:human" in payloads(menu)
    assert "Nói chuyện với tư vấn viên" in [b.label for r in menu for b in r.buttons]
    replies = say(runtime, payload="m:human")
    assert len(replies) == 1
    assert "chưa có tư vấn viên nào trực tuyến" in replies[0].text
    assert "111" in replies[0].text and "113" in replies[0].text
    assert "tel:111" in payloads(replies)
    assert runtime.desk.waiting() == []


def test_outside_hours_is_honest_in_one_turn(project_copy: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    # A one-minute window two hours from now: outside it, whatever the time of the run.
    start = (now + dt.timedelta(hours=2)).astimezone(dt.timezone(dt.timedelta(hours=7)))
    window = f"{start:%H:%M}-{(start + dt.timedelta(minutes=1)):%H:%M}"
    settings = configure(project_copy, {"handoff": {"hours": window}})
    assert not within_hours(settings)
    runtime = build_runtime(settings, with_nlu=False)
    try:
        runtime.desk.online("lan")                       # someone is online, but not in hours
        replies = say(runtime, payload="m:human", channel="telegram")
        assert len(replies) == 1
        assert window in replies[0].text and "ngoài giờ" in replies[0].text
        assert "111" in replies[0].text
        english = say(runtime, text="/lang", user="u2")
        assert english
        replies = say(runtime, payload="hd:ask", user="u2")
        assert "outside those hours" in replies[0].text and "111" in replies[0].text
        assert runtime.desk.waiting() == []
    finally:
        runtime.close()


def test_disabled_keeps_the_plain_answer(project_copy: Path) -> None:
    settings = configure(project_copy, {"handoff": {"enabled": False,
                                                    "hours": "00:00-24:00"}})
    runtime = build_runtime(settings, with_nlu=False)
    try:
        runtime.desk.online("lan")
        replies = say(runtime, payload="m:human")
        assert "chưa có trò chuyện trực tiếp" in replies[0].text and "111" in replies[0].text
    finally:
        runtime.close()


def test_queue_relay_danger_and_leaving(runtime) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:help")
    say(runtime, payload="h:safe:yes")
    say(runtime, payload="h:who:self")
    say(runtime, payload="h:kind:psychological")
    done = say(runtime, payload="h:where:skip")
    assert "hd:ask" in payloads(done)                  # offered at the end of the request
    joined = say(runtime, payload="hd:ask")
    assert "vị trí số 1" in joined[0].text and "7 phút" in joined[0].text
    assert "hd:leave" in payloads(joined)
    (ticket,) = desk.waiting()
    assert ticket.about == {"who": "self", "kind": "psychological", "urgent": False}
    public = ticket.public(ticket.since)
    assert "u1" not in str(public) and "address" not in public

    second = say(runtime, payload="m:human", user="u2", channel="telegram")
    assert "vị trí số 2" in second[0].text and "14 phút" in second[0].text

    waiting = say(runtime, text="em sợ lắm")
    assert "vị trí số 1" in waiting[0].text           # kept for the counsellor
    assert desk.take(ticket.id, "lan") is not None
    assert desk.take(ticket.id, "mai") is None         # one counsellor wins
    assert say(runtime, text="bạn ơi, em ở đây") == []   # live: to the counsellor, no bot reply
    danger = say(runtime, text="anh ta đang cầm dao đòi giết em")
    assert "113" in danger[0].text                     # the numbers first, at once
    assert "Tư vấn viên cũng đã thấy" in texts(danger)
    shown = [e for _, e in desk.events(ticket.id) if e["t"] == "person"]
    assert [(e["text"], e["danger"]) for e in shown] == [
        ("em sợ lắm", False), ("bạn ơi, em ở đây", False),
        ("anh ta đang cầm dao đòi giết em", True)]

    menu = say(runtime, command="menu")                # commands still work
    assert "m:help" in payloads(menu)
    assert desk.get(ticket.id).state == "live"
    left = say(runtime, text="thôi")
    assert "kết thúc trò chuyện với tư vấn viên" in left[0].text
    assert desk.get(ticket.id).state == "ended"
    assert [e["t"] for _, e in desk.events(ticket.id)] == ["ended"]   # the text is gone
    back = say(runtime, text="/help")
    assert "m:help" in payloads(back)


@pytest.mark.parametrize("words", ["Leave", "huỷ", "huy", "thoi", "ko chờ nữa", "Thôi ạ",
                                   "huỷ nha", "thôi, em ko muốn chờ nữa", "huỷ yêu cầu",
                                   "I don't want to wait anymore", "cancel please"])
def test_leaving_the_queue_by_word(runtime, words) -> None:
    runtime.desk.online("lan")
    say(runtime, payload="m:human")
    assert len(runtime.desk.waiting()) == 1
    replies = say(runtime, text=words)
    assert runtime.desk.waiting() == []
    assert "rời hàng chờ" in replies[0].text or "left the queue" in replies[0].text


def test_leaving_by_button_and_quick_exit(runtime) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human")
    say(runtime, payload="hd:leave")
    assert desk.waiting() == []
    say(runtime, payload="m:human")
    (ticket,) = desk.waiting()
    cleared = say(runtime, command="clear")
    assert len(cleared) == 1 and cleared[0].forget
    assert desk.waiting() == [] and desk.get(ticket.id).state == "ended"
    assert desk.ticket_of("web", "u1") is None


def test_counsellor_ending_sends_the_person_back_to_the_bot(runtime) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human", channel="zalo")
    (ticket,) = desk.waiting()
    desk.take(ticket.id, "lan")
    desk.end(ticket.id, "counsellor")
    replies = say(runtime, text="xin chào", channel="zalo")
    assert replies and "vị trí" not in texts(replies)    # the bot answers again
    assert desk.events(ticket.id)[-1][1]["t"] == "ended"


def test_the_sealed_address_opens_only_with_the_ticket(runtime) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human", user="987654321", channel="telegram")
    (ticket,) = desk.waiting()
    assert "987654321" not in ticket.address
    assert desk.address(ticket) == "987654321"


def test_a_sentence_that_starts_with_thoi_stays_in_the_live_chat(runtime) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human")
    (ticket,) = desk.waiting()
    desk.take(ticket.id, "lan")
    assert say(runtime, text="thôi được rồi chị ạ") == []
    assert say(runtime, text="em không muốn chờ nữa đâu, em nói luôn") == []
    assert desk.get(ticket.id).state == "live"
    assert "kết thúc" in say(runtime, text="Kết thúc")[0].text


@pytest.mark.parametrize("words", ["xoá", "xoá đi", "ck về rồi xoá nhanh", "delete this"])
@pytest.mark.parametrize("live", [False, True])
def test_a_typed_delete_is_the_quick_exit_in_the_queue_and_the_live_chat(runtime, words, live
                                                                          ) -> None:
    """Everything else typed there goes to the counsellor; "xoá" wipes at once, as everywhere."""
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human")
    (ticket,) = desk.waiting()
    if live:
        desk.take(ticket.id, "lan")
    replies = say(runtime, text=words)
    assert len(replies) == 1 and replies[0].forget
    assert desk.get(ticket.id).state == "ended" and desk.ticket_of("web", "u1") is None
    assert all(words not in str(event) for _, event in desk.events(ticket.id))


@pytest.mark.parametrize("words", ["em đã xoá tin nhắn với ổng rồi", "đừng xoá nha"])
def test_a_delete_told_or_refused_in_the_live_chat_goes_to_the_counsellor(runtime, words
                                                                          ) -> None:
    desk = runtime.desk
    desk.online("lan")
    say(runtime, payload="m:human")
    (ticket,) = desk.waiting()
    desk.take(ticket.id, "lan")
    assert say(runtime, text=words) == []
    assert desk.get(ticket.id).state == "live"
