"""The officer dashboard and its downloads with the logbook on PostgreSQL: the same protected
figures as with SQLite, read through the same reader interface."""

from __future__ import annotations

import csv
import io
import re

import pytest
from starlette.testclient import TestClient

from bot.config import Settings
from tests.reports.conftest import use_logbook_url
from tests.reports.pg import empty, pg_database  # noqa: F401  (a fixture)
from tests.server.test_officer_dashboard import _csrf, _fill, _sign_in, officer  # noqa: F401

pytestmark = pytest.mark.postgres


@pytest.fixture
def settings(settings: Settings, pg_database: str) -> Settings:  # noqa: F811
    """The project copy's settings with `[logbook] url` on this run's PostgreSQL database: the
    runtime writes there and the dashboard reads there."""
    return use_logbook_url(settings, empty(pg_database))


def test_dashboard_and_downloads_read_the_postgresql_logbook(client: TestClient, runtime,
                                                             officer: str) -> None:  # noqa: F811
    assert runtime.settings.logbook_url.startswith("postgresql://")
    _fill(runtime, 12, kind="physical", ward="Ninh Kiều", urgent=1)
    _fill(runtime, 9, kind="psychological", ward="Cái Khế")
    _fill(runtime, 2, kind="sexual", ward="Ninh Kiều")
    _sign_in(client)
    page = client.get("/officer", params={"period": "2026"})
    assert page.status_code == 200
    assert "exports read the SQLite logbook" not in page.text
    charts = re.findall(r"<svg.*?</svg>", page.text, flags=re.S)
    assert len(charts) >= 4
    kind_chart = next(c for c in charts if "Thể chất" in c)
    values = re.findall(r'class="value">([^<]+)<', kind_chart)
    assert "12" in values and "9" in values and "2" not in values
    assert '<p class="big" id="total">23</p>' in page.text
    assert "Ninh Kiều" in page.text and "Cái Khế" in page.text

    token = _csrf(page.text)
    body = client.post("/officer/export", data={"csrf": token, "format": "csv",
                                                "period": "2026", "by": "kind"})
    assert body.status_code == 200
    cells = [row[-1] for row in csv.reader(io.StringIO(body.content.decode("utf-8-sig")))]
    assert "12" in cells and "9" in cells and "23" in cells and "2" not in cells
    report = client.post("/officer/export", data={"csrf": token, "format": "report",
                                                  "period": "2026", "by": "month"})
    assert report.status_code == 200 and "<html" in report.text.lower()


def test_an_unreachable_postgresql_logbook_leaves_the_page_answering(
        client: TestClient, runtime, officer: str, monkeypatch) -> None:  # noqa: F811
    import dataclasses

    _sign_in(client)
    token = _csrf(client.get("/officer").text)
    down = dataclasses.replace(runtime.settings,
                               logbook_url="postgresql://postgres@127.0.0.1:9/nowhere")
    monkeypatch.setattr(runtime, "settings", down)
    page = client.get("/officer", params={"period": "2026"})
    assert page.status_code == 200
    assert "cannot connect" in page.text and "Traceback" not in page.text
    response = client.post("/officer/export", data={"csrf": token, "format": "csv",
                                                    "period": "2026", "by": "kind"})
    assert response.status_code == 503 and "cannot connect" in response.text
