"""The provider directory: loading `data/providers.yml` and finding services for a person.

Two ways in: a shared location (nearest first, with distance) or a ward. Entries marked
`confidential` (shelters, trusted addresses) never expose an address or a map pin, whatever the
file says; the check (`providers_check.py`) also refuses such data.

Every entry placed in one unit carries that unit's official code (`ward_code`) beside its name,
so a renamed or merged unit is caught by the check instead of silently mismatching. An entry whose
name holds `{unit}` exists once in every unit (the ward's People's Committee and police, the
law's reporting places): it is shown as "your ward's" entry, named after the unit being searched
(or the unit nearest a shared location), with a map search for that name instead of an address,
since no list of those offices' addresses is sourced.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.knowledge.wards import Ward, WardIndex
from bot.knowledge.yamlfile import DataFileError, read_yaml

SERVICES = ("shelter", "legal_aid", "health", "counselling", "police", "social_work")
SCOPES = ("ward", "every_ward", "city", "central")
UNIT = "{unit}"  # in a name: an entry that exists in every unit, named after it


@dataclass(frozen=True)
class GeoPoint:
    lat: float
    lon: float
    approximate_km: float | None = None


@dataclass(frozen=True)
class Provider:
    id: str
    name: dict[str, str]
    services: tuple[str, ...]
    scope: str
    source: str
    verified_on: dt.date | None
    description: dict[str, str] = field(default_factory=dict)
    ward: str | None = None
    address: str | None = None
    phones: tuple[str, ...] = ()
    hours: dict[str, str] = field(default_factory=dict)
    location: GeoPoint | None = None
    confidential: bool = False
    unverified: tuple[str, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)
    ward_code: str | None = None
    reporting_place: bool = False  # Law 13/2022 Art. 19 names it as a place that takes reports

    @property
    def per_unit(self) -> bool:
        """One office in every unit (its name holds `{unit}`), shown as "your ward's"."""
        return any(UNIT in name for name in self.name.values())

    def public_address(self) -> str | None:
        return None if self.confidential else self.address

    def public_location(self) -> GeoPoint | None:
        return None if self.confidential else self.location

    def text(self, mapping: dict[str, str], language: str) -> str:
        return mapping.get(language) or mapping.get("vi") or next(iter(mapping.values()), "")


@dataclass(frozen=True)
class Found:
    """A provider as shown for one search: its distance from a shared location, and for a
    per-unit entry the unit it stands for (None: the person's unit is not known)."""
    provider: Provider
    distance_km: float | None = None
    unit: Ward | None = None
    province: str = ""

    def name(self, language: str, unknown_unit: str) -> str:
        """The provider's name; a per-unit entry is named after the unit, or `unknown_unit`
        ("your ward or commune") when the search knew none."""
        name = self.provider.text(self.provider.name, language)
        if UNIT not in name:
            return name
        return name.replace(UNIT, self.unit.label_in(language) if self.unit else unknown_unit)

    def map_query(self) -> str | None:
        """What to search a map for when the entry has no pin: its Vietnamese name and the
        province (a per-unit office only once its unit is known); None for a confidential place
        or one with coordinates (the pin is used instead)."""
        p = self.provider
        if p.confidential or p.location is not None or (p.per_unit and self.unit is None):
            return None
        name = self.name("vi", "")
        return f"{name}, {self.province}" if self.province else name


def haversine_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# How far a unit's own offices (placed only by the unit) count as being from the person in it.
LOCAL_KM = 5.0


class ProviderDirectory:
    """Queries over the loaded entries. Pure and in memory: the file is small."""

    def __init__(self, providers: list[Provider], units: WardIndex | None = None):
        self.providers = tuple(providers)
        self.units = units

    @classmethod
    def load(cls, path: Path, units: WardIndex | None = None) -> ProviderDirectory:
        data = read_yaml(path)
        entries = data.get("providers") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a mapping with a `providers:` list")
        return cls([parse_provider(path, item, i) for i, item in enumerate(entries, start=1)],
                   units)

    def _matching(self, service: str | None) -> list[Provider]:
        return [p for p in self.providers if service is None or service in p.services]

    def near(self, lat: float, lon: float, service: str | None = None,
             limit: int = 5) -> list[Found]:
        """Placed providers nearest first, then the ones that serve everywhere."""
        placed = [Found(p, haversine_km(lat, lon, loc.lat, loc.lon))
                  for p in self._matching(service) if (loc := p.public_location())]
        placed.sort(key=lambda f: f.distance_km or 0.0)
        nearest = self.units.nearest(lat, lon) if self.units is not None else None
        unit = nearest[0] if nearest else None
        rest = self._everywhere(service, {f.provider.id for f in placed}, unit)
        if nearest is None:
            return (placed + rest)[:limit]
        # The offices of the unit the person is in (its People's Committee, police, health
        # station) are ranked among the placed ones as if they were `LOCAL_KM` away (or the
        # unit's centre, if farther): a hospital 40 km away does not come before the person's own
        # ward's health station, while a placed one close by (with its map) still comes first.
        unit_km = max(nearest[1], LOCAL_KM)
        local = [f for f in rest if f.provider.per_unit]
        ranked = sorted(placed + local, key=lambda f: unit_km if f.distance_km is None else f.distance_km)
        return (ranked + [f for f in rest if not f.provider.per_unit])[:limit]

    def in_ward(self, ward: str, service: str | None = None, limit: int = 5) -> list[Found]:
        """Providers in the ward first, then the ward's own offices, then city-wide ones."""
        local = [Found(p) for p in self._matching(service) if p.ward == ward and p.scope == "ward"]
        unit = self.units.get(ward) if self.units is not None else None
        rest = self._everywhere(service, {f.provider.id for f in local}, unit)
        return (local + rest)[:limit]

    def city_wide(self, service: str | None = None, limit: int = 5) -> list[Found]:
        return self._everywhere(service, set(), None)[:limit]

    def _everywhere(self, service: str | None, exclude: set[str],
                    unit: Ward | None) -> list[Found]:
        """Entries not tied to one place: the unit's own reporting places first (its People's
        Committee and police, where the law says a report must be taken), then those a person
        can phone, open ones before confidential ones, nearer scopes first."""
        order = {"every_ward": 0, "city": 1, "central": 2, "ward": 3}
        rest = [p for p in self._matching(service) if p.id not in exclude and p.scope != "ward"]
        rest.sort(key=lambda p: (0,) if p.per_unit and p.reporting_place else
                  (1, not p.phones, p.confidential, order[p.scope]))  # stable: file order
        province = self.units.province if self.units is not None else ""
        return [Found(p, unit=unit if p.per_unit else None, province=province) for p in rest]


def parse_provider(path: Path, item: Any, index: int) -> Provider:
    """One entry → Provider; structural problems raise DataFileError naming the entry."""
    if not isinstance(item, dict):
        raise DataFileError(f"{path}: entry #{index} must be a mapping")
    pid = item.get("id")
    where = f"{path}: {pid or f'entry #{index}'}"

    def lang_map(key: str, required: bool = False) -> dict[str, str]:
        value = item.get(key)
        if value is None and not required:
            return {}
        if isinstance(value, str):
            return {"vi": value}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise DataFileError(f"{where}: `{key}` must be text or a vi/en mapping")
        return dict(value)

    if not isinstance(pid, str) or not pid:
        raise DataFileError(f"{where}: `id` is missing")
    services = item.get("services") or []
    if not isinstance(services, list):
        raise DataFileError(f"{where}: `services` must be a list")
    loc = item.get("location")
    location = None
    if loc is not None:
        try:
            location = GeoPoint(float(loc["lat"]), float(loc["lon"]),
                                float(loc["approximate_km"]) if loc.get("approximate_km") else None)
        except (TypeError, KeyError, ValueError):
            raise DataFileError(f"{where}: `location` needs numeric lat and lon") from None
    verified = item.get("verified_on")
    if isinstance(verified, str):
        try:
            verified = dt.date.fromisoformat(verified)
        except ValueError:
            raise DataFileError(f"{where}: `verified_on` must be a date YYYY-MM-DD") from None
    phones = item.get("phones") or []
    if not isinstance(phones, list):
        raise DataFileError(f"{where}: `phones` must be a list")
    return Provider(
        id=pid, name=lang_map("name", required=True), services=tuple(map(str, services)),
        scope=str(item.get("scope", "ward")), source=str(item.get("source", "")),
        verified_on=verified if isinstance(verified, dt.date) else None,
        description=lang_map("description"), ward=item.get("ward"), address=item.get("address"),
        phones=tuple(str(p) for p in phones), hours=lang_map("hours"), location=location,
        confidential=bool(item.get("confidential", False)),
        unverified=tuple(map(str, item.get("unverified") or [])), notes=lang_map("notes"),
        ward_code=str(item["ward_code"]) if item.get("ward_code") is not None else None,
        reporting_place=bool(item.get("reporting_place", False)),
    )
