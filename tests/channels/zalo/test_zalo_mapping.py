"""Recorded Zalo events become the right `Inbound`; replies become bodies Zalo accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.zalo.mapping import (
    FORGET_KEY,
    MAX_BUTTONS,
    Offered,
    event_to_inbound,
    reply_to_bodies,
    split_text,
)
from bot.config import load_config
from bot.core.messages import Button, Location, Reply
from bot.knowledge.content import Content
from bot.testing import zalo_api

USER = "246845883529197922"


def recorded(name: str) -> dict:
    return json.loads((zalo_api.PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))


def test_text_event() -> None:
    inbound = event_to_inbound(recorded("user_send_text"))
    assert (inbound.channel, inbound.user, inbound.text) == ("zalo", USER, "xin chào")
    assert inbound.kind == "text"


def test_location_event_coordinates_are_strings_in_the_payload() -> None:
    inbound = event_to_inbound(recorded("user_send_location"))
    assert inbound.location == Location(10.0341851, 105.7875219)


def test_follow_event_starts_and_uses_the_follower_id() -> None:
    inbound = event_to_inbound(recorded("follow"))
    assert (inbound.user, inbound.command) == (USER, "start")


@pytest.mark.parametrize("name", ["user_send_image", "user_send_sticker"])
def test_media_events(name: str) -> None:
    assert event_to_inbound(recorded(name)).command == "media"


@pytest.mark.parametrize("name", ["user_seen_message", "unfollow"])
def test_other_events_are_ignored(name: str) -> None:
    assert event_to_inbound(recorded(name)) is None


def test_broken_location_is_ignored() -> None:
    event = recorded("user_send_location")
    event["message"]["attachments"][0]["payload"]["coordinates"]["latitude"] = "abc"
    assert event_to_inbound(event) is None


def test_text_equal_to_an_offered_payload_is_a_button_press() -> None:
    event = zalo_api.event("user_send_text", text="help:self")
    assert event_to_inbound(event).text == "help:self"
    pressed = event_to_inbound(event, Offered(["help:self"]))
    assert (pressed.payload, pressed.text) == ("help:self", None)


def test_typed_number_answers_a_numbered_choice() -> None:
    event = zalo_api.event("user_send_text", text=" 2 ")
    assert event_to_inbound(event, Offered([], {"2": "kind:online"})).payload == "kind:online"


def test_plain_text_reply() -> None:
    bodies, offered = reply_to_bodies(USER, Reply("Xin chào"))
    assert bodies == [{"recipient": {"user_id": USER}, "message": {"text": "Xin chào"}}]
    assert offered.payloads == []


def test_buttons_become_a_template_with_the_right_kinds() -> None:
    reply = Reply("Bạn cần gì?", (
        Button("Tôi cần giúp đỡ", "help"),
        Button("Gọi 111", "call", "phone", "111"),
        Button("Gọi Ngôi nhà Bình yên", "call2", "phone", "1900 969 680"),
        Button("Bản đồ", "map", "url", "https://www.openstreetmap.org/?mlat=10.03&mlon=105.78"),
    ))
    bodies, offered = reply_to_bodies(USER, reply)
    assert len(bodies) == 1
    message = bodies[0]["message"]
    assert message["text"] == "Bạn cần gì?"
    assert message["attachment"]["type"] == "template"
    assert message["attachment"]["payload"]["buttons"] == [
        {"title": "Tôi cần giúp đỡ", "type": "oa.query.hide", "payload": "help"},
        {"title": "Gọi 111", "type": "oa.open.phone", "payload": {"phone_code": "111"}},
        {"title": "Gọi Ngôi nhà Bình yên", "type": "oa.open.phone",
         "payload": {"phone_code": "1900969680"}},
        {"title": "Bản đồ", "type": "oa.open.url",
         "payload": {"url": "https://www.openstreetmap.org/?mlat=10.03&mlon=105.78"}},
    ]
    assert offered.payloads == ["help"]  # only choices come back as text


def test_buttons_over_the_limit_become_numbered_lines_that_can_be_typed() -> None:
    buttons = tuple(Button(f"Lựa chọn {i}", f"opt{i}") for i in range(1, 8))
    bodies, offered = reply_to_bodies(USER, Reply("Chọn một:", buttons))
    message = bodies[-1]["message"]
    assert len(message["attachment"]["payload"]["buttons"]) == MAX_BUTTONS
    assert message["text"].splitlines()[-2:] == ["1. Lựa chọn 6", "2. Lựa chọn 7"]
    assert offered.numbers == {"1": "opt6", "2": "opt7"}
    assert offered.payloads == [f"opt{i}" for i in range(1, 6)]


def test_a_phone_button_without_a_number_is_text() -> None:
    bodies, _ = reply_to_bodies(USER, Reply("x", (Button("Gọi", "c", "phone", None),)))
    assert "attachment" not in bodies[0]["message"]
    assert bodies[0]["message"]["text"].endswith("1. Gọi")


def test_long_titles_are_shortened_to_zalos_limit() -> None:
    bodies, _ = reply_to_bodies(USER, Reply("x", (Button("dài " * 60, "long"),)))
    title = bodies[0]["message"]["attachment"]["payload"]["buttons"][0]["title"]
    assert len(title) <= 100 and title.endswith("…")


def test_long_text_is_split_and_buttons_ride_on_the_last_part() -> None:
    paragraph = "Bạo lực gia đình là hành vi bị pháp luật cấm. " * 30
    text = "\n\n".join([paragraph] * 4)
    bodies, _ = reply_to_bodies(USER, Reply(text, (Button("Tiếp", "next"),)))
    assert len(bodies) > 1
    assert all(len(b["message"]["text"]) <= 2000 for b in bodies)
    assert all("attachment" not in b["message"] for b in bodies[:-1])
    assert "attachment" in bodies[-1]["message"]
    assert " ".join(" ".join(b["message"]["text"].split()) for b in bodies) == " ".join(
        text.split())


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=6000))
def test_split_never_exceeds_the_limit_or_loses_words(text: str) -> None:
    chunks = split_text(text)
    assert all(len(c) <= 2000 for c in chunks)
    assert "".join("".join(c.split()) for c in chunks) == "".join(text.split())


TEXTS = Content.load(load_config(Path(__file__).resolve().parents[3] / "config.toml")).t
# What the quick exit's help says, in each language (data/content/ui.yml).
FORGET_HELP = {language: TEXTS(language, FORGET_KEY) for language in ("vi", "en")}


# The engine's own "cleared" text tells the language; other words are read by core's detect.
@pytest.mark.parametrize(("text", "language"), [
    (TEXTS("vi", "cleared"), "vi"), (TEXTS("en", "cleared"), "en"),
    ("Đã xóa cuộc trò chuyện.", "vi"), ("The conversation is cleared, you can come back here.", "en")])
def test_quick_exit_tells_how_to_delete_the_conversation(text: str, language: str) -> None:
    bodies, _ = reply_to_bodies(USER, Reply(text, forget=True), TEXTS)
    sent = bodies[0]["message"]["text"]
    assert sent.startswith(text)
    assert FORGET_HELP[language] in sent
    assert "attachment" not in bodies[0]["message"]


def test_request_location_adds_no_fake_button() -> None:
    bodies, _ = reply_to_bodies(USER, Reply("Hãy chia sẻ vị trí hoặc chọn phường.",
                                            request_location=True))
    assert bodies == [{"recipient": {"user_id": USER},
                       "message": {"text": "Hãy chia sẻ vị trí hoặc chọn phường."}}]


def test_offered_merge_keeps_old_buttons_but_only_the_latest_numbers() -> None:
    old = Offered(["a", "b"], {"1": "x"})
    merged = old.merged_with(Offered(["c", "a"], {}))
    assert merged.payloads == ["c", "a", "b"]
    assert merged.numbers == {}
    assert Offered.from_json(merged.to_json()) == merged
