"""Reference dates and period resolution, on sentences written for these tests."""

import datetime as dt

import pytest

from pipelines.parse import parse_article, read_document
from pipelines.parse.periods import (
    TimeFrame,
    infer_time_frame,
    parse_date,
    period_in,
    plan_end_in,
    target_year_in,
)

MID_2024 = TimeFrame(2024, 2024, dt.date(2024, 7, 20), "metadata")
REVIEW_OF_2023 = TimeFrame(2024, 2023, dt.date(2024, 1, 15), "metadata")


def _parsed(text: str):
    return parse_article(read_document(text.encode("utf-8")))


@pytest.mark.parametrize(
    ("text", "frame", "period"),
    [
        ("上半年，全区经济平稳", MID_2024, "2024H1"),
        ("今年上半年", MID_2024, "2024H1"),
        ("2023年上半年", MID_2024, "2023H1"),
        ("前三季度", MID_2024, "2024Q1-Q3"),
        ("今年前三季，外贸按年增长", MID_2024, "2024Q1-Q3"),  # Hong Kong usage, no 度
        ("一至三季度，全区", MID_2024, "2024Q1-Q3"),
        ("2023年前三季度，全区", MID_2024, "2023Q1-Q3"),  # 年前 here is no "before the year"
        ("2023年前5个月", MID_2024, "2023M01-M05"),
        ("一季度", MID_2024, "2024Q1"),
        ("第二季度", MID_2024, "2024Q2"),
        ("1—5月", MID_2024, "2024M01-M05"),
        ("1—6月", MID_2024, "2024H1"),  # the months of a half, named as its bulletin is
        ("前3个月", MID_2024, "2024Q1"),
        ("1—9月", MID_2024, "2024Q1-Q3"),
        ("1—12月", MID_2024, "2024"),
        ("1-11月份", MID_2024, "2024M01-M11"),
        ("前10个月", MID_2024, "2024M01-M10"),
        ("前八个月", MID_2024, "2024M01-M08"),
        # Hong Kong and Taiwan usage: 首N個月, 第N季, 前3季
        ("今年首4个月，区内", MID_2024, "2024M01-M04"),
        ("今年第2季，全区", MID_2024, "2024Q2"),
        ("2023年前3季，全区", MID_2024, "2023Q1-Q3"),
        ("前3季度", MID_2024, "2024Q1-Q3"),
        ("去年", MID_2024, "2023"),
        ("去年", REVIEW_OF_2023, "2023"),
        ("今年", REVIEW_OF_2023, "2024"),
        ("全年", REVIEW_OF_2023, "2023"),
        ("截至目前", REVIEW_OF_2023, "2023"),
        ("截至8月底，全区已完成投资", MID_2024, "2024M01-M08"),
        # a balance at a month's end is dated by the months, whatever the verb
        ("截至6月末，全区贷款余额", MID_2024, "2024H1"),
        ("6月末，全区贷款余额", MID_2024, "2024H1"),  # a bulletin's month-end without 截至
        ("8月底，新校区投入使用", MID_2024, None),  # a date, not the figures' months
        ("近三年", REVIEW_OF_2023, "2021-2023"),
        ("近5年", MID_2024, "2020-2024"),
        ("2019—2021年", MID_2024, "2019-2021"),
        ("2018年到2022年，全区", MID_2024, "2018-2022"),  # each year written out
        ("2020年至2023年，全区累计", MID_2024, "2020-2023"),
        ("五年来，全区累计", REVIEW_OF_2023, "2019-2023"),  # the years up to the report's
        ("三年间新增", REVIEW_OF_2023, "2021-2023"),
        ("十年年均增长", REVIEW_OF_2023, "2014-2023"),
        ("2022年", MID_2024, "2022"),
        ("较2022年翻一番", MID_2024, None),
        ("已是疫情前2019年的2.1倍", MID_2024, None),  # a base, not the figures' year
        ("自2020年以来", MID_2024, "2020-2024"),  # a sum since then, to now
        ("全区经济平稳", MID_2024, None),
        ("7—9月，全县接待游客", MID_2024, "2024Q3"),  # a quarter's months are the quarter
        ("10-12月", MID_2024, "2024Q4"),
        ("7—12月", MID_2024, "2024H2"),
        ("暑期（7月1日至8月31日），全市", MID_2024, "2024M07-M08"),  # whole months, by days
        ("年内新评定4A级景区1家", REVIEW_OF_2023, "2023"),  # in a review, the year reviewed
    ],
)
def test_period_in(text, frame, period):
    assert period_in(text, frame) == period


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025-08-04", dt.date(2025, 8, 4)),
        ("2026年01月27日", dt.date(2026, 1, 27)),
        ("2025/8/4", dt.date(2025, 8, 4)),
        ("八月", None),
        ("2025-13-40", None),
    ],
)
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_metadata_date_wins_and_a_january_review_reports_the_year_before():
    frame = infer_time_frame(
        dt.date(2026, 1, 20), "全年地区生产总值增长6%。", ["2025年，营收100亿元"], set()
    )
    assert (frame.current_year, frame.reporting_year, frame.source) == (2026, 2025, "metadata")


