"""Views stage: derived SQL views over the warehouse, rebuilt after each ingest batch.

The views (`warehouse/views.sql`) span articles, e.g. the latest figure per district, metric
and period. Being views they are always current; the asset re-creates them only when their
SQL changed, so a no-op refresh writes nothing.
"""

import dagster as dg

from assets.resources import WarehouseResource
from warehouse import store

GROUP = "views"


@dg.asset(
    group_name=GROUP,
    kinds={"duckdb", "sql"},
    deps=[
        "articles",
        "district_indicators",
        "targets",
        "projects",
        "metrics",
        "districts",
        "article_files",
        "rejected_articles",
    ],
)
def warehouse_views(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """SQL views from warehouse/views.sql: latest_indicators, indicator_facts, district_coverage, ingest_status."""
    sql = store.VIEWS_PATH.read_text(encoding="utf-8")
    with warehouse.connect() as con:
        rebuilt = store.rebuild_views(con, sql)
        counts = {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in sorted(store.view_names(sql))
        }
    context.log.info(("rebuilt" if rebuilt else "kept") + f" views {', '.join(counts)}")
    return dg.MaterializeResult(
        metadata={"rebuilt": rebuilt, "views": dg.MetadataValue.json(counts)}
    )
