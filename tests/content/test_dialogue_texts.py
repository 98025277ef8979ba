"""Checks on the texts of issue 10: ui.yml's disclosure, distress, clarifying, self-harm and
typed-answer texts, and data/content/answers.yml (direct answers to direct questions).

The engine reads these keys by name, so the schema is fixed here; the wording follows the same
rules as the tips and safety files (tests/content/rules.py), and the numbers are placeholders
from the hotline table, never typed.
"""

from __future__ import annotations

import unicodedata

import pytest

from bot.config import load_config
from bot.core.faq import TOPIC_KEYS as FAQ_TOPICS
from bot.knowledge.content import Content
from tests.content.rules import (
    LANGS,
    REVERIFY,
    ROOT,
    has_vietnamese_diacritics,
    hotline_numbers,
    load,
    number_problems,
    phone_like_numbers,
    placeholders,
    render,
    wording_problems,
)

MAX_TEXT = 500
MAX_ACK = 300
MAX_LABEL = 30
NUMBERS = hotline_numbers()

DISCLOSURE_VARIANTS = {"default", "fear", "child", "sexual", "older", "lgbt", "other_person",
                       "work", "online", "trafficking", "man", "down", "leverage", "parent"}
CLARIFY_INTENTS = {"seek_help", "help_other", "ask_hotline", "find_provider", "learn_gbv",
                   "learn_rights", "learn_safety", "learn_equality", "privacy", "ask_human",
                   "self_harm"}
STEP_HINTS = {"safe", "who", "kind", "where"}
TEXTS = ("disclosure_offer", "distress_ack", "fallback", "clarify_q", "self_harm_now_first",
         "self_harm_reply", "self_harm_child", "self_harm_question", "emergency_again",
         "help_safe_ack", "ward_confirm_q", "resume_q", "ask_human_reply")
LABELS = ("disclosure_start", "disclosure_numbers", "self_harm_safe", "self_harm_not_safe",
          "confirm_yes", "confirm_no", "resume_yes", "resume_no")
# Every topic the engine can recognise (bot/core/faq.py) must have its sourced answer.
ANSWERS = set(FAQ_TOPICS)
# Numbers that may be typed as text, by answer: only the retired 1800 1567, in the one answer
# that tells people it no longer works (FACTS.md "Numbers": retired, replaced by 111).
TYPED_NUMBER_ALLOWED = {"retired_number": {"18001567"}}
EXTRA_PLACEHOLDERS = {"ward"}  # filled by the engine, not from the hotline table


@pytest.fixture(scope="module")
def ui() -> dict:
    return load("ui.yml")


@pytest.fixture(scope="module")
def answers() -> dict:
    return load("answers.yml")


def new_ui_texts(ui: dict) -> list[tuple[str, dict[str, str]]]:
    """(key, {lang: raw text}) for every text of issue 10 in ui.yml."""
    found = [(key, {lang: ui[lang][key] for lang in LANGS}) for key in (*TEXTS, *LABELS)]
    for group in ("disclosure_ack", "clarify_labels", "step_hint", "step_meaning"):
        for sub in ui["vi"][group]:
            found.append((f"{group}.{sub}", {lang: ui[lang][group][sub] for lang in LANGS}))
    return found


def all_texts(ui: dict, answers: dict) -> list[tuple[str, dict[str, str]]]:
    items = new_ui_texts(ui)
    items += [(f"answers.{key}", {lang: entry[lang] for lang in LANGS})
              for key, entry in answers.items()]
    return items


# --- schema -----------------------------------------------------------------------------------

def test_ui_has_every_new_key_in_both_languages(ui: dict) -> None:
    for lang in LANGS:
        section = ui[lang]
        for key in (*TEXTS, *LABELS):
            assert isinstance(section.get(key), str) and section[key].strip(), f"{lang}: {key}"
        assert set(section["disclosure_ack"]) == DISCLOSURE_VARIANTS, lang
        assert set(section["clarify_labels"]) == CLARIFY_INTENTS, lang
        assert set(section["step_hint"]) == STEP_HINTS, lang
        assert set(section["step_meaning"]) == {"safe"}, lang
        for group in ("disclosure_ack", "clarify_labels", "step_hint", "step_meaning"):
            for sub, text in section[group].items():
                assert isinstance(text, str) and text.strip(), f"{lang}: {group}.{sub}"


