"""The texts of provider cards that fit a phone (issue 13, item 5): every key in vi and en, the
same placeholders, short enough for a button or a footnote, wording rules, no typed number."""

from __future__ import annotations

import pytest

from tests.content.rules import (
    LANGS,
    has_vietnamese_diacritics,
    load,
    phone_like_numbers,
    placeholders,
    render,
    wording_problems,
)

# key → (placeholders, longest length as shown)
TEXTS = {
    "provider_more": (set(), 24),
    "provider_map_button": ({"n"}, 20),
    "provider_unverified_note": ({"mark"}, 80),
    "provider_details_title": (set(), 60),
    "provider_distance": ({"km"}, 40),
}


@pytest.fixture(scope="module")
def ui() -> dict:
    return load("ui.yml")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_provider_text_in_both_languages(ui: dict, key: str) -> None:
    fields, longest = TEXTS[key]
    for lang in LANGS:
        text = ui[lang].get(key)
        assert isinstance(text, str) and text.strip(), f"{lang}: {key}"
        assert placeholders(text) == fields, f"{lang}: {key}"
        shown = render(text, {}, n="3", mark="*", km="~12.5")
        assert len(shown) <= longest, f"{lang}: {key}: {len(shown)} characters"
        assert not phone_like_numbers(text), f"{lang}: {key}"
        assert wording_problems(key, lang, shown) == []
    assert has_vietnamese_diacritics(ui["vi"][key])
    assert ui["vi"][key] != ui["en"][key]


def test_footnote_starts_with_the_mark(ui: dict) -> None:
    for lang in LANGS:
        assert ui[lang]["provider_unverified_note"].startswith("{mark} "), lang
