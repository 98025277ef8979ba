"""The web chat's own words (title, buttons, placeholder, hints) follow the conversation's
language in a real headless Chromium at phone width, and `[web] title` names the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.runtime import build_runtime
from bot.server import create_app
from tests.configs import configure
from tests.server.conftest import COOKIE_SECRET, LiveServer, free_port, require_chromium

pytestmark = pytest.mark.browser

DISCREET = {"vi": "Sổ tay sức khỏe", "en": "Health notes"}


def _say(page: Any, text: str) -> None:
    count = page.locator(".msg.bot").count()
    page.fill("#text", text)
    page.click("#send")
    page.locator(".msg.bot").nth(count).wait_for()


def _chrome(page: Any) -> dict[str, str]:
    return page.evaluate("""() => ({
        lang: document.documentElement.lang, title: document.title,
        header: document.querySelector('.brand .title').textContent,
        placeholder: document.getElementById('text').placeholder,
        send: document.getElementById('send').textContent,
        exit: document.getElementById('quick-exit').textContent,
        hint: document.querySelector('.hint').textContent,
        emergency: document.getElementById('emergency-label').textContent })""")


def test_typing_english_on_a_vietnamese_page_turns_the_page_english(live, phone) -> None:
    server, runtime = live
    context = phone(server.url)   # a Vietnamese phone: the page opens in Vietnamese
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    page.wait_for_selector(".msg.bot")
    t = runtime.content.t
    vi = _chrome(page)
    assert vi == {"lang": "vi", "title": "Helpline Companion", "header": "Helpline Companion",
                  "placeholder": t("vi", "web_page.placeholder"),
                  "send": t("vi", "web_page.send"), "exit": t("vi", "web_page.exit"),
                  "hint": t("vi", "web_page.hint"), "emergency": t("vi", "web_page.emergency")}

    _say(page, "I need help, my husband hits me")
    page.wait_for_function("document.documentElement.lang === 'en'")
    en = _chrome(page)
    assert en["placeholder"] == t("en", "web_page.placeholder") != vi["placeholder"]
    assert en["title"] == "Helpline Companion"
    assert (en["send"], en["exit"], en["hint"], en["emergency"]) == (
        t("en", "web_page.send"), t("en", "web_page.exit"), t("en", "web_page.hint"),
        t("en", "web_page.emergency"))
    assert page.locator("#lang-toggle").inner_text() == t("en", "web_page.switch")

    # Back to Vietnamese by writing Vietnamese: the page follows again, without a reload.
    page.evaluate("window.notReloaded = true")
    _say(page, "tôi không biết phải làm sao, chồng tôi đánh tôi")
    page.wait_for_function("document.documentElement.lang === 'vi'")
    assert _chrome(page)["placeholder"] == vi["placeholder"]
    assert page.evaluate("window.notReloaded") is True
    assert page.locator(".msg.user").count() == 2   # the conversation is still on the page

    # The quick exit is unchanged: session and cookie gone, the neutral page shown.
    page.click("#quick-exit")
    page.wait_for_url(server.url + "/neutral")
    assert not [c for c in context.cookies() if c["name"] == "sid"]
    assert errors == [] and context.off_box == []
    context.close()


@pytest.fixture
def discreet(project_copy: Path) -> Iterator[LiveServer]:
    require_chromium()
    settings = configure(project_copy, {"web": {"title": DISCREET}})
    runtime = build_runtime(settings, with_nlu=False)
    with LiveServer(create_app(runtime, [], cookie_secret=COOKIE_SECRET), free_port()) as server:
        yield server
    runtime.close()


def test_a_configured_title_names_the_page_in_each_language(discreet, phone) -> None:
    context = phone(discreet.url)
    page = context.new_page()
    page.goto(discreet.url + "/")
    page.wait_for_selector(".msg.bot")
    assert page.title() == DISCREET["vi"]
    assert page.locator(".brand .title").inner_text() == DISCREET["vi"]
    assert "Helpline Companion" not in page.content()
    count = page.locator(".msg.bot").count()
    page.click("#lang-toggle")
    page.locator(".msg.bot").nth(count).wait_for()
    assert page.title() == DISCREET["en"]
    assert page.locator(".brand .title").inner_text() == DISCREET["en"]
    context.close()
