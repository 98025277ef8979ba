"""A handoff end to end in headless Chromium, two real pages at once: a resident in the web
chat and a counsellor in the console, both on one uvicorn server on loopback. The resident asks
for a person, the counsellor takes the chat, messages go both ways, danger typed by the
resident gets 113 at once and is flagged in the console, the counsellor ends the chat and the
resident is back with the bot."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.officer.accounts import AccountStore
from bot.runtime import Runtime, build_runtime
from bot.server import create_app
from tests.configs import configure
from tests.handoff.conftest import ALWAYS
from tests.server.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    COOKIE_SECRET,
    LiveServer,
    free_port,
    require_chromium,
)

ARTIFACTS = Path(os.environ.get("COMPANION_ARTIFACTS",
                                Path(__file__).resolve().parents[1] / "artifacts"))
PASSWORD = "counsellor password for the browser"

pytestmark = pytest.mark.browser


@pytest.fixture
def served(project_copy: Path) -> Iterator[tuple[LiveServer, Runtime]]:
    require_chromium()
    settings = configure(project_copy, ALWAYS)
    runtime = build_runtime(settings, with_nlu=False)
    app = create_app(runtime, [], cookie_secret=COOKIE_SECRET)
    with LiveServer(app, free_port()) as server:
        yield server, runtime
    runtime.close()


@pytest.fixture
def chromium() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _bot_count(page: Any) -> int:
    return page.locator(".msg.bot").count()


def _type(page: Any, text: str) -> None:
    count = _bot_count(page)
    page.fill("#text", text)
    page.click("#send")
    page.locator(".msg.bot").nth(count).wait_for()


def test_resident_and_counsellor_in_two_pages(served, chromium) -> None:
    server, runtime = served
    AccountStore(runtime.settings.officers.accounts_file).add("lan", PASSWORD,
                                                              roles=("counsellor",))
    errors: list[str] = []

    counsellor = chromium.new_context(viewport={"width": 1100, "height": 900}).new_page()
    counsellor.on("pageerror", lambda exc: errors.append(str(exc)))
    counsellor.goto(server.url + "/console")
    assert counsellor.url == server.url + "/officer/signin?next=console"
    counsellor.fill('input[name="name"]', "lan")
    counsellor.fill('input[name="password"]', PASSWORD)
    counsellor.click('button[type="submit"]')
    counsellor.wait_for_url(server.url + "/officer/console")   # a counsellor only: the console
    counsellor.locator("#empty").wait_for()

    resident = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                    locale="vi-VN").new_page()
    resident.on("pageerror", lambda exc: errors.append(str(exc)))
    resident.goto(server.url + "/")
    resident.wait_for_selector(".msg.bot")
    menu_button = resident.locator('button.choice[data-payload="m:human"]').last
    menu_button.wait_for()
    count = _bot_count(resident)
    menu_button.click()
    resident.locator(".msg.bot").nth(count).wait_for()
    joined = resident.locator(".msg.bot").nth(count).inner_text()
    assert "vị trí số 1" in joined and "người thật" in joined

    # The queue shows channel, language, waiting time; never an id or a name.
    row = counsellor.locator("#queue li").first
    row.wait_for()
    info = row.locator(".info").inner_text()
    assert "web" in info and "vi" in info
    row.locator("button.take").click()
    card = counsellor.locator(".chat").first
    card.wait_for()
    card.locator(".m.note").first.wait_for()

    resident.locator(".msg.bot.counsellor").first.wait_for()   # "a counsellor has joined"
    assert "đã vào trò chuyện" in resident.locator(".msg.bot.counsellor").first.inner_text()

    resident.fill("#text", "chào chị, em cần người nghe")
    resident.click("#send")
    card.locator(".m.person", has_text="em cần người nghe").wait_for()

    card.locator('input[name="text"]').fill("Chào em, chị đang nghe đây.")
    card.locator('button[type="submit"]').click()
    resident.locator(".msg.bot.counsellor", has_text="chị đang nghe đây").wait_for()

    # Danger typed to the counsellor: 113 in the very reply, and a flag in the console.
    count = _bot_count(resident)
    resident.fill("#text", "anh ta đang cầm dao đòi giết em")
    resident.click("#send")
    resident.locator(".msg.bot").nth(count).wait_for()
    assert "113" in resident.locator(".msg.bot").nth(count).inner_text()
    flagged = card.locator(".m.person.danger", has_text="cầm dao")
    flagged.wait_for()
    assert flagged.locator(".flag").is_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    counsellor.screenshot(path=str(ARTIFACTS / "handoff-console.png"), full_page=True)
    resident.screenshot(path=str(ARTIFACTS / "handoff-resident.png"))

    card.locator("button.end").click()
    resident.locator(".msg.bot.counsellor", has_text="đã kết thúc").wait_for()
    card.locator(".m.note", has_text="kết thúc").wait_for()

    # Back with the bot: the menu under the last words runs flows again, typing reaches the bot.
    count = _bot_count(resident)
    resident.locator('button.choice[data-payload="m:help"]:not([disabled])').last.click()
    resident.locator(".msg.bot").nth(count).wait_for()
    assert "an toàn" in resident.locator(".msg.bot").nth(count).inner_text()
    _type(resident, "/tips")
    assert "counsellor" not in (resident.locator(".msg.bot").last.get_attribute("class") or "")
    assert runtime.desk.waiting() == []
    assert errors == []
