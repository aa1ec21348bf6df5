"""Indicators and targets read from short articles written for these tests.

Each case is an article in our own words and the facts an analyst would copy from it, as
(table, district, metric_key or name fragment, period/target_year, value, unit, qualifier,
growth_pct). Metric names are checked by fragment: the rule is "a short noun phrase".
"""

import pytest

from pipelines.parse import parse_article, read_document


def _facts(text: str):
    article = parse_article(read_document(text.encode("utf-8")))
    rows = []
    for table, facts, when in (
        ("I", article.indicators, "period"),
        ("T", article.targets, "target_year"),
    ):
        for f in facts:
            rows.append(
                (
                    table,
                    f.district,
                    f.metric_key or f.metric_name,
                    getattr(f, when),
                    f.value,
                    f.unit,
                    f.qualifier,
                    f.growth_pct,
                )
            )
    return article, rows


FRONT = "---\npublished_on: 2025-07-28\ndistrict: 南湖区\n---\n"


def test_level_and_growth_are_one_record():
    _, rows = _facts(FRONT + "上半年，南湖区完成地区生产总值456.7亿元，同比增长5.9%。")
    assert rows == [("I", "南湖区", "gdp", "2025H1", 456.7, "亿元", "=", 5.9)]


def test_growth_only_and_negative_growth():
    _, rows = _facts(FRONT + "上半年，社会消费品零售总额增长4.2%，规上工业增加值下降1.5%。")
    assert ("I", "南湖区", "retail_sales", "2025H1", None, None, "=", 4.2) in rows
    assert ("I", "南湖区", "industry_value_added", "2025H1", None, None, "=", -1.5) in rows


def test_list_shares_its_verb_and_flows_are_not_stocks():
    _, rows = _facts(FRONT + "今年以来，全区新增高企45家、专精特新企业12家。")
    names = {r[2]: r[4] for r in rows}
    assert names.get("新增高新技术企业数") == 45
    assert any(k.startswith("新增专精特新") and v == 12 for k, v in names.items())
    assert "high_tech_enterprises" not in names


def test_counted_noun_after_the_number_and_stock_period():
    article, rows = _facts(FRONT + "上半年经济平稳。目前，南湖区已集聚312家各类金融机构。")
    assert ("I", "南湖区", "financial_institutions", "2025", 312.0, "家", "=", None) in rows


def test_doubling_and_qualifiers():
    _, rows = _facts(
        FRONT + "全区网上零售额实现翻番，数字经济企业超过200家，技术合同成交额近30亿元。"
    )
    assert any(r[2] == "online_retail_sales" and r[7] == 100 for r in rows)
    assert any(r[4] == 200 and r[6] == ">=" for r in rows)
    assert any(r[2] == "tech_contract_value" and r[4] == 30 and r[6] == "~" for r in rows)


def test_share_of_the_city():
    _, rows = _facts(FRONT + "全区物流业营收超过90亿元，占全市的12.5%。")
    share = [r for r in rows if r[5] == "%"]
    assert len(share) == 1 and share[0][4] == 12.5 and "占全市" in share[0][2]


def test_company_and_city_numbers_are_not_district_facts():
    text = FRONT + (
        "去年，某某科技有限公司营收突破20亿元。全市地区生产总值增长5%。南湖区地区生产总值增长6.5%。"
    )
    _, rows = _facts(text)
    assert [r[7] for r in rows] == [6.5]


def test_other_district_named_in_the_sentence_gets_the_fact():
    _, rows = _facts(FRONT + "上半年，北塘区固定资产投资增长11%，南湖区增长8%。")
    # 北塘区 is in no reference list: a clause-initial XX区 is still read as a district
    assert {(r[1], r[7]) for r in rows} == {("北塘区", 11.0), ("南湖区", 8.0)}


def test_known_other_district_takes_its_rank():
    text = "---\ndistrict: 南沙区\npublished_on: 2025-07-30\n---\n上半年，南沙区地区生产总值增长5.1%，白云区固定资产投资增速全市第一。"
    _, rows = _facts(text)
    assert ("I", "南沙区", "gdp", "2025H1", None, None, "=", 5.1) in rows
    article = parse_article(read_document(text.encode()))
    ranks = [(i.district, i.rank, i.rank_scope) for i in article.indicators if i.rank]
    assert ranks == [("白云区", 1, "全市")]


def test_estimate_flag():
    _, rows = _facts(FRONT + "预计全年地区生产总值突破900亿元。")
    article = parse_article(read_document((FRONT + "预计全年地区生产总值突破900亿元。").encode()))
    assert article.indicators[0].is_estimate is True
    assert rows[0][4] == 900 and rows[0][6] == ">="


def test_comparison_in_points_is_not_a_fact():
    _, rows = _facts(FRONT + "上半年，南湖区地区生产总值增长6%，高于全市0.8个百分点。")
    assert rows == [("I", "南湖区", "gdp", "2025H1", None, None, "=", 6.0)]


def test_target_list_under_a_year_ahead_heading():
    text = (
        FRONT
        + "数说南湖2026\n\n● 地区生产总值增长6%左右；\n● 新增市场主体1.5万户；\n● 城镇登记失业率控制在4%以内。"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 6.0) in rows
    assert ("T", "南湖区", "new_market_entities", 2026, 1.5, "万户", "=", None) in rows
    assert ("T", "南湖区", "unemployment_rate", 2026, 4.0, "%", "<=", None) in rows
    assert not any(r[0] == "I" for r in rows)


def test_target_in_a_sentence_with_a_horizon_year():
    _, rows = _facts(FRONT + "力争到2027年，数字经济核心产业营业收入突破300亿元。")
    assert rows == [
        ("T", "南湖区", "digital_economy_core_revenue", 2027, 300.0, "亿元", ">=", None)
    ]


def test_traditional_article():
    text = "---\npublished_on: 2024-08-02\ndistrict: 灣仔區\n---\n上半年，灣仔區實現地區生產總值1,208.3億元，同比增長3.1%；新增註冊企業2,150家。"
    article, rows = _facts(text)
    assert article.primary_district == "湾仔区"
    assert ("I", "湾仔区", "gdp", "2024H1", 1208.3, "亿元", "=", 3.1) in rows
    assert any(r[4] == 2150 and r[3] == "2024H1" for r in rows)
    for i in article.indicators:
        assert article.char_count >= i.span_end > i.span_start


@pytest.mark.parametrize(
    "sentence",
    [
        "全区上下锚定目标，奋力拼搏。",
        "“十五五”开局之年，南湖区持续发力。",
        "5月，区里举办招商推介会。",
        "78岁的老党员每天步行10分钟到社区。",
        "构建“1+3+N”服务体系。",
    ],
)
def test_sentences_without_facts(sentence):
    _, rows = _facts(FRONT + sentence)
    assert rows == []


def test_city_figures_in_a_district_bulletin_are_not_the_districts():
    _, rows = _facts(
        FRONT + "上半年，南湖区地区生产总值增长6.1%。同期全市地区生产总值增长3.9%。"
        "同期，武汉市地区生产总值增长5.6%。"
    )
    assert rows == [("I", "南湖区", "gdp", "2025H1", None, None, "=", 6.1)]


def test_a_total_after_a_flow_is_the_stock_of_that_metric():
    _, rows = _facts(FRONT + "上半年，全区新增高新技术企业58家，总数达到760家。")
    assert ("I", "南湖区", "high_tech_enterprises", "2025", 760.0, "家", "=", None) in rows
    assert ("I", "南湖区", "新增高新技术企业数", "2025H1", 58.0, "家", "=", None) in rows


def test_a_part_of_a_trade_total_is_not_the_total():
    _, rows = _facts(
        FRONT
        + "上半年，外贸进出口总额58亿元，其中出口41亿元，进口额17亿元；跨境电商进出口额增长35%，"
        "市场采购出口额增长9.8%。"
    )
    keys = {r[2]: (r[4], r[7]) for r in rows}
    assert keys["foreign_trade"] == (58.0, None)
    assert keys["exports"] == (41.0, None)
    assert keys["imports"] == (17.0, None)
    assert keys["跨境电商进出口额"] == (None, 35.0)
    assert keys["市场采购出口额"] == (None, 9.8)


def test_figures_of_a_project_named_after_its_investment_are_not_the_districts():
    _, rows = _facts(
        FRONT + "上半年，全区签约项目30个、总投资500亿元。其中，总投资80亿元的南湖低空产业园"
        "将建设三大板块，建成后预计年产值超过120亿元；总投资45亿元的智算中心拟年内投用。"
    )
    assert sorted(r[4] for r in rows) == [30.0, 500.0]


def test_comparable_basis_words_and_container_units():
    _, rows = _facts(
        FRONT + "上半年，全区一般公共预算收入31.6亿元，同口径增长2.8%；"
        "港口集装箱吞吐量86.4万标准箱，增长7.1%。"
    )
    assert ("I", "南湖区", "general_budget_revenue", "2025H1", 31.6, "亿元", "=", 2.8) in rows
    assert any(r[4] == 86.4 and r[5] == "万标准箱" and r[7] == 7.1 for r in rows)


def test_growth_against_an_earlier_base_year_is_not_a_growth_rate():
    _, rows = _facts(
        FRONT + "目前，南湖区专精特新企业达50家，较2021年翻一番；高企数量比2020年增长80%。"
        "上半年，全区营收比2024年同期增长6%。"
    )
    assert ("I", "南湖区", "specialized_smes", "2025", 50.0, "家", "=", None) in rows
    assert not any(r[7] == 80.0 or r[7] == 100.0 for r in rows)
    assert ("I", "南湖区", "营收", "2025H1", None, None, "=", 6.0) in rows


def test_a_short_aside_in_brackets_does_not_cut_the_metric_phrase():
    _, rows = _facts(FRONT + "目前，高新技术企业（含外资）达到320家。")
    assert ("I", "南湖区", "high_tech_enterprises", "2025", 320.0, "家", "=", None) in rows


@pytest.mark.parametrize(
    ("words", "rank"), [("第十二位", 12), ("第十位", 10), ("第3位", 3), ("第二", 2)]
)
def test_rank_numerals(words, rank):
    text = FRONT + f"上半年，南湖区地区生产总值增速居全省{words}。"
    article = parse_article(read_document(text.encode()))
    assert [(i.rank, i.rank_scope) for i in article.indicators] == [(rank, "全省")]


@pytest.mark.parametrize(
    ("clause", "rank", "scope"),
    [
        ("总量继续位居全省各区县首位", 1, "全省各区县"),
        ("经济总量连续多年稳居全市各区县第一", 1, "全市各区县"),
        ("增速在全市12个区县中排名第三", 3, "全市12个区县"),
        ("增速居全省县域第5位", 5, "全省县域"),
        ("增速位列全市各板块第二", 2, "全市各板块"),
    ],
)
def test_a_rank_after_the_figures_goes_to_that_metric(clause, rank, scope):
    text = FRONT + f"上半年，南湖区实现地区生产总值512.3亿元，同比增长6.1%，{clause}。"
    article = parse_article(read_document(text.encode()))
    got = [(i.metric_key, i.value, i.growth_pct, i.rank, i.rank_scope) for i in article.indicators]
    assert got == [("gdp", 512.3, 6.1, rank, scope)]  # the 12 of 12个区县 is not a fact


def test_a_numbered_building_is_not_a_ranking_field():
    text = FRONT + "南湖区第二实验小学新建项目建成后新增学位1620个。"
    article = parse_article(read_document(text.encode()))
    assert all(i.rank is None for i in article.indicators)


def test_an_achieved_full_coverage_reads_as_100_percent():
    _, rows = _facts(
        FRONT + "目前，南湖区在全市率先实现5G网络全覆盖，基本实现社区食堂全覆盖。"
        "推动惠企政策全覆盖。"
    )
    assert rows == [
        ("I", "南湖区", "5G网络覆盖率", "2025", 100.0, "%", "=", None),
        ("I", "南湖区", "社区食堂覆盖率", "2025", 100.0, "%", "~", None),
    ]


def test_a_count_takes_the_bulletin_period_unless_stated_as_standing_now():
    _, rows = _facts(
        FRONT + "上半年，全区规模以上工业企业逾130家。目前，全区累计拥有金融机构312家。"
    )
    periods = {r[2]: r[3] for r in rows}
    assert periods["financial_institutions"] == "2025"
    assert [p for k, p in periods.items() if "工业企业" in k] == ["2025H1"]


def test_shares_are_named_part_of_whole():
    _, rows = _facts(
        FRONT + "上半年，全区一般公共预算收入30.5亿元，其中税收收入占比为71.2%。"
        "第三产业增加值占地区生产总值的比重为61.4%。"
    )
    names = {r[2]: r[4] for r in rows}
    assert names["tax_share_of_budget_revenue"] == 71.2
    assert names["services_share_of_gdp"] == 61.4


def test_a_change_from_a_base_year_gives_each_level_its_year():
    article = parse_article(
        read_document(
            "---\npublished_on: 2026-01-15\ndistrict: 南湖区\n---\n"
            "五年来，全区地区生产总值由2020年的812亿元增加到2025年预计的1050亿元，"
            "2021—2025年年均增长5.3%。高企由2020年底的300家增加到520家。".encode()
        )
    )
    got = {(i.metric_key, i.period): (i.value, i.growth_pct) for i in article.indicators}
    assert got[("gdp", "2020")] == (812.0, None)
    assert got[("gdp", "2025")] == (1050.0, None)
    assert got[("gdp", "2021-2025")] == (None, 5.3)
    assert got[("high_tech_enterprises", "2020")] == (300.0, None)
    assert got[("high_tech_enterprises", "2025")] == (520.0, None)
    assert not article.targets  # 增加到2025年 reviews, it sets no target


def test_a_bare_net_increase_names_the_metric_before_and_a_total_rank_goes_to_the_level():
    _, rows = _facts(FRONT + "目前，全区高新技术企业达到860家，上半年净增75家，总量位居全省第二。")
    assert ("I", "南湖区", "high_tech_enterprises", "2025", 860.0, "家", "=", None) in rows
    assert ("I", "南湖区", "净增高新技术企业", "2025H1", 75.0, "家", "=", None) in rows


def test_tenths_with_liang_and_air_quality_units():
    _, rows = _facts(FRONT + "上半年，对东盟出口增长逾两成，PM2.5平均浓度28微克/立方米。")
    assert any(r[7] == 20.0 for r in rows)
    assert any(r[4] == 28.0 and r[5] == "微克/立方米" for r in rows)


def test_trade_with_one_market_is_not_total_exports():
    _, rows = _facts(FRONT + "上半年，全区出口增长8%，对东盟出口增长12%。")
    keys = {r[2]: r[7] for r in rows}
    assert keys["exports"] == 8.0
    assert keys["对东盟出口"] == 12.0


def test_county_wording_late_flow_words_and_long_share_wholes():
    text = (
        "---\npublished_on: 2025-04-20\ndistrict: 石门县\n---\n"
        "一季度，全县新登记经营主体3200户，专精特新企业新增6家。"
        "三大产业合计完成产值120亿元，占全县规上工业总产值的61.5%。"
    )
    _, rows = _facts(text)
    names = {r[2]: r[4] for r in rows}
    assert names["new_market_entities"] == 3200.0
    assert names["新增专精特新企业数"] == 6.0
    assert names["三大产业产值占全县规上工业总产值比重"] == 61.5


def test_figures_that_refer_back_to_a_project_opening_the_sentence_are_the_projects():
    _, rows = _facts(
        FRONT + "上半年，北岭科创园正式开园，首批入驻企业超过60家。"
        "在东站老街片区，南湖区已完成改造任务，新增停车位800个。"
        "南湖区中央法务区加快推进，每万人拥有律师数提升至35人。"
    )
    values = sorted(r[4] for r in rows)
    assert values == [35.0]  # the district's own figure stays


def test_kinds_of_companies_are_counted_and_commodity_exports_are_parts():
    _, rows = _facts(
        FRONT + "上半年，全区新增跨国公司地区总部6家，组织企业赴外招商40批次；"
        "出口52亿元，其中服装出口下降2.6%。"
    )
    got = {r[2]: (r[4], r[5], r[7]) for r in rows}
    assert got["新增跨国公司地区总部"] == (6.0, "家", None)
    assert any(v == (40.0, "批次", None) for v in got.values())
    assert got["exports"] == (52.0, "亿元", None)
    assert got["服装出口"] == (None, None, -2.6)


def test_attributes_of_one_project_are_not_district_figures():
    _, rows = _facts(
        FRONT + "10月1日，总建筑面积22万平方米的南湖天街购物中心开业迎客。"
        "上半年，北岭产业园新落地企业5家，其中，总投资2.1亿美元的博科精密部件项目签约。"
        "10月，北岭实验室在南湖区揭牌成立，首批引进科研团队12个。"
    )
    assert rows == []


def test_share_of_the_money_total_before_and_planned_investment_is_no_target():
    _, rows = _facts(
        FRONT + "上半年，一般公共预算收入完成40.2亿元，增长2.1%，税收收入占比达到76.4%。"
        "东门片区城市更新项目计划总投资4.6亿元。"
    )
    names = {r[2]: (r[0], r[4]) for r in rows}
    assert names["tax_share_of_budget_revenue"] == ("I", 76.4)
    assert not any(r[0] == "T" for r in rows)


def test_a_figure_in_the_clause_a_project_opens_is_the_projects():
    _, rows = _facts(
        FRONT + "上半年，东门片区城市更新项目完成征收签约2150户。"
        "北岭人工智能计算中心建成投用，为区内120余家企业提供算力服务。"
        "作为全区最大的更新项目，西坝片区改造项目涉及老旧小区5个。"
    )
    assert rows == []


def test_notes_thresholds_and_holiday_scenes_are_not_district_figures():
    _, rows = _facts(
        FRONT + "上半年，全县年经营性收入50万元以上的行政村达到36个。"
        "国庆假期，北岭步行街日均客流达到12万人次。"
        "注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。"
    )
    assert [(r[4], r[5]) for r in rows] == [(36.0, "个")]


def test_figures_of_the_thing_just_named_or_of_a_project_plan_are_not_the_districts():
    _, rows = _facts(
        FRONT + "上半年，东门小区完成改造。小区共有住户612户，此次改造加装电梯14部。"
        "北岭产业园项目协议投资15亿元，计划三年内集聚企业100家。"
        "签约项目方面，南站综合体项目总投资60亿元。"
        "该公司去年实现营业收入27亿元，项目全部达产后预计新增年产值60亿元。"
    )
    assert rows == []


def test_a_targets_heading_without_a_year_takes_the_year_just_named():
    text = (
        "数读北岭2025\n\n● 地区生产总值1468亿元，同比增长5.8%\n\n"
        "2026，北岭这样干\n\n2026年是开局之年。北岭区主要预期目标是：\n● 地区生产总值增长6%左右\n"
    )
    article, rows = _facts(text)
    assert ("T", "北岭区", "gdp", 2026, None, None, "~", 6.0) in rows
    assert ("I", "北岭区", "gdp", "2025", 1468.0, "亿元", "=", 5.8) in rows


def test_plan_completion_shares_of_the_city_and_speakers_for_a_company():
    _, rows = _facts(
        FRONT + "上半年，全区重大项目完成投资156.8亿元，完成年度计划的58.6%。"
        "社会消费品零售总额418.6亿元，总量约占全市的四分之一。"
        "北岭精密仪器有限公司总经理王强说，去年企业研发投入占营业收入比重15%。"
    )
    names = {r[2]: (r[0], r[4]) for r in rows}
    assert names["重大项目完成投资年度计划完成率"] == ("I", 58.6)
    assert names["社会消费品零售总额占全市比重"] == ("I", 25.0)
    assert not any(r[0] == "T" for r in rows)
    assert not any("营业收入" in r[2] for r in rows)


def test_a_share_stated_with_wei_after_bizhong():
    _, rows = _facts(FRONT + "上半年，服务业增加值74.2亿元，增长5.7%，占地区生产总值比重为65.8%。")
    assert ("I", "南湖区", "services_share_of_gdp", "2025H1", 65.8, "%", "=", None) in rows


