"""Incremental ingestion through the real graph: add, change, remove, rename, reject, re-encode.

Each test changes the scratch copy of the seed folder and runs the ingest job again; the
report's change counts and the tables show that only the affected article was touched.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from pipelines.parse import read_document
from tests.conftest import query
from warehouse import store

FIRST = "000_cd6140654995e3c5.txt"
SECOND = "001_4560d328f1d36908.txt"
TRADITIONAL = (
    "江漢區上半年經濟運行穩中向好\n\n"
    "今年上半年，江漢區完成地區生產總值八百三十八億元，同比增長百分之五點四。"
    "全區規模以上工業增加值增長百分之六，社會消費品零售總額達到四百億元。"
    "區委區政府表示，將繼續推動服務業高品質發展，打造現代化國際化城區。"
)


def ingested_at(warehouse: Path) -> dict[str, object]:
    return dict(query(warehouse, "SELECT article_id, ingested_at FROM articles"))


def facts_of(warehouse: Path, aid: str) -> int:
    return sum(
        query(warehouse, f"SELECT count(*) FROM {t} WHERE article_id = ?", [aid])[0][0]
        for t in ("district_indicators", "targets", "projects")
    )


def test_adding_one_file_processes_exactly_that_article(
    ingest, articles: Path, warehouse: Path
) -> None:
    ingest()
    before = ingested_at(warehouse)
    text = (articles / FIRST).read_text(encoding="utf-8") + "\n\n（本报记者 补充报道）\n"
    (articles / "sub").mkdir()
    (articles / "sub" / "extra.txt").write_text(text, encoding="utf-8")
    report = ingest()
    assert report.changes == {
        "new": 1,
        "changed": 0,
        "unchanged": 5,
        "renamed": 0,
        "removed": 0,
        "reparsed": 0,
    }
    assert report.rows_written["articles"] == 1
    after = ingested_at(warehouse)
    new_ids = set(after) - set(before)
    assert len(new_ids) == 1
    assert {aid: after[aid] for aid in before} == before  # the others were not rewritten
    assert query(
        warehouse, "SELECT source_path FROM articles WHERE article_id = ?", [new_ids.pop()]
    ) == [("sub/extra.txt",)]


def test_a_changed_file_replaces_its_facts(ingest, articles: Path, warehouse: Path) -> None:
    ingest()
    old_id = read_document((articles / FIRST).read_bytes()).article_id
    (articles / FIRST).write_bytes(
        (articles / SECOND).read_bytes().replace("江".encode(), "汉".encode(), 1)
    )
    new_id = read_document((articles / FIRST).read_bytes()).article_id
    report = ingest()
    assert report.changes["changed"] == 1 and report.changes["unchanged"] == 4
    ids = dict(query(warehouse, "SELECT source_path, article_id FROM articles"))
    assert ids[FIRST] == new_id
    assert old_id not in ids.values()
    assert facts_of(warehouse, old_id) == 0
    assert query(warehouse, "SELECT count(*) FROM quarantine WHERE article_id = ?", [old_id]) == [
        (0,)
    ]


def test_a_removed_file_deletes_its_article_and_facts(
    ingest, articles: Path, warehouse: Path
) -> None:
    ingest()
    aid = read_document((articles / FIRST).read_bytes()).article_id
    (articles / FIRST).unlink()
    report = ingest()
    assert report.changes["removed"] == 1
    assert query(warehouse, "SELECT count(*) FROM articles WHERE article_id = ?", [aid]) == [(0,)]
    assert facts_of(warehouse, aid) == 0
    assert query(
        warehouse, "SELECT count(*) FROM article_files WHERE source_path = ?", [FIRST]
    ) == [(0,)]


def test_a_renamed_file_is_not_parsed_again(ingest, articles: Path, warehouse: Path) -> None:
    ingest()
    before = ingested_at(warehouse)
    facts_before = {aid: facts_of(warehouse, aid) for aid in before}
    (articles / "archive").mkdir()
    os.rename(articles / FIRST, articles / "archive" / "renamed.txt")
    report = ingest()
    assert (
        report.changes["renamed"] == 1
        and report.changes["new"] == 0
        and report.changes["removed"] == 0
    )
    assert report.rows_written.get("articles", 0) == 0
    assert ingested_at(warehouse) == before
    assert {aid: facts_of(warehouse, aid) for aid in before} == facts_before
    aid = read_document((articles / "archive" / "renamed.txt").read_bytes()).article_id
    assert query(warehouse, "SELECT source_path FROM articles WHERE article_id = ?", [aid]) == [
        ("archive/renamed.txt",)
    ]


def test_a_touched_file_is_hashed_but_not_parsed(ingest, articles: Path, warehouse: Path) -> None:
    ingest()
    before = ingested_at(warehouse)
    os.utime(articles / FIRST, ns=(1_000_000_000, 1_000_000_000))
    report = ingest()
    assert report.changes["unchanged"] == 5 and report.rows_written.get("articles", 0) == 0
    assert ingested_at(warehouse) == before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        first = store.table_checksums(con)
    ingest()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert store.table_checksums(con) == first


def test_broken_files_are_rejected_and_the_others_ingest(
    ingest, articles: Path, warehouse: Path
) -> None:
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (articles / "empty.txt").write_bytes(b"")
    (articles / "invalid.txt").write_bytes(b"\xff\xfe\xfa\xfb\x80\x81" * 50)
    (articles / "front_matter_only.md").write_text("---\ntitle: 空\n---\n", encoding="utf-8")
    report = ingest()
    assert report.rejected == 4
    rejected = dict(query(warehouse, "SELECT source_path, reason FROM rejected_articles"))
    assert set(rejected) == {"binary.txt", "empty.txt", "invalid.txt", "front_matter_only.md"}
    assert all(len(reason) > 10 for reason in rejected.values())
    assert query(warehouse, "SELECT count(*) FROM articles") == [(5,)]
    # an unchanged rejected file is not retried; fixing it ingests it and clears the rejection
    assert ingest().rejected == 0
    (articles / "empty.txt").write_text(
        "江汉区新闻\n\n江汉区今年新增市场主体一千户。", encoding="utf-8"
    )
    report = ingest()
    assert report.changes["changed"] == 1 and report.rejected == 0
    assert "empty.txt" not in dict(
        query(warehouse, "SELECT source_path, reason FROM rejected_articles")
    )
    # removing a rejected file removes its rejection
    (articles / "binary.txt").unlink()
    ingest()
    assert "binary.txt" not in dict(
        query(warehouse, "SELECT source_path, reason FROM rejected_articles")
    )


def test_encodings_of_one_article_share_its_id(ingest, articles: Path, warehouse: Path) -> None:
    text = (articles / FIRST).read_text(encoding="utf-8")
    (articles / "gb18030.txt").write_bytes(text.encode("gb18030"))
    (articles / "utf16.txt").write_bytes(text.encode("utf-16"))  # with BOM
    (articles / "trad_utf8.txt").write_text(TRADITIONAL, encoding="utf-8")
    (articles / "trad_big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    ingest()
    ids = dict(query(warehouse, "SELECT source_path, article_id FROM article_files"))
    statuses = dict(query(warehouse, "SELECT source_path, status FROM article_files"))
    assert ids["gb18030.txt"] == ids["utf16.txt"] == ids[FIRST]
    assert ids["trad_big5.txt"] == ids["trad_utf8.txt"]
    assert {statuses[p] for p in ("gb18030.txt", "utf16.txt", "trad_big5.txt")} == {"ingested"}
    assert query(warehouse, "SELECT count(*) FROM articles") == [
        (6,)
    ]  # 5 seeds + the traditional one
    # removing the first copy keeps the article: another file still holds it
    (articles / FIRST).unlink()
    ingest()
    assert query(
        warehouse, "SELECT source_path FROM articles WHERE article_id = ?", [ids[FIRST]]
    ) == [("gb18030.txt",)]


def test_a_parser_change_reparses_every_article_once(
    ingest, parser_version, warehouse: Path
) -> None:
    ingest()
    before = ingested_at(warehouse)
    parser_version("test-parser-v2")
    report = ingest()
    assert report.changes["reparsed"] == 5 and report.rows_written["articles"] == 5
    after = ingested_at(warehouse)
    assert set(after) == set(before) and all(after[a] > before[a] for a in before)
    assert {v for (v,) in query(warehouse, "SELECT DISTINCT parser_version FROM articles")} == {
        "test-parser-v2"
    }
    assert ingest().changes["reparsed"] == 0
