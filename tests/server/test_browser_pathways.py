"""The companion pathways in the web chat on a phone (issue 14), in a real headless Chromium at
390×844: the menu entry, the submenu, the danger check, a sent safety plan and every guide card,
with no bubble taller than one screen. Screenshots are saved as artifacts
(tests/artifacts/web-chat-pathways-*.png, or $COMPANION_ARTIFACTS)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(os.environ.get("COMPANION_ARTIFACTS",
                                Path(__file__).resolve().parents[1] / "artifacts"))

pytestmark = pytest.mark.browser


def _press(page: Any, payload: str) -> None:
    count = page.locator(".msg.bot").count()
    page.locator(f'button.choice[data-payload="{payload}"]:not([disabled])').last.click()
    page.locator(".msg.bot").nth(count).wait_for()


def _say(page: Any, text: str) -> None:
    count = page.locator(".msg.bot").count()
    page.fill("#text", text)
    page.click("#send")
    page.locator(".msg.bot").nth(count).wait_for()


def _tallest(page: Any) -> tuple[float, float, str]:
    """The tallest bot bubble on the page, the height of the chat area between the header and
    the composer (what "one screen" of conversation is on a phone), and the bubble's first words."""
    return page.evaluate("""() => {
        const all = Array.from(document.querySelectorAll('.msg.bot'));
        const top = all.reduce((a, m) => m.getBoundingClientRect().height >
                                          a.getBoundingClientRect().height ? m : a);
        return [top.getBoundingClientRect().height,
                document.getElementById('log').getBoundingClientRect().height,
                top.innerText.slice(0, 60)]; }""")


def _shot(page: Any, name: str) -> None:
    page.wait_for_timeout(200)
    page.locator(".msg.bot").last.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"web-chat-pathways-{name}.png"))


def _read_every_guide(page: Any, source: str) -> None:
    for gid in ("digital", "assault", "child", "older", "men", "lgbt", "work", "online",
                "trafficking"):
        _say(page, "menu")
        _press(page, "m:pathways")
        if gid not in ("digital", "assault"):
            _press(page, "pw:aud")
        _press(page, f"pw:g:{gid}")
        ahead = f'button.choice[data-payload^="pw:g:{gid}:"]:not([disabled])'
        while page.locator(ahead).count():
            _press(page, str(page.locator(ahead).last.get_attribute("data-payload")))
        assert source in page.locator(".msg.bot").last.inner_text(), gid


def test_pathways_fit_a_phone_screen(live, phone) -> None:
    server, runtime = live
    context = phone(server.url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    t = runtime.content.t

    # The main menu shows the new entry; it opens the submenu.
    entry = page.locator('button.choice[data-payload="m:pathways"]').last
    assert entry.inner_text() == t("vi", "pathways.menu_item")
    _press(page, "m:pathways")
    for payload in ("pw:check", "pw:plan", "pw:g:digital", "pw:g:assault", "pw:aud"):
        assert page.locator(f'button.choice[data-payload="{payload}"]').last.is_visible()
    _shot(page, "menu")

    # The danger check, tapped and typed, to its result.
    _press(page, "pw:check")
    _press(page, "pw:c:yes:0")
    _say(page, "ko")
    _say(page, "bỏ qua")
    _say(page, "có")
    _press(page, "pw:c:no:4")
    assert t("vi", "pathways.check_choke") in page.locator(".msg.bot").last.inner_text()
    _shot(page, "check")

    # A safety plan with long notes, sent as one message.
    _press(page, "pw:plan")
    for _ in range(8):
        _say(page, "nhà chị Hai ở cuối hẻm, cạnh tiệm tạp hóa, đi bộ năm phút " * 3)
    _press(page, "pw:p:send")
    # (long notes: the plan comes in bubbles that each fit the screen, the title in the first)
    plan = page.locator(".msg.bot", has_text=t("vi", "pathways.plan_title")).last
    assert plan.is_visible()
    plan.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web-chat-pathways-plan.png"))

    # Every card of every guide, in Vietnamese, then in English.
    _press(page, "menu")
    _press(page, "m:pathways")
    _press(page, "pw:aud")
    _shot(page, "audiences")
    _read_every_guide(page, "Nguồn:")
    _shot(page, "guide")
    count = page.locator(".msg.bot").count()
    page.click("#lang-toggle")
    page.locator(".msg.bot").nth(count).wait_for()
    _read_every_guide(page, "Source:")
    _shot(page, "guide-en")

    tallest, screen, words = _tallest(page)
    print(f"\ntallest bot bubble {tallest:.0f}px in a {screen:.0f}px chat area ({words!r})")
    assert tallest <= screen, (tallest, screen, words)
    assert errors == [] and context.off_box == []
    context.close()
