"""Run the ingest job in this process and collect what it did, for the CLI, tests and benchmarks.

This is the same job `dagster dev`, the sensor and the schedule launch, executed with
`execute_in_process`: on the instance DAGSTER_HOME points at when set (runs then show in the
UI), else on an ephemeral in-memory instance (nothing written outside the warehouse).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from assets.automation import INGEST_JOB
from assets.definitions import build_definitions
from warehouse import store

SUMMARY_TABLES = (
    "articles",
    "district_indicators",
    "targets",
    "projects",
    "rejected_articles",
    "quarantine",
)


@dataclass
class IngestReport:
    """What one ingest run found and did."""

    success: bool
    seconds: float
    changes: dict[str, int]  # new, changed, unchanged, renamed, removed, reparsed
    rejected: int  # files rejected in this run
    rows_written: dict[str, int]  # rows inserted this run, by table
    totals: dict[str, int]  # rows in the warehouse after the run, by table
    run_id: str = ""
    errors: list[str] = field(default_factory=list)


def run_ingest(
    articles_dir: str | Path,
    warehouse_path: str | Path,
    log_level: str = "INFO",
    run_config: dict | None = None,
) -> IngestReport:
    """Materialize the ingest job for one folder and warehouse file; never raises on a step error."""
    started = time.perf_counter()
    defs = build_definitions(articles_dir, warehouse_path)
    job = defs.resolve_job_def(INGEST_JOB)
    config = {"loggers": {"console": {"config": {"log_level": log_level.upper()}}}} | (
        run_config or {}
    )
    instance = (
        dg.DagsterInstance.get()
        if os.environ.get("DAGSTER_HOME")
        else dg.DagsterInstance.ephemeral()
    )
    with instance:
        result = job.execute_in_process(instance=instance, run_config=config, raise_on_error=False)
    metadata = {
        event.asset_key.to_user_string(): event.step_materialization_data.materialization.metadata
        for event in result.get_asset_materialization_events()
    }
    changes_meta = metadata.get("article_changes", {})
    changes = {
        key: int(changes_meta[key].value)
        for key in ("new", "changed", "unchanged", "renamed", "removed", "reparsed")
        if key in changes_meta
    }
    rows_written = {
        t: int(metadata[t]["rows_written"].value) for t in SUMMARY_TABLES if t in metadata
    }
    rejected = metadata.get("rejected_articles", {}).get("files_rejected")
    with store.connect(warehouse_path, read_only=True) as con:
        totals = store.table_counts(con, SUMMARY_TABLES)
    errors = [
        str(event.event_specific_data.error.message).strip()
        for event in result.all_events
        if event.is_step_failure
    ]
    return IngestReport(
        success=result.success,
        seconds=time.perf_counter() - started,
        changes=changes,
        rejected=int(rejected.value) if rejected is not None else 0,
        rows_written=rows_written,
        totals=totals,
        run_id=result.run_id,
        errors=errors,
    )
