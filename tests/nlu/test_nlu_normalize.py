"""Normalisation: one form for every way of typing the same Vietnamese or English sentence."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.nlu.normalize import fold, normalize, squash_repeats, strip_diacritics


def test_fold_and_strip_keep_their_contract():
    assert strip_diacritics("Đánh đập") == "Danh dap"
    assert fold("  Ninh   KIỀU ") == "ninh kieu"


def test_decomposed_input_is_read_as_composed():
    decomposed = unicodedata.normalize("NFD", "Chồng đánh tôi")
    assert normalize(decomposed).original == "chồng đánh tôi"
    assert normalize(decomposed).has_vietnamese_marks


def test_chat_abbreviations_are_expanded_per_language():
    assert normalize("ck đg đánh e!!!").expanded == "chong dang danh em"
    assert normalize("vk ko cho dc j").expanded == "vo khong cho duoc gi"
    assert normalize("ad oi giup e vs", "vi").expanded == "admin oi giup em voi"
    assert normalize("r u ok", "en").expanded == "are you ok"
    assert normalize("ok r", "vi").expanded == "ok roi"


def test_repeated_letters_are_squashed_but_vietnamese_uu_survives():
    assert squash_repeats("cuuuuu") == "cuu"
    assert squash_repeats("helppp") == "help"
    assert squash_repeats("giup voiiii") == "giup voi"
    assert normalize("CỨUUUU").expanded == "cuu"


def test_emoji_and_punctuation():
    norm = normalize("cứu em 😭🆘!!! ... ???")
    assert norm.expanded == "cuu em emosad sos qmark qmark qmark"
    assert normalize("🙂🙂").expanded == "emosmile emosmile"
    assert normalize("...!!!").expanded == ""


@given(st.text(alphabet="aăâeêioôơuưyđbcdghklmnpqrstvxáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọ"
                        "ốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ĐÂÊÔƠƯ", max_size=40))
def test_stripping_diacritics_does_not_change_the_folded_or_expanded_form(text: str):
    assert normalize(strip_diacritics(text)).folded == normalize(text).folded
    assert normalize(strip_diacritics(text)).expanded == normalize(text).expanded
