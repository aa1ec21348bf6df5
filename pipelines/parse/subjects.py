"""Whose figure is it: the district's, another district's, the city's, or one project's.

A figure belongs to the last district named before it in its sentence (白云区增速全市第一),
to nobody when the city or province is the subject (全市…, 武汉市GDP…), and not to the
district when its subject is one company, park, building or project: a company's spokesman,
`总投资80亿元的X产业园…`, `X正式开园，首批入驻企业60家`, `在X片区，…新增停车位860个`,
`小区共有住户612户`. Statistical notes (统计范围为…) are no data at all.
"""

from __future__ import annotations

import re

from pipelines.parse.districts import (
    DistrictFinder,
    DistrictMention,
    short_form,
    short_name_ends,
)
from pipelines.parse.numbers import Amount
from pipelines.parse.patterns import alternation, end_of_clause, start_of_clause
from pipelines.parse.periods import HOLIDAY_SPAN, YEAR_PARTS
from pipelines.parse.phrases import (
    MAINLAND_QUOTES,
    NOUN_STOP,
    VERB_END,
    quoted,
    strip_phrase,
    without_leads,
)
from pipelines.parse.text import BULLET_CLASS

# a clause opened by one of these sets a scene (依托…, 在…): its nouns are not the subject
_ADVERBIAL_OPENERS = (
    "依托",
    "在",
    "通过",
    "以",
    "围绕",
    "借助",
    "凭借",
    "聚焦",
    "对",
    "面对",
    "作为",
    "立足",
    "随着",
    "为",
    "针对",
    "对标",
)

_ENTITY = re.compile(
    r"(?:企业|品牌|厂商|厂)[「“][^」”]{1,12}[」”]"  # 航空零部件企业「津翼科技」
    r"|有限公司|分公司|公司|集团|分行|支行|该行|该企业|园区|产业园|基地|大厦|示范区|开发区|高新区|经开区|科创城"
    r"|合作区"
    r"|平台|推介会|酒店|商场|该项目|工作室|股份(?!(?:经济)?合作)|项目(?=全部|建成|投产|达产)"
    r"|地块(?![数总])"  # 编号为YT2-16-41的地块…以总价9.82亿元成交: one parcel's
    # one named scenic spot (篁岭景区, not 重点景区 or A级旅游景区) and one show (《边城》…演出)
    r"|(?:^|(?<=[，,；;。：:\s]))[\u4e00-\u9fff]{2,6}?(?<![点要大级费门游县区市各全通入进])景区"
    r"|《[^《》]{1,12}》(?=[^，,。；;]{0,8}(?:演出|加演|上演|观演|票房|首演))"
)

_ENTITY_CATEGORIES = {
    "跨国",
    "上市",
    "外资",
    "内资",
    "国有",
    "民营",
    "私营",
    "总部",
    "央企",
    "星级",
    "主要",  # 县城主要酒店周末入住率: the main hotels, every one of them
}

_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆")  # autonomous regions by short name
_LOCATION_BEFORE = ("在", "落户", "位于", "入驻", "扎根", "来到", "走进", "新落户")

# an autonomous region's own office as the source: its 全区 is the region
_REGION_SPEAKS = re.compile(r"自治区[\u4e00-\u9fff]{0,10}?(?:厅|局|委员会|政府|办公室)")
# 放眼常州，全市…; 从全市看，重庆汽车产量…: the sentence turns to a bigger whole
_LOOK_AT = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}[：:])?(?:放眼|纵观|综观|放在|从)(?P<place>[\u4e00-\u9fff]{2,4}?)"
    r"(?:全市|全省|全国)?(?:层面|角度|范围)?(?:来看|看|内|上看)?[，,]"
)
_CITY_OPENERS = re.compile(
    # 福建全省, 山东省, 大陆全国: a named whole; not 约占全市 or 增速居全市
    r"^(?:(?:(?![占为比较于超高低快慢约近达居位列在对按据照依])[\u4e00-\u9fff]){2,3}(?=全市|全省)"
    r"|[\u4e00-\u9fff]{1,2}省(?![内外级])|大陆|内地)?"
    r"(?:全市|全省|全州|全盟|全国|我国|全球|澳门|香港|台湾|两岸"
    # 广西全区: an autonomous region, a province; 越南芒街市…: a town over the border (not
    # 越南榴莲, 俄罗斯游客: goods and visitors from there)
    rf"|(?:{'|'.join(_REGIONS)})全区"
    r"|(?:越南|老挝|缅甸|朝鲜|俄罗斯|蒙古国|哈萨克斯坦)[\u4e00-\u9fff]{1,4}?(?:市|省|州|县))"
    # 其中全国首店、华南首店19家: a kind of store the district drew, not the nation's
    r"(?!首店|首发|首家|首批)"
)
# “五一”假期福建全省…: the holiday is time, the subject comes after it
_HOLIDAY_LEAD = re.compile(rf"^{HOLIDAY_SPAN}[，,]?")

# `…总投资2.1亿美元的博科…项目`: an amount describing the works named after it
_WORKS_AFTER = re.compile(r"的[^，,；;。的]{2,24}?(?:项目|工程|产业园|园区|基地|综合体|大厦)")
_WORKS_NAMED = re.compile(
    r"[^，,；;。的、\d\s]{2,16}?(?:项目|工程|基地|电站)(?![\d一二三四五六七八九十])"
)

