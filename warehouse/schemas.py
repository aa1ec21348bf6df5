"""Table rules as data: one pandera DataFrameModel (polars backend) per warehouse table.

Column names and types follow ../shared/contract/WAREHOUSE.md and `warehouse/ddl.sql`; the
checks encode the contract's closed sets and grammars (qualifier, period, kind, status) and
row-level sanity (spans ordered, evidence non-empty, a fact carries a number). The validate
stage runs these models with `lazy=True` and quarantines failing rows with the failed check;
nothing here raises on bad data by itself. What it won't check: facts against the article text
beyond the span (see `span_mismatches`), or whether a district is known (unknown ones are
allowed: the catalog grows after the articles do).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

import pandera.polars as pa
import polars as pl

QUALIFIERS = ["=", "~", ">=", "<="]
REFERENCE_DATE_SOURCES = ["metadata", "text", "inferred"]
DISTRICT_LEVELS = ["district", "county", "city"]  # county: 县, 旗, a county-level 市
PROJECT_KINDS = ["zone", "building", "platform", "infrastructure", "renewal", "other"]
PROJECT_STATUSES = ["planned", "signed", "under_construction", "opened", "operating", "completed"]
FILE_STATUSES = ["ingested", "rejected"]
REJECT_STAGES = ["decode", "parse", "validate", "write"]
ARTICLE_ID = r"^[0-9a-f]{16}$"
# 2024 | 2024H1 | 2024Q3 | 2024Q1-Q3 | 2024M01-M05 | 2021-2023
PERIOD = r"^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?|M(?:0[1-9]|1[0-2])-M(?:0[1-9]|1[0-2])|-\d{4})?$"

# What a failed row-level (dataframe) check means, for the quarantine reason.
ROW_CHECK_REASONS = {
    "span_ordered": "span_end must be greater than span_start",
    "span_fits_evidence": "the span length must equal the evidence length",
    "has_value_growth_or_rank": "an indicator needs a value, a growth rate or a rank",
    "has_level_or_growth": "a target needs a level or a growth rate",
}

Timestamp = Annotated[pl.Datetime, "us", None]
StringList = Annotated[pl.List, pl.String()]


class Articles(pa.DataFrameModel):
    """`articles`: one row per distinct article."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID, unique=True)
    source_path: str = pa.Field(str_length={"min_value": 1})
    title: str = pa.Field(nullable=True)
    published_on: pl.Date = pa.Field(nullable=True)
    reference_date: pl.Date = pa.Field(nullable=True)
    reference_date_source: str = pa.Field(isin=REFERENCE_DATE_SOURCES)
    primary_district: str = pa.Field(nullable=True)
    char_count: pl.Int32 = pa.Field(ge=1)
    ingested_at: Timestamp
    reporting_year: pl.Int32 = pa.Field(
        nullable=True, in_range={"min_value": 1949, "max_value": 2100}
    )
    encoding: str = pa.Field(nullable=True)
    metadata: str = pa.Field(nullable=True)
    parser_version: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class _Fact(pa.DataFrameModel):
    """Columns every fact table shares: its article, district, evidence and span."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID)
    district: str = pa.Field(str_length={"min_value": 1})
    evidence: str = pa.Field(str_length={"min_value": 1})
    span_start: pl.Int32 = pa.Field(ge=0)
    span_end: pl.Int32 = pa.Field(ge=1)

    @pa.dataframe_check
    def span_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """The evidence span is a non-empty forward range."""
        return data.lazyframe.select(pl.col("span_end") > pl.col("span_start"))

    @pa.dataframe_check
    def span_fits_evidence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """text[span_start:span_end] can only equal evidence if the lengths agree."""
        return data.lazyframe.select(
            (pl.col("span_end") - pl.col("span_start")) == pl.col("evidence").str.len_chars()
        )


class DistrictIndicators(_Fact):
    """`district_indicators`: one quantitative fact about a district."""

    metric_key: str = pa.Field(nullable=True)
    metric_name: str = pa.Field(str_length={"min_value": 1})
    period: str = pa.Field(nullable=True, str_matches=PERIOD)
    value: float = pa.Field(nullable=True)
    unit: str = pa.Field(nullable=True)
    value_std: float = pa.Field(nullable=True)
    unit_std: str = pa.Field(nullable=True)
    qualifier: str = pa.Field(isin=QUALIFIERS)
    growth_pct: float = pa.Field(nullable=True)
    is_estimate: bool
    rank: pl.Int32 = pa.Field(nullable=True, ge=1)
    rank_scope: str = pa.Field(nullable=True)

    @pa.dataframe_check
    def has_value_growth_or_rank(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A rank-only fact (value and growth NULL) is allowed; a fact with nothing is not."""
        return data.lazyframe.select(
            pl.col("value").is_not_null()
            | pl.col("growth_pct").is_not_null()
            | pl.col("rank").is_not_null()
        )

    class Config:
        strict = True


