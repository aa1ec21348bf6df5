"""Metric phrases: the words before (or after) an amount, cleaned down to the metric's name.

`上半年，全区实现地区生产总值` → 地区生产总值: leads (periods, 其中, 全区, verbs such as 实现),
trailing verbs (达到, 为), a district or city named first and quotes are stripped, and a flow
word written after its noun moves in front (专精特新企业新增 → 新增专精特新企业).
"""

from __future__ import annotations

import re

from pipelines.parse.districts import DistrictFinder, short_form
from pipelines.parse.periods import YEAR_PARTS
from pipelines.parse.text import EMOJI

LEAD = re.compile(
    r"^(?:(?:19|20)\d{2}[—\-至~到](?:19|20)\d{2}年(?:间|期间)?"
    rf"|(?:19|20)\d{{2}}年(?:{YEAR_PARTS}|[1-4]季度|全年|底|末|以来)?"
    rf"|[\d一二三四五六七八九十]{{1,2}}[—\-至~]\d{{1,2}}月|{YEAR_PARTS}"
    r"|[前首](?:\d{1,2}|[一二三四五六七八九十]{1,3})个?月"  # 首五月外贸: Hong Kong usage
    r"|半年(?!来|以来)"  # 晋江半年GDP逾1500亿: a headline's first half
    r"|通过[^，,。；;]{1,12}?(?:计划|工程|行动)"  # 通过“英才计划”新引进人才: the programme
    r"|再(?=新增|新建|增|建|开工|引进|签约)|就(?=新增|新建)"  # 再新增学位1.3万个
    r"|我们|让|是(?=在)|今年|去年|明年|全年|本年度|同期|(?:我们的)?目标(?:是|为)|目标(?!任务)|(?:活动)?现场|会上|计划|举办|各类|截至目前|截至去年|(?:截至)?\d{1,2}月(?:底|末)前?|年内|年底前|要求|截至|目前|如今|当前|眼下|一年来|这一年|近[两二三四五\d]年"
    r"|[两二三四五六七八九十]年(?:来|间)?|十[一二三四五]五(?:时期|期间|以来)|假期|节日期间|黄金周期间|期间|当年"
    r"|据统计|其中|同时|此外|另外|另(?=有)|并且|并|而且|而|但是|但|还|也|已经|已|共计|共(?![富享])|累计|总计|合计|均|分别"
    r"|以及|和|与|及|其|比年初|较年初|年末|年底"
    r"|[一二三四五六七八九十]{1,2}(?:、(?![一二三四五六七八九十])|是(?=[\u4e00-\u9fff]))|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、．.](?!\d)"  # 一、 items
    r"|全区|该区|区内|辖区|本区|我区|全县|该县|县内|本县|全域|预计|预估|同比|按年|则|同口径|可比口径|按(?:可比|不变)价格?计算|按?(?:自然|同|可比|新)口径(?:计算)?|较上年[末底]?|比上年[末底]?"
    r"|当天|当日|本次|此次|这次|本批|各项|(?:纲要|规划|方案|意见)(?:明确)?提出|相较之下|相比之下|对比之下|与此同时|不仅|更|进一步|持续|成功"
    r"|实现了|实现|完成了|完成|达到|拥有|有(?!效)|在(?![建营册岗职校线孵库])|为|将|提出|力争|力求|争取|确保|安排|推动|推进|实施|全力|加快|积极|精心|打造|建成(?!区)"
    r"|组建|培育|集聚了|集聚|汇聚|聚集|带动|包括|背后是|新开工(?=老旧)|高标准|锚定|涉及"
    r"|(?:增加|提高|提升|增长|上升|扩大|跃升|攀升)到(?:(?:19|20)\d{2}年(?:底|末)?)?"
    r"|到(?:19|20)\d{2}年(?:底|末)?)"
)

_TRAIL = re.compile(
    r"(?:拥有|集聚了|集聚|包括|达到了|达到|高达|多达|已达|已超|已有|达|为|是|增至|攀升至|提升至|提升到|提高到|提高至|增长到|扩展至|扩大到|扩大至"
    r"|增长至|跃升至|上升至|回升至|缩小至|缩小到|缩小为|降至|降为|突破了|突破|迈上|站上|跨上|跃上|登上|跨过|迈过|越过|跨越|迈入|跨入|超过|超|实现了|实现|完成了|完成|(?<![签合履])约|近|逾|有|共有|共计|共"
    r"|累计|总计|合计|已|的|了|预计|预期|同比|分别|均|仅|只有|保持|稳定在|控制在|在|年均|基本|力争|力求|确保|争取|要|将|应当?|须|安排|以"
    r"|首次|首度|(?<![榜之])首|再次|继续|今年|去年|全年|逆势|逆市|(?:预期)?目标|按年|录得|人民币|则"
    r"|[由从](?:(?:19|20)\d{2}年(?:底|末)?|目前|现在|当前|现有)?|(?:19|20)\d{2}年(?:底|末)?"
    # 固定资产投资1—8月同比增长, 低空经济产值前十月增逾两成
    rf"|\d{{1,2}}[—\-至~]\d{{1,2}}月份?|[前首](?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})个?月|{YEAR_PARTS})$"
)

# 年度完成投资 is the name of a measure, not 年度 + a verb
_INNER_VERBS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:实现|完成(?!率|投资)|合计|共计)(?=[\u4e00-\u9fff])"
)

