"""Materialization metadata for the UI: row counts, column schema and a small preview.

Every asset reports the same three things so the asset pages read alike; long text cells
(article bodies, evidence) are cut so the preview stays a preview.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import dagster as dg
import duckdb
import polars as pl

PREVIEW_ROWS = 5
CELL_CHARS = 40
_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Float64: "DOUBLE",
    pl.Int32: "INTEGER",
    pl.Int64: "BIGINT",
    pl.UInt32: "UINTEGER",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMP",
}


def frame_metadata(frame: pl.DataFrame, **extra: Any) -> dict[str, Any]:
    """Row count, column schema and a markdown preview of an in-flight Polars frame."""
    columns = [dg.TableColumn(name, _type_name(dtype)) for name, dtype in frame.schema.items()]
    return {
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "dagster/column_schema": dg.MetadataValue.table_schema(dg.TableSchema(columns=columns)),
        "preview": dg.MetadataValue.md(markdown_preview(frame)),
        **extra,
    }


def table_metadata(con: duckdb.DuckDBPyConnection, table: str, **extra: Any) -> dict[str, Any]:
    """Row count, column schema (as DuckDB declares it) and a preview of a warehouse table."""
    described = con.execute(f'DESCRIBE "{table}"').fetchall()
    columns = [
        dg.TableColumn(
            name, ctype, constraints=dg.TableColumnConstraints(nullable=nullable == "YES")
        )
        for name, ctype, nullable, *_ in described
    ]
    count = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    preview = con.execute(f'SELECT * FROM "{table}" LIMIT {PREVIEW_ROWS}').pl()
    return {
        "dagster/row_count": dg.MetadataValue.int(count),
        "dagster/column_schema": dg.MetadataValue.table_schema(dg.TableSchema(columns=columns)),
        "dagster/table_name": dg.MetadataValue.text(table),
        "preview": dg.MetadataValue.md(markdown_preview(preview)),
        **extra,
    }


def counts_metadata(counts: Mapping[str, int]) -> dict[str, dg.MetadataValue]:
    """One int entry per count, for figures such as new/changed/unchanged files."""
    return {key: dg.MetadataValue.int(int(value)) for key, value in counts.items()}


def markdown_preview(frame: pl.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first rows of a frame as a markdown table, long cells shortened."""
    if frame.width == 0:
        return "_no columns_"
    head = frame.head(rows)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * head.width]
    for row in head.iter_rows():
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    if frame.height == 0:
        lines.append("| " + " | ".join("" for _ in head.columns) + " |")
        lines.append("")
        lines.append("_no rows_")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def _type_name(dtype: pl.DataType) -> str:
    base = dtype.base_type()
    if base is pl.List:
        return _type_name(dtype.inner) + "[]"
    return _DUCKDB_TYPES.get(base, str(dtype))
