"""Validate stage: the pandera table models over the parsed frames, as asset checks.

Each table's rows pass through `warehouse.schemas.validate_table` (lazy, so every failure is
seen) and an evidence-span check against the article text. Passing rows flow on; failing rows
go to `quarantined_rows` with the failed check and reason, never silently dropped. When an
article row fails, its facts are quarantined with it and the article is rejected. Each table
yields an AssetCheckResult so the outcome shows in the UI's Checks tab.
"""

import datetime as dt

import dagster as dg
import polars as pl

from assets.metadata import frame_metadata, markdown_preview
from warehouse.schemas import (
    FACT_TABLES,
    Validation,
    quarantine_rows,
    span_mismatches,
    validate_table,
)

GROUP = "validate"
VALID = {
    "articles": "valid_articles",
    "district_indicators": "valid_indicators",
    "targets": "valid_targets",
    "projects": "valid_projects",
}
CHECKS = {table: f"check_validity_{table}" for table in VALID}


@dg.multi_asset(
    group_name=GROUP,
    ins={
        "parsed_articles": dg.AssetIn(),
        "parsed_indicators": dg.AssetIn(),
        "parsed_targets": dg.AssetIn(),
        "parsed_projects": dg.AssetIn(),
        "decoded_articles": dg.AssetIn(),
    },
    outs={
        **{
            key: dg.AssetOut(
                description=f"`{table}` rows that passed validation.", kinds={"polars"}
            )
            for table, key in VALID.items()
        },
        "quarantined_rows": dg.AssetOut(
            description="Rows that failed validation, with the failed check and the reason.",
            kinds={"polars"},
        ),
    },
    check_specs=[
        dg.AssetCheckSpec(
            CHECKS[table],
            asset=VALID[table],
            description=f"Every parsed `{table}` row passes the pandera model warehouse.schemas.MODELS[{table!r}]"
            + ("" if table == "articles" else " and its evidence is the article text at its span"),
        )
        for table in VALID
    ],
)
def validated_facts(
    parsed_articles: pl.DataFrame,
    parsed_indicators: pl.DataFrame,
    parsed_targets: pl.DataFrame,
    parsed_projects: pl.DataFrame,
    decoded_articles: pl.DataFrame,
):
    """Split each parsed table into valid rows and quarantined rows, reporting a check per table."""
    now = dt.datetime.now()
    results = {"articles": validate_table("articles", parsed_articles)}
    rejected_ids = results["articles"].failed["article_id"].to_list()
    texts = dict(
        decoded_articles.filter(pl.col("article_id").is_not_null())
        .unique("article_id")
        .select("article_id", "text")
        .iter_rows()
    )
    parsed = {
        "district_indicators": parsed_indicators,
        "targets": parsed_targets,
        "projects": parsed_projects,
    }
    for table in FACT_TABLES:
        results[table] = validate_facts(table, parsed[table], rejected_ids, texts)

    quarantine = pl.concat(
        [quarantine_rows(table, v.failed, now) for table, v in results.items()], how="vertical"
    )
    for table, key in VALID.items():
        v = results[table]
        yield dg.Output(v.valid, output_name=key, metadata=frame_metadata(v.valid))
        yield dg.AssetCheckResult(
            asset_key=key,
            check_name=CHECKS[table],
            passed=v.failed.height == 0,
            metadata={
                "rows_checked": v.valid.height + v.failed.height,
                "rows_quarantined": v.failed.height,
                "failures_by_check": dg.MetadataValue.json(v.failures_by_check),
                "examples": dg.MetadataValue.md(
                    markdown_preview(v.failed.select("article_id", "check_name", "reason"))
                ),
            },
        )
    yield dg.Output(quarantine, output_name="quarantined_rows", metadata=frame_metadata(quarantine))


def validate_facts(
    table: str, frame: pl.DataFrame, rejected_ids: list[str], texts: dict[str, str]
) -> Validation:
    """Validate one fact table: its article must be valid, its model pass, its span fit the text."""
    orphaned = frame.filter(pl.col("article_id").is_in(rejected_ids))
    checked = validate_table(table, frame.filter(~pl.col("article_id").is_in(rejected_ids)))
    counts = dict(checked.failures_by_check)
    bad_spans = span_mismatches(checked.valid, texts)
    mask = pl.Series([False] * checked.valid.height, dtype=pl.Boolean)
    if bad_spans:
        mask = mask.scatter(bad_spans, True)
        counts["evidence:matches_span"] = len(bad_spans)
    if orphaned.height:
        counts["article:valid"] = orphaned.height
    failed = pl.concat(
        [
            checked.failed,
            _with_reason(
                checked.valid.filter(mask),
                "evidence:matches_span",
                "evidence is not the article text at [span_start:span_end]",
            ),
            _with_reason(orphaned, "article:valid", "its article row failed validation"),
        ],
        how="vertical",
    )
    return Validation(table, checked.valid.filter(~mask), failed, counts)


def _with_reason(frame: pl.DataFrame, check: str, reason: str) -> pl.DataFrame:
    return frame.with_columns(
        pl.lit(check, dtype=pl.String).alias("check_name"),
        pl.lit(reason, dtype=pl.String).alias("reason"),
    )
