"""Dagster resources: where the articles are and which DuckDB file is the warehouse.

Both are plain configuration with a couple of helpers, so tests and the CLI can point the
same graph at a temporary folder and file (see `assets.build_definitions`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.scan import FileStat, scan_folder
from warehouse import store


class ArticlesSource(dg.ConfigurableResource):
    """The folder of article files (searched recursively for .txt and .md)."""

    path: str

    @property
    def root(self) -> Path:
        """The folder as an absolute Path."""
        return Path(self.path).resolve()

    def scan(self) -> list[FileStat]:
        """Every article file with its size and mtime; an error if the folder is missing."""
        if not self.root.is_dir():
            raise FileNotFoundError(f"the articles folder {self.root} does not exist")
        return scan_folder(self.root)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file (created with its tables on first write)."""

    path: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the warehouse, closed on exit."""
        with store.connect(self.path, read_only=read_only) as con:
            yield con
