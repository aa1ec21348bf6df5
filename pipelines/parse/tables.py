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

_HEADER = re.compile(
    r"(?:指标|项目)(?:名称)?[ \t\u3000]+"
    r"(?:单位|数值|绝对值|总量|[\d一二三四五六七八九十]{1,2}[—–\-－~至][\d一二三四五六七八九十]{1,3}月|本月|累计)"
)
_CELL_GAP = re.compile(r"[ \t\u3000]+")
# a header's columns by what they hold; a column named none of these is the value's
_GROWTH_COLUMN = re.compile(r"增长|增速|增幅|同比|±")
_OTHER_COLUMN = re.compile(r"两年|平均|环比|占比|比重|位次|排名|名次|排位|排序")
_UNIT_COLUMN = re.compile(r"^单位$|^计量单位$")
_UNIT_IN = re.compile(r"[（(]([^\s\d（()）%]{1,6})[）)]")
_MORE_THAN_A_UNIT = re.compile(r"[（(][^）)]*[,，、]")
_DASH = "—–－-"
# a column after the growth (两年平均增长, 位次): read only under a header that names it
_ONE_MORE = rf"(?:[ \t\u3000]+(?:-?[\d.]+|[{_DASH}]+)%?)?"
_ROW = re.compile(
    r"^[ \t\u3000]*(?:其中[：:])?(?P<name>[^\s\d，。；：:]{2,30}?)[*＊]?[ \t\u3000]+"
    r"(?P<unit>[^\s\d]{1,6})[ \t\u3000]+"
    rf"(?P<value>[\d.,]+|[{_DASH}]+)[ \t\u3000]+"
    rf"(?P<growth>-?[\d.]+|[{_DASH}]+)%?{_ONE_MORE}[ \t\u3000]*$"
)
# 地区生产总值（亿元）　3086.5　5.2%: the unit in brackets after the name
_ROW_UNIT_IN_NAME = re.compile(
    r"^[ \t\u3000]*(?:其中[：:])?(?P<name>[^\s\d，。；：:（(]{2,30}?)[*＊]?[（(](?P<unit>[^\s\d）),，、]{1,6})[）)]"
    rf"[ \t\u3000]+(?P<value>[\d.,]+|[{_DASH}]+)[ \t\u3000]+"
    rf"(?P<growth>-?[\d.]+|[{_DASH}]+)%?{_ONE_MORE}[ \t\u3000]*$"
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


def read_row(line: str, header: str | None = None) -> TableRow | None:
    """The row a line holds, or None when it is not one.

    With the table's `header` line, a row with a cell under every column is read by what
    each column holds (指标名称　1-10月　增长（%）　两年平均增长（%）: no unit column, and a
    two-year average that is no growth on the year); otherwise by the cells' shapes.
    """
    if header is not None:
        row = _row_under(line, header)
        if row is not None:
            return row
    m = _row_match(line)
    if not m:
        return None
    return TableRow(
        m.group("name"), m.group("unit"), _number(m.group("value")), _number(m.group("growth"))
    )


def _row_under(line: str, header: str) -> TableRow | None:
    """A row read cell by cell under its header's columns, or None if they do not line up."""
    columns, cells = _CELL_GAP.split(header.strip()), _CELL_GAP.split(line.strip())
    if len(columns) < 3 or len(cells) != len(columns) or any(ch.isdigit() for ch in cells[0]):
        return None
    if _MORE_THAN_A_UNIT.search(cells[0]):
        return None  # 地区生产总值（一季度，亿元）: a row with a period of its own
    name, unit, value, growth = cells[0], None, None, None
    for column, cell in zip(columns[1:], cells[1:], strict=True):
        if _UNIT_COLUMN.match(column):
            unit = cell
        elif _OTHER_COLUMN.search(column):
            continue
        elif _GROWTH_COLUMN.search(column) and growth is None:
            growth = _cell_number(cell)
        elif value is None:
            value = _cell_number(cell)
            unit = unit or (m.group(1) if (m := _UNIT_IN.search(column)) else None)
    own_unit = _UNIT_IN.search(name)
    if own_unit:  # 一般公共预算支出（亿元）
        name, unit = name[: own_unit.start()], own_unit.group(1)
    name = name.removeprefix("其中：").removeprefix("其中:").rstrip("*＊")
    if value is None and growth is None:
        return None
    return TableRow(name, unit or "", value, growth)


def _cell_number(cell: str) -> float | None:
    cell = cell.rstrip("%％")
    try:
        return _number(cell)
    except ValueError:
        return None
