"""`companion providers check`: validate the directory an officer edited before it goes live.

Errors (exit 1) are things the bot must not show: a shelter's address, a malformed phone, a
duplicate id, a pin outside the city. Warnings are things to fix soon: an entry not verified for
longer than `[providers] stale_after_days`, unverified fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.knowledge.providers import SCOPES, SERVICES
from bot.knowledge.wards import WardIndex
from bot.knowledge.yamlfile import DataFileError, read_yaml

# 111-115 national lines; 1800/1900 service lines; 0… landlines (0292 …) and mobiles (10 digits).
_PHONE = re.compile(r"^(11[1-5]|1[89]00\d{4,6}|0\d{9,10})$")
_PHONE_CHARS = re.compile(r"^[\d .]+$")
KNOWN_FIELDS = {"id", "name", "services", "description", "scope", "ward", "address", "phones",
                "hours", "location", "confidential", "unverified", "notes", "source",
                "verified_on", "ward_code", "reporting_place"}


@dataclass(frozen=True)
class Problem:
    level: str  # "error" | "warning"
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        if self.field == "file":
            return f"{self.level}: {self.message}"
        return f"{self.level}: {self.entry}: {self.field}: {self.message}"


def valid_phone(number: str) -> bool:
    return bool(_PHONE_CHARS.match(number)) and bool(_PHONE.match(re.sub(r"[ .]", "", number)))


def check_file(path: Path, settings: Settings, today: dt.date | None = None) -> list[Problem]:
    """Every problem in the file, errors and warnings, in file order."""
    try:
        data = read_yaml(path)
    except DataFileError as exc:
        return [Problem("error", str(path), "file", str(exc))]
    entries = data.get("providers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [Problem("error", str(path), "providers", "expected a mapping with a `providers:` list")]
    return [p for row in check_entries(entries, settings, today) for p in row]


def check_entries(entries: list[Any], settings: Settings,
                  today: dt.date | None = None) -> list[list[Problem]]:
    """The problems of each entry, one list per entry in order (a table import reports them by
    row). A ward file that cannot be read is one error for the first entry."""
    try:
        wards = WardIndex.load(settings.wards_file)
    except DataFileError as exc:
        return [[Problem("error", str(settings.wards_file), "file", str(exc))]]
    today = today or dt.datetime.now(settings.city.timezone).date()
    seen: set[str] = set()
    return [_check_entry(item, index, seen, settings, wards, today)
            for index, item in enumerate(entries, start=1)]


def _check_entry(item: Any, index: int, seen: set[str], settings: Settings, wards: WardIndex,
                 today: dt.date) -> list[Problem]:
    if not isinstance(item, dict):
        return [Problem("error", f"entry #{index}", "-", "must be a mapping")]
    pid = item.get("id")
    name = pid if isinstance(pid, str) and pid else f"entry #{index}"
    out: list[Problem] = []

    def err(field: str, message: str) -> None:
        out.append(Problem("error", name, field, message))

    def warn(field: str, message: str) -> None:
        out.append(Problem("warning", name, field, message))

    if not isinstance(pid, str) or not pid:
        err("id", "missing")
    elif pid in seen:
        err("id", f'duplicate id "{pid}"')
    else:
        seen.add(pid)
    for key in sorted(set(item) - KNOWN_FIELDS):
        err(key, "unknown field")
    names = item.get("name")
    if not (isinstance(names, str) and names.strip()) and not (
            isinstance(names, dict) and isinstance(names.get("vi"), str) and names["vi"].strip()):
        err("name", "needs a Vietnamese name (text or a mapping with `vi`)")
    services = item.get("services")
    if not isinstance(services, list) or not services:
        err("services", f"must be a non-empty list of {', '.join(SERVICES)}")
        services = []
    for service in services:
        if service not in SERVICES:
            err("services", f'unknown service "{service}" (use {", ".join(SERVICES)})')
    scope = item.get("scope", "ward")
    if scope not in SCOPES:
        err("scope", f'must be one of {", ".join(SCOPES)}, got "{scope}"')
    ward = item.get("ward")
    if ward is not None and (not isinstance(ward, str) or wards.get(ward) is None):
        hint = wards.lookup(ward) if isinstance(ward, str) else None
        extra = f' (old name: the 2025 unit is "{hint.ward.name}")' if hint else ""
        err("ward", f'unknown ward/commune "{ward}"{extra}')
    if scope == "ward" and ward is None:
        err("ward", 'scope "ward" needs a ward')
    _check_ward_code(item, wards, err)
    if _per_unit(names):
        if scope != "every_ward":
            err("scope", 'a name with {unit} is an office in every unit: scope "every_ward"')
        for placed in ("address", "location", "ward", "ward_code"):
            if item.get(placed):
                err(placed, "an office in every unit has no single "
                            f"{placed.replace('_', ' ')}: the unit searched names it")
    phones = item.get("phones", [])
    if not isinstance(phones, list):
        err("phones", "must be a list")
        phones = []
    for phone in phones:
        if not isinstance(phone, str) or not valid_phone(phone):
            err("phones", f'"{phone}" is not a valid Vietnamese phone number')
    location = item.get("location")
    if location is not None:
        out += _check_location(name, location, settings)
    confidential = bool(item.get("confidential")) or "shelter" in services
    if confidential:
        if item.get("address"):
            err("address", "a shelter or trusted address must never publish its address")
        if location is not None:
            err("location", "a shelter or trusted address must never publish coordinates")
        if "shelter" in services and not item.get("confidential"):
            err("confidential", "shelters must be marked `confidential: true`")
    if not str(item.get("source", "")).strip():
        err("source", "every entry must cite where its facts come from")
    verified = item.get("verified_on")
    if isinstance(verified, str):
        try:
            verified = dt.date.fromisoformat(verified)
        except ValueError:
            verified = None
    if not isinstance(verified, dt.date):
        err("verified_on", "must be a date (YYYY-MM-DD)")
    elif verified > today:
        err("verified_on", f"{verified} is in the future")
    elif (today - verified).days > settings.stale_after_days:
        warn("verified_on", f"last verified {verified}, more than "
                            f"{settings.stale_after_days} days ago")
    unverified = item.get("unverified") or []
    if isinstance(unverified, list) and unverified:
        warn("unverified", "not yet verified: " + ", ".join(map(str, unverified)))
    return out


def _per_unit(names: Any) -> bool:
    texts = [names] if isinstance(names, str) else list(names.values()) \
        if isinstance(names, dict) else []
    return any(isinstance(t, str) and "{unit}" in t for t in texts)


def _check_ward_code(item: dict, wards: WardIndex, err: Callable[[str, str], None]) -> None:
    """A placed entry carries its unit's official code, and the code matches the name."""
    ward, code = item.get("ward"), item.get("ward_code")
    unit = wards.get(ward) if isinstance(ward, str) else None
    if code is not None and not isinstance(code, (str, int)):
        err("ward_code", "must be the unit's code, e.g. \"31135\"")
        return
    by_code = {w.code: w for w in wards.wards if w.code}
    if unit is not None and unit.code:
        if code is None:
            err("ward_code", f'missing: {unit.label} has code "{unit.code}"')
        elif str(code) != unit.code:
            other = by_code.get(str(code))
            named = f" ({other.label})" if other else ""
            err("ward_code", f'"{code}"{named} is not the code of {unit.label} '
                             f'("{unit.code}")')
    elif ward is None and code is not None:
        err("ward_code", "needs the unit's name in `ward` too" if str(code) in by_code
            else f'unknown unit code "{code}"')


def _check_location(name: str, location: Any, settings: Settings) -> list[Problem]:
    try:
        lat, lon = float(location["lat"]), float(location["lon"])
    except (TypeError, KeyError, ValueError):
        return [Problem("error", name, "location", "needs numeric `lat` and `lon`")]
    if not settings.city.bounds.contains(lat, lon):
        return [Problem("error", name, "location",
                        f"({lat}, {lon}) is outside {settings.city.name}'s bounds in the config")]
    return []
