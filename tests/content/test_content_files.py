"""Checks on the curated content files (data/content/tips.yml and safety.yml).

Officers edit these files by hand, and what they hold is said to people in danger, so the
rules that matter are enforced here rather than trusted: the schema the engine reads, short
parts, Vietnamese and English in parallel, no phone number outside FACTS.md's list, NFC
Vietnamese with its diacritics, and no orders or blame in the wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import pytest

from bot.logbook.store import KINDS
from tests.content.rules import (
    ALLOWED_NUMBERS,
    FAULT,
    FORBIDDEN,
    IN_DANGER,
    LANGS,
    REVERIFY,
    has_vietnamese_diacritics,
    hotline_numbers,
    load,
    phone_like_numbers,
    placeholders,
    render,
)

MAX_PART = 600
MAX_TITLE = 40
AUDIENCES = ("victim", "friend_family", "parent", "young")
REQUIRED_TOPICS = {
    "what_is_gbv", "warning_signs", "safety_planning", "helping_someone", "children_safety",
    "online_violence", "trafficking_signs", "rights_and_reporting", "gender_equality",
}
# The emergencies bot/core/situations.py tells apart, each with its own advice (and the injured
# advice said to the one who is hurt, bot/core/flows/emergency.py).
SITUATIONS = {"home_violence", "weapon", "strangled", "sexual_assault", "sexual_assault_other", "locked_in", "hiding", "pregnant", "self_harm", "witness", "child", "child_self",
              "held", "followed", "put_out", "threatened", "images_threat", "medical", "fire", "injured", "injured_self"}
NUMBERS = hotline_numbers()


@pytest.fixture(scope="module")
def tips() -> dict:
    return load("tips.yml")


@pytest.fixture(scope="module")
def safety() -> dict:
    return load("safety.yml")


def parallel_texts(tips: dict, safety: dict) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, {lang: text}) for every part, step and point, vi and en side by side."""
    for topic in tips["topics"]:
        for i, pair in enumerate(zip(topic["parts"]["vi"], topic["parts"]["en"], strict=True)):
            yield f"tips {topic['id']} part {i + 1}", dict(zip(LANGS, pair, strict=True))
        yield f"tips {topic['id']} title", topic["title"]
    for audience in tips["audiences"]:
        yield f"tips audience {audience['id']}", audience["label"]
    steps = safety["emergency_steps"]
    for i, pair in enumerate(zip(steps["vi"], steps["en"], strict=True)):
        yield f"safety emergency_steps {i + 1}", dict(zip(LANGS, pair, strict=True))
    for kind, entry in safety["kinds"].items():
        for i, pair in enumerate(zip(entry["vi"], entry["en"], strict=True)):
            yield f"safety {kind} {i + 1}", dict(zip(LANGS, pair, strict=True))
    for situation, entry in safety["situations"].items():
        for i, pair in enumerate(zip(entry["vi"], entry["en"], strict=True)):
            texts = {lang: render(text, NUMBERS) for lang, text in zip(LANGS, pair, strict=True)}
            yield f"safety situation {situation} {i + 1}", texts
    for variant, entry in safety["kind_variants"].items():
        for i, pair in enumerate(zip(entry["vi"], entry["en"], strict=True)):
            texts = {lang: render(text, NUMBERS) for lang, text in zip(LANGS, pair, strict=True)}
            yield f"safety kind_variants {variant} {i + 1}", texts


# --- the checkers themselves must be able to fail -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Gọi 113, 115 hoặc 111.", ["113", "115", "111"]),
    ("đường dây 1900 969 680 hoặc 1800 8065", ["1900969680", "18008065"]),
    ("số cũ 1800 1567", ["18001567"]),
    ("gọi 0292.3.123.456 nhé", ["02923123456"]),
    ("call 0912-345-678", ["0912345678"]),
    ("Luật 13/2022/QH15, Điều 19, năm 2019, 24/7, từ 19/9/2025", []),
    ("gần 63% và 31,6% trong 12 tháng; 31.6% in 12 months", []),
])
def test_phone_detector(text: str, expected: list[str]) -> None:
    assert phone_like_numbers(text) == expected


