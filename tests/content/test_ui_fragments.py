"""Checks on the pathway text files `data/content/ui/*.yml`, merged into ui.yml by the loader.

Each pathway keeps its texts in its own file so that pathways can be added without editing one
shared file; the same rules apply to every text in them: both languages with the same keys,
numbers only as placeholders from the hotline table, NFC Vietnamese with diacritics, no orders or
blame, and a length that fits a phone screen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge.content import load_ui
from bot.knowledge.yamlfile import DataFileError
from tests.content.rules import (
    CONTENT,
    LANGS,
    has_vietnamese_diacritics,
    hotline_numbers,
    phone_like_numbers,
    placeholders,
    wording_problems,
)

NUMBERS = hotline_numbers()
MAX_TEXT = 1000           # one phone screen; buttons are far shorter
FRAGMENTS = sorted((CONTENT / "ui").glob("*.yml"))


def _leaves(node: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}{key}.")
    else:
        yield prefix.rstrip("."), node


def _texts(path: Path) -> Iterator[tuple[str, str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for lang in LANGS:
        for key, text in _leaves(data[lang]):
            yield key, lang, text


@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.name)
def test_fragment_has_both_languages_with_the_same_keys(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = {lang: [k for k, _ in _leaves(data[lang])] for lang in LANGS}
    assert keys["vi"] == keys["en"], path.name
    for key, lang, text in _texts(path):
        assert isinstance(text, str) and text.strip(), f"{path.name} {key} {lang}"


@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.name)
def test_fragment_texts_follow_the_wording_rules(path: Path) -> None:
    for key, lang, text in _texts(path):
        where = f"{path.name} {key} {lang}"
        assert phone_like_numbers(text) == [], where
        assert unicodedata.is_normalized("NFC", text), where
        if lang == "vi" and len(text.split()) > 2:
            assert has_vietnamese_diacritics(text), where
        shown = text.format_map({**NUMBERS, **{p: "x" for p in placeholders(text)}})
        assert len(shown) <= MAX_TEXT, f"{where}: {len(shown)}"
        assert not wording_problems(key, lang, shown), where


def _write(folder: Path, name: str, body: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(body, allow_unicode=True), encoding="utf-8")


def test_fragments_are_merged_into_ui(tmp_path: Path) -> None:
    _write(tmp_path, "ui.yml", {"vi": {"a": "một"}, "en": {"a": "one"}})
    _write(tmp_path / "ui", "plan.yml", {"vi": {"b": "hai"}, "en": {"b": "two"}})
    merged = load_ui(tmp_path)
    assert merged == {"vi": {"a": "một", "b": "hai"}, "en": {"a": "one", "b": "two"}}


def test_a_key_defined_twice_is_an_error_naming_both_files(tmp_path: Path) -> None:
    _write(tmp_path, "ui.yml", {"vi": {"a": "một"}, "en": {"a": "one"}})
    _write(tmp_path / "ui", "plan.yml", {"vi": {"a": "khác"}, "en": {"a": "other"}})
    with pytest.raises(DataFileError, match=r"plan\.yml: key 'a' is already in ui\.yml"):
        load_ui(tmp_path)


def test_a_fragment_without_both_languages_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "ui.yml", {"vi": {"a": "một"}, "en": {"a": "one"}})
    _write(tmp_path / "ui", "half.yml", {"vi": {"b": "hai"}})
    with pytest.raises(DataFileError, match=r"half\.yml: needs a `vi:` and an `en:` section"):
        load_ui(tmp_path)