def test_city_benchmarks_rank_changes_and_clauses_opened_by_a_project():
    _, rows = _facts(
        FRONT + "上半年，全区规模以上工业增加值同比增长9.2%，高于全市7.1%的平均增速。"
        "南湖区位列百强区第58位，较上年提升9个位次。"
        "东门片区城市更新项目完成管网改造，西坝片区改造项目签约率96%。"
        "实际使用外资2.36亿美元，完成全年目标任务的78.7%。"
    )
    values = {r[2]: (r[4], r[7]) for r in rows}
    assert values["industry_value_added"] == (None, 9.2)
    assert not any(v[0] in (7.1, 9.0, 96.0) for v in values.values())
    assert any(k.endswith("目标任务完成率") and v == (78.7, None) for k, v in values.items())


def test_in_a_city_article_quan_shi_is_the_city_itself():
    text = (
        "今年上半年，青阳市坚持制造业立市。上半年，全市地区生产总值2510亿元，增长6.1%。"
        "从大市范围看，苏州市实现地区生产总值12980亿元。"
    )
    article, rows = _facts(text)
    assert article.primary_district == "青阳市"
    assert [(r[1], r[4]) for r in rows] == [("青阳市", 2510.0)]


def test_interview_targets_bulleted_target_lists_and_city_comparisons():
    text = (
        "---\npublished_on: 2026-01-15\ndistrict: 南湖区\n---\n"
        "去年，南湖区固定资产投资增长12.7%，而同期全市增长3.9%；外贸进出口总额占全市的35.8%。\n"
        "记者：今年有哪些目标？\n区长：今年，我们提出地区生产总值增长6%左右。\n\n"
        "二、2026年目標\n\n・規模以上工業增加值增長6.5％；\n・新增中小學學位8,000個。\n"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 6.0) in rows
    assert ("T", "南湖区", "industry_value_added", 2026, None, None, "=", 6.5) in rows
    assert ("T", "南湖区", "school_places_added", 2026, 8000.0, "个", "=", None) in rows
    assert not any(r[7] == 3.9 for r in rows)
    assert any(r[4] == 35.8 and "占全市" in r[2] for r in rows)


def test_a_zone_named_as_the_subject_keeps_its_figures():
    _, rows = _facts(
        FRONT + "上半年，北岭高新区完成规上工业总产值412.6亿元，增长9.6%。"
        "园区新引进项目42个。南湖区规上工业增加值增长7%。"
    )
    assert [(r[2], r[7]) for r in rows] == [("industry_value_added", 7.0)]


def test_a_numbered_project_list_gives_no_district_figures():
    _, rows = _facts(
        FRONT
        + "2026年重大项目清单\n\n1. 海峡科创产业园项目，总投资52亿元，建设研发楼46万平方米。\n"
        "2. 城门片区城市更新项目，总投资27.3亿元，改造老旧住宅3200户。\n"
    )
    assert rows == []


def test_a_ranking_article_reads_each_districts_figures_under_the_blocks_topic():
    text = (
        "---\npublished_on: 2025-08-06\n---\n上半年西安全市实现地区生产总值6180.3亿元，增长5.6%。"
        "从经济总量看，雁塔区以1172.6亿元继续位居全市各区第一，同比增长5.9%。"
        "长安区以712.8亿元排名第三，增长5.1%。鄠邑区实现167.3亿元，增长6.6%。"
    )
    _, rows = _facts(text)
    got = {r[1]: (r[2], r[4], r[7]) for r in rows}
    assert got == {
        "雁塔区": ("gdp", 1172.6, 5.9),
        "长安区": ("gdp", 712.8, 5.1),
        "鄠邑区": ("gdp", 167.3, 6.6),
    }


def test_growth_since_the_start_of_the_year_and_year_end_stocks():
    _, rows = _facts(FRONT + "年末全区金融机构存款余额2468.3亿元，比年初增长8.2%。")
    assert [(r[2], r[4], r[7]) for r in rows] == [("金融机构存款余额", 2468.3, 8.2)]


def test_the_three_sector_mix_is_three_shares_of_gdp():
    _, rows = _facts(FRONT + "上半年，三次产业结构调整为0.5∶38.2∶61.3。")
    assert sorted((r[2], r[4]) for r in rows) == [
        ("services_share_of_gdp", 61.3),
        ("第一产业增加值占GDP比重", 0.5),
        ("第二产业增加值占GDP比重", 38.2),
    ]


def test_multiples_of_last_year_are_growth_and_last_years_period_is_a_base():
    _, rows = _facts(
        FRONT + "上半年，净增四上企业126家，为去年同期的两倍。技术合同成交额达到23.6亿元，"
        "是上年的1.4倍。城镇新增就业1.1万人。"
    )
    got = {r[2]: (r[3], r[4], r[7]) for r in rows}
    assert got["净增四上企业"] == ("2025H1", 126.0, 100.0)
    assert got["tech_contract_value"] == ("2025H1", 23.6, 40.0)
    assert got["new_jobs"] == ("2025H1", 1.1, None)


def test_a_sentence_of_goals_does_not_date_the_figures_after_it():
    text = (
        "---\npublished_on: 2025-01-10\ndistrict: 南湖区\n---\n"
        "2024年，南湖区一般公共预算收入完成48.6亿元，为调整预算的101.2%，同比增长3.4%。"
        "2025年一般公共预算收入预期增长3%左右，安排一般公共预算支出55亿元。"
        "全区新增上市企业2家。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "general_budget_revenue", "2024", 48.6, "亿元", "=", 3.4) in rows
    assert ("T", "南湖区", "general_budget_revenue", 2025, None, None, "~", 3.0) in rows
    assert ("T", "南湖区", "一般公共预算支出", 2025, 55.0, "亿元", "=", None) in rows
    assert ("I", "南湖区", "新增上市企业", "2024", 2.0, "家", "=", None) in rows
    completion = [r for r in rows if r[2].endswith("完成率")]
    assert [r[4:] for r in completion] == [(101.2, "%", "=", None)]


def test_clauses_that_run_on_after_a_semicolon_keep_another_districts_subject():
    text = FRONT + (
        "南湖区经济总量领先。2024年，北塘区地区生产总值612.3亿元，增长5.5%；"
        "服务业增加值占地区生产总值比重达到72.4%；社会消费品零售总额338.6亿元。"
        "全区新增高新技术企业38家。"
    )
    _, rows = _facts(text)
    districts = {r[2]: r[1] for r in rows}
    assert districts["gdp"] == "北塘区"
    assert districts["services_share_of_gdp"] == "北塘区"
    assert districts["retail_sales"] == "北塘区"
    assert districts["新增高新技术企业数"] == "南湖区"


def test_an_unlisted_citys_figure_is_not_the_districts():
    _, rows = _facts(FRONT + "从全市看，上半年青州市规模以上工业增加值增长8.6%。")
    assert [r[1] for r in rows] in ([], ["青州市"])  # the county-level city's, if anyone's


@pytest.mark.parametrize(
    ("sentence", "growth"),
    [
        ("南湖區進出口總額1,912億元，年減3.6%。", -3.6),
        ("南湖區進出口總額1,912億元，逆勢年增12.3%。", 12.3),
        ("南湖區進出口總額1,912億元，較上年末增長8.3%。", 8.3),
    ],
)
def test_growth_words_of_other_usages_and_bases(sentence, growth):
    _, rows = _facts(FRONT + sentence)
    assert rows == [("I", "南湖区", "foreign_trade", "2025", 1912.0, "亿元", "=", growth)]


@pytest.mark.parametrize(
    "sentence",
    [
        "展望2026年，南湖区提出，地区生产总值增长6.5%左右。",
        "南湖区今年将设定地区生产总值增长6.5%左右的目标。",
    ],
)
def test_goals_announced_with_展望_or_named_after_their_figures(sentence):
    _, rows = _facts(FRONT + sentence)
    assert [(r[0], r[2], r[7], r[6]) for r in rows] == [("T", "gdp", 6.5, "~")]


def test_a_count_before_a_measure_is_named_by_its_noun_not_by_the_next_metric():
    _, rows = _facts(FRONT + "1—6月，全区86个市级重点项目累计完成投资212.4亿元。")
    names = {r[4]: r[2] for r in rows}
    assert names == {86.0: "市级重点项目数", 212.4: "市级重点项目累计完成投资"}


def test_a_zone_opening_the_sentence_keeps_its_figures_through_clauses_after_a_semicolon():
    text = FRONT + (
        "据开发区管委会介绍，2024年开发区完成规模以上工业总产值386.5亿元，同比增长9.4%；"
        "完成固定资产投资72.3亿元，增长12.1%；新增规上工业企业21家。"
        "开发区坚持链式招商，全年引进亿元以上项目26个。"
        "2024年，南湖区实现地区生产总值486.2亿元，增长6.3%；规模以上工业增加值增长10.2%。"
    )
    _, rows = _facts(text)
    assert sorted(r[2] for r in rows) == ["gdp", "industry_value_added"]


@pytest.mark.parametrize(
    "sentence",
    [
        "当天集中开工的东关南街片区更新项目总投资18.6亿元，改造范围约26万平方米。",
        "与之相邻的柏树林片区城市更新项目也于当天签约，总投资约9.2亿元。",
        "▶ 九龙智能装备产业园一期于5月开园运营，首批入驻企业26家。",
        "去年11月开园的瑶海数智产业港，目前已吸引43家数字经济企业入驻。",
        "该产业园于2023年9月正式开园，目前已入驻整车及零部件企业17家。",
        # the park named with its district first: still the park's figures
        "南湖区光电装备产业园位于经开区北部，规划面积2.6平方公里，总投资约38亿元。",
        # the district in the clause describing the project is no actor of its figures
        "10月，由南湖区与北方工业大学共建的智能建造研究院揭牌成立，首批组建5个研发团队。",
    ],
)
def test_figures_of_a_project_the_sentence_opens_with_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + sentence)
    assert rows == []


def test_goals_listed_after_a_colon_run_on_after_a_semicolon():
    text = FRONT + (
        "南湖区定下的目标是：2026年地区生产总值预期增长5%左右；"
        "全年新增高新技术企业100家，新引进外资企业50家以上。"
    )
    _, rows = _facts(text)
    assert {(r[0], r[3]) for r in rows} == {("T", 2026)}
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("南湖区地区生产总值512亿元，经济总量约占青州全市的三成。", "地区生产总值占全市比重"),
        ("南湖区外资企业逾4300家，约占青州全市外资企业的六成。", "外资企业占全市比重"),
    ],
)
def test_a_share_of_the_whole_city_is_named_after_the_metric_before_it(sentence, name):
    _, rows = _facts(FRONT + sentence)
    assert [r[2] for r in rows if r[5] == "%"] == [name]


def test_a_figure_on_its_own_line_then_its_metric_is_one_fact():
    text = (
        "---\npublished_on: 2025-07-24\ntitle: 数读南湖｜上半年经济成绩单\ndistrict: 南湖区\n---\n"
        "【总量】\n\n868.3亿元\n地区生产总值\n同比增长5.9%\n\n"
        "● 规模以上工业总产值\n1012.5亿元\n同比增长6.5%\n"
    )
    _, rows = _facts(text)
    assert (
        "I",
        "南湖区",
        "gdp",
        "2025H1",
        868.3,
        "亿元",
        "=",
        5.9,
    ) in rows  # 上半年 from the title
    assert ("I", "南湖区", "industry_output", "2025H1", 1012.5, "亿元", "=", 6.5) in rows


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("全区有效高新技术企业达到1532家", "high_tech_enterprises"),
        ("省级专精特新中小企业累计达到118家", "specialized_smes"),
        ("全年改造城镇老旧小区86个", "old_communities_renovated"),
    ],
)
def test_qualifying_words_that_keep_the_catalog_metric(phrase, key):
    _, rows = _facts(FRONT + phrase + "。")
    assert [r[2] for r in rows] == [key]


def test_a_review_of_last_year_with_a_word_on_this_years_first_quarter():
    text = (
        "---\npublished_on: 2024-05-08\ndistrict: 南湖区\n---\n"
        "2023年南湖區地區生產總值為623.5億元，年增5.8%。2023年外貿進出口總額增長3%。\n\n"
        "工業方面，南湖區規模以上工業增加值年增7.1%。\n\n"
        "今年第一季，南湖區地區生產總值年增5.2%。\n"
    )
    _, rows = _facts(text)
    assert [(r[2], r[3], r[7]) for r in rows] == [
        ("gdp", "2023", 5.8),
        ("foreign_trade", "2023", 3.0),
        ("industry_value_added", "2023", 7.1),
        ("gdp", "2024Q1", 5.2),
    ]


def test_hong_kong_usage_year_on_year_and_a_converted_figure():
    text = FRONT + "南湖區首季地區生產總值為人民幣748.2億元（下同，約合808億港元），按年增長5.6%。"
    _, rows = _facts(text)
    assert rows == [("I", "南湖区", "gdp", "2025Q1", 748.2, "亿元", "=", 5.6)]


def test_the_citys_clause_after_the_districts_is_the_citys():
    _, rows = _facts(
        FRONT + "上半年，南湖区规模以上工业增加值增长8.4%，全市同期增长7.9%，全省为8.1%。"
    )
    assert rows == [("I", "南湖区", "industry_value_added", "2025H1", None, None, "=", 8.4)]


def test_districts_in_clauses_that_run_on_share_the_metric_named_first():
    text = FRONT + (
        "前三季度，北塘区完成地方一般公共预算收入24.86亿元，增长7.9%；"
        "西山区完成15.42亿元，增长4.3%；东岭区增长2.1%。"
    )
    _, rows = _facts(text)
    assert {(r[1], r[2], r[4], r[7]) for r in rows} == {
        ("北塘区", "general_budget_revenue", 24.86, 7.9),
        ("西山区", "general_budget_revenue", 15.42, 4.3),
        ("东岭区", "general_budget_revenue", None, 2.1),
    }


def test_a_paragraph_about_another_district_keeps_its_subject():
    text = FRONT + (
        "北塘区上半年地区生产总值412.7亿元，增长6.1%。固定资产投资增长12.5%；"
        "社会消费品零售总额152.8亿元。\n\n全区新增高新技术企业38家。"
    )
    _, rows = _facts(text)
    assert [r[1] for r in rows] == ["北塘区", "北塘区", "北塘区", "南湖区"]


def test_the_next_district_then_the_same_metric():
    _, rows = _facts(FRONT + "上半年，南湖区城镇新增就业1.52万人，北塘区则为1.08万人。")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("南湖区", "new_jobs", 1.52),
        ("北塘区", "new_jobs", 1.08),
    ]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "全区限额以上商贸企业达到546家，较去年底净增38家。",
            ("I", "南湖区", "净增限额以上商贸企业", "2025", 38.0, "家", "=", None),
        ),
        (
            "跨境电商出口额较去年同期翻了一番。",
            ("I", "南湖区", "cross_border_ecommerce_exports", "2025", None, None, "=", 100.0),
        ),
        (
            "新增经营主体2000余家，其中个体工商户约占六成。",
            ("I", "南湖区", "个体工商户占比", "2025", 60.0, "%", "~", None),
        ),
    ],
)
def test_bases_doublings_and_rough_shares(sentence, row):
    _, rows = _facts(FRONT + sentence)
    assert row in rows


def test_a_two_year_average_is_growth_over_a_span_and_a_quarters_is_left_out():
    text = (
        "---\npublished_on: 2026-01-20\ndistrict: 南湖区\n---\n"
        "2025年，南湖区社会消费品零售总额1068.9亿元，增长4.6%，两年平均增长5.1%。"
        "一季度，全区固定资产投资同比增长36.2%，两年平均增长7.8%。"
    )
    _, rows = _facts(text)
    assert [(r[2], r[3], r[4], r[7]) for r in rows] == [
        ("retail_sales", "2025", 1068.9, 4.6),
        ("retail_sales", "2024-2025", None, 5.1),
        (
            "fixed_asset_investment",
            "2025Q1",
            None,
            36.2,
        ),  # a January review: last year's first quarter
    ]


def test_a_five_year_plan_period_dates_its_own_and_cumulative_figures_only():
    text = (
        "---\npublished_on: 2021-01-20\ndistrict: 南湖区\n---\n"
        "2020年，全区地区生产总值达到468.35亿元，同比增长4.6%；“十三五”时期年均增长9.2%。"
        "“十三五”期间，全区累计完成固定资产投资1860亿元。"
        "服务业增加值占地区生产总值的比重提高到67.3%，人均地区生产总值突破11万元。"
    )
    _, rows = _facts(text)
    assert [(r[2], r[3]) for r in rows] == [
        ("gdp", "2020"),
        ("gdp", "2016-2020"),
        ("fixed_asset_investment", "2016-2020"),
        ("services_share_of_gdp", "2020"),
        ("人均地区生产总值", "2020"),  # not gdp: a per-capita figure is a ratio
    ]


def test_a_target_headline_does_not_make_last_years_results_targets():
    text = (
        "---\npublished_on: 2022-01-14\ndistrict: 南湖区\n---\n"
        "南湖区政府工作报告明确2022年主要预期目标\n\n"
        "报告显示，2021年，全区预计实现地区生产总值365.2亿元，增长9.1%。\n\n"
        "报告提出，2022年全区经济社会发展的主要预期目标是：地区生产总值增长8%左右。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[3], r[7]) for r in rows] == [("I", "2021", 9.1), ("T", 2022, 8.0)]


def test_a_milestone_then_the_level_is_one_fact_and_a_rank_move_is_none():
    text = FRONT + (
        "2024年，南湖区地区生产总值首次突破1800亿元，达到1826.5亿元，比上年增长6.2%。"
        "在全国百强区中排名较上年前移3位。全区加装电梯312台，累计加装电梯突破1500台。"
    )
    _, rows = _facts(text)
    assert [(r[2], r[4], r[6]) for r in rows] == [
        ("gdp", 1826.5, "="),
        ("加装电梯", 312.0, "="),
        ("加装电梯", 1500.0, ">="),  # a stock beyond this year's flow, not a milestone of it
    ]


def test_goals_run_on_into_a_sentence_that_reads_like_goals():
    text = (
        "---\npublished_on: 2025-12-30\ndistrict: 南湖区\n---\n"
        "2026年，南湖区将确保地区生产总值增长6%以上。"
        "单位地区生产总值能耗下降3%左右，城镇调查失业率控制在5.5%以内。"
        "2025年全区新增就业1.1万人以上。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[3]) for r in rows] == [("I", "2025"), ("T", 2026), ("T", 2026), ("T", 2026)]


def test_a_label_and_its_figure_across_a_colon():
    _, rows = _facts(FRONT + "◆ 消费市场\n网上零售额：286.9亿元\n增长11.3%\n")
    assert rows == [("I", "南湖区", "online_retail_sales", "2025", 286.9, "亿元", "=", 11.3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "南湖區首三季錄得地區生產總值1,755.7億元人民幣（約1,931億澳門元），按年增長4.9%。",
        "南湖區首三季地區生產總值達人民幣1,755.7億元（即1,755.7億元），按年增長4.9%。",
    ],
)
def test_renminbi_after_the_unit_and_conversions_in_brackets(sentence):
    _, rows = _facts(FRONT + sentence)
    assert rows == [("I", "南湖区", "gdp", "2025Q1-Q3", 1755.7, "亿元", "=", 4.9)]


def test_taiwan_trillions_are_wan_yi():
    _, rows = _facts(FRONT + "南湖去年地區生產總值達人民幣1.8兆元，年增5.8%。")
    assert [(r[4], r[5], r[7]) for r in rows] == [(1.8, "万亿元", 5.8)]


@pytest.mark.parametrize(
    "sentence",
    [
        "南湖區GDP年增5.8%，同期青州全市為5.0%，福建全省則為5.7%，澳門同期入境旅客2960萬人次。",
        "位於南湖區的航空零部件企業「北翼科技」去年營收86.3億元人民幣，按年增長31.2%。",
    ],
)
def test_named_provinces_macau_and_a_quoted_company_are_not_the_district(sentence):
    _, rows = _facts(FRONT + sentence)
    assert [r[1:3] for r in rows] == ([("南湖区", "gdp")] if "GDP" in sentence else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "全部达产后，预计年产值40亿元，年纳税约2亿元，可提供就业岗位1200个。",
        "其中，青岩封装材料项目由青岩科技有限公司投资，计划总投资35亿元，建成后可形成年产基板120万片。",
        "另有一家生物医药企业拟投资8.5亿元，建设创新药中试生产线。",
        "对新引进的制造业项目，按设备投资额的8%给予补助，每家企业每年不超过200万元。",
        "区里将设立总规模30亿元的产业发展基金。",
        "现场共有213家企业进场招聘，提供岗位6800余个。",
        "据了解，该榜单从4个维度设置30余项指标。",
        "企业负责人表示，半径50公里范围内可以找到八成以上的上游供应商。",
    ],
)
def test_figures_of_one_project_a_policy_an_event_or_a_company_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + sentence)
    assert rows == []


