"""The pandera table models reject what the contract forbids; failing rows get a reason."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import polars as pl
import pytest

from assets.validate import validate_facts
from warehouse.schemas import MODELS, PERIOD, polars_schema, quarantine_rows, validate_table
from warehouse.store import DDL_PATH

AID = "0123456789abcdef"
TEXT = "前言。江汉区上半年完成地区生产总值838亿元，增长5.4%。"
EVIDENCE = "江汉区上半年完成地区生产总值838亿元，增长5.4%。"
START = TEXT.index(EVIDENCE)


def indicator(**overrides) -> dict:
    row = {
        "article_id": AID,
        "district": "江汉区",
        "metric_key": "gdp",
        "metric_name": "地区生产总值",
        "period": "2024H1",
        "value": 838.0,
        "unit": "亿元",
        "value_std": 8.38e10,
        "unit_std": "元",
        "qualifier": "=",
        "growth_pct": 5.4,
        "is_estimate": False,
        "rank": None,
        "rank_scope": None,
        "evidence": EVIDENCE,
        "span_start": START,
        "span_end": START + len(EVIDENCE),
    }
    return row | overrides


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=polars_schema(table), strict=False)


@pytest.mark.parametrize(
    "period",
    ["2024", "2024H1", "2024H2", "2024Q1", "2024Q4", "2024Q1-Q3", "2024M01-M05", "2021-2023", None],
)
def test_valid_periods(period: str | None) -> None:
    assert (
        validate_table(
            "district_indicators", frame("district_indicators", [indicator(period=period)])
        ).failed.height
        == 0
    )


@pytest.mark.parametrize(
    "period", ["24", "2024H3", "2024Q5", "2024M13-M14", "2024年", "上半年", "2024M1-M5"]
)
def test_invalid_periods(period: str) -> None:
    assert PERIOD  # the grammar lives in warehouse.schemas
    result = validate_table(
        "district_indicators", frame("district_indicators", [indicator(period=period)])
    )
    assert result.failed.height == 1 and "period" in result.failed["check_name"][0]


@pytest.mark.parametrize(
    ("overrides", "check"),
    [
        ({"qualifier": "≈"}, "qualifier"),
        ({"value": None, "growth_pct": None, "rank": None}, "has_value_growth_or_rank"),
        ({"evidence": ""}, "evidence"),
        ({"span_end": START}, "span_ordered"),
        ({"span_end": START + 3}, "span_fits_evidence"),
        ({"rank": 0}, "rank"),
        ({"article_id": "short"}, "article_id"),
        ({"district": None}, "district"),
    ],
)
def test_bad_indicator_rows_fail_with_their_check(overrides: dict, check: str) -> None:
    rows = [indicator(), indicator(**overrides)]
    result = validate_table("district_indicators", frame("district_indicators", rows))
    assert result.valid.height == 1 and result.failed.height == 1
    assert check in result.failed["check_name"][0]
    assert result.failed["reason"][0]


def test_a_rank_only_indicator_is_allowed() -> None:
    row = indicator(
        value=None,
        unit=None,
        value_std=None,
        unit_std=None,
        growth_pct=None,
        rank=1,
        rank_scope="全市",
    )
    assert (
        validate_table("district_indicators", frame("district_indicators", [row])).failed.height
        == 0
    )


@pytest.mark.parametrize(
    ("table", "row", "check"),
    [
        ("projects", {"kind": "factory", "status": None}, "kind"),
        ("projects", {"kind": "zone", "status": "dreaming"}, "status"),
        ("targets", {"target_year": None}, "target_year"),
        ("targets", {"value": None, "growth_pct": None}, "has_level_or_growth"),
    ],
)
def test_bad_target_and_project_rows(table: str, row: dict, check: str) -> None:
    base = {
        "article_id": AID,
        "district": "江汉区",
        "evidence": EVIDENCE,
        "span_start": START,
        "span_end": START + len(EVIDENCE),
    }
    if table == "projects":
        base |= {"name": "数字产业园", "kind": "zone", "status": "planned", "year": 2025}
    else:
        base |= {
            "metric_key": "gdp",
            "metric_name": "地区生产总值",
            "target_year": 2025,
            "value": 900.0,
            "unit": "亿元",
            "value_std": 9e10,
            "unit_std": "元",
            "qualifier": "=",
            "growth_pct": 6.0,
        }
    result = validate_table(table, frame(table, [base, base | row]))
    assert result.valid.height == 1 and check in result.failed["check_name"][0]


def test_wrong_dtype_fails_every_row() -> None:
    bad = frame("district_indicators", [indicator(), indicator()]).with_columns(
        pl.col("rank").cast(pl.Int64)
    )
    result = validate_table("district_indicators", bad)
    assert result.valid.height == 0 and result.failed.height == 2


def test_evidence_must_be_the_text_at_its_span() -> None:
    shifted = indicator(span_start=START - 1, span_end=START - 1 + len(EVIDENCE))
    result = validate_facts(
        "district_indicators", frame("district_indicators", [indicator(), shifted]), [], {AID: TEXT}
    )
    assert result.valid.height == 1
    assert result.failed["check_name"].to_list() == ["evidence:matches_span"]


def test_facts_of_a_rejected_article_are_quarantined_with_it() -> None:
    result = validate_facts(
        "district_indicators", frame("district_indicators", [indicator()]), [AID], {AID: TEXT}
    )
    assert result.valid.height == 0 and result.failed["check_name"].to_list() == ["article:valid"]


def test_quarantine_rows_keep_the_row_and_the_reason() -> None:
    failed = validate_table(
        "district_indicators", frame("district_indicators", [indicator(qualifier="≈")])
    ).failed
    rows = quarantine_rows("district_indicators", failed, dt.datetime(2025, 1, 1))
    assert rows.columns == list(polars_schema("quarantine").names())
    assert rows["table_name"][0] == "district_indicators" and rows["article_id"][0] == AID
    assert json.loads(rows["row_json"][0])["qualifier"] == "≈"
    assert "qualifier" in rows["reason"][0]


_DUCKDB_TYPES = {  # the DuckDB type each Polars dtype is stored as
    pl.String: "VARCHAR",
    pl.Float64: "DOUBLE",
    pl.Int32: "INTEGER",
    pl.Int64: "BIGINT",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMP",
    pl.List: "VARCHAR[]",
}


@pytest.mark.parametrize("table", sorted(MODELS))
def test_ddl_and_pandera_model_list_the_same_columns(table):
    """warehouse/ddl.sql and warehouse/schemas.py both describe each table: they must agree."""
    con = duckdb.connect()
    con.execute(DDL_PATH.read_text(encoding="utf-8"))
    described = [
        (n, t, nullable == "YES")
        for n, t, nullable, *_ in con.sql(f'DESCRIBE "{table}"').fetchall()
    ]
    columns = MODELS[table].to_schema().columns
    expected = [
        (name, _DUCKDB_TYPES[col.dtype.type.base_type()], col.nullable)
        for name, col in columns.items()
    ]
    # same names and types (rows are written by column name, so order is free)
    assert {n: t for n, t, _ in described} == {n: t for n, t, _ in expected}
    not_null_in_ddl = {n for n, _, nullable in described if not nullable}
    nullable_in_model = {n for n, _, nullable in expected if nullable}
    assert not (not_null_in_ddl & nullable_in_model), (
        "the model lets NULLs through a NOT NULL column"
    )
