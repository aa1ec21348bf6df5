"""parse_article as a whole: caches are an optimisation, never an input."""

from pipelines.parse import clear_caches, parse_article, read_document
from pipelines.parse.numbers import _find_amounts

TEXT = (
    "---\npublished_on: 2025-07-28\ndistrict: 南湖区\n---\n"
    "上半年，南湖区实现地区生产总值512.3亿元，同比增长6.1%。新增高新技术企业38家。"
)


def test_clearing_the_caches_forgets_texts_but_not_what_they_say():
    first = parse_article(read_document(TEXT.encode()))
    assert _find_amounts.cache_info().currsize > 0
    clear_caches()
    assert _find_amounts.cache_info().currsize == 0
    again = parse_article(read_document(TEXT.encode()))
    assert again.indicators == first.indicators and again.indicators
