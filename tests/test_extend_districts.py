"""scripts/extend_districts.py: adds the source's areas and keeps the curated rows."""

import csv
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "extend_districts.py"
spec = importlib.util.spec_from_file_location("extend_districts", SCRIPT)
extend_districts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(extend_districts)


def _write(path: Path, header: str, *rows: str) -> None:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_areas_are_added_with_their_level_city_and_province(tmp_path):
    source = tmp_path / "dist"
    source.mkdir()
    _write(source / "province.csv", "code,name,province", "320000,江苏省,32", "500000,重庆市,50")
    _write(source / "city.csv", "code,name,province,city", "320500,苏州市,32,05")
    _write(
        source / "area.csv",
        "code,name,province,city,area",
        "320505,虎丘区,32,05,05",  # curated already: kept as it is
        "320583,昆山市,32,05,83",
        "500233,忠县,50,02,33",
        "500101,万州区,50,01,01",
    )
    districts = tmp_path / "districts.csv"
    _write(
        districts,
        ",".join(extend_districts.COLUMNS),
        "虎丘区,district,苏州市,江苏省,虎丘,,",
    )
    assert extend_districts.extend(source, districts) == 4
    with districts.open(encoding="utf-8") as f:
        rows = {r["district"]: r for r in csv.DictReader(f)}
    assert rows["虎丘区"]["aliases"] == "虎丘"
    assert rows["苏州市"]["level"] == "city"
    assert (rows["昆山市"]["level"], rows["昆山市"]["city"]) == ("county", "苏州市")
    # a municipality is its districts' city; a two-character name needs its city before it
    assert (rows["忠县"]["city"], rows["忠县"]["needs_city"]) == ("重庆市", "yes")
    assert (rows["万州区"]["level"], rows["万州区"]["province"]) == ("district", "重庆市")
    assert all(not rows[n]["aliases"] for n in ("昆山市", "忠县", "万州区"))


def _load(name: str):
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


county_aliases = _load("county_aliases")


def test_autonomous_counties_and_banners_get_their_everyday_names():
    aliases_of = county_aliases.aliases_of
    assert aliases_of("门源回族自治县") == ["门源县", "门源自治县"]
    assert aliases_of("双江拉祜族佤族布朗族傣族自治县") == ["双江县", "双江自治县"]
    assert aliases_of("塔什库尔干塔吉克自治县") == ["塔什库尔干县", "塔什库尔干自治县"]
    assert aliases_of("龙胜各族自治县") == ["龙胜县", "龙胜自治县"]
    assert aliases_of("鄂伦春自治旗") == ["鄂伦春旗"]
    assert aliases_of("白水县") == []  # not autonomous: 白 is no people taken off


def test_county_aliases_keep_hand_written_ones_and_skip_names_taken(tmp_path):
    path = tmp_path / "districts.csv"
    _write(
        path,
        "district,level,city,province,aliases,needs_city,also_in",
        "西乌珠穆沁旗,county,锡林郭勒盟,内蒙古自治区,西乌旗,,",
        "北川羌族自治县,county,绵阳市,四川省,,,",
        "北川县,county,某市,某省,,,",
        "门源回族自治县,county,海北藏族自治州,青海省,,,",
    )
    county_aliases.main(path)
    rows = {r["district"]: r["aliases"] for r in csv.DictReader(path.open(encoding="utf-8"))}
    assert rows == {
        "西乌珠穆沁旗": "西乌旗",
        "北川羌族自治县": "北川自治县",  # 北川县 is a place's own name here
        "北川县": "",
        "门源回族自治县": "门源县|门源自治县",
    }
