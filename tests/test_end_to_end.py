"""End to end through the real Dagster graph and the real parser, on the seed articles.

Assertions hold whatever facts the parser finds (none, or many): spans are checked for every
row that exists, never for a count of facts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assets import build_definitions
from assets.automation import INGEST_JOB
from pipelines.parse import read_document
from tests.conftest import PROJECT_ROOT, SEED_ARTICLES, query
from warehouse import store

# The contract's columns and DuckDB types (../shared/contract/WAREHOUSE.md).
CONTRACT = {
    "articles": {
        "article_id": "VARCHAR",
        "source_path": "VARCHAR",
        "title": "VARCHAR",
        "published_on": "DATE",
        "reference_date": "DATE",
        "reference_date_source": "VARCHAR",
        "primary_district": "VARCHAR",
        "char_count": "INTEGER",
        "ingested_at": "TIMESTAMP",
    },
    "district_indicators": {
        "article_id": "VARCHAR",
        "district": "VARCHAR",
        "metric_key": "VARCHAR",
        "metric_name": "VARCHAR",
        "period": "VARCHAR",
        "value": "DOUBLE",
        "unit": "VARCHAR",
        "value_std": "DOUBLE",
        "unit_std": "VARCHAR",
        "qualifier": "VARCHAR",
        "growth_pct": "DOUBLE",
        "is_estimate": "BOOLEAN",
        "rank": "INTEGER",
        "rank_scope": "VARCHAR",
        "evidence": "VARCHAR",
        "span_start": "INTEGER",
        "span_end": "INTEGER",
    },
    "targets": {
        "article_id": "VARCHAR",
        "district": "VARCHAR",
        "metric_key": "VARCHAR",
        "metric_name": "VARCHAR",
        "target_year": "INTEGER",
        "value": "DOUBLE",
        "unit": "VARCHAR",
        "value_std": "DOUBLE",
        "unit_std": "VARCHAR",
        "qualifier": "VARCHAR",
        "growth_pct": "DOUBLE",
        "evidence": "VARCHAR",
        "span_start": "INTEGER",
        "span_end": "INTEGER",
    },
    "projects": {
        "article_id": "VARCHAR",
        "district": "VARCHAR",
        "name": "VARCHAR",
        "kind": "VARCHAR",
        "status": "VARCHAR",
        "year": "INTEGER",
        "evidence": "VARCHAR",
        "span_start": "INTEGER",
        "span_end": "INTEGER",
    },
    "rejected_articles": {
        "source_path": "VARCHAR",
        "reason": "VARCHAR",
        "rejected_at": "TIMESTAMP",
    },
    "metrics": {"metric_key": "VARCHAR"},
    "districts": {"district": "VARCHAR"},
}
FACT_TABLES = ("district_indicators", "targets", "projects")


@pytest.fixture
def seeded(ingest, warehouse):
    """The seed articles ingested once; returns the first run's report."""
    return ingest()


def test_contract_tables_and_types(seeded, warehouse: Path) -> None:
    for table, columns in CONTRACT.items():
        described = {name: ctype for name, ctype, *_ in query(warehouse, f'DESCRIBE "{table}"')}
        for column, ctype in columns.items():
            assert described.get(column) == ctype, (table, column, described.get(column))


def test_every_seed_article_is_ingested(seeded, warehouse: Path) -> None:
    files = sorted(p.name for p in SEED_ARTICLES.glob("*.txt"))
    paths = sorted(r[0] for r in query(warehouse, "SELECT source_path FROM articles"))
    assert paths == files
    assert seeded.changes["new"] == len(files)
    assert query(warehouse, "SELECT count(*) FROM rejected_articles") == [(0,)]
    assert query(warehouse, "SELECT count(*) FROM metrics")[0][0] > 0
    assert query(warehouse, "SELECT count(*) FROM districts")[0][0] > 0


def test_article_ids_and_char_counts_match_the_documents(seeded, warehouse: Path) -> None:
    for aid, path, chars in query(
        warehouse, "SELECT article_id, source_path, char_count FROM articles"
    ):
        doc = read_document((SEED_ARTICLES / path).read_bytes())
        assert (aid, chars) == (doc.article_id, len(doc.text))


def test_every_evidence_is_the_text_at_its_span(seeded, warehouse: Path) -> None:
    texts = {
        aid: read_document((SEED_ARTICLES / path).read_bytes()).text
        for aid, path in query(warehouse, "SELECT article_id, source_path FROM articles")
    }
    for table in FACT_TABLES:
        for aid, evidence, start, end in query(
            warehouse, f"SELECT article_id, evidence, span_start, span_end FROM {table}"
        ):
            assert texts[aid][start:end] == evidence, (table, aid, start, end)


def test_a_second_run_changes_nothing(seeded, ingest, warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        before = store.table_checksums(con)
    report = ingest()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        after = store.table_checksums(con)
    assert after == before
    assert report.changes["unchanged"] == seeded.changes["new"]
    assert sum(report.rows_written.values()) == 0


def test_views_answer_the_readme_queries(seeded, warehouse: Path) -> None:
    views = {
        r[0] for r in query(warehouse, "SELECT view_name FROM duckdb_views() WHERE NOT internal")
    }
    assert {"latest_indicators", "indicator_facts", "district_coverage", "ingest_status"} <= views
    query(
        warehouse,
        "SELECT period, metric_name, value, unit FROM district_indicators WHERE district = '江汉区' ORDER BY period",
    )
    query(warehouse, "SELECT * FROM targets WHERE target_year = 2024")
    query(warehouse, "SELECT name, kind, status FROM projects WHERE district = '江岸区'")
    assert len(query(warehouse, "SELECT * FROM ingest_status")) == len(
        list(SEED_ARTICLES.glob("*.txt"))
    )


def test_every_asset_reports_schema_rows_and_preview(articles: Path, warehouse: Path) -> None:
    defs = build_definitions(articles, warehouse)
    result = defs.resolve_job_def(INGEST_JOB).execute_in_process(
        run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    )
    assert result.success
    seen = {}
    for event in result.get_asset_materialization_events():
        seen[event.asset_key.to_user_string()] = (
            event.step_materialization_data.materialization.metadata
        )
    data_assets = set(seen) - {"warehouse_views"}
    assert data_assets == {k.to_user_string() for k in defs.resolve_all_asset_keys()} - {
        "warehouse_views"
    }
    for key in data_assets:
        assert {"dagster/row_count", "dagster/column_schema", "preview"} <= set(seen[key]), key
    checks = {
        e.asset_check_evaluation_data.check_name
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    assert checks == {f"check_validity_{t}" for t in ("articles", *FACT_TABLES)}


def test_cli_ingest(articles: Path, warehouse: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "pipelines",
        "ingest",
        "--articles",
        str(articles),
        "--warehouse",
        str(warehouse),
        "--log-level",
        "WARNING",
    ]
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "5 new" in done.stdout and "district_indicators" in done.stdout


def test_cli_exits_nonzero_when_nothing_can_be_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    cmd = [
        sys.executable,
        "-m",
        "pipelines",
        "ingest",
        "--articles",
        str(folder),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
        "--log-level",
        "WARNING",
    ]
    done = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "2 rejected" in done.stdout
