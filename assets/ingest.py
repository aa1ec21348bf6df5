"""Ingest stage: find new, changed, renamed and removed article files, decode the new bytes.

Wiring only: the diff is `pipelines.scan.plan_changes`, decoding is
`pipelines.batch.decode_files`. The state they compare against is the warehouse's
`article_files` table, so one materialization is one incremental batch.
"""

import dagster as dg
import polars as pl

from assets.metadata import counts_metadata, frame_metadata
from assets.resources import ArticlesSource, WarehouseResource
from pipelines import scan
from pipelines.batch import decode_files
from warehouse import store

GROUP = "ingest"


@dg.asset(group_name=GROUP, kinds={"polars"})
def article_changes(
    context: dg.AssetExecutionContext, articles_source: ArticlesSource, warehouse: WarehouseResource
) -> pl.DataFrame:
    """Every article file labelled new/changed/unchanged/renamed/removed against the warehouse state.

    Only files whose size or mtime moved are hashed. Articles parsed by an older parser
    version (code or seeds changed) are marked for re-parsing.
    """
    stats = articles_source.scan()
    context.log.info(f"found {len(stats)} article files under {articles_source.root}")
    version = scan.parser_version()
    with warehouse.connect(read_only=True) as con:
        state = store.read_state(con)
        stale = {aid for aid, v in store.article_versions(con).items() if v != version}
        last_version = store.get_meta(con, "parser_version")
    retry = last_version is not None and last_version != version
    changes = scan.plan_changes(articles_source.root, stats, state, stale, retry_rejected=retry)
    counts = scan.count_changes(changes)
    context.log.info("changes: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    context.add_output_metadata(
        frame_metadata(
            changes,
            **counts_metadata(counts),
            fingerprint=scan.fingerprint(stats),
            parser_version=version,
        )
    )
    return changes


@dg.asset(group_name=GROUP, kinds={"polars"})
def decoded_articles(
    context: dg.AssetExecutionContext,
    article_changes: pl.DataFrame,
    articles_source: ArticlesSource,
) -> pl.DataFrame:
    """New and changed files decoded (encoding, front matter, NFC) into text with its article_id.

    A file that cannot be decoded (binary, empty, unknown encoding) keeps a reject_reason.
    """
    decoded = decode_files(articles_source.root, article_changes, progress=context.log.info)
    rejected = decoded.filter(pl.col("reject_reason").is_not_null()).height
    encodings = {
        str(enc): n for enc, n in decoded.group_by("encoding").len().iter_rows() if enc is not None
    }
    context.add_output_metadata(
        frame_metadata(
            decoded.with_columns(pl.col("text").str.slice(0, 40)),
            decoded=decoded.height - rejected,
            rejected=rejected,
            encodings=dg.MetadataValue.json(encodings),
        )
    )
    return decoded
