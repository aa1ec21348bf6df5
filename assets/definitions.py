"""The factory that assembles the graph, resources, job, sensor and schedule for two paths.

`pipelines/definitions.py` calls it with the defaults for `dagster dev`; the CLI and the
tests call it with the folder and warehouse file they were given. Same graph everywhere.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets import ingest, parse, reference, tables, validate, views
from assets.automation import (
    DEFAULT_CRON,
    build_articles_sensor,
    build_ingest_job,
    build_refresh_schedule,
)
from assets.resources import ArticlesSource, WarehouseResource


def build_definitions(
    articles_dir: str | Path, warehouse_path: str | Path, ingest_cron: str = DEFAULT_CRON
) -> dg.Definitions:
    """Definitions for ingesting `articles_dir` into the DuckDB file `warehouse_path`.

    Args:
        articles_dir: folder searched recursively for article files.
        warehouse_path: DuckDB file, created if missing.
        ingest_cron: cron of the refresh schedule.

    Returns:
        Definitions with every asset and check, the ingest job, the sensor and the schedule.
    """
    job = build_ingest_job()
    return dg.Definitions(
        assets=dg.load_assets_from_modules([reference, ingest, parse, validate, tables, views]),
        jobs=[job],
        sensors=[build_articles_sensor(job)],
        schedules=[build_refresh_schedule(job, ingest_cron)],
        resources={
            "articles_source": ArticlesSource(path=str(Path(articles_dir).resolve())),
            "warehouse": WarehouseResource(path=str(Path(warehouse_path).resolve())),
            # frames pass between steps in memory: the job runs in one process (see automation)
            "io_manager": dg.mem_io_manager,
        },
        executor=dg.in_process_executor,
    )
