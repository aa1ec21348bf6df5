"""DuckDB reads and writes for the warehouse; the only module that writes SQL against it.

The assets hand this module Polars frames; it owns the transaction rules the contract asks
for: an article's rows (article, indicators, targets, projects) are replaced in one
transaction, one article that fails to write neither leaves half its facts nor stops the
others, and the per-file state (`article_files`) moves in step with the facts. A batch with
nothing to do writes nothing, so a no-op refresh leaves the file's tables untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from warehouse.schemas import FACT_TABLES, MODELS, empty_frame, polars_schema

LOG = logging.getLogger(__name__)
DDL_PATH = Path(__file__).with_name("ddl.sql")
VIEWS_PATH = Path(__file__).with_name("views.sql")
CONTRACT_TABLES = ("articles", *FACT_TABLES, "rejected_articles", "metrics", "districts")
ARTICLE_TABLES = ("articles", *FACT_TABLES)


@contextmanager
def connect(path: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse file (creating it and its tables when writing) and close it after."""
    path = Path(path)
    if read_only and not path.exists():
        # nothing ingested yet: an in-memory database with empty tables reads the same
        con = duckdb.connect(":memory:")
        con.execute(DDL_PATH.read_text(encoding="utf-8"))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            con.execute(DDL_PATH.read_text(encoding="utf-8"))
    try:
        yield con
    finally:
        con.close()


def read_table(con: duckdb.DuckDBPyConnection, table: str) -> pl.DataFrame:
    """A whole table as a Polars frame in its schema's column order."""
    cols = ", ".join(polars_schema(table).names())
    frame = con.execute(f"SELECT {cols} FROM {_ident(table)}").pl()
    return (
        frame.cast(dict(polars_schema(table)), strict=False) if frame.height else empty_frame(table)
    )


