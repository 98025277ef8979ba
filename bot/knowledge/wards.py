"""Wards and communes of the configured province: the 2025 units, the old names people still type,
and matching them (by name, or by a shared location).

The data is `data/units/<province_code>.yml`, generated from maintained libraries by
`bot/knowledge/units_build.py` (see its header); a hand-written file in the older `wards:` format
still loads. Matching is on folded text (no diacritics, case-folded), so "ninh kieu" finds Ninh
Kiều, and a type word ("p.", "phuong", "xa") narrows it. A current name wins over an old one:
"Tân An" is the *new* phường Tân An; "Tân An (cũ)" / "tan an cu" is the old one, now in Ninh
Kiều. An old name that now lies in several units (the same name in several former districts, or
an old unit split between new ones), and an old district ("quận Ninh Kiều"), give several
candidates: the engine offers a choice instead of guessing (`candidates`).
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.provinces import ProvinceIndex, ProvinceMatch
from bot.knowledge.yamlfile import DataFileError, read_yaml
from bot.nlu.normalize import fold
from bot.nlu.prefilter import screened

_TYPES = {"phuong": "phường", "p": "phường", "xa": "xã", "x": "xã", "thi tran": "thị trấn",
          "tt": "thị trấn", "dac khu": "đặc khu"}
_ENGLISH_TYPES = {"phường": "ward", "xã": "commune", "thị trấn": "township",
                  "đặc khu": "special zone"}
_DISTRICT_WORDS = r"quan|q|huyen|h|thi xa|tx|thanh pho|tp"
# ("p7", "p.7": a number written against its "p")
_TYPE_PREFIX = re.compile(r"^(phuong|xa|thi tran|dac khu|p|x|tt)(?:\.\s*|\s+|(?=\d))(?=\w)")
_DISTRICT_PREFIX = re.compile(rf"^({_DISTRICT_WORDS})(?:\.\s*|\s+)(?=\w)")
_OLD_MARK = screened(r"\s*\(?\s*(cu|old)\s*\)?\s*$")


@dataclass(frozen=True)
class Former:
    """A pre-2025 unit now (wholly, or in `part`) inside a new one."""
    name: str
    type: str = ""
    district: str = ""
    part: bool = False
    province: str = ""   # the old province, when not this one ("Tỉnh Sóc Trăng")

    @property
    def label(self) -> str:
        return f"{self.type} {self.name}".strip()


@dataclass(frozen=True)
class Ward:
    name: str
    type: str
    formerly: tuple[str, ...] = ()
    note: tuple[tuple[str, str], ...] = ()
    code: str = ""
    lat: float | None = None
    lon: float | None = None
    area_km2: float = 0.0
    former: tuple[Former, ...] = ()

    def note_in(self, language: str) -> str | None:
        return dict(self.note).get(language)

    @property
    def label(self) -> str:
        return f"{self.type} {self.name}"

    def label_in(self, language: str) -> str:
        """"phường Ninh Kiều" in Vietnamese, "Ninh Kiều ward" in English."""
        if language == "vi":
            return self.label
        kind = _ENGLISH_TYPES.get(self.type)
        return f"{self.name} {kind}" if kind else self.label


@dataclass(frozen=True)
class WardMatch:
    ward: Ward
    old_name: str | None  # the former name the person typed, when they typed one
    old_district: str = ""  # that former unit's district, to tell candidates apart

    @property
    def choice_label(self) -> str:
        """A button that tells candidates apart: "phường Ninh Kiều · Quận Ninh Kiều"."""
        return f"{self.ward.label} · {self.old_district}" if self.old_district else self.ward.label


def _district_key(district: str) -> str:
    return _DISTRICT_PREFIX.sub("", fold(district).strip())


_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
# How much farther than the nearest a unit claiming a name in a district may lie and still be
# offered: the parts of an old unit split in 2025 are neighbours, a same-named unit of another
# former province lies tens of kilometres off.
_SPLIT_KM = 8.0
_ROMAN_DIGITS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
                 "viii": "8", "ix": "9", "x": "10"}


def digits_of(name: str) -> str | None:
    """The number an old ward's Roman numeral is typed as ("IV" → "4"), else None."""
    return _ROMAN_DIGITS.get(fold(name).strip())


