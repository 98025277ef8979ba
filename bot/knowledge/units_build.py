"""Build `data/units/<province_code>.yml` (the 2025 wards and communes of one province) from two
maintained libraries, so nothing is typed by hand and nothing downloads at run time:

- `vietnamadminunits` (MIT): the 2025 units with official codes, type and centroid, the pre-2025
  units with their districts, and which old units form which new ones (whole or split).
- `vietnam-provinces`: the official 2025 names and codes (taken from it; the two libraries are
  matched by name, the build fails if a unit is missing from either, and the file header lists
  the codes on which they disagree).

Run at build time, after `pip install -e '.[data]'`:

    python -m bot.knowledge.units_build 92            # writes data/units/92.yml
    python -m bot.knowledge.units_build provinces     # writes data/units/provinces.yml

The bot reads only the YAML file (see bot/knowledge/wards.py). Importing `vietnamadminunits`
takes ~250 ms and pulls in shapely and geopy, and its converter geocodes street addresses over the
network, so it is used here only, never at run time.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _short(name: str) -> tuple[str, str]:
    """("Phường Ninh Kiều") → ("phường", "Ninh Kiều")."""
    for word in ("Phường", "Xã", "Thị trấn", "Đặc khu"):
        if name.startswith(word + " "):
            return word.lower(), name[len(word) + 1:]
    return "", name


def build(province_code: int) -> dict:
    import vietnamadminunits
    from vietnam_provinces import Ward as VpWard

    data_dir = Path(vietnamadminunits.__file__).parent / "data"
    db = sqlite3.connect(data_dir / "dataset.db")
    conv = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    rows = db.execute(
        "select province, ward, wardKey, wardCode, wardLat, wardLon, wardAreaKm2, provinceKey "
        "from admin_units where provinceCode = ? order by wardCode", (f"{province_code:02d}",)).fetchall()
    if not rows:
        raise SystemExit(f"no 2025 units for province code {province_code}")
    province = rows[0][0]
    prov_key = rows[0][7]
    old_provinces = conv["DICT_PROVINCE"][prov_key]

    # Old units: "<province>_<district>_<ward>" key → (type, name, district full name, province)
    legacy = {}
    district_at: dict[str, tuple[float, float]] = {}   # old unit key → its district's centroid
    for p_name, d_name, w_name, pk, dk, wk, d_lat, d_lon in db.execute(
            "select province, district, ward, provinceKey, districtKey, wardKey, districtLat, "
            "districtLon from admin_units_legacy"):
        if pk in old_provinces:
            legacy[f"{pk}_{dk}_{wk}"] = (w_name, d_name, p_name)
            if d_lat is not None and d_lon is not None:
                district_at[f"{pk}_{dk}_{wk}"] = (float(d_lat), float(d_lon))

    from bot.nlu.normalize import fold

    def same(name: str) -> str:
        return " ".join(fold(name).split())

    libs = {same(r[1]): r for r in rows}
    official = sorted((w for w in VpWard.iter_all() if int(w.province_code) == province_code),
                      key=lambda w: int(w.code))
    if len(official) != len(rows):
        raise SystemExit(f"the libraries disagree on the number of units: {len(official)} vs {len(rows)}")
    by_key, units, code_differs = {}, [], []
    for vp in official:
        row = libs.get(same(vp.name))
        if row is None:
            raise SystemExit(f"{vp.name} ({int(vp.code)}) is not in vietnamadminunits")
        _, _, key, code, lat, lon, area, _ = row
        if int(code) != int(vp.code):
            code_differs.append(f"{vp.name}: {int(vp.code)} (vietnamadminunits {code})")
        kind, name = _short(vp.name)
        unit = {"name": name, "type": kind, "code": str(int(vp.code)), "lat": round(lat, 5),
                "lon": round(lon, 5), "area_km2": round(area or 0, 1), "formerly": []}
        units.append(unit)
        by_key[key] = unit

    def former(old_key: str, part: bool) -> dict:
        w_name, d_name, p_name = legacy[old_key]
        kind, name = _short(w_name)
        entry = {"name": name, "type": kind, "district": d_name}
        if p_name != province:
            entry["province"] = p_name
        if part:
            entry["part"] = True
        return entry

    for new_key, old_keys in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].get(prov_key, {}).items():
        for old_key in old_keys:
            if old_key in legacy and new_key in by_key:
                by_key[new_key]["formerly"].append(former(old_key, False))
    dropped: list[str] = []
    for old_key, parts in conv["DICT_PROVINCE_WARD_DIVIDED"].get(prov_key, {}).items():
        kept = _near_its_district(parts, district_at.get(old_key))
        dropped += [f"{legacy[old_key][0]} ({legacy[old_key][1]}, {legacy[old_key][2]}) → "
                    f"{part['newWardKey']}" for part in parts if part not in kept and old_key in legacy]
        for part in kept:
            if old_key in legacy and part["newWardKey"] in by_key:
                by_key[part["newWardKey"]]["formerly"].append(former(old_key, len(kept) > 1))
    for unit in units:
        unit["formerly"].sort(key=lambda e: (e["name"], e["district"]))
    return {"province": province, "province_code": province_code, "units": units,
            "code_differs": code_differs, "cross_links_dropped": sorted(dropped)}


# A unit split in 2025 went to neighbouring new units. Where provinces merged, the library also
# links an old commune to a far unit that merely took in a same-named commune of another old
# province: "xã Phú Hữu" of Long Phú (Sóc Trăng) and of Châu Thành (Hậu Giang) are each linked to
# both new units, 30 km apart, and its "main part" flag is wrong as often as right (both Phú Tân,
# in two districts named Châu Thành, have the same one). The old district's centroid is reliable:
# a part more than this much farther from it than the nearest part is dropped. Measured with the
# library: Hà Nội (one province, 268 split parts) drops none; Cần Thơ drops the 8 pairs' links
# (17-95 km); the rule also finds such links in Đồng Tháp, Tây Ninh, Vĩnh Long, Cà Mau.
CROSS_LINK_KM = 15.0


def _near_its_district(parts: list[dict], district: tuple[float, float] | None) -> list[dict]:
    """The parts of a split old unit that lie near its old district (all when it is unknown)."""
    from bot.knowledge.wards import distance_km

    if district is None or not parts:
        return parts
    far = [distance_km(*district, p["newWardLat"], p["newWardLon"]) for p in parts]
    nearest = min(far)
    return [p for p, km in zip(parts, far, strict=True) if km <= nearest + CROSS_LINK_KM]


def render(data: dict) -> str:
    versions = {name: metadata.version(name) for name in ("vietnamadminunits", "vietnam-provinces")}
    phuong = sum(u["type"] == "phường" for u in data["units"])
    header = (
        f"# {data['province']} (code {data['province_code']}): the {len(data['units'])} wards and "
        f"communes since 1 July 2025 ({phuong} phường, {len(data['units']) - phuong} xã/other).\n"
        "# GENERATED by `python -m bot.knowledge.units_build "
        f"{data['province_code']}`: do not edit by hand.\n"
        f"# Sources: vietnamadminunits {versions['vietnamadminunits']} (MIT; units, codes, "
        "centroids, old→new conversion),\n"
        f"#          vietnam-provinces {versions['vietnam-provinces']} (official 2025 names and codes, "
        "cross-checked).\n"
        "# Why generated, not imported at run time: vietnamadminunits takes ~250 ms to import, "
        "pulls in shapely\n# and geopy, and geocodes over the network; this file loads in a few ms.\n"
        "# `formerly`: the pre-2025 units now inside this one; `part: true` = the old unit was split "
        "between\n# several new ones (the bot offers a choice). lat/lon: the unit's centroid.\n")
    differs = data.pop("code_differs")
    dropped = data.pop("cross_links_dropped", [])
    if dropped:
        header += (f"# Links dropped as same-name cross-links (a split part > {CROSS_LINK_KM:g} km "
                   "farther from the old district than the nearest part, see CROSS_LINK_KM):\n"
                   + "".join(f"#   {line}\n" for line in dropped))
    if differs:
        header += ("# Codes are vietnam-provinces' (official list); vietnamadminunits differs on: "
                   + "; ".join(differs) + ".\n")
    data = {**data, "library_versions": versions}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def build_provinces() -> dict:
    """The 34 provinces and cities since 1 July 2025, each with the pre-2025 provinces now in it:
    so "ở Hậu Giang" is known to be inside new Cần Thơ, "TP Hồ Chí Minh" outside it."""
    import vietnamadminunits
    from vietnam_provinces import Province

    data_dir = Path(vietnamadminunits.__file__).parent / "data"
    db = sqlite3.connect(data_dir / "dataset.db")
    conv = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))
    keys = dict(db.execute("select distinct provinceCode, provinceKey from admin_units"))
    old_names = dict(db.execute("select distinct provinceKey, province from admin_units_legacy"))
    provinces = []
    for vp in sorted(Province.iter_all(), key=lambda p: int(p.code)):
        key = keys.get(f"{int(vp.code):02d}")
        if key is None:
            raise SystemExit(f"{vp.name} ({int(vp.code)}) is not in vietnamadminunits")
        formerly = sorted(old_names[k] for k in conv["DICT_PROVINCE"][key] if k in old_names)
        provinces.append({"name": vp.name, "code": int(vp.code), "formerly": formerly})
    if sum(len(p["formerly"]) for p in provinces) != len(old_names):
        raise SystemExit("not every pre-2025 province is inside one 2025 province")
    return {"provinces": provinces}


def render_provinces(data: dict) -> str:
    versions = {name: metadata.version(name) for name in ("vietnamadminunits", "vietnam-provinces")}
    header = (
        f"# The {len(data['provinces'])} provinces and cities of Vietnam since 1 July 2025, each with "
        "the pre-2025 provinces now inside it.\n"
        "# GENERATED by `python -m bot.knowledge.units_build provinces`: do not edit by hand.\n"
        f"# Sources: vietnam-provinces {versions['vietnam-provinces']} (official 2025 names and "
        f"codes), vietnamadminunits {versions['vietnamadminunits']}\n"
        "#          (MIT; which old provinces form which new one).\n"
        "# Read by bot/knowledge/provinces.py: a province named where a ward is asked tells whether "
        "the person is\n# inside the configured city (a former province merged into it) or outside "
        "its directory.\n")
    body = yaml.safe_dump({**data, "library_versions": versions}, allow_unicode=True,
                          sort_keys=False, width=100)
    return header + body


def main(argv: list[str]) -> int:
    if argv and argv[0] == "provinces":
        out = ROOT / "data" / "units" / "provinces.yml"
        out.write_text(render_provinces(build_provinces()), encoding="utf-8")
        print(f"wrote {out}")
        return 0
    code = int(argv[0]) if argv else 92
    out = ROOT / "data" / "units" / f"{code}.yml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(build(code)), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
