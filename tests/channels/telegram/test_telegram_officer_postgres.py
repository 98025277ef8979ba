"""/stats and /export with the logbook on PostgreSQL: the same protected counts as with SQLite."""

from __future__ import annotations

import io

import pytest

from bot.config import Settings
from bot.runtime import Runtime
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import OFFICER_ID, Updates, Webhook
from tests.channels.telegram.test_telegram_officer import seed, sent
from tests.reports.conftest import use_logbook_url
from tests.reports.pg import empty, pg_database  # noqa: F401  (a fixture)

pytestmark = pytest.mark.postgres


@pytest.fixture
def tg_settings(tg_settings: Settings, pg_database: str) -> Settings:  # noqa: F811
    return use_logbook_url(tg_settings, empty(pg_database))


async def test_stats_and_export_read_the_postgresql_logbook(
        webhook: Webhook, api: FakeBotApi, updates: Updates, runtime: Runtime) -> None:
    import openpyxl

    assert runtime.settings.logbook_url.startswith("postgresql://")
    seed(runtime)
    await webhook.post(updates.make("private_command_stats.json", chat_id=OFFICER_ID))
    ((text, _),) = sent(api, OFFICER_ID)
    lines = text.splitlines()
    assert "Thể chất (đánh, đấm, đá…): 12 / 9" in lines
    assert "Tinh thần (chửi, doạ, cô lập…): 6 / 8" in lines
    assert "Tổng: 37" in lines                       # last month's 40 left out
    await webhook.post(updates.make("private_command_stats.json", chat_id=OFFICER_ID,
                                    text="/export"))
    (call,) = api.calls_of("sendDocument")
    book = openpyxl.load_workbook(io.BytesIO(call.files["document"]))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None]
    assert 12 in cells and 9 in cells and 2 not in cells and 40 not in cells
