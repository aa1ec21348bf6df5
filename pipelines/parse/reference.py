"""Reference data the parser reads: the metric catalog, the known districts, reading terms.

Both live in `seeds/` as CSV so curators edit data, not code. Loaded once per process and
validated here (unique keys, known unit classes) so a bad edit fails loudly at start-up.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
UNIT_CLASSES = {"money", "count", "percent", "area"}
METRIC_KINDS = {"level", "addition", "rate"}
DISTRICT_LEVELS = {"district", "county", "city"}  # county: 县, 旗, a county-level 市


@dataclass(frozen=True)
class Metric:
    """A catalog entry: key, canonical Chinese name, unit class and aliases."""

    key: str
    name_zh: str
    name_en: str
    unit_class: str
    kind: str  # level: a level or total; addition: counts new things (新增/引进); rate: a share
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class District:
    """A known administrative area: full name, level, city, province and short aliases."""

    name: str
    level: str
    city: str
    province: str
    aliases: tuple[str, ...]
    # 老城区, 新城区: also everyday words for part of any town, so only `洛阳(市)老城区` names it
    needs_city: bool = False
    # other cities with a district of the same name (鼓楼区 of 福州市 and 徐州市): its short
    # name 鼓楼 is a neighbour there too
    also_in: tuple[str, ...] = ()


# eq=False: hashed by identity, so caches keyed on the reference do not hash ~700 entries
@dataclass(frozen=True, eq=False)
class Reference:
    """The metric catalog and districts, as loaded from `seeds/`."""

    metrics: tuple[Metric, ...]
    districts: tuple[District, ...]

    @functools.cached_property
    def metric_by_key(self) -> dict[str, Metric]:
        return {m.key: m for m in self.metrics}

    @functools.cached_property
    def district_by_name(self) -> dict[str, District]:
        return {d.name: d for d in self.districts}


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in aliases.split("|") if a.strip())


def _rows(path: Path, required: set[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = required - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        return list(reader)


def load_metrics(path: Path) -> tuple[Metric, ...]:
    """Read and check `metrics.csv`."""
    cols = {"metric_key", "name_zh", "name_en", "unit_class", "kind", "aliases"}
    metrics = []
    for n, row in enumerate(_rows(path, cols), start=2):
        if row["unit_class"] not in UNIT_CLASSES or row["kind"] not in METRIC_KINDS:
            raise ValueError(f"{path}:{n}: unknown unit_class or kind in {row}")
        metrics.append(
            Metric(
                row["metric_key"],
                row["name_zh"],
                row["name_en"],
                row["unit_class"],
                row["kind"],
                _split(row["aliases"]),
            )
        )
    keys = [m.key for m in metrics]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{path}: duplicate metric_key")
    return tuple(metrics)


def load_districts(path: Path) -> tuple[District, ...]:
    """Read and check `districts.csv`."""
    cols = {"district", "level", "city", "province", "aliases"}
    districts = []
    for n, row in enumerate(_rows(path, cols), start=2):
        if row["level"] not in DISTRICT_LEVELS:
            raise ValueError(f"{path}:{n}: unknown level {row['level']!r}")
        districts.append(
            District(
                row["district"],
                row["level"],
                row["city"],
                row["province"],
                _split(row["aliases"]),
                needs_city=(row.get("needs_city") or "").strip().lower() in ("yes", "true", "1"),
                also_in=_split(row.get("also_in") or ""),
            )
        )
    names = [d.name for d in districts]
    if len(names) != len(set(names)):
        raise ValueError(f"{path}: duplicate district")
    return tuple(districts)


@functools.cache
def load_reading_terms(path: Path = SEEDS_DIR / "reading_terms.csv") -> dict[str, str]:
    """Read and check `reading_terms.csv`: Taiwan and Hong Kong words read as mainland ones
    (东协 → 东盟), each of the same length, so reading offsets still hold."""
    terms = {}
    for n, row in enumerate(_rows(path, {"written", "reading"}), start=2):
        written, reading = row["written"].strip(), row["reading"].strip()
        if not written or len(written) != len(reading):
            raise ValueError(f"{path}:{n}: {written!r} and {reading!r} differ in length")
        terms[written] = reading
    return terms


@functools.cache
def load_reference(seeds_dir: Path = SEEDS_DIR) -> Reference:
    """Load the catalog and districts from a seeds folder (cached per folder)."""
    seeds_dir = Path(seeds_dir)
    return Reference(
        load_metrics(seeds_dir / "metrics.csv"), load_districts(seeds_dir / "districts.csv")
    )