def test_a_signing_events_totals_are_the_districts():
    _, rows = _facts(FRONT + "活动现场共有18个项目签约，总签约额152.6亿元。")
    assert [(r[2], r[4]) for r in rows] == [("项目签约", 18.0), ("investment_signed", 152.6)]


def test_a_table_row_and_its_commentary_are_one_fact_with_the_commentarys_period():
    text = FRONT + (
        "指标名称 单位 1—6月 同比增长%\n"
        "社会消费品零售总额 亿元 612.75 4.8\n\n"
        "上半年，全区实现社会消费品零售总额612.75亿元，同比增长4.8%。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "南湖区", "retail_sales", "2025H1", 612.75, "亿元", "=", 4.8)]


def test_an_article_about_a_city_keeps_the_citys_figures_and_gives_its_districts_theirs():
    text = (
        "---\npublished_on: 2025-01-20\n---\n"
        "2024年，宜昌市实现地区生产总值6008.2亿元，同比增长6.1%。"
        "全市规模以上工业增加值增长8.2%。分区域看，夷陵区增长7.5%，西陵区增长5.2%。"
    )
    article = parse_article(read_document(text.encode()))
    assert article.primary_district == "宜昌市"  # both listed in seeds/districts.csv
    assert [(i.district, i.growth_pct) for i in article.indicators] == [
        ("宜昌市", 6.1),
        ("宜昌市", 8.2),
        ("夷陵区", 7.5),
        ("西陵区", 5.2),
    ]


def test_a_city_named_as_the_accountant_does_not_own_the_districts_figure():
    _, rows = _facts(
        FRONT + "经唐山市统一核算，上半年全区实现地区生产总值412.35亿元，同比增长5.6%。"
    )
    assert rows == [("I", "南湖区", "gdp", "2025H1", 412.35, "亿元", "=", 5.6)]


def test_an_officials_quoted_speech_is_read_but_a_slogan_in_quotes_is_not():
    text = FRONT + (
        "区长说：“去年全区地区生产总值完成1352.6亿元，同比增长5.8%，我们力争今年增长6%左右。"
        "南湖区打造“3个千亿级产业集群”。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[2], r[4], r[7]) for r in rows] == [
        ("I", "gdp", 1352.6, 5.8),
        ("T", "gdp", None, 6.0),
    ]


def test_a_dash_between_numbers_is_a_range_not_a_clause_break():
    text = FRONT.replace("2025-07-28", "2025-09-10") + (
        "今年全区共有市级重点项目96个，截至8月底已开工72个。全区固定资产投资1—8月同比增长7.3%。"
    )
    _, rows = _facts(text)
    assert [(r[2], r[3], r[4], r[7]) for r in rows] == [
        ("市级重点项目", "2025", 96.0, None),
        ("开工", "2025M01-M08", 72.0, None),  # the year so far
        ("fixed_asset_investment", "2025M01-M08", None, 7.3),
    ]


def test_a_towns_figures_stay_with_the_district_named_after_the_town():
    text = FRONT + (
        "罡杨镇坚持工业强镇，全镇规上工业产值达到38.5亿元，增长12.4%。全年城镇新增就业1.2万人。"
    )
    _, rows = _facts(text)
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("南湖区", "罡杨镇规上工业产值", 38.5),
        ("南湖区", "new_jobs", 1.2),  # 城镇 is no town
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"), [("全县粮食总产量19.6亿斤。", "亿斤"), ("全区算力总规模达到2800P。", "P")]
)
def test_grain_in_jin_and_computing_power_in_p(sentence, unit):
    _, rows = _facts(FRONT + sentence)
    assert [r[5] for r in rows] == [unit]


def test_a_title_that_restates_the_body_adds_no_records():
    text = (
        FRONT + "南湖区二季度集中开工 18个项目总投资96亿元\n\n"
        "6月30日，南湖区集中开工项目18个，总投资96亿元。全区新增市场主体1.2万户。"
    )
    _, rows = _facts(text)
    assert sorted(r[4] for r in rows) == [1.2, 18, 96]
    # a figure only the title gives stays
    _, rows = _facts(FRONT + "南湖区上半年外贸进出口增长12%\n\n上半年，南湖区新增企业300家。")
    assert ("I", "南湖区", "foreign_trade", "2025H1", None, None, "=", 12.0) in rows


def test_a_horizon_opening_a_goal_sentence_holds_to_the_end_of_its_paragraph():
    text = (
        "---\npublished_on: 2025-01-20\ndistrict: 青川县\n---\n"
        "二、2025年主要目标和重点工作\n\n"
        "（一）壮大能源产业。到2027年，全县光伏装机力争突破500万千瓦；绿氢产能达到5万吨。\n\n"
        "（二）办好民生实事。新增学位800个。"
    )
    _, rows = _facts(text)
    years = {r[2]: r[3] for r in rows if r[0] == "T"}
    assert years["绿氢产能"] == 2027  # the horizon runs on after ；
    assert years["school_places_added"] == 2025  # the next paragraph is the section's year


def test_a_years_plan_and_what_the_district_will_hold_are_targets():
    _, rows = _facts(
        FRONT + "当天，南湖区集中开工项目18个，总投资96亿元，年度计划投资31.5亿元。"
        "今年南湖区将举办各类招商活动60场以上。"
    )
    kinds = {r[4]: r[0] for r in rows}
    assert kinds == {18: "I", 96: "I", 31.5: "T", 60: "T"}


def test_a_clause_after_the_citys_clause_is_the_citys_too():
    _, rows = _facts(
        FRONT + "南湖区集中签约项目32个。当天嘉兴全市共有218个项目集中签约，总投资1560亿元，"
        "全区签约额占全市的两成。"
    )
    assert sorted(r[4] for r in rows) == [20.0, 32]


def test_a_share_of_the_city_after_a_breakdown_is_the_totals():
    _, rows = _facts(
        FRONT + "南湖区光伏装机达到120万千瓦，其中集中式80万千瓦、分布式40万千瓦，约占全市的三成。"
        "全区税收收入完成30亿元，其中增值税12亿元，占税收收入的40%。"
    )
    names = {r[4]: r[2] for r in rows if r[5] == "%"}
    assert names[30.0] == "光伏装机占全市比重"
    assert names[40.0].startswith("增值税")  # a part's share of the total stays the part's


def test_a_power_works_and_its_capacity_are_the_projects():
    article, rows = _facts(
        FRONT + "2024年，南湖区地区生产总值增长6%。白石岭光伏制氢产业示范项目全面建成投产，"
        "年产绿氢1万吨；全区新增光伏装机12万千瓦，累计达到80万千瓦，其中集中式50万千瓦、分布式30万千瓦。"
    )
    assert [p.name for p in article.projects] == ["白石岭光伏制氢产业示范项目"]
    assert all(r[4] != 1.0 for r in rows)  # the plant's output, not the district's
    names = {r[4]: r[2] for r in rows}
    assert names[30.0] == "分布式"  # the flow 新增 ended with its own list


def test_a_county_named_in_a_list_takes_its_own_figures():
    _, rows = _facts(
        "---\npublished_on: 2023-10-27\n---\n宜州市前三季度经济运行情况\n\n"
        "前三季度，全市地区生产总值增长6.5%。分区域看，南岭区地区生产总值增长7.1%；"
        "县域经济中，青石县、白河县地区生产总值分别增长8.2%、7.6%。"
    )
    growth = {(r[1], r[7]) for r in rows}
    assert {("青石县", 8.2), ("白河县", 7.6), ("南岭区", 7.1)} <= growth


def test_a_named_zone_acting_keeps_its_figures_and_the_clauses_after_it():
    _, rows = _facts(
        FRONT + "南湖经开区是2010年获批的省级开发区，位于嘉兴市南湖区东部，规划面积12.5平方公里。"
        "今年上半年，南湖经开区完成规上工业总产值286亿元，同比增长9.1%；完成固定资产投资41亿元，增长7%；"
        "新引进项目18个。上半年，南湖区地区生产总值增长6.2%。"
    )
    assert [(r[2], r[7]) for r in rows] == [("gdp", 6.2)]


def test_an_unlisted_places_short_name_is_not_part_of_the_metric():
    _, rows = _facts(
        "---\npublished_on: 2025-02-14\ndistrict: 青阳市\n---\n"
        "去年青阳外贸进出口总额900亿元，其中出口600亿元，按年增长4.5%，进口则按年微增0.9%。"
    )
    assert {r[2] for r in rows} == {"foreign_trade", "exports", "imports"}


def test_one_persons_story_is_not_the_districts():
    _, rows = _facts(
        FRONT
        + "村民李秀英今年62岁，家里种了8亩葡萄，去年卖果收入超过15万元。全区葡萄种植面积达到3.2万亩。"
    )
    assert [(r[4], r[5]) for r in rows] == [(3.2, "万亩")]


def test_both_districts_take_their_figures_in_the_order_named():
    _, rows = _facts(
        FRONT
        + "南湖区高新技术企业1218家，北塘区为702家。两区科技型中小企业分别达到3560家和2140家。"
    )
    assert ("南湖区", 3560.0) in {(r[1], r[4]) for r in rows}
    assert ("北塘区", 2140.0) in {(r[1], r[4]) for r in rows}


def test_a_label_and_colon_name_a_growth_rate_on_either_side_of_the_colon():
    _, rows = _facts(
        FRONT + "规模以上工业增加值：增长7.6%\n\n二、2026年主要目标\n\n地区生产总值增长：6%左右\n"
    )
    assert ("I", "industry_value_added", 7.6) in {(r[0], r[2], r[7]) for r in rows}
    assert ("T", "gdp", 6.0) in {(r[0], r[2], r[7]) for r in rows}


def test_a_county_level_city_ending_in_cheng_shi_is_a_place_and_smart_city_is_not():
    text = "数读丰阳·2023\n\n这一年，丰阳城市坚持工业强市。一组数据带你读懂丰阳城的2023。建设智慧城市。"
    from pipelines.parse.districts import unlisted_places

    assert "丰阳城市" in unlisted_places(text)
    assert not any(n.endswith("智慧城市") for n in unlisted_places(text))


def test_rows_of_districts_under_a_line_that_names_the_metric():
    text = (
        FRONT + "财政方面，各区一般公共预算收入情况如下：\n\n"
        "南湖区\u3000128.63亿元\u3000增长3.1%\n北塘区\u300096.27亿元\u3000下降2.4%\n"
    )
    _, rows = _facts(text)
    assert {(r[1], r[2], r[4], r[7]) for r in rows} == {
        ("南湖区", "general_budget_revenue", 128.63, 3.1),
        ("北塘区", "general_budget_revenue", 96.27, -2.4),
    }


def test_a_projects_land_and_capacity_and_a_turn_back_to_last_year():
    _, rows = _facts(
        FRONT + "青溪数控机床产业园项目总投资18亿元，规划用地260亩。"
        "一季度，全区新签约亿元以上项目41个；协议总投资268.5亿元，同比增长23.6%。"
    )
    assert {r[4] for r in rows} == {41.0, 268.5}
    _, rows = _facts(
        FRONT + "二、2025年主要目标\n\n地区生产总值增长6%。\n\n去年，我们新增学位5400个。"
        "今年，我们将继续新增学位3600个。"
    )
    kinds = {r[4]: r[0] for r in rows}
    assert kinds[5400.0] == "I" and kinds[3600.0] == "T"


def test_an_example_taken_apart_is_the_examples():
    _, rows = _facts(
        FRONT + "以南湖科技园为例，园区已集聚企业420家，产值增长18%。全区规上工业增加值增长7%。"
    )
    assert [(r[2], r[7]) for r in rows] == [("industry_value_added", 7.0)]


def test_a_district_ranked_by_a_bare_figure_takes_the_ranked_metric():
    _, rows = _facts(
        FRONT
        + "北塘区上半年实现地区生产总值905.4亿元，增长6.2%，排名第二。北塘区工业增加值增长8%。\n\n"
        "南湖区以712.8亿元排名第三，增长5.1%。"
    )
    assert ("南湖区", "gdp", 712.8, 5.1) in {(r[1], r[2], r[4], r[7]) for r in rows}


def test_an_outlines_five_year_goals_are_for_the_plans_last_year():
    _, rows = _facts(
        "---\npublished_on: 2026-01-10\ndistrict: 南湖区\n---\n"
        "《南湖区“十五五”规划纲要》近日发布。\n\n在民生方面，纲要提出五年新增学位8000个，新增城镇就业5万人。"
    )
    assert {(r[0], r[2], r[3]) for r in rows} == {
        ("T", "school_places_added", 2030),
        ("T", "new_jobs", 2030),
    }


def test_hong_kong_and_taiwan_wording_of_amounts_growth_and_goals():
    text = (
        "---\npublished_on: 2025-01-22\ndistrict: 南湖区\n---\n"
        "南湖去年GDP突破3,300億人幣，跨境電商出口額按年升逾四成。\n\n"
        "‧固定資產投資：增長5.9%\n‧社會消費品零售總額：41.62億元，增長3.4%\n\n"
        "據統計，台灣去年核准對大陸投資金額約新台幣1570億元。當局訂下今年GDP年增5%左右的目標。"
    )
    _, rows = _facts(text)
    got = {(r[0], r[2], r[4], r[7]) for r in rows}
    assert ("I", "gdp", 3300.0, None) in got
    assert ("I", "cross_border_ecommerce_exports", None, 40.0) in got
    assert ("I", "fixed_asset_investment", None, 5.9) in got
    assert ("I", "retail_sales", 41.62, 3.4) in got
    assert ("T", "gdp", None, 5.0) in got
    assert not any(r[4] == 1570.0 for r in rows)  # Taiwan dollars are never the district's


def test_a_year_in_numbers_headed_early_in_that_year_lists_goals_after_a_look_back():
    text = (
        "2026年02月06日\n\n数说南湖2026\n\n"
        "回望2025年，南湖区地区生产总值增长5.6%。\n\n"
        "经济发展 稳字当头\n\n● 地区生产总值增长5.5%左右；\n\n● 固定资产投资增长6%；\n"
    )
    _, rows = _facts(text)
    assert {(r[0], r[2], r[3], r[7]) for r in rows} == {
        ("I", "gdp", "2025", 5.6),
        ("T", "gdp", 2026, 5.5),
        ("T", "fixed_asset_investment", 2026, 6.0),
    }


def test_a_breakdown_by_quarter_does_not_date_the_paragraphs_figures():
    _, rows = _facts(
        FRONT
        + "上半年，全区地区生产总值892.6亿元，增长5.8%。分季度看，一季度增长5.5%，二季度增长6.1%。"
        "其中，服务业增加值850.3亿元，增长6.0%。"
    )
    assert ("services_value_added", "2025H1") in {(r[2], r[3]) for r in rows}


def test_the_whole_county_after_a_named_county_is_that_countys():
    _, rows = _facts(
        FRONT + "北塘县商务局负责人介绍，上半年全县社会消费品零售总额61.2亿元，增长5.9%。"
        "经嘉兴市统一核算，上半年全区地区生产总值增长6%。"
    )
    assert {(r[1], r[2]) for r in rows} == {("北塘县", "retail_sales"), ("南湖区", "gdp")}


def test_a_section_headed_by_another_countys_short_name_is_that_countys():
    text = (
        "---\npublished_on: 2025-08-19\ndistrict: 永和县\n---\n"
        "三个县的半年卷\n\n今年上半年，永和县地区生产总值增长5.6%。\n\n"
        "青溪：电子信息集群链出新增量\n\n上半年，青溪县规上工业增加值增长8.1%。\n\n"
        "全县电子信息产业实现营业收入156.3亿元，增长12.4%。\n"
    )
    _, rows = _facts(text)
    assert {(r[1], r[4]) for r in rows if r[4]} == {("青溪县", 156.3)}


def test_whole_city_after_a_time_lead_is_a_county_level_citys_own():
    # 宁远市 is no real place: a county-level city unknown to the reference says 全市 of itself
    text = (
        "宁远市统计局发布。上半年全市实现地区生产总值263.8亿元，同比增长6.3%。"
        "宁远市工业平稳。宁远市消费回暖。"
    )
    article, rows = _facts(text)
    assert article.primary_district == "宁远市"
    assert ("I", "宁远市", "gdp", None, 263.8, "亿元", "=", 6.3) in rows


def test_a_price_rise_is_the_figure_of_its_rise():
    _, rows = _facts(FRONT + "上半年，全区居民消费价格总水平同比上涨1.4%，其中蔬菜价格下降2.5%。")
    assert ("I", "南湖区", "cpi_increase", "2025H1", 1.4, "%", "=", None) in rows
    assert ("I", "南湖区", "蔬菜价格涨幅", "2025H1", -2.5, "%", "=", None) in rows


def test_a_rate_per_thousand_is_a_level_not_a_growth():
    _, rows = _facts(FRONT + "全年人口出生率为5.82‰，人口自然增长率为-1.03‰。")
    assert ("I", "南湖区", "人口出生率", "2025", 5.82, "‰", "=", None) in rows
    assert ("I", "南湖区", "人口自然增长率", "2025", -1.03, "‰", "=", None) in rows


def test_one_industry_ending_in_jiagongye_is_not_industry_value_added():
    _, rows = _facts(FRONT + "上半年，全区木材加工业增加值增长4.4%，规上工业增加值增长6.1%。")
    assert ("I", "南湖区", "木材加工业增加值", "2025H1", None, None, "=", 4.4) in rows
    assert ("I", "南湖区", "industry_value_added", "2025H1", None, None, "=", 6.1) in rows


def test_a_figure_that_names_the_goal_after_it_is_a_target():
    _, rows = _facts(FRONT + "上半年开局良好，为完成全年地区生产总值增长5.5%左右的目标打下基础。")
    assert rows == [("T", "南湖区", "gdp", 2025, None, None, "~", 5.5)]


def test_the_city_whose_bureau_counted_is_no_subject():
    # 宁远市 and 永宁市 are no real places: a county-level city and its prefecture, unlisted
    text = (
        "宁远市2024年统计公报。经永宁市统计局统一核算，全年全市实现地区生产总值412.5亿元，"
        "按可比价格计算，比上年增长5.2%。宁远市工业平稳。宁远市消费回暖。"
    )
    article, rows = _facts(text)
    assert article.primary_district == "宁远市"
    assert ("I", "宁远市", "gdp", "2024", 412.5, "亿元", "=", 5.2) in rows


def test_a_county_level_city_writing_its_short_name_before_whole_city():
    text = "宁远市2024年统计公报。宁远全市规模以上工业增加值比上年下降1.8%。宁远市消费回暖。"
    _, rows = _facts(text)
    assert ("I", "宁远市", "industry_value_added", "2024", None, None, "=", -1.8) in rows


def test_a_result_measured_against_its_goal_opens_no_goals():
    text = (
        "北塘区2024年计划执行情况。\n\n（一）主要指标\n7.城镇调查失业率5.1%，控制在预期目标以内。\n\n"
        "（二）重点工作\n全年新增经营主体1.2万户，新增学位3000个。\n"
    )
    _, rows = _facts(text)
    assert {r[0] for r in rows} == {"I"}
    assert ("I", "北塘区", "unemployment_rate", "2024", 5.1, "%", "=", None) in rows


