"""Find named projects (parks, zones, buildings, platforms, infrastructure, urban renewal).

Works on the *reading* form of each sentence (de-wrapped, Simplified, half-width), so the
same rules read Traditional articles. A project name is found in one of five ways:

1. a kind suffix (产业园, 集聚区, 大厦, 中心, 实验室, …项目) whose left edge is the nearest
   verb, preposition, 的 or punctuation (`谋划打造现代航运服务业集聚区` → 现代航运服务业集聚区);
2. a quoted name right after a kind word (`服务平台“储信安”上线` → 储信安);
3. an enumeration whose shared head is a kind word (`A、B、C三大跨境电商产业园`,
   `A、B等7个“双创”园区`, `A、B等老里份相继揭幕`);
4. the subject of an honour whose title is a kind word (`黎黄陂路获评国家级旅游休闲街区`);
5. a street address used as a building (`岳飞街1号`).

Then it throws away what is not a specific project: generic phrases made only of
descriptive words (创新平台, 研发中心), counted phrases (7个双创园区, 10大创新平台), honours
(获评“…示范区”), city-role designations (打造区域金融中心, 国际消费中心城市先行示范区),
companies, policies and events.

It won't: find names with no kind word and no enumeration or honour around them (商场 brand
names such as 花园道 said on their own), resolve coreference (该基地, 大楼), or tell a
company's own project from the district's. Status and year are read from the clause that
names the project; a later mention does not change the first one's record.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from pipelines.parse.patterns import WordSet, alternation, end_of_clause, start_of_clause
from pipelines.parse.periods import TimeFrame
from pipelines.parse.records import Project
from pipelines.parse.reference import load_reference
from pipelines.parse.text import LIST_START, Sentence

# --- vocabularies -------------------------------------------------------------------------

# Kind suffix → kind. Matched longest first, so 经济开发区 wins over 开发区 and 更新片区 over
# 片区. Only words that end a proper name: 园区/中心 are here, bare 区/城市 are not.
KIND_SUFFIXES: dict[str, str] = {
    # zones: parks, clusters, districts, streets, shopping areas
    "经济开发区": "zone",
    "高新技术开发区": "zone",
    "开发区": "zone",
    "高新区": "zone",
    "产业园区": "zone",
    "产业园": "zone",
    "科技园": "zone",
    "创业园": "zone",
    "创意园": "zone",
    "工业园": "zone",
    "物流园": "zone",
    "园区": "zone",
    "示范区": "zone",
    "集聚区": "zone",
    "商务区": "zone",
    "法务区": "zone",
    "功能区": "zone",
    "先导区": "zone",
    "试验区": "zone",
    "合作区": "zone",
    "自贸区": "zone",
    "博览区": "zone",
    "商务集群": "zone",
    "步行街区": "zone",
    "步行街": "zone",
    "特色街区": "zone",
    "街区": "zone",
    "文化街": "zone",
    "民俗街": "zone",
    "美食街": "zone",
    "商业街": "zone",
    "商圈": "zone",
    "好吃街": "zone",
    "风光带": "zone",
    "科创城": "zone",
    "科创园": "zone",
    "科创带": "zone",
    "科技大市场": "platform",
    "艺术区": "zone",
    "商业带": "zone",
    "集聚带": "zone",
    "综合管廊": "infrastructure",
    "医药港": "zone",
    "综合保税区": "zone",
    "保税区": "zone",
    "产业港": "zone",
    "陆港": "infrastructure",
    "科技港": "zone",
    "数字港": "zone",
    "创新港": "zone",
    "测试场": "infrastructure",
    "机场": "infrastructure",
    "配套工程": "infrastructure",
    "景区": "zone",
    "智造园": "zone",
    "经开区": "zone",
    "科教城": "zone",
    "科技城": "zone",
    "大学城": "zone",
    "中心区": "zone",
    "智谷": "zone",
    "数据谷": "zone",
    "药谷": "zone",
    "智园": "zone",
    "文创园": "zone",
    "总部园": "zone",
    "总部基地": "zone",
    "科学城": "zone",
    "创意城": "zone",
    "设计城": "zone",
    "金融城": "zone",
    "天地": "zone",
    "小镇": "zone",
    "港区": "zone",
    "商贸城": "zone",
    "产业城": "zone",
    "影视城": "zone",
    # buildings and malls
    "大厦": "building",
    "大楼": "building",
    "写字楼": "building",
    "广场": "building",
    "酒店": "building",
    "饭店": "building",
    "购物中心": "building",
    "会展中心": "building",
    "体育中心": "building",
    "综合体": "building",
    "万象城": "building",
    "旧址": "building",
    "办公楼": "building",
    "综合楼": "building",
    "号楼": "building",
    # platforms: centres, bases, labs, incubators, institutes
    "平台": "platform",
    "中心": "platform",
    "基地": "platform",
    "实验室": "platform",
    "孵化器": "platform",
    "加速器": "platform",
    "研究所": "platform",
    "研究院": "platform",
    "创新院": "platform",
    "工作站": "platform",
    # infrastructure (…项目 only when the body names a physical work, see INFRA_MARKERS)
    "生态园": "zone",
    "文化园": "zone",
    "农业园": "zone",
    "新城": "zone",
    "生态城": "zone",
    "知识城": "zone",
    "生物城": "zone",
    "改造工程": "infrastructure",
    "高架桥": "infrastructure",
    "软件园": "zone",
    "创新园": "zone",
    "项目": "infrastructure",
    "大桥": "infrastructure",
    "隧道": "infrastructure",
    "号线": "infrastructure",
    "快速路": "infrastructure",
    "污水处理厂": "infrastructure",
    # urban renewal
    "更新片区": "renewal",
    "更新单元": "renewal",
    "片区": "renewal",
    "城市更新": "renewal",
    "有机更新": "renewal",
    "风貌区": "renewal",
    "危旧房改造": "renewal",
    "改造": "renewal",
    # other named public works
    "公园": "other",
    "游园": "other",  # 北三环滨河游园, 街角游园
    "街角花园": "other",
    "景观带": "other",
    "停车楼": "infrastructure",
    "号院": "renewal",  # 纬五路21号院: an old compound, renewed
    "绿道": "other",
    "度假区": "zone",
    "廊道": "infrastructure",
    "院区": "building",
    "延线": "infrastructure",
    "工程": "infrastructure",
    # scenic areas and power works (口岸, 铁路 and 幼儿园 are too often generic: 各口岸)
    "旅游区": "zone",
    "古镇": "zone",
    "换流站": "infrastructure",
    "变电站": "infrastructure",
    "电站": "infrastructure",
    "风电场": "infrastructure",  # 徐闻海上风电场
    "水库": "infrastructure",  # 东津水库 (小型水库 is a kind: see GENERIC_TOKENS)
    "接收站": "infrastructure",  # LNG接收站
    "海洋牧场": "zone",  # 爱莲湾海洋牧场: a sea area farmed and restocked
    # schools, hospitals, libraries and museums (a body of 3+ characters: not 各学校)
    "学校": "other",
    "中学": "other",
    "小学": "other",
    "校区": "other",
    "医院": "other",
    "图书馆": "other",
    "博物馆": "other",
    "美术馆": "other",
    "文化馆": "other",
    "塔楼": "building",
    "长者食堂": "other",
    # intercity railways, ports of call and markets (口岸 and 铁路 alone are too often generic:
    # 各口岸, 届时铁路)
    "城际铁路": "infrastructure",
    "快速通道": "infrastructure",  # 薛家湾至大路快速通道
    "绕城高速": "infrastructure",
    "高速公路": "infrastructure",
    "高铁站": "infrastructure",
    "火车站": "infrastructure",
    "东站": "infrastructure",  # 杭州南站, 永川东站: railway stations
    "西站": "infrastructure",
    "南站": "infrastructure",
    "北站": "infrastructure",
    "邮轮母港": "infrastructure",
    "物流港": "infrastructure",
    "交易市场": "platform",
    "零工市场": "platform",
    "专业市场": "platform",
    # more kinds of zone
    "科学园": "zone",
    "合作园": "zone",
    "投资区": "zone",
    "智慧谷": "zone",
}
_SUFFIXES_BY_LENGTH = sorted(KIND_SUFFIXES, key=len, reverse=True)
# every position where a suffix starts (lookahead, so matches may overlap), longest first
_SUFFIX_SET = WordSet(KIND_SUFFIXES)
_SUFFIX_AT = re.compile(f"(?=({alternation(KIND_SUFFIXES)}))")

_INSTITUTIONS = ("学校", "中学", "小学", "医院")
_GENERIC_INSTITUTION = re.compile(
    r"(?:社区卫生服务|游客服务|党群服务|便民服务|政务服务|新时代文明实践)中心|社区卫生服务站"
)
_DESIGNATION = re.compile(r"[\dA-Z１-９]A级|A级景区$|^创建")
# Suffixes too common as ordinary words to stand alone: they need a body of 2+ characters
# that is not generic, and are never trimmed as a redundant trailing kind word.
WEAK_SUFFIXES = frozenset({"天地", "楼", "改造", "片区", "项目", "园区", "街区", "万象城"})
# kind → the suffixes of that kind that may end a name inside a longer one, longest first
_STRONG_SUFFIXES_OF_KIND: dict[str, list[str]] = {}
for _suffix in _SUFFIXES_BY_LENGTH:
    if _suffix not in WEAK_SUFFIXES:
        _STRONG_SUFFIXES_OF_KIND.setdefault(KIND_SUFFIXES[_suffix], []).append(_suffix)
for _kind in set(KIND_SUFFIXES.values()):
    _STRONG_SUFFIXES_OF_KIND.setdefault(_kind, [])

# A suffix followed by one of these is part of another word (中心城区, 平台经济, 楼宇).
SUFFIX_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "中心": ("城", "区", "线", "点", "位", "地位", "任务", "工作", "组", "镇"),
    "平台": ("经济", "公司", "企业"),
    "楼": ("宇", "层", "盘", "市", "栋", "顶"),
    "天地": ("间",),
    "广场": ("舞",),
    "改造": ("提升", "升级", "工作", "任务", "项目"),
    "项目": ("建设", "投资", "库", "化"),
    "大桥": ("镇", "乡", "街道", "村"),  # 古田县大桥镇: a town
}

# Suffixes common as plain nouns (平台, 中心, 园区): the body before them needs 3+ characters.
SHORT_BODY_SUFFIXES = frozenset(
    {"街区", "园区", "中心", "平台", "基地", "片区", "项目", "楼", "学校", "医院", "校区"}
)
# Suffixes whose rejection (no infrastructure or renewal marker) leaves the words inside
# free for a shorter name: `区级…示范中心修改造` still names the 中心.
SOFT_SUFFIXES = frozenset({"项目", "改造", "楼", "工程"})
# Generic kind words that only repeat a name's kind (江汉经济开发区园区, …研究所创新平台).
REDUNDANT_TAILS = frozenset({"园区", "街区", "平台", "中心", "基地"})
# `以X为核心的Y`: X only locates Y.
ANCHOR_AFTER = (
    "为核心",
    "为中心",
    "为主体",
    "为引领",
    "为龙头",
    "为代表",
    "为主",
    "为重点",
    "为牵引",
    "为依托",
    "为载体",
    "为抓手",
)
# A company's shop is not a project (比亚迪全品类体验中心).
STORE_SUFFIXES = ("体验中心", "旗舰店", "首店", "门店", "展厅", "专卖店")
# What follows a suffix when it names a person's employer (…研究所副所长), not a project.
TITLE_AFTER = ("副", "所长", "主任", "院长", "负责人", "书记", "总经理", "董事长", "工作人员")
# 香港科技园公司: the firm that runs a place, not the place
FIRM_AFTER = ("公司", "集团", "有限")

# Kind words that, after 等/三大/N个, make an enumeration's items projects (longest first).
ENUM_HEADS: dict[str, str] = {
    "产业园": "zone",
    "园区": "zone",
    "集聚区": "zone",
    "示范区": "zone",
    "街区": "zone",
    "商圈": "zone",
    "步行街": "zone",
    "商务区": "zone",
    "开发区": "zone",
    "楼宇": "building",
    "大厦": "building",
    "写字楼": "building",
    "商业体": "building",
    "综合体": "building",
    "酒店": "building",
    "商场": "building",
    "平台": "platform",
    "中心": "platform",
    "基地": "platform",
    "实验室": "platform",
    "孵化器": "platform",
    "研究院": "platform",
    "研究所": "platform",
    "里份": "renewal",
    "更新单元": "renewal",
    "更新片区": "renewal",
    "片区": "renewal",
    "城市更新": "renewal",
    "老旧小区": "renewal",
    "历史街区": "renewal",
    "公园": "other",
    "景区": "other",  # 茶山竹海、松溉古镇等景区: named scenic spots
    "景点": "other",
    "项目": "other",
}
_ENUM_HEAD_RE = re.compile(alternation(ENUM_HEADS))

# Words a name never spans: verbs and prepositions that introduce it. The name starts right
# after the nearest one (`谋划打造X`, `依托X`, `位于…的X`). Checked right to left.
BOUNDARY_WORDS: tuple[str, ...] = (
    "依托",
    "依靠",
    "借助",
    "围绕",
    "聚焦",
    "立足",
    "面对",
    "面向",
    "通过",
    "结合",
    "联合",
    "建设",
    "打造",
    "推动",
    "推进",
    "加快",
    "加速",
    "谋划",
    "筹建",
    "新建",
    "改建",
    "扩建",
    "开工",
    "启动",
    "完成",
    "建成",
    "落户",
    "落子",
    "落地",
    "入驻",
    "力争",
    "变成",
    "变身",
    "改造成",
    "打造成",
    "走进",
    "来到",
    "漫步",
    "打卡",
    "探访",
    "引进",
    "引入",
    "招引",
    "位于",
    "位居",
    "位列",
    "打通",
    "距离",
    "距",
    "地处",
    "坐落",
    "设立",
    "成立",
    "组建",
    "搭建",
    "构建",
    "布局",
    "形成",
    "升级",
    "提升",
    "拥有",
    "现有",
    "集聚",
    "聚集",
    "汇聚",
    "包括",
    "涵盖",
    "例如",
    "比如",
    "其中",
    "探索出",
    "走出",
    "推出",
    "探索",
    "支持",
    "助力",
    "实施",
    "开展",
    "举办",
    "参与",
    "携手",
    "联手",
    "合作",
    "签约",
    "签订",
    "投资",
    "运营",
    "来自",
    "获评",
    "获批",
    "入选",
    "荣获",
    "评为",
    "表彰为",
    "命名为",
    "认定为",
    "获得",
    "成为",
    "作为",
    "跻身",
    "列入",
    "入围",
    "今年",
    "去年",
    "目前",
    "如今",
    "眼下",
    "当前",
    "近年来",
    "此外",
    "同时",
    "以及",
    "新增",
    "打破",
    "实现",
    "丰富",
    "完善",
    "优化",
    "深化",
    "强化",
    "壮大",
    "做强",
    "做优",
    "擦亮",
    "激活",
    "盘活",
    "统筹",
    "赋能",
    "以上",
    "以下",
    "每",
    "覆盖",
    "服务于",
    "投用",
    "启用",
    "开通",
    "共建",
    "合建",
    "兴建",
    "援建",
    "有",
    "在",
    "的",
    "以",
    "将",
    "把",
    "让",
    "对",
    "从",
    "向",
    "到",
    "由",
    "被",
    "于",
    "是",
    "了",
    "等",
    "获",
    "至",
    "使",
)

# Boundary words that also occur inside names (建筑…企业联合创新中心, …科创产业赋能平台): the
# name runs past them when what follows them is at most one descriptive word.
INNER_OK = frozenset(
    {"联合", "合作", "赋能", "运营", "投资", "服务于", "提升", "升级", "于", "集聚", "改建", "扩建"}
)

# A boundary verb followed by one of these is a road/place name (建设大道, 解放路).
ROAD_WORDS = ("大道", "路", "街", "大街", "巷")

# Coordinators: `A与B实验室` keeps 与 inside the name, unless A is an actor (江汉区与…合作).
COORDINATORS = ("与", "和", "及", "同")
_BOUNDARY_BY_LENGTH = sorted(BOUNDARY_WORDS + COORDINATORS, key=len, reverse=True)
_BOUNDARY_BY_LAST: dict[str, tuple[str, ...]] = {}
for _w in _BOUNDARY_BY_LENGTH:
    _BOUNDARY_BY_LAST[_w[-1]] = (*_BOUNDARY_BY_LAST.get(_w[-1], ()), _w)
ACTOR_ENDINGS = (
    "区",
    "市",
    "省",
    "县",
    "集团",
    "公司",
    "大学",
    "政府",
    "部",
    "局",
    "委",
    "院",
    "所",
    "企业",
    "街道",
    "社区",
    "我们",
    "双方",
)

# A name cut off by one of these is an honour or a title, not a project (获评“…示范区”).
HONOUR_VERBS = (
    "获评",
    "获批",
    "入选",
    "荣获",
    "被评为",
    "评为",
    "表彰为",
    "命名为",
    "认定为",
    "获得",
    "获",
    "成为",
    "作为",
    "是",
    "跻身",
    "列入",
    "入围",
    "创建",
)

# Leading qualifiers that are not part of the name (全国首个, 华中首家, 该, 一批).
LEADING_QUALIFIERS = re.compile(
    r"^(?:.{0,6}?(?:首个|首家|首座|首批|第一个|第一家|唯一一个|唯一的|唯一)"
    r"|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?"
    r"|图为|如图|全市|全省|全区|全县|全旗|全州|全国|区内|县内|辖区|区属|县属|本地|本区|本县"
    r"|一个|一座|一批|一处|一家|这个|这座|这片"
    r"|这家|这一|该|此|各类|各|新的|全新|已|将|还|也|公司|企业|集团|确保|力争|加快|与)"
)

# Descriptive words only: a body made of these alone is a generic phrase (创新平台,
# 智慧运营平台, 省级工程研究中心), not a name.
GENERIC_TOKENS = frozenset(
    {
        "精品",
        "星级",
        "高速",
        "老工业",
        "工业",
        "智慧",
        "智能",
        "综合",
        "综合性",
        "服务",
        "创新",
        "科技",
        "科创",
        "技术",
        "研发",
        "研究",
        "工程",
        "企业",
        "产业",
        "孵化",
        "重点",
        "重要",
        "主要",  # 县城主要酒店: the main hotels, a kind
        "中型",  # 小型病险水库: reservoirs of a size and state, a kind
        "病险",
        "县城",
        "城区",
        "主题",
        "双创",
        "众创",
        "示范",
        "试点",
        "中试",
        "调度",
        "指挥",
        "运营",
        "运行",
        "管理",
        "数字",
        "数字化",
        "数据",
        "云",
        "公共",
        "社区",
        "街区",
        "园区",
        "楼宇",
        "商务",
        "应用",
        "测试",
        "融资",
        "新型",
        "高端",
        "高能级",
        "特色",
        "专业",
        "专业化",
        "市级",
        "省级",
        "国家级",
        "国家",
        "区域",
        "核心",
        "关键",
        "节点",
        "物流",
        "电商",
        "跨境",
        "外贸",
        "一站式",
        "联合",
        "全域",
        "两级",
        "相关",
        "现代",
        "新",
        "老年人",
        "养老",
        "托育",
        "盾构",
        "商业",
        "消费",
        "绿色",
        "低碳",
        "文化",
        "创意",
        "总部",
        "金融",
        "商贸",
        "贸易",
        "生态",
        "环保",
        "平台",
        "中心",
        "基地",
        "功能",
        "配套",
        "便民",
        "生活",
        "公益",
        "社会",
        "党群",
        "人才",
        "青年",
        "创业",
        "就业",
        "产学研",
        "成果",
        "转化",
        "标准化",
        "规模化",
        "种植",  # 规模化种植基地, 养殖基地: a kind of farm, not one
        "养殖",
        "生产",
        "加工",
        "大型",
        "小型",
        "优质",
        "多功能",
        "信息",
        "网络",
        "体验",
        "展示",
        "交流",
        "合作",
        "发展",
        "培育",
        "建设",
        "改造",
        "提升",
        "更新",
        "城市",
        "产业化",
        "共享",
        "国内",
        "国外",
        "海外",
        "国际",
        "活力",
        "维护",
        "运维",
        "安装",
        "大",
        "开放",
        "协同",
        "集成",
        "一体化",
        "性",
        "式",
        "化",
        "级",
        "类",
        "型",
        "各类",
        "其他",
    }
)
_GENERIC_RE = re.compile(alternation(GENERIC_TOKENS))

# Prefixes that make a generic body the district's own single facility (区级养老中心).
OWN_FACILITY_PREFIXES = ("区级",)

# Suffixes that designate a role for a whole city or district; with one of these markers in
# the body they are a slogan (国际消费中心城市先行示范区), not a place.
DESIGNATION_SUFFIXES = ("示范区", "先行区", "引领区", "先导区", "试验区", "承载区", "示范基地")
ABSTRACT_MARKERS = (
    "城市",
    "城区",
    "发展",
    "先行",
    "引领",
    "高质量",
    "新时代",
    "现代化",
    "治理",
    "改革",
    "国家级",
    "省级",
    "全国",
    "国家",
)

# `打造区域金融中心`, `长江中游航运中心`: a 中心 whose body ends in a sector is a city role.
ROLE_SECTORS = (
    "金融",
    "商贸",
    "航运",
    "贸易",
    "物流",
    "消费",
    "保险",
    "融资",
    "科创",
    "经济",
    "会展",
    "旅游",
    "交往",
    "交通",
    "航空",
    "文化",
    "研发",
    "制造",
    "商业",
)

# Verbs that give a city or district a role (打造/建设…金融中心).
ROLE_VERBS = ("打造", "建设", "建成", "成为", "构建", "争创", "创建", "迈向", "为", "的")

# …项目 is infrastructure only when its body names a physical work; otherwise not a project.
# words that make a long `…项目` (index 0) or `…工程` (index 1) a named works
WORKS_MARKERS = (
    ("研发", "制造", "生产", "产业化", "扩产"),
    ("提升", "改建", "扩建", "新建", "一体化", "供水", "排涝", "配套", "修复"),
)
_PLACED = re.compile(r"[县区市镇乡村路街巷河湖江山川溪湾岛洲]|国道|省道|遗址")
INFRA_MARKERS = (
    "河",
    "湖",
    "江",
    "路",
    "道",
    "桥",
    "隧",
    "地铁",
    "轨道",
    "管网",
    "管廊",
    "治理",
    "整治",
    "PPP",
    "海绵",
    "污水",
    "水环境",
    "排水",
    "防洪",
    "堤",
    "地块",
    "还建",
    "安置",
    "枢纽",
    "站",
    "港",
    "码头",
    "高架",
    "立交",
)
# power works name a project only with a name long enough to be one (not 光伏及氢能项目)
ENERGY_MARKERS = ("光伏", "风电", "制氢", "输变电", "特高压", "光热")

# Renewal `…改造` needs a place before the renewal marker (万松园路251号危旧房改造).
RENEWAL_MARKERS = ("危旧房", "棚户区", "棚改", "老旧小区", "城中村", "旧城", "老旧街区")
PLACE_ENDINGS = (
    "路",
    "街",
    "巷",
    "里",
    "坊",
    "湖",
    "村",
    "号",
    "片",
    "河",
    "山",
    "园",
    "桥",
    "门",
    "湾",
    "洲",
    "塘",
    "小区",
    "社区",
    "新村",
    "大院",
)

# Names ending or containing these are companies, policies or events, never projects.
COMPANY_MARKERS = (
    "有限公司",
    "公司",
    "集团",
    "银行",
    "分行",
    "证券",
    "保险",
    "基金",
    "事务所",
    "协会",
    "商会",
)
POLICY_MARKERS = (
    "方案",
    "计划",
    "模式",
    "机制",
    "体系",
    "政策",
    "行动",
    "战略",
    "理念",
    "规划",
    "意见",
    "办法",
    "条例",
    "工程体系",
    "品牌",
    "名片",
    "招牌",
)
EVENT_MARKERS = (
    "新春游园",  # a festival's garden party, not a park
    "元宵游园",
    "推介会",
    "大会",
    "论坛",
    "峰会",
    "博览会",
    "展销会",
    "交易会",
    "成就展",
    "活动",
    "比赛",
    "大赛",
    "仪式",
    "发布会",
    "节",
)
_POLICY_OR_EVENT = re.compile(alternation(POLICY_MARKERS + EVENT_MARKERS))
ADMIN_UNITS = ("街道", "社区", "乡", "镇", "村委会")

# Quoted name right after a kind word: `服务平台“储信安”`, `新型研发机构“江汉实验室”`.
QUOTED_AFTER = re.compile(
    r"(平台|中心|(?<!工业)基地|实验室|孵化器|机构|APP|小程序|系统)[“「『]([^”」』，。、；]{2,14})[”」』]"
)

# Status cues after the name (its predicate) and before it (the verb governing it).
# Longest cue at a position wins, so 建成投用 (opened) beats 建成 (completed).
STATUS_AFTER: dict[str, str] = {
    "开园": "opened",
    "开业": "opened",
    "开街": "opened",
    "开馆": "opened",
    "揭牌": "opened",
    "揭幕": "opened",
    "亮相": "opened",
    "启用": "opened",
    "投用": "opened",
    "投运": "opened",
    "投入运营": "opened",
    "投入使用": "opened",
    "正式运营": "opened",
    "上线": "opened",
    "落户": "opened",
    "开放": "opened",
    "建成营业": "opened",
    "建成投用": "opened",
    "建成开放": "opened",
    "开幕": "opened",
    "入驻": "opened",
    "成立": "opened",
    "改造完成": "completed",
    "建设完成": "completed",
    "竣工": "completed",
    "竣工验收": "completed",
    "建成": "completed",
    "完工": "completed",
    "交付": "completed",
    "落成": "completed",
    "加快推进": "under_construction",
    "推进": "under_construction",
    "建设中": "under_construction",
    "在建": "under_construction",
    "改造提速": "under_construction",
    "开工": "under_construction",
    "加快建设": "under_construction",
    "加速发展": "under_construction",
    "建设": "under_construction",
    "改造": "under_construction",
    "提档升级": "under_construction",
    "签约": "signed",
    "签署": "signed",
    "获评": "operating",
    "获批": "operating",
    "入选": "operating",
    "成为": "operating",
    "集聚": "operating",
    "聚集": "operating",
    "已构建": "operating",
    "拥有": "operating",
    "覆盖": "operating",
    "运营": "operating",
    "运转": "operating",
}
STATUS_BEFORE: dict[str, str] = {
    "建成投用": "opened",
    "建成开放": "opened",
    "谋划": "planned",
    "打造": "planned",
    "筹建": "planned",
    "拟建": "planned",
    "拟": "planned",
    "将建设": "planned",
    "规划建设": "planned",
    "建设": "planned",
    "新建": "planned",
    "计划": "planned",
    "布局": "planned",
    "签约": "signed",
    "签下": "signed",
    "加快推进": "under_construction",
    "推进": "under_construction",
    "推动": "under_construction",
    "加快建设": "under_construction",
    "在建": "under_construction",
    "改造": "under_construction",
    "启用": "opened",
    "开通": "opened",
    "落户": "operating",
    "落子": "operating",
    "完成": "completed",
    "建成": "completed",
    "竣工": "completed",
    "依托": "operating",
    "位于": "operating",
    "集聚": "operating",
    "现有": "operating",
    "拥有": "operating",
    "入驻": "operating",
    "在": "operating",
    "以": "operating",
}
_AFTER_RE = re.compile(alternation(STATUS_AFTER))
_BEFORE_LENGTHS = sorted({len(c) for c in STATUS_BEFORE}, reverse=True)

CLAUSE_PUNCT = "，,。；;：:！!？?"
NAME_PUNCT_OK = "·()（）-_+&/"  # punctuation that may sit inside a name
MAX_NAME = 26  # the longest names in our gold run to 23 characters

_NUM = r"[0-9一二两三四五六七八九十百千万几数多]+"
_CLASSIFIER = r"(?:个|家|座|栋|幢|处|条|大|类|项|批|所|支|级|期|片|套|间|张|平方米|万平方米)"
COUNT_INSIDE = re.compile(
    _NUM + r"(?:个|家|座|栋|幢|处|条|大|类|项|批|所|支|级|亿元|万元|分钟|小时)"
    r"|一[^一]{1,3}一"  # slogans: 一平台一基金一园区, 一园区一主导产业
)
COUNT_BEFORE = re.compile(r"(?:" + _NUM + _CLASSIFIER + r"|各类|一批|多个|若干|一些|这些|更多|等)$")
COUNT_AFTER = re.compile(
    r"^(?:" + _NUM + _CLASSIFIER + r"(?:以上|左右)?(?:[，,。；;、]|$)|数量|总数|个数)"
)
_MANY = re.compile(r"各大|各类|多个|众多|一批|若干")
PHASE = re.compile(
    r"(?:[一二三四五六七八九十\d]+期|[A-Z]?\d+号?地块|P\d+地块|[A-Z]区|[东南西北]延(?:段|线|伸段))"
)
ADDRESS = re.compile(r"([\u4e00-\u9fff]{2,6}(?:路|街|大道|巷))(\d{1,4}号)")
ENUM_COUNT = re.compile(r"^(?:" + _NUM + _CLASSIFIER + r"|一批|各类|多个)?")
ENUM_MARK = re.compile(r"等|" + _NUM + r"(?:大|个|家|座|栋)")
# `A、B等开业`: an enumeration with no head word is projects when an opening follows.
ENUM_STATUS_VERBS = (
    "开业",
    "开园",
    "开街",
    "揭幕",
    "揭牌",
    "竣工",
    "建成",
    "完工",
    "亮相",
    "投用",
    "启用",
    "开工",
    "相继",
    "先后",
)
# Head modifiers that make the items categories, not places (大数据、区块链等主题园区).
HEAD_CATEGORY_MARKERS = ("主题", "领域", "行业", "类型", "方向", "赛道", "业态", "类", "专业")
YEAR = re.compile(r"((?:19|20)\d{2})年(?!度)")


@dataclass
class _Candidate:
    start: int  # reading offsets of the name
    end: int
    name: str
    kind: str
    cut_by: str = ""  # the boundary word or punctuation before the name


# --- small helpers ------------------------------------------------------------------------


def _is_name_char(ch: str) -> bool:
    return ("\u4e00" <= ch <= "\u9fff") or (ch.isascii() and ch.isalnum()) or ch in NAME_PUNCT_OK


def _norm(name: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKC", name)
        if _is_name_char(ch) and ch not in "·()（）-—_ "
    )


@functools.cache
def _place_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """(every district/city name and alias, full names to strip as a location prefix)."""
    ref = load_reference()
    names: set[str] = set()
    strip: set[str] = set()
    for d in ref.districts:
        names.add(d.name)
        names.update(d.aliases)
        if d.level == "district":
            strip.add(d.name)
            strip.add(d.city + d.name)
    return frozenset(names), tuple(sorted(strip, key=len, reverse=True))


def _segment_generic(body: str) -> bool:
    """True when `body` is made only of GENERIC_TOKENS (greedy longest match)."""
    return _generic_token_count(body) < 99


def _suffix_of(name: str) -> str | None:
    return _SUFFIX_SET.longest_suffix(name)


def _strip_leading(name: str) -> str:
    """Drop leading qualifiers and a location prefix (在江汉区X → X; 江汉经济开发区 stays)."""
    place_prefix = _place_prefix()
    while True:
        before = name
        m = LEADING_QUALIFIERS.match(name)
        if m and m.end() < len(name):
            name = name[m.end() :]
        m = place_prefix.match(name)
        rest = name[m.end() :] if m else ""
        ordinal = rest.startswith("第")  # 仓山区第二实验小学: the place is part of the name
        if m and len(rest) > 1 and not ordinal and not _is_generic(rest, _suffix_of(rest) or ""):
            name = rest  # 蜀山区科技成果转化中试基地 keeps the place that makes it specific
        if name == before:
            return name


@functools.cache
def _place_suffixes() -> WordSet:
    return WordSet(_place_names()[1])


@functools.cache
def _place_prefix() -> re.Pattern[str]:
    return re.compile(alternation(_place_names()[1]))


def _is_generic(name: str, suffix: str) -> bool:
    """A name whose body is empty, too short or only descriptive words."""
    body = name[: len(name) - len(suffix)] if suffix else name
    body = body.strip("“”「」『』\"'")
    if any(name.startswith(p) and len(body) > len(p) for p in OWN_FACILITY_PREFIXES):
        return False
    if len(body) < 2:
        return True
    return _segment_generic(body.replace("“", "").replace("”", ""))


# a facility of the government named only by its level: 区会议中心, 县行政中心, 市民中心
_ADMIN_FACILITY = re.compile(
    r"[区县市旗镇](?:委|政府)?[\u4e00-\u9fff]{0,4}?(?:中心|大楼|会堂|礼堂)"
)
_PHASE_FIRST = re.compile(r"[一二三四五六七八九十\d]{1,2}期")


# (全县学校 and 渌口区学校 end in a place's kind, which the check before catches)
_KINDS_OF_SCHOOL = frozenset({"中职", "职业", "公办", "民办", "乡村", "农村", "普通", "各"})


def _place_opening(text: str, shortest: int = 2) -> int:
    """The length of the known place name `text` opens with (于都县… → 3), else 0."""
    places = _place_names()[0]
    return next((k for k in (5, 4, 3, 2) if k >= shortest and text[:k] in places), 0)


def _without_place(body: str) -> str:
    """`body` with a known place name taken off its front (于都县中职 → 中职)."""
    return body[_place_opening(body) :]


def _rejected(name: str, kind: str, suffix: str | None) -> bool:
    """Filters every candidate goes through, whatever found it."""
    places, _ = _place_names()
    if len(name) < 2 or len(name) > MAX_NAME or name in places:
        return True
    if suffix and name[: -len(suffix)].endswith("各"):
        return True  # 沿海各风电场: each of a kind, not one
    if _MANY.search(name) or "+" in name:  # 科创平台+中试基地+产业园区 lists kinds of place
        return True  # 各大商圈 is a count of places
    if COUNT_INSIDE.search(name.replace("一期", "").replace("二期", "")) and not re.search(
        r"\d+号|[A-Z]\d", name
    ):
        return True
    if name.endswith(COMPANY_MARKERS) and not suffix:
        return True
    if _POLICY_OR_EVENT.search(name):
        return True
    if name.endswith(ADMIN_UNITS):
        return True
    if suffix in DESIGNATION_SUFFIXES and any(m in name for m in ABSTRACT_MARKERS):
        return True
    if suffix in ("城市更新", "有机更新"):
        place = name[: -len(suffix)]  # 玉林片区城市更新 names a place; 蝶变城市更新 does not
        return not place.endswith(("片区", "单元", *PLACE_ENDINGS)) or len(place) < 3
    if suffix == "中心区" and name.endswith("城市中心区"):
        return True  # a role (城市中心区), not a named zone
    if "为中心" in name or "为核心" in name:
        return True  # 以人民为中心: a motto
    if _GENERIC_INSTITUTION.fullmatch(name) or name.endswith("融媒体中心"):
        return True  # 社区卫生服务中心 (a kind), 南昌县融媒体中心 (a news source), not works
    if "改造为" in name or "改建为" in name:
        return True  # 社区闲置用房改造为长者食堂: what a place became, not its name
    if _ADMIN_FACILITY.fullmatch(name) or _PHASE_FIRST.match(name):
        return True  # 区会议中心 (where a meeting sits), 二期3号楼 (a part, its park unnamed)
    if _DESIGNATION.search(name):
        return True  # 3A级景区, 创建为国家3A级景区: a grade awarded, not a named place
    if suffix in _INSTITUTIONS and (
        "中小学" in name
        or name[: -len(suffix)].endswith(("区", "县", "市", "镇", "乡"))
        or _without_place(name[: -len(suffix)]) in _KINDS_OF_SCHOOL
    ):
        return True  # 中小学校, 渌口区学校, 于都县中职学校: a place's schools, not one school
    if suffix in ("项目", "改造工程", "工程"):
        body = name[: -len(suffix)]
        inner = _suffix_of(PHASE.sub("", body))
        coded = bool(re.search(r"[A-Za-z]+\d|\d+[A-Za-z]|期$", body))  # 华星光电T5项目
        inner = None if inner == "工程" else inner  # 重大工程项目 is no name
        # 电驱系统研发制造项目, 城市防洪排涝提升工程: what is built or made names the works
        works = _names_works(body, WORKS_MARKERS[suffix == "工程"])
        road_code = re.search(r"[A-Z]\d", body)  # G235国道…改建工程
        if suffix == "工程" and not (road_code or _PLACED.search(body)):
            return True  # 流域防洪排涝工程, 二期工程: works, but no place says which
        return not (
            any(m in name for m in INFRA_MARKERS)
            or inner
            or coded
            or works
            or _names_works(body, ENERGY_MARKERS)
        )
    if suffix == "改造":
        idx = [name.find(m) for m in RENEWAL_MARKERS if m in name]
        if not idx:
            return True
        place = name[: min(idx)]
        return len(place) < 2 or not place.endswith(PLACE_ENDINGS)
    return False


def _boundary_before(reading: str, pos: int, lo: int) -> str | None:
    """The boundary word ending exactly at `pos` (not reaching left of `lo`), if any."""
    if pos <= 0:
        return None
    for word in _BOUNDARY_BY_LAST.get(reading[pos - 1], ()):
        if pos - len(word) >= lo and reading.startswith(word, pos - len(word)):
            return word
    return None


_ROUTES = frozenset({"快速通道", "快速路", "高速公路", "城际铁路", "铁路", "公路", "大道"})


def _left_edge(reading: str, body_end: int, suffix: str, hard_start: int) -> tuple[int, str]:
    """Where a name ending in `suffix` starts: after the nearest sensible boundary word."""
    pos = body_end
    while pos > hard_start:
        word = _boundary_before(reading, pos, hard_start)
        if not word:
            pos -= 1
            continue
        rest = reading[pos:body_end]
        if word in ("至", "到") and ("段" in rest or suffix in _ROUTES):
            pos -= 1  # G318国道青溪至柳岸段, 薛家湾至大路快速通道: from one place to another
            continue
        if len(word) == 2 and reading.startswith(ROAD_WORDS, pos):
            pos -= 1  # 建设大道 is a road, not a verb
            continue
        at = pos - len(word)
        if _place_opening(reading[at : at + 5], 3):
            return at, ""  # 于都县职业中等专业学校: the word is the first of a place's name
        if word in COORDINATORS:
            left = reading[hard_start : pos - len(word)]
            for k in range(len(left) - 1, 0, -1):
                if (
                    _boundary_before(left, k, 0)
                    and _boundary_before(left, k, 0) not in COORDINATORS
                ):
                    left = left[k:]
                    break
            if not (left.endswith(ACTOR_ENDINGS) or _suffix_of(left) or left in _place_names()[0]):
                pos -= 1  # 新能源与绿色技术…实验室 keeps its 与
                continue
        name = _strip_leading(rest + suffix)
        if not _is_generic(name, suffix):
            return pos, word
        if word in INNER_OK and _generic_token_count(rest) <= 1:
            pos -= 1  # 建筑智慧运维企业联合创新中心: 联合 is inside the name
            continue
        return pos, word
    return hard_start, reading[hard_start - 1 : hard_start] if hard_start else ""


def _generic_token_count(body: str) -> int:
    """How many GENERIC_TOKENS make up `body` (a large number if it is not all generic)."""
    i = n = 0
    while i < len(body):
        m = _GENERIC_RE.match(body, i)
        if not m:
            return 99
        i, n = m.end(), n + 1
    return n


def _hard_start(reading: str, pos: int) -> int:
    """Scan left over name characters; include one quoted segment glued to the name."""
    i = pos
    while i > 0 and _is_name_char(reading[i - 1]):
        i -= 1
    if i > 0 and reading[i - 1] in "”」』" and i < pos:
        opener = reading.rfind({"”": "“", "」": "「", "』": "『"}[reading[i - 1]], 0, i - 1)
        if (
            opener >= 0
            and i - opener <= 14
            and all(_is_name_char(c) for c in reading[opener + 1 : i - 1])
        ):
            return opener
    return i


def _honour_before(reading: str, start: int, cut_by: str) -> bool:
    """True if the name is the object of an honour verb (获评“…”, 成为…示范区)."""
    if cut_by in HONOUR_VERBS:
        return True
    head = reading[:start].rstrip("“「『")
    clause = re.split(r"[，,。；;：:！!？?]", head)[-1]
    return any(clause.endswith(v) for v in HONOUR_VERBS) or bool(
        re.search(
            r"(获评|获批|入选|荣获|评为|表彰为|命名为|认定为|跻身|入围|成为|作为|获)", clause[-12:]
        )
    )


def _counted(reading: str, start: int, end: int) -> bool:
    """True if a count or plural quantifier governs the name (7个双创园区, 中试平台7家)."""
    before = reading[max(0, start - 8) : start].rstrip("“「『")
    return bool(COUNT_BEFORE.search(before) or COUNT_AFTER.match(reading[end : end + 10]))


# --- finders ------------------------------------------------------------------------------


def _find_quoted(reading: str) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """`平台“储信安”`: the quoted name; the descriptive phrase before it is consumed."""
    found, consumed = [], []
    for m in QUOTED_AFTER.finditer(reading):
        name = m.group(2).strip()
        if not name or _rejected(name, "platform", _suffix_of(name)):
            continue
        kind_word = m.group(1)
        kind = KIND_SUFFIXES.get(_suffix_of(name) or "", KIND_SUFFIXES.get(kind_word, "platform"))
        if _honour_before(reading, m.start(), ""):
            continue
        found.append(_Candidate(m.start(2), m.end(2), name, kind, "“"))
        consumed.append((_hard_start(reading, m.start(1)), m.end()))
    return found, consumed


def _enum_head(reading: str, pos: int) -> tuple[str, str, int] | None:
    """After 等/三大: (head phrase, kind, end) when a kind word heads the next ≤8 characters."""
    m = ENUM_COUNT.match(reading, pos)
    j = m.end() if m else pos
    window = reading[j : j + 10]
    stop = next((k for k, ch in enumerate(window) if not (_is_name_char(ch) or ch in "“”「」")), 10)
    m = _ENUM_HEAD_RE.search(window[:stop])
    if not m:
        return None
    return window[: m.end()], ENUM_HEADS[m.group()], j + m.end()


def _enum_items(reading: str, end: int) -> tuple[list[tuple[int, int]], str]:
    """The 、-separated items ending at `end`, left-bounded like names; and the cut word."""
    items: list[tuple[int, int]] = []
    right = end
    while True:
        left = right
        while left > 0 and (_is_name_char(reading[left - 1]) or reading[left - 1] in "“”「」"):
            left -= 1
        items.append((left, right))
        if left > 0 and reading[left - 1] == "、":
            right = left - 1
            continue
        break
    items.reverse()
    # the first item starts after the nearest boundary word
    first_left, first_right = items[0]
    cut = reading[first_left - 1 : first_left] if first_left else ""
    for pos in range(first_right - 1, first_left, -1):
        word = _boundary_before(reading, pos, first_left)
        if word and not reading.startswith(ROAD_WORDS, pos):
            if word in COORDINATORS:
                left = reading[first_left : pos - len(word)]
                if not (
                    not left
                    or left.endswith(ACTOR_ENDINGS)
                    or left in _place_names()[0]
                    or _boundary_before(left, len(left), 0)
                ):
                    continue  # 平和坊: 和 inside the first item
            items[0] = (pos, first_right)
            cut = word
            break
    return items, cut


def _find_enumerations(reading: str) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """`A、B等7个“双创”园区`, `A、B、C三大跨境电商产业园`, `A、B等开业`."""
    found: list[_Candidate] = []
    consumed: list[tuple[int, int]] = []
    for m in ENUM_MARK.finditer(reading):
        is_deng = m.group() == "等"
        if any(a <= m.start() < b for a, b in consumed):
            continue
        if not is_deng and (reading[m.start() - 1 : m.start()] in ("等", "")):
            continue
        head = _enum_head(reading, m.end() if is_deng else m.start())
        after = reading[m.end() : m.end() + 6]
        status_only = is_deng and after.startswith(ENUM_STATUS_VERBS)
        if not head and not status_only:
            continue
        items, cut = _enum_items(reading, m.start())
        items = [(s, e) for s, e in items if e > s]
        if not items or (not is_deng and len(items) < 2):
            continue
        if cut in HONOUR_VERBS or cut in COORDINATORS:
            continue  # 获评A、B等…; 与A、B等平台合作 names partners
        head_text, head_kind, head_end = head or ("", "other", m.end())
        head_text = head_text.replace("“", "").replace("”", "")
        if any(x in head_text for x in HEAD_CATEGORY_MARKERS):
            continue  # 大数据、区块链等主题园区: the items are themes
        tail = reading[head_end : head_end + 6]
        if head_text.endswith("项目") and not any(c in tail for c in ENUM_STATUS_VERBS):
            continue  # …等4个项目入选: entries in a list, not works
        head_core = re.sub(r"^" + _NUM + r"(?:大|个|家|座|栋)", "", head_text)
        batch = []
        for s, e in items:
            name = _strip_leading(reading[s:e].strip("“”「」『』"))
            own_suffix = _suffix_of(name)
            if not is_deng and head_core and not own_suffix:
                name = name + head_core  # 三大跨境电商产业园 distributes its head
            suffix = _suffix_of(name)
            kind = head_kind if head else KIND_SUFFIXES.get(suffix or "", "other")
            if own_suffix and (not head or head_kind == "other"):
                kind = KIND_SUFFIXES[own_suffix]  # 解放碑步行街…等景点: a street is a zone
            if _rejected(name, kind, suffix) or len(name) > 16 or _segment_generic(name):
                continue
            if any(name.endswith(x) for x in COMPANY_MARKERS) or len(name) < 2:
                continue
            batch.append(_Candidate(s, e, name, kind, cut))
        if batch:
            found.extend(batch)
            consumed.append((items[0][0], head_end))
    return found, consumed


def _find_suffixed(reading: str, consumed: list[tuple[int, int]]) -> list[_Candidate]:
    """Names ending in a kind suffix, scanned right to left so the outermost name wins."""
    hits: list[tuple[int, int, str]] = []
    for m in _SUFFIX_AT.finditer(reading):
        i, suf = m.start(), m.group(1)
        nxt = reading[i + len(suf) : i + len(suf) + 3]
        if not nxt.startswith(SUFFIX_NOT_BEFORE.get(suf, ()) + TITLE_AFTER + FIRM_AFTER):
            hits.append((i, i + len(suf), suf))
    found: list[_Candidate] = []
    taken = list(consumed)
    for s, e, suf in reversed(hits):
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        end = e
        phase = PHASE.match(reading, end)
        if phase:
            end = phase.end()
        hard = _hard_start(reading, s)
        left, cut = _left_edge(reading, s, suf, hard)
        raw = reading[left:s] + suf + reading[e:end]
        name = _strip_leading(raw).strip()
        if name.startswith(("“", "「")) and name.count("“") == 1 and "”" not in name:
            name = name[1:]
        if name.startswith("“") and name.endswith("”"):
            name = name[1:-1]
        name_start = left + (len(raw) - len(name)) if name and raw.endswith(name) else left
        kind = KIND_SUFFIXES[suf]
        core = name[: len(name) - (end - e)] if end > e else name
        name = _trim_redundant(name, suf) if end == e else name
        rejected = _rejected(name, kind, suf)
        if not (rejected and suf in SOFT_SUFFIXES):
            taken.append((left, end))  # a rejected 项目/改造 may still hold a name inside
        if rejected or _is_generic(core, suf):
            continue
        if suf in SHORT_BODY_SUFFIXES and len(core) - len(suf) < 3:
            continue
        if _honour_before(reading, name_start, cut) or _counted(reading, name_start, end):
            continue
        if cut in ("位居", "位列"):
            continue  # 增速位居全市郊区新城第一: a rank's scope
        if cut == "以" and reading.startswith(ANCHOR_AFTER, end):
            continue  # 以X为核心: an anchor of something else (以X为例 still names X)
        if any(name.endswith(x) for x in STORE_SUFFIXES):
            continue
        clause_head = reading[_clause_bounds(reading, name_start, end)[0] : name_start]
        role_verb = cut in ROLE_VERBS or any(v in clause_head for v in ROLE_VERBS if len(v) == 2)
        if suf == "中心" and role_verb and core[:-2].endswith(ROLE_SECTORS):
            continue  # 打造区域金融中心: a role for the city, not a facility
        found.append(_Candidate(name_start, end, name, _kind_of(name, suf), cut))
    return found


def _names_works(body: str, markers: tuple[str, ...]) -> bool:
    """A body long enough to be a name, that says what is built or made (电驱系统研发制造)."""
    return len(body) >= 6 and any(m in body for m in markers)


def _kind_of(name: str, suffix: str) -> str:
    """The kind of a name: its suffix's, or for `X产业园三期项目` the inner suffix's."""
    infra = any(m in name for m in INFRA_MARKERS) or _names_works(
        name[: -len(suffix)], ENERGY_MARKERS
    )
    if suffix == "项目" and not infra:
        inner = _suffix_of(PHASE.sub("", name[: -len(suffix)]))
        return KIND_SUFFIXES[inner] if inner else "other"
    return KIND_SUFFIXES.get(_suffix_of(name) or suffix, "other")


def _trim_redundant(name: str, suffix: str) -> str:
    """`江汉经济开发区园区` → 江汉经济开发区: drop a trailing kind word of the same kind."""
    if suffix not in REDUNDANT_TAILS:
        return name
    body = name[: -len(suffix)]
    for inner in _STRONG_SUFFIXES_OF_KIND[KIND_SUFFIXES[suffix]]:
        idx = body.rfind(inner)
        if idx <= 0:
            continue
        rest = name[idx + len(inner) :]
        rest_body = rest[: -len(suffix)]
        if not rest_body or _segment_generic(rest_body):
            return name[: idx + len(inner)]
    return name


def _find_honour_subjects(reading: str) -> list[_Candidate]:
    """`黎黄陂路获评国家级旅游休闲街区`: the clause subject takes the title's kind."""
    found = []
    for m in re.finditer(r"(获评|获批|入选|荣获|被评为)", reading):
        title = re.split(r"[，,。；;]", reading[m.end() :])[0].strip("“”「」")
        suffix = _suffix_of(title.rstrip("”」"))
        if not suffix or suffix in ("项目", "中心", "平台"):
            continue
        clause_start = max(reading.rfind(p, 0, m.start()) for p in CLAUSE_PUNCT + "、") + 1
        subject = reading[clause_start : m.start()]
        if not (2 <= len(subject) <= 10) or not all(_is_name_char(c) for c in subject):
            continue
        if _boundary_before(reading, m.start(), clause_start) not in (None, "获"):
            continue
        if any(b in subject for b in ("的", "在", "将", "已", "等")) or _suffix_of(subject):
            continue
        if _rejected(subject, "zone", None) or _segment_generic(subject):
            continue
        if any(subject.endswith(x) for x in COMPANY_MARKERS + ("区", "市", "省", "县")):
            continue
        found.append(_Candidate(clause_start, m.start(), subject, KIND_SUFFIXES[suffix], ""))
    return found