def _is_number(key: str) -> bool:
    """A numbered old unit ("Phường 1", "Phường VII" in Vị Thanh): it counts only with its type
    word, since "I" and "V" are English words and digits are anything."""
    return key.replace(" ", "").isdigit() or key in _ROMAN


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# A street or alley named ("đường", "hẻm", "street"): the name after it is the street's.
# ("thành phố" is a city, "bố dượng" a stepfather: neither a street)
_STREET_CUE = screened(r"(?<!thanh )(?<!bo )(?<!cha )(?<!ba )"
                         r"\b(duong|hem|kiet|pho|street|st|road|rd|avenue|dai lo)\b ?")

_STREET_NAMED = re.compile(r"(?<!thanh )(?<!bo )(?<!cha )(?<!ba )"
                           r"\b(duong|hem|kiet|pho|street|st|road|rd|avenue|dai lo)( \w+){1,4}")

# How many messages' candidates a WardIndex remembers (see `candidates`).
_RECENT_LIMIT = 256

# The provinces merged into the city in 2025, whose names a ward of the city also bears.
_OLD_PROVINCES = frozenset({"soc trang", "hau giang", "can tho"})
_PROVINCE_PREFIX = re.compile(r"^(tinh|thanh pho)\s+")
# An old numbered ward ("phường 9", "p.IX"): its number
_NUMBERED = re.compile(r"(?<!\w)(?:phuong|p)\.?\s*(\d{1,2}|[ivx]{1,4})(?!\w)")