def test_growth_by_another_reckoning_is_a_record_of_its_own_beside_the_first():
    _, rows = _facts(
        FRONT
        + "上半年，全区一般公共预算收入18.2亿元，按自然口径下降6.5%，扣除留抵退税因素后增长2.1%。"
        "全区税收收入12.6亿元，同口径增长3.4%。"
    )
    assert rows == [
        ("I", "南湖区", "general_budget_revenue", "2025H1", 18.2, "亿元", "=", -6.5),
        ("I", "南湖区", "一般公共预算收入（扣除留抵退税因素后）", "2025H1", None, None, "=", 2.1),
        ("I", "南湖区", "税收收入", "2025H1", 12.6, "亿元", "=", 3.4),  # the only growth given
    ]


def test_the_cumulative_count_after_a_new_certification_is_the_stock():
    _, rows = _facts(FRONT + "今年以来，新认定国家高新技术企业35家、累计达到412家。")
    assert ("I", "南湖区", "high_tech_enterprises", "2025", 412.0, "家", "=", None) in rows
    assert any(r[2].startswith("新认定") and r[4] == 35.0 for r in rows)


def test_a_speech_setting_this_years_work_sets_targets():
    _, rows = _facts(
        FRONT
        + "区长强调，今年要咬定目标不放松，全年举办招商活动不少于40场，签约额确保不低于300亿元。"
    )
    assert ("T", "南湖区", "招商活动", 2025, 40.0, "场", ">=", None) in rows
    assert ("T", "南湖区", "investment_signed", 2025, 300.0, "亿元", ">=", None) in rows


def test_a_neighbours_last_year_among_the_goals_is_a_result():
    text = (
        "---\npublished_on: 2026-01-20\ndistrict: 南湖区\n---\n数说南湖2026\n"
        "▶地区生产总值增长6%左右\n▶新增经营主体1万户\n\n"
        "与南湖区相邻的秀洲区去年地区生产总值突破900亿元，两区将加强联动。\n"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 6.0) in rows
    assert ("I", "秀洲区", "gdp", "2025", 900.0, "亿元", ">=", None) in rows


def test_computing_power_in_pflops():
    _, rows = _facts(FRONT + "全区新增算力规模1.5万PFlops。")
    assert ("I", "南湖区", "新增算力规模", "2025", 1.5, "万PFlops", "=", None) in rows


def test_a_change_over_years_dates_the_next_change_in_the_sentence():
    _, rows = _facts(
        FRONT + "五年来，规上工业企业由2020年的640家增至2025年的915家，"
        "国家高新技术企业由210家增至388家。"
    )
    assert ("I", "南湖区", "high_tech_enterprises", "2020", 210.0, "家", "=", None) in rows
    assert ("I", "南湖区", "high_tech_enterprises", "2025", 388.0, "家", "=", None) in rows
    assert ("I", "南湖区", "规上工业企业", "2020", 640.0, "家", "=", None) in rows


def test_an_average_growth_after_a_change_over_years_spans_those_years():
    _, rows = _facts(
        FRONT + "全区农村居民人均可支配收入由2020年的21030元增至2024年的26410元，年均增长5.9%。"
    )
    assert (
        "I",
        "南湖区",
        "rural_disposable_income_per_capita",
        "2024",
        26410.0,
        "元",
        "=",
        None,
    ) in rows
    assert (
        "I",
        "南湖区",
        "rural_disposable_income_per_capita",
        "2021-2024",
        None,
        None,
        "=",
        5.9,
    ) in rows


def test_a_report_titled_for_three_quarters_dates_its_undated_paragraphs():
    text = (
        "北塘区2024年前三季度经济运行情况\n\n"
        "一、工业。1—9月，全区规上工业增加值增长8.1%。\n\n"
        "二、投资。全区固定资产投资下降3.2%，降幅比上半年收窄1.1个百分点。\n\n"
        "三、消费。社会消费品零售总额212.4亿元，增长4.4%，增速较上半年回落0.5个百分点。\n\n"
        "四、主体。前三季度新增经营主体1.1万户。\n"
    )
    _, rows = _facts(text)
    assert ("I", "北塘区", "fixed_asset_investment", "2024Q1-Q3", None, None, "=", -3.2) in rows
    assert ("I", "北塘区", "retail_sales", "2024Q1-Q3", 212.4, "亿元", "=", 4.4) in rows


def test_arrows_give_the_sign_of_a_growth():
    _, rows = _facts(
        FRONT + "上半年成绩单：技术合同成交额12.6亿元，同比↑18.2%；实际使用外资0.8亿美元，↓6.5%。"
    )
    assert ("I", "南湖区", "tech_contract_value", "2025H1", 12.6, "亿元", "=", 18.2) in rows
    assert ("I", "南湖区", "foreign_investment_actual", "2025H1", 0.8, "亿美元", "=", -6.5) in rows


def test_gdp_run_into_its_figure_is_still_read():
    _, rows = _facts(FRONT + "全年GDP\n1036.2亿元\n↑5.3%\n")
    assert ("I", "南湖区", "gdp", "2025", 1036.2, "亿元", "=", 5.3) in rows


def test_a_look_back_heading_inside_a_year_ahead_post_holds_results():
    text = (
        "---\npublished_on: 2026-01-15\ndistrict: 南湖区\n---\n数读2026｜南湖今年干这些\n\n"
        "▶ 回望2025：稳中有进\n① 地区生产总值预计达512亿元，增长6.1%\n② 新增经营主体8600户\n\n"
        "▶ 2026年主要预期目标\n① 地区生产总值增长6.5%左右\n"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "gdp", "2025", 512.0, "亿元", "=", 6.1) in rows
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 6.5) in rows


def test_growth_by_times_and_negative_growth():
    _, rows = _facts(
        FRONT + "全区工业投资增长1.4倍，税收同比负增长3.1%，技术合同成交额增长一点二倍。"
    )
    assert ("I", "南湖区", "工业投资", "2025", None, None, "=", 140.0) in rows
    assert ("I", "南湖区", "税收", "2025", None, None, "=", -3.1) in rows
    assert ("I", "南湖区", "tech_contract_value", "2025", None, None, "=", 120.0) in rows


