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


@pytest.mark.parametrize(
    ("line", "row"),
    [
        # no unit column: the value is the period's, the growth the year-on-year one
        ("营业收入（亿元）　52.6　　8.1　　6.0", TableRow("营业收入", "亿元", 52.6, 8.1)),
        ("工业投资　　—　　12.5　　9.9", TableRow("工业投资", "", None, 12.5)),
        (
            "一般公共预算支出（亿元）　31.7　　5.6　　—",
            TableRow("一般公共预算支出", "亿元", 31.7, 5.6),
        ),
        # a row with a period of its own is left to the text around it
        ("地区生产总值（一季度，亿元）　38.1　　4.2　　3.9", None),
    ],
)
def test_rows_under_a_header_are_read_by_its_columns(line, row):
    header = "指标名称　　1-10月　　增长（%）　　两年平均增长（%）"
    assert is_header(header)
    assert read_row(line, header) == row


def test_a_rank_column_is_no_growth():
    header = "指标\t单位\t1—4月\t同比增长（%）\t增速全市排位"
    assert read_row("规模以上工业增加值\t—\t—\t5.1\t4", header) == TableRow(
        "规模以上工业增加值", "—", None, 5.1
    )


def test_a_table_under_its_caption_and_with_a_fourth_column():
    text = (
        "---\npublished_on: 2021-11-20\ndistrict: 北岭区\n---\n1-10月，全区经济平稳。\n\n"
        "主要经济指标完成情况表\n指标名称　　1-10月　　增长（%）　　两年平均增长（%）\n"
        "固定资产投资　　—　　10.4　　9.1\n财政总收入（亿元）　16.8　　12.7　　—\n"
        "一般公共预算支出（亿元）　31.7　　5.6　　—"
    )
    article = parse_article(read_document(text.encode()))
    got = {(i.metric_name, i.period, i.value, i.growth_pct) for i in article.indicators}
    assert got == {
        ("固定资产投资", "2021M01-M10", None, 10.4),
        ("财政总收入", "2021M01-M10", 16.8, 12.7),
        ("一般公共预算支出", "2021M01-M10", 31.7, 5.6),
    }
