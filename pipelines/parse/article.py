"""Compose the parsing rules into one call: a `Document` in, a `ParsedArticle` out."""

from __future__ import annotations

from pipelines.parse.records import Document, ParsedArticle
from pipelines.parse.reference import Reference, load_reference


def parse_article(document: Document, reference: Reference | None = None) -> ParsedArticle:
    """Read every indicator, target and project out of one decoded article."""
    reference = reference or load_reference()
    # placeholder until the rule modules land: metadata only, no facts
    return ParsedArticle(
        article_id=document.article_id,
        title=document.metadata.get("title"),
        published_on=None,
        reference_date=None,
        reference_date_source="inferred",
        reporting_year=None,
        primary_district=document.metadata.get("district"),
        char_count=len(document.text),
        metadata=dict(document.metadata),
    )
