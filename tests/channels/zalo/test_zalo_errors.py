"""Each Zalo error code, and network failures, over real HTTP against the fake server."""

from __future__ import annotations

import logging

import pytest

from bot import metrics
from bot.core.messages import Reply
from bot.testing import zalo_api

USER = "246845883529197922"


def _errors(stage: str) -> float:
    return metrics.ERRORS.labels("zalo", stage)._value.get()


async def test_invalid_token_minus_216_refreshes_once_and_resends(harness, fake) -> None:
    fake.revoke_all_access_tokens()
    refreshes = fake.refresh_calls
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.texts() == ["Xin chào"]
    assert fake.refresh_calls == refreshes + 1
    assert fake.send_tokens[-1] != fake.send_tokens[-2]


async def test_expired_token_minus_220_refreshes_once_and_resends(harness, fake) -> None:
    fake.expire_all_access_tokens()
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.texts() == ["Xin chào"]
    assert fake.reuse_rejections == 0


async def test_token_error_twice_refreshes_only_once(harness, fake) -> None:
    refreshes = fake.refresh_calls
    fake.send_faults.extend([-216, -216])
    before = _errors("send_error")
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.refresh_calls == refreshes + 1
    assert fake.messages == []
    assert _errors("send_error") == before + 1


@pytest.mark.parametrize("code", [-230, -232])
async def test_outside_interaction_window_is_counted_and_logged_without_the_user(
        harness, fake, caplog, code) -> None:
    fake.send_faults.append(code)
    before = _errors("send_outside_window")
    with caplog.at_level(logging.DEBUG):
        await harness.channel.send(USER, Reply("Xin chào"))
    assert _errors("send_outside_window") == before + 1
    assert fake.send_attempts == 1 and fake.messages == []
    assert str(code) in caplog.text
    assert USER not in caplog.text and "Xin chào" not in caplog.text


async def test_rate_limit_minus_32_backs_off_and_retries(harness, fake) -> None:
    fake.send_faults.extend([-32, -32])
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.send_attempts == 3
    assert fake.texts() == ["Xin chào"]


async def test_rate_limit_that_does_not_end_gives_up_after_bounded_attempts(harness, fake
                                                                           ) -> None:
    fake.send_faults.extend([-32] * 10)
    before = _errors("send_rate_limited")
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.send_attempts == harness.channel.client.max_attempts
    assert _errors("send_rate_limited") == before + 1


async def test_other_negative_code_is_logged_with_its_code(harness, fake, caplog) -> None:
    fake.send_faults.append(-124)
    with caplog.at_level(logging.WARNING):
        await harness.channel.send(USER, Reply("Xin chào"))
    assert "-124" in caplog.text and USER not in caplog.text
    assert fake.send_attempts == 1


@pytest.mark.parametrize("fault", ["drop", "http500"])
async def test_network_failures_are_retried(harness, fake, fault) -> None:
    fake.send_faults.extend([fault, fault])
    await harness.channel.send(USER, Reply("Xin chào"))
    assert fake.texts() == ["Xin chào"]


async def test_network_that_stays_down_does_not_crash_the_channel(harness, fake) -> None:
    fake.send_faults.extend(["drop"] * 10)
    await harness.channel.send(USER, Reply("Một"))
    fake.send_faults.clear()
    await harness.channel.send(USER, Reply("Hai"))
    assert fake.texts() == ["Hai"]


async def test_errors_while_answering_an_event_do_not_break_the_webhook(harness, fake) -> None:
    fake.send_faults.extend([-230, -230, -230])
    first = await harness.say(zalo_api.event("user_send_text", text="xin chào"))
    assert first.status_code == 200
    fake.send_faults.clear()
    await harness.say(zalo_api.event("user_send_text", text="xin chào"))
    assert fake.messages
