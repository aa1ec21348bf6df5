"""The ingest job and what starts it: a sensor on the articles folder and a daily schedule.

One job materializes the whole graph; every trigger (sensor, schedule, CLI, UI) runs it, so
many new files are always one run, never one run per article. The job's tag is what
dagster.yaml limits to one run at a time: DuckDB has a single writer.
"""

from __future__ import annotations

import dagster as dg

from assets.resources import ArticlesSource
from pipelines.scan import fingerprint

INGEST_JOB = "ingest_job"
WRITER_TAG = {"warehouse_writer": "duckdb"}  # limited to 1 concurrent run in dagster.yaml
DEFAULT_CRON = "0 6 * * *"


def build_ingest_job() -> dg.UnresolvedAssetJobDefinition:
    """The one job: every asset and check, executed in one process (frames pass in memory)."""
    return dg.define_asset_job(
        INGEST_JOB,
        selection=dg.AssetSelection.all(),
        description="Scan the articles folder and ingest what is new, changed, renamed or removed.",
        tags=WRITER_TAG,
        executor_def=dg.in_process_executor,
    )


def build_articles_sensor(job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    """A sensor that requests one ingest run whenever a file's path, size or mtime changed."""

    @dg.sensor(
        name="articles_folder_sensor",
        job=job,
        minimum_interval_seconds=30,
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="Watches the articles folder (paths, sizes, mtimes); one run per change seen.",
    )
    def articles_folder_sensor(
        context: dg.SensorEvaluationContext, articles_source: ArticlesSource
    ):
        try:
            stats = articles_source.scan()
        except FileNotFoundError as exc:
            return dg.SkipReason(str(exc))
        current = fingerprint(stats)
        previous, _, count = (context.cursor or "").partition("|")
        if current == previous:
            return dg.SkipReason(f"no change in {len(stats)} files")
        n = int(count or 0) + 1
        context.update_cursor(f"{current}|{n}")
        # the counter keeps run keys unique if the folder ever returns to an earlier state
        return dg.RunRequest(run_key=f"{n}-{current}", tags={"articles_fingerprint": current})

    return articles_folder_sensor


def build_refresh_schedule(
    job: dg.UnresolvedAssetJobDefinition, cron: str = DEFAULT_CRON
) -> dg.ScheduleDefinition:
    """A schedule running the same ingest job, so a deployment without the sensor stays current."""
    return dg.ScheduleDefinition(
        name="scheduled_refresh",
        job=job,
        cron_schedule=cron,
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description=f"Runs the ingest job on cron {cron!r} (env PIPELINES_INGEST_CRON).",
    )
