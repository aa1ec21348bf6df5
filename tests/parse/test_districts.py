"""District mentions: the quick lookups agree with the full scan they stand in for."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.parse import load_reference, parse_article, read_document
from pipelines.parse.districts import DistrictFinder, unlisted_places

FINDER = DistrictFinder(load_reference())
# pieces that make full names, bare short names, streets and unknown 区 words
PIECES = ["江汉区", "江汉", "江汉路", "武汉市", "武汉", "南沙区", "白云区", "青山", "东湖区"]
PIECES += ["区", "县", "新区", "，", "。", "经济", "增长", "5%", "产业园", "北塘区", "路"]
PIECES += ["老城区", "洛阳市", "洛阳"]  # a district name that is also an everyday word
PIECES += ["丰泽", "鲤城", "鲤城区"]  # short names of two districts of one city


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    st.sampled_from([None, "江汉区", "南沙区", "北塘区", "丰泽区"]),
)
def test_mention_at_start_is_the_first_full_scan_mention_at_zero(text, primary):
    at_zero = [m for m in FINDER.mentions(text, primary) if m.start == 0]
    assert FINDER.mention_at_start(text, primary) == (at_zero[0] if at_zero else None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
    st.sampled_from([None, "江汉区", "丰泽区"]),
)
def test_mentions_before_an_amount_match_a_scan_of_the_text_before_it(left, right, primary):
    # facts ask for the mentions before an amount; one scan of the sentence serves them all
    text = left + "12亿元" + right
    expected = FINDER.mentions(left, primary)
    assert FINDER.mentions_before(text, len(left), primary) == expected


def test_an_unlisted_district_after_its_city_is_the_primary():
    # neither the city nor the district needs to be listed in seeds/districts.csv
    text = "青州市柳溪区上半年经济运行平稳。柳溪区新签约项目18个，全区营收增长6%。"
    assert FINDER.primary(text, None) == "柳溪区"
    assert FINDER.primary("石门县一季度地区生产总值增长5%。全县工业稳步增长。", None) == "石门县"


def test_a_county_level_city_is_the_primary_over_its_prefecture():
    text = (
        "主要指标增速高于苏州市平均水平\n今年上半年，青阳市坚持制造业立市，"
        "全市经济运行稳中向好。上半年，全市地区生产总值2510亿元，增长6.1%。"
        "从大市范围看，苏州市实现地区生产总值12980亿元。"
    )
    assert FINDER.primary(text, None) == "青阳市"


def test_a_district_named_like_an_everyday_word_needs_its_city():
    # 老城区 is a district of 洛阳 and also "the old town" of any city (needs_city in the CSV)
    assert [m.district for m in FINDER.mentions("作为赣州的老城区，柳溪区…")] == []
    assert [m.district for m in FINDER.mentions("洛阳市老城区GDP增长5%")] == ["洛阳市", "老城区"]
    assert [m.district for m in FINDER.mentions("洛阳老城区GDP增长5%")] == ["老城区"]
    text = "数据显示，2024年柳溪区实现地区生产总值78亿元。作为城市的老城区，柳溪区人口稠密。"
    assert FINDER.primary(text, None) == "柳溪区"  # not 老城区, not 年柳溪区


def test_an_unlisted_city_opening_a_clause_is_a_city():
    assert FINDER.city_at_start("青州市规模以上工业增加值增长8%") == "青州市"
    for not_a_city in ("市场主体新增", "占全市比重", "全市规上工业", "超市数量"):
        assert FINDER.city_at_start(not_a_city) is None


def test_a_short_name_of_a_neighbour_in_the_same_city_names_it():
    text = "丰泽、鲤城两区规模以上工业增加值分别增长7.3%和4.1%，鲤城进出口总额64.5亿元。"
    named = [(m.district, text[m.start : m.end]) for m in FINDER.mentions(text, "丰泽区")]
    assert named == [("丰泽区", "丰泽"), ("鲤城区", "鲤城"), ("鲤城区", "鲤城")]
    # a district of another city is not guessed from a short name
    assert [m.district for m in FINDER.mentions("江汉经济发展", "丰泽区")] == []


def test_a_county_with_a_one_character_name_named_twice_is_the_primary():
    text = "攸县1—5月经济运行稳中有进\n今年以来，攸县深入实施“产业强县”战略。全县工业增长9%。"
    assert FINDER.primary(text, None) == "攸县"  # not 产业强县, a slogan


def test_an_unlisted_name_starts_where_the_text_around_it_varies():
    # 果斯市 always follows 尔 and 霍: the name grows to 霍尔果斯市, never over 今年 or 州
    text = "伊犁州霍尔果斯市口岸繁忙。今年霍尔果斯市外贸增长9%，霍尔果斯对外开放提速。"
    assert unlisted_places(text).most_common(1)[0][0] == "霍尔果斯市"
    # slogans and kinds of area are no places: 工业强市, 中心城区, 偏远山区
    assert not unlisted_places("坚持工业强市，中心城区扩容，偏远山区通路。")
    # a name before a department is another phrase (会议要求区发改局…)
    assert "会议要求区" not in unlisted_places("会议要求区发改局抓落实。会议要求区财政局保障。")


def test_an_unlisted_banner_or_county_beats_a_short_name_that_is_part_of_a_word():
    # 道外 (a listed district's short name) inside 通道外送 must not make it the primary
    text = (
        "白川县前三季度新能源发电量增长12%。白川县依托特高压通道外送电量18亿千瓦时，"
        "白川风电装机达到300万千瓦，占所在市的四成。"
    )
    assert FINDER.primary(text, None) == "白川县"
    assert (
        FINDER.primary("苏木旗上半年接待游客120万人次。苏木旗牧业稳定，全旗牲畜存栏增长。", None)
        == "苏木旗"
    )


def test_a_district_compared_twice_with_its_whole_city_is_still_the_primary():
    text = (
        "广州市临港新区日前公布去年数据。去年临港新区生产总值增长5.6%，占广州全市的12%，"
        "增速较广州全市高0.8个百分点。临港新区工业增长6.8%，临港新区外贸增长8%。"
    )
    assert FINDER.primary(text, None) == "临港新区"


def test_a_count_of_places_is_no_place():
    assert "三个县" not in unlisted_places("三个县上半年经济稳中有进。三个县各有特色。")


def test_a_city_papers_roundup_of_its_districts_is_the_citys():
    # no full city name in the body: the masthead says whose 全市 it is
    text = (
        "衡阳日报讯 上半年，全市经济稳步回升，全市规上工业增加值增长7%。"
        "分区看，雁峰区增长8.1%，石鼓区增长6.2%，蒸湘区增长5.5%。"
    )
    assert FINDER.primary(text, None) == "衡阳市"


def test_a_county_article_in_a_city_paper_is_the_countys():
    text = "衡阳日报讯 祁东县上半年全县规上工业增加值增长9%，全县新增市场主体1200户，祁东县领先。"
    assert FINDER.primary(text, None) == "祁东县"


def test_a_market_is_no_city():
    assert [m.district for m in FINDER.mentions("白银市场价格走高，朝阳市场人气旺。")] == []
    assert [m.district for m in FINDER.mentions("白银市工业增长。")] == ["白银市"]


def test_a_district_name_shared_by_two_cities_is_a_neighbour_in_both():
    # 鼓楼区 is listed under 南京市 and also_in 福州市: 鼓楼 beside 晋安区 is 福州's 鼓楼区
    assert [m.district for m in FINDER.mentions("鼓楼增长4%，台江增长5%。", "晋安区")] == [
        "鼓楼区",
        "台江区",
    ]
    assert FINDER.mentions("鼓楼增长4%。", "天河区") == []  # not a neighbour of 广州's 天河区


def test_a_high_tech_zone_is_no_district():
    text = "芜湖日报讯 芜湖高新区二季度重大项目集中签约，高新区18个项目总投资236.5亿元，高新区再添新动能。"
    assert "芜湖高新区" not in unlisted_places(text, FINDER.districts)
    assert FINDER.primary(text, None) != "高新区"


def test_a_cooperation_zone_is_no_district():
    text = (
        "前海深港现代服务业合作区去年实现增加值2000亿元。合作区新增港资企业1200家，合作区持续扩容。"
    )
    assert FINDER.primary(text, None) != "合作区"


def test_a_county_whose_name_starts_like_a_preposition_is_still_a_place():
    # 于都县 starts with 于 (as in 位于): a name that opens a clause is a place all the same
    text = "前三季度于都县居民收入稳步增长。前三季度，于都县居民人均可支配收入增长5.6%，全县…"
    assert "于都县" in unlisted_places(text, FINDER.districts)
    assert "于湖县" not in unlisted_places("该企业位于湖县开发区。", FINDER.districts)


def test_a_new_area_named_with_its_district_is_that_district():
    text = (
        "西海岸新区上半年财政收入稳中有升。记者从青岛西海岸新区（黄岛区）财政局获悉，"
        "上半年西海岸新区完成一般公共预算收入153.6亿元，西海岸新区税收收入112.4亿元。"
    )
    assert FINDER.primary(text, None) == "黄岛区"


def test_a_one_character_county_the_reference_lists_counts_when_named_once():
    # 忠县 is listed; 乙县 is not, and a one-character 县 named once may be any word
    assert FINDER.primary("忠县去年地区生产总值增长6.1%，全县新增经营主体1.2万户。", None) == "忠县"
    assert FINDER.primary("乙县去年地区生产总值增长6.1%，全县新增经营主体1.2万户。", None) is None


def test_a_county_level_city_is_its_own_subject_beside_its_prefecture():
    # 昆山市 is listed as a county: its 全市 is itself, not 苏州市's
    text = (
        "上半年昆山市经济运行稳中向好。昆山市统计局发布，上半年全市地区生产总值增长6%，"
        "全市进出口总额增长8%，占苏州市的三成以上。"
    )
    assert FINDER.level_of("昆山市") is None
    assert FINDER.primary(text, None) == "昆山市"


def test_every_county_of_the_reference_has_no_short_name():
    # a county's short name (大方, 富民, 东方) is too often an everyday word to look up; its
    # aliases are whole everyday names (门源县 for 门源回族自治县, 西乌旗)
    counties = [d for d in load_reference().districts if d.level == "county"]
    assert len(counties) > 1500
    assert all(a.endswith(("县", "旗")) for d in counties for a in d.aliases)
    assert sum(bool(d.aliases) for d in counties) > 100


def test_a_city_run_into_its_districts_name_less_qu_names_that_district():
    text = (
        "兰州城关：前11个月主要经济指标稳中有进\n"
        "今年以来，城关坚持稳中求进。七里河区、安宁区社会消费品零售总额分别增长4.9%和6.2%。"
        "前三季度城关实现地区生产总值1298.7亿元。"
    )
    assert FINDER.primary(text, None) == "城关区"
    assert FINDER.primary("兰州城关镇的集市", None) is None  # a town, not the district


@pytest.mark.parametrize(
    ("clause", "city"),
    [
        ("迪庆州接待游客1480万人次", "迪庆州"),  # an autonomous prefecture
        ("伊犁州直全年接待游客", "伊犁州"),
        ("胶州全年实现进出口总额", None),  # 胶州市, a county-level city
        ("通州区全年", None),
        ("占苏州全市进出口总额", None),  # a share of 苏州, not 占苏州
        ("苏州工业园区实现", None),
    ],
)
def test_a_prefecture_by_its_short_name_opens_a_clause_of_its_own(clause, city):
    assert FINDER.city_at_start(clause) == city


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # never written in full: the short name that keeps recurring, once near the top
        ("德清前三季经济回稳\n浙江德清今年前三季GDP年增5%。德清的工业产值增长7%。", "德清县"),
        ("安吉旅游火爆\n安吉接待游客增长12%，安吉白茶卖得好，安吉竹林碳汇交易活跃。", "安吉县"),
        # twice is not enough, and a name written in full wins
        ("德清前三季经济回稳\n今年前三季GDP年增5%。德清的工业产值增长7%。", None),
        ("长兴县与安吉、德清\n长兴县GDP增长5%，安吉增长6%，长兴县工业增长7%。", "长兴县"),
        # and one named more than the rest wins over a place named once in full
        ("乐清工业强\n乐清湾港区铁路完工。乐清产值增长7%，乐清出口增长9%。", "乐清市"),
    ],
)
def test_a_county_named_only_by_its_short_name(text, primary):
    assert FINDER.primary(text, None) == primary


def test_a_name_at_the_very_start_grows_no_further_left():
    # the title's 长兴县 stands at the text's start; the next line, run on, puts 况 before it
    text = (
        "长兴县2025年1—10月经济运行情况\n长兴县统计局　2025-11-20\n\n1—10月，全县规上工业增长6%。"
    )
    assert parse_article(read_document(text.encode())).primary_district == "长兴县"


@pytest.mark.parametrize("area", ["东院区", "新展区", "南赛区", "北牧区", "重灾区"])
def test_a_campus_a_hall_or_a_stricken_area_is_no_district(area):
    finder = DistrictFinder(load_reference())
    assert [m.district for m in finder.mentions(f"去年，{area}接待群众12万人次。")] == []


def test_a_port_area_named_after_a_district_lies_inside_it():
    text = (
        "北仑港区集装箱吞吐量创新高\n北仑港区今年新开航线12条，北仑港区吞吐量增长8%。"
        "北仑港区码头作业繁忙。北仑区港航局表示，全区物流企业达到320家。"
    )
    assert DistrictFinder(load_reference()).primary(text, None) == "北仑区"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("门源县今年油菜花开。门源县接待游客增长12%，门源县农牧民收入稳步提高。", "门源回族自治县"),
        (
            "西乌旗牧业年度牲畜存栏稳定。西乌旗新能源装机达到215万千瓦，西乌旗旅游升温。",
            "西乌珠穆沁旗",
        ),
        (
            "2024年，双江自治县茶园面积34万亩。双江自治县茶叶产值增长9%。",
            "双江拉祜族佤族布朗族傣族自治县",
        ),
    ],
)
def test_an_autonomous_county_or_banner_by_its_everyday_name(text, primary):
    assert DistrictFinder(load_reference()).primary(text, None) == primary


def test_a_county_short_name_from_an_everyday_name_is_no_word_of_its_own():
    text = "沙坪坝区上半年外贸增长。陆海新通道班列开行1702列，通道运量增长，新通道货值上升，通道建设加快。"
    assert DistrictFinder(load_reference()).primary(text, None) == "沙坪坝区"