def _find_addresses(reading: str, taken: list[tuple[int, int]]) -> list[_Candidate]:
    """`依托岳飞街1号，` — a street number standing alone names a building."""
    found: list[_Candidate] = []
    if "号" not in reading:
        return found  # the address pattern backtracks at every character: skip it early
    for m in ADDRESS.finditer(reading):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in taken):
            continue
        if e < len(reading) and _is_name_char(reading[e]):
            continue  # 万松园路251号危旧房改造 is read by its suffix
        left, _cut = _left_edge(reading, m.start(2), "", s)
        name = _strip_leading(reading[left:e])
        if len(name) < 4:
            continue
        found.append(_Candidate(e - len(name), e, name, "building", ""))
    return found


def _find_renewal_compounds(reading: str) -> list[_Candidate]:
    """`红光小区…老旧小区改造`: a named compound counts only where renovation is the topic."""
    if not re.search(r"改造|更新|危旧|棚改", reading):
        return []
    found = []
    for m in re.finditer(r"([\u4e00-\u9fff]{2,6})小区", reading):
        left, cut = _left_edge(reading, m.start() + len(m.group(1)), "小区", m.start())
        name = _strip_leading(reading[left : m.end()])
        body = name[:-2]
        if (
            len(body) < 2
            or _segment_generic(body)
            or re.search(r"老旧|好|示范|居民|各|该|个", body)
        ):
            continue
        if _counted(reading, left, m.end()):
            continue
        found.append(_Candidate(m.end() - len(name), m.end(), name, "renewal", cut))
    return found


