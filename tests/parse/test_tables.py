"""Tables pasted as text: one indicator per row, the header's period for all rows."""

import pytest

from pipelines.parse import parse_article, read_document
from pipelines.parse.tables import TableRow, is_header, read_row


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("地区生产总值* 亿元 812.36 5.8", TableRow("地区生产总值", "亿元", 812.36, 5.8)),
        ("规模以上工业增加值 亿元 — 7.2", TableRow("规模以上工业增加值", "亿元", None, 7.2)),
        ("其中：工业投资\t亿元\t—\t-6.8", TableRow("工业投资", "亿元", None, -6.8)),
        ("实际使用外资 亿美元 3.12 —", TableRow("实际使用外资", "亿美元", 3.12, None)),
        ("全年地区生产总值增长6%，居全市第一。", None),
        ("数说 2025 第一 二", None),
    ],
)
def test_rows(line, row):
    assert read_row(line) == row


def test_header():
    assert is_header("指标名称 单位 1—10月 同比增长(%)")
    assert not is_header("地区生产总值 亿元 812.36 5.8")


def test_a_table_in_an_article_gives_one_fact_per_row_with_the_headers_period():
    text = (
        "---\npublished_on: 2025-11-21\ndistrict: 北岭区\n---\n北岭区1—10月主要经济指标\n\n"
        "指标名称 单位 1—10月 同比增长(%)\n地区生产总值 亿元 812.36 5.8\n"
        "社会消费品零售总额 億元 421.07 5.1\n固定资产投资 亿元 — 4.6\n\n注：数据为初步统计。"
    )
    article = parse_article(read_document(text.encode()))
    got = {(i.metric_key, i.period, i.value, i.unit, i.growth_pct) for i in article.indicators}
    assert got == {
        ("gdp", "2025M01-M10", 812.36, "亿元", 5.8),
        ("retail_sales", "2025M01-M10", 421.07, "亿元", 5.1),
        ("fixed_asset_investment", "2025M01-M10", None, None, 4.6),
    }
