"""The webhook refuses what Zalo did not sign, refuses replays, and handles a retry once."""

from __future__ import annotations

import json
import time

import pytest

from bot import metrics
from bot.channels.zalo.webhook import check_request, compute_mac
from bot.testing import zalo_api


def _count(metric, *labels: str) -> float:
    return metric.labels(*labels)._value.get()


def test_mac_matches_zalos_formula_on_a_recorded_event() -> None:
    body = (zalo_api.PAYLOADS / "user_send_text.json").read_bytes()
    ts = json.loads(body)["timestamp"]
    expected = zalo_api.sign(body, timestamp=ts)
    assert "mac=" + compute_mac(zalo_api.APP_ID, body, ts, zalo_api.OA_SECRET_KEY) == expected


@pytest.mark.parametrize("mutate", ["body", "secret", "header", "timestamp_field"])
def test_any_change_breaks_the_signature(mutate: str) -> None:
    data = zalo_api.event("user_send_text", text="chào")
    body, headers = zalo_api.signed(data)
    header = headers["X-ZEvent-Signature"]
    secret = zalo_api.OA_SECRET_KEY
    if mutate == "body":
        body = body.replace("chào".encode(), b"chao")
    elif mutate == "secret":
        secret = "another-secret"
    elif mutate == "header":
        header = header[:-1] + ("0" if header[-1] != "0" else "1")
    else:
        data["timestamp"] = str(int(data["timestamp"]) + 1)
        body = json.dumps(data, ensure_ascii=False).encode()
    verdict = check_request(body, header, app_id=zalo_api.APP_ID, oa_secret_key=secret,
                            now_ms=int(time.time() * 1000), window_seconds=300)
    assert verdict.status == 401 and verdict.event is None


def test_a_signed_event_for_another_app_is_refused() -> None:
    data = zalo_api.event("user_send_text")
    data["app_id"] = "999"
    body = json.dumps(data).encode()
    header = zalo_api.sign(body, app_id="999")
    verdict = check_request(body, header, app_id=zalo_api.APP_ID,
                            oa_secret_key=zalo_api.OA_SECRET_KEY,
                            now_ms=int(time.time() * 1000), window_seconds=300)
    assert (verdict.status, verdict.reason) == (401, "wrong_app")


async def test_signed_event_is_accepted_and_answered(harness, fake) -> None:
    response = await harness.say(zalo_api.event("user_send_text", text="xin chào"))
    assert response.json() == {"ok": True}
    assert len(fake.messages) >= 1
    assert fake.messages[0]["recipient"]["user_id"] == "246845883529197922"


@pytest.mark.parametrize("headers", [
    {"Content-Type": "application/json"},                                  # no signature
    {"X-ZEvent-Signature": "mac=" + "0" * 64},                             # wrong mac
    {"X-ZEvent-Signature": "sha256=whatever"},                             # wrong scheme
])
async def test_unsigned_or_wrongly_signed_event_gets_401_and_is_never_processed(
        harness, fake, headers) -> None:
    before = _count(metrics.WEBHOOK_AUTH_FAILURES, "zalo")
    response = await harness.post(zalo_api.event("user_send_text", text="xin chào"),
                                  headers=headers)
    await harness.channel.drain()
    assert response.status_code == 401
    assert _count(metrics.WEBHOOK_AUTH_FAILURES, "zalo") == before + 1
    assert fake.messages == [] and fake.send_attempts == 0


async def test_event_signed_with_another_secret_is_refused(harness, fake) -> None:
    response = await harness.post(zalo_api.event("user_send_text"), secret="not-our-secret")
    await harness.channel.drain()
    assert response.status_code == 401
    assert fake.send_attempts == 0


async def test_replayed_old_event_is_refused_and_not_processed(harness, fake, zalo_settings
                                                               ) -> None:
    window = zalo_settings.zalo.replay_window_seconds
    old = int(time.time() * 1000) - (window + 60) * 1000
    response = await harness.post(zalo_api.event("user_send_text", timestamp_ms=old))
    await harness.channel.drain()
    assert response.status_code == 403
    assert fake.send_attempts == 0
    # Inside the window it is fine.
    recent = int(time.time() * 1000) - (window - 30) * 1000
    response = await harness.say(zalo_api.event("user_send_text", timestamp_ms=recent))
    assert fake.send_attempts >= 1


async def test_retry_of_the_same_msg_id_is_handled_once(harness, fake) -> None:
    handled = _count(metrics.UPDATES, "zalo")
    data = zalo_api.event("user_send_text", text="xin chào")
    first = await harness.post(data)
    second = await harness.post(data)  # Zalo's retry: same bytes, same signature
    await harness.channel.drain()
    assert first.status_code == second.status_code == 200
    assert second.json().get("duplicate") is True
    assert _count(metrics.UPDATES, "zalo") == handled + 1
    sent = len(fake.messages)
    assert sent >= 1
    third = await harness.say(zalo_api.event("user_send_text", text="xin chào"))
    assert third.json() == {"ok": True}
    assert _count(metrics.UPDATES, "zalo") == handled + 2
    assert len(fake.messages) > sent


async def test_answer_comes_before_the_event_is_handled(harness, fake) -> None:
    """The 200 does not wait for the engine or Zalo's API (Zalo wants an answer within 2 s)."""
    fake.send_faults.extend(["http500", "http500"])
    response = await harness.post(zalo_api.event("user_send_text", text="xin chào"))
    assert response.status_code == 200
    await harness.channel.drain()
    assert fake.messages


async def test_ignored_events_are_counted_not_answered(harness, fake) -> None:
    before = _count(metrics.PLATFORM_EVENTS_IGNORED, "zalo", "user_seen_message")
    await harness.say(zalo_api.event("user_seen_message"))
    await harness.say(zalo_api.event("unfollow"))
    assert _count(metrics.PLATFORM_EVENTS_IGNORED, "zalo", "user_seen_message") == before + 1
    assert fake.messages == []


async def test_oversized_body_is_refused(harness, fake) -> None:
    data = zalo_api.event("user_send_text", text="x" * 70000)
    response = await harness.post(data)
    assert response.status_code == 413
    assert fake.send_attempts == 0
