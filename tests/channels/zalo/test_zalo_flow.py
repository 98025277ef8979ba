"""Whole conversations over Zalo: signed events in, the real runtime, the fake Zalo OA out.

A button press on Zalo is an `oa.query.hide` button: Zalo sends its payload back as a hidden
user_send_text, so these tests "press" a button by sending exactly the payload the bot offered.
"""

from __future__ import annotations

import sqlite3

import pytest

from bot.channels.zalo.mapping import FORGET_KEY
from bot.core.messages import Button, Reply
from bot.sessions import session_key
from bot.testing import zalo_api

USER = "246845883529197922"


def last_buttons(fake: zalo_api.FakeZalo, since: int = 0) -> list[dict]:
    found: list[dict] = []
    for message in fake.messages[since:]:
        attachment = message["message"].get("attachment") or {}
        found.extend(attachment.get("payload", {}).get("buttons", []))
    return found


def offered(fake: zalo_api.FakeZalo, since: int) -> dict[str, str]:
    """title → payload of the choice buttons sent since message number `since`."""
    return {b["title"]: b["payload"] for b in last_buttons(fake, since)
            if b["type"] == "oa.query.hide"}


async def press(harness, fake, payload: str) -> int:
    """Press a button the bot offered (its payload comes back as text); returns the message
    count before the bot's answer, to read only what this press produced."""
    mark = len(fake.messages)
    await harness.say(zalo_api.event("user_send_text", USER, text=payload))
    return mark


def texts(fake: zalo_api.FakeZalo, since: int) -> str:
    return "\n".join(m["message"].get("text", "") for m in fake.messages[since:])


async def test_full_help_request_by_buttons_is_counted_without_identifiers(
        nlu_harness, fake, zalo_settings) -> None:
    await nlu_harness.say(zalo_api.event("follow", USER))
    welcome = last_buttons(fake)
    assert {"title": "Gọi 111", "type": "oa.open.phone",
            "payload": {"phone_code": "111"}} in welcome
    menu = offered(fake, 0)
    assert menu, "the welcome offers choices"

    mark = await press(nlu_harness, fake, menu["Tôi cần giúp ngay"])
    assert "Bạn có đang an toàn không?" in texts(fake, mark)
    mark = await press(nlu_harness, fake, offered(fake, mark)["Tôi đang an toàn"])
    choices = offered(fake, mark)
    who = next(payload for payload in choices.values() if payload == "h:who:self")
    mark = await press(nlu_harness, fake, who)

    # Eight kinds + skip + menu: five fit as buttons, the rest are numbered lines to type.
    kinds = last_buttons(fake, mark)
    assert len(kinds) == 5
    listed = texts(fake, mark).splitlines()
    numbered = [line for line in listed if line[:1].isdigit() and ". " in line]
    assert numbered, "choices over Zalo's 5-button limit are listed as numbered lines"
    number = numbered[0].split(".", 1)[0]
    mark = await press(nlu_harness, fake, number)       # typing "1" picks the first listed kind

    where = texts(fake, mark)
    assert where  # asks to share a location or pick a ward, with no fake location button
    assert all(b["type"] in ("oa.query.hide", "oa.open.phone", "oa.open.url")
               for b in last_buttons(fake, mark))

    mark = len(fake.messages)
    await nlu_harness.say(zalo_api.event("user_send_location", USER, lat="10.0341851",
                                      lon="105.7875219"))
    result = last_buttons(fake, mark)
    phones = [b["payload"]["phone_code"] for b in result if b["type"] == "oa.open.phone"]
    assert "111" in phones
    assert fake.invalid == []  # every body respected Zalo's documented limits

    path = zalo_settings.logbook_path
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT channel, for_whom, kind, urgent FROM help_requests").fetchall()
    assert rows == [("zalo", "self", "trafficking", 0)]
    nlu_harness.runtime.logbook.close()
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (USER.encode(), b"10.0341851", "Tôi".encode(), b"msg"):
        assert secret not in stored


async def test_location_sharing_without_a_flow_finds_services_nearby(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event("user_send_location", USER, lat="10.0341851",
                                      lon="105.7875219"))
    answer = texts(fake, 0)
    assert "km" in answer
    assert fake.invalid == []


async def test_emergency_text_gets_113_115_111_first_with_dial_buttons(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event("user_send_text", USER,
                                      text="cứu tôi, chồng tôi đang đánh tôi"))
    first = fake.messages[0]["message"]["text"]
    for number in ("113", "115", "111"):
        assert number in first
    phones = {b["payload"]["phone_code"] for b in last_buttons(fake)
              if b["type"] == "oa.open.phone"}
    assert {"113", "115", "111"} <= phones


@pytest.mark.parametrize("name", ["user_send_sticker", "user_send_image"])
async def test_media_gets_a_short_answer_with_111(nlu_harness, fake, name) -> None:
    await nlu_harness.say(zalo_api.event(name, USER))
    assert "111" in texts(fake, 0)


async def test_quick_exit_ends_the_session_and_explains_how_to_delete(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event("follow", USER))
    menu_payload = offered(fake, 0)["Tôi cần giúp ngay"]
    mark = len(fake.messages)
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="/xoa"))
    answer = fake.messages[mark:]
    assert len(answer) == 1
    assert nlu_harness.runtime.content.t("vi", FORGET_KEY) in answer[0]["message"]["text"]
    assert "attachment" not in answer[0]["message"]
    # The offered buttons were forgotten too: the old payload is now just text.
    assert nlu_harness.runtime.sessions.get(session_key("zalo", USER, "zalobtn")) is None
    mark = await press(nlu_harness, fake, menu_payload)
    assert "Bạn có đang an toàn không?" not in texts(fake, mark)


async def test_a_long_reply_with_many_buttons_arrives_in_parts_zalo_accepts(harness, fake
                                                                           ) -> None:
    text = "Bạo lực gia đình là hành vi bị pháp luật nghiêm cấm. " * 60  # over 3000 characters
    buttons = (Button("Gọi 111", "tel:111", "phone", "111"),
               *(Button(f"Phường {i}", f"h:w:{i}") for i in range(1, 12)))
    await harness.channel.send(USER, Reply(text, buttons))
    assert len(fake.messages) == 2 and fake.invalid == []
    assert "attachment" not in fake.messages[0]["message"]
    last = fake.messages[1]["message"]
    assert len(last["attachment"]["payload"]["buttons"]) == 5
    assert last["text"].rstrip().endswith("7. Phường 11")
