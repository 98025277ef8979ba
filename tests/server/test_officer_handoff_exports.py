"""The dashboard offers the handoff counts among its downloads and serves them over HTTP with the
same small-cell suppression as `companion export --table handoffs`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from starlette.testclient import TestClient

from bot.logbook.handoffs import HandoffCount
from bot.officer.accounts import AccountStore
from tests.server.test_officer_dashboard import PASSWORD, _csrf, _sign_in


@pytest.fixture
def officer(settings) -> str:
    AccountStore(settings.officers.accounts_file).add("lan", PASSWORD)
    return "lan"


def fill(runtime, outcome: str, n: int, channel: str = "telegram", language: str = "vi") -> None:
    for _ in range(n):
        runtime.logbook.count_handoff(HandoffCount("2026-03-10", channel, language, outcome))


def download(client: TestClient, fmt: str, by: str):
    token = _csrf(client.get("/officer?period=2026").text)
    return client.post("/officer/export", data={"csrf": token, "format": fmt, "period": "2026",
                                                "by": by})


def test_the_dashboard_offers_and_serves_handoff_counts(client: TestClient, runtime,
                                                        officer: str) -> None:
    fill(runtime, "unavailable", 9)
    fill(runtime, "queued", 7, channel="zalo")
    fill(runtime, "taken", 2, channel="zalo")
    _sign_in(client)
    page = client.get("/officer?period=2026").text
    for by in ("handoffs:month,outcome", "handoffs:channel,outcome",
               "handoffs:language,outcome"):
        assert f'value="{by}"' in page
    response = download(client, "json", "handoffs:channel,outcome")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["subject"] == "handoffs" and data["totals"]["all"] == 18
    cells = {(r["channel"], r["outcome"]): r["count"] for r in data["rows"]}
    assert cells[("telegram", "unavailable")] == 9
    assert cells[("zalo", "taken")] == "<5"          # 2: never shown
    assert all(isinstance(c, str) or c >= 5 for c in cells.values())
    assert "handoffs-channel-outcome" in response.headers["content-disposition"]
    response = download(client, "csv", "handoffs:month,outcome")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines[0] == ["Tháng", "Kết quả", "Số lượt"]
    assert ["2026-03", "Không có ai trực", "9"] in lines
    assert not any(line[-1] == "2" for line in lines)
    response = download(client, "xlsx", "handoffs:language,outcome")
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_an_unknown_handoff_breakdown_is_refused(client: TestClient, runtime,
                                                 officer: str) -> None:
    _sign_in(client)
    response = download(client, "json", "handoffs:ward,outcome")
    assert response.status_code == 400
