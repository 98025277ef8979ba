"""The provider directory: loading `data/providers.yml` and finding services for a person.

Two ways in: a shared location (nearest first, with distance) or a ward. Entries marked
`confidential` (shelters, trusted addresses) never expose an address or a map pin, whatever the
file says; the check (`providers_check.py`) also refuses such data.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.knowledge.yamlfile import DataFileError, read_yaml

SERVICES = ("shelter", "legal_aid", "health", "counselling", "police", "social_work")
SCOPES = ("ward", "every_ward", "city", "central")


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

    def public_address(self) -> str | None:
        return None if self.confidential else self.address

    def public_location(self) -> GeoPoint | None:
        return None if self.confidential else self.location

    def text(self, mapping: dict[str, str], language: str) -> str:
        return mapping.get(language) or mapping.get("vi") or next(iter(mapping.values()), "")


@dataclass(frozen=True)
class Found:
    provider: Provider
    distance_km: float | None = None


def haversine_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


class ProviderDirectory:
    """Queries over the loaded entries. Pure and in memory: the file is small."""

    def __init__(self, providers: list[Provider]):
        self.providers = tuple(providers)

    @classmethod
    def load(cls, path: Path) -> ProviderDirectory:
        data = read_yaml(path)
        entries = data.get("providers") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a mapping with a `providers:` list")
        return cls([parse_provider(path, item, i) for i, item in enumerate(entries, start=1)])

    def _matching(self, service: str | None) -> list[Provider]:
        return [p for p in self.providers if service is None or service in p.services]

    def near(self, lat: float, lon: float, service: str | None = None,
             limit: int = 5) -> list[Found]:
        """Placed providers nearest first, then the ones that serve everywhere."""
        placed = [Found(p, haversine_km(lat, lon, loc.lat, loc.lon))
                  for p in self._matching(service) if (loc := p.public_location())]
        placed.sort(key=lambda f: f.distance_km or 0.0)
        return (placed + self._everywhere(service, exclude={f.provider.id for f in placed}))[:limit]

    def in_ward(self, ward: str, service: str | None = None, limit: int = 5) -> list[Found]:
        """Providers in the ward first, then those present in every ward, then city-wide ones."""
        local = [Found(p) for p in self._matching(service) if p.ward == ward and p.scope == "ward"]
        rest = self._everywhere(service, exclude={f.provider.id for f in local})
        return (local + rest)[:limit]

    def city_wide(self, service: str | None = None, limit: int = 5) -> list[Found]:
        return self._everywhere(service, exclude=set())[:limit]

    def _everywhere(self, service: str | None, exclude: set[str]) -> list[Found]:
        order = {"every_ward": 0, "city": 1, "central": 2, "ward": 3}
        rest = [p for p in self._matching(service) if p.id not in exclude and p.scope != "ward"]
        rest.sort(key=lambda p: (order[p.scope], not p.phones))
        return [Found(p) for p in rest]


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
    )
