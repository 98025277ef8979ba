"""Ward and commune names: the 2025 units, the old names people still type, and matching them.

Matching is on folded text (no diacritics, case-folded), so "ninh kieu" finds Ninh Kiều. A
current name always wins over an old one: "Tân An" is the *new* phường Tân An, and its entry
carries a note about the old Tân An, which is now in Ninh Kiều.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.yamlfile import DataFileError, read_yaml
from bot.nlu.normalize import fold

_PREFIX = re.compile(r"^(phuong|xa|p\.?|x\.?)\s+")
_OLD_MARK = re.compile(r"\s*\((cu|cũ|old)\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Ward:
    name: str
    type: str
    formerly: tuple[str, ...] = ()
    note: tuple[tuple[str, str], ...] = ()

    def note_in(self, language: str) -> str | None:
        return dict(self.note).get(language)

    @property
    def label(self) -> str:
        return f"{self.type} {self.name}"


@dataclass(frozen=True)
class WardMatch:
    ward: Ward
    old_name: str | None  # the former name the person typed, when they typed one


class WardIndex:
    """Looks up wards by current or former name, typed with or without diacritics."""

    def __init__(self, wards: list[Ward]):
        self.wards = tuple(wards)
        self._current: dict[str, Ward] = {}
        self._former: dict[str, tuple[Ward, str]] = {}
        for ward in wards:
            self._current[fold(ward.name)] = ward
        for ward in wards:
            for old in ward.formerly:
                clean = _OLD_MARK.sub("", old)
                key = fold(clean)
                if key not in self._current:
                    self._former.setdefault(key, (ward, clean))
        self._all_keys = sorted({*self._current, *self._former}, key=len, reverse=True)

    @classmethod
    def load(cls, path: Path) -> WardIndex:
        data = read_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("wards"), list):
            raise DataFileError(f"{path}: expected a mapping with a `wards:` list")
        wards = []
        for index, item in enumerate(data["wards"], start=1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise DataFileError(f"{path}: ward #{index} needs a `name`")
            formerly = item.get("formerly") or []
            if not isinstance(formerly, list) or not all(isinstance(x, str) for x in formerly):
                raise DataFileError(f"{path}: ward {item['name']}: `formerly` must be a list of names")
            note = tuple((lang, item[f"note_{lang}"]) for lang in ("vi", "en")
                         if isinstance(item.get(f"note_{lang}"), str))
            wards.append(Ward(item["name"], str(item.get("type", "phường")), tuple(formerly), note))
        return cls(wards)

    def get(self, name: str) -> Ward | None:
        """The ward with exactly this current name (folded)."""
        return self._current.get(fold(name))

    def lookup(self, text: str) -> WardMatch | None:
        """The ward a whole typed answer names ("ninh kieu", "phường Xuân Khánh")."""
        key = _PREFIX.sub("", fold(text).strip(" .,!?"))
        if key in self._current:
            return WardMatch(self._current[key], None)
        if key in self._former:
            ward, old = self._former[key]
            return WardMatch(ward, old)
        return None

    def find_in(self, text: str) -> WardMatch | None:
        """The first ward named anywhere in a sentence ("o ninh kieu co cho nao ko")."""
        folded = f" {fold(text)} "
        for key in self._all_keys:
            if re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", folded):
                return self.lookup(key)
        return None