def test_a_january_review_that_compares_with_the_first_half_still_reports_the_year_before():
    data = ["全年营收增长6%。", "财政收入下降5%，降幅较上半年收窄3个百分点。"]
    frame = infer_time_frame(dt.date(2023, 1, 30), "", data, set())
    assert frame.reporting_year == 2022


def test_a_stock_now_in_a_mid_year_review_of_last_year_is_this_years():
    data = [
        "2024年，全区营收816亿元，增长9%。",
        "2024年，出口增长5%。",
        "上半年，全区生产总值增长6%。",
    ]
    frame = infer_time_frame(dt.date(2025, 8, 13), "", data, set())
    assert frame.reporting_year == 2024  # undated figures follow the year under review
    assert period_in("目前，全区已有企业3000家", frame) == "2025"


def test_dateline_in_text():
    frame = infer_time_frame(None, "2025年09月03日\n前三季度，营收增长5%。", [], set())
    assert (frame.current_year, frame.reporting_year, frame.source) == (2025, 2025, "text")


def test_undated_half_year_after_a_full_year_of_data_is_the_next_year():
    text = "2022年全区营收80亿元。上半年，营收增长5%。"
    frame = infer_time_frame(None, text, ["2022年全区营收80亿元"], set())
    assert (frame.current_year, frame.reporting_year, frame.source) == (2023, 2023, "inferred")


def test_annual_review_without_date_reports_its_latest_data_year():
    text = "2021年，全区营收80亿元。去年新增企业30家。2022年主要预期目标：增长7%。"
    frame = infer_time_frame(None, text, ["2021年，全区营收80亿元"], {2022})
    assert (frame.current_year, frame.reporting_year) == (2022, 2021)


def test_a_bulletin_of_one_quarter_gives_its_period_to_unlabelled_figures():
    data = ["一季度，全区地区生产总值120亿元", "一季度，固定资产投资增长3%", "工业产值80亿元"]
    frame = infer_time_frame(dt.date(2025, 4, 20), "一季度经济运行", data, set())
    assert frame.bulletin_period == "2025Q1"
    review = infer_time_frame(dt.date(2026, 1, 20), "全年", ["全年实现营收90亿元"], set())
    assert review.bulletin_period is None


def test_a_january_review_mentioning_a_past_half_year_still_reviews_last_year():
    data = ["全年高企达到900家", "2025年上半年新增企业50家"]
    frame = infer_time_frame(dt.date(2026, 1, 12), "2025年全年", data, set())
    assert (frame.current_year, frame.reporting_year) == (2026, 2025)
    mid_year = infer_time_frame(dt.date(2025, 7, 20), "上半年", ["上半年营收增长5%"], set())
    assert mid_year.reporting_year == 2025


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("前三季度，增速较上半年加快0.5个百分点", "2024Q1-Q3"),
        ("较上年净增71家", None),
        ("营收比去年同期增长5%", None),
    ],
)
def test_a_base_of_comparison_is_not_the_period(text, period):
    assert period_in(text, MID_2024) == period