_SPEAKS = r"(?:说|表示|介绍|告诉记者)[，,：:]"
_COMPANY_SPEAKS = re.compile(
    rf"(?:有限公司|集团|股份|高新区|开发区|园区|项目|店里|门店)[^，,。]{{0,12}}{_SPEAKS}"
    # 一家花炮厂负责人说，…: a firm's head gives its own figures
    rf"|(?:企业|公司|厂|合作社)(?:负责人|董事长|总经理|创始人|老板)[^，,。]{{0,6}}{_SPEAKS}"
    # 院长刘德山介绍，…: a hospital's or a school's head gives the institution's own figures
    rf"|(?:董事长|总经理|创始人|院长|校长)[^，,。]{{0,8}}{_SPEAKS}"
)

# 该产业园…, 这座综合体…: the thing just named, whatever follows
_THIS_WORKS = re.compile(
    r"^(?:(?:据了解|据悉|据介绍|此外|另外|同时)[，,])?(?:该|此|这个|这座|这家|这处|这片|这所)[\u4e00-\u9fff]{0,3}?"
    r"(?:产业园|园区|项目|基地|中心|街区|片区|小区|景区|商场|综合体|产业港|公司|企业|园"
    r"|风电场|光伏电站|电站|电厂|工厂|水库|大桥|场馆|医院|学校|牧场|渔场"
    r"|榜单|报告|排名|评价|指数|招聘会|活动)"
)
# the words that name one business: 一家…企业, 这家…门店, 某…公司
_A_FIRM = r"(?:企业|公司|工厂|厂商|门店|酒店|银行|集团|巨头)"
# 这家创办于1993年的企业，去年研发投入…: the firm just described, whatever follows;
# 作为链主企业，时创新能源去年营收…: a firm in its role; 宏泰新材料去年营收58亿元: a firm by its
# trade name, then what only a firm reports
_THIS_FIRM = re.compile(
    rf"^这家[^，,。；;]{{0,16}}?{_A_FIRM}[，,]"
    r"|^作为(?:[^，,。；;]{0,8})(?:链主|龙头|领军|头部|骨干)(?:企业)?[，,]"
    r"|^[\u4e00-\u9fff]{2,4}(?:新能源|新材料|科技|电子|电气|生物|制药|药业|股份|实业|机械|精密|光电|半导体)"
    r"(?:去年|今年|上半年|前三季度|一季度)?(?:营收|营业收入|销售收入|出货量|订单|净利润)"
)
# 康师傅2025年营收约800亿元, 其中，安踏体育去年营收首度突破700亿元: a firm by its name
# (not 规上服务业营收, 全区…营收: a sector's or the district's)
_FIRM_EARNS = re.compile(
    r"(?:其中[，,]?|旗下)?(?![全各该本])(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)"
    r"(?:(?:19|20)\d{2}年|去年|今年|上半年|前三季度|一季度|全年)?(?:营收|净利润)"
    r"(?:首度|首次|再次|同比)?(?:突破|达到|达|超过|超|约|近|逾|为)?"
)
# words no firm's name holds: a sector, the district, a time or a verb
_NOT_A_FIRMS_NAME = re.compile(
    r"业|企业|全|区|县|市|旗|规上|规模|园|镇|街道|平台|电商|景区|实现|完成|累计|去年|今年|同期|目前"
)
_ANAPHORIC_SUBJECT = re.compile(
    r"^(?:该|此|这个|这一|这座|这家|这所)?(?:小区|项目|园区|片区|街区|基地|中心|公司|企业|景区|商场|学校|新校)"
    r"(?:共有|共|现有|已|全部|建成后|投产后|达产后|累计|总投资|占地|建筑面积|年|将|计划|预计|内|规划|设计"
    r"|新引进|新增|引进|实现|完成)"
)

_DEFINITION = re.compile(
    r"统计范围|统计口径|是指|指年主营业务收入|^注[：:]|^[\d一二三四五]+[.．、]?注"
)

# a sentence opening on `<amount>的<name>` is about that one project or company
_ABOUT_ONE_PROJECT = re.compile(
    r"^(?:\d{1,2}月份?(?:\d{1,2}日)?|其中|同时|此外|另外)?[，,]?(?:这条|这座|这个|该)?"
    r"(?:(?:计划|协议|项目)?总投资|总?建筑面积|占地面积?|规划面积|总面积|全长|总长)"
    r"(?:约|近|超过?|逾)?[\d.]+[万亿]*(?:元|美元|平方米|平方公里|亩|公里|千米|米)"
    r"(?:、[^，,。的]{2,8}?(?:约|近|超过?|逾)?[\d.]+[万亿]*(?:元|美元|平方米|平方公里|亩|公里|千米|米))?的"
)

_SENTENCE_LEAD = re.compile(
    r"^(?:" + BULLET_CLASS + r"|\s)*"
    r"(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?"  # 1. X项目
    r"(?P<role>作为[^，,。]{2,30}[，,])?"  # 作为全区最大的更新项目，X项目…: all about X
    rf"(?:(?:19|20)\d{{2}}年|今年|去年)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?|{YEAR_PARTS}"
    r"|今年以来|今年|去年|全年|其中|同时|此外|另外|目前|如今|当天|当日|[\u4e00-\u9fff]{0,4}(?:假期|期间)+"
    r"|[\u4e00-\u9fff]{1,6}方面)?"
    # 由X与Y共建的, 位于海甸岛的, 当天集中开工的, 与之相邻的: a clause describing the project
    r"[，,]?(?P<rel>[^，,。；;：:]{1,20}?的)?"
    r"(?P<place>在|位于|地处)?"
)