class WardIndex:
    """Looks up wards by current or former name, typed with or without diacritics."""

    def __init__(self, wards: list[Ward], province: str = "", province_code: int | None = None):
        self.wards = tuple(wards)
        # Province names (provinces.yml beside the units file): "ở Hậu Giang", "TP HCM".
        self.provinces: ProvinceIndex | None = None
        self.province = province
        self.province_code = province_code
        self._current: dict[str, list[Ward]] = {}
        self._former: dict[str, list[tuple[Ward, Former]]] = {}
        self._district: dict[str, list[Ward]] = {}
        self._district_by_province: dict[str, dict[str, list[Ward]]] = {}
        self._recent: dict[str, tuple[WardMatch, ...]] = {}
        for ward in wards:
            self._current.setdefault(fold(ward.name), []).append(ward)
            for old in ward.former:
                self._former.setdefault(fold(old.name), []).append((ward, old))
                if (digits := _ROMAN_DIGITS.get(fold(old.name))) is not None:
                    # Vị Thanh's "Phường V" is typed "phường 5" as often as not
                    self._former.setdefault(digits, []).append((ward, old))
                if old.district:
                    found = self._district.setdefault(_district_key(old.district), [])
                    if ward not in found:
                        found.append(ward)
                    province = _PROVINCE_PREFIX.sub("", fold(old.province))
                    same = self._district_by_province.setdefault(
                        _district_key(old.district), {}).setdefault(province, [])
                    if ward not in same:
                        same.append(ward)
        # Old districts of one name in two old provinces (Châu Thành of Hậu Giang and of Sóc
        # Trăng, both in Cần Thơ since 2025), with each province's name as a pattern
        self._shared_districts = [
            (re.compile(rf"(?<!\w)({_DISTRICT_WORDS})?\.?\s*{re.escape(key)}(?!\w)"),
             [(re.compile(rf"(?<!\w){re.escape(province)}(?!\w)"), wards)
              for province, wards in by_province.items() if province])
            for key, by_province in self._district_by_province.items() if len(by_province) > 1]
        # Old district names searched for inside sentences: one pattern answers "is any named?"
        # (most messages name none), then each key's own compiled pattern lists them all.
        self._district_patterns = [(key, re.compile(rf"(?<!\w){re.escape(key)}(?!\w)"))
                                   for key in self._district]
        self._any_district = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(self._district, key=len,
                                                                  reverse=True)) + r")(?!\w)"
        ) if self._district else None
        # Keys searched for inside sentences, longest first; a bare number ("1" for the old
        # "Phường 1") only counts with its type word.
        keys = {k for k in (*self._current, *self._former) if not _is_number(k)}
        numbered = {k for k in self._former if _is_number(k)}
        names = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        old = r"(\s*\(?\s*cu\b)?(?!\w)"
        # A type word before a name is the surest sign ("phuong binh thuy" is Bình Thủy, not
        # Phương Bình + "thuy"), so those are looked for first.
        self._typed = re.compile(
            r"(?<!\w)(?:phuong|xa|thi tran|p|x|tt)\.?\s*("
            + "|".join(filter(None, (names, *map(re.escape, numbered)))) + ")" + old) \
            if keys or numbered else None
        self._sentence = re.compile(r"(?<!\w)(" + names + ")" + old) if keys else None

    @classmethod
    def load(cls, path: Path) -> WardIndex:
        data = read_yaml(path)
        if isinstance(data, dict) and isinstance(data.get("units"), list):
            index = cls._load_units(path, data)
            if (path.parent / "provinces.yml").is_file():
                index.provinces = ProvinceIndex.load(path.parent / "provinces.yml")
            return index
        if not isinstance(data, dict) or not isinstance(data.get("wards"), list):
            raise DataFileError(f"{path}: expected a mapping with a `units:` or `wards:` list")
        wards = []
        for index, item in enumerate(data["wards"], start=1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise DataFileError(f"{path}: ward #{index} needs a `name`")
            formerly = item.get("formerly") or []
            if not isinstance(formerly, list) or not all(isinstance(x, str) for x in formerly):
                raise DataFileError(f"{path}: ward {item['name']}: `formerly` must be a list of names")
            note = tuple((lang, item[f"note_{lang}"]) for lang in ("vi", "en")
                         if isinstance(item.get(f"note_{lang}"), str))
            former = tuple(Former(re.sub(r"\s*\((cũ|cu|old)\)\s*$", "", x)) for x in formerly)
            wards.append(Ward(item["name"], str(item.get("type", "phường")), tuple(formerly), note,
                              former=former))
        return cls(wards)

    @classmethod
    def _load_units(cls, path: Path, data: dict) -> WardIndex:
        wards = []
        for index, item in enumerate(data["units"], start=1):
            try:
                # (names are stripped: the generated file has " Phú Hữu", " Đại Hải")
                former = tuple(Former(str(f["name"]).strip(), str(f.get("type", "")).strip(),
                                      str(f.get("district", "")).strip(),
                                      bool(f.get("part", False)),
                                      str(f.get("province", "")).strip())
                               for f in item.get("formerly") or [])
                wards.append(Ward(
                    str(item["name"]).strip(), str(item["type"]).strip(),
                    formerly=tuple(f.name for f in former), code=str(item.get("code", "")),
                    lat=float(item["lat"]), lon=float(item["lon"]),
                    area_km2=float(item.get("area_km2") or 0), former=former))
            except (KeyError, TypeError, ValueError) as exc:
                raise DataFileError(f"{path}: unit #{index} is incomplete ({exc})") from exc
        code = data.get("province_code")
        return cls(wards, str(data.get("province", "")), int(code) if code is not None else None)

    @classmethod
    def for_province(cls, code: int, data_dir: Path = Path("data/units")) -> WardIndex:
        return cls.load(data_dir / f"{code}.yml")

    def province_named(self, text: str) -> ProvinceMatch | None:
        """The province a message names, when it names no ward of this index (a ward's name wins:
        "Sóc Trăng" is a ward of new Cần Thơ as well as a former province)."""
        if self.provinces is None or self.candidates(text):
            return None
        # "cantho", "tp.cantho": the city's name written as one word
        found = self.provinces.find(text) or self.provinces.find(
            re.sub(r"(?i)\b(tp\.?\s*)?c(?:a|ầ)n\s?th(?:o|ơ)\b", "Cần Thơ", text))
        if found is not None and _STREET_CUE.search(fold(text)) and \
                self.provinces.find(_STREET_NAMED.sub(" ", fold(text))) is None:
            return None   # "đường Hòa Bình", Ninh Kiều's avenue: no province
        return found

    def get(self, name: str) -> Ward | None:
        """The ward with exactly this current name (folded)."""
        found = self._current.get(fold(name))
        return found[0] if found else None

    def candidates(self, text: str) -> list[WardMatch]:
        """Every unit a typed answer may mean: one when it is clear, several when the person
        should choose, none when it names no unit. A whole answer first ("p. Xuân Khánh",
        "tan an cu", "quan Ninh Kieu"), else the longest name inside a sentence.

        A turn asks this of the same message up to three times (the language check, the
        province check, the step), so the last few answers are remembered; the index never
        changes once built, so a remembered answer cannot go stale."""
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= _RECENT_LIMIT:
                self._recent.clear()
            matches = self._candidates(text)
            if matches and self._elsewhere(text, matches):
                matches = []
            found = self._recent[text] = tuple(matches)
        return list(found)

    def _elsewhere(self, text: str, matches: list[WardMatch]) -> bool:
        """Another province named beside the ward ("phong điền huế", "tân an long an", "an
        hòa rạch giá"): the namesake there is meant, not this city's unit of that name."""
        if self.provinces is None:
            return False
        rest = f" {fold(text)} "
        for match in matches:
            for name in (match.old_name, match.ward.name, match.old_district):
                if name:
                    rest = re.sub(rf"(?<!\w){re.escape(_district_key(name) if name is match.old_district else fold(name))}(?!\w)", " ", rest)
        other = self.provinces.find(_STREET_NAMED.sub(" ", rest))   # ("đường Hòa Bình")
        return other is not None and other.code != self.province_code

    def without_streets(self, folded: str) -> str:
        """The text with a street named after a unit left out: "đường Châu Văn Liêm" (the city
        hospital's street, in Ninh Kiều) and "đường Hòa Bình" are no wards."""
        if self._sentence is None or not _STREET_CUE.search(folded):
            return folded
        out, at = [], 0
        for cue in _STREET_CUE.finditer(folded):
            name = self._sentence.match(folded, cue.end())
            if cue.start() < at or name is None:
                continue
            out.append(folded[at:cue.start()])
            at = name.end()
        out.append(folded[at:])
        return " ".join("".join(out).split())

    @staticmethod
    def digits_of(name: str) -> str | None:
        """The number an old ward's Roman numeral is typed as ("IV" → "4"), else None."""
        return digits_of(name)

    def forget_recent(self) -> None:
        """Drop the remembered answers (the benchmarks do, so every pass pays for new text)."""
        self._recent.clear()

    def _candidates(self, text: str) -> list[WardMatch]:
        if _STREET_CUE.search(fold(text)):
            text = self.without_streets(fold(text))
        found = self._whole(text)
        if found or self._sentence is None or self._typed is None:
            return found
        folded = f" {fold(text)} "
        if (in_district := self._in_named_district(folded)):
            return in_district
        if (shared := self._shared_district(folded)):
            return shared
        if (numbered := self._unknown_number_in_district(folded)):
            return numbered
        for pattern in (self._typed, self._sentence):
            matches = list(pattern.finditer(folded))
            # "ngã năm sóc trăng": a ward, then the old province it was in (whose name a ward
            # also bears); the province named after another ward is its address, not the ward
            if len(matches) > 1:
                matches = [m for i, m in enumerate(matches)
                           if not (m.group(1).strip() in _OLD_PROVINCES and i > 0)]
            best = max(matches, key=lambda m: len(m.group(1)), default=None)
            if best and (found := self._whole(best.group(0))):
                return found
        return []

    def _in_named_district(self, folded: str) -> list[WardMatch]:
        """A name said with the old district it was in ("xã Tân Thạnh, Thới Lai", "long hung o
        mon", "phường 5 Vị Thanh", "nhơn ái phong điền"): the unit of that name in that district,
        though another unit of the same name lies elsewhere (or the district's own name is the
        longer one). Empty when no district is named beside another name, or none fits."""
        if self._any_district is None or not self._any_district.search(folded):
            return []
        districts = [key for key, pattern in self._district_patterns if pattern.search(folded)]
        if not districts:
            return []
        names = [m for pattern in (self._typed, self._sentence) if pattern is not None
                 for m in pattern.finditer(folded)]
        found: dict[str, WardMatch] = {}
        for match in names:
            key = match.group(1).strip()   # (the type word is outside the group)
            if key in districts:
                continue   # the district itself, not the unit in it
            for district in districts:
                for ward in self._current.get(key, []):
                    if any(_district_key(old.district) == district for old in ward.former):
                        found.setdefault(ward.name, WardMatch(ward, None))
                for ward, old in self._former.get(key, []):
                    if old.district and _district_key(old.district) == district:
                        found.setdefault(ward.name, WardMatch(ward, old.name, old.district))
        return self._nearest_to_districts(list(found.values()), districts)

    def _shared_district(self, folded: str) -> list[WardMatch]:
        """An old district whose name two old provinces had ("huyện Châu Thành", "châu thành
        sóc trăng"): with its province named, that district's units; said as a district
        ("huyện …"), every unit of both, to choose from, never the one current unit that bears
        the name (xã Châu Thành lies in Hậu Giang's, 50 km from Sóc Trăng's). Said alone,
        the current unit of that name is meant, as for any name."""
        for district, provinces in self._shared_districts:
            said = district.search(folded)
            if said is None:
                continue
            rest = folded[:said.start()] + " " + folded[said.end():]
            named = [wards for province, wards in provinces if province.search(rest)]
            if len(named) == 1:
                return [WardMatch(w, None) for w in named[0]]
            if said.group(1):
                return [WardMatch(w, None) for _, wards in provinces for w in wards]
        return []

    def _unknown_number_in_district(self, folded: str) -> list[WardMatch]:
        """An old numbered ward the data does not have, said with its town ("phường 9 Sóc
        Trăng": the libraries list no Phường 9 there): the town's units, to choose from, rather
        than the one unit named after the town. (A number it has is found before this.)"""
        if self._any_district is None or not self._any_district.search(folded):
            return []
        numbers = [m for m in _NUMBERED.finditer(folded)
                   # ("phường Vị Thanh" is a name, not Phường VI)
                   if self._typed is None or (named := self._typed.match(folded, m.start())) is None
                   or _is_number(named.group(1).strip())]
        if not numbers:
            return []
        towns = [key for key, pattern in self._district_patterns if pattern.search(folded)]
        return [WardMatch(w, None) for key in towns for w in self._district.get(key, [])]

    def _nearest_to_districts(self, found: list[WardMatch], districts: list[str]) -> list[WardMatch]:
        """Of several units that each claim a name in the district, the one that lies in it. The
        generator drops the library's links between same-named old communes of the merged
        provinces (units_build.CROSS_LINK_KM); this is the fallback for what is left, such as
        two districts both called Châu Thành. The units whose centroid is nearest the
        district's own units' are kept (within 1.5× of the nearest)."""
        points = [(w.lat, w.lon) for d in districts for w in self._district.get(d, [])
                  if w.lat is not None and w.lon is not None]
        placed = [m for m in found if m.ward.lat is not None and m.ward.lon is not None]
        if len(found) < 2 or not points or len(placed) != len(found):
            return found
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        far = {m.ward.name: distance_km(lat, lon, m.ward.lat, m.ward.lon) for m in placed}  # type: ignore[arg-type]
        nearest = min(far.values())
        # (the parts of a unit really split in 2025 lie side by side: kept whatever the flag)
        return [m for m in found if far[m.ward.name] <= max(1.5 * nearest, nearest + _SPLIT_KM)]

    def close_to(self, text: str, limit: int = 3) -> list[WardMatch]:
        """Current units whose name a short answer that names none may be a typo of ("ninh
        kìu", "cai rangg", "binh thuyy"): offered as a choice, never taken on their own. Only
        answers of one to four words, and only names at least 80% alike (difflib's ratio)."""
        key = _TYPE_PREFIX.sub("", fold(text).strip(" .,!?;:"))
        key = re.sub(r"\s+", " ", key)
        if not key or not 1 <= len(key.split()) <= 4 or len(key) < 4 or _is_number(key):
            return []
        names = [k for k in self._current if not _is_number(k)]
        return [WardMatch(self._current[name][0], None)
                for name in difflib.get_close_matches(key, names, n=limit, cutoff=0.8)]

    def lookup(self, text: str) -> WardMatch | None:
        """The one ward a whole typed answer names ("ninh kieu", "phường Xuân Khánh"); None
        when it names none or several (see `candidates`)."""
        found = self._whole(text)
        return found[0] if len(found) == 1 else None

    def find_in(self, text: str) -> WardMatch | None:
        """The one ward named in a sentence ("o ninh kieu co cho nao ko"); None when none or
        several."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 else None

    def _whole(self, text: str) -> list[WardMatch]:
        key = fold(text).strip(" .,!?;:")   # (fold leaves single spaces only)
        old_only = bool(_OLD_MARK.search(key)) and not any(
            fold(w.name) == key for w in self.wards)
        if old_only:
            key = _OLD_MARK.sub("", key)
        if _DISTRICT_PREFIX.match(key) and (wards := self._district.get(_district_key(key))):
            return [WardMatch(w, None) for w in wards]  # an old district: its new units
        kind = None
        typed = _TYPE_PREFIX.match(key)
        if typed and not old_only and key in self._current:  # "Phương Bình", "Xà Phiên"
            typed = None
        if typed:
            kind = _TYPES[typed.group(1)]
            key = key[typed.end():]
        if not old_only:
            current = [w for w in self._current.get(key, []) if kind in (None, w.type)]
            if current:
                return [WardMatch(w, None) for w in current]
        if _is_number(key) and kind is None:
            return []
        matches: dict[tuple[str, str], WardMatch] = {}
        for ward, old in self._former.get(key, []):
            if kind in (None, old.type):
                matches.setdefault((ward.name, old.district),
                                   WardMatch(ward, old.name, old.district))
        found = list(matches.values())
        if len({m.ward.name for m in found}) == 1:
            return found[:1]
        return found

    @property
    def has_centroids(self) -> bool:
        return any(w.lat is not None for w in self.wards)

    def nearest(self, lat: float, lon: float) -> tuple[Ward, float] | None:
        """The unit whose centroid is nearest, with the distance in km; None when the point is
        farther from every unit than that unit's size allows (outside the province) or when the
        data has no centroids."""
        best: tuple[Ward, float] | None = None
        for ward in self.wards:
            if ward.lat is None or ward.lon is None:
                continue
            d = distance_km(lat, lon, ward.lat, ward.lon)
            if best is None or d < best[1]:
                best = (ward, d)
        if best is None:
            return None
        ward, d = best
        reach = 2 * math.sqrt(max(ward.area_km2, 1.0) / math.pi) + 2.0
        return best if d <= reach else None
