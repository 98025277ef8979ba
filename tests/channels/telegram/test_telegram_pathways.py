"""The companion pathways on Telegram, through the webhook against the fake Bot API: the shared
scenario end to end (buttons as callback queries, answers typed), and the canaries typed as
answers and notes never reach a log record, the logbook or a file under the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import Settings
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.pathway_scenario import CANARY_SENT, STEPS, check, leaks
from tests.channels.telegram.conftest import OFFICER_ID, Updates, Webhook
from tests.configs import configure


@pytest.fixture
def tg_settings(project_copy: Path, api: FakeBotApi, secrets_env: None) -> Settings:
    """The fake Bot API, and a flood limit above the scenario's length (one person typing fast)."""
    return configure(project_copy, {"telegram": {"api_base_url": api.base_url,
                                                 "officer_ids": [OFFICER_ID]},
                                    "sessions": {"flood_max_messages": 200}})


async def test_pathways_end_to_end_on_telegram_leave_nothing_behind(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    response = await webhook.post(updates.make("private_command_start.json"))
    assert response.status_code == 200
    seen: list[str] = []
    for index, step in enumerate(STEPS, start=1):
        api.reset_calls()
        update = updates.button(step.button) if step.button else updates.text(str(step.text))
        response = await webhook.post(update)
        assert response.status_code == 200
        check(step, api.sent_texts(), f"telegram step {index}")
        seen += api.sent_texts()
    assert any(CANARY_SENT in t for t in seen)
    assert list(runtime.logbook.db["help_requests"].rows)  # type: ignore[attr-defined]
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    settings = runtime.settings
    assert leaks(settings.path.parent / "data", settings.logbook_path, logs) == []
