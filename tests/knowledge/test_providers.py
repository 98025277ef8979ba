"""The provider directory: nearest first, by ward (typed without diacritics, old names), checks."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import yaml

from bot.knowledge.providers import ProviderDirectory
from bot.knowledge.providers_check import check_file, valid_phone
from bot.knowledge.wards import WardIndex


def test_location_orders_by_distance(settings):
    directory = ProviderDirectory.load(settings.providers_file)
    found = directory.near(10.035, 105.785)
    placed = [f for f in found if f.distance_km is not None]
    assert [f.provider.id for f in placed][:2] == ["bv-da-khoa-tp-can-tho", "ctxh-can-tho"]
    distances = [f.distance_km for f in placed]
    assert distances == sorted(distances)
    # from the south-west the Social Work Centre is nearer than the hospital
    assert directory.near(10.00, 105.74)[0].provider.id == "ctxh-can-tho"


def test_shelters_never_expose_address_or_pin(settings):
    directory = ProviderDirectory.load(settings.providers_file)
    for provider in directory.providers:
        if "shelter" in provider.services:
            assert provider.public_address() is None
            assert provider.public_location() is None


def test_ward_lookup_without_diacritics_and_old_names(settings):
    wards = WardIndex.load(settings.wards_file)
    assert wards.lookup("ninh kieu").ward.name == "Ninh Kiều"
    assert wards.lookup("NINH KIỀU").ward.name == "Ninh Kiều"
    old = wards.lookup("phuong xuan khanh")
    assert old.ward.name == "Ninh Kiều" and old.old_name == "Xuân Khánh"
    assert wards.lookup("phường Hưng Lợi").ward.name == "Tân An"
    assert "Tân An" in [m.ward.name for m in wards.candidates("Hưng Lợi")]  # also a thị trấn
    # the trap: "Tân An" today is the new phường Tân An, not the old one inside Ninh Kiều
    assert wards.lookup("tan an").ward.name == "Tân An"
    assert wards.lookup("tan an").old_name is None
    assert wards.find_in("o gan cai rang co cho nao ho tro ko").ward.name == "Cái Răng"
    assert wards.lookup("Hà Nội") is None


def test_ward_query_returns_that_wards_providers(settings):
    directory = ProviderDirectory.load(settings.providers_file)
    ids = [f.provider.id for f in directory.in_ward("Ninh Kiều")]
    assert ids[0] == "bv-da-khoa-tp-can-tho"
    assert "bv-nhi-dong-can-tho" not in ids  # that one is in An Bình
    assert next(f.provider.id for f in directory.in_ward("An Bình")) == "bv-nhi-dong-can-tho"


def test_phone_formats():
    for good in ("111", "113", "1900 969 680", "1800 8065", "0292 3820 000", "0901234567"):
        assert valid_phone(good), good
    for bad in ("12345", "1800 1567 999 99", "abc", "0292-38", "116", ""):
        assert not valid_phone(bad), bad


def test_shipped_directory_passes(settings):
    problems = check_file(settings.providers_file, settings)
    assert [p for p in problems if p.level == "error"] == []


def _run_check(*args):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          timeout=60)


def test_cli_check_exits_0_on_shipped_file(project_copy):
    result = _run_check("--config", str(project_copy / "config.toml"), "providers", "check",
                        str(project_copy / "data" / "providers.yml"))
    assert result.returncode == 0, result.stderr
    assert "0 error(s)" in result.stdout


def test_cli_check_names_duplicate_and_bad_phone(project_copy):
    path = project_copy / "data" / "providers.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["providers"][1]["id"] = data["providers"][0]["id"]
    data["providers"][2]["phones"] = ["12-34"]
    broken = project_copy / "broken.yml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = _run_check("--config", str(project_copy / "config.toml"), "providers", "check", str(broken))
    assert result.returncode == 1
    assert 'error: ctxh-can-tho: id: duplicate id "ctxh-can-tho"' in result.stderr
    assert 'error: bv-da-khoa-tp-can-tho: phones: "12-34" is not a valid Vietnamese phone number' in result.stderr


def test_check_catches_shelter_address_pin_outside_city_unknown_ward_and_staleness(settings, tmp_path):
    entries = {"providers": [
        {"id": "s1", "name": "Shelter", "services": ["shelter"], "scope": "city", "confidential": True,
         "address": "1 Secret St", "source": "x", "verified_on": "2026-11-01"},
        {"id": "p1", "name": "Far", "services": ["health"], "scope": "ward", "ward": "Ninh Kiều",
         "location": {"lat": 21.0, "lon": 105.8}, "source": "x", "verified_on": "2026-11-01"},
        {"id": "p2", "name": "Old ward", "services": ["health"], "scope": "ward", "ward": "Xuân Khánh",
         "source": "x", "verified_on": "2020-01-01"},
    ]}
    path = tmp_path / "p.yml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    problems = {(p.level, p.entry, p.field) for p in check_file(path, settings, dt.date(2026, 11, 29))}
    assert ("error", "s1", "address") in problems
    assert ("error", "p1", "location") in problems
    assert ("error", "p2", "ward") in problems
    assert ("warning", "p2", "verified_on") in problems