def test_answers_schema(answers: dict) -> None:
    assert set(answers) == ANSWERS
    for key, entry in answers.items():
        assert set(entry) == {"source", *LANGS}, key
        assert isinstance(entry["source"], str) and entry["source"].strip(), f"{key}: no source"
        for lang in LANGS:
            assert isinstance(entry[lang], str) and entry[lang].strip(), f"{key} {lang}"


# --- lengths ----------------------------------------------------------------------------------

def test_lengths_fit_a_phone_screen(ui: dict, answers: dict) -> None:
    for where, texts in all_texts(ui, answers):
        for lang, text in texts.items():
            shown = render(text, NUMBERS, ward="phường Ninh Kiều").strip()
            limit = MAX_TEXT
            if where.startswith("disclosure_ack."):
                limit = MAX_ACK
            if where.startswith("clarify_labels.") or where in LABELS:
                limit = MAX_LABEL
            assert len(shown) <= limit, f"{where} {lang}: {len(shown)} > {limit} chars"


def test_fallback_is_short(ui: dict) -> None:
    for lang in LANGS:
        assert len(render(ui[lang]["fallback"], NUMBERS)) <= 200, lang


# --- numbers ----------------------------------------------------------------------------------

def test_numbers_are_placeholders_never_typed(ui: dict, answers: dict) -> None:
    for where, texts in all_texts(ui, answers):
        allowed_typed = TYPED_NUMBER_ALLOWED.get(where.removeprefix("answers."), set())
        for lang, text in texts.items():
            typed = set(phone_like_numbers(text)) - allowed_typed
            assert not typed, f"{where} {lang}: typed numbers {typed}"
            unknown = placeholders(text) - set(NUMBERS) - {"city", "ttl"} - EXTRA_PLACEHOLDERS
            assert not unknown, f"{where} {lang}: unknown placeholders {unknown}"


def test_only_allowed_numbers_and_the_same_in_both_languages(ui: dict, answers: dict) -> None:
    for where, texts in all_texts(ui, answers):
        if where == "answers.retired_number":
            texts = {lang: text.replace("1800 1567", "") for lang, text in texts.items()}
        shown = {lang: render(text, NUMBERS, ward="X") for lang, text in texts.items()}
        assert not number_problems(where, shown)


def test_retired_number_is_named_only_as_retired(answers: dict) -> None:
    for lang in LANGS:
        text = answers["retired_number"][lang]
        assert "1800 1567" in text and "{national}" in text, lang


# --- wording ----------------------------------------------------------------------------------

def test_no_orders_blame_or_human_pretence(ui: dict, answers: dict) -> None:
    for where, texts in all_texts(ui, answers):
        for lang, text in texts.items():
            assert not wording_problems(where, lang, render(text, NUMBERS, ward="X"))


def test_vietnamese_is_nfc_with_diacritics(ui: dict, answers: dict) -> None:
    for where, texts in all_texts(ui, answers):
        assert unicodedata.is_normalized("NFC", texts["vi"]), f"{where}: vi not NFC"
        assert unicodedata.is_normalized("NFC", texts["en"]), f"{where}: en not NFC"
        assert has_vietnamese_diacritics(texts["vi"]), f"{where}: vi without diacritics"


def test_every_disclosure_is_believed_and_not_blamed(ui: dict) -> None:
    denial = {"vi": "không phải lỗi", "en": "not"}
    for lang in LANGS:
        for variant, text in ui[lang]["disclosure_ack"].items():
            assert denial[lang] in text and ("lỗi" in text or "fault" in text), f"{lang} {variant}"


def test_the_bot_says_it_is_a_bot(ui: dict) -> None:
    assert "chatbot" in ui["vi"]["ask_human_reply"] and "không phải người thật" in ui["vi"]["ask_human_reply"]
    assert "chatbot" in ui["en"]["ask_human_reply"] and "not a person" in ui["en"]["ask_human_reply"]
    for lang in LANGS:
        assert "{national}" in ui[lang]["ask_human_reply"] and "{women}" in ui[lang]["ask_human_reply"]


