"""The dashboard's targets panel over HTTP: requests over time, the check-in shares against the
70% / 100% lines, outcomes by month, kind and channel, small counts hidden, the plain note; and
the outcome downloads."""

from __future__ import annotations

import json
import re

import pytest
from starlette.testclient import TestClient

from bot.logbook import RequestRecord
from bot.logbook.outcomes import OutcomeRecord
from bot.officer.accounts import AccountStore
from tests.server.test_officer_dashboard import PASSWORD, _csrf, _sign_in


@pytest.fixture
def officer(settings) -> str:
    AccountStore(settings.officers.accounts_file).add("lan", PASSWORD)
    return "lan"


def fill(runtime, outcome: str, n: int, channel: str = "telegram") -> None:
    for _ in range(n):
        runtime.logbook.record_outcome(OutcomeRecord("2026-03-10", channel, "vi", "physical",
                                                     outcome))


def panel(client: TestClient) -> str:
    _sign_in(client)
    page = client.get("/officer?period=2026").text
    start = page.index('id="targets"')
    return page[start:page.index("</section>", start)]


def test_the_panel_shows_shares_against_the_lines_with_the_note(client: TestClient, runtime,
                                                                officer: str) -> None:
    for _ in range(12):
        runtime.logbook.open_request(RequestRecord("2026-03-10", "telegram", "vi"))
    fill(runtime, "reached_helped", 12)
    fill(runtime, "reached_waiting", 6)
    fill(runtime, "not_yet", 7)
    fill(runtime, "rather_not", 5, channel="zalo")
    html = panel(client)
    assert "không phải trên tất cả nạn nhân" in html and "not all victims" in html
    assert 'id="answered">30<' in html
    assert "60.0% / 70.0%" in html          # 18 of 30 reached a service
    assert "40.0% / 100.0%" in html         # 12 of 30 got help
    assert "stroke-dasharray" in html       # the target lines
    numbers = [int(n) for n in re.findall(r'<td class="n">(\d+)</td>', html)]
    assert numbers and all(n >= 5 for n in numbers)


def test_small_counts_hide_the_shares(client: TestClient, runtime, officer: str) -> None:
    fill(runtime, "reached_helped", 2)
    fill(runtime, "not_yet", 9)
    html = panel(client)
    assert "x / 100.0%" in html and "x / 70.0%" in html
    assert "<td class=\"n\">2</td>" not in html


def test_outcome_downloads(client: TestClient, runtime, officer: str) -> None:
    fill(runtime, "reached_helped", 6)
    _sign_in(client)
    token = _csrf(client.get("/officer").text)
    response = client.post("/officer/export", data={
        "csrf": token, "format": "json", "period": "2026", "by": "outcomes:month,outcome"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["subject"] == "outcomes" and data["totals"]["all"] == 6
    assert "outcomes-month-outcome" in response.headers["content-disposition"]