def test_an_events_a_persons_and_the_county_governments_figures_are_not_the_districts():
    text = (
        FRONT + "第五届南湖荷花节吸引游客逾50万人次。她的店面积约60平方米，雇了4名员工。"
        "按照县里的部署，全区新增民宿80家。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "南湖区", "新增民宿", "2025", 80.0, "家", "=", None)]


def test_what_a_finished_works_holds_is_the_works():
    _, rows = _facts(
        FRONT + "南湖污水处理厂二期竣工，新增日处理能力5万吨。区中医院新院区开诊，新增床位600张。"
        "全区新增停车位3200个。"
    )
    assert rows == [("I", "南湖区", "parking_spaces_added", "2025", 3200.0, "个", "=", None)]


def test_schools_and_libraries_are_works_and_a_count_of_listed_works_is_the_districts():
    article, rows = _facts(
        FRONT + "南湖区第二实验学校、城南九年一贯制学校等4所学校建成招生。"
        "南湖区图书馆新馆开馆，藏书量达50万册。各学校开展课后服务。"
    )
    names = {p.name for p in article.projects}
    assert {"南湖区第二实验学校", "城南九年一贯制学校", "南湖区图书馆"} <= names
    assert not any("各学校" in n or n == "学校" for n in names)
    assert [r[4] for r in rows] == [4.0]


def test_a_share_said_as_a_contribution_names_the_part_and_the_whole():
    _, rows = _facts(
        FRONT + "如今数字经济已是南湖的首位产业，贡献了全区三分之一的GDP。"
        "民营经济贡献了全区超六成的税收、七成以上的城镇就业。"
    )
    assert ("I", "南湖区", "digital_economy_share_of_gdp", "2025", 33.33, "%", "=", None) in rows
    assert ("I", "南湖区", "民营经济占税收比重", "2025", 60.0, "%", ">=", None) in rows
    assert ("I", "南湖区", "民营经济占城镇就业比重", "2025", 70.0, "%", ">=", None) in rows


def test_the_economy_growing_is_gdp_growing():
    _, rows = _facts(FRONT + "上半年，全区经济增长5.6%。下半年确保全年经济增速不低于5%。")
    assert ("I", "南湖区", "gdp", "2025H1", None, None, "=", 5.6) in rows
    assert ("T", "南湖区", "gdp", 2025, None, None, ">=", 5.0) in rows


def test_a_count_named_after_its_describing_clause():
    _, rows = _facts(FRONT + "今年纳入改造计划的28个老旧小区已全部开工。")
    assert rows == [("I", "南湖区", "老旧小区", "2025", 28.0, "个", "=", None)]


def test_a_firm_quoted_on_itself_and_a_citys_benchmark_in_brackets_are_not_the_districts():
    _, rows = _facts(
        FRONT + "该企业负责人说：“今年公司营收9.6亿元，出口额首次突破1亿元。”"
        "上半年，全区居民人均可支配收入32156元，增长5.1%，快于全市平均水平（4.6%）。"
    )
    assert rows == [
        ("I", "南湖区", "disposable_income_per_capita", "2025H1", 32156.0, "元", "=", 5.1)
    ]


def test_the_economys_share_of_its_city_is_gdps():
    front = "---\npublished_on: 2025-07-28\ndistrict: 秀洲区\n---\n"
    _, rows = _facts(front + "秀洲经济总量约占嘉兴全市的五分之一。")
    assert rows == [("I", "秀洲区", "地区生产总值占嘉兴全市比重", "2025", 20.0, "%", "~", None)]


def test_a_goals_list_of_dashes_after_main_goals_as_follows():
    text = (
        "---\npublished_on: 2026-02-11\ndistrict: 南湖区\n---\n"
        "会议回顾，2025年，全区粮食产量33.8万吨。\n\n根据清单，2026年南湖区乡村振兴主要目标如下：\n"
        "——粮食生产：粮食产量稳定在33.5万吨以上；\n——乡村旅游：接待游客1500万人次以上。\n"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "粮食产量", "2025", 33.8, "万吨", "=", None) in rows
    assert ("T", "南湖区", "粮食产量", 2026, 33.5, "万吨", ">=", None) in rows
    assert ("T", "南湖区", "接待游客", 2026, 1500.0, "万人次", ">=", None) in rows


def test_a_province_a_village_and_a_farmers_household_are_not_the_district():
    _, rows = _facts(
        FRONT + "全区粮食总产量达到9.2亿斤。今年黑龙江省粮食总产量预计超过1550亿斤。"
        "如今，她家一年种植银耳12万袋。2018年，村里20名党员捐赠茶苗1500万株。"
    )
    assert rows == [("I", "南湖区", "粮食总产量", "2025", 9.2, "亿斤", "=", None)]


def test_a_places_contribution_to_its_city_is_its_share_of_the_city():
    _, rows = _facts(FRONT + "南湖区贡献了嘉兴全市三分之一以上的粮食产量。")
    assert rows == [("I", "南湖区", "粮食产量占嘉兴全市比重", "2025", 33.33, "%", ">=", None)]


def test_one_kind_of_goods_sold_online_is_not_all_online_retail():
    _, rows = _facts(FRONT + "全区网上零售额86.2亿元，其中农产品网络零售额9.6亿元。")
    assert ("I", "南湖区", "online_retail_sales", "2025", 86.2, "亿元", "=", None) in rows
    assert ("I", "南湖区", "农产品网络零售额", "2025", 9.6, "亿元", "=", None) in rows


def test_a_zone_after_a_months_lead_owns_the_figures_of_its_sentence():
    _, rows = _facts(
        FRONT + "1—6月，园区实现规模工业总产值652.8亿元，同比增长13.6%。"
        "1—6月，全区规模以上工业增加值增长8.1%。"
    )
    assert rows == [("I", "南湖区", "industry_value_added", "2025H1", None, None, "=", 8.1)]


def test_a_rate_of_growth_named_as_such_is_a_growth_and_要_sets_a_goal():
    _, rows = _facts(
        FRONT + "会议要求，固定资产投资增速力争达到5%以上。二季度规上工业增加值增速要保持在9%以上。"
        "要求10月底前储备亿元以上项目不少于150个。"
    )
    assert ("T", "南湖区", "fixed_asset_investment", 2025, None, None, ">=", 5.0) in rows
    assert ("T", "南湖区", "industry_value_added", 2025, None, None, ">=", 9.0) in rows
    assert ("T", "南湖区", "储备亿元以上项目", 2025, 150.0, "个", ">=", None) in rows


def test_a_list_of_the_years_livelihood_projects_is_a_list_of_goals():
    text = (
        "---\npublished_on: 2026-01-14\ndistrict: 南湖区\n---\n"
        "回顾2025年，全区新增学位7200个。\n\n2026年南湖区十件民生实事如下：\n"
        "一、城镇新增就业2.5万人以上。\n二、新增学位6300个。\n"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "school_places_added", "2025", 7200.0, "个", "=", None) in rows
    assert ("T", "南湖区", "new_jobs", 2026, 2.5, "万人", ">=", None) in rows
    assert ("T", "南湖区", "school_places_added", 2026, 6300.0, "个", "=", None) in rows


def test_a_draft_budgets_arrangements_are_next_years_targets():
    text = (
        "---\npublished_on: 2025-01-08\ndistrict: 南湖区\n---\n"
        "2024年，全区税收收入完成58.2亿元。2025年，税收收入安排61.0亿元，增长4.8%；"
        "一般公共预算支出安排88.5亿元。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "税收收入", "2024", 58.2, "亿元", "=", None) in rows
    assert ("T", "南湖区", "税收收入", 2025, 61.0, "亿元", "=", 4.8) in rows
    assert any(r[0] == "T" and r[4] == 88.5 and "安排" not in r[2] for r in rows)


def test_hong_kong_and_taiwan_press_wording():
    text = (
        "---\npublished_on: 2025-10-30\ndistrict: 南沙区\n---\n"
        "前三季度，南沙區GDP按年增長5.1%，其中第三季按季增長2.1%。"
        "相比之下，金融服務業約佔香港本地生產總值的23%。"
        "區長表示，今年GDP增長目標維持在6.5%左右，外貿進出口力拚回升至2,500億元以上。"
    )
    _, rows = _facts(text)
    assert ("I", "南沙区", "gdp", "2025Q1-Q3", None, None, "=", 5.1) in rows
    assert ("T", "南沙区", "gdp", 2025, None, None, "~", 6.5) in rows
    assert any(r[0] == "T" and r[4] == 2500.0 for r in rows)
    assert not any(r[-1] == 2.1 or r[4] == 23.0 for r in rows)


def test_a_plans_main_goals_are_for_the_plans_last_year():
    text = (
        "---\npublished_on: 2025-04-18\ndistrict: 南湖区\n---\n"
        "南湖区印发《南湖区数字经济三年行动计划（2025—2027年）》。2024年，全区数字经济核心产业营收426亿元。\n\n"
        "《行动计划》在“主要目标”部分明确：\n1.三年累计开放应用场景100个以上。\n"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "开放应用场景", 2027, 100.0, "个", ">=", None) in rows


def test_a_titles_round_figure_over_the_bodys_exact_one_is_one_fact():
    text = (
        "---\npublished_on: 2025-01-20\ndistrict: 南湖区\n---\n"
        "南湖区去年经济总量逾482亿元\n\n2024年，南湖区实现地区生产总值482.36亿元，增长5.1%。\n"
        "今年签约额确保不低于1100亿元，力争达到1200亿元。"
    )
    _, rows = _facts(text)
    assert [r for r in rows if r[0] == "I"] == [
        ("I", "南湖区", "gdp", "2024", 482.36, "亿元", "=", 5.1)
    ]
    exact = text.replace("逾482亿元", "482亿元 增长5.1%")  # rounded, with no qualifier
    assert [r for r in _facts(exact)[1] if r[0] == "I"] == [
        ("I", "南湖区", "gdp", "2024", 482.36, "亿元", "=", 5.1)
    ]


def test_a_two_character_county_is_its_own_subject_and_a_dateline_day_dates_nothing():
    text = (
        "2025年1月21日 记者从山东省菏泽市沛县商务局获悉，2024年沛县外贸进出口总额完成98.6亿元，"
        "同比增长17.3%，其中出口86.2亿元，增长19.1%。全县有进出口实绩的企业突破1200家。"
    )
    article, rows = _facts(text)
    assert article.primary_district == "沛县"
    assert ("I", "沛县", "foreign_trade", "2024", 98.6, "亿元", "=", 17.3) in rows
    assert ("I", "沛县", "exports", "2024", 86.2, "亿元", "=", 19.1) in rows


@pytest.mark.parametrize(("published", "year"), [("2024-01-22", 2024), ("2023-12-28", 2024)])
def test_the_new_year_is_this_year_early_in_it_and_next_year_late_in_the_old(published, year):
    text = (
        f"---\npublished_on: {published}\ndistrict: 南湖区\n---\n"
        "2023年，全区地区生产总值增长6.1%。\n\n新的一年，南湖确定的主要预期目标是：地区生产总值增长6.5%。\n"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", year, None, None, "=", 6.5) in rows


def test_a_difference_from_the_same_period_is_not_a_level_but_a_years_increase_is():
    text = (
        "---\npublished_on: 2024-10-30\ndistrict: 南湖区\n---\n"
        "前三季度，南湖区新登记经营主体7300户，较去年同期多900户。"
        "全区在建亿元以上项目58个，比上年同期增加6个。年末全区常住人口64.2万人，比上年末增加0.8万人。"
    )
    _, rows = _facts(text)
    values = {r[4] for r in rows}
    assert 900.0 not in values and 6.0 not in values
    assert ("I", "南湖区", "在建亿元以上项目", "2024Q1-Q3", 58.0, "个", "=", None) in rows
    assert 0.8 in values  # the year's increase of the population is a flow of its own


def test_a_goal_proposed_for_the_year_of_writing_and_a_growth_goal_set_at_a_level():
    text = (
        "---\npublished_on: 2026-01-12\ndistrict: 南湖区\n---\n"
        "2025年，南湖区地区生产总值达到760亿元。区政府工作报告提出，2026年南湖区地区生产总值增长5.5%左右，"
        "社会消费品零售总额增长5%。全区GDP增长目标设在5.5%左右。"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 5.5) in rows
    assert ("T", "南湖区", "retail_sales", 2026, None, None, "=", 5.0) in rows
    assert not [r for r in rows if r[0] == "T" and r[5] == "%"]  # a growth, not a level


def test_a_government_after_this_year_is_no_place():
    text = (
        "南湖区2026年政府工作报告摘要\n\n2025年，南湖区地区生产总值增长5.8%。\n\n"
        "今年区政府将集中力量办好民生实事：新建改扩建幼儿园9所，新增学位4000个；新增托位800个。"
    )
    article, rows = _facts(text)
    assert {r[1] for r in rows} == {"南湖区"}
    assert ("T", "南湖区", "school_places_added", 2026, 4000.0, "个", "=", None) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "一家本地装备制造龙头企业去年营收突破150亿元。",  # one firm, however big
        "区人代会应到代表198名，实到187名，符合法定人数。",  # a meeting's roll call
        "项目将建设年产80万台电机生产线，单线年产能可达20万台。",  # one works' capacity
        "全区高新技术企业数量远高于香港不足1%的同类比例。",  # Hong Kong's own figure
        "台湾经济部投审会统计，去年核准对大陆投资金额年减约三成。",  # Taiwan's own
        "考察团一行先后走进6个街道，实地察看了14个重点项目。",  # a delegation's tour
        "南湖科技合作区北片区去年新增外资企业逾300家。",  # a named area's own
        "嘉兴南站口岸今年上半年出入境旅客达120万人次。",  # a port's own
        "对比香港，特区政府统计处公布，第三季本地生产总值按年实质增长1.8%。",  # Hong Kong's
        "去年举行的第八届两岸产业合作交流会，吸引逾600家台企参展，现场签约金额约90亿元。",
        "第十一届原创设计大赛日前在南湖落幕，共收到来自12个国家的参赛作品1260件。",
        "南湖大道北延工程全长6.8公里，建成后将打通断头路。",  # one work's length
        "市有关部门负责同志及200余名客商代表参加活动。",  # an event's guests
        "南湖区设立城市更新基金，首期规模20亿元。",  # a fund's size
        "在南湖区智能装备产业园，二期8栋标准厂房已经封顶，9家企业签订入驻协议。",  # the park's
    ],
)
def test_figures_that_are_someone_elses(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区地区生产总值增长5.9%。" + sentence)
    assert [r[2] for r in rows] == ["gdp"]


def test_a_milestone_in_renminbi_and_a_growth_rate_ranked_among_a_citys_districts():
    text = (
        "---\npublished_on: 2025-02-08\ndistrict: 南湖区\n---\n"
        "南湖区2024年地区生产总值首度突破人民币1,000亿元，达1,036.2亿元，成长5.7%，"
        "成长率居嘉兴5个行政区第2位。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "南湖区", "gdp", "2024", 1036.2, "亿元", "=", 5.7)]
    article, _ = _facts(text)
    assert (article.indicators[0].rank, article.indicators[0].rank_scope) == (2, "嘉兴5个行政区")


def test_shares_said_in_tenths_and_as_what_a_district_holds_up():
    text = (
        "---\npublished_on: 2025-02-10\ndistrict: 南山区\n---\n"
        "去年，南山区网上零售额增长一成半，出口占深圳全市约一成七；南山撑起了深圳约五分之一的经济总量。"
    )
    _, rows = _facts(text)
    assert ("I", "南山区", "online_retail_sales", "2024", None, None, "=", 15.0) in rows
    assert ("I", "南山区", "地区生产总值占全市比重", "2024", 20.0, "%", "~", None) in rows
    assert any(r[4] == 17.0 for r in rows)


def test_what_was_done_by_a_months_end_is_the_year_so_far_and_a_stock_then_is_the_years():
    text = (
        "---\npublished_on: 2024-09-15\ndistrict: 南湖区\n---\n"
        "今年，南湖区实施城市更新项目40个。截至8月底，全区已完成投资31.5亿元，新增停车位2100个。"
        "截至8月末，全区实有经营主体12.6万户。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "投资", "2024M01-M08", 31.5, "亿元", "=", None) in rows
    assert ("I", "南湖区", "parking_spaces_added", "2024M01-M08", 2100.0, "个", "=", None) in rows
    assert ("I", "南湖区", "实有经营主体", "2024", 12.6, "万户", "=", None) in rows


def test_the_total_investment_of_the_projects_just_counted_is_named_after_them():
    text = (
        "---\npublished_on: 2025-04-03\ndistrict: 蜀山区\n---\n"
        "此次集中开工项目38个，总投资211亿元，其中工业项目20个、总投资132亿元。"
        "此次集中竣工投产的9个项目总投资46.5亿元。"
    )
    _, rows = _facts(text)
    names = {r[2]: r[4] for r in rows}
    assert names["集中开工项目总投资"] == 211.0 and names["工业项目总投资"] == 132.0
    assert names["集中竣工投产项目数"] == 9.0 and names["集中竣工投产项目总投资"] == 46.5


def test_a_part_contributing_a_share_is_named_by_its_own_clause():
    text = (
        "---\npublished_on: 2025-02-06\ndistrict: 南湖区\n---\n"
        "目前全区外资企业超过500家，外资企业贡献了全区约三分之一的规模以上工业产值。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "外资企业占规模以上工业产值比重", "2024", 33.33, "%", "~", None) in rows


def test_hong_kong_and_taiwan_ways_of_saying_growth():
    text = (
        "---\npublished_on: 2024-10-28\ndistrict: 南沙区\n---\n"
        "今年首三季南沙跨境电商进出口额按年急升31%，社会消费品零售总额255.8亿元，按年仅微升1.2%；"
        "进出口总额1,485亿元，年衰退2.4%。"
    )
    _, rows = _facts(text)
    assert ("I", "南沙区", "跨境电商进出口额", "2024Q1-Q3", None, None, "=", 31.0) in rows
    assert ("I", "南沙区", "retail_sales", "2024Q1-Q3", 255.8, "亿元", "=", 1.2) in rows
    assert ("I", "南沙区", "foreign_trade", "2024Q1-Q3", 1485.0, "亿元", "=", -2.4) in rows


def test_a_section_headed_by_a_districts_full_name_gives_it_the_whole_districts_figures():
    text = (
        "2025年1月22日\n\n"
        "  青岛三区两会观察\n\n"
        "  城阳区：轨道交通产业链动全局\n  城阳区2024年地区生产总值完成1528.4亿\n元，增长5.8%。全区高新技术企\n"
        "业突破1100家。\n"
        "  即墨区：增速跃居全市第二\n  即墨区2024年实现地区生产总值1632.7亿\n元，增长6.3%。全区规上工业增加\n"
        "值增长9.1%。\n"
    )
    _, rows = _facts(text)
    assert ("I", "城阳区", "high_tech_enterprises", "2024", 1100.0, "家", ">=", None) in rows
    assert ("I", "即墨区", "industry_value_added", "2024", None, None, "=", 9.1) in rows


def test_a_year_ahead_bullet_heading_opens_the_goals_below_it():
    text = (
        "2025年12月30日\n\n▶ 全年新增市场主体1.2万户\n\n🚩 2026，我们这样干\n"
        "新的一年，南湖区将围绕定位，力争实现：\n🔸 地区生产总值增长6.5%左右\n🔸 新增首店40家\n"
    )
    _, rows = _facts(text)
    assert ("T", "南湖区", "gdp", 2026, None, None, "~", 6.5) in rows
    assert any(r[0] == "T" and r[4] == 40.0 for r in rows)


def test_a_holidays_figures_are_named_after_it_not_taken_for_the_years():
    text = (
        "---\npublished_on: 2025-01-08\ndistrict: 南湖区\n---\n"
        "2024年，南湖区全年接待游客2130万人次。国庆中秋8天长假，全区接待游客83.6万人次，同比增长9.1%。"
        "“五一”假期5天，全区接待游客41.2万人次。"
    )
    _, rows = _facts(text)
    names = {r[2]: r[4] for r in rows}
    assert names["国庆中秋假期接待游客"] == 83.6 and names["五一假期接待游客"] == 41.2
    assert any(r[4] == 2130.0 and "假期" not in r[2] for r in rows)


def test_a_rank_among_an_autonomous_prefectures_counties_and_a_verb_before_a_countys_word():
    text = (
        "2026年2月6日\n\n2025年，弥勒市地区生产总值完成495.3亿元，增长5.2%，经济总量稳居红河州13个县市第一。"
        "依托县电子商务公共服务中心，全市农特产品网络零售额达到9.8亿元。"
        "68岁的老茶农李伯种了12亩茶园，去年光卖毛茶就收入9万多元。"
    )
    article, rows = _facts(text)
    assert article.primary_district == "弥勒市"
    gdp = next(i for i in article.indicators if i.metric_key == "gdp")
    assert (gdp.rank, gdp.rank_scope) == (1, "红河州13个县市")
    assert {r[1] for r in rows} == {"弥勒市"}
    assert not [r for r in rows if r[4] in (12.0, 9.0)]  # one farmer's story


def test_days_counted_and_the_whole_citys_figure_in_brackets():
    text = (
        "---\npublished_on: 2024-01-16\ndistrict: 南湖区\n---\n"
        "2023年，南湖区空气质量优良天数达到312天，假期5天接待游客。全区森林覆盖率达到48.1%（嘉兴全市为31.2%）。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "空气质量优良天数", "2023", 312.0, "天", "=", None) in rows
    assert ("I", "南湖区", "森林覆盖率", "2023", 48.1, "%", "=", None) in rows
    assert not [r for r in rows if r[4] in (5.0, 31.2)]


def test_a_profile_pages_divisions_table_distances_and_milestones():
    text = (
        "---\npublished_on: 2025-03-01\ndistrict: 南湖区\n---\n"
        "全区总面积437平方公里，辖7个街道、2个镇。这里距上海90公里。"
        "近年来，全区地区生产总值相继跨越500亿元、600亿元两个台阶。\n\n"
        "2024年主要经济指标\n指标　　　　数值　　增长\n地区生产总值（亿元）　　712.4　　5.6%\n"
        "实际使用外资（亿美元）　3.2　　-8.1%\n"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "街道", "2024", 7.0, "个", "=", None) in rows  # the year reported
    assert ("I", "南湖区", "镇", "2024", 2.0, "个", "=", None) in rows
    assert ("I", "南湖区", "gdp", "2024", 712.4, "亿元", "=", 5.6) in rows
    assert ("I", "南湖区", "foreign_investment_actual", "2024", 3.2, "亿美元", "=", -8.1) in rows
    assert not [r for r in rows if r[4] in (90.0, 500.0, 600.0)]


def test_a_rise_to_a_year_dates_a_result_not_a_goal():
    text = (
        "南湖区情\n\n南湖建县于唐代，2006年撤市设区。全区高新技术企业由2019年的482家增加到2024年的703家。"
        "2024年全区地区生产总值增长5.9%。"
    )
    article, rows = _facts(text)
    assert article.reporting_year == 2024
    assert ("I", "南湖区", "gdp", "2024", None, None, "=", 5.9) in rows


def test_a_city_wide_centre_the_district_leans_on_leaves_its_figures_the_districts():
    # 依托全市…中心, 南湖区…: 全市 is no district before a project's name
    _, rows = _facts(FRONT + "依托全市工业互联网创新中心，南湖区已帮助320余家企业完成设备上云。")
    assert [r[1] for r in rows] == ["南湖区"]


def test_the_same_figure_in_another_currency_is_no_fact_and_leaves_its_growth():
    _, rows = _facts(
        FRONT + "上半年，南湖区实际使用外资3.4亿美元，折合人民币24.2亿元，同比增长7.1%；"
        "一般贸易进口18.6亿元，折合约2.6亿美元，增长5%。"
    )
    assert [(r[4], r[5], r[7]) for r in rows] == [(3.4, "亿美元", 7.1), (18.6, "亿元", 5.0)]


def test_a_port_or_bonded_zone_opening_a_sentence_keeps_its_own_figures():
    _, rows = _facts(
        FRONT + "上半年，北湖港完成货物吞吐量1.2亿吨，增长3%。"
        "南湖综合保税区1—6月实现进出口86.4亿元，增长9%。"
        "上半年，南湖区进出口总额增长5%。"
    )
    assert [(r[1], r[2], r[7]) for r in rows] == [("南湖区", "foreign_trade", 5.0)]


def test_the_export_of_a_named_trade_keeps_its_name():
    _, rows = _facts(
        FRONT + "上半年，南湖区跨境电商进出口额完成32.4亿元，其中出口21.8亿元。"
        "全区进出口总额120亿元，其中出口80亿元。"
    )
    assert [r[2] for r in rows] == [
        "跨境电商进出口额",
        "cross_border_ecommerce_exports",
        "foreign_trade",
        "exports",
    ]


def test_a_programmes_name_is_neither_a_doubling_nor_a_plan():
    # 倍增计划 names a programme: no growth of 100, and 计划， opens no goal
    _, rows = _facts(FRONT + "南湖区深入推进专精特新企业倍增计划，全区专精特新企业达到312家。")
    assert rows == [("I", "南湖区", "specialized_smes", "2025", 312.0, "家", "=", None)]


def test_an_enumerated_goal_drops_its_ordinal():
    _, rows = _facts(
        FRONT
        + "下半年，南湖区将抓好两件事：一是力争高新技术企业突破600家；二是全社会研发投入强度保持在4%以上。"
    )
    assert [r[2] for r in rows] == ["high_tech_enterprises", "全社会研发投入强度"]


def test_a_firm_just_described_keeps_its_figures():
    _, rows = _facts(
        FRONT + "这家创办于2008年的企业，去年营业收入12.6亿元，研发投入占营业收入的6%。"
        "上半年，南湖区规上工业增加值增长7%。"
    )
    assert [r[2] for r in rows] == ["industry_value_added"]


def test_a_span_of_years_gives_each_end_its_year_and_opens_no_goal():
    _, rows = _facts(
        FRONT + "2019年到2024年，南湖区规上工业总产值由612亿元增长到1238亿元，年均增长15.1%。"
    )
    assert [(r[0], r[3], r[4], r[7]) for r in rows] == [
        ("I", "2019", 612.0, None),
        ("I", "2024", 1238.0, None),
        ("I", "2019-2024", None, 15.1),
    ]


def test_a_label_with_a_year_and_an_arrow_names_both_years_figures():
    _, rows = _facts(FRONT + "●地区生产总值：2019年412.3亿元→2024年658.7亿元；")
    assert [(r[2], r[3], r[4]) for r in rows] == [("gdp", "2019", 412.3), ("gdp", "2024", 658.7)]


def test_the_citys_short_name_acting_makes_the_figure_the_citys():
    _, rows = _facts(
        FRONT
        + "从全市看，嘉兴全年实现社会消费品零售总额2300亿元。南湖区全年实现社会消费品零售总额410亿元。"
    )
    assert [(r[1], r[4]) for r in rows] == [("南湖区", 410.0)]


def test_close_to_is_an_approximation():
    _, rows = _facts(FRONT + "上半年，南湖区工业投资占全部投资的比重接近六成。")
    assert [(r[2], r[4], r[6]) for r in rows] == [("工业投资占全部投资比重", 60.0, "~")]


def test_a_five_year_plans_goals_are_for_its_last_year():
    _, rows = _facts(FRONT + "“十五五”时期，南湖区将力争地区生产总值突破1500亿元。")
    assert rows == [("T", "南湖区", "gdp", 2030, 1500.0, "亿元", ">=", None)]


def test_a_growth_over_years_and_one_years_level_are_two_records():
    _, rows = _facts(
        FRONT + "五年来，南湖区城镇居民人均可支配收入年均增长8.1%，2024年达到61500元。"
    )
    assert [(r[3], r[4], r[7]) for r in rows] == [("2020-2024", None, 8.1), ("2024", 61500.0, None)]


def test_a_work_summarys_plan_section_holds_next_years_goals():
    text = (
        "南湖区发改局2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n\n"
        "全年完成固定资产投资126亿元，增长5%。\n\n二、2025年工作计划\n\n"
        "重点抓好以下工作：一是安排区重点项目60个以上；二是新增停车位3000个。"
    )
    _, rows = _facts("---\npublished_on: 2025-01-10\ndistrict: 南湖区\n---\n" + text)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("I", "2024", 126.0),
        ("T", 2025, 60.0),
        ("T", 2025, 3000.0),
    ]


def test_a_lists_goal_is_named_after_its_last_item():
    _, rows = _facts(
        FRONT + "南湖区将围绕地区生产总值增长6%左右、规上工业增加值增长8%的预期目标，抓好运行监测。"
    )
    assert [(r[0], r[2], r[7]) for r in rows] == [
        ("T", "gdp", 6.0),
        ("T", "industry_value_added", 8.0),
    ]


def test_how_much_of_an_assigned_goal_is_done_is_named_after_the_figure():
    _, rows = _facts(FRONT + "上半年，南湖区实际使用外资1.2亿美元，完成市下达目标的56%。")
    assert [r[2] for r in rows] == ["foreign_investment_actual", "实际使用外资目标完成率"]


def test_an_area_of_something_is_not_the_districts_land_area():
    _, rows = _facts(
        FRONT
        + "南湖区新开工绿色建筑面积285万平方米，商品房销售面积56万平方米，辖区面积120平方公里。"
    )
    assert [r[2] for r in rows] == ["新开工绿色建筑面积", "商品房销售面积", "area"]


def test_the_lands_area_and_certified_counts_keep_their_keys():
    _, rows = _facts(
        FRONT + "南湖区陆域面积186.5平方公里。全区有效期内高新技术企业达到986家，"
        "入库科技型中小企业1327家。"
    )
    assert [r[2] for r in rows] == ["area", "high_tech_enterprises", "tech_smes"]


def test_hong_kong_words_for_a_goal_a_jump_and_hong_kongs_own_visitors():
    _, rows = _facts(
        FRONT + "今年上半年，南湖区入境外国游客1.2万人次，按年大升86%。"
        "对比香港，入境处数字显示上半年访港旅客2360万人次，按年增长12%。"
        "南湖区外贸进出口力求成长5%以上。"
    )
    assert [(r[0], r[2], r[7]) for r in rows] == [
        ("I", "入境外国游客", 86.0),
        ("T", "foreign_trade", 5.0),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a mark passed, then the level: one fact
        ("地区生产总值迈上600亿元台阶，达到612.3亿元，增长5.1%。", [("gdp", 612.3, "=", 5.1)]),
        ("地区生产总值612.3亿元，增长5.1%，首次跨过600亿元门槛。", [("gdp", 612.3, "=", 5.1)]),
        # the mark alone is the figure, at least that much
        ("地区生产总值首次站上600亿元台阶。", [("gdp", 600.0, ">=", None)]),
        # 千亿门槛 counts no 门; the growth after it is still the GDP's
        ("地区生产总值首次跨过千亿门槛，增长5.1%。", [("gdp", None, "=", 5.1)]),
        # marks passed one after another over years date no single figure
        ("经济总量先后跨越400亿元、500亿元两个台阶。", []),
    ],
)
def test_a_round_mark_passed_is_named_after_its_metric(sentence, expected):
    _, rows = _facts(FRONT.replace("2025-07-28", "2025-01-20") + "2024年，南湖区" + sentence)
    assert [(r[2], r[4], r[6], r[7]) for r in rows] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "规上工业增加值逆势上扬，增长9.2%。",
        "规上工业增加值稳步回升，同比增长9.2%。",
        "规上工业增加值保持较快增长，增速达9.2%。",
    ],
)
def test_a_growth_after_a_clause_that_names_the_metric_is_that_metrics(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区" + sentence)
    assert rows == [("I", "南湖区", "industry_value_added", "2025H1", None, None, "=", 9.2)]


def test_a_growth_after_a_clause_that_names_no_metric_is_no_fact():
    _, rows = _facts(FRONT + "上半年，南湖区经济运行稳中有进，增长势头良好，增长5.1%。")
    assert rows == []


def test_a_business_district_or_shopping_area_opening_a_sentence_keeps_its_own_figures():
    _, rows = _facts(
        FRONT + "上半年，北岸中央商务区实现税收42.6亿元，增长8%。"
        "商圈重点商贸企业实现销售额86.3亿元，增长9.5%。"
        "湖畔医学城新引进医药项目18个。"
        "上半年，南湖区社会消费品零售总额增长5%。"
    )
    assert [(r[1], r[2], r[7]) for r in rows] == [("南湖区", "retail_sales", 5.0)]


def test_hong_kong_quote_marks_name_a_policy_and_a_firm_but_an_officials_sentence_is_read():
    text = FRONT + (
        "新修订的「南湖青创12条」将单个项目扶持额度提高。"
        "位于南湖区的零部件企业「北辰科技」上半年营收8.6亿元，按年增长21%。"
        "区长说：「今年我们确保全区地区生产总值增长6%以上。」"
    )
    _, rows = _facts(text)
    assert [(r[0], r[2], r[7]) for r in rows] == [("T", "gdp", 6.0)]


def test_a_zone_opening_a_sentence_gives_back_a_later_clause_on_the_district():
    _, rows = _facts(
        FRONT + "北岸金融商务区今年新增入驻金融机构11家，目前南湖持牌金融机构达到142家。"
        "上半年，北湖港完成集装箱吞吐量120万标准箱，其中南湖、西岭等港区贡献了六成。"
    )
    assert [(r[1], r[4]) for r in rows] == [("南湖区", 142.0)]


def test_a_goal_from_the_level_now_gives_that_level_as_this_years():
    text = FRONT + "到2027年，全区专精特新企业将由目前的约120家增至200家以上。"
    _, rows = _facts(text)
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        ("I", "2025", 120.0, "~"),  # where the goal starts: a stock now
        ("T", 2027, 200.0, ">="),
    ]
    assert rows[0][2] == rows[1][2] == "specialized_smes"


def test_an_estimate_of_the_year_under_way_breaks_a_run_of_goals():
    text = FRONT.replace("2025-07-28", "2025-12-05") + (
        "展望明年，南湖区提出力争外贸进出口增长8%以上；到2028年，外资企业数量突破500家。"
        "该负责人预计，今年全区地区生产总值增长5%左右。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("I", "gdp", "2025"),
        ("T", "foreign_trade", 2026),  # 提出 and 力争 lead, they name nothing
        ("T", "外资企业数", 2028),
    ]


def test_a_sectors_output_is_not_the_economys():
    _, rows = _facts(FRONT + "上半年，全区海洋生产总值812亿元，增长7.5%，地区生产总值增长5.2%。")
    assert [r[2] for r in rows] == ["海洋生产总值", "gdp"]


def test_a_project_lists_rows_pasted_with_tabs_keep_their_figures():
    text = FRONT + (
        "列入计划的重点项目共12个，总投资86.5亿元。\n"
        "序号\t项目名称\t建设性质\t主要建设内容\t总投资（亿元）\n"
        "1\t北湖物流园多式联运中心项目\t新开工\t新建铁路专用线2.8公里、堆场12万平方米\t15.6\n"
        "2\t南湖数字产业园二期\t续建\t新建标准厂房26万平方米\t8.5\n"
    )
    article, rows = _facts(text)
    assert [(r[4], r[5]) for r in rows] == [(12.0, "个"), (86.5, "亿元")]
    names = [p.name for p in article.projects]
    assert "北湖物流园多式联运中心项目" in names and "南湖数字产业园二期" in names


def test_a_numbers_post_with_triangle_bullets_label_space_figure_lines_and_a_part_below():
    text = FRONT.replace("2025-07-28", "2025-01-20") + (
        "数读南湖2024\n\n"
        "▲ 南湖区新建的滨江公园（资料图）\n\n"
        "▲ 高新技术企业 412家\n"
        "▲ 技术合同成交额 36.5亿元\n\n"
        "外贸进出口\n"
        "268.3亿元\n"
        "其中出口152.6亿元 增长9.6%\n\n"
        "市级以上重点项目 58个\n"
    )
    _, rows = _facts(text)
    assert [(r[2], r[4], r[7]) for r in rows] == [
        ("high_tech_enterprises", 412.0, None),
        ("tech_contract_value", 36.5, None),
        ("foreign_trade", 268.3, None),
        ("exports", 152.6, 9.6),
        ("市级以上重点项目", 58.0, None),
    ]


def test_a_policys_caps_conditions_and_kinds_are_no_facts_but_what_it_paid_out_is():
    text = FRONT + (
        "购买单件价格不超过5000元的手机等4类数码产品，按销售价格的15%给予补贴，每件补贴不超过500元。"
        "购买一级能效产品的，再加5%。入库后营业收入年均增长20%以上的，再给予10万元奖励。"
        "上半年，全区累计核销补贴资金2860万元，带动销售额2.3亿元。"
    )
    _, rows = _facts(text)
    assert [(r[4], r[5]) for r in rows] == [(2860.0, "万元"), (2.3, "亿元")]


def test_a_share_of_a_whole_named_just_before_is_named_after_it():
    text = FRONT.replace("南湖区", "顺德区") + (
        "佛山市上半年地区生产总值约6500亿元，顺德贡献了约三成。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "顺德区", "地区生产总值占全市比重", "2025H1", 30.0, "%", "~", None)]


def test_an_autonomous_prefecture_or_regions_own_figures_are_not_the_districts():
    text = FRONT.replace("南湖区", "香格里拉市") + (
        "上半年，香格里拉市接待游客1020万人次。同期，迪庆州接待游客1480万人次；"
        "放眼全州，怒江州直接待游客320万人次。"
        "自治区文化和旅游厅发布的数据显示，上半年全区累计接待游客3100万人次。"
    )
    _, rows = _facts(text)
    assert [(r[1], r[4]) for r in rows] == [("香格里拉市", 1020.0)]


def test_a_sentence_that_looks_at_the_city_or_a_firm_by_its_trade_name_is_not_the_districts():
    text = FRONT.replace("南湖区", "溧阳市") + (
        "上半年，溧阳市新能源产业产值增长18%。放眼常州，全市新能源产业产值已超过4000亿元。"
        "作为链主企业，北辰新能源上半年营收突破120亿元。青禾新材料上半年营收28亿元。"
        "区长：从全省看，新能源汽车产量增长三成。"
    )
    _, rows = _facts(text)
    assert [(r[2], r[7]) for r in rows] == [("新能源产业产值", 18.0)]


def test_a_sentence_that_names_the_coming_year_dates_the_goals_after_it():
    text = FRONT.replace("2025-07-28", "2025-12-20") + (
        "2025年，南湖区地区生产总值增长6%。\n\n"
        "明年是“十五五”开局之年。南湖区将力争地区生产总值增长5.5%左右，新增高新技术企业80家以上。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[3]) for r in rows] == [("I", "2025"), ("T", 2026), ("T", 2026)]


def test_an_undated_goal_list_for_this_year_does_not_take_the_last_year_named():
    text = (
        "北湖区招商推介会举行\n"
        "2024年，北湖区地区生产总值增长6.2%，新能源产业产值突破600亿元，约为2020年的五倍。"
        "今年北湖的主要预期目标为：地区生产总值增长7%左右；全年计划新引进外资企业不少于30家。"
    )
    article, rows = _facts(text)
    # both goals are for the year the article is written in, whatever that is inferred to be
    years = [r[3] for r in rows if r[0] == "T"]
    assert years == [article.reporting_year, article.reporting_year] and 2020 not in years


@pytest.mark.parametrize("rise", ["提高到", "跃升至", "增加到"])
def test_a_level_then_what_it_rose_to_each_get_their_year(rise):
    text = FRONT.replace("2025-07-28", "2026-01-20") + (
        f"五年间，全区规上工业总产值由2020年的1460亿元{rise}2135亿元，年均增长7.9%。"
    )
    _, rows = _facts(text)
    assert [(r[3], r[4], r[7]) for r in rows] == [
        ("2020", 1460.0, None),
        ("2025", 2135.0, None),  # no year of its own: the level now
        ("2021-2025", None, 7.9),
    ]


def test_a_county_level_city_by_its_short_name_after_its_prefectures_figure():
    text = FRONT.replace("南湖区", "寿光市").replace("2025-07-28", "2025-02-10") + (
        "去年，潍坊市地区生产总值达到7900亿元，寿光一地贡献了约一成。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "寿光市", "地区生产总值占全市比重", "2024", 10.0, "%", "~", None)]


def test_a_share_among_a_whole_named_first_is_of_that_whole():
    text = FRONT.replace("南湖区", "寿光市").replace("2025-07-28", "2025-02-10") + (
        "在潍坊市8100亿元的经济总量中，寿光占比约13%。"
    )
    _, rows = _facts(text)
    assert rows == [("I", "寿光市", "经济总量占潍坊市比重", "2024", 13.0, "%", "~", None)]


@pytest.mark.parametrize(
    ("sentence", "metric", "period"),
    [
        # a level reached over a plan's years is the level at their end
        ("“十四五”期间，全区高新技术企业总数达到860家。", "high_tech", "2025"),
        ("五年来，全区常住人口增至92.4万人。", "常住人口", "2025"),
        ("“十四五”期间，全区规上工业营业收入突破1500亿元。", "规上工业营业收入", "2025"),
        # what the years brought stays theirs
        ("“十四五”期间，全区累计完成固定资产投资2100亿元。", "fixed_asset_investment", "2021-2025"),
        ("五年来，全区新增市场主体5.6万户。", "market_entities", "2021-2025"),
        (
            "“十四五”期间，全区招引亿元以上项目210个，其中制造业项目占比超过六成。",
            "占比",
            "2021-2025",
        ),
    ],
)
def test_a_level_reached_over_a_plans_years_is_of_their_last_year(sentence, metric, period):
    _, rows = _facts("---\npublished_on: 2025-12-20\ndistrict: 南湖区\n---\n" + sentence)
    assert [r[3] for r in rows if metric in r[2]] == [period]


def test_a_work_plan_for_next_year_lists_goals():
    text = (
        "---\npublished_on: 2025-12-27\ndistrict: 南湖区\n---\n"
        "会议强调，明年要重点抓好以下几方面工作：一是壮大实体经济。"
        "全年新增规上工业企业35家。二是办好民生实事。新增城镇就业8000人。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [("T", 2026, 35.0), ("T", 2026, 8000.0)]


def test_a_second_list_after_a_time_word_pairs_with_the_first_lists_items():
    text = (
        "---\npublished_on: 2025-12-20\ndistrict: 南湖区\n---\n"
        "五年来，城乡居民人均可支配收入年均分别增长5.1%和6.9%，今年预计分别达到5.8万元和3.1万元。"
    )
    _, rows = _facts(text)
    levels = [(r[2], r[3], r[4]) for r in rows if r[4] is not None]
    assert levels == [
        ("urban_disposable_income_per_capita", "2025", 5.8),
        ("rural_disposable_income_per_capita", "2025", 3.1),
    ]


def test_the_figures_of_an_event_named_by_its_quarter_are_of_that_quarter():
    text = (
        "---\npublished_on: 2025-02-28\ndistrict: 南湖区\n---\n"
        "南湖区18个项目集中开工\n\n"
        "2月27日，嘉兴市2025年一季度重大项目集中开工仪式举行，主会场设在秀洲区。"
        "此次南湖区集中开工项目18个，总投资96亿元。\n\n"
        "全市此次集中开工项目120个。分县区看，秀洲区开工项目15个，总投资88亿元。\n\n"
        "2024年，南湖区新签约亿元以上项目30个。"
    )
    _, rows = _facts(text)
    assert [(r[1], r[3], r[4]) for r in rows] == [
        ("南湖区", "2025Q1", 18.0),  # the headline's 18个 is the body's, of the quarter
        ("南湖区", "2025Q1", 96.0),
        ("秀洲区", "2025Q1", 15.0),
        ("秀洲区", "2025Q1", 88.0),
        ("南湖区", "2024", 30.0),
    ]


def test_an_events_figures_in_later_paragraphs_are_its_own_but_not_a_quoted_remark():
    text = (
        "南湖区举行重大项目集中签约\n\n"
        "2025年06月30日 来源：南湖日报\n\n"
        "6月29日，嘉兴市2025年二季度重大项目集中签约活动举行。\n\n"
        "分县区看，秀洲区签约项目12个，协议投资76亿元。\n\n"
        "“我们全区土地面积只有300多平方公里。”南湖区负责人说。"
    )
    _, rows = _facts(text)
    assert [(r[1], r[3], r[4]) for r in rows] == [
        ("秀洲区", "2025Q2", 12.0),
        ("秀洲区", "2025Q2", 76.0),
        ("南湖区", "2025", 300.0),
    ]


def test_a_date_in_history_near_the_top_is_no_dateline():
    text = (
        "县长访谈｜青山县：守住绿水青山\n\n"
        "1998年6月3日，一场洪水改变了这个山区县。记者就青山县去年的发展专访了县长。\n\n"
        "县长：2024年，我县实现地区生产总值412.6亿元，增长6.1%。"
        "今年全县地区生产总值预期增长6%左右。"
    )
    article, rows = _facts(text.replace("青山县", "安吉县"))
    assert article.reporting_year == 2024
    assert [(r[0], r[3]) for r in rows] == [("I", "2024"), ("T", 2025)]


@pytest.mark.parametrize(
    "sentence",
    [
        "按1港元兑0.92元人民币计算，南湖区的经济总量约为1480亿港元。",
        "若以1元人民币兑4.4元新台币换算，约合新台币5980亿元，相当于台湾一个县的规模。",
        "以人民币兑澳门元约1.12计算，上半年出口约合330亿澳门元，约为澳门同期的三倍。",
    ],
)
def test_a_rate_of_exchange_and_what_figures_come_to_at_it_are_no_facts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值1360亿元。" + sentence)
    assert [(r[2], r[4]) for r in rows] == [("gdp", 1360.0)]


def test_a_posts_section_of_goals_and_a_result_measured_against_a_goal():
    text = (
        "南湖发布 2026年1月20日\n\n"
        "◆ 2025 · 成绩单 ◆\n\n"
        "地区生产总值增长6.1%，比年初预期目标高0.1个百分点。\n"
        "▶ 一般公共预算收入88.6亿元，增长3.2%\n\n"
        "02｜2026，目标已经定好\n\n"
        "🎯 地区生产总值增长6%左右\n"
        "🎯 城镇新增就业1.1万人以上\n"
    )
    _, rows = _facts(text.replace("南湖", "嘉兴市南湖区", 1))
    assert [(r[0], r[3], r[4], r[7]) for r in rows] == [
        ("I", "2025", None, 6.1),
        ("I", "2025", 88.6, 3.2),
        ("T", 2026, None, 6.0),
        ("T", 2026, 1.1, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every hotel of the district, not one hotel
        ("全县星级酒店及精品民宿平均入住率达87.6%。", [("平均入住率", 87.6, None)]),
        ("全区纳入监测的星级酒店平均入住率达91.3%。", [("平均入住率", 91.3, None)]),
        # growth on a year long past is no growth on the year before
        (
            "全区接待游客86万人次，同比增长9.6%。与2019年同期相比，两项指标分别增长32.5%和28.1%。",
            [("接待游客", 86.0, 9.6)],
        ),
        (
            "全区旅游收入6.8亿元，同比增长11.2%，较2019年同期分别增长44.1%和39.6%。",
            [("旅游收入", 6.8, 11.2)],
        ),
        ("全区接待游客86万人次，恢复至2019年同期的136%。", [("接待游客", 86.0, None)]),
    ],
)
def test_a_districts_hotels_and_growth_against_an_old_year(sentence, expected):
    _, rows = _facts("---\npublished_on: 2024-10-08\ndistrict: 南湖区\n---\n国庆假期，" + sentence)
    assert len(rows) == len(expected)
    assert [
        (r[2][-len(e[0]) :], r[4], r[7]) for r, e in zip(rows, expected, strict=True)
    ] == expected


def test_flat_on_the_year_is_a_growth_of_nought():
    text = FRONT + "上半年，全区工业产品销售率为97.1%，与上年同期持平；家电类零售额同比持平。"
    _, rows = _facts(text)
    assert [(r[2], r[4], r[7]) for r in rows] == [
        ("工业产品销售率", 97.1, 0.0),
        ("家电类零售额", None, 0.0),
    ]


@pytest.mark.parametrize(
    ("sentence", "place", "value"),
    [
        ("作为对照，同属嘉兴的海宁市去年实现地区生产总值1310.5亿元，增长4.6%。", "海宁市", 1310.5),
        ("与之相邻的德清县，2024年地区生产总值703.2亿元，增长5.9%。", "德清县", 703.2),
    ],
)
def test_a_neighbouring_county_named_in_full_keeps_its_own_figures(sentence, place, value):
    text = (
        "---\npublished_on: 2025-03-01\ndistrict: 南湖区\n---\n2024年，南湖区地区生产总值980亿元。"
    )
    _, rows = _facts(text + sentence)
    assert [(r[1], r[4]) for r in rows] == [("南湖区", 980.0), (place, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "北岭生物医药产业园项目总投资16亿元，将建设研发楼和标准厂房9万平方米。",
        "北岭片区安置房项目总投资21.5亿元，可安置居民1600余户。",
        "北岭算力中心项目总投资8亿元，一期将部署500P智能算力。",
        "北岭半导体中试基地项目总投资15亿元，已完成投资9.2亿元。",
    ],
)
def test_what_one_works_builds_houses_or_has_spent_is_its_own(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_within_the_year_among_next_years_goals_is_next_year():
    text = (
        "---\npublished_on: 2025-12-26\ndistrict: 南湖区\n---\n"
        "会议强调，明年要重点抓好以下工作：\n\n一是壮大产业。确保北岭科创园年内建成投用，"
        "全年培育链主企业5家以上。"
    )
    _, rows = _facts(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [("T", 2026, 5.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "实景演出《山水谣》假期共演出18场。",
        "青溪景区假期累计接待游客12.3万人次。",
    ],
)
def test_one_shows_or_one_scenic_spots_figures_are_not_the_districts(sentence):
    text = "---\npublished_on: 2024-10-08\ndistrict: 南湖区\n---\n国庆假期，全区接待游客86万人次。"
    _, rows = _facts(text + sentence)
    assert [r[4] for r in rows] == [86.0]


def test_a_districts_key_scenic_spots_are_its_own():
    text = "---\npublished_on: 2024-10-08\ndistrict: 南湖区\n---\n国庆假期，全区接待游客86万人次，"
    _, rows = _facts(text + "景区门票收入同比增长12.4%，开通景区直通车线路6条。")
    assert [(r[4], r[7]) for r in rows][1:] == [(None, 12.4), (6.0, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年浙江共有19个县（市）进入全国百强。",
        "湖北入围百强县的县市增至6个。",
        "安徽恒达新材料股份有限公司全年营业收入12.6亿元。",
    ],
)
def test_a_province_by_its_short_name_opens_its_own_figures(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_another_count_named_after_its_number():
    _, rows = _facts(FRONT + "全区新增上市企业2家。另有4家企业进入辅导备案。")
    assert [(r[2], r[4]) for r in rows][1] == ("企业进入辅导备案", 4.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "清明假期广东全省共接待游客1020万人次。",
        "“五一”假期全省接待游客同比增长9%。",
        "中秋国庆8天长假山西全省实现旅游收入180亿元。",
    ],
)
def test_a_holiday_before_a_province_is_time_not_the_subject(sentence):
    _, rows = _facts(FRONT + "清明假期，南湖区接待游客23万人次。" + sentence)
    assert [r[4] for r in rows] == [23.0]


def test_a_prefectures_whole_in_a_countys_article_is_the_prefecture():
    text = "---\npublished_on: 2025-05-06\ndistrict: 永顺县\n---\n"
    _, rows = _facts(
        text + "“五一”假期，永顺县接待游客41万人次。据州文旅局统计，假期全州共接待游客310万人次。"
    )
    assert [r[4] for r in rows] == [41.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "区人民医院院长王立新介绍，新院区开放床位800张，全院门诊量增长12%。",
        "实验中学校长表示，今年学校本科上线率达到91%。",
    ],
)
def test_a_hospitals_or_schools_head_gives_the_institutions_figures(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [(r[1], r[4]) for r in rows] == [("南湖区", 512.3)]


def test_after_its_prefecture_a_county_level_citys_whole_is_the_prefectures():
    text = "---\npublished_on: 2025-02-10\ndistrict: 兴宁市\n---\n"
    _, rows = _facts(
        text + "2024年，兴宁市地区生产总值增长5.1%。据梅州市统计局数据，梅州市地区生产总值"
        "增长3.9%，全市固定资产投资增长2.2%。全市社会消费品零售总额增长4.4%。"
    )
    assert [(r[1], r[7]) for r in rows] == [("兴宁市", 5.1), ("兴宁市", 4.4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "从全省层面看，上半年全省货物吞吐量增长4.1%。",
        "放在嘉兴全市看，全市经营主体总量约95万户。",
        "从全国范围来看，快递业务量增长19%。",
    ],
)
def test_a_sentence_that_looks_at_a_bigger_whole_is_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_looking_from_the_region_its_whole_is_the_region():
    text = "---\npublished_on: 2025-01-20\ndistrict: 二连浩特市\n---\n"
    _, rows = _facts(
        text + "2024年，二连浩特市口岸过货量1810万吨。从自治区层面看，全区口岸货运量1.2亿吨。"
    )
    assert [r[4] for r in rows] == [1810.0]


def test_a_county_level_city_put_beside_its_prefecture():
    text = "---\npublished_on: 2025-01-20\ndistrict: 海宁市\n---\n"
    _, rows = _facts(
        text + "2024年，海宁市经营主体达到12.1万户。放在嘉兴全市看，全市经营主体总量约95万户。"
    )
    assert [r[4] for r in rows] == [12.1]


def test_a_heading_over_the_rest_of_the_year_opens_its_goals():
    text = "---\npublished_on: 2025-07-21\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "上半年，南湖区接待游客620万人次。\n\n数读下半年\n\n"
        "● 全年接待游客突破1300万人次；\n\n● 新增精品民宿50家、星级酒店床位800张；\n"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("I", "2025H1", 620.0),
        ("T", 2025, 1300.0),
        ("T", 2025, 50.0),
        ("T", 2025, 800.0),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("全区低空飞行达到3.2万架次。", 3.2, "万架次"),
        ("全区动力电池产能达到95GWh。", 95.0, "GWh"),
        ("口岸出入境车辆12.6万辆次。", 12.6, "万辆次"),
    ],
)
def test_flights_trips_and_battery_capacity_keep_their_units(sentence, value, unit):
    _, rows = _facts(FRONT + sentence)
    assert [(r[4], r[5]) for r in rows] == [(value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "全区平均海拔2600米，年均气温5.1℃。",
        "服务站可为半径120公里范围内的飞行提供保障。",
        "每千人拥有企业数达到48户，比2019年多出15户。",
        "台商林先生经营的电子厂，去年把员工由30人扩充至90人。",
    ],
)
def test_a_height_a_radius_a_change_over_years_and_one_persons_firm_are_no_facts(sentence):
    _, rows = _facts(FRONT + sentence)
    assert [r[4] for r in rows if r[4] not in (48.0,)] == []


def test_a_part_of_the_year_after_the_metric_is_no_part_of_its_name():
    _, rows = _facts(FRONT + "全区新能源产值前十月增逾两成。")
    assert [(r[2], r[3], r[7]) for r in rows] == [("新能源产值", "2025M01-M10", 20.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "一家陶瓷厂负责人说，去年他从银行获得了500万元贷款。",
        "一家软件企业负责人告诉记者，公司员工从30人增加到80人。",
    ],
)
def test_a_firms_head_speaking_gives_the_firms_figures(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_what_the_district_will_raise_a_count_to_is_a_goal():
    _, rows = _facts(FRONT + "到今年年底，全区“一网通办”事项将扩展至1600项。")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("T", "一网通办事项", 2025, 1600.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "如果未来三年年均增长6%，到2028年全区经济总量将超过900亿元。",
        "一旦出口订单减少两成，全区工业产值将下降8%左右。",
        "有经济学者预测，全区全年GDP增速有望达到6%。",
        "另有机构测算，全区约有15%的出口商品面临订单外流风险。",
    ],
)
def test_a_scenario_or_someone_elses_forecast_is_no_fact(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_a_figure_put_at_a_rate_of_exchange_or_rhetorically_stays():
    _, rows = _facts(
        FRONT + "南湖区人均地区生产总值约12万元，若以1元兑4.5元新台币换算，约合新台币54万元。"
    )
    assert [r[4] for r in rows] == [12.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "投资9亿元的3GWh储能电池项目将于年内开工。",
        "青山镇50兆瓦渔光互补光伏发电项目当年建成并网。",
        "粮库10万吨仓容扩建项目正在加紧施工。",
    ],
)
def test_a_capacity_run_into_a_projects_name_is_the_projects(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_a_figure_of_a_label_and_figure_line_before_a_projects_count_stays():
    _, rows = _facts(FRONT + "新能源并网装机\n327万千瓦\n在建新能源项目 19个\n")
    assert 327.0 in [r[4] for r in rows]


@pytest.mark.parametrize(
    "sentence",
    [
        "同期，宁波舟山港完成集装箱吞吐量3900万标准箱。",
        "与此同时，青岛港全年完成货物吞吐量7.1亿吨。",
        "从更大范围看，上半年中欧班列累计开行超过2800列。",
    ],
)
def test_a_citys_port_and_the_bigger_picture_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows] == [512.3]


def test_what_the_year_is_expected_to_reach_late_in_it_is_an_estimate_not_a_goal():
    text = "---\npublished_on: 2025-11-20\ndistrict: 南湖区\n---\n"
    article = parse_article(
        read_document(
            (
                text + "前三季度，南湖区社会消费品零售总额增长5%。四季度消费有望继续回暖，"
                "预计全年全区社会消费品零售总额将突破600亿元。"
            ).encode("utf-8")
        )
    )
    assert article.targets == []
    estimate = [i for i in article.indicators if i.value == 600.0]
    assert [(i.period, i.is_estimate) for i in estimate] == [("2025", True)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("上半年全市城镇新增就业9.6万人，南湖区占全市总量的6.1%。", "城镇新增就业占全市比重"),
        ("同期，嘉兴全市新引进大学生5.2万人，南湖区占比达18.4%。", "新引进大学生占全市比重"),
        ("1—5月江苏省快递业务量完成80亿件，南湖区占全省的3.5%。", "快递业务量占全省比重"),
    ],
)
def test_a_share_of_the_citys_figure_is_named_after_that_figure(sentence, name):
    _, rows = _facts(FRONT + sentence)
    assert [(r[2], r[5]) for r in rows] == [(name, "%")]


def test_a_share_after_a_growth_takes_no_name_from_it():
    _, rows = _facts(FRONT + "开发区规上工业增加值增长15.6%，占全区的比重超过四成。")
    assert all("增长占" not in r[2] for r in rows)


def test_a_price_per_square_metre_keeps_its_unit():
    _, rows = _facts(FRONT + "全区新建商品住宅网签均价18936元/平方米，同比上涨2.7%。")
    assert [(r[4], r[5], r[7]) for r in rows] == [(18936.0, "元/平方米", 2.7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "编号为NH2025-03的地块经过39轮竞价，以总价9.8亿元、溢价率12.5%成交。",
        "某楼盘1—5月成交67套，比去年同期多卖出40余套。",
        "南湖区比嘉兴全市平均水平低约两成。",
    ],
)
def test_one_parcels_price_and_a_gap_to_another_figure_are_no_facts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值512.3亿元。" + sentence)
    assert [r[4] for r in rows if r[4] != 67.0] == [512.3]


def test_a_goal_after_an_according_to_clause_is_the_districts_goal():
    _, rows = _facts(FRONT + "按照区政府工作安排，今年全区将新筹集保障性租赁住房3000套。")
    assert [(r[0], r[1], r[4]) for r in rows] == [("T", "南湖区", 3000.0)]


def test_one_quarter_said_in_passing_does_not_date_the_next_sentence():
    text = "---\npublished_on: 2025-02-18\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "全年全区商品房销售面积287.5万平方米。分季度看，四季度单季销售面积96.2万平方米，"
        "为年内最高。新建商品住宅网签均价18936元/平方米，同比上涨2.7%。"
    )
    assert [r[3] for r in rows] == ["2024", "2024Q4", "2024"]


def test_a_year_then_the_district_will_heads_that_years_goals():
    text = "---\npublished_on: 2025-02-10\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "2024年，全区贷款余额3980亿元。会议提出，2025年南湖将围绕“金融+产业”深度融合，"
        "推动贷款余额突破4600亿元。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [("I", "2024", 3980.0), ("T", 2025, 4600.0)]


def test_the_main_hotels_are_a_kind_and_training_sessions_a_count():
    _, rows = _facts(
        FRONT + "县城主要酒店周末入住率保持在95%以上。全区开展职业技能培训286期、培训12415人次。"
        "二期项目总投资5亿元。"
    )
    assert [(r[4], r[5]) for r in rows] == [(95.0, "%"), (286.0, "期"), (12415.0, "人次")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "上半年，全区新建商品住宅成交8600套、面积95.3万平方米。",
            ["新建商品住宅成交", "新建商品住宅成交面积"],
        ),
        ("上半年，全区二手房成交4100套，金额26.8亿元。", ["二手房成交", "二手房成交金额"]),
        ("上半年，全区出让工业用地9幅，面积640亩。", ["出让工业用地", "出让工业用地面积"]),
        ("上半年，全区晚熟柑橘销售12.6万吨，销售额8.9亿元。", ["晚熟柑橘销售", "晚熟柑橘销售额"]),
        (
            "上半年，全区通过直播渠道销售粽子3.2万吨，销售额4.6亿元。",
            ["通过直播渠道销售粽子", "粽子销售额"],
        ),
    ],
)
def test_a_bare_measure_after_a_figure_is_a_measure_of_the_same_thing(sentence, names):
    _, rows = _facts(FRONT + sentence)
    assert [r[2] for r in rows] == names


def test_one_thing_placed_somewhere_opens_a_sentence_of_its_own_figures():
    _, rows = _facts(
        FRONT + "上半年，全区新建商品住宅网签1.6万套。位于湘家荡畔的湖光·云庐上半年网签820套，"
        "成交均价1.9万元/平方米。"
    )
    assert [r[4] for r in rows] == [1.6]


def test_places_listed_after_where_they_lie_keep_their_figures():
    _, rows = _facts(
        "---\npublished_on: 2025-07-28\n---\n成都市上半年经济运行稳中有进。"
        "位于成都近郊的双流、郫都、新都三区地区生产总值分别增长6.8%、6.3%和5.9%。"
    )
    assert [r[7] for r in rows] == [6.8, 6.3, 5.9]


def test_the_congress_that_hears_the_work_report_is_no_event_of_its_own():
    _, rows = _facts(
        FRONT + "南湖区日前召开第七届人民代表大会第五次会议，区长在政府工作报告中指出，"
        "上半年全区实现地区生产总值456.7亿元，按不变价格计算同比增长5.6%。"
    )
    assert rows == [("I", "南湖区", "gdp", "2025H1", 456.7, "亿元", "=", 5.6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "若以新台币计算，南湖一年的经济规模约2.1兆元。",
        "若以美元计，南湖上半年出口约41亿美元。",
        "上半年出口296.4亿元，换算约41亿美元。",
    ],
)
def test_a_figure_converted_to_another_currency_is_a_gloss(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值456.7亿元。" + sentence)
    assert [r[4] for r in rows if r[4] not in (456.7, 296.4)] == []


def test_a_new_area_calls_itself_the_new_area():
    text = "---\npublished_on: 2025-07-28\ndistrict: 滨海新区\n---\n"
    _, rows = _facts(text + "上半年，新区外贸进出口总额2150亿元，其中新区出口990亿元。")
    assert [r[2] for r in rows] == ["foreign_trade", "exports"]


def test_the_places_short_name_alone_leaves_the_counted_noun_to_name_the_figure():
    _, rows = _facts(FRONT + "目前南湖约有3万名台胞长期工作生活。")
    assert [(r[2], r[4]) for r in rows] == [("台胞", 3.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "这一增速低于大陆官方公布的全国GDP增长率5.3%。",
        "其中，嘉禾科技2025年营收约86亿元。",
        "区里对80周岁以上老人每人每月分别发放高龄津贴50元、100元。",
        "家住新兴街道的82岁老人王秀英中午花6元吃上一顿午餐。",
        "全区养老床位每千名老年人42张，高于每千名老年人35张的国家配置标准。",
        "目前全区在校生达8.6万人，比五年前增长了近三成。",
    ],
)
def test_figures_of_the_nation_a_firm_a_policy_a_person_or_a_standard_are_not_the_districts(
    sentence,
):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值456.7亿元。" + sentence)
    assert [r[4] for r in rows if r[4] not in (456.7, 42.0, 8.6)] == []


def test_a_land_share_cooperative_is_counted_not_a_company():
    text = "---\npublished_on: 2025-07-28\ndistrict: 海宁市\n---\n"
    _, rows = _facts(text + "截至6月底，全市培育土地股份合作社126个、家庭农场430家。")
    assert [(r[2], r[4]) for r in rows] == [("土地股份合作社", 126.0), ("家庭农场", 430.0)]


def test_the_city_compared_with_is_no_subject_of_the_clauses_after():
    text = "---\npublished_on: 2025-01-16\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "2024年，全区农村居民人均可支配收入41250元，增长6.1%，"
        "高出嘉兴市平均水平0.3个百分点，城乡居民收入比缩小到1.52。"
    )
    assert [(r[1], r[4]) for r in rows] == [("南湖区", 41250.0), ("南湖区", 1.52)]


@pytest.mark.parametrize(
    "sentence",
    [
        "种粮大户老李说：“今年我家水稻亩产1300多斤。”",
        "头茬上市时每斤卖到60元，收购价格稳定在每斤1.3元至1.4元之间。",
        "全区早稻种植面积12.3万亩，比上年增加0.4万亩；平均亩产452公斤，较上年提高9公斤。",
        "这份成绩单，是在全省粮食总产量达到537.3亿斤的背景下取得的。",
    ],
)
def test_a_farmers_word_a_price_per_jin_a_change_and_the_provinces_total_are_no_facts(
    sentence,
):
    _, rows = _facts(FRONT + sentence)
    assert [r[4] for r in rows if r[4] not in (12.3, 452.0)] == []


def test_the_new_area_by_its_kind_in_a_district_that_is_one():
    text = "---\npublished_on: 2025-10-24\ndistrict: 黄岛区\n---\n"
    _, rows = _facts(text + "前三季度，新区实现外贸进出口2316.8亿元，同比增长5.9%。")
    assert [(r[2], r[4], r[7]) for r in rows] == [("foreign_trade", 2316.8, 5.9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "比如本地一家电动工具企业，去年海外营收同比增长超过40%，出口额突破12亿元。",
        "某新能源龙头企业海外营收占比已超过三成。",
        "在边贸互市点，1元人民币可兑换约3400越南盾。",
        "今年4月举办的2025嘉兴国际汽车展览会上，4天展期共成交新车6300辆。",
        "区级财政统筹安排专项资金1500万元，分三期发放消费券。",
    ],
)
def test_one_firm_a_rate_of_exchange_a_shows_sales_and_money_set_aside_are_no_facts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值456.7亿元。" + sentence)
    assert [r[4] for r in rows] == [456.7]


def test_a_goal_said_as_our_goal_is_named_after_its_metric():
    _, rows = _facts(FRONT + "区商务局局长说：今年我们的目标是外贸进出口增长5%以上。")
    assert [(r[0], r[2], r[7]) for r in rows] == [("T", "foreign_trade", 5.0)]


def test_money_set_aside_in_the_years_plan_is_a_goal():
    _, rows = _facts(FRONT + "新的一年，对口支援工作计划安排援建资金1.6亿元，实施项目21个。")
    assert ("T", 2025, 1.6) in [(r[0], r[3], r[4]) for r in rows]


def test_an_undated_interview_asks_about_the_year_its_figures_call_last_year():
    _, rows = _facts(
        "记者：2023年南湖区外贸交出了怎样的成绩单？\n\n"
        "局长：去年全区实现外贸进出口403.5亿元，比上年增长4.8%。"
        "今年我们的目标是外贸进出口增长5%以上。"
    )
    assert [(r[0], r[3]) for r in rows] == [("I", "2023"), ("T", 2024)]


def test_to_a_months_last_day_is_the_months_so_far():
    text = "---\npublished_on: 2024-05-06\ndistrict: 南湖区\n---\n"
    _, rows = _facts(text + "截至4月30日，全区消费券累计核销1386.5万元，核销率达92.4%。")
    assert [r[3] for r in rows] == ["2024M01-M04", "2024M01-M04"]


def test_first_stores_of_the_nation_are_the_districts_own_draw():
    _, rows = _facts(FRONT + "上半年，南湖区引进各类品牌首店46家，其中全国首店、华东首店9家。")
    assert [r[4] for r in rows] == [46.0, 9.0]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "嘉兴全市社会消费品零售总额突破1100亿元，同比增长6.7%，南湖区贡献超过一成。",
            "社会消费品零售总额占全市比重",
        ),
        ("第三产业增加值增长6.4%，对经济增长的贡献率为71.6%。", "对经济增长的贡献率"),
    ],
)
def test_what_the_district_contributes_is_its_share_of_the_citys_figure_before(sentence, name):
    _, rows = _facts(FRONT + sentence)
    assert name in [r[2] for r in rows]