def test_diacritics_detector() -> None:
    assert has_vietnamese_diacritics("Đây không phải lỗi của bạn.")
    assert not has_vietnamese_diacritics("Day khong phai loi cua ban.")


# --- tips.yml ---------------------------------------------------------------------------------

def test_tips_top_level_schema(tips: dict) -> None:
    assert set(tips) == {"audiences", "topics"}
    ids = [a["id"] for a in tips["audiences"]]
    assert ids == list(AUDIENCES)
    for audience in tips["audiences"]:
        assert set(audience) == {"id", "label"}, audience["id"]
        assert set(audience["label"]) == set(LANGS), audience["id"]
        assert all(audience["label"][lang].strip() for lang in LANGS), audience["id"]


def test_topics_schema(tips: dict) -> None:
    ids = [t["id"] for t in tips["topics"]]
    assert len(ids) == len(set(ids)), "duplicate topic id"
    assert set(ids) >= REQUIRED_TOPICS, f"missing topics: {REQUIRED_TOPICS - set(ids)}"
    for topic in tips["topics"]:
        tid = topic["id"]
        assert set(topic) == {"id", "audiences", "title", "source", "parts"}, tid
        assert re.fullmatch(r"[a-z][a-z_]*", tid), tid
        assert topic["audiences"], f"{tid}: no audience"
        assert set(topic["audiences"]) <= set(AUDIENCES), tid
        assert len(topic["audiences"]) == len(set(topic["audiences"])), tid
        assert isinstance(topic["source"], str) and topic["source"].strip(), f"{tid}: no source"
        assert set(topic["title"]) == set(LANGS), tid
        for lang in LANGS:
            title = topic["title"][lang]
            assert title.strip() and len(title) <= MAX_TITLE, f"{tid} title {lang}: {title!r}"
        assert set(topic["parts"]) == set(LANGS), tid
        vi, en = topic["parts"]["vi"], topic["parts"]["en"]
        assert 2 <= len(vi) <= 4, f"{tid}: {len(vi)} vi parts"
        assert len(vi) == len(en), f"{tid}: {len(vi)} vi parts but {len(en)} en parts"
        for lang in LANGS:
            for i, part in enumerate(topic["parts"][lang], 1):
                assert isinstance(part, str) and part.strip(), f"{tid} {lang} part {i} empty"
                assert len(part) <= MAX_PART, f"{tid} {lang} part {i}: {len(part)} chars"


def test_every_audience_has_at_least_four_topics(tips: dict) -> None:
    counts = Counter(a for t in tips["topics"] for a in t["audiences"])
    for audience in AUDIENCES:
        assert counts[audience] >= 4, f"{audience}: only {counts[audience]} topics"


# --- safety.yml -------------------------------------------------------------------------------

def _check_points(where: str, entry: dict, low: int, high: int) -> None:
    assert set(entry) == {"source", *LANGS}, where
    assert isinstance(entry["source"], str) and entry["source"].strip(), f"{where}: no source"
    for lang in LANGS:
        points = entry[lang]
        assert isinstance(points, list) and low <= len(points) <= high, f"{where} {lang}: {points}"
        for point in points:
            assert isinstance(point, str) and point.strip(), f"{where} {lang}: empty point"
            assert len(point) <= MAX_PART, f"{where} {lang}: {len(point)} chars"
    assert len(entry["vi"]) == len(entry["en"]), f"{where}: vi and en differ in length"


def test_safety_schema(safety: dict) -> None:
    assert set(safety) == {"emergency_steps", "kinds", "kind_variants", "situations"}
    _check_points("emergency_steps", safety["emergency_steps"], 3, 4)
    assert set(safety["kinds"]) == set(KINDS), "kinds must match the logbook's KINDS"
    for kind, entry in safety["kinds"].items():
        _check_points(kind, entry, 2, 3)
    for variant, entry in safety["kind_variants"].items():
        base = variant.removesuffix("_other").removesuffix("_child_self").removesuffix("_child") \
            .removesuffix("_harassment")   # (sexual_harassment: harassment at work, not rape)
        assert base in KINDS, f"kind_variants.{variant}: no kind {base}"
        _check_points(f"kind_variants.{variant}", entry, 2, 3)
    assert set(safety["situations"]) == SITUATIONS, "one advice per situation of bot/core/situations.py"
    for situation, entry in safety["situations"].items():
        _check_points(f"situations.{situation}", entry, 2, 4)