VERB_END = re.compile(
    r"(?:共建|建设|打造|组建|建成|培育|引进|引育|服务|拥有|集聚了|集聚|汇聚|聚集|推进|实施|举办|开展|下辖|辖"
    r"|组织|完成|实现|新增|新建|新开工|落地|入选|推动|帮助|带动|吸引|签约|挂牌|认定|获批|创建|布局"
    r"|设立|孵化|招引|纳入|促成|改造|修缮|覆盖|培训|筹集|有|对|建|新开办|成功举办|引导|落户|涌现|包括|是"
    r"|拥有|集聚|共建|入驻|聚焦|提供|投运|服务)$"
)

NOUN_STOP = re.compile(r"[，,。；;：:！？!?（(、\d]")  # a digit starts the next amount

# 引导辖区金融机构力争普惠小微贷款余额: what is striven for names the goal, not who is led
_GOAL_VERB_INSIDE = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:力争|力求|争取)(?=[\u4e00-\u9fff]{3})")
_THE_ECONOMY = frozenset({"经济", "经济增速", "经济增幅", "经济总体", "全区经济", "全县经济"})
FLOW_AT_END = re.compile(r"(?:新增|净增|新引进)$")

# text.BULLETS without ▌‧∙◦·, kept apart on purpose: a middle dot · also joins the parts of a
# name (九龙·1958, 金岸驿家·户外工作者驿站), which stripping it would fuse
QUOTES_AND_BULLETS = re.compile(
    r"[“”\"'‘’「」『』《》\s●•▪■◆◇★☆○◎□►▶▲△▷※➢✓✔・◾◽◼◻▫" + EMOJI + "]"
)

COMPARED_YEAR = re.compile(r"[较比同](?:(?:19|20)\d{2}年|去年|上年)(?:同期|底|末)?")

# a city before a district name is part of the district mention, not of the metric
_CITY_PREFIX = re.compile(r"^(?:武汉市|[\u4e00-\u9fff]{2}市(?=[\u4e00-\u9fff]{2}区))")


def without_leads(text: str) -> str:
    """`text` with its lead words (上半年, 2024年, 同时, 如今) taken off the front."""
    for _ in range(3):
        text = LEAD.sub("", text)
    return text


def strip_phrase(phrase: str, finder: DistrictFinder, district: str | None) -> str:
    """The metric phrase in the words before an amount: no lead, trailing verb or district."""
    phrase = QUOTES_AND_BULLETS.sub("", phrase)
    phrase = COMPARED_YEAR.sub("", phrase)
    for _ in range(8):
        before = phrase
        opening = finder.mention_at_start(phrase, district)
        if opening:
            phrase = phrase[opening.end :]
        elif (
            district not in finder.districts
            and (short := short_form(district))
            and phrase.startswith(short)
            and len(phrase) > len(short)
            and phrase[len(short)] not in "市县区旗"
        ):
            # an unlisted primary's short name: 昆山外贸进出口总额 is 昆山市's 外贸进出口总额
            phrase = phrase[len(short) :]
        elif phrase.startswith("新区") and len(phrase) > 3:
            # 新区出口 in 滨海新区's article, or 黄岛区's (青岛西海岸新区): the district by its kind
            phrase = phrase[2:]
        phrase = _CITY_PREFIX.sub("", phrase)
        phrase = LEAD.sub("", phrase)
        phrase = _TRAIL.sub("", phrase)
        phrase = phrase.strip("、，,的和与及")
        if phrase == before:
            break
    if phrase.startswith("全市"):  # 全市 when the city is the subject: 全市实现生产总值
        phrase = without_leads(phrase.removeprefix("全市"))
    phrase = _INNER_VERBS.sub("", phrase)
    phrase = _GOAL_VERB_INSIDE.sub("", phrase)
    late_flow = FLOW_AT_END.search(phrase)
    if late_flow and late_flow.start() > 0:  # 专精特新企业新增: the flow of that metric
        phrase = late_flow.group() + phrase[: late_flow.start()]
    if phrase.endswith("数量"):
        phrase = phrase[:-2] + "数"
    if phrase in _THE_ECONOMY:
        phrase = "地区生产总值"  # 经济增长5.5%, 经济增速不低于5%: the growth of GDP
    return phrase


def quoted(r: str, pos: int, marks: tuple[tuple[str, str], ...] | None = None) -> bool:
    """Inside “…”: a slogan or a name (“7年687航次”, “4个百强区”), not a reported fact.

    Speech is not a slogan: a quotation that runs on past the sentence, or that holds
    clauses of its own (区长说：“去年全区生产总值完成1352.6亿元，增长5.8%……”), is read.
    """
    for left, right in marks or QUOTES:  # 「港澳青创15条」 as Hong Kong and Taiwan write it
        opened = r.rfind(left, 0, pos)  # most sentences hold no quote mark of a kind at all
        if opened < 0 or r.count(left, 0, pos) <= r.count(right, 0, pos):
            continue
        closed = r.find(right, pos)
        if closed < 0:
            return False  # the quotation goes on into the next sentence: someone speaking
        inside = r[opened + 1 : closed]
        said = r[opened - 1 : opened] in ("：", ":") or (
            inside.endswith(("。", "！", "？", "!", "?")) and _OFFICIAL_SPEECH.search(inside)
        )
        if said:  # 区长说：「全年我们确保…增长6%以上。」: an official's sentence, not a name
            return False
        return len(inside) <= _SLOGAN_MAX or not any(ch in inside for ch in "，,；;。")
    return False


# what an official says of the district (全区…, 力争…), not one farmer's or shopkeeper's tale
_OFFICIAL_SPEECH = re.compile("全区|全县|全旗|全域|力争|确保|目标")
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
MAINLAND_QUOTES = QUOTES[:1]


_SLOGAN_MAX = 24  # quoted names and slogans are short
