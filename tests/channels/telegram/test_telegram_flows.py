"""Conversations over the webhook, through the real runtime, against the fake Bot API over HTTP."""

from __future__ import annotations

from pathlib import Path

from bot.runtime import Runtime
from bot.sessions import session_key
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, Updates, Webhook


def keyboard_payloads(call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


async def test_start_shows_the_intro_and_an_inline_menu(webhook: Webhook, api: FakeBotApi,
                                                        updates: Updates) -> None:
    response = await webhook.post(updates.make("private_command_start.json"))
    assert response.status_code == 200
    sent = api.calls_of("sendMessage")
    assert "chatbot" in sent[0].params["text"]
    assert all(c.params["chat_id"] == PERSON_ID for c in sent)
    menus = [c for c in sent if keyboard_payloads(c)]
    assert menus and "m:help" in keyboard_payloads(menus[-1])
    # the phone button became a text line: Telegram has no tel: links
    assert any("111" in c.params["text"] for c in sent)
    assert not any("tel:" in str(c.params.get("reply_markup")) for c in sent)


async def test_full_help_request_logs_one_anonymous_row(webhook: Webhook, api: FakeBotApi,
                                                       updates: Updates, runtime: Runtime) -> None:
    await webhook.post(updates.make("private_command_start.json"))
    for data in ("m:help", "h:safe:yes", "h:who:self", "h:kind:physical"):
        response = await webhook.post(updates.button(data))
        assert response.status_code == 200
    # the where-step asks for a location with a reply keyboard
    ask = api.calls_of("sendMessage")[-1]
    keyboard = ask.params["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_location"] is True
    labels = [row[0]["text"] for row in keyboard[1:]]
    assert "Bỏ qua" in labels
    # every callback query was answered, and the tapped keyboard taken off the screen
    assert len(api.calls_of("answerCallbackQuery")) == 4
    edits = api.calls_of("editMessageReplyMarkup")
    assert [(e.params["chat_id"], e.params["message_id"]) for e in edits] == [(PERSON_ID, 2)] * 4
    assert all("reply_markup" not in e.params for e in edits)
    api.reset_calls()
    await webhook.post(updates.text("Bỏ qua"))     # a tap on the keyboard's skip button
    texts = api.sent_texts()
    assert any("1900 969 680" in t for t in texts), texts    # the result lists the hotlines
    first = api.calls_of("sendMessage")[0]
    assert first.params["reply_markup"] == {"remove_keyboard": True}

    rows = list(runtime.logbook.db["help_requests"].rows)  # type: ignore[attr-defined]
    assert len(rows) == 1
    row = rows[0]
    assert row["channel"] == "telegram"
    assert (row["for_whom"], row["kind"], row["urgent"]) == ("self", "physical", 0)
    assert set(row) == {"id", "day", "channel", "language", "for_whom", "kind", "ward",
                        "urgent", "providers_shown"}
    runtime.close()
    raw = b"".join(p.read_bytes() for p in Path(runtime.settings.logbook_path).parent.glob(
        "logbook.db*"))
    for secret in (str(PERSON_ID), "Lan", "Bỏ qua", "xin chào", "2158712345678901234"):
        assert secret.encode() not in raw


async def test_services_near_a_shared_location(webhook: Webhook, api: FakeBotApi,
                                               updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json", text="/near"))
    ask = api.calls_of("sendMessage")[-1]
    assert ask.params["reply_markup"]["keyboard"][0][0]["request_location"] is True
    api.reset_calls()
    await webhook.post(updates.make("private_location.json"))
    texts = api.sent_texts()
    assert "tự xoá khi cuộc trò chuyện kết thúc" in texts[0]   # location_thanks: what is kept
    assert any("Cách bạn khoảng" in t and "1. " in t for t in texts), texts   # the nearest card
    markups = [c.params.get("reply_markup") for c in api.calls_of("sendMessage")]
    assert any(b.get("url", "").startswith("https://www.openstreetmap.org/")
               for m in markups if m and "inline_keyboard" in m
               for row in m["inline_keyboard"] for b in row)              # the map as a URL button
    assert api.calls_of("sendMessage")[0].params["reply_markup"] == {"remove_keyboard": True}


async def test_emergency_text_gets_113_115_111_first(webhook: Webhook, api: FakeBotApi,
                                                     updates: Updates) -> None:
    await webhook.post(updates.text("cuu toi voi, ck dang danh toi"))
    first = api.sent_texts()[0]
    assert "113" in first and "115" in first and "111" in first
    assert first.index("113") < 200


async def test_media_gets_a_short_answer_with_111(webhook: Webhook, api: FakeBotApi,
                                                  updates: Updates) -> None:
    for name in ("private_sticker.json", "private_photo.json", "private_voice.json",
                 "private_video.json", "private_document.json"):
        api.reset_calls()
        await webhook.post(updates.make(name))
        texts = api.sent_texts()
        assert len(texts) == 1 and "111" in texts[0], (name, texts)
        assert "chữ" in texts[0]


async def test_danger_typed_under_a_photo_gets_113_115_111_first(
        webhook: Webhook, api: FakeBotApi, updates: Updates) -> None:
    await webhook.post(updates.make("private_photo_caption.json"))
    first = api.sent_texts()[0]
    assert "113" in first and "115" in first and "111" in first


async def test_english_language_code_gets_english(webhook: Webhook, api: FakeBotApi,
                                                  updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json", language="en-GB"))
    assert "Hello" in api.sent_texts()[0]


async def test_group_chat_gets_only_the_hotline_and_nothing_is_logged(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    await webhook.post(updates.make("group_plain_text.json", chat_id=-4012345678))
    sent = api.calls_of("sendMessage")
    assert len(sent) == 1
    assert sent[0].params["chat_id"] == -4012345678
    assert "111" in sent[0].params["text"] and "nhắn riêng" in sent[0].params["text"]
    assert "reply_markup" not in sent[0].params          # no help flow, no buttons
    # a command in a supergroup: the same, never the help flow
    await webhook.post(updates.make("group_text.json", chat_id=-1001987654321))
    assert api.sent_texts(-1001987654321) == [sent[0].params["text"]]
    # a second message in the same group within the minute is not answered again
    await webhook.post(updates.make("group_plain_text.json", chat_id=-4012345678))
    assert len(api.sent_texts(-4012345678)) == 1
    # a member joining is not a message to answer
    await webhook.post(updates.make("group_member_joined.json", chat_id=-4012345679))
    assert api.sent_texts(-4012345679) == []
    assert runtime.logbook.db["help_requests"].count == 0  # type: ignore[attr-defined]
    for chat in (-4012345678, -1001987654321, PERSON_ID):      # no engine session anywhere
        assert runtime.sessions.get(session_key("telegram", str(chat))) is None
    assert len(runtime.sessions) == 6       # 4 update marks + 2 group throttles, nothing else
    assert api.deleted == {}


async def test_edited_messages_are_not_reprocessed(webhook: Webhook, api: FakeBotApi,
                                                   updates: Updates) -> None:
    response = await webhook.post(updates.make("edited_message.json"))
    assert response.status_code == 200
    assert api.calls_of("sendMessage") == []


async def test_long_replies_are_split_at_4096(webhook: Webhook, api: FakeBotApi,
                                              channel, updates: Updates) -> None:
    from bot.core.messages import Button, Reply

    long_text = ("Một dòng khá dài về an toàn. " * 40 + "\n") * 12
    await channel.send(str(PERSON_ID), Reply(long_text, (Button("Về menu", "menu"),)))
    sent = api.calls_of("sendMessage")
    assert len(long_text) == 13932 and len(sent) == 4        # cut at line breaks, 3 lines each
    assert all(len(c.params["text"]) <= 4096 for c in sent)
    assert [keyboard_payloads(c) for c in sent] == [[], [], [], ["menu"]]
    joined = "".join(c.params["text"] for c in sent).replace("\n", "").replace(" ", "")
    assert joined == long_text.replace("\n", "").replace(" ", "")


async def test_a_payload_over_64_bytes_round_trips_through_a_token(
        webhook: Webhook, api: FakeBotApi, channel, updates: Updates) -> None:
    from bot.core.messages import Button, Reply

    ward = "Thới An Đông"
    long_payload = "h:w:" + ward + " " * 0 + "x" * 70
    await channel.send(str(PERSON_ID), Reply("Chọn:", (Button("A", long_payload),
                                                       Button("B", "menu"))))
    data = keyboard_payloads(api.calls_of("sendMessage")[-1])
    assert data[1] == "menu" and len(data[0].encode()) <= 64 and data[0] != long_payload
    seen = []

    async def spy(inbound):
        seen.append(inbound.payload)
        return []

    channel._handle = spy
    await webhook.post(updates.button(data[0]))
    assert seen == [long_payload]


async def test_the_ward_picker_fits_telegrams_keyboard_limits(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    await webhook.post(updates.make("private_command_start.json", text="/near"))
    api.reset_calls()
    await webhook.post(updates.button("s:ward"))
    sent = api.calls_of("sendMessage")
    payloads = [p for c in sent for p in keyboard_payloads(c)]
    # 103 units fit no keyboard (Telegram allows 100 buttons): the person types the name
    assert len(runtime.wards.wards) > 100 and len(sent) == 1
    assert not [p for p in payloads if p.startswith(("s:w:", "~t:"))]
    assert runtime.content.t("vi", "ward_type_q", examples="")[:20] in sent[0].params["text"]
    await webhook.post(updates.text("ninh kieu"))
    assert any("Ninh Kiều" in t for t in api.sent_texts())


async def test_skip_on_the_services_keyboard_lists_the_city_in_the_persons_language(
        webhook: Webhook, api: FakeBotApi, updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json", text="/lang"))
    api.reset_calls()
    await webhook.post(updates.make("private_command_start.json", text="/near"))
    keyboard = api.calls_of("sendMessage")[-1].params["reply_markup"]["keyboard"]
    assert [row[0]["text"] for row in keyboard] == ["Share my location", "Pick a ward/commune",
                                                    "Menu", "Skip"]
    api.reset_calls()
    await webhook.post(updates.text("Skip"))
    first = api.sent_texts()[0]
    assert first.startswith("Help in the city:")
    markups = [c.params.get("reply_markup") for c in api.calls_of("sendMessage")]
    assert markups[0] == {"remove_keyboard": True}       # the location keyboard goes away
    assert "inline_keyboard" in markups[-1]