# --- what each text must carry ----------------------------------------------------------------

def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


def test_numbers_first_where_it_matters(ui: dict) -> None:
    for lang in LANGS:
        first = _first_line(ui[lang]["self_harm_now_first"])
        assert "{ambulance}" in first and "{police}" in first, lang
        assert "{national}" in ui[lang]["self_harm_now_first"], lang
        for key in ("self_harm_child",):
            assert "{national}" in _first_line(ui[lang][key]), f"{lang} {key}"
        child = ui[lang]["disclosure_ack"]["child"]
        assert child.index("{national}") < 40, f"{lang}: the child hears {{national}} first"
        for key in ("fallback", "distress_ack", "emergency_again"):
            assert "{national}" in ui[lang][key], f"{lang} {key}"
        again = ui[lang]["emergency_again"]
        assert "{police}" in again and "{ambulance}" in again, lang


def test_self_harm_reply_is_its_own_pathway(ui: dict) -> None:
    for lang in LANGS:
        reply = ui[lang]["self_harm_reply"]
        for needed in ("{mental_health}", "{national}", "{ambulance}", "13:00", "20:30",
                       REVERIFY[lang].split("-")[-1]):
            assert needed in reply, f"{lang}: {needed}"
        for key in ("self_harm_reply", "self_harm_child", "self_harm_now_first"):
            for home_only in ("bếp", "kitchen", "che bảo vệ đầu", "protect your head"):
                assert home_only not in ui[lang][key], f"{lang} {key}: {home_only}"
            for line in ui[lang][key].splitlines():
                assert not ("{mental_health}" in line and "24/7" in line), f"{lang} {key}: not 24/7"


def test_step_hints_and_questions_are_one_line(ui: dict) -> None:
    for lang in LANGS:
        for step, text in ui[lang]["step_hint"].items():
            assert "\n" not in text.strip() and len(text) <= 160, f"{lang} {step}"
        assert "{ward}" in ui[lang]["ward_confirm_q"], lang


def test_answers_carry_the_facts(answers: dict) -> None:
    order = answers["no_contact_order"]
    assert "3 ngày" in order["vi"] and "12 giờ" in order["vi"], "Art. 25 figures"
    assert "3 days" in order["en"] and "12 hours" in order["en"]
    where = answers["where_to_report"]
    assert "Ủy ban" in where["vi"] and "3 ngày" not in where["vi"]
    assert "tin nhắn" in where["vi"] and "text message" in where["en"]
    assert "{women}" in answers["shelter_address"]["vi"], "the hotline, never the address"
    cost = answers["number_cost"]
    assert "chưa xác nhận" in cost["vi"] and "not been able to confirm" in cost["en"]
    legal = answers["legal_aid"]     # FACTS.md: address and phone of the centre not found
    assert "chưa xác minh" in legal["vi"] and "not verified" in legal["en"]
    assert "UBND phường/xã" in legal["vi"] and "People's Committee" in legal["en"]
    for lang in LANGS:
        assert "{national}" in answers["callback"][lang]
        assert "{police}" in answers["no_voice"][lang]
        assert "SMS" in answers["text_instead_of_call"]["vi"] or lang == "en"


# --- the loader -------------------------------------------------------------------------------

def test_content_loader_fills_answers_and_situations() -> None:
    content = Content.load(load_config(ROOT / "config.toml"))
    assert set(content.answers) == ANSWERS
    text = content.answer("vi", "retired_number")
    assert "111" in text and "{" not in text
    assert content.answer("en", "shelter_address").count("1900 969 680") == 1
    with pytest.raises(KeyError):
        content.answer("vi", "no_such_answer")
    advice = content.situations["self_harm"].lines
    assert any("115" in line for line in advice["vi"]) and all("{" not in line for line in advice["en"])
    assert content.situations["sexual_assault"].source.startswith("WHO")
    assert "096 306 1414" in content.t("vi", "self_harm_reply")
    assert content.t("en", "disclosure_ack.child").startswith("You can call 111")
