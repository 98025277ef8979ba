"""Provider cards on a phone (issue 13, item 5), in a real headless Chromium at phone width: a
shared location gives the nearest card on screen (the chat scrolls to it, not past it), with its
call and map links as buttons; "more" opens the details. A screenshot is saved as an artifact
(tests/artifacts/web-chat-location-cards.png, or $COMPANION_ARTIFACTS)."""

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


def _on_screen(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    height = page.evaluate("window.innerHeight")
    return box is not None and box["y"] >= 0 and box["y"] + 40 <= height


def test_location_result_shows_the_nearest_card_on_a_phone(live, phone) -> None:
    server, _runtime = live
    context = phone(server.url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")

    _press(page, "m:near")
    share = page.locator("button.share:not([disabled])").last
    share.click()
    cards = page.locator('.msg.bot:has(button[data-payload="s:more"])').last
    cards.wait_for()
    page.wait_for_selector('button.choice[data-payload="s:f:all"]:not([disabled])')
    page.wait_for_timeout(300)  # let the scroll settle

    text = cards.locator("p").inner_text()
    assert text.startswith("1. "), text
    assert "Cách bạn khoảng" in text
    assert len(text) <= 1200
    # The first card's name is on screen: scrolled to the answer, not past it.
    assert _on_screen(page, cards), cards.bounding_box()
    map_link = cards.locator("a.btn.url").first
    assert map_link.get_attribute("href").startswith("https://www.openstreetmap.org/")
    assert map_link.get_attribute("target") == "_blank"

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-chat-location-cards.png"))

    count = page.locator(".msg.bot").count()
    cards.locator('button[data-payload="s:more"]').click()
    details = page.locator(".msg.bot").nth(count)
    details.wait_for()
    page.wait_for_timeout(300)
    assert "Chi tiết" in details.inner_text()
    assert _on_screen(page, details)
    assert errors == []
    assert context.off_box == []
    context.close()