def read_state(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """The per-file incremental state (`article_files`)."""
    return read_table(con, "article_files")


def article_versions(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """article_id -> parser_version of every article in the warehouse."""
    return dict(con.execute("SELECT article_id, parser_version FROM articles").fetchall())


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """A value from `pipeline_meta`, or None."""
    row = con.execute("SELECT value FROM pipeline_meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store a value in `pipeline_meta` (only written when it differs)."""
    if get_meta(con, key) != value:
        con.execute("INSERT OR REPLACE INTO pipeline_meta VALUES (?, ?)", [key, value])


def replace_table_if_changed(
    con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame
) -> bool:
    """Replace a small table's rows with `frame` in one transaction, unless they are equal."""
    cols = polars_schema(table).names()
    current = read_table(con, table).sort(cols[0])
    if current.equals(frame.select(cols).sort(cols[0])):
        return False
    with _transaction(con):
        con.execute(f"DELETE FROM {_ident(table)}")
        _insert(con, table, frame)
    return True


def rebuild_views(con: duckdb.DuckDBPyConnection, sql: str | None = None) -> bool:
    """(Re)create the derived views when their SQL changed or one is missing."""
    sql = sql if sql is not None else VIEWS_PATH.read_text(encoding="utf-8")
    digest = hashlib.sha256(sql.encode()).hexdigest()[:16]
    expected = view_names(sql)
    present = {
        r[0]
        for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
    }
    if get_meta(con, "views_sha") == digest and expected <= present:
        return False
    with _transaction(con):
        con.execute(sql)
        set_meta(con, "views_sha", digest)
    return True


def view_names(sql: str) -> set[str]:
    """Names of the views a views.sql script creates."""
    marker = "CREATE OR REPLACE VIEW "
    return {line.split(marker, 1)[1].split()[0] for line in sql.splitlines() if marker in line}


def table_counts(con: duckdb.DuckDBPyConnection, tables: Iterable[str] = MODELS) -> dict[str, int]:
    """Row count of each table."""
    return {t: con.execute(f"SELECT count(*) FROM {_ident(t)}").fetchone()[0] for t in tables}


def table_checksums(
    con: duckdb.DuckDBPyConnection, tables: Iterable[str] = MODELS
) -> dict[str, str]:
    """An order-independent content hash of each table: equal checksums, equal tables."""
    out = {}
    for t in tables:
        sql = (
            "SELECT count(*) || ':' || md5(coalesce(string_agg(h, ',' ORDER BY h), '')) "
            f"FROM (SELECT md5(CAST(x AS VARCHAR)) AS h FROM {_ident(t)} AS x)"
        )
        out[t] = con.execute(sql).fetchone()[0]
    return out


@dataclass
class Batch:
    """Everything one ingest run wants to change, in warehouse column layout."""

    changes: pl.DataFrame  # pipelines.scan.CHANGES_SCHEMA: every file and what happened to it
    decoded: pl.DataFrame  # pipelines.batch.DECODED_SCHEMA: files read this run
    articles: pl.DataFrame  # validated `articles` rows to (re)write
    facts: dict[str, pl.DataFrame]  # validated fact rows by table
    quarantine: pl.DataFrame  # `quarantine` rows of this batch
    failures: pl.DataFrame  # articles that did not make it: article_id, source_path, stage, reason


@dataclass
class WriteResult:
    """What a batch did to the warehouse."""

    articles_written: int = 0
    rows_written: dict[str, int] = field(default_factory=dict)
    files_rejected: int = 0
    articles_removed: int = 0
    write_failures: dict[str, str] = field(default_factory=dict)  # article_id -> error
    wrote: bool = False


def batch_is_empty(batch: Batch) -> bool:
    """True when the batch would change nothing: no new content, no moved or touched file."""
    c = batch.changes
    return batch.articles.height == 0 and (
        c.height == 0
        or c.filter(
            (pl.col("change") != "unchanged") | pl.col("touched") | pl.col("needs_decode")
        ).height
        == 0
    )


def apply_batch(con: duckdb.DuckDBPyConnection, batch: Batch, now: dt.datetime) -> WriteResult:
    """Write one ingest batch: replace each article's rows atomically, then move the file state.

    Fast path: the whole batch in one transaction. If that fails, every article is retried in
    its own transaction; those that still fail are rejected with the database's error, the
    rest are kept. File state, rejections, quarantine and removals follow in one transaction.
    """
    result = WriteResult()
    if batch_is_empty(batch):
        return result
    result.wrote = True
    try:
        with _transaction(con):
            _replace_articles(con, batch.articles, batch.facts)
            _update_state(con, batch, {}, now, result)
        result.articles_written = batch.articles.height
    except duckdb.Error as exc:
        LOG.warning("batch write failed (%s); retrying article by article", exc)
        result = WriteResult(wrote=True)
        for aid in batch.articles["article_id"].to_list():
            one = batch.articles.filter(pl.col("article_id") == aid)
            facts = {t: f.filter(pl.col("article_id") == aid) for t, f in batch.facts.items()}
            try:
                with _transaction(con):
                    _replace_articles(con, one, facts)
                result.articles_written += 1
            except duckdb.Error as err:
                result.write_failures[aid] = f"the warehouse refused its rows: {err}"
        with _transaction(con):
            _update_state(con, batch, result.write_failures, now, result)
    written = set(batch.articles["article_id"]) - set(result.write_failures)
    result.rows_written = {"articles": len(written)} | {
        t: f.filter(pl.col("article_id").is_in(list(written))).height
        for t, f in batch.facts.items()
    }
    return result


def _replace_articles(
    con: duckdb.DuckDBPyConnection, articles: pl.DataFrame, facts: dict[str, pl.DataFrame]
) -> None:
    if articles.height == 0:
        return
    ids = articles["article_id"].to_list()
    for table in ARTICLE_TABLES:
        _delete_where_in(con, table, "article_id", ids)
    _insert(con, "articles", articles)
    for table in FACT_TABLES:
        _insert(con, table, facts.get(table, empty_frame(table)))


def _update_state(
    con: duckdb.DuckDBPyConnection,
    batch: Batch,
    write_failures: dict[str, str],
    now: dt.datetime,
    result: WriteResult,
) -> None:
    """Move article_files, rejected_articles and quarantine to match the batch, drop orphans."""
    changes, decoded = batch.changes, batch.decoded
    decoded_by_path = {r["source_path"]: r for r in decoded.iter_rows(named=True)}
    failures = {
        r["article_id"]: (r["stage"], r["reason"]) for r in batch.failures.iter_rows(named=True)
    }
    failures |= {aid: ("write", reason) for aid, reason in write_failures.items()}
    present = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    old_rejections = {
        r[0]: r[1:]
        for r in con.execute("SELECT source_path, reason, stage FROM rejected_articles").fetchall()
    }

    gone = changes.filter(pl.col("change") == "removed")["source_path"].to_list()
    gone += changes.filter(pl.col("change") == "renamed")["previous_path"].to_list()
    files, rejections, cleared = [], [], list(gone)
    for row in changes.filter(pl.col("change") != "removed").iter_rows(named=True):
        path, change, dec = (
            row["source_path"],
            row["change"],
            decoded_by_path.get(row["source_path"]),
        )
        if change == "unchanged" and dec is None:
            if row["touched"]:  # only size/mtime moved: keep the status and any rejection
                files.append(
                    (
                        path,
                        row["file_sha256"],
                        row["size_bytes"],
                        row["mtime_ns"],
                        row["article_id"],
                        row["status"],
                        now,
                        now,
                    )
                )
            continue
        sha, aid, reject = row["file_sha256"], row["article_id"], None
        if dec is not None:
            sha, aid = dec["file_sha256"] or sha, dec["article_id"]
            if dec["reject_reason"]:
                reject = ("decode", dec["reject_reason"])
        elif change == "renamed" and row["status"] == "rejected":
            reason, stage = old_rejections.get(
                row["previous_path"], ("rejected before a rename", "decode")
            )
            reject = (stage, reason)
        if reject is None and aid in failures:
            reject = failures[aid]
        if reject is None and aid not in present:
            reject = (
                "write",
                "its article is missing from the warehouse after the write; run ingest again",
            )
        files.append(
            (
                path,
                sha,
                row["size_bytes"],
                row["mtime_ns"],
                aid,
                "rejected" if reject else "ingested",
                now,
                now,
            )
        )
        cleared.append(path)
        if reject:
            rejections.append((path, reject[1], now, reject[0], sha))
    result.files_rejected = len(rejections)

    _delete_where_in(con, "article_files", "source_path", gone)
    if files:
        _insert(
            con,
            "article_files",
            pl.DataFrame(files, schema=polars_schema("article_files"), orient="row"),
            upsert_key="source_path",
            keep=("first_seen_at",),
        )
    _delete_where_in(con, "rejected_articles", "source_path", cleared)
    if rejections:
        _insert(
            con,
            "rejected_articles",
            pl.DataFrame(rejections, schema=polars_schema("rejected_articles"), orient="row"),
        )

    if batch.quarantine.height:
        _delete_where_in(
            con, "quarantine", "article_id", batch.quarantine["article_id"].unique().to_list()
        )
        _insert(con, "quarantine", batch.quarantine)

    live = (
        "SELECT article_id FROM article_files WHERE status = 'ingested' AND article_id IS NOT NULL"
    )
    result.articles_removed = con.execute(
        f"SELECT count(*) FROM articles WHERE article_id NOT IN ({live})"
    ).fetchone()[0]
    for table in ARTICLE_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id NOT IN ({live})")
    # quarantined rows stay while any file (ingested or rejected) still holds their article
    con.execute(
        "DELETE FROM quarantine WHERE article_id NOT IN "
        "(SELECT article_id FROM article_files WHERE article_id IS NOT NULL)"
    )
    # an article keeps the path of one of its live files (its first file may have moved)
    con.execute(
        """
        UPDATE articles SET source_path = f.path
        FROM (SELECT article_id, min(source_path) AS path FROM article_files
              WHERE status = 'ingested' GROUP BY article_id) AS f
        WHERE articles.article_id = f.article_id
          AND articles.source_path NOT IN (
              SELECT source_path FROM article_files WHERE article_id = articles.article_id)
        """
    )


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> Iterator[str]:
    """Expose a Polars frame to SQL under `name` for the duration of the block."""
    con.register(name, frame)
    try:
        yield name
    finally:
        con.unregister(name)


def _delete_where_in(
    con: duckdb.DuckDBPyConnection, table: str, column: str, values: list[str]
) -> None:
    """Delete the rows of `table` whose `column` is one of `values`, in one statement."""
    if not values:
        return
    keys = pl.DataFrame({"k": values}, schema={"k": pl.String})
    with _registered(con, "_keys", keys):
        con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT k FROM _keys)")


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    frame: pl.DataFrame,
    upsert_key: str | None = None,
    keep: tuple[str, ...] = (),
) -> None:
    """Insert a frame's rows; with upsert_key, update existing rows except the `keep` columns."""
    if frame.height == 0:
        return
    cols = polars_schema(table).names()
    col_list = ", ".join(cols)
    sql = f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM _rows"
    if upsert_key:
        updates = ", ".join(
            f"{c} = excluded.{c}" for c in cols if c != upsert_key and c not in keep
        )
        sql += f" ON CONFLICT ({upsert_key}) DO UPDATE SET {updates}"
    with _registered(con, "_rows", frame.select(cols)):
        con.execute(sql)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _ident(name: str) -> str:
    if name not in MODELS and not name.isidentifier():
        raise ValueError(f"not a table name: {name!r}")
    return f'"{name}"'