def test_a_nearer_year_after_a_far_horizon_heads_the_goals():
    text = "---\npublished_on: 2025-02-25\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "围绕到2035年建成生态强区这一愿景，2025年，南湖将确保空气质量优良率稳定在90%以上。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [("T", 2025, 90.0)]


def test_a_yardstick_clause_measures_the_district_and_is_no_goal():
    _, rows = _facts(
        FRONT + "对标全省“十四五”单位GDP能耗下降14.5%的约束性目标，全区单位GDP能耗下降3.8%，"
        "规上工业单位增加值能耗下降5.6%。"
    )
    assert [(r[0], r[7]) for r in rows] == [("I", -3.8), ("I", -5.6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "按照省里新建光伏项目配置储能不低于装机容量15%、时长2小时的要求，南湖加快布局储能。",
        "全区光伏利用率均高于国家要求的95%的合理利用率水平。",
        "这座风电场装机容量20万千瓦，每年可发电约4.6亿千瓦时。",
        "国家提出，到2030年风电、太阳能发电总装机容量达到12亿千瓦以上。",
        "按照国家《生活垃圾分类规划》要求，到2025年底，城市生活垃圾资源化利用率要达到60%左右。",
        "作为行业龙头，嘉禾循环年回收处理废旧电池能力达到30万吨。",
    ],
)
def test_a_standard_one_plant_the_nations_goal_and_a_leading_firm_are_not_the_districts(
    sentence,
):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值456.7亿元。" + sentence)
    assert [r[4] for r in rows] == [456.7]


