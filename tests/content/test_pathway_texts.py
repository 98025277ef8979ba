"""data/content/pathways.yml: the danger check, the safety plan and the guides follow the same
rules as every text (both languages with the same shape, a source for every section, numbers
only from the hotline table, no orders or blame, a card fits a phone screen), and the facts that
matter most are there as sourced: the DA-5 citation, the time windows of emergency
contraception and HIV PEP, the Labour Code and its decree."""

from __future__ import annotations

import unicodedata

import pytest

from bot.knowledge.pathways import load_pathways
from bot.knowledge.yamlfile import DataFileError
from tests.content.rules import (
    CONTENT,
    LANGS,
    has_vietnamese_diacritics,
    hotline_numbers,
    load,
    number_problems,
    phone_like_numbers,
    render,
    wording_problems,
)

NUMBERS = hotline_numbers()
CARD_LIMIT = 900  # characters: one phone screen with the title and the source line
DATA = load("pathways.yml")


def _texts():
    check = DATA["danger_check"]
    for q in check["questions"]:
        yield f"danger_check.{q['id']}", {lang: q[lang] for lang in LANGS}
    for step in DATA["safety_plan"]["steps"]:
        yield f"safety_plan.{step['id']}", {lang: step[lang] for lang in LANGS}
        yield f"safety_plan.{step['id']}.label", step["label"]
    for gid, guide in DATA["guides"].items():
        yield f"guides.{gid}.title", guide["title"]
        for i, card in enumerate(guide["cards"]):
            yield f"guides.{gid}.cards[{i}]", {lang: card[lang] for lang in LANGS}


TEXTS = list(_texts())


def test_the_file_loads_with_every_placeholder_filled() -> None:
    loaded = load_pathways(CONTENT, NUMBERS)
    assert len(loaded.questions) == 5
    assert [s.id for s in loaded.steps] == ["place", "person", "documents", "money", "children",
                                            "numbers", "way_out", "argument"]
    assert set(loaded.guides) == {"digital", "assault", "child", "older", "men", "lgbt", "work",
                                  "online", "trafficking"}
    for guide in loaded.guides.values():
        for card in guide.cards:
            assert "{" not in card["vi"] + card["en"]


@pytest.mark.parametrize("where,texts", TEXTS, ids=[w for w, _ in TEXTS])
def test_each_text_follows_the_rules(where, texts) -> None:
    assert set(texts) >= set(LANGS), where
    shown = {lang: render(texts[lang], NUMBERS) for lang in LANGS}
    assert not number_problems(where, shown)
    for lang in LANGS:
        raw = texts[lang]
        assert phone_like_numbers(raw) == [], f"{where} {lang}: write numbers as placeholders"
        assert unicodedata.is_normalized("NFC", raw), where
        if lang == "vi" and len(raw.split()) > 2:
            assert has_vietnamese_diacritics(raw), where
        assert len(shown[lang]) <= CARD_LIMIT, (where, lang, len(shown[lang]))
        assert not wording_problems(where, lang, shown[lang])


def test_every_section_cites_its_source() -> None:
    assert "Danger Assessment-5" in DATA["danger_check"]["source"]
    assert "Messing" in DATA["danger_check"]["source"]
    assert DATA["safety_plan"]["source"].strip()
    for gid, guide in DATA["guides"].items():
        assert len(guide["source"].strip()) > 40, gid
        assert guide["cite"].strip(), gid


def test_time_windows_are_the_sourced_ones() -> None:
    assault = DATA["guides"]["assault"]
    medical = assault["cards"][1]
    assert "72 giờ" in medical["vi"] and "72 hours" in medical["en"]
    assert "5 ngày" in medical["vi"] and "5 days" in medical["en"]
    assert "120 hours" in assault["source"] and "72 hours" in assault["source"]
    assert "cdc.gov" in assault["source"] and "WHO" in assault["source"]


def test_labour_law_articles_are_the_verified_ones() -> None:
    work = DATA["guides"]["work"]
    assert "45/2019/QH14" in work["source"] and "145/2020/NĐ-CP" in work["source"]
    text = " ".join(c["vi"] + c["en"] for c in work["cards"])
    # Only the articles the source names: Art. 3 cl. 9, Art. 35, Decree Art. 84.
    import re

    cited = set(re.findall(r"(?:Điều|Art\.) (\d+)", text))
    assert cited == {"3", "35", "84"}, cited


def test_no_shelter_address_and_no_retired_number() -> None:
    raw = str(DATA)
    assert "1800 1567" not in raw and "18001567" not in raw


def test_a_missing_source_is_an_error(tmp_path) -> None:
    import yaml

    broken = dict(DATA)
    broken["guides"] = {"x": {**DATA["guides"]["men"], "source": ""}}
    (tmp_path / "pathways.yml").write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match="guide x needs a `source:`"):
        load_pathways(tmp_path, NUMBERS)


def test_an_unknown_placeholder_is_an_error(tmp_path) -> None:
    import yaml

    broken = dict(DATA)
    broken["danger_check"] = {**DATA["danger_check"],
                              "questions": [{"id": "a", "vi": "Gọi {nope}", "en": "Call {nope}"}]}
    (tmp_path / "pathways.yml").write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown or broken placeholder"):
        load_pathways(tmp_path, NUMBERS)
