"""The warehouse writer (`warehouse.store.apply_batch`) with an injected fake parser.

The real parser decides which facts exist; here a fake one returns known facts so the
transaction rules can be asserted: an article's rows replaced atomically, one article the
database refuses rejected without half its facts and without stopping the others.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from pipelines import batch as batch_module
from pipelines.batch import decode_files, parse_documents
from pipelines.parse import ParsedArticle
from pipelines.parse.records import Indicator, Project
from pipelines.scan import plan_changes, scan_folder
from warehouse import store
from warehouse.schemas import quarantine_rows, validate_table

NOW = dt.datetime(2025, 1, 1, 12)
TEXTS = {
    "a.txt": "江汉区上半年地区生产总值838亿元。",
    "b.txt": "江岸区上半年地区生产总值900亿元。",
    "c.txt": "硚口区上半年地区生产总值500亿元。",
}


def fake_parse(facts_per_article: int = 1, broken: str | None = None):
    """A parse_article stand-in: one GDP indicator per sentence; `broken` gets an empty span."""

    def parse(doc, reference=None) -> ParsedArticle:
        district = doc.text[:3]
        end = 0 if district == broken else len(doc.text)
        indicators = [
            Indicator(
                district,
                "gdp",
                "地区生产总值",
                "2024H1",
                838.0 + n,
                "亿元",
                None,
                None,
                "=",
                None,
                False,
                None,
                None,
                doc.text[:end],
                0,
                end,
            )
            for n in range(facts_per_article)
        ]
        project = Project(district, "数字产业园", "zone", None, None, doc.text, 0, len(doc.text))
        return ParsedArticle(
            doc.article_id,
            district + "新闻",
            None,
            None,
            "inferred",
            2024,
            district,
            len(doc.text),
            indicators=indicators,
            projects=[project],
        )

    return parse


def make_batch(
    folder: Path, con, monkeypatch: pytest.MonkeyPatch, parse, stale: set[str] = frozenset()
) -> store.Batch:
    monkeypatch.setattr(batch_module, "parse_article", parse)
    changes = plan_changes(
        folder, scan_folder(folder), store.read_state(con), stale_article_ids=stale
    )
    decoded = decode_files(folder, changes)
    current = set(store.article_versions(con)) - set(stale)
    parsed = parse_documents(decoded, current, "v1", NOW)
    return store.Batch(
        changes=changes,
        decoded=decoded,
        articles=parsed.articles,
        facts={
            "district_indicators": parsed.district_indicators,
            "targets": parsed.targets,
            "projects": parsed.projects,
        },
        quarantine=quarantine_rows(
            "district_indicators",
            validate_table("district_indicators", parsed.district_indicators.clear()).failed,
            NOW,
        ),
        failures=parsed.failures,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def con(tmp_path: Path):
    with store.connect(tmp_path / "w.duckdb") as connection:
        yield connection


def count(con, sql: str, params: list | None = None) -> int:
    return con.execute(sql, params or []).fetchone()[0]


def test_a_refused_article_leaves_no_rows_and_does_not_stop_the_others(
    folder, con, monkeypatch
) -> None:
    batch = make_batch(folder, con, monkeypatch, fake_parse(facts_per_article=2, broken="江岸区"))
    result = store.apply_batch(con, batch, NOW)
    assert result.articles_written == 2 and len(result.write_failures) == 1
    assert count(con, "SELECT count(*) FROM articles") == 2
    assert count(con, "SELECT count(*) FROM district_indicators") == 4
    assert count(con, "SELECT count(*) FROM projects") == 2
    assert count(con, "SELECT count(*) FROM district_indicators WHERE district = '江岸区'") == 0
    assert (
        count(con, "SELECT count(*) FROM projects WHERE district = '江岸区'") == 0
    )  # not half its facts
    stage, reason = con.execute(
        "SELECT stage, reason FROM rejected_articles WHERE source_path = 'b.txt'"
    ).fetchone()
    assert stage == "write" and "refused" in reason
    assert con.execute(
        "SELECT status FROM article_files WHERE source_path = 'b.txt'"
    ).fetchone() == ("rejected",)


def test_reparsing_replaces_an_articles_rows(folder, con, monkeypatch) -> None:
    store.apply_batch(
        con, make_batch(folder, con, monkeypatch, fake_parse(facts_per_article=3)), NOW
    )
    assert count(con, "SELECT count(*) FROM district_indicators") == 9
    stale = set(store.article_versions(con))
    batch = make_batch(folder, con, monkeypatch, fake_parse(facts_per_article=1), stale=stale)
    assert batch.articles.height == 3
    store.apply_batch(con, batch, NOW)
    assert count(con, "SELECT count(*) FROM district_indicators") == 3
    assert count(con, "SELECT count(*) FROM articles") == 3


def test_an_empty_batch_writes_nothing(folder, con, monkeypatch) -> None:
    store.apply_batch(con, make_batch(folder, con, monkeypatch, fake_parse()), NOW)
    before = store.table_checksums(con)
    batch = make_batch(
        folder, con, monkeypatch, lambda *a: pytest.fail("parsed an unchanged article")
    )
    assert store.batch_is_empty(batch)
    assert not store.apply_batch(con, batch, NOW).wrote
    assert store.table_checksums(con) == before


def test_quarantined_rows_stay_with_their_file_and_go_with_it(folder, con, monkeypatch) -> None:
    batch = make_batch(folder, con, monkeypatch, fake_parse())
    bad = batch.facts["district_indicators"].head(1).with_columns(pl.lit("≈").alias("qualifier"))
    batch.quarantine = quarantine_rows(
        "district_indicators", validate_table("district_indicators", bad).failed, NOW
    )
    store.apply_batch(con, batch, NOW)
    aid = bad["article_id"][0]
    assert count(con, "SELECT count(*) FROM quarantine WHERE article_id = ?", [aid]) == 1
    path = con.execute("SELECT source_path FROM articles WHERE article_id = ?", [aid]).fetchone()[0]
    (folder / path).unlink()
    store.apply_batch(con, make_batch(folder, con, monkeypatch, fake_parse()), NOW)
    assert count(con, "SELECT count(*) FROM quarantine") == 0
    assert count(con, "SELECT count(*) FROM articles") == 2
