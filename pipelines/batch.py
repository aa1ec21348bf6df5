"""Decode and parse one ingest batch into Polars frames shaped like the warehouse tables.

The parser (`pipelines.parse`) works on one article and returns dataclasses; the assets move
whole batches as Polars frames. This module is the bridge: it runs `read_document` over the
files the scan marked for decoding, `parse_article` over the distinct new articles (across
worker processes when the batch is big), and lays the records out in the columns of
`warehouse/schemas.py`. A file or article that fails becomes a row with a reason, never an
exception that stops the batch. No Dagster and no DuckDB here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.parse import Document, ParsedArticle, ParseError, parse_article, read_document
from pipelines.parse.reference import SEEDS_DIR, load_reference
from warehouse.schemas import polars_schema

LOG = logging.getLogger(__name__)
Progress = Callable[[str], None]

DECODED_SCHEMA = pl.Schema(
    {
        "source_path": pl.String,
        "file_sha256": pl.String,  # hash of the bytes actually decoded
        "article_id": pl.String,
        "encoding": pl.String,
        "text": pl.String,
        "metadata": pl.String,  # front matter as JSON
        "reject_reason": pl.String,  # NULL when the file decoded
    }
)
FAILURES_SCHEMA = pl.Schema(
    {"article_id": pl.String, "source_path": pl.String, "stage": pl.String, "reason": pl.String}
)
# Below this many articles a worker pool costs more (process start, imports) than it saves.
POOL_THRESHOLD = 400


@dataclass
class ParsedBatch:
    """The parser's output for one batch, as frames in warehouse column layout."""

    articles: pl.DataFrame
    district_indicators: pl.DataFrame
    targets: pl.DataFrame
    projects: pl.DataFrame
    failures: pl.DataFrame  # articles the parser rejected: article_id, source_path, stage, reason


class _Ticker:
    """Calls `progress` with a line every `every` seconds (and at the end) of a long loop."""

    def __init__(self, label: str, total: int, progress: Progress | None, every: float = 5.0):
        self.label, self.total, self.progress, self.every = label, total, progress, every
        self.start = self.last = time.monotonic()

    def tick(self, done: int) -> None:
        now = time.monotonic()
        if self.progress and (now - self.last >= self.every or done == self.total):
            self.last = now
            rate = done / max(now - self.start, 1e-9)
            self.progress(f"{self.label}: {done}/{self.total} ({rate:,.0f}/s)")


def decode_files(
    root: Path, changes: pl.DataFrame, progress: Progress | None = None
) -> pl.DataFrame:
    """Read and decode every file the scan marked `needs_decode`; failures get a reason."""
    paths = changes.filter(pl.col("needs_decode"))["source_path"].to_list()
    ticker = _Ticker("decode", len(paths), progress)
    rows = []
    for n, rel in enumerate(paths, start=1):
        rows.append(_decode_one(Path(root), rel))
        if n % 200 == 0 or n == len(paths):
            ticker.tick(n)
    return pl.DataFrame(rows, schema=DECODED_SCHEMA, orient="row")


def _decode_one(root: Path, rel: str) -> tuple:
    try:
        data = (root / rel).read_bytes()
    except OSError as exc:
        return (rel, None, None, None, None, None, f"the file could not be read: {exc}")
    sha = hashlib.sha256(data).hexdigest()
    try:
        doc = read_document(data)
    except ParseError as exc:
        return (rel, sha, None, None, None, None, f"could not decode the article: {exc}")
    meta = json.dumps(doc.metadata, ensure_ascii=False, sort_keys=True)
    return (rel, sha, doc.article_id, doc.encoding, doc.text, meta, None)