# --- status and year ----------------------------------------------------------------------


def _clause_bounds(reading: str, start: int, end: int) -> tuple[int, int]:
    return start_of_clause(reading, start, CLAUSE_PUNCT), end_of_clause(reading, end, CLAUSE_PUNCT)


def _status(reading: str, cand: _Candidate) -> str | None:
    """The status cue nearest the name in its clause: its predicate first, then its verb."""
    lo, hi = _clause_bounds(reading, cand.start, cand.end)
    after = reading[cand.end : hi]
    m = _AFTER_RE.search(after)
    if m:
        return STATUS_AFTER[m.group()]
    before = reading[lo : cand.start].rstrip("“「『")
    place = _place_suffixes().longest_suffix(before)
    if place and len(place) < len(before):
        before = before[: -len(place)]  # 在江汉区X: the verb governs X
    for i in range(len(before), 0, -1):
        for n in _BEFORE_LENGTHS:  # longest cue ending at i first
            cue = before[i - n : i] if n <= i else ""
            if cue not in STATUS_BEFORE:
                continue
            if cue in ("在", "以") and i != len(before):
                continue  # 在/以 only when they directly introduce the name
            return STATUS_BEFORE[cue]
    return None


def _year(reading: str, cand: _Candidate, frame: TimeFrame) -> int | None:
    """Explicit year, 今年, 去年 or 这一年 in the name's clause or the sentence's lead phrase."""
    lo, hi = _clause_bounds(reading, cand.start, cand.end)
    lead_end = min([i for i in (reading.find(p) for p in "，,") if i >= 0], default=0)
    for text in (reading[lo:hi], reading[:lead_end] if lead_end <= 12 else ""):
        m = YEAR.search(text)
        if m:
            return int(m.group(1))
        # 今年/去年 count from the year of writing; 这一年 is the year under review
        if frame.current_year is not None and "去年" in text:
            return frame.current_year - 1
        if frame.current_year is not None and "今年" in text:
            return frame.current_year
        if "这一年" in text or "当年" in text:
            return frame.reporting_year
    return None


