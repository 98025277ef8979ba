"""Checks on the texts the channels add (issue 12), now in ui.yml instead of Python: Telegram's
commands menu (`command_menu`), the Zalo quick exit's how-to (`zalo_forget_help`), the
officers' /stats and /export answers on Telegram (`officer`) and the web chat page's own words
(`web_page`, formerly in chat.js and the page template)."""

from __future__ import annotations

import unicodedata

import pytest

from bot.channels.telegram.mapping import MENU
from bot.channels.telegram.officer import TITLES
from bot.channels.web.chat import PAGE_WORDS
from bot.channels.zalo.mapping import FORGET_KEY
from tests.content.rules import (
    LANGS,
    has_vietnamese_diacritics,
    hotline_numbers,
    load,
    phone_like_numbers,
    placeholders,
    render,
    wording_problems,
)

NUMBERS = hotline_numbers()
MAX_COMMAND_DESCRIPTION = 256          # Telegram's limit for a BotCommand description
MAX_TEXT = 500
# Placeholders each officer text is given by bot/channels/telegram/officer.py.
OFFICER_PLACEHOLDERS = {"stats": {"period"}, "export": {"period"}, "legend": {"k"}}


@pytest.fixture(scope="module")
def ui() -> dict:
    return load("ui.yml")


def channel_texts(ui: dict) -> list[tuple[str, str, str]]:
    """(key, language, raw text) for every text of issue 12."""
    found = []
    for lang in LANGS:
        section = ui[lang]
        found += [(f"command_menu.{k}", lang, v) for k, v in section["command_menu"].items()]
        found.append((FORGET_KEY, lang, section[FORGET_KEY]))
        found += [(f"officer.{k}", lang, v) for k, v in section["officer"].items()]
        found += [(f"web_page.{k}", lang, v) for k, v in section["web_page"].items()]
    return found


def test_every_channel_key_in_both_languages(ui: dict) -> None:
    for lang in LANGS:
        section = ui[lang]
        assert list(section["command_menu"]) == list(MENU[lang]), lang   # menu order too
        assert isinstance(section.get(FORGET_KEY), str) and section[FORGET_KEY].strip(), lang
        assert set(section["officer"]) == set(TITLES), lang
        assert set(section["web_page"]) == set(PAGE_WORDS), lang
    for key, lang, text in channel_texts(ui):
        assert isinstance(text, str) and text.strip(), f"{key} {lang}"


def test_placeholders_are_the_ones_the_code_fills(ui: dict) -> None:
    for key, lang, text in channel_texts(ui):
        expected = set(NUMBERS) if key.startswith(("command_menu.", "web_page.")) else set()
        if key.startswith("officer."):
            expected = OFFICER_PLACEHOLDERS.get(key.split(".", 1)[1], set())
        assert placeholders(text) <= expected, f"{key} {lang}: {placeholders(text)}"
        if key.startswith("officer."):
            assert placeholders(text) == expected, f"{key} {lang}"


def test_numbers_are_placeholders_never_typed(ui: dict) -> None:
    for key, lang, text in channel_texts(ui):
        assert phone_like_numbers(text) == [], f"{key} {lang}"


def test_lengths(ui: dict) -> None:
    for key, lang, text in channel_texts(ui):
        shown = render(text, NUMBERS, period="01/12–04/12/2026", k="5")
        limit = MAX_COMMAND_DESCRIPTION if key.startswith("command_menu.") else MAX_TEXT
        assert 3 <= len(shown) <= limit, f"{key} {lang}: {len(shown)}"


def test_vietnamese_is_nfc_with_diacritics(ui: dict) -> None:
    for key, lang, text in channel_texts(ui):
        assert unicodedata.is_normalized("NFC", text), f"{key} {lang}"
        if lang == "vi" and len(text.split()) > 1 and key != "web_page.title":   # a name
            assert has_vietnamese_diacritics(text), key


def test_what_residents_read_gives_no_orders_and_no_blame(ui: dict) -> None:
    """The officers' texts speak of a server error ("lỗi"), which is no one's fault; what a
    resident reads follows the rules of every other text."""
    for key, lang, text in channel_texts(ui):
        if not key.startswith("officer."):
            assert not wording_problems(key, lang, render(text, NUMBERS)), (key, lang)