def test_an_undated_review_followed_by_next_years_targets_is_written_the_next_year():
    data = ["地区生产总值1468亿元，同比增长5.8%", "新增经营主体2.36万户"]
    text = "数读城关2025\n2025年，全区经济平稳。\n2026年是开局之年。主要预期目标是：增长6%"
    frame = infer_time_frame(None, text, data, {2026})
    assert (frame.current_year, frame.reporting_year) == (2026, 2025)


def test_an_undated_work_report_naming_only_its_target_years():
    # 2025年是收官之年…今年预期目标 and a 到2027年 horizon: written early 2025 about 2024
    frame = infer_time_frame(None, "过去一年…2025年是收官之年", [], {2025, 2027})
    assert (frame.current_year, frame.reporting_year) == (2025, 2024)


def test_a_publication_line_dates_an_article_whose_body_has_no_date():
    text = "北岭区经济运行平稳\n发布时间：2025-07-21 10:32\n上半年，北岭区地区生产总值增长6%。"
    article = _parsed(text)
    assert (article.reference_date_source, article.reporting_year) == ("text", 2025)
    assert article.indicators[0].period == "2025H1"


def test_the_end_of_a_span_of_years_is_a_data_year_not_a_goals():
    # 2014年到2024年 ends in the year reviewed; only 到2028年 looks ahead
    text = (
        "滨江区工业十年回眸\n"
        "2014年到2024年，滨江区规上工业总产值由520亿元增长到1360亿元，年均增长10.1%。"
        "五年来，全区累计建成标准厂房96万平方米。到2028年，力争规上工业总产值突破2000亿元。"
    )
    article = _parsed(text)
    assert article.reporting_year == 2024
    assert [i.period for i in article.indicators if i.unit == "万平方米"] == ["2020-2024"]
    assert [t.target_year for t in article.targets] == [2028]


def test_full_width_datelines():
    assert parse_date("发布时间：２０２５－１０－２２ ０９:１５") == dt.date(2025, 10, 22)


def test_a_dateline_in_chinese_numerals():
    assert parse_date("二〇二六年一月十五日") == dt.date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("到2027年，地区生产总值力争突破2000亿元", ["2027"]),
        ("数说江汉2026", ["2026"]),
        ("增长2025.6万元，高新技术企业超过2000家", []),
    ],
)
def test_a_four_digit_amount_is_not_a_year(text, years):
    from pipelines.parse.periods import YEAR_MENTION

    assert YEAR_MENTION.findall(text) == years


def test_a_spring_festival_bulletin_in_february_reports_this_year():
    frame = infer_time_frame(
        dt.date(2025, 2, 5),
        "春节假期期间，全区接待游客328.6万人次。",
        ["春节假期期间，全区接待游客328.6万人次。"],
        set(),
    )
    assert (frame.current_year, frame.reporting_year) == (2025, 2025)


def test_a_part_of_the_year_not_yet_over_in_an_early_article_is_last_years():
    frame = infer_time_frame(dt.date(2026, 1, 6), "", ["1—11月，规上工业增加值增长9.8%。"], set())
    assert frame.reporting_year == 2025
    assert period_in("1—11月，社零增长4.7%", frame) == "2025M01-M11"
    april = infer_time_frame(dt.date(2025, 4, 9), "", ["二季度集中开工项目26个。"], set())
    assert period_in("二季度集中开工项目26个", april) == "2025Q2"  # the quarter under way


def test_a_documents_name_dates_no_data():
    frame = infer_time_frame(
        None,
        "",
        ["发布了《蜀山区2025年重点招商项目清单》，现场签约项目15个。", "2024年，全区GDP增长6.1%。"],
        set(),
    )
    assert frame.reporting_year == 2024


def test_a_bare_full_year_after_a_paragraphs_year_is_that_year_while_this_one_runs():
    frame = TimeFrame(2025, 2025, dt.date(2025, 4, 10), "text")
    assert period_in("全年新签约项目116个", frame) == "2025"
    assert period_in("全年新签约项目116个", frame, "2024") == "2024"
    assert period_in("2023年全年新签约项目116个", frame, "2024") == "2023"
    review = TimeFrame(2023, 2022, dt.date(2023, 2, 1), "text")  # the year reviewed has ended
    assert period_in("全年举办文旅活动300余场", review, "2021") == "2022"


