"""Plain records the parser returns: one dataclass per warehouse row kind.

They mirror the contract tables (../shared/contract/WAREHOUSE.md) minus the columns the
warehouse adds (article_id on facts, ingested_at). No Dagster, DuckDB or Polars here, so the
parser can be tested and reused on its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class ParseError(ValueError):
    """An article that cannot be read at all; the message quotes what was wrong."""


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and qualifier, as written, plus its standard form."""

    value: float
    unit: str | None
    value_std: float | None
    unit_std: str | None
    qualifier: str = "="
    start: int = 0  # offsets in the reading text of the clause/sentence it came from
    end: int = 0


@dataclass
class Indicator:
    """One quantitative fact about a district (a `district_indicators` row)."""

    district: str
    metric_key: str | None
    metric_name: str
    period: str | None
    value: float | None
    unit: str | None
    value_std: float | None
    unit_std: str | None
    qualifier: str
    growth_pct: float | None
    is_estimate: bool
    rank: int | None
    rank_scope: str | None
    evidence: str
    span_start: int
    span_end: int


@dataclass
class Target:
    """One goal set for a future year (a `targets` row)."""

    district: str
    metric_key: str | None
    metric_name: str
    target_year: int | None
    value: float | None
    unit: str | None
    value_std: float | None
    unit_std: str | None
    qualifier: str
    growth_pct: float | None
    evidence: str
    span_start: int
    span_end: int


@dataclass
class Project:
    """One named park, zone, platform, building or renewal project (a `projects` row)."""

    district: str
    name: str
    kind: str
    status: str | None
    year: int | None
    evidence: str
    span_start: int
    span_end: int


@dataclass
class Document:
    """A decoded article: normalized text plus what the front matter said."""

    article_id: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"


@dataclass
class ParsedArticle:
    """Everything the parser reads out of one article."""

    article_id: str
    title: str | None
    published_on: dt.date | None
    reference_date: dt.date | None
    reference_date_source: str
    reporting_year: int | None
    primary_district: str | None
    char_count: int
    indicators: list[Indicator] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