def test_the_districts_own_goal_under_the_nations_requirement_stays():
    _, rows = _facts(FRONT + "按照国家要求，今年全区将新增造林1万亩。")
    assert [(r[0], r[4]) for r in rows] == [("T", 1.0)]


def test_a_headlines_round_figures_restated_in_the_body_are_one_fact():
    text = "---\npublished_on: 2024-06-12\ndistrict: 宝安区\n---\n"
    _, rows = _facts(
        text + "宝安首五月外贸增逾两成　进出口首破2400亿元\n\n"
        "今年1至5月，宝安区外贸进出口总额2456.3亿元，按年增长21.4%。"
    )
    assert [(r[2], r[4], r[7]) for r in rows] == [("foreign_trade", 2456.3, 21.4)]


def test_the_part_of_the_year_named_last_before_a_figure_is_its_period():
    text = "---\npublished_on: 2024-06-12\ndistrict: 宝安区\n---\n"
    _, rows = _facts(
        text + "宝安一季度实现地区生产总值1125.6亿元。进入二季度，工业生产保持较快增长，"
        "1至5月全区规模以上工业增加值增长12.6%。"
    )
    assert [r[3] for r in rows] == ["2024Q1", "2024M01-M05"]


@pytest.mark.parametrize(
    "sentence",
    [
        "南湖区增速较嘉兴全市5.1%的增速高出0.8个百分点。",
        "科创方面，合作区上半年实际使用外资28.3亿美元。",
        "另一边，合作区内港资企业超过1600家。",
    ],
)
def test_the_citys_growth_compared_with_and_a_cooperation_zones_figures_are_not_the_districts(
    sentence,
):
    _, rows = _facts(FRONT + "上半年，南湖区实现地区生产总值456.7亿元。" + sentence)
    assert [r[4] for r in rows] == [456.7]


@pytest.mark.parametrize(
    "sentence",
    [
        "辖区龙头企业嘉禾机床上半年营业收入超过20亿元，订单量同比增长三成。",
        "“全市经济总量已经迈上8000亿元台阶，南湖必须扛起担当。”",
    ],
)
def test_a_leading_firm_by_name_and_the_city_in_a_quote_are_not_the_district(sentence):
    _, rows = _facts(
        FRONT + "上半年，南湖区实现地区生产总值456.7亿元。龙头企业达到26家。" + sentence
    )
    assert [r[4] for r in rows] == [456.7, 26.0]


def test_what_is_done_so_far_after_the_years_plan_is_no_goal():
    _, rows = _facts(
        FRONT + "今年全区计划改造老旧小区62个，截至6月底已开工58个、完工21个；"
        "筹集保障性租赁住房1850套，已分配入住1320套。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("I", "2025H1", 58.0),
        ("I", "2025H1", 21.0),
        ("I", "2025H1", 1850.0),
        ("I", "2025H1", 1320.0),
        ("T", 2025, 62.0),
    ]