# words that refer a figure back to the project the sentence opened with
_BACK_TO_PROJECT = re.compile(
    r"首批|首期|首个|首日|首年|已吸引|吸引|入驻|园内|园区内|项目内|当天|累计接待|提供|可容纳|建成后|达产后"
    r"|投产后|涉及|计划|预计|总建筑面积|建筑面积|占地|园区|征迁|征收|总投资|改造范围|规划面积"
    r"|(?:开街|开业|开园|投用|运营|开放)(?:后|以来)|接待游客|游客量"
    r"|年产|年发电|年处理|装机|产能|规划用地|用地|主要建设|冷库|设置"  # one works' capacity: X项目建成投产，年产绿氢1万吨
    # what one works holds or adds: 污水处理厂三期竣工，新增日处理能力10万吨; 新院区开诊，新增床位800张
    r"|处理能力|供电能力|吞吐能力|通行能力|床位|牀位|藏书|座位|泊位|街区内|馆内|院内|站内"
    # what the works builds, houses and has done so far: …项目总投资38.7亿元，可安置居民2100余户
    r"|将建设|将新建|建设研发|可安置|部署|流转土地|已完成投资"
)

# a zone or park as the first word of a sentence: its figures are the zone's, not the district's
_ZONE_OPENS = re.compile(
    r"^(?:据[^，,。]{2,12}(?:介绍|统计|显示)[，,])?"  # 据开发区管委会介绍，…
    r"(?:[\u4e00-\u9fff]{1,6}方面[，,])?"  # 前海方面，合作区上半年…
    rf"(?:其中[，,]?)?(?:(?:19|20)\d{{2}}年|今年|去年)?(?:全年|目前|{YEAR_PARTS}"
    r"|\d{1,2}[—\-至~]\d{1,2}月)?"  # 1—6月，园区实现…
    r"[，,]?(?:该|此)?"
    r"(?:(?:经济开发区|开发区|经开区|高新区|园区|产业园|示范区|管委会|商务区|商圈|合作区)(?![内外])"
    # a named zone acting: 岳塘经开区完成规上工业总产值… (not 陆良硅材料产业园产能持续释放)
    r"|(?![全各本该我以在从对为据])[\u4e00-\u9fff]{2,6}?(?:经济开发区|开发区|经开区|高新区)"
    r"(?=完成|实现|新增|新引进|引进|累计|共|全年|上半年|前三季度|规上|规模以上|签约|拥有|已|是)"
    # a named area or port acting: 前海…合作区南山片区去年新增港资企业, 拱北口岸去年全年出入境旅客
    r"|(?![全各本该我以在从对为据])[\u4e00-\u9fff]{2,16}?"
    r"(?:合作区|片区|自贸区|自贸试验区|世纪城|科学城|科技城|医学城|商务区|商圈|集中区|口岸|港区|机场"
    # a bonded zone or a port: 西永综保区实现进出口…, 宁波舟山港完成货物吞吐量…
    r"|综合保税区|综保区|保税港区|保税区|保税物流中心|新港|港)"
    r"(?=(?:19|20)\d{2}年|去年|今年|全年|上半年|前三季度|\d{1,2}[—\-至~]\d{1,2}月"
    r"|新增|新引进|引进|新入驻|入驻|累计|已|实现|完成))"
)

_DISTRICT_WIDE = re.compile(r"全区|该区|全县|该县|全域")  # 区内 may be the project's surroundings

_CLAUSE_BREAK = re.compile(r"[，,；;：:]")

# words by which a clause names the district itself as its subject
WHOLE_DISTRICT = re.compile(r"全区|该区|本区|我区|区内|辖区|全县|该县|本县|县内|全旗|全域")
# 全县星级酒店: all of a kind in the district (not 区内企业青岛智芯…, one firm in it)
# (not 广西全区, 内蒙古全区: an autonomous region's whole)
_EVERY_ONE = re.compile("".join(f"(?<!{region})" for region in _REGIONS) + "全区|全县|全旗|全域")
_WHOLE_AFTER = re.compile(r"全区|全县|该区|该县")  # the district itself, named after a place
# 经榆林市统计局统一核算, 根据宣城市地区生产总值统一核算结果: the city names the source, it is
# not the subject of the figures after it
_SOURCE = re.compile(r"统计局|(?:地区生产总值)?统一核算")


_ABOVE_OR_BELOW = ("高于", "低于", "快于", "慢于", "超出", "领先")
# 高出成都市平均水平0.3个百分点，城乡居民收入比…: a place compared with is no subject
_COMPARISON_WORDS = ("高出", *_ABOVE_OR_BELOW, "比", "较")
_LIST_OF_NAMES = re.compile(r"[、等]")  # A、B等7个园区 counts the names it lists
_CITY_BENCHMARK = re.compile(
    rf"(?:{'|'.join(_ABOVE_OR_BELOW)})[\u4e00-\u9fff]{{0,8}}?(?:全市|全省|全国|自治区)(?:同期)?(?:平均)?(?:水平)?"
    # 低于大陆官方公布的全国GDP成长率5%: the nation's growth, named
    r"(?:的?(?:GDP|经济|地区生产总值)?(?:增长率|成长率|增速|增幅))?"
    r"(?:的|[（(])?$"  # 快于全市平均水平（4.6%）
    # 较广州全市2.1%的增速高出2.3个百分点: the city's growth, compared with
    r"|(?:较|比)[\u4e00-\u9fff]{0,4}?(?:全市|全省|全国)(?:同期)?(?:平均)?$"
)


def _attribute_of_works(r: str, amount: Amount, project_starts: set[int]) -> bool:
    """`<amount>的<works>`: the amount describes the project or building named after it; so
    does a capacity run into the name (2GWh储能电池PACK项目, 30万吨级码头工程)."""
    if amount.unit_class not in ("count", "money", "percent") and _WORKS_NAMED.match(r, amount.end):
        return True
    if not r.startswith("的", amount.end):
        return False
    return amount.end + 1 in project_starts or _WORKS_AFTER.match(r, amount.end) is not None


