"""Project extraction rules, one table per rule, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.parse.periods import TimeFrame
from pipelines.parse.projects import extract_projects
from pipelines.parse.text import split_sentences


def _projects(text: str, year: int | None = 2024):
    frame = TimeFrame(year, year, None, "metadata")
    return extract_projects(split_sentences(text), "测试区", frame)


def _names(text: str) -> list[str]:
    return [p.name for p in _projects(text)]


# (sentence, name, kind, status)
KIND_CASES = [
    (
        "今年3月，海珠区琶洲人工智能与数字经济试验区正式揭牌。",
        "琶洲人工智能与数字经济试验区",
        "zone",
        "opened",
    ),
    ("天河区加快推进天河中央商务区建设。", "天河中央商务区", "zone", "under_construction"),
    (
        "在硚口区汉正街数字创意产业园二期，已有40家企业入驻。",
        "汉正街数字创意产业园二期",
        "zone",
        "operating",
    ),
    ("位于解放大道的汉商银座大厦已于2022年竣工。", "汉商银座大厦", "building", "completed"),
    ("华中首家柏悦酒店建成营业。", "柏悦酒店", "building", "opened"),
    (
        "南沙区与香港科技大学共建的智能制造联合实验室去年投入运营。",
        "智能制造联合实验室",
        "platform",
        "opened",
    ),
    (
        "依托全市专精特新企业数字化赋能中心，已服务300家企业。",
        "专精特新企业数字化赋能中心",
        "platform",
        "operating",
    ),
    ("白云区谋划建设石井河综合整治项目。", "石井河综合整治项目", "infrastructure", "planned"),
    ("地铁11号线天河段完工。", "地铁11号线", "infrastructure", "completed"),
    ("推进仓边路危旧房改造。", "仓边路危旧房改造", "renewal", "under_construction"),
    ("南头古城片区更新改造完成，正式开街。", "南头古城片区", "renewal", "completed"),
    ("新建的沙河涌滨水公园正式开放。", "沙河涌滨水公园", "other", "opened"),
    ("江北区谋划打造临空物流服务业集聚区。", "临空物流服务业集聚区", "zone", "planned"),
]


@pytest.mark.parametrize(("text", "name", "kind", "status"), KIND_CASES)
def test_kinds_and_statuses(text, name, kind, status):
    found = {p.name: p for p in _projects(text)}
    assert name in found, list(found)
    assert (found[name].kind, found[name].status) == (kind, status)


# (sentence, expected names in order)
NAME_CASES = [
    # enumerations: a counted head after N大 distributes itself to each item
    (
        "依托光谷、金银湖、沌口三大电商产业园，吸引企业入驻。",
        ["光谷电商产业园", "金银湖电商产业园", "沌口电商产业园"],
    ),
    # …等N个 + kind word: the items stand as written
    ("区内有黄埔人才港、湾区创新谷等5个孵化园区。", ["黄埔人才港", "湾区创新谷"]),
    ("华侨新村、东山口等历史街区完成修缮。", ["华侨新村", "东山口"]),
    # …等 + an opening verb, no head word
    ("西城广场、东湖里等相继开业，人气旺盛。", ["西城广场", "东湖里"]),
    # quoted names after a kind word, and a quoted name that is the whole name
    ("全市统一的企业服务平台“粤商通”已上线。", ["粤商通"]),
    ("区里组建的“珠江实验室”已揭牌。", ["珠江实验室"]),
    # the subject of an honour whose title is a kind word
    ("北京路获评国家级旅游休闲街区。", ["北京路"]),
    # …and the quoted title after 获批 is an honour, not a second project
    ("上下九步行街获批“国家级旅游休闲步行街区”。", ["上下九步行街"]),
    # a street address standing for a building
    ("依托文德路38号，打造文化创意空间。", ["文德路38号"]),
    # district prefix of a location phrase is dropped, an official name keeps its own
    ("在江夏区庙山数字经济产业园，企业数量持续增长。", ["庙山数字经济产业园"]),
    ("江夏经济开发区园区企业营收增长。", ["江夏经济开发区"]),
    # a coordinator inside a name stays; one after an actor does not
    ("城投集团与区政府合作建设环湖绿道。", ["环湖绿道"]),
    ("中国信通院智能网联与车路协同创新中心落户。", ["中国信通院智能网联与车路协同创新中心"]),
    # one record per project: a later shortened mention is the same project
    ("汉口历史文化风貌区加快建设。汉口历史风貌区焕发新生。", ["汉口历史文化风貌区"]),
    ("黄鹤楼商务区开街。黄鹤楼商务区客流创新高。", ["黄鹤楼商务区"]),
    ("深圳湾科技生态园三期项目开工建设。", ["深圳湾科技生态园三期项目"]),
]


@pytest.mark.parametrize(("text", "names"), NAME_CASES)
def test_names(text, names):
    assert _names(text) == names


TRADITIONAL_CASES = [
    ("今年，南沙區明珠灣科技園正式開園。", "明珠湾科技园", "zone", "opened"),
    ("依託廣州塔商務區，引進一批總部企業。", "广州塔商务区", "zone", "operating"),
    ("灣仔海濱文化街區去年竣工。", "湾仔海滨文化街区", "zone", "completed"),
]


@pytest.mark.parametrize(("text", "name", "kind", "status"), TRADITIONAL_CASES)
def test_traditional_input_reads_simplified(text, name, kind, status):
    found = {p.name: p for p in _projects(text)}
    assert name in found, list(found)
    assert (found[name].kind, found[name].status) == (kind, status)


NOT_PROJECTS = [
    "全区人民代表大会第二次会议在区会议中心开幕。",  # where a meeting sits, named by its level
    "二期5号楼整层为初创企业提供免租孵化空间。",  # a part, its park unnamed
    "将新建智能制造、低空经济等专业园区4个。",  # themes of parks, not their names
    "老工业基地“新动能”加快成长。",  # a slogan after a metaphor, not a platform's name
    "规上工业增加值增速位居全市郊区新城第一。",  # a rank's scope
    "华润置地有限公司与区政府签约。",  # a company
    "招商银行广州分行落户天河。",  # a bank branch as a company
    "引进百度、腾讯等企业。",  # companies in an enumeration
    "区政府印发《数字经济发展行动方案》。",  # a policy
    "推广“街区+双创”模式和联席会议机制。",  # models and mechanisms
    "第三届粤港澳大湾区投资推介会在南沙举行。",  # an event
    "天河区获评“国家级服务业综合改革示范区”。",  # an honour
    "成为全省首个数字经济示范区。",  # a title after 成为
    "全区已建成7个双创园区和12个创新平台。",  # counted generic phrases
    "新增市级技术创新中心5家。",  # counted generic phrase, count after
    "园区已聚集10大创新平台。",  # N大 generic
    "推动产业园区提质增效。",  # generic word with no proper part
    "加快建设国际消费中心城市。",  # a city-wide abstraction
    "打造区域金融中心和国际航运中心。",  # roles for the city
    "涵盖人工智能、生物医药等主题园区。",  # themes, not parks
    "与武创院、武创通等平台开展合作。",  # partners
    "打造“一平台一基金一园区”。",  # a slogan
    "全年新开工老旧小区改造项目30个。",  # counted works
    "该中心将为企业提供服务。",  # a bare back-reference
    "来源：东湖县融媒体中心",  # a news source
    "新建社区卫生服务中心3个。",  # a kind of institution
    "全县创建为国家3A级景区的村达到12个。",  # a grade awarded
    "推进中小学校建设。",  # a kind of school
    "凌晨五点，古田县大桥镇的果农已开始忙碌。",  # 大桥 of a town's name
    "南湖区与星河科技园公司签约。",  # the firm that runs a park
    "规模化种植基地占比超过七成。",  # a kind of farm, not one
    "新建标准化养殖基地12个。",
]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("仓山区第二实验小学新建项目开工。", "仓山区第二实验小学", "other"),
        ("拱北区图书馆新馆开馆。", "拱北区图书馆", "other"),
        ("南湖国际邮轮母港恢复运营。", "南湖国际邮轮母港", "infrastructure"),
        ("宁马城际铁路江宁段加快建设。", "宁马城际铁路", "infrastructure"),
        ("明珠科学园首批院所投入使用。", "明珠科学园", "zone"),
        ("甪直零工市场正式启用。", "甪直零工市场", "platform"),
    ],
)
def test_schools_libraries_ports_railways_and_markets_are_works(text, name, kind):
    found = {p.name: p.kind for p in _projects(text)}
    assert found.get(name) == kind


@pytest.mark.parametrize("text", NOT_PROJECTS)
def test_not_projects(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "reporting_year", "year"),
    [
        ("去年，光谷生物城创新园开园。", 2024, 2023),
        ("今年，光谷生物城创新园开园。", 2024, 2024),
        ("光谷生物城创新园2021年开园。", 2024, 2021),
        ("光谷生物城创新园开园。", 2024, None),
        ("去年，光谷生物城创新园开园。", None, None),
    ],
)
def test_year(text, reporting_year, year):
    (project,) = _projects(text, reporting_year)
    assert project.year == year


def test_evidence_is_the_sentence_as_written():
    text = "开头一句。\n今年，南沙區明珠灣\n科技園正式開園。"
    (project,) = _projects(text)
    assert text[project.span_start : project.span_end] == project.evidence
    assert "明珠灣\n科技園" in project.evidence
    assert project.district == "测试区"


def test_years_of_a_january_review_count_from_the_year_of_writing():
    # written in 2026 about 2025: 去年 is 2025, 今年 2026, 这一年 the year under review
    frame = TimeFrame(2026, 2025, None, "metadata")
    text = (
        "去年，青溪数字产业园建成投用。今年，北湖科创中心将开工建设。这一年，南门科技园正式开园。"
    )
    years = {p.name: p.year for p in extract_projects(split_sentences(text), "测试区", frame)}
    assert years == {"青溪数字产业园": 2025, "北湖科创中心": 2026, "南门科技园": 2025}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("青湖智谷二期开工建设，首批企业入驻。", ["青湖智谷二期"]),
        ("北岭国际科教城加快建设。", ["北岭国际科教城"]),
        ("启动东站片区城市更新，全面推进城市更新。", ["东站片区城市更新"]),
        ("以文化赋能，蝶变城市更新。", []),
        ("石板桥城中村改造完成征迁。", ["石板桥城中村改造"]),
        ("总投资20亿元的云溪企业总部园B区同步开工。", ["云溪企业总部园B区"]),
        ("全区各大商圈客流回升，老人不用再爬六楼。", []),
        ("力争地铁12号线南延段年内通车。", ["地铁12号线南延段"]),
    ],
)
def test_more_kinds_of_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("在青溪绿色建筑产业集聚示范区，一批项目完成签约。", ["青溪绿色建筑产业集聚示范区"]),
        (
            "位于北岭科创园的江汉区科技成果转化中试基地加快建设。",
            ["北岭科创园", "江汉区科技成果转化中试基地"],
        ),
    ],
)
def test_names_kept_whole(text, names):
    assert _names(text) == names


def test_floors_and_sentence_verbs_are_not_buildings_and_scenic_areas_are_zones():
    assert _names("老人也能自己下楼，不用再爬六楼。") == []
    assert _names("北岭骑行茶园景区全年接待游客86万人次。") == ["北岭骑行茶园景区"]


def test_test_fields_and_supporting_works_are_infrastructure():
    projects = _projects("启动建设北岭智能网联汽车测试场，南站枢纽综合配套工程加快建设。")
    assert [(p.name, p.kind) for p in projects] == [
        ("北岭智能网联汽车测试场", "infrastructure"),
        ("南站枢纽综合配套工程", "infrastructure"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("城东片区有机更新项目稳步推进。", ["城东片区有机更新"]),
        ("漫步江汉区朝阳街历史文化街区，游客如织。", ["朝阳街历史文化街区"]),
        ("构建科创平台+中试基地+产业园区的全链条。", []),
    ],
)
def test_renewal_projects_tourist_verbs_and_lists_of_kinds(text, names):
    assert _names(text) == names


def test_ports_of_an_industry_are_zones():
    projects = _projects("南湖生物医药港新引进项目二十余个。")
    assert [(p.name, p.kind) for p in projects] == [("南湖生物医药港", "zone")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("北岭啤酒文化创意艺术区人气旺。", ["北岭啤酒文化创意艺术区"]),
        ("南湖北路综合管廊建成投用。", ["南湖北路综合管廊"]),
        ("老厂房变成精品酒店，这片老工业基地焕发生机。", []),
    ],
)
def test_art_districts_utility_tunnels_and_verbs_of_change(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("开工建设青溪县城乡供水一体化工程。", ["青溪县城乡供水一体化工程"]),
        ("G318国道青溪至柳岸段改建工程总投资8.2亿元。", ["G318国道青溪至柳岸段改建工程"]),
        ("储能电池模组研发制造项目正式开工。", ["储能电池模组研发制造项目"]),
        ("加快推进白鹭湾国际康养度假区建设。", ["白鹭湾国际康养度假区"]),
        # works with no place that says which, and generic heads, are no names
        ("持续推进流域防洪排涝工程。", []),
        ("老街区更新项目立面整治完成，二期工程正在建设。", []),
        ("全区省市重大工程项目完成投资120亿元。", []),
    ],
)
def test_named_works_and_industrial_projects(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("螳螂川生态修复工程全面完工。", ["螳螂川生态修复工程"]),
        ("其中，青溪综合保税区完成进出口额58.2亿元。", ["青溪综合保税区"]),
    ],
)
def test_river_works_and_bonded_zones(text, names):
    assert _names(text) == names


def test_named_scenic_spots_listed_before_their_kind():
    text = "依托云台山、龙潭峡谷、红石湾步行街等景区，全区文旅消费持续升温。"
    projects = {p.name: p.kind for p in _projects(text)}
    assert projects == {"云台山": "other", "龙潭峡谷": "other", "红石湾步行街": "zone"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("南湖至凤桥快速通道去年底建成通车。", "南湖至凤桥快速通道"),
        ("全区加快推进嘉兴南绕城高速建设。", "嘉兴南绕城高速"),
        ("嘉兴南站是区内主要铁路客运枢纽。", "嘉兴南站"),
    ],
)
def test_routes_from_place_to_place_and_railway_stations_are_infrastructure(text, name):
    projects = {p.name: p.kind for p in _projects(text)}
    assert projects.get(name) == "infrastructure"


@pytest.mark.parametrize(
    "text",
    [
        # a category rated in an evaluation, not a works
        "北街在全省示范步行街年度评价中位列第二。",
        "在市商务局组织的市级夜间经济示范区评价中，综合得分位列第一。",
        # a section's number before a kind of area heads a section
        "（一）商圈能级持续提升。",
    ],
)
def test_rated_categories_and_numbered_headings_are_no_projects(text):
    assert _names(text) == []


def test_a_zone_ranked_itself_is_still_a_project():
    assert _names("南岭临空经济示范区综合排名保持全国前列。") == ["南岭临空经济示范区"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国庆假期，沱江风光带游人如织。", "沱江风光带"),
        ("改造后的北门好吃街重新开街。", "北门好吃街"),
    ],
)
def test_riverside_belts_and_food_streets_are_zones(text, name):
    assert [(p.name, p.kind) for p in _projects(text)] == [(name, "zone")]


def test_old_compounds_street_corner_gardens_and_parking_buildings_are_named_works():
    names = _names(
        "上半年，东风路街道安平巷7号院改造完工。北湖滨河游园一期已向市民开放。"
        "南湖立体停车楼投入使用。春节期间举办新春游园活动20场。"
    )
    assert any(n.endswith("安平巷7号院") for n in names)
    assert "北湖滨河游园一期" in names and "南湖立体停车楼" in names
    assert not any("新春游园" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("北岭国际商贸城全年交易额突破300亿元。", "北岭国际商贸城"),
        ("西部火锅产业城二期开工建设。", "西部火锅产业城二期"),
        ("加快建设江南影视城一期。", "江南影视城一期"),
    ],
)
def test_a_trade_city_an_industry_city_and_a_film_city_are_zones(sentence, name):
    found = _projects(sentence)
    assert [(p.name, p.kind) for p in found] == [(name, "zone")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("三门湾海上风电场二期年底全容量并网。", ["三门湾海上风电场二期"]),
        ("北礁海洋牧场完成第二批礁体投放。", ["北礁海洋牧场"]),
        ("港区内的闽东LNG接收站已开工建设。", ["闽东LNG接收站"]),
        ("台风来临前，沿海各风电场、渔港均做好防御。", []),
    ],
)
def test_wind_farms_sea_ranches_and_terminals_are_works_but_each_of_a_kind_is_not(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("在于都县工业园，一批服装企业加快转型。", ["于都县工业园"]),
        ("2024年，于都县中职学校招生4000人。", []),
    ],
)
def test_a_name_opening_on_a_place_that_starts_with_a_preposition_and_a_places_schools(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [("刚刚完成加固的白鹭水库大坝焕然一新。", ["白鹭水库"]), ("完成小型病险水库除险加固6座。", [])],
)
def test_a_named_reservoir_is_a_work_and_small_reservoirs_are_a_kind(text, names):
    assert _names(text) == names