def test_a_heading_with_the_places_short_name_is_about_the_place_itself():
    text = "---\npublished_on: 2024-10-30\n---\n"
    _, rows = _facts(
        text + "晋江：“鞋服之都”向“科创之城”加速蝶变\n\n前三季度，晋江市技术合同登记额12.6亿元，"
        "同比增长36.7%。晋江县域经济实力继续位居全国前列，全市新引进各类人才1.26万人。"
    )
    assert {r[1] for r in rows} == {"晋江市"}


def test_a_programme_named_in_quotes_is_no_plan_and_a_rise_on_last_year_no_fact():
    text = "---\npublished_on: 2024-12-30\ndistrict: 郫都区\n---\n"
    _, rows = _facts(
        text + "过去一年，全区深入实施创新主体“倍增计划”，有效期内高新技术企业达到812家；"
        "每万人口高价值发明专利拥有量8.2件，较去年底提高1.1件。"
    )
    assert [(r[0], r[4]) for r in rows] == [("I", 812.0), ("I", 8.2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "这条全长32.7公里、总投资46亿元的快速通道，设计速度每小时80公里，主桥主跨580米。",
        "湖州市域铁路长兴线于12月正式开工，线路全长28.6公里，设站9座，设计时速120公里。",
        "新建的作业区正式投入运营，设计年通过能力600万吨。",
    ],
)
def test_what_one_work_is_built_to_is_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区完成交通投资25.1亿元。" + sentence)
    assert [r[4] for r in rows] == [25.1]


def test_a_tickets_price_is_no_fact_but_ticket_revenue_is():
    _, rows = _facts(
        FRONT + "上半年，全区门票收入3.2亿元。古城通票价格为125元，3天内有效；景区门票54元。"
    )
    assert [(r[2], r[4]) for r in rows] == [("门票收入", 3.2)]


@pytest.mark.parametrize(
    "heading",
    [
        "下半年，要重点抓好以下四项工作。",
        "三、全力打赢下半年经济攻坚战",
        "关于下半年工作，我谈几点意见。",
    ],
)
def test_a_heading_of_the_second_half_opens_the_years_goals(heading):
    # a mid-year speech: what follows a heading of the months ahead is what is to be done
    text = (
        FRONT
        + "上半年，全区地区生产总值完成402.6亿元，增长6.1%。\n\n"
        + heading
        + "\n\n一是稳住增长。全年地区生产总值增长6.5%以上，新增规上工业企业35家。\n\n"
        + "二是抓好项目。下半年新开工亿元以上项目不少于12个。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "gdp", "2025H1", 402.6, "亿元", "=", 6.1) in rows
    assert ("T", "南湖区", "gdp", 2025, None, None, ">=", 6.5) in rows
    assert [r[0] for r in rows].count("T") == 3, rows
    assert [r[0] for r in rows].count("I") == 1, rows


def test_a_remark_on_the_second_half_in_passing_opens_no_goals():
    # the head of the meeting spoke of the months ahead; the figures after are results
    text = (
        FRONT
        + "刚才，区委书记对下半年工作作了部署，我完全同意。\n\n"
        + "上半年，全区新增规上工业企业21家，社会消费品零售总额增长4.2%。"
    )
    _, rows = _facts(text)
    assert not [r for r in rows if r[0] == "T"], rows


def test_what_the_second_half_is_to_bring_after_the_first_halfs_result():
    _, rows = _facts(FRONT + "上半年全区新签约亿元以上项目26个，下半年还要再签约20个以上。")
    assert ("I", "南湖区", "新签约亿元以上项目", "2025H1", 26.0, "个", "=", None) in rows
    assert [r for r in rows if r[0] == "T" and r[3] == 2025 and r[4] == 20.0], rows


@pytest.mark.parametrize(
    "lead", ["2026年，南湖区将锚定以下目标：", "新的一年，全区瞄准以下几项目标："]
)
def test_a_line_that_announces_the_goals_below_heads_the_bullets(lead):
    text = (
        "---\npublished_on: 2026-01-20\ndistrict: 南湖区\n---\n"
        + "2025年，南湖区新增上云企业540家。\n\n"
        + lead
        + "\n● 新增上云企业600家以上\n● 新建5G基站450个"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "新增上云企业", "2025", 540.0, "家", "=", None) in rows
    assert ("T", "南湖区", "新增上云企业", 2026, 600.0, "家", ">=", None) in rows
    assert ("T", "南湖区", "新建5G基站", 2026, 450.0, "个", "=", None) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "这片渔场用海面积8万亩，去年在这里放流鱼苗超过3000万尾。",
        "规划中的风电场离岸约30公里，水深25米左右。",
    ],
)
def test_one_sea_areas_size_and_where_it_lies_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区水产品产量4.2万吨。" + sentence)
    assert rows == [("I", "南湖区", "水产品产量", "2025H1", 4.2, "万吨", "=", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "目前，1年期LPR为3.05%，较年初下降20个基点。",
        "某农商银行泉州分行负责人介绍，该行去年向辖区小微企业发放贷款42亿元。",
        "2024年5月，南湖精工股份有限公司（股票代码603999）在上交所主板上市，募集资金7.6亿元。",
        "去年9月，南湖某新材料公司在港交所上市，募集资金约6亿港元。",
        "南湖区将实施科技企业“倍增计划”行动。",
    ],
)
def test_benchmark_rates_one_bank_and_one_listed_firm_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区新增上市公司2家。" + sentence)
    assert rows == [("I", "南湖区", "新增上市公司", "2025H1", 2.0, "家", "=", None)]


def test_the_central_banks_branch_speaks_for_the_districts_lenders():
    _, rows = _facts(
        FRONT
        + "人民银行南湖区支行负责人表示，下半年将引导辖区金融机构力争普惠小微贷款余额突破180亿元。"
    )
    assert [r[:5] for r in rows] == [("T", "南湖区", "普惠小微贷款余额", 2025, 180.0)]


def test_who_is_led_to_strive_is_no_part_of_the_goals_name():
    _, rows = _facts(FRONT + "下半年，区里将组织辖区银行力争涉农贷款余额达到95亿元。")
    assert [r[:5] for r in rows] == [("T", "南湖区", "涉农贷款余额", 2025, 95.0)]


def test_a_count_summed_over_the_part_of_the_year_named_is_that_parts():
    _, rows = _facts(
        FRONT + "截至6月末，全区有河长312名，一季度累计巡河9600人次，上半年累计走访企业2100余家。"
    )
    assert ("I", "南湖区", "河长", "2025", 312.0, "名", "=", None) in rows
    assert ("I", "南湖区", "巡河", "2025Q1", 9600.0, "人次", "=", None) in rows
    assert ("I", "南湖区", "走访企业", "2025H1", 2100.0, "家", ">=", None) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "PM2.5年均浓度远低于国家二级标准限值（35微克/立方米）。",
        "碳排放强度下降幅度超额完成省下达的4.2%的年度目标。",
        "对照国家标准，臭氧浓度仍超标近一成。",
    ],
)
def test_a_standard_in_brackets_a_quota_handed_down_and_an_excess_are_no_facts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区空气质量优良天数比例为88.4%。" + sentence)
    assert [r[:5] for r in rows] == [("I", "南湖区", "空气质量优良天数比例", "2025H1", 88.4)]


def test_what_was_cleared_away_by_a_date_is_done_over_the_months_so_far():
    text = (
        "---\npublished_on: 2025-11-05\ndistrict: 南湖区\n---\n"
        + "截至10月底，全区淘汰老旧柴油货车265辆，整治散乱污企业31家，全区河长达到280名。"
    )
    _, rows = _facts(text)
    assert ("I", "南湖区", "淘汰老旧柴油货车", "2025M01-M10", 265.0, "辆", "=", None) in rows
    assert ("I", "南湖区", "整治散乱污企业", "2025M01-M10", 31.0, "家", "=", None) in rows
    assert ("I", "南湖区", "河长", "2025", 280.0, "名", "=", None) in rows


def test_life_expectancy_and_events_counted_are_facts_but_one_hospitals_visits_are_not():
    _, rows = _facts(
        FRONT
        + "2024年，全区居民人均预期寿命达到82.3岁，生物医药领域融资事件27起。"
        + "区中医医院全年完成门诊量96万人次。"
        + "南湖某药企去年获批上市一款新药，这家成立于2012年的企业全年营收达到6.4亿元。"
    )
    assert rows == [
        ("I", "南湖区", "居民人均预期寿命", "2024", 82.3, "岁", "=", None),
        ("I", "南湖区", "生物医药领域融资事件", "2024", 27.0, "起", "=", None),
    ]


@pytest.mark.parametrize(
    "headline",
    ["宝安半年GDP逾1800亿　制造业稳中有进", "宝安跨境贸易额上半年近600亿"],
)
def test_a_headlines_bare_yi_and_shortened_name_restate_the_body(headline):
    text = "---\npublished_on: 2024-07-30\ndistrict: 宝安区\n---\n"
    _, rows = _facts(
        text + headline + "\n\n上半年，宝安区实现地区生产总值1846.2亿元，增长5.9%；"
        "边境跨境贸易额589.4亿元。"
    )
    assert sorted(r[4] for r in rows) == [589.4, 1846.2]


@pytest.mark.parametrize(
    "sentence",
    [
        "据了解，广西全区1至8月边境小额贸易进出口增长6.9%。",
        "同期，越南谅山省口岸出入境人数约190万人次。",
        "其中一家总部位于区内的汽车集团上半年营业收入超过900亿元。",
        "一家香港物流巨头7月与南湖签约，拟投资25亿元建设冷链基地。",
    ],
)
def test_a_region_a_town_over_the_border_and_one_group_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区进出口总额312.6亿元。" + sentence)
    assert [r[:5] for r in rows] == [("I", "南湖区", "foreign_trade", "2025H1", 312.6)]


def test_goods_and_visitors_from_a_neighbouring_country_are_the_districts():
    _, rows = _facts(FRONT + "上半年，南湖区接待入境游客12万人次，其中俄罗斯游客占比超五成。")
    assert ("I", "南湖区", "俄罗斯游客占比", "2025H1", 50.0, "%", ">=", None) in rows


def test_a_name_that_opens_on_the_districts_short_name_holds_no_other_district():
    # 南沙湾区…: 南沙 starts the name, so the 沙湾区 inside it is no mention of Leshan's district
    text = "---\npublished_on: 2025-07-28\ndistrict: 南沙区\n---\n"
    _, rows = _facts(text + "上半年，南沙湾区一带新增科技型中小企业52家。")
    assert [r[:2] for r in rows] == [("I", "南沙区")]


def test_what_a_park_brings_in_at_its_first_phase_is_the_parks():
    _, rows = _facts(
        FRONT
        + "上半年，南湖区新增规上工业企业18家。此外，南湖智能传感产业园于5月开园，首期引进企业16家。"
    )
    assert [r[4] for r in rows] == [18.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "“南湖企服”平台目前注册企业用户已达1.6万家。",
        "区里上线“南湖数据超市”，已上架数据产品88个，累计调用量超过12万次。",
        "今年投运的南湖智算中心一期，上架率已达到80%。",
    ],
)
def test_how_much_one_platform_is_used_is_its_own_figure(sentence):
    _, rows = _facts(FRONT + "上半年，全区数据中心平均上架率保持在76%左右。" + sentence)
    assert [r[2:5] for r in rows] == [("数据中心平均上架率", "2025H1", 76.0)]


def test_projects_of_a_plan_done_and_a_goal_fallen_short_of_are_no_goals():
    text = "---\npublished_on: 2025-01-20\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "2024年，全区实施重点项目计划项目96个，完成投资188亿元。"
        "工业投资增长2.1%，距年初确定的增长8%目标仍有差距。"
    )
    assert [r[0] for r in rows] == ["I", "I", "I"], rows
    assert not [r for r in rows if r[7] == 8.0]


def test_a_level_from_an_undated_peak_to_now_names_what_changed():
    text = "---\npublished_on: 2025-01-20\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text
        + "全区运输船舶从高峰时的620多艘压减到目前的410艘。全区养老床位由去年的2100张增加至2600张。"
    )
    assert ("I", "南湖区", "运输船舶", "2024", 410.0, "艘", "=", None) in rows
    assert ("I", "南湖区", "养老床位", "2024", 2600.0, "张", "=", None) in rows
    assert not [r for r in rows if r[4] == 620.0]


def test_a_rise_from_a_plans_end_dates_only_its_base():
    text = "---\npublished_on: 2021-01-20\ndistrict: 南湖区\n---\n"
    _, rows = _facts(
        text + "2020年，南湖区建成区绿化覆盖率由“十二五”末的38.2%提高到42.6%。城镇新增就业1.1万人。"
    )
    assert ("I", "南湖区", "建成区绿化覆盖率", "2015", 38.2, "%", "=", None) in rows
    assert ("I", "南湖区", "建成区绿化覆盖率", "2020", 42.6, "%", "=", None) in rows
    assert [r[3] for r in rows if r[4] == 1.1] == ["2020"]


def test_a_floor_held_for_years_restates_the_level_and_a_sum_over_a_part_is_that_parts():
    _, rows = _facts(
        FRONT
        + "上半年全区累计接待游客860万人次。全区粮食总产量28.6万吨，连续六年稳定在25万吨以上。"
    )
    assert rows == [
        ("I", "南湖区", "接待游客", "2025H1", 860.0, "万人次", "=", None),
        ("I", "南湖区", "粮食总产量", "2025H1", 28.6, "万吨", "=", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("全年新改造城镇老旧小区31个。", "old_communities_renovated"),
        ("全年新增公办学位5600个。", "school_places_added"),
    ],
)
def test_new_renovations_and_public_school_places_take_their_catalog_keys(sentence, key):
    _, rows = _facts(FRONT + sentence)
    assert [r[2] for r in rows] == [key]


def test_an_officials_this_year_we_will_and_the_goals_after_it():
    _, rows = _facts(
        "---\npublished_on: 2025-02-10\ndistrict: 南湖区\n---\n"
        + "记者：今年有什么打算？\n\n王局长：今年我们要再开工学校12所，新增学位8000个；"
        + "普惠性幼儿园覆盖率提高到93%以上。"
    )
    assert {r[0] for r in rows} == {"T"}, rows
    assert ("T", "南湖区", "school_places_added", 2025, 8000.0, "个", "=", None) in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "按照省定标准，小学生均校舍建筑面积应不低于8平方米。",
        "按国家规定，每班人数不应超过45人。",
        "这所学校占地约60亩，设计规模54个班。",
        "学校设计规模30个班，可提供学位1350个。",
    ],
)
def test_a_norm_and_one_schools_size_are_no_facts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区新增学位4200个。" + sentence)
    assert [r[4] for r in rows] == [4200.0]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("上半年，全区通过“英才回归计划”新引进青年人才6200人。", "新引进青年人才"),
        ("上半年，全区就新增市场主体8600户。", "new_market_entities"),
        ("下半年，全区将再新建充电桩900个。", "charging_piles"),
    ],
)
def test_the_programme_a_figure_came_through_and_再_就_are_no_part_of_its_name(sentence, name):
    _, rows = _facts(FRONT + sentence)
    assert [r[2] for r in rows] == [name]


def test_a_count_after_a_verb_is_named_by_the_noun_after_it():
    _, rows = _facts(
        FRONT + "上半年，南湖区赶在汛期前完成了1260户危房维修和85户倒塌农房重建。"
        "全区规上服务业企业新增96家，总量达到1320家。"
    )
    names = {r[4]: r[2] for r in rows}
    assert names[1260.0] == "危房维修" and names[85.0] == "倒塌农房重建"
    assert names[96.0] == "新增规上服务业企业"  # a flow word after its noun still names it


@pytest.mark.parametrize(
    "sentence",
    [
        "白沙河大桥站最大洪峰流量每秒2140立方米。",
        "城关站水位一度涨至28.6米，超警戒水位1.4米。",
        "全县最大的青龙水库总库容3.2亿立方米。",
        "台风登陆时中心附近最大风速48米/秒。",
    ],
)
def test_a_rivers_reservoirs_or_storms_measure_is_not_the_districts(sentence):
    _, rows = _facts(FRONT + "上半年，南湖区完成水利投资6.8亿元。" + sentence)
    assert [r[4] for r in rows] == [6.8]


def test_footfall_and_cold_storage_are_still_facts():
    _, rows = _facts(FRONT + "上半年，全区重点商圈客流量增长12%，新增冷库容量8万吨。")
    assert [r[2] for r in rows] == ["重点商圈客流量", "新增冷库容量"]


@pytest.mark.parametrize(
    "sentence",
    [
        "所有行政村年经营性收入均超过40万元。",
        "全县村集体经营性收入全部超过35万元。",
        "对年经营性收入低于50万元的村，县里实行结对帮扶。",
        "上林村通过这一模式，去年村集体经营性收入从20万元增加到46万元。",
        "这个曾经的贫困小山村，去年村集体经营性收入达到280万元。",
    ],
)
def test_a_floor_every_village_clears_a_class_and_one_village_are_not_the_districts(sentence):
    _, rows = _facts(FRONT + "2024年，全县村级集体经济总收入4.2亿元。" + sentence)
    assert [r[4] for r in rows] == [4.2]


def test_each_part_above_a_floor_and_an_average_per_village_are_facts():
    _, rows = _facts(
        FRONT + "2024年，纸制品、食品饮料产业产值均超过300亿元，村均集体经营性收入86.5万元。"
    )
    values = [r[4] for r in rows]
    assert 300.0 in values and 86.5 in values


def test_a_kind_of_county_is_no_place():
    text = "---\npublished_on: 2025-01-20\ndistrict: 南湖区\n---\n"
    _, rows = _facts(text + "山区县缺的是产业。截至去年底，全县建成共富工坊120家。")
    assert [r[1:3] for r in rows] == [("南湖区", "共富工坊")]


def test_a_named_heading_with_a_comma_opens_that_places_section():
    text = (
        "---\npublished_on: 2024-07-29\ndistrict: 南湖区\n---\n"
        "南湖区：服务业领跑，总量第一\n\n上半年，南湖区实现地区生产总值512.3亿元，同比增长6.2%。\n\n"
        "嘉善县：工业发力，增速居首\n\n嘉善县上半年地区生产总值增长8.1%。"
        "数字经济是最大的拉动力，全县数字经济核心产业增加值增长19.6%。"
    )
    _, rows = _facts(text)
    assert ("I", "嘉善县", "数字经济核心产业增加值", "2024H1", None, None, "=", 19.6) in rows


def test_whole_district_of_another_kind_than_the_primary_is_the_paragraphs_district():
    text = "---\npublished_on: 2024-10-28\ndistrict: 嘉善县\n---\n"
    _, rows = _facts(
        text + "城区方面，南湖区社会消费品零售总额达到412.6亿元，增长4.2%；"
        "前三季度全区引进各类品牌首店41家，消费热度不减。"
    )
    assert [r[1] for r in rows] == ["南湖区", "南湖区"]


def test_by_this_years_end_after_a_far_horizon_is_this_years_goal():
    _, rows = _facts(
        FRONT + "下一步，南湖区将力争到2027年底累计完成更新投资80亿元，年底前确保360户居民回迁。"
    )
    assert sorted((r[3], r[4]) for r in rows) == [(2025, 360.0), (2027, 80.0)]


def test_a_goal_that_says_应_is_still_a_goal():
    _, rows = _facts(FRONT + "到2027年，全区森林覆盖率应达到46%。")
    assert [r[:5] for r in rows] == [("T", "南湖区", "森林覆盖率", 2027, 46.0)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "规上工业增加值、固定资产投资均增长7%以上。",
            ["industry_value_added", "fixed_asset_investment"],
        ),
        ("电子信息、生物医药产业产值均超过200亿元。", ["电子信息产业产值", "生物医药产业产值"]),
        ("批发和零售业增加值均增长4%。", ["批发和零售业增加值"]),  # one sector, not two
    ],
)
def test_one_figure_said_of_each_of_several_is_each_ones(sentence, names):
    _, rows = _facts(FRONT + "上半年，南湖区" + sentence)
    assert [r[2] for r in rows] == names