def test_a_rank_held_for_years_is_no_span():
    assert period_in("连续五年位居全市首位", REVIEW_OF_2023) is None


def test_when_a_works_is_due_dates_no_data():
    # 预计2027年投产 is a plan's date: the half year reported is still the article's
    frame = infer_time_frame(
        None,
        "上半年，全区进出口总额增长9%。",
        [
            "上半年，全区进出口总额1062亿元，增长9%。",
            "2023年，全区进出口总额突破2000亿元。",
            "总投资52亿元的智能终端产业园二期签约，预计2025年投产。",
        ],
        set(),
    )
    assert frame.reporting_year == 2024


def test_this_year_after_the_last_year_written_is_the_goals_year():
    frame = TimeFrame(2025, 2025, dt.date(2025, 7, 29), "metadata")
    assert target_year_in("2024年全产业链总产值达245亿元，今年力争突破", frame) == 2025
    assert target_year_in("今年力争到2027年突破", frame) == 2027


def test_a_year_compared_against_is_the_year_before_the_figures():
    # 比2022年同期加快, and no other year: the figures are of 2023
    text = "北岭区前三季度经济运行\n前三季度，北岭区地区生产总值增长6.9%，比2022年同期加快2.4个百分点。"
    frame = infer_time_frame(None, text, [], set())
    assert frame.reporting_year == 2023


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024年1-9月北岭区主要经济指标", None),  # a period, not 9 January
        ("2024年1月9日北岭区主要经济指标", dt.date(2024, 1, 9)),
        ("发布时间：2024-10-28", dt.date(2024, 10, 28)),
        ("2024-10/28", None),  # one way of writing throughout
    ],
)
def test_a_dateline_is_written_one_way(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text",
    [
        # dated the April after: a report on the year its title names
        "2024年北岭市国民经济和社会发展统计公报\n北岭市统计局\n2025 年 4 月 3 日\n\n"
        "全年全市实现地区生产总值 1712.35 亿元，增长 6.3%。",
        # undated, closing on the month it was published: still about that year
        "北岭市２０２４年国民经济和社会发展统计公报\n\n"
        "全年全市实现地区生产总值 1712.35 亿元，增长 6.3%。\n\n北岭市统计局\n２０２５年４月",
    ],
)
def test_a_communique_reports_the_year_its_title_names(text):
    article = _parsed(text)
    assert article.reporting_year == 2024
    assert [(i.metric_name, i.period) for i in article.indicators] == [("地区生产总值", "2024")]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("“十五五”时期，全区将力争", 2030),
        ("“十五五”开局之年，全区将力争", 2026),
        ("十四五规划的开局之年", 2021),
    ],
)
def test_a_plans_goals_are_for_its_last_year_but_its_opening_years_for_that_year(text, year):
    assert plan_end_in(text) == year


@pytest.mark.parametrize(
    ("text", "current", "reporting"),
    [
        # a December meeting: this year is the plan's last, and it is reviewed
        ("今年是“十四五”规划收官之年。全年预计地区生产总值增长6%。2020年为410亿元。", 2025, 2025),
        # a January work report: this year opens the next plan, and last year is reviewed
        ("过去一年，全区营收增长5%。今年是“十五五”开局之年，主要预期目标：增长6%。", 2026, 2025),
        ("明年是“十五五”开局之年。一年来，全区营收增长5%。", 2025, 2025),
        ("去年是“十四五”收官之年，全区营收增长5%。", 2026, 2025),
    ],
)
def test_an_undated_article_that_names_this_years_place_in_a_plan(text, current, reporting):
    frame = infer_time_frame(None, text, [s for s in text.split("。") if "%" in s], set())
    assert (frame.current_year, frame.reporting_year, frame.source) == (
        current,
        reporting,
        "inferred",
    )


def test_when_a_thing_began_is_not_the_year_of_the_figures_after_it():
    frame = TimeFrame(2025, 2025, dt.date(2025, 7, 29), "metadata")
    assert period_in("2016年在本区落地的“双创”模式，已推广到全国20多个城市", frame) is None


