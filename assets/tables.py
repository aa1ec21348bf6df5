"""Warehouse stage: write the validated batch into the DuckDB tables of the contract.

Wiring only: `warehouse.store.apply_batch` owns the transactions (an article's rows replaced
atomically, a failing article rejected without stopping the others, file state moved in
step). This asset gathers the batch, calls it once, and reports per-table metadata.
"""

import datetime as dt

import dagster as dg
import polars as pl

from assets.metadata import counts_metadata, table_metadata
from assets.resources import WarehouseResource
from pipelines import scan
from warehouse import store

GROUP = "warehouse"
TABLE_DESCRIPTIONS = {
    "articles": "One row per distinct article (contract table `articles`).",
    "district_indicators": "One quantitative fact about a district per row (contract table).",
    "targets": "One goal for a future year or horizon per row (contract table).",
    "projects": "One named project, park, platform or building per row (contract table).",
    "rejected_articles": "Every input file that could not be ingested, with a reason (contract table).",
    "article_files": "Incremental state: one row per article file with its content hash and status.",
    "quarantine": "Rows that failed validation, with the failed check and reason.",
}
TABLE_DEPS = {
    "articles": ["valid_articles"],
    "district_indicators": ["valid_indicators"],
    "targets": ["valid_targets"],
    "projects": ["valid_projects"],
    "rejected_articles": ["decoded_articles", "parse_failures", "quarantined_rows"],
    "article_files": ["article_changes", "decoded_articles"],
    "quarantine": ["quarantined_rows"],
}


@dg.multi_asset(
    name="warehouse_tables",
    group_name=GROUP,
    specs=[
        dg.AssetSpec(table, description=desc, deps=TABLE_DEPS[table], kinds={"duckdb"})
        for table, desc in TABLE_DESCRIPTIONS.items()
    ],
    ins={
        name: dg.AssetIn(name)
        for name in (
            "article_changes",
            "decoded_articles",
            "valid_articles",
            "valid_indicators",
            "valid_targets",
            "valid_projects",
            "quarantined_rows",
            "parse_failures",
        )
    },
)
def warehouse_tables(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    article_changes: pl.DataFrame,
    decoded_articles: pl.DataFrame,
    valid_articles: pl.DataFrame,
    valid_indicators: pl.DataFrame,
    valid_targets: pl.DataFrame,
    valid_projects: pl.DataFrame,
    quarantined_rows: pl.DataFrame,
    parse_failures: pl.DataFrame,
):
    """Replace each batch article's rows in one transaction, then move file state and rejections."""
    invalid_articles = (
        quarantined_rows.filter(pl.col("table_name") == "articles")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("reason").first())
        .select(
            "article_id",
            pl.lit(None, dtype=pl.String).alias("source_path"),
            pl.lit("validate").alias("stage"),
            ("the article row failed validation: " + pl.col("reason")).alias("reason"),
        )
    )
    batch = store.Batch(
        changes=article_changes,
        decoded=decoded_articles,
        articles=valid_articles,
        facts={
            "district_indicators": valid_indicators,
            "targets": valid_targets,
            "projects": valid_projects,
        },
        quarantine=quarantined_rows,
        failures=pl.concat([parse_failures, invalid_articles], how="vertical"),
    )
    with warehouse.connect() as con:
        result = store.apply_batch(con, batch, dt.datetime.now())
        store.set_meta(con, "parser_version", scan.parser_version())
        for aid, err in result.write_failures.items():
            context.log.error(f"article {aid} was not written: {err}")
        context.log.info(
            f"wrote {result.articles_written} articles "
            + ", ".join(f"{t} +{n}" for t, n in result.rows_written.items() if t != "articles")
            + f"; {result.files_rejected} files rejected, {result.articles_removed} articles removed"
        )
        changes = scan.count_changes(article_changes)
        for table in TABLE_DESCRIPTIONS:
            extra = {"rows_written": result.rows_written.get(table, 0)}
            if table == "articles":
                extra |= counts_metadata(changes) | {
                    "articles_written": result.articles_written,
                    "articles_removed": result.articles_removed,
                    "write_failures": len(result.write_failures),
                }
            if table == "rejected_articles":
                extra |= {"files_rejected": result.files_rejected}
            yield dg.MaterializeResult(
                asset_key=table, metadata=table_metadata(con, table, **extra)
            )
