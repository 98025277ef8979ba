"""Issue 13, the directory: every placed entry carries its unit's official code, and every unit
has its own People's Committee and police ("your ward's" entries, the law's reporting places),
named after the unit searched, with a map search instead of an invented address."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
import yaml

from bot.core.render import detail_replies, provider_reply
from bot.knowledge.content import Content
from bot.knowledge.providers import ProviderDirectory
from bot.knowledge.providers_check import check_entries
from bot.knowledge.providers_table import COLUMNS, import_table
from bot.knowledge.wards import WardIndex


@pytest.fixture
def units(settings) -> WardIndex:
    return WardIndex.load(settings.wards_file)


@pytest.fixture
def directory(settings, units) -> ProviderDirectory:
    return ProviderDirectory.load(settings.providers_file, units)


def _entries(settings) -> list[dict]:
    return yaml.safe_load(settings.providers_file.read_text(encoding="utf-8"))["providers"]


def test_every_placed_entry_carries_its_units_code(settings, units):
    placed = [e for e in _entries(settings) if e.get("ward")]
    assert len(placed) >= 5
    for entry in placed:
        assert entry["ward_code"] == units.get(entry["ward"]).code, entry["id"]


def test_every_unit_has_its_own_committee_and_police(directory, units):
    assert len(units.wards) == 103
    for unit in units.wards:
        names = [f.name("vi", "?") for f in directory.in_ward(unit.name, limit=50)]
        assert f"UBND {unit.label}" in names, unit.name
        assert f"Công an {unit.label}" in names, unit.name
        assert f"Trạm y tế {unit.label}" in names, unit.name


def test_the_reporting_places_come_first_when_nothing_is_in_the_ward(directory):
    found = directory.in_ward("Phong Điền")
    assert [f.name("vi", "?") for f in found[:2]] == ["UBND xã Phong Điền", "Công an xã Phong Điền"]
    assert found[0].name("en", "?") == "People's Committee of Phong Điền commune"
    # a provider located in the ward still comes before them
    assert directory.in_ward("Ninh Kiều")[0].provider.id == "bv-da-khoa-tp-can-tho"


def test_a_shared_location_names_the_nearest_units_offices(directory, units):
    unit = units.get("Cái Răng")
    found = directory.near(unit.lat, unit.lon, limit=30)
    names = [f.name("vi", "?") for f in found]
    assert "UBND phường Cái Răng" in names and "Công an phường Cái Răng" in names


def test_far_from_every_placed_entry_the_units_own_offices_come_first(directory, units):
    unit = units.get("Thốt Nốt")
    found = directory.near(unit.lat, unit.lon, "health")
    assert found[0].name("vi", "?") == "Trạm y tế phường Thốt Nốt"
    assert found[1].distance_km is not None and found[1].distance_km > 30   # the city's hospital
    # near a placed entry, it still comes first, with its distance and its map
    centre = directory.near(10.03, 105.79, "health")
    assert centre[0].provider.id == "bv-da-khoa-tp-can-tho"


def test_without_a_unit_the_offices_say_your_ward(directory, settings):
    content = Content.load(settings)
    reply = provider_reply(content, "vi", None, directory.city_wide(limit=10), "s:more")
    assert "UBND phường/xã nơi bạn ở" in reply.text
    assert "{unit}" not in reply.text
    english = provider_reply(content, "en", None, directory.city_wide(limit=10), "s:more")
    assert "People's Committee of your ward or commune" in english.text


def test_offices_get_a_map_search_for_their_name_never_an_address(directory, settings):
    content = Content.load(settings)
    found = [f for f in directory.in_ward("Tân An", limit=50) if f.provider.per_unit]
    replies = detail_replies(content, "vi", found)
    text = "\n".join(r.text for r in replies)
    assert "Địa chỉ:" not in text  # no invented address
    links = [b.value for r in replies for b in r.buttons if b.kind == "url"]
    queries = [parse_qs(urlparse(link).query)["query"][0] for link in links]
    assert "UBND phường Tân An, Thành phố Cần Thơ" in queries
    # confidential places never get a map button, whatever the search
    hidden = [f for f in directory.city_wide(limit=50) if f.provider.confidential]
    assert hidden and all(f.map_query() is None for f in hidden)


def test_the_check_rejects_a_wrong_or_missing_code(settings):
    base = {"id": "x", "name": "Bệnh viện X", "services": ["health"], "scope": "ward",
            "ward": "Ninh Kiều", "source": "a page", "verified_on": "2026-11-01"}
    missing = check_entries([base], settings)[0]
    assert [str(p) for p in missing if p.field == "ward_code"] == [
        'error: x: ward_code: missing: phường Ninh Kiều has code "31135"']
    wrong = check_entries([{**base, "ward_code": "31147"}], settings)[0]
    assert any('"31147" (phường Tân An) is not the code of phường Ninh Kiều ("31135")' in str(p)
               for p in wrong)
    unknown = check_entries([{**base, "ward": None, "scope": "city", "ward_code": "99999"}],
                            settings)[0]
    assert any('unknown unit code "99999"' in str(p) for p in unknown)
    assert not [p for p in check_entries([{**base, "ward_code": "31135"}], settings)[0]
                if p.level == "error"]


def test_an_office_in_every_unit_has_no_single_address(settings):
    office = {"id": "y", "name": {"vi": "UBND {unit}", "en": "{unit} committee"},
              "services": ["legal_aid"], "scope": "city", "address": "1 Trần Phú",
              "source": "a law", "verified_on": "2026-11-01"}
    problems = [str(p) for p in check_entries([office], settings)[0] if p.level == "error"]
    assert any("scope" in p and "every_ward" in p for p in problems)
    assert any("address" in p and "no single address" in p for p in problems)


def test_import_names_the_row_and_field_of_a_wrong_code(settings, tmp_path):
    path = tmp_path / "p.csv"
    header = ",".join(COLUMNS)
    row = {c: "" for c in COLUMNS}
    row.update(id="bv-x", name_vi="Bệnh viện X", services="health", scope="ward",
               ward="Ninh Kiều", ward_code="31150", source="a page", verified_on="2026-11-01")
    path.write_text(header + "\n" + ",".join(row[c] for c in COLUMNS) + "\n", encoding="utf-8")
    result = import_table(path, settings)
    assert [str(p) for p in result.rejected] == [
        'row 2 (bv-x): ward_code: "31150" (phường An Bình) is not the code of phường Ninh Kiều '
        '("31135")']


def test_a_name_said_with_its_old_district_is_the_unit_in_that_district():
    """"long hung o mon" is the old Long Hưng of Ô Môn (now Thới Long), not xã Long Hưng of Mỹ
    Tú; "phường 5 Vị Thanh" is the old Phường V (now Vị Tân), not Sóc Trăng's Phường 5."""
    from pathlib import Path

    from bot.knowledge.wards import WardIndex

    index = WardIndex.load(Path(__file__).resolve().parents[2] / "data" / "units" / "92.yml")

    def names(text: str) -> list[str]:
        return [m.ward.name for m in index.candidates(text)]

    assert names("long hung o mon") == ["Thới Long"]
    assert names("tân phú cái răng") == ["Hưng Phú"]
    assert names("phuong 5 thanh pho vi thanh") == ["Vị Tân"]
    assert names("nhon ai phong dien") == ["Nhơn Ái"]
    assert set(names("phường 5")) == {"Vị Tân", "Sóc Trăng"}   # no district: a choice
    assert names("ninh kieu") == ["Ninh Kiều"]
    assert all(not name.startswith(" ") for name in (w.name for w in index.wards))
