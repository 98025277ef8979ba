"""Quick exit deletes this chat's messages under 48 hours old, in batches of at most 100."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.telegram import TelegramChannel
from bot.channels.telegram.quickexit import MessageLog, batches
from bot.runtime import Runtime
from bot.sessions import session_key
from bot.sessions.memory import MemorySessionStore
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, SECRET, TOKEN, Updates, Webhook


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def timed(runtime: Runtime, clock: Clock) -> AsyncIterator[tuple[TelegramChannel, Webhook]]:
    """A channel on a clock the test moves, so 48 hours pass in an instant."""
    from tests.channels.telegram.conftest import Webhook

    channel = TelegramChannel(runtime.settings, runtime.sessions, TOKEN, runtime.content.t,
                              secret=SECRET, clock=clock, retry_base_delay=0.01)
    routes = list(channel.routes(runtime.handle))
    await channel.start(runtime.handle)
    transport = httpx.ASGITransport(app=Starlette(routes=routes))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield channel, Webhook(client)
    await channel.stop()


async def chat(webhook: Webhook, updates: Updates, clock: Clock, count: int) -> list[int]:
    """`count` messages from the person, 5 s apart (under the flood limit); their ids."""
    ids = []
    for n in range(count):
        update = updates.text(f"tin nhắn {n}")
        ids.append(update["message"]["message_id"])
        assert (await webhook.post(update)).status_code == 200
        clock.now += 5
    return ids


async def test_xoa_deletes_every_recent_message_in_batches(
        timed: tuple[TelegramChannel, Webhook], api: FakeBotApi, updates: Updates,
        clock: Clock, runtime: Runtime) -> None:
    _, webhook = timed
    old = await chat(webhook, updates, clock, 3)
    old_bot = list(api.bot_message_ids[PERSON_ID])
    clock.now += 48 * 3600 + 120                        # those are now too old to delete
    recent = await chat(webhook, updates, clock, 60)
    recent_bot = [i for i in api.bot_message_ids[PERSON_ID] if i not in old_bot]
    xoa = updates.make("private_command_xoa.json")
    await webhook.post(xoa)

    calls = api.calls_of("deleteMessages")
    expected = set(recent) | set(recent_bot) | {xoa["message"]["message_id"]}
    assert len(expected) > 100
    assert len(calls) == -(-len(expected) // 100)
    assert all(1 <= len(c.params["message_ids"]) <= 100 for c in calls)
    assert all(c.params["chat_id"] == PERSON_ID for c in calls)
    deleted = [i for c in calls for i in c.params["message_ids"]]
    assert sorted(deleted) == sorted(expected)          # the person's and the bot's, each once
    assert not set(deleted) & (set(old) | set(old_bot))

    last = api.calls_of("sendMessage")[-1]              # one neutral line is left
    assert last.params["text"] == "Đã xoá."
    assert last.params["reply_markup"] == {"remove_keyboard": True}
    assert api.calls.index(calls[-1]) < api.calls.index(last)
    # nothing about the chat is left: no ids, no engine session
    assert runtime.sessions.get(session_key("telegram", str(PERSON_ID), namespace="tgmsg")) is None
    assert runtime.sessions.get(session_key("telegram", str(PERSON_ID))) is None


async def test_the_clear_button_deletes_too(webhook: Webhook, api: FakeBotApi,
                                            updates: Updates) -> None:
    privacy = updates.make("private_command_start.json", text="/privacy")
    await webhook.post(privacy)
    shown = list(api.bot_message_ids[PERSON_ID])
    await webhook.post(updates.button("p:clear"))       # a callback: no message of its own
    calls = api.calls_of("deleteMessages")
    assert len(calls) == 1
    assert sorted(calls[0].params["message_ids"]) == sorted(
        [privacy["message"]["message_id"], *shown])
    assert api.bot_message_ids[PERSON_ID][-1] not in calls[0].params["message_ids"]


async def test_a_failed_batch_does_not_stop_the_quick_exit(
        webhook: Webhook, api: FakeBotApi, updates: Updates) -> None:
    await webhook.post(updates.make("private_command_start.json"))
    api.fail_next("deleteMessages", times=10, status=400)    # refused, not retried
    await webhook.post(updates.make("private_command_xoa.json"))
    assert len(api.calls_of("deleteMessages")) == 1       # a refusal is not retried
    assert api.sent_texts()[-1] == "Đã xoá."


async def test_message_log_forgets_ids_after_48_hours() -> None:
    now = [1000.0]
    log = MessageLog(MemorySessionStore(), clock=lambda: now[0])
    await log.add(7, [1, 2])
    now[0] += 47 * 3600
    await log.add(7, [3, 2])
    assert await log.deletable(7) == [1, 2, 3]
    now[0] += 3600 + 1
    assert await log.deletable(7) == [3]
    await log.forget(7)
    assert await log.deletable(7) == []


def test_batches_of_at_most_100() -> None:
    assert [len(b) for b in batches(list(range(250)))] == [100, 100, 50]
    assert batches([]) == []


async def test_the_quick_exit_intent_typed_as_text_deletes_too(
        tg_settings, api: FakeBotApi, updates: Updates) -> None:
    """With the built-in NLU: "xoa het" (no diacritics) is the quick_exit intent."""
    from bot.channels.telegram import from_runtime
    from bot.runtime import build_runtime

    runtime = build_runtime(tg_settings)
    channel, _ = from_runtime(runtime, {})
    assert channel is not None
    routes = list(channel.routes(runtime.handle))
    await channel.start(runtime.handle)
    try:
        transport = httpx.ASGITransport(app=Starlette(routes=routes))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            webhook = Webhook(client)
            hello = updates.text("xin chào")
            await webhook.post(hello)
            greeted = list(api.bot_message_ids[PERSON_ID])
            bye = updates.text("xoa het di")
            await webhook.post(bye)
        (call,) = api.calls_of("deleteMessages")
        assert sorted(call.params["message_ids"]) == sorted(
            [hello["message"]["message_id"], bye["message"]["message_id"], *greeted])
        assert api.sent_texts()[-1] == "Đã xoá."
    finally:
        await channel.stop()
        runtime.close()
