"""Reference stage: the metric catalog and the districts, from seeds/*.csv into DuckDB.

The CSVs are curated data; `pipelines.parse.load_reference` reads and checks them (the
parser uses the same loader), the pandera models check the table shape, and the tables are
rewritten only when their content changed.
"""

import dagster as dg
import polars as pl

from assets.metadata import table_metadata
from assets.resources import WarehouseResource
from pipelines.parse import load_reference
from pipelines.parse.reference import SEEDS_DIR
from warehouse import store
from warehouse.schemas import Districts, Metrics, polars_schema

GROUP = "reference"


def metrics_frame() -> pl.DataFrame:
    """The metric catalog as `metrics` table rows."""
    rows = [
        (m.key, m.name_zh, m.name_en, m.unit_class, m.kind, list(m.aliases))
        for m in load_reference(SEEDS_DIR).metrics
    ]
    return Metrics.validate(pl.DataFrame(rows, schema=polars_schema("metrics"), orient="row"))


def districts_frame() -> pl.DataFrame:
    """The known districts as `districts` table rows."""
    rows = [
        (d.name, d.level, d.city, d.province, list(d.aliases))
        for d in load_reference(SEEDS_DIR).districts
    ]
    return Districts.validate(pl.DataFrame(rows, schema=polars_schema("districts"), orient="row"))


@dg.asset(group_name=GROUP, kinds={"duckdb", "csv"})
def metrics(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The metric catalog (key, Chinese and English name, unit class, aliases) from seeds/metrics.csv."""
    with warehouse.connect() as con:
        changed = store.replace_table_if_changed(con, "metrics", metrics_frame())
        return dg.MaterializeResult(metadata=table_metadata(con, "metrics", rewritten=changed))


@dg.asset(group_name=GROUP, kinds={"duckdb", "csv"})
def districts(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Known districts (full name, level, city, province, aliases) from seeds/districts.csv."""
    with warehouse.connect() as con:
        changed = store.replace_table_if_changed(con, "districts", districts_frame())
        return dg.MaterializeResult(metadata=table_metadata(con, "districts", rewritten=changed))
