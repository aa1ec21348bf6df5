"""Command line: `python -m pipelines ingest [--articles DIR] [--warehouse FILE]`.

Parses options, runs the Dagster ingest job in process (`assets.run.run_ingest`) and prints a
summary. Exit status 0 unless nothing at all could be ingested (or the run itself failed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.scan import scan_folder

if TYPE_CHECKING:
    from assets.run import IngestReport


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    from pipelines.definitions import articles_dir, warehouse_path

    parser = argparse.ArgumentParser(
        prog="python -m pipelines", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="ingest new, changed and removed article files")
    ingest.add_argument(
        "--articles",
        type=Path,
        default=articles_dir(),
        help="folder of article files (default: %(default)s)",
    )
    ingest.add_argument(
        "--warehouse",
        type=Path,
        default=warehouse_path(),
        help="DuckDB file (default: %(default)s)",
    )
    ingest.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="Dagster console log level",
    )
    args = parser.parse_args(argv)
    return run(args.articles, args.warehouse, args.log_level)


def run(articles: Path, warehouse: Path, log_level: str = "INFO") -> int:
    """Ingest one folder into one warehouse file and print the summary."""
    if not articles.is_dir():
        print(f"error: the articles folder {articles} does not exist", file=sys.stderr)
        return 2
    if not scan_folder(articles):
        print(
            f"error: no .txt or .md article files under {articles}; nothing to ingest",
            file=sys.stderr,
        )
        return 1
    from assets.run import run_ingest  # imports Dagster: keep `--help` fast

    report = run_ingest(articles, warehouse, log_level=log_level)
    print(format_summary(report, articles, warehouse))
    if not report.success:
        for error in report.errors:
            print(f"error: {error}", file=sys.stderr)
        return 1
    if report.totals.get("articles", 0) == 0:
        print("error: no article could be ingested; see rejected_articles", file=sys.stderr)
        return 1
    return 0


def format_summary(report: IngestReport, articles: Path, warehouse: Path) -> str:
    """The lines printed after a run."""
    c = report.changes
    lines = [
        f"ingested {articles} -> {warehouse} in {report.seconds:.1f} s"
        + ("" if report.success else " (FAILED)"),
        "files: "
        + ", ".join(
            f"{c.get(k, 0)} {k}" for k in ("new", "changed", "unchanged", "renamed", "removed")
        )
        + f", {report.rejected} rejected"
        + (f", {c['reparsed']} re-parsed" if c.get("reparsed") else ""),
        f"{'table':22}{'written':>9}{'total':>9}",
    ]
    for table, total in report.totals.items():
        lines.append(f"{table:22}{report.rows_written.get(table, 0):>9}{total:>9}")
    return "\n".join(lines)
