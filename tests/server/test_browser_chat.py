"""End to end in a real headless Chromium (Debian's `chromium`, driven by Playwright): the chat
page served by uvicorn on loopback, a help request pressed through with buttons and a shared
location, the hotline links, and both quick exits. A phone-sized screenshot is saved as an
artifact (tests/artifacts/, or $COMPANION_ARTIFACTS)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from bot.sessions import session_key

ARTIFACTS = Path(os.environ.get("COMPANION_ARTIFACTS",
                                Path(__file__).resolve().parents[1] / "artifacts"))

pytestmark = pytest.mark.browser


def _press(page: Any, payload: str) -> None:
    count = page.locator(".msg.bot").count()
    page.locator(f'button.choice[data-payload="{payload}"]:not([disabled])').last.click()
    page.locator(".msg.bot").nth(count).wait_for()


def test_help_request_hotline_links_and_quick_exit(live, phone) -> None:
    server, runtime = live
    context = phone(server.url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")
    # The welcome comes from the engine; hotline numbers in its text are tel: links.
    assert page.locator('.msg.bot a.tel[href="tel:111"]').count() >= 1
    assert page.locator('#emergency a[href="tel:113"]').count() == 1
    assert page.locator('#emergency a[href="tel:115"]').count() == 1
    assert page.locator("#quick-exit").is_visible()
    sid = next(c["value"] for c in context.cookies() if c["name"] == "sid")
    cookie = next(c for c in context.cookies() if c["name"] == "sid")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["expires"] == -1
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0

    _press(page, "m:help")
    _press(page, "h:safe:yes")
    _press(page, "h:who:self")
    _press(page, "h:kind:physical")
    share = page.locator("button.share:not([disabled])").last
    assert share.is_visible()
    count = page.locator(".msg.bot").count()
    share.click()  # the browser's geolocation is asked only now
    page.locator(".msg.bot").nth(count).wait_for()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".msg.bot").nth(count).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web-chat-help-request.png"))

    rows = [dict(r) for r in runtime.logbook.db["help_requests"].rows]
    assert len(rows) == 1 and rows[0]["channel"] == "web"
    assert (rows[0]["for_whom"], rows[0]["kind"]) == ("self", "physical")
    tel_links = page.locator('.msg.bot a[href^="tel:"]')
    assert tel_links.count() >= 2
    # Every configured hotline number in the bot's text is a tel: link, none left as plain text.
    unlinked = page.evaluate("""() => Array.from(document.querySelectorAll('.msg.bot p'), p => {
        const copy = p.cloneNode(true);
        copy.querySelectorAll('a').forEach((a) => a.remove());
        return copy.textContent; }).join('\\n')""")
    linked = page.locator(".msg.bot a.tel").all_text_contents()
    for hotline in runtime.settings.hotlines:
        assert not re.search(rf"(?<!\d){re.escape(hotline.number)}(?!\d)", unlinked), hotline
    assert "1900 969 680" in linked
    assert page.locator('.msg.bot a.btn.phone[href^="tel:"]').count() >= 1

    # Typing works too (and the page is still on screen for the screenshot).
    page.fill("#text", "cảm ơn")
    count = page.locator(".msg.bot").count()
    page.click("#send")
    page.locator(".msg.bot").nth(count).wait_for()

    page.locator(".msg.bot").last.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web-chat-phone.png"))

    # Quick exit: session cleared on the server, cookie gone, page replaced by the neutral one.
    assert runtime.sessions.get(session_key("web", sid)) is not None
    page.click("#quick-exit")
    page.wait_for_url(server.url + "/neutral")
    assert "sunny" in page.content()
    assert runtime.sessions.get(session_key("web", sid)) is None
    assert not [c for c in context.cookies() if c["name"] == "sid"]
    page.go_back()
    assert "/neutral" in page.url or page.url == "about:blank"
    assert page.url.rstrip("/") != server.url
    assert errors == []
    assert context.off_box == []
    context.close()


def test_escape_three_times_leaves(live, phone) -> None:
    server, runtime = live
    context = phone(server.url)
    page = context.new_page()
    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")
    sid = next(c["value"] for c in context.cookies() if c["name"] == "sid")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert page.url.startswith(server.url + "/") and "/neutral" not in page.url
    page.keyboard.press("Escape")
    page.wait_for_url(server.url + "/neutral")
    assert runtime.sessions.get(session_key("web", sid)) is None
    assert not [c for c in context.cookies() if c["name"] == "sid"]
    context.close()


def test_language_toggle_switches_the_page_and_the_bot(live, phone) -> None:
    server, _ = live
    context = phone(server.url)
    page = context.new_page()
    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")
    assert page.locator("#quick-exit").inner_text() == "Thoát nhanh"
    count = page.locator(".msg.bot").count()
    page.click("#lang-toggle")
    page.locator(".msg.bot").nth(count).wait_for()
    assert page.locator("#quick-exit").inner_text() == "Quick exit"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator('button.choice[data-payload="m:help"]').last.inner_text() != ""
    context.close()
