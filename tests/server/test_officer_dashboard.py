"""The officer pages over HTTP: sign-in, CSRF, cookies, rate limiting, dashboard and downloads."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from starlette.testclient import TestClient

from bot.logbook import RequestRecord
from bot.officer.accounts import AccountStore

PASSWORD = "a long officer password"


@pytest.fixture
def officer(settings) -> str:
    AccountStore(settings.officers.accounts_file).add("lan", PASSWORD)
    return "lan"


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "every form carries a CSRF token"
    return match.group(1)


def _sign_in(client: TestClient, password: str = PASSWORD, name: str = "lan"):
    token = _csrf(client.get("/officer/signin").text)
    return client.post("/officer/signin", data={"csrf": token, "name": name,
                                                "password": password}, follow_redirects=False)


def test_dashboard_without_a_cookie_sends_to_sign_in(client: TestClient) -> None:
    response = client.get("/officer", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/officer/signin"


def test_sign_in_with_the_right_password_shows_the_dashboard(client: TestClient, runtime,
                                                             officer: str) -> None:
    empty = _signed_in_page(client)
    # Zeros are listed and hidden like any small count.
    assert not [v for v in re.findall(r'class="value">([^<]+)<', empty) if v[0].isdigit()]
    client.cookies.clear()
    _fill(runtime, 6, kind="physical", day=_this_year_day())
    response = _sign_in(client)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("officer=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/officer" in cookie
    page = client.get("/officer")
    assert page.status_code == 200
    assert "<svg" in page.text and "lan" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_wrong_password_and_unknown_name_are_refused(client: TestClient, officer: str) -> None:
    for name, password in (("lan", "not the password"), ("nobody", PASSWORD)):
        response = _sign_in(client, password, name)
        assert response.status_code == 401
        assert client.get("/officer", follow_redirects=False).status_code == 303


def test_sign_in_without_or_with_a_wrong_csrf_token_is_refused(client: TestClient,
                                                               officer: str) -> None:
    token = _csrf(client.get("/officer/signin").text)
    missing = client.post("/officer/signin", data={"name": "lan", "password": PASSWORD},
                          follow_redirects=False)
    assert missing.status_code == 403
    token = _csrf(client.get("/officer/signin").text)
    wrong = client.post("/officer/signin", data={"csrf": token[:-2] + "xx", "name": "lan",
                                                 "password": PASSWORD}, follow_redirects=False)
    assert wrong.status_code == 403
    assert client.get("/officer", follow_redirects=False).status_code == 303


def test_a_token_without_its_cookie_is_refused(client: TestClient, app, officer: str) -> None:
    token = _csrf(client.get("/officer/signin").text)
    with TestClient(app) as stranger:  # another browser: same token, no cookie
        response = stranger.post("/officer/signin", data={"csrf": token, "name": "lan",
                                                          "password": PASSWORD},
                                 follow_redirects=False)
        assert response.status_code == 403


def test_a_tampered_cookie_is_not_a_session(client: TestClient, officer: str) -> None:
    _sign_in(client)
    value = client.cookies["officer"]
    client.cookies.clear()
    client.cookies.set("officer", value[:-3] + "abc", path="/officer")
    assert client.get("/officer", follow_redirects=False).status_code == 303


def test_sign_in_is_rate_limited_per_address(client: TestClient, officer: str) -> None:
    for _ in range(5):
        assert _sign_in(client, "wrong password!").status_code == 401
    blocked = _sign_in(client)  # even the right password now waits
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert client.get("/officer", follow_redirects=False).status_code == 303


def test_sign_out_needs_the_csrf_token(client: TestClient, officer: str) -> None:
    _sign_in(client)
    assert client.post("/officer/signout", data={}, follow_redirects=False).status_code == 403
    assert client.get("/officer").status_code == 200  # a forged form does not even sign out
    token = _csrf(client.get("/officer").text)
    response = client.post("/officer/signout", data={"csrf": token}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/officer", follow_redirects=False).status_code == 303


def _this_year_day() -> str:
    import datetime as dt

    return f"{dt.date.today().year}-01-15"


def _signed_in_page(client: TestClient) -> str:
    _sign_in(client)
    return client.get("/officer").text


def _fill(runtime, n: int, **fields) -> None:
    for _ in range(n):
        runtime.logbook.open_request(RequestRecord(**{"day": "2026-03-10", "channel": "web",
                                                      "language": "vi", **fields}))


def test_dashboard_shows_counts_with_small_cells_suppressed(client: TestClient, runtime,
                                                            officer: str) -> None:
    _fill(runtime, 12, kind="physical", ward="Ninh Kiều", urgent=1)
    _fill(runtime, 9, kind="psychological", ward="Cái Khế")
    _fill(runtime, 2, kind="sexual", ward="Ninh Kiều")
    _sign_in(client)
    page = client.get("/officer", params={"period": "2026"}).text
    charts = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert len(charts) >= 4
    kind_chart = next(c for c in charts if "physical" in c or "Thể chất" in c)
    values = re.findall(r'class="value">([^<]+)<', kind_chart)
    assert "12" in values
    assert "2" not in values and "<5" in " ".join(values).replace("&lt;", "<")
    assert '<p class="big" id="total">23</p>' in page
    # No chart shows a count under 5 anywhere (which companions hide is the exports' rule).
    shown = [v for c in charts for v in re.findall(r'class="value">([^<]+)<', c)]
    assert all(int(v) >= 5 for v in shown if v[0].isdigit())
    assert "Ninh Kiều" in page and "Cái Khế" in page


def test_dashboard_refuses_an_unknown_period_politely(client: TestClient, officer: str) -> None:
    _sign_in(client)
    response = client.get("/officer", params={"period": "last tuesday"})
    assert response.status_code == 200
    assert "2026-H1" in response.text


def test_dashboard_shows_provider_directory_health(client: TestClient, officer: str) -> None:
    _sign_in(client)
    page = client.get("/officer").text
    assert "Provider directory health" in page


def _counts(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "count":
                yield value
            else:
                yield from _counts(value)
    elif isinstance(data, list):
        for item in data:
            yield from _counts(item)


def test_downloads_need_sign_in_and_csrf_and_suppress(client: TestClient, runtime,
                                                      officer: str) -> None:
    _fill(runtime, 7, kind="physical")
    _fill(runtime, 1, kind="online")
    form = {"format": "csv", "period": "2026", "by": "kind"}
    assert client.post("/officer/export", data=form, follow_redirects=False).status_code == 403
    _sign_in(client)
    assert client.post("/officer/export", data=form, follow_redirects=False).status_code == 403
    token = _csrf(client.get("/officer").text)
    for fmt in ("csv", "json", "xlsx"):
        response = client.post("/officer/export", data={**form, "csrf": token, "format": fmt})
        assert response.status_code == 200, fmt
        assert "attachment" in response.headers["content-disposition"]
        assert fmt in response.headers["content-disposition"]
    body = client.post("/officer/export", data={**form, "csrf": token}).content
    cells = [row[-1] for row in csv.reader(io.StringIO(body.decode("utf-8-sig")))]
    assert "7" in cells and "8" in cells  # physical, and the marked total
    assert "1" not in cells and "<5" in cells
    data = json.loads(client.post("/officer/export",
                                  data={**form, "csrf": token, "format": "json"}).content)
    counts = list(_counts(data))
    assert 1 not in counts and 7 in counts and "<5" in counts
    assert data["totals"]["all"] == 8
    for bad in ({"format": "pdf"}, {"by": "user_id"}, {"period": "yesterday"}):
        response = client.post("/officer/export", data={**form, "csrf": token, **bad})
        assert response.status_code == 400, bad
        assert "Traceback" not in response.text


def test_the_report_downloads_as_one_self_contained_page(client: TestClient, runtime,
                                                        officer: str) -> None:
    _fill(runtime, 9, kind="physical")
    _sign_in(client)
    token = _csrf(client.get("/officer").text)
    response = client.post("/officer/export", data={"csrf": token, "format": "report",
                                                    "period": "2026", "by": "month"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-disposition"].endswith('-report.html"')
    page = response.text
    assert "<html" in page.lower()
    assert "src=\"http" not in page and "href=\"http" not in page  # nothing loaded from elsewhere
