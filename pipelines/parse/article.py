"""Compose the parsing rules into one call: a `Document` in, a `ParsedArticle` out."""

from __future__ import annotations

import functools

from pipelines.parse import districts, numbers, patterns
from pipelines.parse.districts import DistrictFinder
from pipelines.parse.facts import (
    GOAL_YEAR,
    TARGET_CUE,
    YEAR_AHEAD_OPENS,
    FactExtractor,
    target_sections,
)
from pipelines.parse.metrics import MetricMatcher
from pipelines.parse.numbers import find_amounts
from pipelines.parse.periods import (
    DATELINE,
    find_dateline,
    infer_time_frame,
    parse_date,
)
from pipelines.parse.projects import extract_projects, find_project_mentions
from pipelines.parse.records import Document, ParsedArticle
from pipelines.parse.reference import Reference, load_reference
from pipelines.parse.text import Sentence, is_furniture, split_sentences, to_simplified

_MATCHERS: list[MetricMatcher] = []  # one per reference read, so their caches can be cleared


@functools.cache
def _tools(reference: Reference) -> tuple[MetricMatcher, DistrictFinder, FactExtractor]:
    matcher = MetricMatcher(reference)
    _MATCHERS.append(matcher)
    finder = DistrictFinder(reference)
    return matcher, finder, FactExtractor(matcher, finder)


def clear_caches() -> None:
    """Forget what was memoized about texts already read (sentences, phrases), not the rules.

    The caches only speed up reading one article; benchmarks clear them to time new text.
    """
    numbers._find_amounts.cache_clear()
    patterns._positions.cache_clear()
    DistrictFinder._sentence_mentions.cache_clear()
    districts._grown_name.cache_clear()
    for matcher in _MATCHERS:
        matcher.clear_cache()


def _title(document: Document, sentences: list[Sentence]) -> str | None:
    if document.metadata.get("title"):
        return to_simplified(document.metadata["title"])
    for line in document.text.splitlines():
        line = line.strip()
        if 4 <= len(line) <= 60 and not DATELINE.fullmatch(line) and not is_furniture(line):
            return line
    return None


def _data_sentences(
    sentences: list[Sentence], sections: list[tuple[bool, int | None]]
) -> tuple[list[str], set[int]]:
    """Readings of sentences that report data, and the years named as targets."""
    data: list[str] = []
    target_years = {year for in_section, year in sections if in_section and year}
    for s, (in_section, _) in zip(sentences, sections, strict=True):
        target_years.update(int(m["year"]) for m in GOAL_YEAR.finditer(s.reading))
        if ahead := YEAR_AHEAD_OPENS.match(s.reading):
            target_years.add(int(ahead.group(1)))
        if not in_section and not TARGET_CUE.search(s.reading) and find_amounts(s.reading):
            data.append(s.reading)
    return data, target_years


def parse_article(document: Document, reference: Reference | None = None) -> ParsedArticle:
    """Read every indicator, target and project out of one decoded article."""
    reference = reference or load_reference()
    _, finder, extractor = _tools(reference)
    sentences = split_sentences(document.text)
    reading = "\n".join(s.reading for s in sentences)
    meta = document.metadata
    published = parse_date(meta.get("published_on") or meta.get("date") or meta.get("published"))
    district = finder.primary(reading, meta.get("district"))
    dateline = find_dateline(document.text)  # as written: 发布时间 lines are not sentences
    dated = published or dateline
    sections = target_sections(
        sentences, dated.year if dated else None, dated.month if dated else None
    )
    data, target_years = _data_sentences(sentences, sections)
    title = _title(document, sentences)
    frame = infer_time_frame(published, reading, data, target_years, dateline, title)
    if published is None and frame.source == "text":
        published = dateline
    if published is None and frame.source != "text" and frame.current_year:
        # an undated article (or one whose only date was history): 明年…目标 now resolvable
        sections = target_sections(sentences, None, None, frame.current_year)
    mentions = [find_project_mentions(s) for s in sentences]
    spans = [[(m.start, m.end) for m in found] for found in mentions]
    indicators, targets = extractor.extract(sentences, frame, district, spans, sections)
    projects = extract_projects(sentences, district, frame, mentions) if district else []
    return ParsedArticle(
        article_id=document.article_id,
        title=title,
        published_on=published,
        reference_date=frame.reference_date,
        reference_date_source=frame.source,
        reporting_year=frame.reporting_year,
        primary_district=district,
        char_count=len(document.text),
        indicators=indicators,
        targets=targets,
        projects=projects,
        metadata=dict(meta),
    )
