"""Give autonomous counties and banners in seeds/districts.csv the names reports call them by.

门源回族自治县 is written 门源县, 双江拉祜族佤族布朗族傣族自治县 双江县 or 双江自治县, and
鄂伦春自治旗 鄂伦春旗: the name less its peoples (and 自治). The peoples are the 55 officially
recognised minorities; a one-character people (回, 白, 土) is taken off only with its 族, so
that 白水县 keeps its 白. An alias that is already a place's name, or shared by two places,
is left out. Aliases already in the CSV (hand-written ones such as 西乌旗) are kept.

    python scripts/county_aliases.py            # rewrites seeds/districts.csv in place
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CSV = ROOT / "seeds" / "districts.csv"

_NAMES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水"
    " 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒"
    " 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
    " 各"  # 龙胜各族自治县: all peoples
)
PEOPLES = _NAMES.split()
# the longest first, so that 土家族 goes before 土 could match
_BY_LENGTH = sorted(PEOPLES, key=len, reverse=True)


def stem(name: str) -> str:
    """门源回族 → 门源: the name with the peoples at its end taken off."""
    while True:
        for people in _BY_LENGTH:
            if name.endswith(people + "族"):
                name = name[: -len(people) - 1]
                break
            if len(people) > 1 and name.endswith(people):
                name = name[: -len(people)]
                break
        else:
            return name


def aliases_of(name: str) -> list[str]:
    """The everyday names of an autonomous county or banner; none for other places."""
    for suffix, short in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            root = stem(base)
            if root and root != base:
                return [root + short, root + suffix]
            # 鄂伦春自治旗 → 鄂伦春旗: the people is the whole name
            return [base.removesuffix("族") + short] if base else []
    return []


def main(path: Path = CSV) -> None:
    """Rewrite the CSV with generated aliases merged into each row's own."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    names = {r["district"] for r in rows}
    proposed = {r["district"]: aliases_of(r["district"]) for r in rows}
    counts = Counter(a for found in proposed.values() for a in found)
    added = 0
    for r in rows:
        own = [a for a in r["aliases"].split("|") if a]
        for a in proposed[r["district"]]:
            if a not in names and counts[a] == 1 and a not in own and a != r["district"]:
                own.append(a)
                added += 1
        r["aliases"] = "|".join(own)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{added} aliases added to {path}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CSV)
