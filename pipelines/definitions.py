"""Definitions for `dagster dev` / `dg dev`: the graph on the default folder and warehouse.

Thin on purpose: paths come from the environment (PIPELINES_ARTICLES_DIR,
PIPELINES_WAREHOUSE, PIPELINES_INGEST_CRON), everything else from `assets.build_definitions`.
"""

from __future__ import annotations

import os
from pathlib import Path

from assets import build_definitions
from assets.automation import DEFAULT_CRON

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES_DIR = PROJECT_ROOT / "seeds" / "articles"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "warehouse.duckdb"


def articles_dir() -> Path:
    """The articles folder: $PIPELINES_ARTICLES_DIR or seeds/articles."""
    return Path(os.environ.get("PIPELINES_ARTICLES_DIR") or DEFAULT_ARTICLES_DIR)


def warehouse_path() -> Path:
    """The warehouse file: $PIPELINES_WAREHOUSE or warehouse/warehouse.duckdb."""
    return Path(os.environ.get("PIPELINES_WAREHOUSE") or DEFAULT_WAREHOUSE)


defs = build_definitions(
    articles_dir(), warehouse_path(), os.environ.get("PIPELINES_INGEST_CRON") or DEFAULT_CRON
)
