"""Amounts, units, multipliers and qualifiers, on sentences written for these tests."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.parse.numbers import find_amounts, parse_numeral, standardize

CASES = [
    # (text, [(value, unit, value_std, unit_std, qualifier)])
    ("全区实现营收52.6亿元", [(52.6, "亿元", 5.26e9, "元", "=")]),
    ("累计引进企业三百家", [(300, "家", 300, "家", "=")]),
    ("拥有450余家律所", [(450, "家", 450, "家", ">=")]),
    ("服务企业1200多家", [(1200, "家", 1200, "家", ">=")]),
    ("税收近九十亿元", [(90, "亿元", 9e9, "元", "~")]),
    ("外资约3.5亿美元", [(3.5, "亿美元", 3.5e8, "美元", "~")]),
    ("建成绿道12.5万平方米", [(12.5, "万平方米", 125000, "平方米", "=")]),
    ("辖区面积41.2平方公里", [(41.2, "平方公里", 41.2e6, "平方米", "=")]),
    ("新增绿地8公顷", [(8, "公顷", 80000, "平方米", "=")]),
    ("新增充电车位2.4万个", [(2.4, "万个", 24000, "个", "=")]),
    ("培训技工不少于5千人次", [(5, "千人次", 5000, "人次", ">=")]),
    ("光伏装机3千瓦", [(3, "千瓦", 3, "千瓦", "=")]),  # 千瓦 is a unit, not 千 × 瓦
    ("新培育企业30至50家", [(30, "家", 30, "家", ">=")]),  # a range: its lower bound
    ("营收增长6%—7%", [(6, "%", 6, "%", ">=")]),
    ("用1-2个月完成", []),  # a duration
    ("培训技工不少于3万人次", [(3, "万人次", 30000, "人次", ">=")]),
    ("营收1,755.7亿元", [(1755.7, "亿元", 1.7557e11, "元", "=")]),
    ("增速保持在6%左右", [(6, "%", 6, "%", "~")]),
    ("失业率控制在4.5%以内", [(4.5, "%", 4.5, "%", "<=")]),
    ("投资超过80亿元", [(80, "亿元", 8e9, "元", ">=")]),
    ("新增就业2.3万人以上", [(2.3, "万人", 23000, "人", ">=")]),
    ("占全市的五分之二", [(40, "%", 40, "%", "=")]),
    ("覆盖率达百分之九十五", [(95, "%", 95, "%", "=")]),
    ("企业上云率超8成", [(80, "%", 80, "%", ">=")]),
    ("八成以上的企业", [(80, "%", 80, "%", ">=")]),
    ("好果能卖到四五块", []),  # four or five, not forty-five
    ("城乡居民收入比为1.52", [(1.52, None, 1.52, None, "=")]),  # a ratio, read with no unit
    ("城乡居民收入比缩小至1.66，比上年缩小0.04", [(1.66, None, 1.66, None, "=")]),
    ("新增企业二十三家", [(23, "家", 23, "家", "=")]),
    ("增长两成左右", [(20, "%", 20, "%", "~")]),
    ("出口占全市约一成七", [(17, "%", 17, "%", "~")]),  # a second tenth
    ("增长逾一成半", [(15, "%", 15, "%", ">=")]),
    ("首次突破人民币5,000亿元", [(5000, "亿元", 5e11, "元", ">=")]),  # the currency between
    ("召开议事会上千场", [(1000, "场", 1000, "场", ">=")]),
    ("接待游客近万人次", [(1, "万人次", 10000, "人次", "~")]),
    ("走访企业超百家", [(100, "家", 100, "家", ">=")]),
    ("分别增长5%、-2.5%", [(5, "%", 5, "%", "="), (-2.5, "%", -2.5, "%", "=")]),
    ("C-40型号3-5家", [(3, "家", 3, "家", ">=")]),  # dashes in a code or a range: no minus
    ("零售总额二百七十三亿五千万元", [(273.5, "亿元", 2.735e10, "元", "=")]),
    ("新增经营主体一万二千六百户", [(12600, "户", 12600, "户", "=")]),
    ("失业率为百分之四点九", [(4.9, "%", 4.9, "%", "=")]),
    ("接待游客三千二百余万人次", [(3200, "万人次", 3.2e7, "人次", ">=")]),
    ("存款余额6，321.5亿元", [(6321.5, "亿元", 6.3215e11, "元", "=")]),  # full-width comma
    ("分别为5，6个", [(6, "个", 6, "个", "=")]),  # a clause comma, not a thousands separator
    ("集中签约41个项目", [(41, "个", 41, "个", "=")]),  # 签约 ends in 约, and is no qualifier
    ("约41个项目", [(41, "个", 41, "个", "~")]),
    ("牲畜存栏86.5万头只", [(86.5, "万头只", 865000, "头只", "=")]),  # cattle and sheep
    ("产值突破千亿元", [(1000, "亿元", 1e11, "元", ">=")]),  # a round milestone
    # one number written in two parts, as Taiwan and Hong Kong papers write it
    ("人均可支配收入6万1825元", [(61825, "元", 61825, "元", "=")]),
    ("新增就业1万2千人", [(12000, "人", 12000, "人", "=")]),
    ("总投资4亿3000万元", [(4.3, "亿元", 4.3e8, "元", "=")]),
    ("吸纳就业2万6千余人", [(26000, "人", 26000, "人", ">=")]),
]

NOT_AMOUNTS = [
    "2024年是关键之年",
    "5月，区里召开推进会",
    "每15分钟发一班车",
    "85岁的老人",
    "位列全国第3",
    "“十四五”规划收官",
    "构建“1+6”产业体系",
    "打造“358”工程",
    "5G基站全覆盖",
    "C919大飞机",
    "中山路88号",
    "跻身百强区",
    "入选全国500强",
    "一个中心两个基本点",
    "连续三年领跑",
    "二期工程开工",
    "做强2个千亿级产业集群",
    "党的二十届三中全会",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_amounts(text, expected):
    got = [(a.value, a.unit, a.value_std, a.unit_std, a.qualifier) for a in find_amounts(text)]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[0] == pytest.approx(e[0])
        assert g[1] == e[1]
        assert g[2] == pytest.approx(e[2])
        assert g[3:] == e[3:]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_threshold_inside_noun_phrase_is_a_modifier():
    amounts = find_amounts("引进10亿元以上重大项目6个")
    assert [(a.value, a.modifier) for a in amounts] == [(10, True), (6, False)]


@pytest.mark.parametrize(
    ("text", "value"), [("三", 3), ("二十五", 25), ("一百二十", 120), ("1,200", 1200)]
)
def test_parse_numeral(text, value):
    assert parse_numeral(text) == value


@given(
    value=st.decimals(min_value="0.01", max_value="99999", places=2).map(float),
    mult=st.sampled_from(["", "万", "亿"]),
    unit=st.sampled_from(["元", "家", "个", "平方米"]),
)
def test_written_amount_round_trips(value, mult, unit):
    """Whatever we write as value+multiplier+unit reads back with the same standard value."""
    text = f"全年完成{value}{mult}{unit}。"
    amounts = find_amounts(text)
    assert len(amounts) == 1
    expected_std, expected_unit, _ = standardize(value, mult + unit)
    assert amounts[0].value == pytest.approx(value)
    assert amounts[0].value_std == pytest.approx(expected_std)
    assert amounts[0].unit_std == expected_unit


def test_full_width_and_wrapped_text_reads_through_the_reading_form():
    from pipelines.parse.text import reading_form

    reading, _ = reading_form("营收同比提高１２．５％，拥有 450\n余家律所")
    assert [(a.value, a.unit) for a in find_amounts(reading)] == [(12.5, "%"), (450, "家")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("实现进出口总额十八点六亿元", 18.6, "亿元"),
        ("经营主体总量突破十万户", 10.0, "万户"),
    ],
)
def test_chinese_numerals_with_a_decimal_point_or_a_bare_ten(text, value, unit):
    assert [(a.value, a.unit) for a in find_amounts(text)] == [(value, unit)]


@pytest.mark.parametrize("text", ["迈上千亿元台阶", "打造百亿级产业集群"])
def test_bare_hundreds_and_thousands_stay_rhetoric(text):
    assert find_amounts(text) == []


def test_a_threshold_before_的_and_a_later_count_is_a_modifier():
    amounts = find_amounts("营业收入超10亿元的工业企业达到14家")
    assert [(a.value, a.modifier) for a in amounts] == [(10.0, True), (14.0, False)]


def test_a_round_threshold_before_a_noun_describes_it():
    (amount,) = find_amounts("年产值超百亿元的企业9家")[:1]
    assert amount.value == 100 and amount.modifier
    assert not find_amounts("迈上千亿元台阶")


@pytest.mark.parametrize(
    "text",
    [
        "2025千岛湖骑行节开幕",  # a year, then a name starting with 千
        "运营4个多月来",  # a duration
        "从人才、资金等5个方面推出",  # the headings of a policy
        "出台16条措施",
        "印发《促进消费九条措施》",
        "《若干政策》22条，对首次",
        "可拨打12345政务服务热线咨询",  # a phone number
        "欠薪可拨打12333人社服务热线",
    ],
)
def test_names_durations_and_policy_articles_are_no_amounts(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [("新建道路12条", 12.0), ("引进企业2千余家", 2.0)])
def test_roads_and_thousands_stay_amounts(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(
    "reading", ["2025-03-16张掖日报", "2025-03-1608:30张掖日报", "2025.03.169:40张记者"]
)
def test_a_date_and_clock_time_before_a_paper_name_are_no_amounts(reading):
    # a date line's reading, once its spaces are gone: 03-16 runs into 张掖日报 (no 16张)
    assert find_amounts(reading) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全区算力规模达到2.6EFLOPS", 2.6, "EFLOPS"),
        ("智能算力达到800TFLOPS", 800.0, "TFLOPS"),
        ("完成数据交易215笔", 215.0, "笔"),
    ],
)
def test_computing_power_and_transactions_have_units(text, value, unit):
    [amount] = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_ratio_after_a_colon_is_still_read_when_it_follows_a_label():
    [amount] = find_amounts("地区生产总值:612.3亿元")
    assert amount.value == 612.3


def test_reef_volume_in_kongfang():
    [amount] = find_amounts("累计投放人工鱼礁36万空方")
    assert (amount.value, amount.unit) == (36.0, "万空方")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("全年飞行时长约6.3万小时", 6.3, "万小时"), ("完成通用航空飞行8600小时", 8600.0, "小时")],
)
def test_hours_flown_in_total_are_amounts(text, value, unit):
    [amount] = find_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_how_long_one_thing_takes_is_still_no_amount():
    assert find_amounts("单车通关时间压缩至3小时") == []