def test_a_review_that_closes_on_next_years_goals_is_about_its_own_year():
    text = (
        "港城物流业发展综述\n\n2023年，北仑区加快建设物流枢纽。全年，港区完成货物吞吐量3.2亿吨，"
        "同比增长4.6%。目前，全区规模以上物流企业达到186家。\n\n"
        "2024年，北仑区将力争货物吞吐量突破3.4亿吨。\n"
    )
    article = _parsed(text)
    assert article.reporting_year == 2023
    assert [t.target_year for t in article.targets] == [2024]


def test_a_deadline_among_next_years_goals_dates_no_data():
    text = (
        "南湖区住房保障工作综述\n\n全年筹集保障性租赁住房4500套，交付安置房6230套。\n\n"
        "2025年，南湖区将筹集保障性租赁住房3000套，确保安居苑2026年底前交付。\n"
    )
    article = _parsed(text)
    assert article.reporting_year == 2024


def test_a_work_reports_review_before_next_years_and_the_plans_goals():
    text = (
        "南湖区2026年政府工作报告（摘要）\n\n一、2025年工作回顾\n\n过去一年，全年完成地区生产总值"
        "1286.4亿元、增长5.2%。\n\n二、2026年主要目标\n\n地区生产总值增长5%左右。"
        "到2030年，地区生产总值突破1600亿元。\n"
    )
    article = _parsed(text)
    assert (article.reporting_year, [i.period for i in article.indicators]) == (2025, ["2025"])


def test_a_years_end_in_an_undated_review_is_the_year_reviewed():
    undated = TimeFrame(2025, 2024, dt.date(2025, 1, 1), "inferred")
    assert period_in("截至12月末，全区贷款余额", undated) == "2024"
    dated = TimeFrame(2026, 2025, dt.date(2026, 1, 9), "text")
    assert period_in("截至12月底，全市企业达到", dated) == "2025"


def test_a_titled_year_in_review_dates_its_late_months_by_that_year():
    article = _parsed(
        "南湖区2024年工业经济综述\n\n2024年，全区规上工业产值达到1866.2亿元，同比增长15.8%。"
        "1—11月全区工业用电量56.9亿千瓦时，同比增长17.3%。\n\n"
        "2025年，南湖区将确保规上工业产值突破2100亿元。"
    )
    assert [i.period for i in article.indicators] == ["2024", "2024M01-M11"]
    assert [t.target_year for t in article.targets] == [2025]


def test_a_month_ahead_is_no_part_of_the_year():
    article = _parsed(
        "安吉民宿经济2023年观察\n\n2023年，安吉县接待游客3150.6万人次。"
        "不少游客提前一个月预订。全县拥有国家A级旅游景区23家。"
    )
    assert [i.period for i in article.indicators] == ["2023", "2023"]


@pytest.mark.parametrize(
    ("text", "frame", "period"),
    [
        ("“十四五”以来累计引进项目", REVIEW_OF_2023, "2021-2023"),
        ("十四五以来", MID_2024, "2021-2024"),
        ("“十四五”期间累计下降", REVIEW_OF_2023, "2021-2025"),  # the plan's years, as planned
        ("“十三五”以来", REVIEW_OF_2023, "2016-2020"),  # a plan already over
    ],
)
def test_a_plan_so_far_runs_to_now_and_a_plan_named_runs_its_years(text, frame, period):
    assert period_in(text, frame) == period


def test_a_forecasts_year_does_not_date_an_undated_article():
    text = (
        "南湖区前三季度新兴产业产值增长21%\n\n"
        "记者10月20日获悉，今年1—9月，南湖区新兴产业产值达到96.4亿元。"
        "截至2024年9月底，全区建成起降点32个。"
        "数据显示，2023年我国低空经济规模已超过5000亿元，2030年有望达到2万亿元。"
    )
    article = parse_article(read_document(text.encode("utf-8")))
    assert article.reporting_year == 2024
    assert {i.period for i in article.indicators if i.value == 96.4} == {"2024Q1-Q3"}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("自2020年启动老旧小区改造以来，全区累计改造", "2020-2023"),
        ("自2022年8月重建启动以来，累计完成投资", "2022-2023"),
        ("自2023年以来", None),  # the reporting year itself: no span
    ],
)
def test_a_sum_since_a_year_runs_from_that_year_to_now(text, period):
    assert period_in(text, REVIEW_OF_2023) == period
