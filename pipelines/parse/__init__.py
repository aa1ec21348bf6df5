"""The article parser: pure Python, no Dagster or DuckDB. Text in, records out."""

from pipelines.parse.article import clear_caches, parse_article
from pipelines.parse.documents import read_document
from pipelines.parse.records import Document, ParsedArticle, ParseError
from pipelines.parse.reference import Reference, load_reference

__all__ = [
    "Document",
    "ParseError",
    "ParsedArticle",
    "clear_caches",
    "Reference",
    "load_reference",
    "parse_article",
    "read_document",
]
