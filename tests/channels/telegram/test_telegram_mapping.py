"""Recorded update payloads → Inbound, and replies → Telegram messages, without any network."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Bot, Update

from bot.channels.telegram.guard import LogGuard
from bot.channels.telegram.mapping import (
    MAX_BUTTONS,
    TOKEN_PREFIX,
    language_hint,
    split_text,
    to_incoming,
    to_outgoing,
    utf16_len,
)
from bot.core.messages import Button, Inbound, Location, Reply
from tests.channels.telegram.conftest import PERSON_ID, payload

BOT = Bot("123:abc")


def incoming(name: str, **changes):
    data = payload(name)
    message = data.get("message")
    if message and "text" in changes:
        message["text"] = changes.pop("text")
        message["entities"] = [{"offset": 0, "length": len(message["text"].split()[0]),
                                "type": "bot_command"}] if message["text"].startswith("/") else []
    return to_incoming(Update.de_json(data, BOT), changes.get("labels"))


def test_text_becomes_text_with_the_language_hint() -> None:
    got = incoming("private_text.json")
    assert got.action == "inbound"
    assert got.inbound == Inbound("telegram", str(PERSON_ID), text="xin chào", language_hint="vi")
    assert got.message_id == 1 and got.chat_id == PERSON_ID


@pytest.mark.parametrize(("typed", "command"), [
    ("/start", "start"), ("/help", "help"), ("/111", "hotline"), ("/near", "near"),
    ("/tips", "tips"), ("/lang", "lang"), ("/privacy", "privacy"), ("/xoa", "clear"),
    ("/clear", "clear"), ("/hotline", "hotline"), ("/services", "near"), ("/menu", "menu"),
    ("/START@companion_test_bot", "start"), ("/start deep-link-args", "start"),
    ("/nosuchthing", "nosuchthing"),
])
def test_commands_and_english_aliases_map_to_canonical_names(typed: str, command: str) -> None:
    got = incoming("private_command_start.json", text=typed)
    assert got.inbound is not None and got.inbound.command == command
    assert got.inbound.text is None


def test_words_after_a_command_reach_the_engine_to_be_read_for_danger() -> None:
    got = incoming("private_command_start.json", text="/help chồng đang đánh tôi")
    assert got.inbound is not None
    assert (got.inbound.command, got.inbound.text) == ("help", "chồng đang đánh tôi")


def test_officer_commands_are_flagged_with_the_user_id_for_the_adapter_to_check() -> None:
    got = incoming("private_command_stats.json")
    assert got.action == "officer" and got.officer_command == "stats"
    assert got.officer_user_id == PERSON_ID
    # what a non-officer gets is built from the same unknown-command inbound
    assert got.inbound is not None and got.inbound.command == "stats"


def test_callback_query_becomes_payload_and_is_to_be_answered() -> None:
    got = incoming("callback_query.json")
    assert got.inbound is not None and got.inbound.payload == "m:help"
    assert got.callback_id == "2158712345678901234"
    assert got.message_id is None


def test_location_becomes_a_location() -> None:
    got = incoming("private_location.json")
    assert got.inbound is not None
    assert got.inbound.location == Location(10.034152, 105.787812)


@pytest.mark.parametrize("name", ["private_sticker.json", "private_photo.json",
                                  "private_voice.json", "private_video.json",
                                  "private_document.json"])
def test_media_becomes_the_media_command(name: str) -> None:
    got = incoming(name)
    assert got.inbound is not None and got.inbound.command == "media"


def test_a_caption_is_read_as_text() -> None:
    got = incoming("private_photo_caption.json")
    assert got.inbound is not None and got.inbound.text == "cứu em với, anh ta đang đánh em"


@pytest.mark.parametrize("name", ["group_text.json", "group_plain_text.json"])
def test_group_messages_become_only_the_group_command(name: str) -> None:
    got = incoming(name)
    assert got.action == "inbound" and not got.private
    assert got.inbound is not None and got.inbound.command == "group"
    assert got.inbound.text is None and got.message_id is None     # no id kept for a group


def test_edited_messages_and_service_messages_are_ignored() -> None:
    assert incoming("edited_message.json").action == "ignore"
    assert incoming("group_member_joined.json").action == "ignore"


def test_a_tap_on_a_reply_keyboard_label_becomes_its_payload() -> None:
    got = incoming("private_text.json", text="Bỏ qua", labels={"Bỏ qua": "h:where:skip"})
    assert got.inbound is not None and got.inbound.payload == "h:where:skip"


@pytest.mark.parametrize(("code", "hint"), [("vi", "vi"), ("en-US", "en"), ("en", "en"),
                                            ("fr", None), (None, None), ("", None)])
def test_language_hint(code: str | None, hint: str | None) -> None:
    assert language_hint(code) == hint


def test_split_text_respects_utf16_length_and_keeps_everything() -> None:
    text = ("😢 an toàn " * 700).strip()          # emoji count twice in UTF-16
    pieces = split_text(text)
    assert len(pieces) == 2
    assert all(utf16_len(p) <= 4096 for p in pieces)
    assert " ".join(pieces) == text
    assert split_text("ngắn") == ["ngắn"]


def out(reply: Reply):
    tokens = iter(f"tok{n}" for n in range(1000))
    return to_outgoing(reply, skip_label="Bỏ qua", location_label="Chia sẻ vị trí",
                       make_token=lambda: next(tokens))


def test_phone_buttons_become_text_lines_and_urls_url_buttons() -> None:
    reply = Reply("Gọi:", (Button("Công an", "tel:113", "phone", "113"),
                           Button("Gọi 111", "tel:111", "phone", "111"),
                           Button("Bản đồ", "map", "url", "https://maps.example/x"),
                           Button("Về menu", "menu")))
    (message,) = out(reply)
    assert message.text == "Gọi:\n\nCông an: 113\nGọi 111"
    buttons = [b for row in message.inline["inline_keyboard"] for b in row]
    assert buttons == [{"text": "Về menu", "callback_data": "menu"},
                       {"text": "Bản đồ", "url": "https://maps.example/x"}]


def test_long_payloads_go_through_a_token() -> None:
    long = "h:w:" + "Thới An Đông " * 6
    (message,) = out(Reply("Chọn", (Button("A", long),)))
    data = message.inline["inline_keyboard"][0][0]["callback_data"]
    assert data == TOKEN_PREFIX + "tok0" and message.long_payloads == {data: long}


def test_location_request_is_a_reply_keyboard_with_the_choices_and_skip() -> None:
    reply = Reply("Bạn ở đâu?", (Button("Chia sẻ vị trí", "h:loc"),
                                 Button("Chọn phường/xã", "h:ward"),
                                 Button("Bỏ qua", "h:where:skip")), request_location=True)
    (message,) = out(reply)
    rows = message.keyboard["keyboard"]
    assert rows[0][0] == {"text": "Chia sẻ vị trí", "request_location": True}
    assert [r[0] for r in rows[1:]] == [{"text": "Chọn phường/xã"}, {"text": "Bỏ qua"}]
    assert message.keyboard_labels == {"Chọn phường/xã": "h:ward", "Bỏ qua": "h:where:skip"}
    assert message.keyboard["one_time_keyboard"] is True


def test_a_location_request_without_skip_gets_the_flows_skip() -> None:
    (message,) = out(Reply("Vị trí?", (), request_location=True))
    assert [r[0]["text"] for r in message.keyboard["keyboard"]] == ["📍 Chia sẻ vị trí", "Bỏ qua"]
    assert message.keyboard_labels == {"Bỏ qua": "skip"}
    (message,) = out(Reply("Ở đâu?", (Button("Chia sẻ vị trí", "s:loc"), Button("Về menu", "menu")),
                           request_location=True))
    assert [r[0]["text"] for r in message.keyboard["keyboard"]] == ["Chia sẻ vị trí", "Về menu", "Bỏ qua"]
    assert message.keyboard_labels == {"Về menu": "menu", "Bỏ qua": "s:skip"}


def test_more_than_100_buttons_are_spread_over_messages() -> None:
    reply = Reply("Chọn phường/xã của bạn:",
                  tuple(Button(f"P{n}", f"s:w:P{n}") for n in range(150)))
    messages = out(reply)
    counts = [sum(len(r) for r in m.inline["inline_keyboard"]) for m in messages]
    assert counts == [MAX_BUTTONS, 50]
    assert messages[1].text == "Chọn phường/xã của bạn:"
    assert len(messages[0].inline["inline_keyboard"][0]) == 3          # short labels share rows


def test_the_log_guard_hides_the_token_debug_payloads_and_quoted_updates() -> None:
    guard = LogGuard("123:SECRETTOKEN")

    def record(name: str, level: int, msg: str, *args: object) -> logging.LogRecord:
        return logging.LogRecord(name, level, __file__, 1, msg, args, None)

    url = record("httpx", logging.INFO, "HTTP Request: POST %s", "https://x/bot123:SECRETTOKEN/a")
    assert guard.filter(url) and url.getMessage() == "HTTP Request: POST https://x/bot<token>/a"
    params = record("telegram.ext.ExtBot", logging.DEBUG, "params %s", {"text": "secret"})
    assert guard.filter(params) is False
    quoted = record("telegram.Bot", logging.CRITICAL, "Error! Received data was %r",
                    [{"message": {"text": "chồng tôi"}}])
    assert guard.filter(quoted) and "chồng" not in quoted.getMessage()


def test_numbers_the_text_already_shows_are_not_repeated() -> None:
    reply = Reply("Gọi ngay:\n113 – Công an\n111 – Tổng đài", (
        Button("Gọi 113", "tel:113", "phone", "113"),
        Button("Gọi 111", "tel:111", "phone", "111"),
        Button("Nhà Bình yên", "tel:w", "phone", "1900 969 680"),
        Button("Gọi 11", "tel:11", "phone", "11")))
    (message,) = out(reply)
    assert message.text == ("Gọi ngay:\n113 – Công an\n111 – Tổng đài\n\n"
                            "Nhà Bình yên: 1900 969 680\nGọi 11")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("aàảă 😢\n.𝐀b"), min_size=0, max_size=12000),
       st.integers(min_value=20, max_value=4096))
def test_split_text_never_exceeds_the_limit_and_loses_no_visible_character(
        text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert all(utf16_len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == \
        text.replace(" ", "").replace("\n", "")


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_every_payload_fits_in_callback_data(payload: str) -> None:
    (message,) = out(Reply("Chọn", (Button("A", payload),)))
    data = message.inline["inline_keyboard"][0][0]["callback_data"]
    assert len(data.encode()) <= 64
    assert message.long_payloads.get(data, data) == payload


def test_numbers_with_only_phone_buttons_join_the_next_replies_in_one_message() -> None:
    from bot.channels.telegram.delivery import Delivery

    numbers = Reply("Gọi ngay:", (Button("Công an 113", "", "phone", "113"),
                                  Button("Cấp cứu 115", "", "phone", "115")))
    advice = Reply("Nếu có thể, hãy ra khỏi phòng có dao kéo.")
    menu = Reply("Bạn muốn làm gì?", (Button("Dịch vụ gần tôi", "m:near"),))
    [message] = Delivery._messages([numbers, advice, menu], keyboard_up=False)
    # the numbers are text lines (Telegram has no tel: links), then the advice, then the menu
    assert message.text.index("113") < message.text.index("dao kéo") < message.text.index(
        "Bạn muốn")
    assert "115" in message.text and [b.payload for b in message.buttons] == ["m:near"]
    # a reply mixing a phone button with choices keeps its keyboard and still ends a message
    mixed = Reply("Gọi 111 hoặc chọn:", (Button("111", "", "phone", "111"), Button("Có", "h:yes")))
    assert len(Delivery._messages([mixed, menu], keyboard_up=False)) == 2
    # a location request is never folded into text
    ask = Reply("Bạn ở đâu?", (Button("111", "", "phone", "111"),), request_location=True)
    assert Delivery._messages([ask], keyboard_up=False)[0].request_location
