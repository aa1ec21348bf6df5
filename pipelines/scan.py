"""Find what changed in the articles folder since the last ingest, without Dagster or DuckDB.

Incremental ingestion rests on this module: it lists the article files, compares them with
the per-file state the warehouse keeps (`article_files`: path, size, mtime, content hash,
article id) and labels each file new, changed, unchanged, renamed or removed. Only files whose
size or mtime moved are read and hashed, so a no-op refresh of 10,000 files costs a directory
walk. It won't decode or parse anything: that is `pipelines.batch`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

ARTICLE_SUFFIXES = (".txt", ".md")
PARSER_DIR = Path(__file__).resolve().parent / "parse"
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"

CHANGES_SCHEMA = pl.Schema(
    {
        "source_path": pl.String,  # relative to the articles folder, `/`-separated
        "change": pl.String,  # new | changed | unchanged | renamed | removed
        "previous_path": pl.String,  # for renamed: where the file was
        "file_sha256": pl.String,
        "size_bytes": pl.Int64,
        "mtime_ns": pl.Int64,
        "article_id": pl.String,  # known from state (same bytes seen before), else NULL
        "status": pl.String,  # state status when known: ingested | rejected
        "touched": pl.Boolean,  # size/mtime differ from state: the state row needs an update
        "needs_decode": pl.Boolean,  # the bytes must be decoded (and maybe parsed) this run
        "reparse": pl.Boolean,  # unchanged content, re-read because the parser changed
    }
)
CHANGE_KINDS = ("new", "changed", "unchanged", "renamed", "removed")


@dataclass(frozen=True)
class FileStat:
    """One article file as the directory walk saw it."""

    source_path: str
    size_bytes: int
    mtime_ns: int


def scan_folder(root: Path) -> list[FileStat]:
    """List article files under root recursively (hidden entries skipped), sorted by path."""
    root = Path(root)
    found: list[FileStat] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=True):
                    stack.append(Path(entry.path))
                elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
                    st = entry.stat()
                    rel = Path(entry.path).relative_to(root).as_posix()
                    found.append(FileStat(rel, st.st_size, st.st_mtime_ns))
    return sorted(found, key=lambda f: f.source_path)


def fingerprint(stats: Iterable[FileStat]) -> str:
    """A short hash of every path, size and mtime: equal fingerprints mean nothing moved."""
    digest = hashlib.sha256()
    for f in stats:
        digest.update(f"{f.source_path}\0{f.size_bytes}\0{f.mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def hash_file(path: Path) -> str:
    """SHA-256 of a file's bytes, hex."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def parser_version(parser_dir: Path = PARSER_DIR, seeds_dir: Path = SEEDS_DIR) -> str:
    """Fingerprint of the parser's code and reference CSVs: when it moves, facts are re-read."""
    digest = hashlib.sha256()
    files = sorted(parser_dir.rglob("*.py")) + sorted(Path(seeds_dir).glob("*.csv"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def plan_changes(
    root: Path,
    stats: list[FileStat],
    state: pl.DataFrame,
    stale_article_ids: set[str] | frozenset[str] = frozenset(),
    retry_rejected: bool = False,
) -> pl.DataFrame:
    """Compare the folder with the stored per-file state and label every file.

    Args:
        root: the articles folder (files are hashed relative to it).
        stats: the directory walk, from `scan_folder`.
        state: the `article_files` table (source_path, file_sha256, size_bytes, mtime_ns,
            article_id, status).
        stale_article_ids: articles parsed by another parser version: read one file of each
            again so their facts are re-parsed.
        retry_rejected: decode rejected files again (the parser changed since they failed).

    Returns:
        One row per current or removed file, in CHANGES_SCHEMA.
    """
    known = {row["source_path"]: row for row in state.iter_rows(named=True)}
    ingested_by_sha = {
        row["file_sha256"]: row["article_id"]
        for row in known.values()
        if row["status"] == "ingested" and row["article_id"]
    }
    current = {f.source_path for f in stats}
    vanished = {p: row for p, row in known.items() if p not in current}
    vanished_by_sha: dict[str, list[str]] = {}
    for path, row in sorted(vanished.items()):
        vanished_by_sha.setdefault(row["file_sha256"], []).append(path)

    rows: list[dict] = []
    for f in stats:
        old = known.get(f.source_path)
        touched = old is None or (old["size_bytes"], old["mtime_ns"]) != (f.size_bytes, f.mtime_ns)
        sha = hash_file(root / f.source_path) if touched else old["file_sha256"]
        row = {
            "source_path": f.source_path,
            "previous_path": None,
            "file_sha256": sha,
            "size_bytes": f.size_bytes,
            "mtime_ns": f.mtime_ns,
            "touched": touched,
            "reparse": False,
        }
        if old is not None and old["file_sha256"] == sha:
            row |= {"change": "unchanged", "article_id": old["article_id"], "status": old["status"]}
        elif old is None and vanished_by_sha.get(sha):
            source = known[vanished_by_sha[sha].pop(0)]
            row |= {
                "change": "renamed",
                "previous_path": source["source_path"],
                "article_id": source["article_id"],
                "status": source["status"],
            }
        else:
            row |= {
                "change": "changed" if old is not None else "new",
                "article_id": ingested_by_sha.get(sha),
                "status": "ingested" if sha in ingested_by_sha else None,
            }
        rows.append(row)

    renamed_from = {r["previous_path"] for r in rows if r["change"] == "renamed"}
    for path, old in sorted(vanished.items()):
        if path not in renamed_from:
            rows.append(
                {
                    "source_path": path,
                    "change": "removed",
                    "previous_path": None,
                    "file_sha256": old["file_sha256"],
                    "size_bytes": old["size_bytes"],
                    "mtime_ns": old["mtime_ns"],
                    "article_id": old["article_id"],
                    "status": old["status"],
                    "touched": True,
                    "reparse": False,
                }
            )

    reparsed: set[str] = set()
    for row in rows:
        decode = row["change"] in ("new", "changed") and row["article_id"] is None
        if row["change"] != "removed" and row["status"] == "rejected" and retry_rejected:
            decode = True
        aid = row["article_id"]
        if (
            not decode
            and row["change"] != "removed"
            and row["status"] == "ingested"
            and aid in stale_article_ids
            and aid not in reparsed
        ):
            reparsed.add(aid)
            row["reparse"] = decode = True
        row["needs_decode"] = decode
    return (
        pl.DataFrame(rows, schema=CHANGES_SCHEMA) if rows else pl.DataFrame(schema=CHANGES_SCHEMA)
    )


def count_changes(changes: pl.DataFrame) -> dict[str, int]:
    """How many files fall in each change kind (every kind present, zero if none)."""
    counts = dict.fromkeys(CHANGE_KINDS, 0)
    for kind, n in changes.group_by("change").len().iter_rows():
        counts[kind] = n
    counts["reparsed"] = int(changes["reparse"].sum()) if changes.height else 0
    return counts
