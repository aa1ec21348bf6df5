"""The folder diff (`pipelines.scan.plan_changes`) on tiny folders, without Dagster."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl
import pytest

from pipelines.scan import count_changes, fingerprint, plan_changes, scan_folder
from warehouse.schemas import polars_schema

NOW = dt.datetime(2025, 1, 1)


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def state_of(folder: Path, ids: dict[str, str], status: str = "ingested") -> pl.DataFrame:
    """The article_files rows an ingest of `folder` would have left."""
    rows = [
        (
            f.source_path,
            hashlib.sha256((folder / f.source_path).read_bytes()).hexdigest(),
            f.size_bytes,
            f.mtime_ns,
            ids.get(f.source_path),
            status,
            NOW,
            NOW,
        )
        for f in scan_folder(folder)
    ]
    return pl.DataFrame(rows, schema=polars_schema("article_files"), orient="row")


def plan(folder: Path, state: pl.DataFrame, **kw) -> dict[str, dict]:
    changes = plan_changes(folder, scan_folder(folder), state, **kw)
    return {r["source_path"]: r for r in changes.iter_rows(named=True)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path, "a.txt", "甲")
    write(tmp_path, "sub/b.md", "乙")
    write(tmp_path, "notes.csv", "not an article")
    write(tmp_path, ".hidden/c.txt", "hidden")
    return tmp_path


def test_scan_finds_txt_and_md_recursively(folder: Path) -> None:
    assert [f.source_path for f in scan_folder(folder)] == ["a.txt", "sub/b.md"]


def test_everything_is_new_without_state(folder: Path) -> None:
    rows = plan(folder, pl.DataFrame(schema=polars_schema("article_files")))
    assert {p: r["change"] for p, r in rows.items()} == {"a.txt": "new", "sub/b.md": "new"}
    assert all(r["needs_decode"] for r in rows.values())


def test_unchanged_files_are_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = state_of(folder, {"a.txt": "a" * 16, "sub/b.md": "b" * 16})
    monkeypatch.setattr("pipelines.scan.hash_file", lambda p: pytest.fail(f"hashed {p}"))
    rows = plan(folder, state)
    assert {r["change"] for r in rows.values()} == {"unchanged"}
    assert not any(r["needs_decode"] or r["touched"] for r in rows.values())


def test_changed_renamed_removed_and_copied(folder: Path) -> None:
    state = state_of(folder, {"a.txt": "a" * 16, "sub/b.md": "b" * 16})
    write(folder, "a.txt", "甲改")  # changed
    (folder / "sub/b.md").rename(folder / "moved.md")  # renamed
    write(folder, "copy.txt", "甲")  # the old bytes of a.txt: known content
    rows = plan(folder, state)
    assert rows["a.txt"]["change"] == "changed" and rows["a.txt"]["needs_decode"]
    assert (
        rows["moved.md"]["change"] == "renamed" and rows["moved.md"]["previous_path"] == "sub/b.md"
    )
    assert rows["moved.md"]["article_id"] == "b" * 16 and not rows["moved.md"]["needs_decode"]
    assert rows["copy.txt"]["change"] == "new" and rows["copy.txt"]["article_id"] == "a" * 16
    assert not rows["copy.txt"]["needs_decode"]
    assert "sub/b.md" not in rows


def test_removed_file(folder: Path) -> None:
    state = state_of(folder, {"a.txt": "a" * 16, "sub/b.md": "b" * 16})
    (folder / "a.txt").unlink()
    rows = plan(folder, state)
    assert rows["a.txt"]["change"] == "removed" and rows["a.txt"]["article_id"] == "a" * 16
    changes = plan_changes(folder, scan_folder(folder), state)
    assert count_changes(changes) == {
        "new": 0,
        "changed": 0,
        "unchanged": 1,
        "renamed": 0,
        "removed": 1,
        "reparsed": 0,
    }


def test_touched_file_is_rehashed_but_unchanged(folder: Path) -> None:
    state = state_of(folder, {"a.txt": "a" * 16, "sub/b.md": "b" * 16})
    import os

    os.utime(folder / "a.txt", ns=(10**9, 10**9))
    rows = plan(folder, state)
    assert rows["a.txt"]["change"] == "unchanged" and rows["a.txt"]["touched"]
    assert not rows["a.txt"]["needs_decode"]


def test_stale_articles_are_reparsed_once_and_rejections_retried(folder: Path) -> None:
    state = state_of(folder, {"a.txt": "a" * 16, "sub/b.md": "a" * 16})  # one article, two files
    rows = plan(folder, state, stale_article_ids={"a" * 16})
    assert sorted(p for p, r in rows.items() if r["reparse"]) == ["a.txt"]
    rejected = state_of(folder, {}, status="rejected")
    assert all(r["needs_decode"] for r in plan(folder, rejected, retry_rejected=True).values())
    assert not any(r["needs_decode"] for r in plan(folder, rejected).values())


def test_fingerprint_moves_with_any_file(folder: Path) -> None:
    first = fingerprint(scan_folder(folder))
    assert fingerprint(scan_folder(folder)) == first
    write(folder, "new.txt", "丙")
    assert fingerprint(scan_folder(folder)) != first