_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:市|区|县|旗)(?=[\u4e00-\u9fff])")
# without 在, only a district's or county's name (崂山区…), not 依托全市…
_DISTRICT_FIRST = re.compile(
    r"(?![全本该我各每])[\u4e00-\u9fff]{1,4}?(?:区|县|旗)(?![区县旗])(?=[\u4e00-\u9fff])"  # 赣县区
)


def opens_with_project(reading: str, project_spans: list[tuple[int, int]]) -> str | bool:
    """`scene` for `在X产业园，…`; True when a named project opens the sentence; else False."""
    lead = _SENTENCE_LEAD.match(reading)
    assert lead is not None  # every part of the lead is optional
    # the project may also be the start of what looked like a describing clause
    starts = (lead.start("rel"), lead.end()) if lead.group("rel") else (lead.end(),)
    place = _PLACE_FIRST if lead.group("place") else _DISTRICT_FIRST
    named = place.match(reading, lead.end())
    if named:
        # 在偃师区三轮摩托车产业园，, 崂山区氢能产业园位于…: the park, in the district
        starts += (named.end(),)
    start, end = next(
        ((s, e) for start in starts for s, e in project_spans if s == start), (0, None)
    )
    if end is None:
        return False
    described = lead.group("rel") and not lead.group("rel").startswith(("位于", "地处", "坐落"))
    if described and start == lead.end():
        return True  # 去年上线的X平台，全年兑现资金…: described, then not the only topic
    if lead.group("role") or reading[end : end + 1] in "，,":
        return "scene"  # `X项目，总投资52亿元，建设…`: the name alone opens the sentence
    return "scene" if lead.group("place") and reading[end : end + 1] in "，," else True


def zone_opens(r: str) -> bool:
    """A sentence whose subject is a zone or park (2024年开发区完成…, 园区新增…)."""
    return _ZONE_OPENS.match(r) is not None


# the investment of one project or company, unless the sentence adds several up
_ONE_PROJECTS_INVESTMENT = re.compile(
    r"(?:其中[，,]?)?(?:[^，,。；;]{0,30}?(?:项目|企业|公司|集团))?"
    r"(?:计划|协议|拟)?总?投资(?:额|金额)?(?:约|达|为|达到|超过?)?"
)
_AGGREGATE = re.compile(
    r"共|合计|累计|完成|实施|年度|签约|全区|全县|全年|集中|批|个|等|总额|项目总数"
)
_CAPACITY = re.compile(r"(?:建成|投产|达产|达效)后")
# 将建设年产60万套…生产线, 单线年产能可达20万套: what one works can make, not an output
_CAPACITY_BEFORE = re.compile(
    r"(?:年产(?![量值])|(?:年|设计|规划)产能)(?:可达到?|达到?|可|约|为|超过?)?$"
)
_GROWTH_NEXT = re.compile(r"[，,]?(?:同比|比上年|较上年|按年)?(?:增长|下降|增加|减少)")
# 全部达产后，预计年产值40亿元: what one project will do once built
_AFTER_COMPLETION = re.compile(
    r"^(?:[^，,。]{0,8}[，,])?(?:项目|全部|该项目)?(?:建成|投产|达产|达效|投运)(?:投用)?后"
)
# a job fair's stands, posts and visitors are the event's
_JOB_FAIR = re.compile(r"招聘会(?=吸引|现场|当天|上|共)|进场招聘|招聘活动现场")
# an example taken apart: 以江汉经济开发区为例，… describes the example, not the district
_FOR_EXAMPLE = re.compile(r"^以(?![^，,。]*(?:全区|全县|全市))[^，,。]{2,20}为例[，,]")
# one event's figures: 第三届古城灯会吸引游客…
# (not 第七届人民代表大会第五次会议: a congress where the year's figures are reported)
_EVENT = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}届(?![^，,；;。]{0,4}(?:人民代表大会|人大|政协|党代表大会|委员会))"
    r"[^，,；;。]{0,20}?(?:会|节|展|赛|论坛|峰会|活动)"
)
# 去年4月底举办的2024郑州国际汽车展览会上，5天展期共成交新车…: the show's own figures
_HELD_EVENT = re.compile(
    r"(?:举办|举行)的[^，,；;。]{2,30}?(?:展览会|博览会|交易会|展销会|车展|购物节|消费节|美食节)上?$"
)
# a firm speaking of itself, inside its quotation
_OWN_FIRM = re.compile(r"公司|我们厂|厂里|我们店|店里|我们企业|本企业|合作社")
# one person's shop or household: 她的店面积约40平方米
_PERSONAL = re.compile(
    r"(?<![其吉])[她他](?:的|家|们家|一年|每年|年收入|种植|种了|养了|雇用|雇了|牵头|打算|准备)"
    r"|[\u4e00-\u9fff](?:先生|女士)(?:经营|开办|创办|家|的)"  # 港商陈先生经营的企业…: one person's
    r"|(?:我家|俺家|咱家|我们家)"  # “今年我家玉米亩产1900多斤”: a farmer speaking
)
# Hong Kong's, Macau's or Taiwan's own economy, compared in their press: not the district
_ACROSS_THE_STRAIT = re.compile(
    r"(?:香港|澳门|台湾)(?:的|全年|去年|同年|同期|整体)?"
    r"(?:本地生产总值|经济成长率|经济增长率?|GDP|整体经济|出口总值|进出口总值)"
    r"|(?:高于|低于|超过|不及|相当于)(?:香港|澳门|台湾)"  # 远高于香港不足1%的研发开支比率
)
# Taiwan's and Hong Kong's agencies and statistics, wherever in the sentence, are their own
# economies' figures (本地生产总值 and 零售业总销货价值 are Hong Kong's terms)
_THEIR_OWN_STATISTICS = re.compile(
    r"投审会|主计总处|陆委会|国发会|观光署|台湾(?:经济部|交通部|财政部)|特区政府|统计处"
    r"|本地生产总值|总销货价值|来台旅客|入境处|访港旅客|访澳旅客"
)
# one firm's figures, however big: 一家家电龙头企业年营收突破200亿元
_ONE_FIRM = re.compile(rf"(?<![每])(?:一家|这家)[^，,；;。]{{0,12}}?{_A_FIRM}")
# a visiting delegation's tour: 观摩团一行深入9个镇（街道）实地察看了18个重点项目
_DELEGATION = re.compile(r"(?:观摩团|考察团|调研组|督导组|代表团|一行)(?:先后|实地|深入|走进|来到)")
# one work's size: 北城大道北延工程全长6.8公里, 项目占地约420亩
_ONE_WORKS_SIZE = re.compile(
    r"(?:全长|总长|全程|占地面积|占地"
    # 设计时速80公里, 主跨580米, 设站9座, 年通过能力600万吨: what one work is built to
    r"|设计时速|设计速度(?:每小时)?|主跨|设站|(?:设计)?年通过能力|年(?:冷链)?周转能力)"
    r"(?:约|达|为|近)?$"
)
# who came to an event: 200余名客商代表参加活动
_ATTENDANCE_AFTER = re.compile(
    r"[^，,。；;]{0,10}?(?:参加|出席|参会|列席)了?(?:活动|会议|仪式|大会|开幕式|推介会|签约)?"
)
# a meeting's roll call: 大会应到代表241名，实到226名
_ROLL_CALL = re.compile(r"(?:应到|实到|出席|列席)(?:会议|大会)?(?:代表|委员|人员)?$")
# a village's own figures: 村里20名党员…, 全村…
_VILLAGE = re.compile(r"村里|全村|该村|村上")
# 龙涓乡举源村通过这一模式，…; 在金寨县花石乡大湾村，…; 这个曾经…的小山村，…: one village opens
# the sentence (not 村级集体经济, 农村居民, 乡村振兴: villages in general)
_ONE_VILLAGE_OPENS = re.compile(
    r"^在?(?![全各])(?:[\u4e00-\u9fff]{2,4}[县市区])?(?:(?:(?![和与及在])[\u4e00-\u9fff]){1,4}[乡镇])?"
    r"(?!中关村|城中村|淘宝村)(?:(?![和与及在的])[\u4e00-\u9fff]){2,3}(?<![农乡全各该本每强富穷美])村"
    r"(?![级民委集庄落富公振])"
    r"|^这个[^，,。；;]{0,14}?村[，,]"
)


