"""The companion pathways on Zalo, through the signed webhook against the fake Zalo OA server,
with the real classifier as `companion serve` runs it: the shared scenario end to end (a button
comes back as its payload, only offered ones count), and the canaries typed as answers and notes
never reach a log record, the logbook or a file under the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import Settings
from bot.testing import zalo_api
from tests.channels.pathway_scenario import CANARY_SENT, STEPS, check, leaks
from tests.configs import configure

USER = "246845883529197922"


@pytest.fixture
def zalo_settings(project_copy: Path, fake: zalo_api.FakeZalo) -> Settings:
    """The fake Zalo server, and a flood limit above the scenario's length."""
    return configure(project_copy, {"zalo": {"api_base_url": fake.base_url,
                                             "oauth_base_url": fake.base_url},
                                    "sessions": {"flood_max_messages": 200}})


async def test_pathways_end_to_end_on_zalo_leave_nothing_behind(nlu_harness, fake, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    await nlu_harness.say(zalo_api.event("follow", USER))
    for index, step in enumerate(STEPS, start=1):
        mark = len(fake.messages)
        await nlu_harness.say(zalo_api.event("user_send_text", USER,
                                             text=step.button or step.text))
        texts = [m["message"].get("text", "") for m in fake.messages[mark:]]
        check(step, texts, f"zalo step {index}")
    assert fake.invalid == []
    assert any(CANARY_SENT in t for t in fake.texts())
    settings = nlu_harness.runtime.settings
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert leaks(settings.path.parent / "data", settings.logbook_path, logs) == []


async def test_a_pathway_offer_over_five_buttons_can_be_typed_by_number(nlu_harness, fake) -> None:
    """The audience list has more choices than Zalo's five buttons: the rest are numbered lines,
    and typing a number opens that guide."""
    await nlu_harness.say(zalo_api.event("follow", USER))
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="m:pathways"))
    mark = len(fake.messages)
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="pw:aud"))
    message = fake.messages[-1]["message"]
    assert len(message["attachment"]["payload"]["buttons"]) == 5
    numbered = [line for line in message["text"].splitlines() if line[:2] == "2."]
    assert numbered and "Bị giữ giấy tờ, bị lừa đi làm" in numbered[0], message["text"]
    mark = len(fake.messages)
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="2"))
    assert "Bị giữ giấy tờ, bị lừa đi làm (1/2)" in "\n".join(
        m["message"].get("text", "") for m in fake.messages[mark:])
