"""Decoding and parsing a batch into frames (`pipelines.batch`), including the worker pool."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from pipelines import batch
from pipelines.scan import plan_changes, scan_folder
from tests.conftest import SEED_ARTICLES
from warehouse.schemas import empty_frame, polars_schema

NOW = dt.datetime(2025, 1, 1)


def decoded_seeds() -> pl.DataFrame:
    changes = plan_changes(SEED_ARTICLES, scan_folder(SEED_ARTICLES), empty_frame("article_files"))
    return batch.decode_files(SEED_ARTICLES, changes)


def test_decoded_frame_has_one_row_per_file() -> None:
    decoded = decoded_seeds()
    assert decoded.height == len(list(SEED_ARTICLES.glob("*.txt")))
    assert decoded["reject_reason"].null_count() == decoded.height
    assert decoded["article_id"].str.len_chars().to_list() == [16] * decoded.height


def test_parse_frames_follow_the_table_schemas() -> None:
    parsed = batch.parse_documents(decoded_seeds(), set(), "v", NOW)
    for table in ("articles", "district_indicators", "targets", "projects"):
        assert getattr(parsed, table).schema == polars_schema(table)
    assert parsed.failures.height == 0


def test_known_articles_are_not_parsed_again() -> None:
    decoded = decoded_seeds()
    parsed = batch.parse_documents(decoded, set(decoded["article_id"]), "v", NOW)
    assert parsed.articles.height == 0


def test_worker_pool_gives_the_same_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded = decoded_seeds()
    alone = batch.parse_documents(decoded, set(), "v", NOW, workers=1)
    monkeypatch.setattr(batch, "POOL_THRESHOLD", 1)
    pooled = batch.parse_documents(decoded, set(), "v", NOW, workers=2)
    for table in ("articles", "district_indicators", "targets", "projects"):
        assert getattr(pooled, table).equals(getattr(alone, table))


def test_a_parser_crash_is_a_failure_row_not_an_exception(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def crash(doc, reference=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "parse_article", crash)
    parsed = batch.parse_documents(decoded_seeds(), set(), "v", NOW)
    assert parsed.articles.height == 0
    assert parsed.failures.height == 5 and parsed.failures["reason"].str.contains("boom").all()