class Targets(_Fact):
    """`targets`: one goal set for a future year or horizon."""

    metric_key: str = pa.Field(nullable=True)
    metric_name: str = pa.Field(str_length={"min_value": 1})
    target_year: pl.Int32 = pa.Field(in_range={"min_value": 1949, "max_value": 2100})
    value: float = pa.Field(nullable=True)
    unit: str = pa.Field(nullable=True)
    value_std: float = pa.Field(nullable=True)
    unit_std: str = pa.Field(nullable=True)
    qualifier: str = pa.Field(isin=QUALIFIERS)
    growth_pct: float = pa.Field(nullable=True)

    @pa.dataframe_check
    def has_level_or_growth(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A goal with neither a level nor a growth rate says nothing measurable."""
        return data.lazyframe.select(
            pl.col("value").is_not_null() | pl.col("growth_pct").is_not_null()
        )

    class Config:
        strict = True


class Projects(_Fact):
    """`projects`: one named project, park, platform or building."""

    name: str = pa.Field(str_length={"min_value": 1})
    kind: str = pa.Field(isin=PROJECT_KINDS)
    status: str = pa.Field(nullable=True, isin=PROJECT_STATUSES)
    year: pl.Int32 = pa.Field(nullable=True, in_range={"min_value": 1949, "max_value": 2100})

    class Config:
        strict = True


class RejectedArticles(pa.DataFrameModel):
    """`rejected_articles`: every input that could not be ingested, with an actionable reason."""

    source_path: str = pa.Field(unique=True)
    reason: str = pa.Field(str_length={"min_value": 1})
    rejected_at: Timestamp
    stage: str = pa.Field(isin=REJECT_STAGES)
    file_sha256: str = pa.Field(nullable=True)

    class Config:
        strict = True


class Metrics(pa.DataFrameModel):
    """`metrics`: the metric catalog from seeds/metrics.csv."""

    metric_key: str = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+$")
    name_zh: str = pa.Field(str_length={"min_value": 1})
    name_en: str
    unit_class: str
    kind: str
    aliases: StringList

    class Config:
        strict = True


class Districts(pa.DataFrameModel):
    """`districts`: known administrative areas from seeds/districts.csv."""

    district: str = pa.Field(unique=True, str_length={"min_value": 2})
    level: str = pa.Field(isin=DISTRICT_LEVELS)
    city: str
    province: str
    aliases: StringList

    class Config:
        strict = True


class ArticleFiles(pa.DataFrameModel):
    """`article_files`: the incremental state, one row per file in the articles folder."""

    source_path: str = pa.Field(unique=True)
    file_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    size_bytes: pl.Int64 = pa.Field(ge=0)
    mtime_ns: pl.Int64
    article_id: str = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    status: str = pa.Field(isin=FILE_STATUSES)
    first_seen_at: Timestamp
    updated_at: Timestamp

    class Config:
        strict = True


class Quarantine(pa.DataFrameModel):
    """`quarantine`: rows that failed a check, with the check and the reason."""

    table_name: str
    article_id: str = pa.Field(nullable=True)
    check_name: str
    reason: str
    row_json: str
    quarantined_at: Timestamp

    class Config:
        strict = True


MODELS: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "district_indicators": DistrictIndicators,
    "targets": Targets,
    "projects": Projects,
    "rejected_articles": RejectedArticles,
    "metrics": Metrics,
    "districts": Districts,
    "article_files": ArticleFiles,
    "quarantine": Quarantine,
}
FACT_TABLES = ("district_indicators", "targets", "projects")


def polars_schema(table: str) -> pl.Schema:
    """The Polars schema (column order and dtypes) of a warehouse table."""
    dtypes = MODELS[table].to_schema().dtypes
    return pl.Schema({name: dtype.type for name, dtype in dtypes.items()})


def empty_frame(table: str) -> pl.DataFrame:
    """A zero-row frame with the table's columns and dtypes."""
    return pl.DataFrame(schema=polars_schema(table))


@dataclass
class Validation:
    """The outcome of validating one table's frame: rows that passed, rows that did not."""

    table: str
    valid: pl.DataFrame
    failed: pl.DataFrame  # the failing rows, plus `check_name` and `reason`
    failures_by_check: dict[str, int]


def validate_table(table: str, frame: pl.DataFrame) -> Validation:
    """Validate a frame against its table model and split it into passing and failing rows.

    Args:
        table: warehouse table name (a key of MODELS).
        frame: rows in the table's column layout.

    Returns:
        A Validation; a failure that names no row (wrong dtype, missing column) fails every row.
    """
    model = MODELS[table]
    indexed = frame.with_row_index("_row")
    try:
        model.validate(frame, lazy=True)
        return Validation(table, frame, _failed_rows(indexed.clear(), {}), {})
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    reasons: dict[int, list[tuple[str, str]]] = {}
    counts: dict[str, int] = {}
    for case in cases.iter_rows(named=True):
        if case["schema_context"] == "DataFrameSchema":  # a row-level check: name the rule
            check = f"row:{case['check']}"
            detail = f"{check}: {ROW_CHECK_REASONS.get(case['check'], 'failed')}"
        else:
            check = f"{case['column']}:{case['check']}"
            detail = f"{check} failed on {str(case['failure_case'])[:120]!r}"
        counts[check] = counts.get(check, 0) + 1
        rows = range(frame.height) if case["index"] is None else [case["index"]]
        for row in rows:
            reasons.setdefault(row, []).append((check, detail))
    bad = pl.Series("_row", sorted(reasons), dtype=pl.UInt32)
    valid = indexed.filter(~pl.col("_row").is_in(bad.implode())).drop("_row")
    failed = indexed.filter(pl.col("_row").is_in(bad.implode()))
    return Validation(table, valid, _failed_rows(failed, reasons), counts)


def _failed_rows(failed: pl.DataFrame, reasons: dict[int, list[tuple[str, str]]]) -> pl.DataFrame:
    rows = failed["_row"].to_list()
    return failed.drop("_row").with_columns(
        pl.Series(
            "check_name",
            [";".join(sorted({c for c, _ in reasons[r]})) for r in rows],
            dtype=pl.String,
        ),
        pl.Series("reason", ["; ".join(d for _, d in reasons[r]) for r in rows], dtype=pl.String),
    )


def span_mismatches(facts: pl.DataFrame, texts: dict[str, str]) -> list[int]:
    """Row positions whose evidence is not `text[span_start:span_end]` of their article."""
    bad = []
    for n, (aid, evidence, start, end) in enumerate(
        facts.select("article_id", "evidence", "span_start", "span_end").iter_rows()
    ):
        text = texts.get(aid)
        if text is None or text[start:end] != evidence:
            bad.append(n)
    return bad


def quarantine_rows(table: str, failed: pl.DataFrame, quarantined_at: object) -> pl.DataFrame:
    """Turn failing rows (with check_name and reason) into `quarantine` table rows."""
    data = failed.drop("check_name", "reason")
    payload = [
        json.dumps(row, ensure_ascii=False, default=str) for row in data.iter_rows(named=True)
    ]
    return pl.DataFrame(
        {
            "table_name": [table] * failed.height,
            "article_id": failed["article_id"]
            if "article_id" in failed.columns
            else [None] * failed.height,
            "check_name": failed["check_name"],
            "reason": failed["reason"],
            "row_json": payload,
            "quarantined_at": [quarantined_at] * failed.height,
        },
        schema=polars_schema("quarantine"),
    )
