"""Shared fixtures: a scratch copy of the seed articles, a warehouse path, an ingest helper.

The ingest helper runs the real Dagster job in process (the CLI's code path) with quiet logs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from assets.run import IngestReport, run_ingest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"


@pytest.fixture(autouse=True)
def _no_dagster_home(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run on an ephemeral instance even when the developer has DAGSTER_HOME set."""
    monkeypatch.delenv("DAGSTER_HOME", raising=False)


@pytest.fixture(autouse=True)
def parser_version(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Pin the parser fingerprint so edits to the parser during a test run don't re-parse.

    Returns a setter: tests of the re-parse rule call it to simulate a parser change.
    """

    def _set(version: str) -> None:
        monkeypatch.setattr("pipelines.scan.parser_version", lambda *a, **k: version)

    _set("test-parser-v1")
    return _set


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A writable copy of seeds/articles."""
    target = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, target)
    return target


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """Where the test's warehouse file goes (not created yet)."""
    return tmp_path / "warehouse.duckdb"


@pytest.fixture
def ingest(articles: Path, warehouse: Path) -> Callable[[], IngestReport]:
    """Run the ingest job on the fixture folder and warehouse; fail the test if the run fails."""

    def _run() -> IngestReport:
        report = run_ingest(articles, warehouse, log_level="WARNING")
        assert report.success, report.errors
        return report

    return _run


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one read-only query on a warehouse file."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
