"""Vietnam's provinces by name, as of 1 July 2025 and before (data/units/provinces.yml, generated
from vietnam-provinces and vietnamadminunits by `python -m bot.knowledge.units_build provinces`).

Where a ward is asked, people often answer with a province: "ở Hậu Giang" (since 2025 inside new
Cần Thơ: the ward is still needed), "Cần Thơ" (the city itself), "TP Hồ Chí Minh" (outside the
directory: the national numbers still work). A ward's name always wins over a province's
("Sóc Trăng" is also a ward of new Cần Thơ); the flows ask this index only when no ward matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.yamlfile import DataFileError, read_yaml
from bot.nlu.normalize import fold

# Names people use that are not the official ones. Few, and each unambiguous in a message that
# answers "which ward?".
ALIASES: dict[str, str] = {
    "sai gon": "ho chi minh", "saigon": "ho chi minh", "hcm": "ho chi minh",
    "tphcm": "ho chi minh", "tp hcm": "ho chi minh", "thanh pho hcm": "ho chi minh",
    "ho chi minh city": "ho chi minh", "hanoi": "ha noi", "danang": "da nang",
    # the towns people name for their province (its old capital or best-known city), each in
    # one province only; a ward of this city of the same name still wins
    "long xuyen": "an giang", "chau doc": "an giang", "rach gia": "kien giang",
    "ha tien": "kien giang", "phu quoc": "kien giang", "cao lanh": "dong thap",
    "sa dec": "dong thap", "my tho": "tien giang", "go cong": "tien giang",
    "bien hoa": "dong nai", "thu duc": "ho chi minh", "vung tau": "ba ria - vung tau",
    "ba ria": "ba ria - vung tau", "da lat": "lam dong", "nha trang": "khanh hoa",
    "ha dong": "ha noi", "buon ma thuot": "dak lak", "pleiku": "gia lai",
    "quy nhon": "binh dinh", "thu dau mot": "binh duong", "hoi an": "quang nam",
}
_PREFIX = re.compile(r"^(thanh pho|tinh|tp)\s+")


@dataclass(frozen=True)
class ProvinceMatch:
    """A province named in a message: the 2025 province or city it is in, and whether the name
    typed was a pre-2025 province merged into it ("Hậu Giang" → Thành phố Cần Thơ)."""

    name: str         # the 2025 province or city, as officially written
    code: int
    typed: str        # the name matched, as officially written ("Tỉnh Hậu Giang")
    former: bool


def _key(name: str) -> str:
    return _PREFIX.sub("", " ".join(fold(name).split()))


class ProvinceIndex:
    def __init__(self, provinces: list[tuple[str, int, list[str]]]):
        self._by_key: dict[str, ProvinceMatch] = {}
        for name, code, formerly in provinces:
            for old in formerly:
                self._by_key.setdefault(_key(old), ProvinceMatch(name, code, old,
                                                                 _key(old) != _key(name)))
            self._by_key[_key(name)] = ProvinceMatch(name, code, name, False)
        for alias, key in ALIASES.items():
            if key in self._by_key:
                self._by_key[alias] = self._by_key[key]
        names = "|".join(re.escape(k) for k in sorted(self._by_key, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<!\w)({names})(?!\w)")

    @classmethod
    def load(cls, path: Path) -> ProvinceIndex:
        data = read_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("provinces"), list):
            raise DataFileError(f"{path}: expected a mapping with a `provinces:` list")
        entries = []
        for index, item in enumerate(data["provinces"], start=1):
            try:
                entries.append((str(item["name"]), int(item["code"]),
                                [str(x) for x in item.get("formerly") or []]))
            except (KeyError, TypeError, ValueError) as exc:
                raise DataFileError(f"{path}: province #{index} is incomplete ({exc})") from exc
        return cls(entries)

    def find(self, text: str) -> ProvinceMatch | None:
        """The province a message names (the longest name in it), or None."""
        folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
        best = max(self._pattern.finditer(folded), key=lambda m: len(m.group(1)), default=None)
        return self._by_key[best.group(1)] if best else None