# --- public -------------------------------------------------------------------------------


def _same_project(new: str, seen: str) -> bool:
    """Same project: a place prefix, a phase/kind tail, or a clear shortening of the name."""
    if new == seen:
        return True
    short, long_ = sorted((new, seen), key=len)
    if len(short) < 3:
        return False
    if short in long_:
        if long_.endswith(short):
            extra = long_[: -len(short)]
            places, _ = _place_names()
            return extra.rstrip("·") in places or len(short) >= 4
        if long_.startswith(short):
            extra = long_[len(short) :]
            return bool(PHASE.match(extra)) or extra in KIND_SUFFIXES
        return False
    # 汉口历史风貌区 ~ 汉口历史文化风貌区: same ending, in order, mostly the same bigrams
    it = iter(long_)
    subsequence = all(ch in it for ch in short)
    return subsequence and _suffix_of(short) == _suffix_of(long_) and _dice(short, long_) >= 0.6


def _dice(a: str, b: str) -> float:
    x = {a[i : i + 2] for i in range(len(a) - 1)}
    y = {b[i : i + 2] for i in range(len(b) - 1)}
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


# a name rated in an evaluation is a category (市级夜间经济示范区评价), not a works
# (but 重庆临空经济示范区综合排名…: the zone itself ranked)
_RATED_AFTER = re.compile(r"(?:年度|综合)?(?:评价|评选|评比|考评|考核)(?:中|工作|结果)")


