"""Vietnamese text folding shared by everything that matches what people type.

Residents often type without diacritics ("ninh kieu", "ck danh toi"), so every comparison is made
on a folded form: NFC, case-folded, diacritics removed (đ → d), whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese tone and vowel marks; đ/Đ become d/D (NFD does not decompose them)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                 if unicodedata.category(c) != "Mn"))


def fold(text: str) -> str:
    """The comparison form: NFC, lower case, no diacritics, single spaces, trimmed."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACES.sub(" ", strip_diacritics(text)).strip()