def parse_documents(
    decoded: pl.DataFrame,
    skip_article_ids: set[str],
    parser_version: str,
    ingested_at: dt.datetime,
    workers: int = 1,
    progress: Progress | None = None,
) -> ParsedBatch:
    """Parse each distinct decoded article not in `skip_article_ids` into warehouse frames.

    Args:
        decoded: output of `decode_files`.
        skip_article_ids: articles already in the warehouse at this parser version.
        parser_version: stamped on each article row.
        ingested_at: the batch timestamp, stamped on each article row.
        workers: parse processes to use for big batches (1 = in this process).
        progress: called with a log line now and then.

    Returns:
        A ParsedBatch; articles the parser raised on are in `failures`, not in the frames.
    """
    todo = (
        decoded.filter(
            pl.col("reject_reason").is_null() & ~pl.col("article_id").is_in(list(skip_article_ids))
        )
        .sort("source_path")
        .unique("article_id", keep="first", maintain_order=True)
    )
    docs = [
        (
            row["source_path"],
            Document(row["article_id"], row["text"], json.loads(row["metadata"]), row["encoding"]),
        )
        for row in todo.iter_rows(named=True)
    ]
    ticker = _Ticker("parse", len(docs), progress)
    articles, facts = [], {"district_indicators": [], "targets": [], "projects": []}
    failures = []
    for n, ((path, doc), outcome) in enumerate(
        zip(docs, _parse_all([d for _, d in docs], workers), strict=True), start=1
    ):
        if isinstance(outcome, str):
            failures.append((doc.article_id, path, "parse", outcome))
        else:
            articles.append(_article_row(outcome, path, doc, parser_version, ingested_at))
            _fact_rows(outcome, facts)
        if n % 200 == 0 or n == len(docs):
            ticker.tick(n)
    return ParsedBatch(
        articles=pl.DataFrame(articles, schema=polars_schema("articles"), orient="row"),
        district_indicators=_frame("district_indicators", facts["district_indicators"]),
        targets=_frame("targets", facts["targets"]),
        projects=_frame("projects", facts["projects"]),
        failures=pl.DataFrame(failures, schema=FAILURES_SCHEMA, orient="row"),
    )


def _parse_all(docs: list[Document], workers: int) -> Iterator[ParsedArticle | str]:
    if workers <= 1 or len(docs) < POOL_THRESHOLD:
        reference = load_reference(SEEDS_DIR)
        yield from (_parse_safely(doc, reference) for doc in docs)
        return
    # spawn, not fork: the calling process may run Dagster's threads, and forking those is unsafe
    ctx = multiprocessing.get_context("spawn")
    chunk = max(16, len(docs) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        yield from pool.map(_parse_in_worker, docs, chunksize=chunk)


def _parse_in_worker(doc: Document) -> ParsedArticle | str:
    return _parse_safely(doc, load_reference(SEEDS_DIR))


def _parse_safely(doc: Document, reference) -> ParsedArticle | str:
    """Parse one document; a failure comes back as a reason a person can act on."""
    try:
        return parse_article(doc, reference)
    except ParseError as exc:
        return f"the parser rejected the article: {exc}"
    except Exception as exc:  # a parser bug must not stop the batch; the reason says it is one
        LOG.exception("parse_article crashed on article %s", doc.article_id)
        return f"the parser crashed (a bug to report): {type(exc).__name__}: {exc}"


def _article_row(
    parsed: ParsedArticle, path: str, doc: Document, parser_version: str, ingested_at: dt.datetime
) -> tuple:
    meta = json.dumps(parsed.metadata or doc.metadata, ensure_ascii=False, sort_keys=True)
    return (
        doc.article_id,
        path,
        parsed.title,
        parsed.published_on,
        parsed.reference_date,
        parsed.reference_date_source,
        parsed.primary_district,
        parsed.char_count,
        ingested_at,
        parsed.reporting_year,
        doc.encoding,
        meta,
        parser_version,
    )


def _fact_rows(parsed: ParsedArticle, into: dict[str, list[dict]]) -> None:
    for table, records in (
        ("district_indicators", parsed.indicators),
        ("targets", parsed.targets),
        ("projects", parsed.projects),
    ):
        into[table].extend({"article_id": parsed.article_id, **vars(r)} for r in records)


def _frame(table: str, rows: Iterable[dict]) -> pl.DataFrame:
    schema = polars_schema(table)
    rows = list(rows)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema, strict=False)


def default_workers() -> int:
    """Parse processes to use: two on a multi-core machine, else one."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1
