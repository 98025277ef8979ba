"""/stats and /export: this month's protected counts for listed officers; for anyone else, exactly
what an unknown command gets."""

from __future__ import annotations

import datetime as dt
import io

from bot.logbook.store import RequestRecord
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import OFFICER_ID, PERSON_ID, Updates, Webhook

SEED = {("physical", 1): 12, ("physical", 0): 9, ("psychological", 1): 6,
        ("psychological", 0): 8, ("sexual", 1): 2}


def seed(runtime: Runtime) -> None:
    today = dt.datetime.now(runtime.settings.city.timezone).date()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    for (kind, urgent), count in SEED.items():
        for _ in range(count):
            runtime.logbook.open_request(RequestRecord(today.isoformat(), "telegram", "vi",
                                                       "self", kind, None, urgent, 1))
    for _ in range(40):      # last month's requests are not this month's counts
        runtime.logbook.open_request(RequestRecord(last_month.isoformat(), "zalo", "vi",
                                                   "self", "economic", None, 0, 0))


def sent(api: FakeBotApi, chat_id: int) -> list[tuple[str, object]]:
    return [(c.params.get("text"), c.params.get("reply_markup"))
            for c in api.calls_of("sendMessage") if c.params["chat_id"] == chat_id]


async def test_stats_for_an_officer_shows_this_months_suppressed_counts(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    seed(runtime)
    await webhook.post(updates.make("private_command_stats.json", chat_id=OFFICER_ID))
    ((text, _),) = sent(api, OFFICER_ID)
    lines = text.splitlines()
    assert "Thể chất (đánh, đấm, đá…): 12 / 9" in lines
    assert "Tinh thần (chửi, doạ, cô lập…): 6 / 8" in lines
    assert any(line.startswith("Tình dục") and "2" not in line for line in lines)  # hidden
    assert "<5" in text
    assert "Tổng: 37" in lines                       # 12+9+6+8+2; last month's 40 left out
    assert runtime.logbook.db["help_requests"].count == sum(SEED.values()) + 40  # nothing logged


async def test_non_officers_get_exactly_the_unknown_command_answer(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    seed(runtime)
    stranger, other = PERSON_ID, PERSON_ID + 1
    await webhook.post(updates.make("private_command_stats.json", chat_id=stranger))
    await webhook.post(updates.make("private_command_stats.json", chat_id=other,
                                    text="/nosuchcommand"))
    assert sent(api, stranger) == sent(api, other)
    assert sent(api, stranger)
    assert not any("12" in (t or "") for t, _ in sent(api, stranger))
    api.reset_calls()
    await webhook.post(updates.make("private_command_stats.json", chat_id=stranger,
                                    text="/export"))
    await webhook.post(updates.make("private_command_stats.json", chat_id=other,
                                    text="/whatever"))
    assert sent(api, stranger) == sent(api, other)
    assert api.calls_of("sendDocument") == []


async def test_export_for_an_officer_sends_this_months_xlsx(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    import openpyxl

    seed(runtime)
    await webhook.post(updates.make("private_command_stats.json", chat_id=OFFICER_ID,
                                    text="/export"))
    (call,) = api.calls_of("sendDocument")
    assert call.params["chat_id"] == OFFICER_ID
    month = dt.datetime.now(runtime.settings.city.timezone).strftime("%Y-%m")
    assert call.filenames["document"] == f"helpline-{month}.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(call.files["document"]))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None]
    assert 12 in cells and 9 in cells
    assert 2 not in cells and 40 not in cells          # suppressed / other month