def find_project_mentions(sentence: Sentence) -> list[_Candidate]:
    """Every project mention in one sentence, in reading order (no cross-sentence dedupe)."""
    reading = sentence.reading
    quoted, consumed_q = _find_quoted(reading)
    enums, consumed_e = _find_enumerations(reading)
    consumed = consumed_q + consumed_e + [(c.start, c.end) for c in quoted + enums]
    suffixed = _find_suffixed(reading, consumed)
    taken = consumed + [(c.start, c.end) for c in suffixed]
    extra = _find_honour_subjects(reading) + _find_addresses(reading, taken)
    extra += _find_renewal_compounds(reading)
    out: list[_Candidate] = []
    for cand in sorted(quoted + enums + suffixed + extra, key=lambda c: (c.start, -c.end)):
        if _RATED_AFTER.match(reading, cand.end) or LIST_START.match(cand.name):
            continue  # 在江苏省示范步行街年度评价中: a category rated; （一）商圈…: a heading
        if any(_same_project(_norm(cand.name), _norm(o.name)) for o in out):
            continue
        out.append(cand)
    return out


def extract_projects(
    sentences: list[Sentence],
    district: str | None,
    frame: TimeFrame,
    mentions: list[list[_Candidate]] | None = None,
) -> list[Project]:
    """Named projects in an article, one record each at its first mention.

    Args:
        sentences: the article's sentences from `split_sentences`.
        district: the article's subject district, copied onto every record.
        frame: what 今年, 去年 and 这一年 resolve against.
        mentions: `find_project_mentions` of each sentence, when the caller has them.

    Returns:
        `Project` records in article order; evidence is the sentence as written.
    """
    projects: list[Project] = []
    seen: list[str] = []
    if mentions is None:
        mentions = [find_project_mentions(s) for s in sentences]
    for sentence, found in zip(sentences, mentions, strict=True):
        for cand in found:
            key = _norm(cand.name)
            if not key or any(_same_project(key, s) for s in seen):
                continue
            seen.append(key)
            projects.append(
                Project(
                    district=district or "",
                    name=cand.name,
                    kind=cand.kind,
                    status=_status(sentence.reading, cand),
                    year=_year(sentence.reading, cand, frame),
                    evidence=sentence.raw,
                    span_start=sentence.start,
                    span_end=sentence.end,
                )
            )
    return projects
