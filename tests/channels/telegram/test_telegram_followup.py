"""The follow-up end to end on the fake Bot API: consent by button, the check-in sent once when
the (test) clock passes its due time, its answer counted; 403 drops it; /xoa cancels it; and
nothing left afterwards names the person (tables, files, logs)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.followup import FollowupSender
from bot.channels.telegram import TelegramChannel
from bot.config import Settings
from bot.followup.scheduler import Scheduler
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import PERSON_ID, Updates, Webhook
from tests.followup.conftest import KEY, Clock, runtime_with_clock

DAY = 86400


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runtime(tg_settings: Settings, clock: Clock, monkeypatch: pytest.MonkeyPatch,
            ) -> Iterator[Runtime]:
    monkeypatch.setenv("COMPANION_FOLLOWUP_KEY", KEY)
    rt = runtime_with_clock(tg_settings, clock, with_nlu=False)
    yield rt
    rt.close()


def scheduler_for(runtime: Runtime, channel: TelegramChannel, clock: Clock) -> Scheduler:
    sender = FollowupSender(runtime, [channel])
    return Scheduler(runtime.followups.store, runtime.followups.key, sender.deliver, now=clock,
                     interval=1, lease=60)


def buttons(call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


async def finish_request(webhook: Webhook, updates: Updates) -> None:
    for data in ("m:help", "h:safe:yes", "h:who:self", "h:kind:physical", "h:where:skip"):
        assert (await webhook.post(updates.button(data))).status_code == 200


async def test_consent_then_one_check_in_after_the_due_time_then_its_answer_is_counted(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime,
        channel: TelegramChannel, clock: Clock, project_copy: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await finish_request(webhook, updates)
    offer = api.calls_of("sendMessage")[-1]
    assert buttons(offer) == ["fu:no", "fu:d:1", "fu:d:3", "fu:d:7"]
    await webhook.post(updates.button("fu:d:1"))
    assert "1 ngày" in api.sent_texts()[-1]
    scheduler = scheduler_for(runtime, channel, clock)
    api.reset_calls()
    clock.advance(DAY - 5)
    assert await scheduler.run_once() == 0 and api.calls_of("sendMessage") == []
    clock.advance(10)
    assert await scheduler.run_once() == 1
    for _ in range(3):
        clock.advance(DAY)
        assert await scheduler.run_once() == 0
    sent = api.calls_of("sendMessage")
    assert len(sent) == 1 and sent[0].params["chat_id"] == PERSON_ID
    assert "Mọi việc thế nào" in sent[0].params["text"]
    assert buttons(sent[0])[0] == "fu:o:reached_helped:physical"
    await webhook.post(updates.text("đã liên hệ nhưng chưa được giúp"))
    rows = list(runtime.logbook.db["help_outcomes"].rows)  # type: ignore[attr-defined]
    assert [(r["channel"], r["kind"], r["outcome"]) for r in rows] == [
        ("telegram", "physical", "reached_waiting")]
    # canary: no table, file or log line holds the person's id once the check-in is sent
    assert runtime.followups.store.count() == 0
    runtime.followups.store.close()
    runtime.logbook.close()
    assert_no_trace(project_copy, caplog)


def assert_no_trace(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The canary: the person's id is in no file of the project (logbook, follow-up store,
    spool, anything) and in no log line."""
    for path in project.rglob("*"):
        if path.is_file():
            assert str(PERSON_ID).encode() not in path.read_bytes(), path
    assert str(PERSON_ID) not in caplog.text


async def test_a_blocked_bot_drops_the_check_in(webhook: Webhook, api: FakeBotApi,
                                                updates: Updates, runtime: Runtime,
                                                channel: TelegramChannel, clock: Clock,
                                                caplog: pytest.LogCaptureFixture) -> None:
    await finish_request(webhook, updates)
    await webhook.post(updates.button("fu:d:1"))
    api.fail_next("sendMessage", times=1, status=403)
    clock.advance(DAY + 1)
    scheduler = scheduler_for(runtime, channel, clock)
    assert await scheduler.run_once() == 0
    assert runtime.followups.store.count() == 0
    assert "refused by the platform" in caplog.text


async def test_cancel_by_xoa_and_by_the_button(webhook: Webhook, api: FakeBotApi,
                                               updates: Updates, runtime: Runtime,
                                               channel: TelegramChannel, clock: Clock,
                                               project_copy: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await finish_request(webhook, updates)
    await webhook.post(updates.button("fu:d:3"))
    assert runtime.followups.store.count() == 1
    await webhook.post(updates.make("private_command_xoa.json"))
    assert runtime.followups.store.count() == 0
    await finish_request(webhook, updates)
    await webhook.post(updates.button("fu:d:7"))
    assert runtime.followups.store.count() == 1
    await webhook.post(updates.button("fu:cancel"))
    assert runtime.followups.store.count() == 0
    assert "Đã huỷ" in api.sent_texts()[-1]
    api.reset_calls()
    clock.advance(8 * DAY)
    assert await scheduler_for(runtime, channel, clock).run_once() == 0
    assert api.calls_of("sendMessage") == []
    runtime.followups.store.close()
    runtime.logbook.close()
    assert_no_trace(project_copy, caplog)