def test_situations_use_placeholders_not_typed_numbers(safety: dict) -> None:
    """A number changes in config.toml only: the situation texts name hotlines by id."""
    for situation, entry in safety["situations"].items():
        for lang in LANGS:
            for line in entry[lang]:
                assert not phone_like_numbers(line), f"{situation} {lang}: typed number in {line!r}"
                unknown = placeholders(line) - set(NUMBERS)
                assert not unknown, f"{situation} {lang}: unknown placeholders {unknown}"


def test_situation_advice_fits_the_situation(safety: dict) -> None:
    """The home-violence advice ("avoid the kitchen") never answers self-harm, rape or a witness."""
    situations = safety["situations"]
    for situation in ("self_harm", "sexual_assault", "witness", "held", "followed", "child"):
        text = " ".join(situations[situation]["vi"]) + " ".join(situations[situation]["en"])
        for home_only in ("bếp", "kitchen", "che bảo vệ đầu", "protect your head"):
            assert home_only not in text, f"{situation}: {home_only!r}"
    assert "{ambulance}" in " ".join(situations["self_harm"]["vi"])
    assert "{ambulance}" in " ".join(situations["sexual_assault"]["vi"])
    for situation in ("weapon", "witness", "held", "followed"):
        assert "{police}" in " ".join(situations[situation]["vi"]), situation
    assert "{national}" in " ".join(situations["child"]["vi"])


# --- wording rules, over every text of both files ---------------------------------------------

def test_only_allowed_phone_numbers(tips: dict, safety: dict) -> None:
    for where, texts in parallel_texts(tips, safety):
        for lang, text in texts.items():
            bad = [n for n in phone_like_numbers(text) if n not in ALLOWED_NUMBERS]
            assert not bad, f"{where} {lang}: numbers not in FACTS.md: {bad}"
            if "18008065" in phone_like_numbers(text):
                assert REVERIFY[lang] in text, f"{where} {lang}: 1800 8065 needs its caveat"


def test_vi_and_en_show_the_same_numbers(tips: dict, safety: dict) -> None:
    for where, texts in parallel_texts(tips, safety):
        vi, en = (Counter(phone_like_numbers(texts[lang])) for lang in LANGS)
        assert vi == en, f"{where}: vi has {dict(vi)}, en has {dict(en)}"


def test_vietnamese_is_nfc_with_diacritics(tips: dict, safety: dict) -> None:
    for where, texts in parallel_texts(tips, safety):
        vi = texts["vi"]
        assert unicodedata.is_normalized("NFC", vi), f"{where}: Vietnamese text is not NFC"
        assert has_vietnamese_diacritics(vi), f"{where}: Vietnamese text without diacritics"
        assert unicodedata.is_normalized("NFC", texts["en"]), f"{where}: English text is not NFC"


def test_no_orders_blame_or_human_pretence(tips: dict, safety: dict) -> None:
    for where, texts in parallel_texts(tips, safety):
        for lang, text in texts.items():
            for pattern in FORBIDDEN[lang]:
                assert not re.search(pattern, text, re.IGNORECASE), f"{where} {lang}: {pattern}"
            word, denial = FAULT[lang]
            for match in word.finditer(text):
                before = text[: match.start()]
                assert denial.search(before), f"{where} {lang}: mentions fault without denying it"


def test_every_danger_mention_offers_113(tips: dict, safety: dict) -> None:
    """Where a text speaks of danger, it gives the police number in the same breath."""
    for where, texts in parallel_texts(tips, safety):
        for lang, text in texts.items():
            if re.search(IN_DANGER[lang], text, re.IGNORECASE):
                assert "113" in phone_like_numbers(text), f"{where} {lang}: danger without 113"
