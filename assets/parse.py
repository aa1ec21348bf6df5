"""Parse stage: the rule-based parser over the batch's new articles, into Polars frames.

Wiring only: `pipelines.batch.parse_documents` calls `pipelines.parse.parse_article` per
distinct article (in worker processes for big batches) and lays the records out in
warehouse columns. Articles already in the warehouse at this parser version are skipped.
"""

import datetime as dt

import dagster as dg
import polars as pl

from assets.metadata import frame_metadata
from assets.resources import WarehouseResource
from pipelines import scan
from pipelines.batch import default_workers, parse_documents
from warehouse import store

GROUP = "parse"


class ParseConfig(dg.Config):
    """Run configuration of the parse step."""

    workers: int = default_workers()


@dg.multi_asset(
    group_name=GROUP,
    deps=["metrics", "districts"],
    outs={
        "parsed_articles": dg.AssetOut(
            description="One row per newly parsed article: title, dates, primary district.",
            kinds={"polars"},
        ),
        "parsed_indicators": dg.AssetOut(
            description="Indicator facts read from the batch's articles.", kinds={"polars"}
        ),
        "parsed_targets": dg.AssetOut(
            description="Targets read from the batch's articles.", kinds={"polars"}
        ),
        "parsed_projects": dg.AssetOut(
            description="Projects read from the batch's articles.", kinds={"polars"}
        ),
        "parse_failures": dg.AssetOut(
            description="Articles the parser rejected or crashed on, with the reason.",
            kinds={"polars"},
        ),
    },
)
def parsed_facts(
    context: dg.AssetExecutionContext,
    config: ParseConfig,
    decoded_articles: pl.DataFrame,
    warehouse: WarehouseResource,
):
    """Run parse_article over each distinct decoded article not yet in the warehouse."""
    version = scan.parser_version()
    with warehouse.connect(read_only=True) as con:
        current = {aid for aid, v in store.article_versions(con).items() if v == version}
    batch = parse_documents(
        decoded_articles,
        skip_article_ids=current,
        parser_version=version,
        ingested_at=dt.datetime.now(),
        workers=config.workers,
        progress=context.log.info,
    )
    for name, frame in (
        ("parsed_articles", batch.articles),
        ("parsed_indicators", batch.district_indicators),
        ("parsed_targets", batch.targets),
        ("parsed_projects", batch.projects),
        ("parse_failures", batch.failures),
    ):
        yield dg.Output(frame, output_name=name, metadata=frame_metadata(frame))
