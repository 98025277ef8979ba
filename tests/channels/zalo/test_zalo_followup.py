"""The follow-up end to end on the fake Zalo OA: only delays inside Zalo's 48-hour reply window
are offered (no proactive messages by default), consent by typing, the check-in sent once after
the (test) clock passes its due time, its answer counted; a check-in past the window is dropped
with a log line; "dừng" cancels."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.followup import FollowupSender
from bot.config import Settings
from bot.followup.scheduler import Scheduler
from bot.testing import zalo_api
from tests.channels.zalo.conftest import Harness
from tests.configs import configure
from tests.followup.conftest import KEY, Clock, runtime_with_clock

USER = "246845883529197922"
DAY = 86400


@contextlib.asynccontextmanager
async def started(settings: Settings, clock: Clock) -> AsyncIterator[Harness]:
    from bot.channels.zalo import from_runtime

    runtime = runtime_with_clock(settings, clock, with_nlu=True)
    channel, reason = from_runtime(runtime, {"zalo_send_backoff": 0.01,
                                             "zalo_refresh_retry_delay": 0.05})
    assert channel is not None, reason
    app = Starlette(routes=list(channel.routes(runtime.handle)))
    await channel.start(runtime.handle)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://bot") as client:
            yield Harness(channel, client, runtime)
    finally:
        await channel.stop()
        runtime.close()


def scheduler_for(h: Harness, clock: Clock) -> Scheduler:
    sender = FollowupSender(h.runtime, [h.channel])
    return Scheduler(h.runtime.followups.store, h.runtime.followups.key, sender.deliver,
                     now=clock, interval=1, lease=60)


def choices(fake: zalo_api.FakeZalo, since: int) -> dict[str, Any]:
    found = {}
    for message in fake.messages[since:]:
        for b in ((message["message"].get("attachment") or {}).get("payload", {})
                  .get("buttons", [])):
            if b["type"] == "oa.query.hide" and b["payload"].startswith("fu:"):
                found[b["title"]] = b["payload"]
    return found


async def say(h: Harness, text: str) -> None:
    await h.say(zalo_api.event("user_send_text", USER, text=text))


async def finish_request(h: Harness) -> None:
    for payload in ("m:help", "h:safe:yes", "h:who:self", "h:kind:sexual", "h:where:skip"):
        await say(h, payload)


@pytest.fixture
def settings(zalo_settings: Settings, zalo_env: None, monkeypatch: pytest.MonkeyPatch,
             project_copy) -> Settings:
    monkeypatch.setenv("COMPANION_FOLLOWUP_KEY", KEY)
    return zalo_settings


async def test_consent_and_one_check_in_inside_the_window(settings, fake, project_copy) -> None:
    clock = Clock()
    async with started(settings, clock) as h:
        await say(h, "xin chào")
        mark = len(fake.messages)
        await finish_request(h)
        offer = choices(fake, mark)
        assert list(offer.values()) == ["fu:no", "fu:d:1"]   # 3 and 7 days would be proactive
        await say(h, "ok 1 ngày nha")
        assert "1 ngày" in fake.texts()[-1]
        scheduler = scheduler_for(h, clock)
        mark = len(fake.messages)
        clock.advance(DAY - 60)
        assert await scheduler.run_once() == 0
        clock.advance(120)
        assert await scheduler.run_once() == 1
        clock.advance(DAY)
        assert await scheduler.run_once() == 0
        checkins = [m for m in fake.messages[mark:] if "Mọi việc thế nào" in m["message"]["text"]]
        assert len(checkins) == 1 and checkins[0]["recipient"]["user_id"] == USER
        answers = choices(fake, mark)
        await say(h, answers["Không muốn nói"])                 # a tap comes back as its payload
        rows = list(h.runtime.logbook.db["help_outcomes"].rows)  # type: ignore[attr-defined]
        assert [(r["channel"], r["kind"], r["outcome"]) for r in rows] == [
            ("zalo", "sexual", "rather_not")]
        assert h.runtime.followups.store.count() == 0


async def test_past_the_window_a_check_in_is_dropped_with_a_log_line(
        settings, fake, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    async with started(settings, clock) as h:
        h.runtime.followups.schedule("zalo", USER, "vi", "unknown", 3)
        clock.advance(3 * DAY + 1)
        before = len(fake.messages)
        assert await scheduler_for(h, clock).run_once() == 0
        assert len(fake.messages) == before
        assert h.runtime.followups.store.count() == 0
        assert "zalo_proactive is off" in caplog.text
        assert USER not in caplog.text


async def test_with_proactive_messages_every_delay_is_offered_and_stop_cancels(
        settings, fake, project_copy) -> None:
    clock = Clock()
    settings = configure(project_copy, {"followup": {"zalo_proactive": True}})
    async with started(settings, clock) as h:
        await say(h, "xin chào")
        mark = len(fake.messages)
        await finish_request(h)
        assert list(choices(fake, mark).values()) == ["fu:no", "fu:d:1", "fu:d:3", "fu:d:7"]
        await say(h, "fu:d:7")
        assert h.runtime.followups.store.count() == 1
        await say(h, "dừng")
        assert h.runtime.followups.store.count() == 0
        assert "Đã huỷ" in fake.texts()[-1]
        clock.advance(8 * DAY)
        before = len(fake.messages)
        assert await scheduler_for(h, clock).run_once() == 0
        assert len(fake.messages) == before


@pytest.mark.parametrize("how", ["/xoa", "button", "huỷ nhắc"])
async def test_cancel_on_zalo(settings, fake, how) -> None:
    clock = Clock()
    async with started(settings, clock) as h:
        await say(h, "xin chào")
        await finish_request(h)
        mark = len(fake.messages)
        await say(h, "fu:d:1")
        assert h.runtime.followups.store.count() == 1
        await say(h, choices(fake, mark)["Huỷ nhắc"] if how == "button" else how)
        assert h.runtime.followups.store.count() == 0
        clock.advance(2 * DAY)
        before = len(fake.messages)
        assert await scheduler_for(h, clock).run_once() == 0
        assert len(fake.messages) == before
