"""The webhook route: the secret token, duplicates, bad bodies, and registration at start-up."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot import metrics
from bot.channels.registry import configured_channels
from bot.channels.telegram import SECRET_HEADER, TelegramChannel, from_runtime
from bot.config import Settings
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import SECRET, Updates, Webhook, write_settings


def _failures() -> float:
    return metrics.WEBHOOK_AUTH_FAILURES.labels("telegram")._value.get()


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x", SECRET[:-1]])
async def test_a_request_without_the_right_secret_is_refused_and_never_processed(
        webhook: Webhook, api: FakeBotApi, updates: Updates, secret: str | None) -> None:
    update = updates.make("private_command_start.json")
    before = _failures()
    response = await webhook.post(update, secret=secret)
    assert response.status_code == 403
    assert response.content == b""
    assert _failures() == before + 1
    assert api.calls_of("sendMessage") == []
    # not even marked as seen: the genuine delivery of the same update is handled
    assert (await webhook.post(update)).status_code == 200
    assert api.calls_of("sendMessage")


async def test_the_same_update_twice_is_processed_once(webhook: Webhook, api: FakeBotApi,
                                                       updates: Updates) -> None:
    update = updates.make("private_command_start.json")
    assert (await webhook.post(update)).status_code == 200
    once = len(api.calls_of("sendMessage"))
    assert once >= 1
    assert (await webhook.post(update)).status_code == 200     # Telegram's retry
    assert len(api.calls_of("sendMessage")) == once


@pytest.mark.parametrize("body", [b"{not json", b"[]", b"{}", b"5", b'"x"',
                                  b'{"update_id": "abc"}', b'{"update_id": 1, "message": "x"}'])
async def test_bad_bodies_get_400_without_a_reply(webhook: Webhook, api: FakeBotApi,
                                                  body: bytes) -> None:
    response = await webhook.client.post("/telegram/webhook", content=body,
                                         headers={SECRET_HEADER: SECRET})
    assert response.status_code == 400
    assert api.calls_of("sendMessage") == []


async def test_only_post_is_routed(webhook: Webhook) -> None:
    response = await webhook.client.get("/telegram/webhook")
    assert response.status_code == 405


async def test_start_sets_commands_in_both_languages(channel: TelegramChannel,
                                                     api: FakeBotApi) -> None:
    calls = api.calls_of("setMyCommands")
    languages = sorted(c.params.get("language_code", "") for c in calls)
    assert languages == ["", "en", "vi"]
    vi = next(c for c in calls if c.params.get("language_code") == "vi")
    names = [c["command"] for c in vi.params["commands"]]
    assert {"start", "help", "111", "near", "tips", "lang", "privacy", "xoa"} <= set(names)
    en = next(c for c in calls if c.params.get("language_code") == "en")
    assert "clear" in [c["command"] for c in en.params["commands"]]
    assert api.calls_of("setWebhook") == []           # no webhook_url configured


async def test_start_registers_the_webhook_with_the_secret(
        project_copy, api: FakeBotApi, secrets_env: None) -> None:
    from bot.runtime import build_runtime

    url = "https://bot.example.org/telegram/webhook"
    settings = write_settings(project_copy, api.base_url, webhook_url=url)
    runtime = build_runtime(settings, with_nlu=False)
    channel, _ = from_runtime(runtime, {})
    assert channel is not None
    await channel.start(runtime.handle)
    try:
        (call,) = api.calls_of("setWebhook")
        assert call.params["url"] == url
        assert call.params["secret_token"] == SECRET
        assert "message" in call.params["allowed_updates"]
    finally:
        await channel.stop()
        runtime.close()


def test_without_a_token_the_channel_is_off_with_the_variable_to_set(
        tg_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    runtime = SimpleNamespace(settings=tg_settings, sessions=None, content=None)
    channel, reason = from_runtime(runtime, {"telegram_polling": True})
    assert channel is None
    assert reason == ("Telegram is off: set the environment variable TELEGRAM_BOT_TOKEN "
                      "(named by [telegram] token_env)")
    channels, off = configured_channels(runtime, {"telegram_polling": True})
    assert off["telegram"] == reason
    assert not any(c.name == "telegram" for c in channels)


def test_a_webhook_without_a_secret_is_never_run(tg_settings: Settings, runtime: Runtime,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET")
    channel, reason = from_runtime(runtime, {})
    assert channel is None and "TELEGRAM_WEBHOOK_SECRET" in reason
    polling, _ = from_runtime(runtime, {"telegram_polling": True})
    assert polling is not None and polling.routes(runtime.handle) == []


async def test_an_oversized_body_is_refused(webhook: Webhook, api: FakeBotApi,
                                            updates: Updates) -> None:
    update = updates.text("x" * 1_100_000)
    response = await webhook.post(update)
    assert response.status_code == 413
    assert api.calls_of("sendMessage") == []


async def test_a_tap_is_answered_in_the_webhook_response_and_its_messages_by_calls(
        webhook: Webhook, api: FakeBotApi, updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json"))
    api.reset_calls()
    tap = updates.button("m:numbers")
    response = await webhook.client.post("/telegram/webhook", json=tap,
                                         headers={SECRET_HEADER: SECRET})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"method": "answerCallbackQuery",
                               "callback_query_id": tap["callback_query"]["id"]}
    # the answer went with the response, not as a call; the numbers went as a message (whose id
    # the quick exit needs)
    assert api.calls_of("answerCallbackQuery") == []
    assert any("111" in text for text in api.sent_texts())
    # typed text has nothing to answer: an empty 200
    text = await webhook.client.post("/telegram/webhook", json=updates.text("xin chào"),
                                     headers={SECRET_HEADER: SECRET})
    assert text.status_code == 200 and text.content == b""


async def test_without_a_webhook_a_tap_is_answered_by_a_call(
        channel: TelegramChannel, api: FakeBotApi, updates: Updates) -> None:
    from telegram import Update

    await channel.process(Update.de_json(updates.button("m:numbers"), channel._app.bot))
    assert len(api.calls_of("answerCallbackQuery")) == 1
