"""The officer dashboard in headless Chromium: sign in through the real form (CSRF included),
see the charts, download an export, sign out. A screenshot is saved as an artifact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.logbook import RequestRecord
from bot.officer.accounts import AccountStore

ARTIFACTS = Path(os.environ.get("COMPANION_ARTIFACTS",
                                Path(__file__).resolve().parents[1] / "artifacts"))
PASSWORD = "officer password for the browser"

pytestmark = pytest.mark.browser


def test_officer_signs_in_sees_charts_downloads_and_signs_out(live, browser) -> None:
    server, runtime = live
    AccountStore(runtime.settings.officers.accounts_file).add("lan", PASSWORD)
    for kind, ward, n in (("physical", "Ninh Kiều", 14), ("psychological", "Cái Khế", 8),
                          ("online", "Tân An", 6), ("sexual", None, 2)):
        for i in range(n):
            runtime.logbook.open_request(RequestRecord(
                day=f"2026-0{1 + i % 5}-1{i % 9}", channel="web" if i % 3 else "telegram",
                language="vi", kind=kind, ward=ward, urgent=int(i % 4 == 0)))

    context = browser.new_context(viewport={"width": 1100, "height": 1400}, accept_downloads=True)
    page = context.new_page()
    page.goto(server.url + "/officer")
    assert page.url == server.url + "/officer/signin"
    page.fill('input[name="name"]', "lan")
    page.fill('input[name="password"]', "wrong password entirely")
    page.click('button[type="submit"]')
    assert page.locator(".error").is_visible()
    page.fill('input[name="name"]', "lan")
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_url(server.url + "/officer")

    page.fill('input[name="period"]', "2026-H1")
    page.click('form.period button[type="submit"]')
    page.wait_for_url("**/officer?period=2026-H1")
    assert page.locator(".charts svg.bars").count() == 4
    assert page.locator("#targets svg.targets").count() == 1   # the targets panel
    assert page.locator("#total").inner_text() == "30"
    values = page.locator("svg.bars text.value").all_text_contents()
    assert "2" not in values and "<5" in values
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "officer-dashboard.png"), full_page=True)

    page.select_option('form.exports select[name="by"]', "kind")
    with page.expect_download() as download_info:
        page.click('form.exports button[value="csv"]')
    download = download_info.value
    assert download.suggested_filename.endswith("-kind.csv")
    lines = Path(download.path()).read_text(encoding="utf-8-sig").splitlines()
    counts = [line.rsplit(",", 1)[-1] for line in lines[1:]]
    assert "14" in counts and "30" in counts and "2" not in counts

    page.click("form.signout button")
    page.wait_for_url(server.url + "/officer/signin")
    page.goto(server.url + "/officer")
    assert page.url == server.url + "/officer/signin"
    context.close()
