"""Network errors, flood waits, floods of messages, an engine failure, long polling, and the bot
token kept out of every log line."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot import metrics
from bot.channels.telegram import TelegramChannel
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, SECRET, TOKEN, Updates, Webhook


def _errors(stage: str) -> float:
    return metrics.ERRORS.labels("telegram", stage)._value.get()


async def test_network_errors_are_retried_with_backoff(webhook: Webhook, api: FakeBotApi,
                                                       updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json"))
    normal = api.sent_texts()
    api.reset_calls()
    api.fail_next("sendMessage", times=2, status=502)
    response = await webhook.post(updates.make("private_command_start.json",
                                               chat_id=PERSON_ID + 1))
    assert response.status_code == 200
    assert len(api.calls_of("sendMessage")) == len(normal) + 2
    assert len(set(api.sent_texts())) == len(normal)           # everything arrived, in order
    assert api.sent_texts()[2:] == normal


async def test_a_flood_wait_from_telegram_is_respected(webhook: Webhook, api: FakeBotApi,
                                                       updates: Updates) -> None:
    api.fail_next("sendMessage", times=1, status=429, parameters={"retry_after": 1})
    loop = asyncio.get_running_loop()
    started = loop.time()
    await webhook.post(updates.text("cuu toi voi"))
    assert loop.time() - started >= 1.0
    assert len(api.calls_of("sendMessage")) >= 2            # refused once, then sent
    assert "113" in api.sent_texts()[1]


async def test_when_telegram_stays_down_the_bot_gives_up_without_crashing(
        webhook: Webhook, api: FakeBotApi, updates: Updates) -> None:
    before = _errors("send")
    api.fail_next("sendMessage", times=12, status=502)
    update = updates.make("private_command_start.json")
    response = await webhook.post(update)
    # Nothing reached the person: non-200, so Telegram delivers the update again.
    assert response.status_code == 503
    assert _errors("send") >= before + 1
    api.reset_calls()
    api._failures.clear()
    assert (await webhook.post(update)).status_code == 200     # the redelivery is answered
    answered = len(api.sent_texts())
    assert answered >= 1
    assert (await webhook.post(update)).status_code == 200     # and only once
    assert len(api.sent_texts()) == answered
    await webhook.post(updates.text("/111"))                    # the next update works
    assert any("113" in t for t in api.sent_texts())


async def test_if_the_engine_fails_the_person_still_gets_the_hotline(
        webhook: Webhook, api: FakeBotApi, updates: Updates, channel: TelegramChannel) -> None:
    async def broken(inbound):
        raise RuntimeError("bug")

    channel._handle = broken
    await webhook.post(updates.text("xin chào"))
    (text,) = api.sent_texts()
    assert "111" in text


async def test_a_flood_of_messages_gets_one_slow_down_line(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime,
        channel: TelegramChannel) -> None:
    limit = runtime.settings.sessions.flood_max_messages
    seen = []

    async def counting(inbound):
        seen.append(inbound)
        return await runtime.handle(inbound)

    channel._handle = counting
    for n in range(limit + 5):
        await webhook.post(updates.text(f"tin {n}"))
    assert len(seen) == limit                    # the engine never saw the flood
    texts = api.sent_texts()
    slow = [t for t in texts if "rất nhanh" in t]
    assert len(slow) == 1
    assert "113" in slow[0] and "111" in slow[0]
    assert texts[-1] == slow[0]                  # nothing answered after the warning
    # another person is not slowed down
    await webhook.post(updates.text("xin chào", chat_id=PERSON_ID + 7))
    assert len(seen) == limit + 1


async def test_bot_api_unreachable_at_start_is_retried_in_the_background(
        runtime: Runtime, api: FakeBotApi) -> None:
    api.fail_next("getMe", times=2, status=502)
    channel = TelegramChannel(runtime.settings, runtime.sessions, TOKEN, runtime.content.t,
                              secret=SECRET, retry_base_delay=0.05)
    await channel.start(runtime.handle)          # returns at once, not blocking the server
    try:
        await channel.wait_ready(timeout=10)
        assert len(api.calls_of("getMe")) >= 3
        assert api.calls_of("setMyCommands")
    finally:
        await channel.stop()


async def test_long_polling_receives_and_answers(runtime: Runtime, api: FakeBotApi,
                                                 updates: Updates) -> None:
    channel = TelegramChannel(runtime.settings, runtime.sessions, TOKEN, runtime.content.t,
                              polling=True, retry_base_delay=0.05, poll_timeout=1)
    assert channel.routes(runtime.handle) == []
    await channel.start(runtime.handle)
    try:
        await api.wait_for("getUpdates", 1)
        api.fail_next("getUpdates", times=2, status=502)  # Telegram hiccups: polling goes on
        update = updates.make("private_command_start.json")
        api.push_update(update)
        api.push_update(update)                          # delivered twice: handled once
        # /start is one message: its replies are joined (base.join_replies; the 111 button is
        # a text line on Telegram, so it does not end a message), the menu under it
        await api.wait_for("sendMessage", 1)
        await asyncio.sleep(0.3)
        assert len(api.calls_of("sendMessage")) == 1
        assert "chatbot" in api.sent_texts()[0]
        assert api.calls_of("getUpdates")
    finally:
        await asyncio.wait_for(channel.stop(), 15)


async def test_the_token_never_appears_in_logs(runtime: Runtime, api: FakeBotApi,
                                               updates: Updates,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    channel = TelegramChannel(runtime.settings, runtime.sessions, TOKEN, runtime.content.t,
                              polling=True, retry_base_delay=0.01, poll_timeout=1)
    # even with the HTTP libraries forced to log all they can
    for library in ("httpx", "aiohttp", "telegram"):
        caplog.set_level(logging.DEBUG, logger=library)
    api.fail_next("sendMessage", times=1, status=502)
    await channel.start(runtime.handle)
    try:
        api.push_update(updates.make("private_command_start.json"))
        await api.wait_for("sendMessage", 2)    # one refused, then /start's one message
    finally:
        await channel.stop()
    text = caplog.text
    assert "network error" in text                                 # the failure was logged…
    assert TOKEN not in text                                       # …without the token
    assert TOKEN.split(":")[1] not in text
    assert str(PERSON_ID) not in text
    assert "xin chào" not in text


async def test_with_retries_backs_off_exponentially_then_gives_up() -> None:
    from telegram.error import BadRequest, NetworkError, RetryAfter

    from bot.channels.telegram.guard import with_retries

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def down():
        raise NetworkError("connection reset")

    assert await with_retries(down, stage="send", attempts=4, base_delay=0.5, sleep=sleep) is None
    assert slept == [0.5, 1.0, 2.0]

    slept.clear()
    answers = iter([RetryAfter(3), "ok"])

    async def flood_then_ok():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert await with_retries(flood_then_ok, stage="send", sleep=sleep) == "ok"
    assert slept == [3.0]

    slept.clear()

    async def refused():
        raise BadRequest("message is too long")

    assert await with_retries(refused, stage="send", sleep=sleep) is None
    assert slept == []                        # a refusal is not retried


async def test_a_refused_token_turns_the_channel_off_without_stopping_the_server(
        runtime: Runtime, api: FakeBotApi, updates: Updates,
        caplog: pytest.LogCaptureFixture) -> None:
    import httpx
    from starlette.applications import Starlette

    from bot.channels.telegram import SECRET_HEADER

    channel = TelegramChannel(runtime.settings, runtime.sessions, "7000000001:revoked",
                              runtime.content.t, secret=SECRET, retry_base_delay=0.01)
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    await channel.start(runtime.handle)                  # does not raise
    try:
        assert "refused the token (check TELEGRAM_BOT_TOKEN)" in caplog.text
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://t") as client:
            response = await client.post("/telegram/webhook", json=updates.text("hi"),
                                         headers={SECRET_HEADER: SECRET})
        assert response.status_code == 503
        assert api.calls_of("sendMessage") == []
    finally:
        await channel.stop()


async def test_stop_is_prompt_while_telegram_is_unreachable(runtime: Runtime,
                                                             api: FakeBotApi) -> None:
    api.fail_next("getMe", times=1000, status=502)
    channel = TelegramChannel(runtime.settings, runtime.sessions, TOKEN, runtime.content.t,
                              secret=SECRET, retry_base_delay=0.05)
    await channel.start(runtime.handle)
    await asyncio.sleep(0.3)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await channel.stop()
    assert loop.time() - started < 2.0
