"""Typed answers and disclosures over the Telegram webhook (issue 10), against the fake Bot API."""

from __future__ import annotations

from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import Updates, Webhook


def _rows(runtime: Runtime) -> list[dict]:
    return list(runtime.logbook.db["help_requests"].rows)  # type: ignore[attr-defined]


async def test_typing_not_safe_at_the_safety_step_gives_the_numbers_first(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    await webhook.post(updates.make("private_command_start.json"))
    await webhook.post(updates.button("m:help"))
    api.reset_calls()
    response = await webhook.post(updates.text("ko an toan"))
    assert response.status_code == 200
    first = api.sent_texts()[0]
    assert all(n in first for n in ("113", "115", "111")), first
    assert [r["urgent"] for r in _rows(runtime)] == [1]


async def test_a_command_with_words_after_it_still_goes_through_the_danger_check(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    response = await webhook.post(updates.text("/help chong dang danh toi"))
    assert response.status_code == 200
    first = api.sent_texts()[0]
    assert all(n in first for n in ("113", "115", "111")), first
    assert [r["urgent"] for r in _rows(runtime)] == [1]


async def test_a_disclosure_is_acknowledged_not_misunderstood(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    await webhook.post(updates.text("ck e say xin ve la chui boi, e so lam"))
    texts = "\n".join(api.sent_texts())
    assert runtime.content.t("vi", "fallback") not in texts
    assert runtime.content.t("vi", "help_safe_q") in texts
    assert [r["for_whom"] for r in _rows(runtime)] == ["self"]
