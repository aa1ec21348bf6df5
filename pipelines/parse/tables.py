"""Statistical tables pasted as text: a header line, then one indicator per line.

    指标名称 单位 1—10月 同比增长(%)
    地区生产总值* 亿元 812.36 5.8
    规模以上工业增加值 亿元 — 7.2
    其中：工业投资 亿元 — 12.3

or with the unit in brackets after the name (地区生产总值（亿元） 3086.5 5.2%).

Each row is read as name, unit, value (— when the table gives none) and growth in percent.
The header's period (1—10月) is the rows' period. The sentence splitter cuts after every
header and row line, so each row is one sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"(?:指标|项目)(?:名称)?[ \t\u3000]+(?:单位|数值|绝对值|总量)")
_DASH = "—–－-"
_ROW = re.compile(
    r"^[ \t\u3000]*(?:其中[：:])?(?P<name>[^\s\d，。；：:]{2,30}?)[*＊]?[ \t\u3000]+"
    r"(?P<unit>[^\s\d]{1,6})[ \t\u3000]+"
    rf"(?P<value>[\d.,]+|[{_DASH}]+)[ \t\u3000]+"
    rf"(?P<growth>-?[\d.]+|[{_DASH}]+)%?[ \t\u3000]*$"
)
# 地区生产总值（亿元）　3086.5　5.2%: the unit in brackets after the name
_ROW_UNIT_IN_NAME = re.compile(
    r"^[ \t\u3000]*(?:其中[：:])?(?P<name>[^\s\d，。；：:（(]{2,30}?)[*＊]?[（(](?P<unit>[^\s\d）)]{1,6})[）)]"
    rf"[ \t\u3000]+(?P<value>[\d.,]+|[{_DASH}]+)[ \t\u3000]+"
    rf"(?P<growth>-?[\d.]+|[{_DASH}]+)%?[ \t\u3000]*$"
)


@dataclass(frozen=True)
class TableRow:
    """One indicator row of a pasted table."""

    name: str
    unit: str
    value: float | None
    growth: float | None


# a row of districts, each with its figures: 思明区　128.63亿元　增长3.1% (the metric is named
# on the line before, 各区一般公共预算收入情况如下：)
_PLACE_ROW = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{1,6}[区县市旗](?:[ \t\u3000]+\S*\d\S*){1,4}[ \t\u3000]*$"
)


def is_place_row(line: str) -> bool:
    """A line that names one district, then its figures in columns."""
    return _PLACE_ROW.match(line) is not None


def is_header(line: str) -> bool:
    """A table's header line: 指标名称 单位 1—10月 同比增长(%)."""
    return _HEADER.search(line) is not None


def is_table_line(line: str) -> bool:
    """A header or a row: the sentence splitter cuts after each."""
    return is_header(line) or _row_match(line) is not None or is_place_row(line)


def _row_match(line: str) -> re.Match[str] | None:
    return _ROW.match(line) or _ROW_UNIT_IN_NAME.match(line)


def _number(text: str) -> float | None:
    return None if text.strip(_DASH) == "" else float(text.replace(",", ""))


def read_row(line: str) -> TableRow | None:
    """The row a line holds, or None when it is not one."""
    m = _row_match(line)
    if not m:
        return None
    return TableRow(
        m.group("name"), m.group("unit"), _number(m.group("value")), _number(m.group("growth"))
    )