def _any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` does: one scan instead of several."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


# in the amount's own clause, before it: a works' capacity (建成后, 年产60万套), one firm, a roll
# call, one work's size, a village, another economy, one event
_ELSE_IN_CLAUSE = _any_of(
    _CAPACITY,
    _CAPACITY_BEFORE,
    _ONE_FIRM,
    _ROLL_CALL,
    _ONE_WORKS_SIZE,
    _VILLAGE,
    _ACROSS_THE_STRAIT,
    _EVENT,
)
# anywhere in the sentence before it: a delegation's tour, Taiwan's or Hong Kong's statistics
_ELSE_IN_SENTENCE = _any_of(_DELEGATION, _THEIR_OWN_STATISTICS)
# one person's story: 果农张建军今年56岁，家里种了12亩…
_PERSONS_AGE = re.compile(
    r"(?:今年|现年|已经|已)[\d一二三四五六七八九十]{1,3}岁(?!以)|[\d一二三四五六七八九十]{2,3}岁的(?:他|她)"
    r"|^[^，,。；;]{0,6}?[\d一二三四五六七八九十]{2,3}岁的"  # 68岁的老茶农李伯种了12亩茶园
    # 家住关上街道的82岁老人李桂英…中午再花8元: one person's day
    r"|[\d一二三四五六七八九十]{2,3}岁的?(?:老人|老太太?|大爷|大妈|阿姨|奶奶|爷爷|老汉|老伯|村民)"
)


# 如果未来五年年均增长5%，…; 一旦原材料价格上涨10%，…: a scenario, not a figure; but not
# 若干措施, a conversion (若以1港元兑0.91元计算) or a figure put rhetorically (如果说…)
_HYPOTHETICAL = re.compile(
    r"(?:^|[，,；;：:—])(?:如果(?![说以按])|假如|倘若|假设|一旦|若(?![干以按]))"
)
# 有经济学者预测，…; 另有机构测算，…; 我个人的测算是，…: someone's forecast or reckoning
_FORECAST = re.compile(
    r"(?:学者|专家|教授|研究员|分析师|经济学家|机构|研究院)[^。；;，,]{0,16}?"
    r"(?:预计|预测|预判|测算|估算|判断)"
    r"|测算显示|有测算|我的判断|我(?:个人)?的?测算"
)


# …地块经过39轮竞价，以总价9.82亿元、溢价率12.5%成交: one parcel's sale
_PARCEL_SOLD = re.compile(r"地块[^。；;]*?以(?:总价|底价|楼面价|起始价|成交价)")

# 比如本地一家运动鞋服企业，去年海外营收…; 某家电龙头企业海外营收占比…: one firm's sentence
_ONE_FIRM_OPENS = re.compile(
    r"^(?:比如|例如|譬如|像)?[，,]?(?:(?:去年|今年|(?:19|20)\d{2}年)?\d{1,2}月(?:份|\d{1,2}日)?[，,]?)?"
    r"[\u4e00-\u9fff]{0,3}?(?:本地|区内|县内|市内|当地|辖区内?)?(?:一家|某)"
    rf"[^，,；;。]{{0,12}}?{_A_FIRM}"
    # 辖区龙头企业秦川机床上半年营业收入…: one leading firm, by its name
    r"|^(?:辖区|区内|县内|当地|本地)?(?:龙头|链主|骨干|领军)企业(?![数共占达的])[\u4e00-\u9fff]{2,8}"
)
# 国家提出，到2030年…; 按照国家《…规划》要求，到2025年底…: the nation's goals (a province's
# requirement is often followed by the district's own goal, so it is not here)
_NATION_SAYS = re.compile(
    r"^(?:国家|中央|国务院)(?:提出|要求|明确|规定)[，,：:]"
    r"|^(?:按照|根据)(?:国家|中央|国务院)[^。；;，,]{0,40}?要求[，,](?![^。；;]*(?:全区|全县|全市|全旗))"
)
# 位于科技路西段的中海·云著全年网签1436套: one thing, placed, opens the sentence (not
# 位于近郊的双流、郫都两区…, places listed)
_PLACED_ONE = re.compile(
    r"^(?:[^，,。；;]{0,10}[，,])?位于[^，,。；;的]{2,20}的(?![全该本])(?![^，,。；;]{0,8}[、和与及])"
)


# 某银行济南分行相关负责人告诉记者，该行…: a bank or broker on its own business (not the
# central bank's branch, 人民银行…支行, which speaks for the district's lenders)
_BANK_SPEAKS = re.compile(
    rf"^(?!(?:中国)?人民银行|人行|央行)[^，,。]{{0,16}}?(?:银行|分行|支行|券商)[^，,。]{{0,12}}{_SPEAKS}"
)
# 区人民医院全年完成门急诊量212万人次: one hospital's own work opens the sentence (not 全区医院…,
# nor 区人民医院二期建成投用，全区床位…)
_ONE_HOSPITAL_OPENS = re.compile(
    r"^(?![全各该本])[^，,。；;]{2,12}?(?:医院|卫生院|保健院)"
    r"(?:全年|去年|今年|上半年|年)?(?:完成|实现|接诊|门急诊|门诊|住院|出院|手术|开放床位)"
)
# （股票代码301596）, 02020.HK: one listed company, named by its code
_LISTED_FIRM = re.compile(r"(?:股票|证券)代码|\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK")


def not_about_the_district(r: str) -> bool:
    """A sentence whose figures describe one project, a company, the thing just named, or none."""
    return bool(
        _ABOUT_ONE_PROJECT.match(r)
        or _DEFINITION.search(r)
        or _COMPANY_SPEAKS.search(r)
        or _ANAPHORIC_SUBJECT.match(r)
        or _THIS_WORKS.match(r)
        or _THIS_FIRM.match(r)
        or _AFTER_COMPLETION.match(r)
        or _JOB_FAIR.search(r)
        or _PERSONS_AGE.search(r)
        or _PERSONAL.search(r)
        or _FOR_EXAMPLE.match(r)
        or _HYPOTHETICAL.search(r)
        or _PARCEL_SOLD.search(r)
        or _PLACED_ONE.match(r)
        or _ONE_FIRM_OPENS.match(r)
        or _NATION_SAYS.match(r)
        or _FORECAST.search(r)
        or _LISTED_FIRM.search(r)
        or _BANK_SPEAKS.match(r)
        or _ONE_HOSPITAL_OPENS.match(r)
        or _ONE_VILLAGE_OPENS.match(r)
    )


def _short_named(r: str, start: int, end: int, primary: str | None) -> bool:
    """The district's short name stands in r[start:end] as a name (迁安…), not 江汉路."""
    short = short_form(primary)
    at = r.find(short, start, end) if short else -1
    return at >= 0 and short_name_ends(r, at + len(short))


def _names_itself(clause: str, primary: str | None) -> bool:
    """True when a clause names the district as its subject: 全区…, 腾冲占…"""
    short = short_form(primary)
    return bool(WHOLE_DISTRICT.search(clause)) or bool(short and short in clause)


def _turns_back(clauses: str, primary: str | None) -> bool:
    """The district named as a subject again (目前丰泽…), not as one of a list (北仑、穿山等港区)."""
    short = short_form(primary)
    if not short:
        return False
    at = clauses.find(short)
    return at >= 0 and clauses[at + len(short) : at + len(short) + 1] not in ("、", "等")


class SubjectRules:
    """Decides, amount by amount, whose figure it is."""

    def __init__(self, finder: DistrictFinder):
        self.finder = finder
        # a province opening a clause (黑龙江省粮食总产量…, 广西外贸…): the province's figures
        provinces = {d.province for d in finder.districts.values() if d.province.endswith("省")}
        # and by its short name (湖南入围百强县的县市增至4个), unless a district goes by it too
        shorts = {p.removesuffix("省") for p in provinces} - finder.aliases
        self._province_first = re.compile(alternation(provinces | shorts | set(_REGIONS)))

    def district_for(
        self, r: str, pos: int, primary: str | None, after_city: bool = False
    ) -> str | None:
        """The district a fact at `pos` is about; None when it is the city's or province's.

        `after_city`: an earlier clause of the sentence was the city's, so a clause that names
        no subject of its own goes on about the city (全市共有218个项目签约，总投资1560亿元).
        """
        mentions = [
            m
            for m in self.finder.mentions_before(r, pos, primary)
            if not _SOURCE.match(r, m.end) and not r.endswith(_COMPARISON_WORDS, 0, m.start)
        ]
        if _REGION_SPEAKS.search(r, 0, pos) and "全区" in r[:pos]:
            return None  # 自治区文化和旅游厅发布…，全区累计接待游客…: the region's 全区
        if mentions and _WHOLE_AFTER.search(r, mentions[-1].end, pos):
            last = mentions[-1].district
            if last != primary and not last.endswith("市"):  # every city's name ends in 市
                return last  # 吉水县商务局负责人介绍，全县…: the county just named
            return primary  # 经唐山市统一核算，上半年全区实现地区生产总值…，同比增长5.6%
        clause_start = start_of_clause(r, pos, "，,；;。")
        named_here = bool(mentions) and mentions[-1].start >= clause_start
        lead = "" if named_here else r[clause_start:pos]
        # 而同期全市…, “全市经济总量…: strip lead words and a quote until the subject shows
        lead = without_leads(lead.lstrip("“「『\"'"))
        lead = without_leads(_HOLIDAY_LEAD.sub("", lead))
        # 全市 (全州, 全盟) is then the primary; in a county's article 全州 is its prefecture
        city_article = bool(primary and primary.endswith(("市", "州", "盟")))
        looked_at = None if named_here else self._looks_elsewhere(r, primary)
        # 从自治区层面看，全区…: the region's 全区, though it reads like the district's
        if looked_at and (looked_at == "自治区" or not _names_itself(r[clause_start:pos], primary)):
            return None  # 放眼常州，全市新能源产业产值…: 常州's, not 溧阳市's
        if mentions and not named_here and _CITY_OPENERS.match(lead):
            # 奎文区…增长8.4%，全市同期增长7.9%: this clause is the city's, whoever came before;
            # in 四会市's article, 肇庆市…，全市… is 肇庆市's
            last = mentions[-1].district
            other_city = last != primary and self.finder.level_of(last) == "city"
            return primary if city_article and not other_city else None
        if mentions and not named_here and _short_named(r, clause_start, pos, primary):
            return primary  # 唐山市…，迁安贡献了约八分之一: a county-level city by its short name
        if mentions:
            last = mentions[-1]
            city = last.district != primary and self.finder.level_of(last.district) == "city"
            if city and r[last.start - 1 : last.start] == "占":
                return primary  # 占苏州市进出口总额的35.8%: the district's share of the city
            return None if city else last.district  # 武汉市GDP… in a district's article
        if _EVERY_ONE.search(r, clause_start, min(pos, clause_start + 8)):
            return primary  # 对标全省…，全县单位GDP能耗下降3.8%: the clause names the district
        if _CITY_OPENERS.match(lead) or _CITY_OPENERS.match(r[:pos]):
            # in an article about a city (昆山市, 武汉市) 全市 is that city itself, also after
            # a time lead (上半年全市…，同比增长6.3%) or its own short name (台山全市…)
            own = short_form(primary) or ""
            heads = (lead, r[:pos], without_leads(r[:pos]))
            return (
                primary
                if city_article
                and any(h.removeprefix(own).startswith("全" + primary[-1]) for h in heads)
                else None
            )
        if self._province_first.match(lead):
            return None  # 黑龙江省粮食总产量预计超过1550亿斤: the province's
        named_city = self.finder.city_at_start(lead)
        if named_city and named_city != primary:
            return None
        if after_city and not _names_itself(r[clause_start:pos], primary):
            return None
        return primary

    def _looks_elsewhere(self, r: str, primary: str | None) -> str | None:
        """The place when the sentence opens by looking at its city, province or country
        (常州 in 放眼常州，…), else None."""
        m = _LOOK_AT.match(r)
        if not m:
            return None
        place = m.group("place")
        if place == "全市":  # 从全市看: the primary itself, when it is a city
            return None if primary and primary.endswith("市") else place
        if place in ("全省", "全国", "自治区", "更大", "更广"):  # 从更大范围看: a bigger whole
            return place
        own = primary.removesuffix("市") if primary else None
        elsewhere = place != own and self.finder.city_at_start(place + "市") is not None
        return place if elsewhere else None

    def project_figure(self, r: str, pos: int, clause_start: int, about: str | bool) -> bool:
        """In a sentence that opens on a project: is the figure at `pos` the project's?

        `在X片区，…新增停车位860个` (the district acts there) and `X产业园正式开园，首批入驻企业
        60家` (refers back to the park) are; a figure after 全区 is the district's.
        """
        lead = _SENTENCE_LEAD.match(r)
        subject_at = lead.end() if lead else 0
        if _DISTRICT_WIDE.search(r, subject_at, pos) or r.endswith("等", 0, pos):
            return False  # 全区…; A、B等5所学校建成: a count of the works listed
        if about == "scene" or not _CLAUSE_BREAK.search(r, subject_at, pos):
            return True  # `X项目完成征收签约2150户`: in the project's own clause
        clause_end = end_of_clause(r, pos, "，,；;。")
        refers_back = _BACK_TO_PROJECT.search(r, clause_start, clause_end) is not None
        # a district opening the sentence is the first word of the project's name (浑南区图书馆),
        # one in the clause describing it (由寒亭区与高校共建的研究院) is no actor either
        actors = [m for m in self._actors_before(r, pos) if m.start > subject_at]
        return refers_back and not actors

    def _actors_before(self, r: str, pos: int) -> list[DistrictMention]:
        """Districts named before `pos` as actors: 在蜀山区揭牌, 位于岳塘区 name a place."""
        mentions = self.finder.mentions_before(r, pos)
        starts = {m.end: m.start for m in mentions}

        def placed(m: DistrictMention) -> bool:
            at = m.start
            while at in starts:  # 位于湘潭市岳塘区: look past the city named first
                at = starts[at]
            return r[max(0, at - 2) : at].endswith(_LOCATION_BEFORE)

        return [m for m in mentions if not placed(m)]

    def someone_elses(
        self,
        r: str,
        pos: int,
        clause_start: int,
        ev: object,
        about_project: str | bool,
        project_starts: set[int],
        district: str | None,
    ) -> bool:
        """True when the figure at `pos` belongs to a company, a project, a zone or the city."""
        if self.is_other_subject(r, pos, clause_start, ev):
            return True
        if (
            _ONE_PROJECTS_INVESTMENT.fullmatch(r, clause_start, pos)
            and not _AGGREGATE.search(r, 0, pos)
            and not self.finder.mentions_before(r, pos)
            # 协议总投资268.5亿元，同比增长23.6%: one project's investment has no growth
            and not (isinstance(ev, Amount) and _GROWTH_NEXT.match(r, ev.end))
        ):
            return True  # X项目计划总投资35亿元, 某企业拟投资8.5亿元: one project's
        if _ELSE_IN_CLAUSE.search(r, clause_start, pos) or _ELSE_IN_SENTENCE.search(r, 0, pos):
            return True  # a works' capacity, a firm, a village, an event… (see the patterns)
        if _VILLAGE.match(r) or self._event_opens(r, pos):
            return True  # a village's sentence (全村…), an event's (第十届…交流会，吸引…)
        if isinstance(ev, Amount) and _ATTENDANCE_AFTER.match(r, ev.end):
            return True  # 200余名客商代表参加活动: the event's guests
        opened = r.rfind("“", 0, pos)
        if opened >= 0 and "”" not in r[opened:pos] and _OWN_FIRM.search(r, opened, pos):
            return True  # “2023年公司营业收入17.6亿元，…出口额突破2亿元”: the firm speaking
        # …，目前丰泽持牌金融机构达到142家: a later clause turns back to the district
        first = _CLAUSE_BREAK.search(r, 0, pos)
        back = bool(first) and _turns_back(r[first.end() : pos], district)
        zone_says = zone_opens(r) and not WHOLE_DISTRICT.search(r, 0, pos) and not back
        if zone_says and not self._actors_before(r, pos):
            return True  # 开发区坚持…，全年引进亿元以上项目26个: the zone's
        if about_project and self.project_figure(r, pos, clause_start, about_project):
            return True
        if (
            clause_start in project_starts
            and clause_start > 0
            and not _LIST_OF_NAMES.search(r, clause_start, pos)
        ):
            return True  # `…，桃花岭片区改造项目签约率96%`: a clause that one project opens
        if not isinstance(ev, Amount):
            return False
        firm = _FIRM_EARNS.fullmatch(r, clause_start, ev.start)
        if firm and not _NOT_A_FIRMS_NAME.search(firm["name"]):
            return True  # 康师傅2025年营收约800亿元: one firm's revenue
        if _CITY_BENCHMARK.search(r, max(0, ev.start - 24), ev.start):
            return True  # 高于全市7.1%的平均增速: the city's figure, as a benchmark
        return _attribute_of_works(r, ev, project_starts)  # 总投资2.1亿美元的博科…项目

    @staticmethod
    def _event_opens(r: str, pos: int) -> bool:
        """`去年举行的第十届…交流会，吸引逾800家台企参展`: an event is the sentence's subject."""
        first = _CLAUSE_BREAK.search(r)
        if first is None or first.start() >= pos or _DISTRICT_WIDE.search(r, first.start(), pos):
            return False
        event = _EVENT.search(r, 0, first.start()) or _HELD_EVENT.search(r, 0, first.start())
        # the event ends the first clause, or is its subject (…设计大赛日前在鹿城落幕，共收到…)
        return event is not None and (event.end() == first.start() or event.start() <= 12)

    def is_other_subject(self, r: str, pos: int, clause_start: int, ev: object) -> bool:
        """True when the amount is about one company, park, building or event."""
        if not _ENTITY.search(r, 0, pos):
            return False  # most amounts: no company, park or building before them at all
        # clauses before this one, in this sentence
        starts = [0] + [i + 1 for i, ch in enumerate(r[:pos]) if ch in "，,；;：:"]
        mentions = self.finder.mentions_before(r, pos)
        own = strip_phrase(r[clause_start:pos], self.finder, None)
        has_own_subject = bool(own) and not VERB_END.search(own)
        for cs in starts:
            if cs < clause_start and has_own_subject:
                continue
            ce = next((i for i in range(cs, pos) if r[i] in "，,；;：:"), pos)
            clause = r[cs:ce]
            if clause.startswith(_ADVERBIAL_OPENERS):
                continue
            for m in _ENTITY.finditer(clause):
                epos = cs + m.end()
                # a slogan in “” names no firm, but 「津翼科技」 is how Hong Kong names one
                if epos > pos or quoted(r, epos - 1, MAINLAND_QUOTES):
                    continue
                if clause[max(0, m.start() - 2) : m.start()] in _ENTITY_CATEGORIES:
                    continue  # 跨国公司地区总部, 上市公司: a kind of company, counted
                if _EVERY_ONE.search(clause, 0, m.start()):
                    continue  # 全县星级酒店平均入住率: every one of a kind in the district
                own_clause = cs >= clause_start
                if own_clause:
                    rest = re.sub(r"[（(][^）)]*[）)]", "", r[epos:pos]).lstrip(")）")
                    noun_after = isinstance(ev, Amount) and not NOUN_STOP.match(
                        r[ev.end : ev.end + 1] or "，"
                    )
                    if rest.startswith("、") or (not rest.strip() and not noun_after):
                        continue  # the entity is what is counted: 中试平台7家
                later = [
                    x
                    for x in mentions
                    if x.start >= epos
                    and not r[max(0, x.start - 2) : x.start].endswith(_LOCATION_BEFORE)
                ]
                if not later and not WHOLE_DISTRICT.search(r, epos, pos):
                    return True
        return False
