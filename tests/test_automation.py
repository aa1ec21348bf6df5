"""Definitions load, and the sensor and schedule decide correctly (Dagster's test contexts)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from assets import build_definitions
from assets.automation import INGEST_JOB, WRITER_TAG
from assets.resources import ArticlesSource
from tests.conftest import PROJECT_ROOT

STAGES = {"reference", "ingest", "parse", "validate", "warehouse", "views"}


@pytest.fixture
def defs(articles: Path, warehouse: Path) -> dg.Definitions:
    return build_definitions(articles, warehouse, ingest_cron="15 3 * * *")


def test_project_definitions_load(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PIPELINES_WAREHOUSE", str(tmp_path / "w.duckdb"))
    monkeypatch.setenv("PIPELINES_INGEST_CRON", "0 2 * * 1")
    module = importlib.reload(importlib.import_module("pipelines.definitions"))
    defs = module.defs
    job = defs.resolve_job_def(INGEST_JOB)
    assert job.tags.get("warehouse_writer") == WRITER_TAG["warehouse_writer"]
    assert defs.resolve_schedule_def("scheduled_refresh").cron_schedule == "0 2 * * 1"
    assert defs.resolve_sensor_def("articles_folder_sensor")
    groups = {spec.group_name for spec in defs.resolve_all_asset_specs()}
    assert groups == STAGES
    for spec in defs.resolve_all_asset_specs():
        assert spec.description, spec.key


def test_dg_check_defs() -> None:
    dg_cli = Path(sys.executable).with_name("dg")
    if not dg_cli.exists():
        pytest.skip("dg is not installed in this environment")
    done = subprocess.run(
        [str(dg_cli), "check", "defs"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_sensor_requests_one_run_per_change(defs: dg.Definitions, articles: Path) -> None:
    sensor = defs.resolve_sensor_def("articles_folder_sensor")
    resources = {"articles_source": ArticlesSource(path=str(articles))}

    def tick(cursor: str | None):
        with dg.build_sensor_context(
            cursor=cursor, resources=resources, definitions=defs
        ) as context:
            data = sensor.evaluate_tick(context)
        return data.run_requests or [], data.cursor, data.skip_message

    requests, cursor, _ = tick(None)
    first_key = requests[0].run_key
    assert len(requests) == 1 and requests[0].job_name in (None, INGEST_JOB)
    again, same_cursor, skip = tick(cursor)
    assert again == [] and "no change" in skip and same_cursor in (None, cursor)
    for n in range(3):  # many new files: still one run
        (articles / f"new_{n}.txt").write_text(f"江汉区第{n}条新闻。", encoding="utf-8")
    requests, next_cursor, _ = tick(cursor)
    assert len(requests) == 1 and next_cursor != cursor
    assert requests[0].run_key != first_key


def test_sensor_skips_when_the_folder_is_missing(defs: dg.Definitions, tmp_path: Path) -> None:
    sensor = defs.resolve_sensor_def("articles_folder_sensor")
    resources = {"articles_source": ArticlesSource(path=str(tmp_path / "nope"))}
    with dg.build_sensor_context(resources=resources, definitions=defs) as context:
        data = sensor.evaluate_tick(context)
    assert not data.run_requests and "does not exist" in data.skip_message


def test_schedule_runs_the_ingest_job(defs: dg.Definitions) -> None:
    schedule = defs.resolve_schedule_def("scheduled_refresh")
    assert schedule.cron_schedule == "15 3 * * *"
    assert schedule.job_name == INGEST_JOB
    with dg.build_schedule_context(scheduled_execution_time=None) as context:
        data = schedule.evaluate_tick(context)
    assert len(data.run_requests) == 1
