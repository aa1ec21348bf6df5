"""Read indicators and targets out of sentences.

For each amount in a sentence (numbers.find_amounts) the rules decide:
- its role: a level (`地区生产总值838.02亿元`), a year-on-year change (`增幅5.4%`, `下降2%`,
  `翻一番`), a share (`占全市的10.2%`), or nothing (a threshold inside a noun phrase);
- its metric: the noun phrase before it in its clause, or, when that is only a verb, the
  noun after the measure word (`集聚23家头部航运企业`); a change with no phrase of its own
  belongs to the level before it (`完成…838.02亿元，增幅5.4%`), and a list shares its verb
  (`新增高新技术企业30家、瞪羚企业25家`);
- its subject (subjects.py): facts about one company, park or building and about the whole
  city are not the district's; a district named before it takes the fact (`白云区增速全市第一`);
- its metric phrase (phrases.py) and, for 分别 lists, its subject in the list (lists.py);
  a pasted table gives one fact per row (tables.py);
- its period (periods.py), carried from sentence to sentence inside a paragraph; counts of
  things (家, 个, 栋) are stocks and take the year, not the half year, unless a flow verb
  (新增, 开工, 引进) says otherwise;
- whether it is a target: in a year-ahead section (数说…2026, 预期目标) or after 力争, 目标,
  到2026年, 计划; and whether it is an estimate (预计).
Ranks (`全市第一`, `中心城区第2位`) set rank and rank_scope on the facts they follow.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple, TypeVar

from pipelines.parse.conf import DOUBLING_WORDS, ESTIMATE_WORDS, GROWTH_WORDS, MULTIPLIERS
from pipelines.parse.districts import DistrictFinder, short_form
from pipelines.parse.lists import BOTH_PLACES, ListedFact, listed_facts
from pipelines.parse.metrics import FLOW_PREFIXES, MetricMatcher
from pipelines.parse.numbers import Amount, find_amounts, parse_numeral, standardize
from pipelines.parse.patterns import alternation, end_of_clause, start_of_clause
from pipelines.parse.periods import (
    HOLIDAY_SPAN,
    PART_OF_YEAR,
    PARTIAL_WORDS,
    YEAR_MENTION,
    TimeFrame,
    default_period,
    names_a_relative_year,
    parts_named,
    period_in,
    plan_end_in,
    span_named,
    target_year_in,
)
from pipelines.parse.phrases import (
    COMPARED_YEAR,
    FLOW_AT_END,
    LEAD,
    NOUN_STOP,
    QUOTES_AND_BULLETS,
    VERB_END,
    quoted,
    strip_phrase,
    without_leads,
)
from pipelines.parse.records import Indicator, Target
from pipelines.parse.runon import GOAL_STYLE, TIME_LEAD, RunOn
from pipelines.parse.subjects import (
    WHOLE_DISTRICT,
    SubjectRules,
    not_about_the_district,
    opens_with_project,
)
from pipelines.parse.tables import TableRow, is_header, is_place_row, read_row
from pipelines.parse.text import LIST_START, Sentence, strip_bullets, to_simplified

CLAUSE_BREAKS = "，,；;：:。！？!?()（）—"
_GROWTH = sorted(GROWTH_WORDS, key=lambda g: len(g[0]), reverse=True)
_RANK_TEMPLATE = (
    r"(?P<scope>(?:全国|全省|全市|全区|全州|本市|本省|大陆|{cities}|[\u4e00-\u9fff]{{2,4}}(?<![全本])州)?"
    # what the rank is among: 中心城区, 各区县, 12个区县(中), 县域, 各县（市、区）
    r"(?:(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})个)?各?"
    r"(?:中心城区|主城区|同类城区|城区|县域|县市区|县市|区县|县区|辖市区|行政区|市辖区|板块|县|区)?)"
    r"(?:中|之中|当中)?"
    r"(?:排名|排|位居|位列|居于|居|位于|保持|稳居|双居|均居|列|稳坐|领跑)?"
    r"(?:第(?P<n>[一二三四五六七八九十\d]{{1,2}})(?:位|名)?|(?P<top>首位|榜首|之首|冠军|前三甲))"
)
_RANK_CUE = re.compile(r"第|首位|榜首|之首|冠军|前三甲")
# 明年要突出抓好以下重点工作：, 2026年将重点抓好五方面工作：: the work, and goals, ahead
_WORK_AHEAD = re.compile(
    r"(?:今年|明年|来年|(?:19|20)\d{2}年)[^，,。；;]{0,6}?(?:要|将|需|必须)[^，,。；;]{0,10}"
    r"(?:工作|任务)[：:]"
)
_TARGET_HEADING = re.compile(
    r"数说|数读|预期目标|主要目标|(?:19|20)\d{2}年(?:主要|发展)?目标"
    r"|民生实事(?:项目)?(?:如下|清单)|(?:19|20)\d{2}年[^，,。；]{0,8}将[：:]"  # 2025年鄞州将：
    # 2025，历下这样干; 【2025年这样干】; 2026，西夏再出发
    r"|(?:19|20)\d{2}年?[，,\s]?.{0,8}?(?:这样干|怎么干|干什么|再出发|施工图|任务书|路线图)"
    # a section of a work summary: 二、2026年工作计划 (not the title's 2025年工作总结和…)
    rf"|^(?:{LIST_START.pattern})?\s*(?:19|20)\d{{2}}年"
    r"(?:工作)?(?:计划|思路|打算|安排|要点|重点工作|工作重点)[：:]?$"
    r"|"
    + _WORK_AHEAD.pattern
    # 02｜2025，目标已经定好; ▌新的一年 · 目标: a post's section of goals
    + r"|(?:19|20)\d{2}[，,\s·｜|:：]+[^，,。]{0,6}目标|(?:新的一年|新一年)[\s·｜|:：，,]*[^，,。]{0,4}目标"
    # …将锚定以下目标：, 瞄准以下几项目标: a line that announces the goals listed below it
    r"|(?:以下|如下)[^，,。；;]{0,3}目标[：:]$"
)
_GOAL_WORDS = re.compile(r"目标")
# 下半年，要重点抓好以下工作; 三、全力打赢下半年攻坚战; 关于下半年工作，…: the months ahead's work
# (not 刚才，书记对下半年工作作了部署: the heading opens on it, with no clause before)
_REST_OF_YEAR_WORK = re.compile(
    rf"^(?:{LIST_START.pattern})?\s*[^，,。；;：:]{{0,8}}?(?:下半年|四季度)[，,]?"
    r"[^。；;]{0,12}?(?:工作|任务|攻坚战|硬仗)"
)
_ONE_PART_ALONE = re.compile(r"单季|单月")
_EXPECTED_THIS_YEAR = re.compile(r"预计(?:今年|全年|年底|年内|本年)")
_REST_OF_YEAR = re.compile(r"下半年|四季度|下阶段")
_AGAINST_A_GOAL = re.compile(r"[比较超]|高于|低于|完成|实现|达到|好于|快于")
_OF_A_PLAN = re.compile(r"计划|规划|方案|纲要")
_PLAN_SPAN = re.compile(r"(?:19|20)\d{2}\s*[—\-－~至到]\s*((?:19|20)\d{2})年")
_YEAR_FIRST = re.compile(r"([到至])?((?:19|20)\d{2})年")
# 新台币1570亿元: an amount in Taiwan dollars is never a mainland district's figure
_IN_TWD = re.compile(r"新台币(?:约|近|超过?|逾)?$")
# 1年期LPR为3.1%, 比一年期LPR低15个基点: the nation's benchmark rate and moves in basis points
# are no district's figures
_BENCHMARK_RATE = re.compile(r"LPR|贷款市场报价利率|基准利率")
# “雨花企服”平台…注册企业用户已达3.2万家, 已上架数据产品126个，累计调用量超过40万次, 上架率85%:
# how much one platform or data centre is used is its own figure
_PLATFORM_USE = re.compile(
    r"(?:注册(?:企业)?用户|(?:移动端|APP|App|平台)用户数?|调用量?|上架(?:数据)?产品|(?<!平均)上架率"
    r"|访问量|下载量|点击量)"
    r"[^，,。；;\d]{0,6}$"
)
_A_PLATFORM = re.compile(r"平台|APP|App|小程序|数据超市|交易所|算力中心|智算中心|数据中心|[”」]")
_FIVE_YEARS = re.compile(r"(?:今后|未来)?五年(?!来|间|前)")  # 五年新增…: over a plan's years
# a sentence that turns back to last year (去年，我们新建…) is a review, not a goal
_PAST_OPENING = re.compile(r"^(?:去年|上年|过去一年|过去的一年)[，,]")
_LOOK_BACK = re.compile(r"^\W{0,3}(?:回望|回顾|盘点|复盘)(?:(?:19|20)\d{2}年?)?[：:，,\s]")
_PAST_IN_CLAUSE = re.compile(r"(?<![比较于与和同])(?:去年|上年)(?!同期)")
_GOALS_ARE = re.compile(r"(?:预期|主要)目标(?:如下)?[是为：:]|目标如下")
# 到2027年 names a goal's year; after a year (2019年到2023年) it ends a span, and after a
# rise (由2019年的482家增加到2024年的703家) it names a result's year
_GOAL_YEAR = r"(?<![加高升长大])(?<!\d年)到(?P<year>(?:19|20)\d{2})年"
GOAL_YEAR = re.compile(_GOAL_YEAR)
# a year that is no base of comparison (比2020年, 由2019年的…)
_YEAR_NOT_BASE = re.compile(r"(?<![比较与由从到至—\-])((?:19|20)\d{2})年(?![底末]?前)")
# 2024年，长沙县将力争…: a sentence that opens on the year its goals are for
YEAR_AHEAD_OPENS = re.compile(
    r"^((?:19|20)\d{2})年[，,]?[^，,。；;\d]{0,10}?(?:将|力争|争取|计划|确保)"
)
# a goal's words
TARGET_CUE = re.compile(
    rf"力争|力拚|力拼|力求|目标(?!任务的|的)|预期(?!寿命)|{_GOAL_YEAR}|计划(?!总?投资|的|项目|[，,、。；;）)”」』])|确保"
    r"|提出[，,：:]?(?=[^，,。；;]{0,24}(?:增长|成长|达到|突破|以上|左右))"
    r"|展望(?=(?:19|20)\d{2}年|明年|今年|未来)"  # 展望2024年，…增长6.5%左右
    # 设定/确定…增长6%左右的目标: the goal is named after its figures
    r"|(?:设定|确定|锚定|定下|明确)(?=[^，,。；;]{0,30}(?:的|等)(?:预期|发展|主要|奋斗)?目标)"
    r"|将(?:[^，,。；;]{0,6})(?:达到|突破|超过|新增|新建|新开工|建成|实现|完成|引进|打造|举办|开展|实施|安排|招引|签约|培育"
    r"|扩展至|扩大到|扩大至|提升至|提升到|提高到|提高至|增加到|增加至|增至)"
    # 今年，我们将继续…; 今年区政府将; 按照…安排，今年全区将新筹集…
    r"|(?:^|[，,；;：:])(?:今年|明年|下一步|下半年|(?:19|20)\d{2}年)[，,]?[^，,。；;\d]{0,5}?将"
    # 讲话强调，今年要…，全年举办活动不少于60场; 上半年…，下半年还要再签约20个
    r"|(?:今年|明年|下半年)(?:我们|全区|全县)?(?:还|也)?再?要(?!闻)"
    r"|要(?:保持|达到|实现|确保|力争|增长|突破|完成)|(?<!按照)(?<!根据)(?<!按)要求"  # 增速要保持在9%以上
    r"|(?:收入|支出|预算)(?:预计)?安排(?=[约近]?[\d一二三四五六七八九])"  # 税收收入安排214.0亿元: the draft budget
    r"|(?:纲要|规划|方案|意见)(?:明确)?提出"  # 纲要提出五年新增学位8000个
    r"|(?:订下|定下|订立|制定|设下)(?=[^。；;]{0,30}目标)"  # 订下今年GDP年增5%左右的目标
    # a year's plan: 年度计划投资62.4亿元 (but 安排重点项目126个 is the programme's size)
    r"|年度计划投资(?=[约近超逾]?[\d一二三四五六七八九])"
)
# `由2020年的X增加到2025年的Y`: X is the base year's level, Y the reporting year's
_FROM_BASE_YEAR = re.compile(r"[由从](?:19|20)\d{2}年(?:底|末)?的?")
# a sentence that only says which year comes: 明年是“十五五”开局之年, 2026年是关键之年
_YEAR_INTRODUCED = re.compile(
    r"^((?:明年|今年|(?:19|20)\d{2}年))(?:是|为)[^，,。；;]{0,20}?(?:之年|关键年|攻坚年|开局年)[。！!]?$"
)
# 在潍坊市7306亿元的经济总量中，…: the whole a share after it is of
_AMONG = re.compile(
    r"在(?P<whole>[\u4e00-\u9fff]{2,5}?(?:市|省|州))[^，,。；;]{0,16}?的(?P<noun>[\u4e00-\u9fff]{2,8})中[，,]"
)
_FROM_NOW = re.compile(r"[由从](?:目前|现在|当前|现有)的?$")
_FROM_YEAR = re.compile(r"(?:[由从到至])((?:19|20)\d{2})年(?:底|末)?(?:预计)?的?$")
_FROM_A_PLANS_END = re.compile(r"[由从](“?十[一二三四五]五”?期?末)的?$")  # 由“十二五”末的28.3%
_RISE_TO = r"(?:增加|提高|提升|增长|上升|扩大|跃升|攀升|升|增)[到至]"
_CHANGED_TO = re.compile(rf"{_RISE_TO}|(?:下降|减少|降低|缩小|回落|压减|缩减)[到至]|降至")
# 高企从312家增加到486家, 床位由去年的2100张增加至2600张: what a level became is named by the
# words before 从; where it started counts too (its period is the span's start), unless it is
# said of no time at all (渔船从高峰时的1000多艘压减到目前的486艘)
_FROM = re.compile(r"[从由][^，,。；;\d从由]{0,10}$")
_UNDATED_START = re.compile(
    r"[从由](?![^的]*(?:年|末|底|初|目前|现在|当前|期))[^，,。；;\d从由]{1,8}的$"
)
_NOW_THE = re.compile(r"(?:目前|现在|当前|如今)的?")
# a change over years, with its (from year, to year): 由2020年的812家增至2025年的1236家
_CHANGE_OVER_YEARS = re.compile(
    rf"[由从]((?:19|20)\d{{2}})年(?:底|末)?的?[^，,；;]*?{_RISE_TO}(?:((?:19|20)\d{{2}})年(?:底|末)?)?"
)
_BARE_FROM = re.compile(r"[由从]$")
# a level reached (达到, 突破, 增至) at the end of a span: 十四五期间…上市企业达到21家
# (not 超过: 总投资超过900亿元 and 占比超过四成 are of what the span brought)
_REACHED = re.compile(rf"(?:达到|达|突破|跨越|迈上|{_RISE_TO})(?:约|近|超|超过)?$")
_OVER_A_SPAN = re.compile(r"累计|年均|共计|合计|总计|新增|净增|新建|新开工|引进|招引|完成|占")
_SPAN_PERIOD = re.compile(r"(?:19|20)\d{2}-((?:19|20)\d{2})")
_BARE_TO = re.compile(_RISE_TO + "$")
_FLOW_VERBS = re.compile(
    r"新增|净增|新开工|开工|引进|引育|签约|新登记|新设|落地|招引|举办|培训|新建|落户|认定|入选|改造|建成|完工|竣工"
    # what was cleared away over the period: 淘汰…货车312辆, 整治…企业47家, 清理…问题85处
    r"|淘汰|整治|清理|关停|拆除|查处"
)
_FULL_COVERAGE = re.compile(r"全覆盖")
# `（含外资）` and conversions `（约合808亿港元）`, `（即1.8万亿元）`: not the sentence's figures
_ASIDE = re.compile(
    r"[（(](?:[^（()）\d%％]{1,12}|(?:下同[，,]?)?(?:约合?|即|折合|相当于)[^（()）]{1,24}"
    # （湖州全市为50.9%）: the whole's figure beside the district's, for comparison
    r"|[\u4e00-\u9fff]{0,4}(?:全市|全省|全国)(?:平均)?(?:为|是|仅为?)?[^（()）]{1,14})[）)]"
)
_BASE_YEAR = re.compile(r"[较比同]((?:19|20)\d{2})年(?:底|末)?(?:同期)?[^，,；;。]{0,6}$")
_COMPARED_WITH = re.compile(r"(?:与|和|同|跟)((?:19|20)\d{2})年(?:同期)?(?:相比|相较|比较)[，,]$")
# 游客接待量恢复至2019年同期的136%: a level against a year long past, not a figure of now
_RECOVERED_TO = re.compile(r"恢复(?:到|至)(?:19|20)\d{2}年(?:同期)?(?:水平)?的$")
_GROWTH_TAIL_WORD = re.compile(r"(?:增长|增加|提高|提升|上升|下降|减少|回落)[了为达]?$")
_TWO_YEAR_AVERAGE = re.compile(r"[两二]年平均[仍也]?$")
_YEARS_LISTED = re.compile(r"(?:(?:19|20)\d{2}年[、和与]?)+")
# 增长目标为7%, GDP增长目标维持在6.5%左右, 增长目标是7%左右
_GROWTH_TAIL = re.compile(
    r"(?:了|为|达|达到|同比|按年|分别|均|目标|预期|是|维持在?|定为|定在|在)+$"
)
# 较上年前移3位, 提升5个位次: a change of rank, not a count of people
_RANK_MOVE = re.compile(r"(?:前移|后移|提升|上升|前进|后退|跃升|下降|下滑)了?$")
_PLACES_MOVED = frozenset({"位", "名", "个位次", "位次"})
# 以1港元兑0.91元人民币计算，…约为2534亿港元: a rate, and what the figures come to at it
_AT_A_RATE = re.compile(
    r"(?:若|如)?(?:以|按照|按)[^，,。；;]{0,16}?兑[^，,。；;]{0,16}?(?:计算|换算|折算)"
)
# 約合808億港元: the same figure converted, not another fact
# the same figure in another currency: 折合人民币22.1亿元, 折合约9.8亿美元
_CONVERTED = re.compile(
    r"(?:约合|折合|相当于|换算(?:成|为|后)?)(?:人民币|美元|港元|港币|新台币)?[约近]?$"
)
# a price, not a figure of the district: 每斤卖到120元, 收购价格稳定在每斤1.20元; a ticket's,
# 门票54元, 普通席票价198元, 古城通票价格为125元 (not 门票收入5亿元)
_A_PRICE = re.compile(
    r"每(?:斤|公斤|千克|吨|箱|件|只|头)[^，,。；;]{0,8}$"
    r"|(?:门票|票价|通票)(?:价格)?(?:每人|每张)?(?:为|是)?$"
)
_EXCHANGED_FOR = ("可兑换", "人民币可兑换", "人民币兑", "兑换")
# 对标全省…下降14.5%的约束性目标，…: a clause whose figures measure the district, not its own
_YARDSTICK_LEAD = re.compile(r"(?:对标|对照)[^。；;]{0,40}?(?:目标|要求|标准)[，,]")
# …，上半年已开工58个: what is done so far, after the year's plan
_DONE_SO_FAR = re.compile(
    r"[，,；;](?:(?:今年|去年)?(?:上半年|前三季度|[一二三四]季度|\d{1,2}[—\-至~]\d{1,2}月|今年以来|目前"
    r"|截至[^，,；;]{0,8}?))?[，,]?已(?!经?(?:提出|明确|确定|制定|启动))"
)
# 高于每千名老年人35张的国家配置标准: a standard, not a figure reached
_A_STANDARD_AFTER = re.compile(r"[^，,。；;]{0,10}?的[^，,。；;]{0,8}?(?:标准|要求)")
# 高于国家要求的95%的合理利用率水平, 二级标准限值（35微克/立方米）, 超额完成市下达的3.8%的目标:
# the standard or the quota itself; 浓度仍超标近三成: by how much a standard is exceeded
_A_STANDARD_BEFORE = re.compile(r"(?:要求|标准|规定)的$|(?:标准|限值)[（(]$|下达的$|超标$")
# 生均校舍建筑面积应不低于20平方米, 每班幼儿人数不应超过30人: what a norm requires
# (not 覆盖率应达到45%: a goal may say 应 too, so only a bound, 应不低于…, is a norm's)
_A_NORM = re.compile(r"(?<![供响效相适反对])(?:应当?|须|不应|不得)$")
# 若以新台币计算，…约7.7兆元; 若以美元计，…出口约630亿美元: the figures after it are glosses
_IN_ANOTHER_CURRENCY = re.compile(
    r"(?:若|如|如果)(?:以|按|换算成?)(?:新台币|美元|港元|港币|欧元|日元)(?:计|计算|换算)"
)
# a part of a named kind of trade: 出口 after 跨境电商进出口额 (not after plain 进出口总额)
_TRADE_PART = re.compile(r"[出进]口(?:额|总额)?")
_TRADE_WHOLE = re.compile(r"(?!外贸进出口|货物进出口)(.{2,}?)(?:外贸)?进出口(?:总?额|总值)?$")
# 成交1.02万套、面积112.6万平方米: a measure of the same thing as the figure before
_MEASURE_OF_BEFORE = re.compile(
    r"面积|金额|套数|户数|宗数|幅数|件数|数量|规模|均价|总价|价款|成交额|销售额"
)
_GROWTH_AFTER = re.compile(r"的?(?:增长|增幅|增速)")


def _measure_of(thing: str, measure: str) -> str:
    """The name of a measure of the thing counted before it (成交4100套，金额… → 成交金额).

    A measure that repeats the thing's verb keeps it once: 柑橘销售 + 销售额 is 柑橘销售额, and
    销售脐橙 + 销售额 is 脐橙销售额.
    """
    verb = measure[:2]
    at = thing.rfind(verb)
    if at < 0:
        return thing + measure
    return (thing[:at] if at + 2 == len(thing) else thing[at + 2 :]) + measure


# longest first, so 翻两番 is not read as 翻番
# 倍增计划, 翻番行动: a programme's name, not a growth
_DOUBLING = re.compile(
    "(?:"
    + "|".join(w for w, _ in sorted(DOUBLING_WORDS, key=lambda d: -len(d[0])))
    + ")(?!计划|行动|工程|专项|攻坚)"
)
_DOUBLING_GROWTH = dict(DOUBLING_WORDS)
_TIMES_LAST_YEAR = re.compile(
    r"(?:是|为|达到?)(?:上年|去年)(?:同期)?的(?P<n>[\d.]+|[两二三四五六七八九])倍"
)
# 与上年同期持平, 同比持平: a growth of nought
_FLAT = re.compile(r"(?:(?:与|和|同)(?:上年|去年)同期|同比)(?:基本)?持平")
_TIMES_MORE = re.compile(
    r"(?:同比)?增长(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)倍"
)
# a count stated as standing now (目前有…, 累计…, 已达…) is a stock of the reporting year
_STOCK_CUE = re.compile(r"目前|现有|如今|当前|截至|累计|达到|已达|已有|总数|总量|共有|拥有|集聚")
# 上半年累计走访经营主体5300余家: what was done, summed over the part of the year named
_PART_SUMMED = re.compile(rf"(?:{PARTIAL_WORDS.pattern})(?:全区|全县|全市|全旗)?累计")
_DIGIT = re.compile(r"\d")
_INDUSTRY_MIX = re.compile(
    r"三次产业(?:结构|比例)(?:调整)?(?:为|是)?([\d.]+)[∶:：]([\d.]+)[∶:：]([\d.]+)"
)
# 长安区以712.8亿元排名第三: ranked by a figure of the metric the sentences before named
_RANKED_WITH = re.compile(r"以[\d.]+[万亿]?元(?:继续|仍)?(?:排名|位居|居于|位列|稳居|名列)")
_RANK_WORDS_FIRST = re.compile(r"(?:继续|仍)?(?:排名|位居|居于|居|位列|稳居|保持|领跑|名列)")
# the metric of a paragraph or of the rows below: 从经济总量看，…; 各区一般公共预算收入情况如下：
_TOPIC = re.compile(
    r"^从([\u4e00-\u9fff]{2,10})(?:来)?看[，,]"
    r"|^(?:[^，,。]*[，,])?(?:各区|各县区|各县|各区县)?([\u4e00-\u9fff]{2,16}?)(?:情况|数据)?如下[：:]$"
)
# 完成年度计划的105%, 完成市下达目标的104%: how much of a plan or an assigned goal is done
_PLAN_DONE_WRITTEN = re.compile(r"完成(?:市|省|上级)下达的?(目标任务|目标|任务|计划)的?$")
_PLAN_DONE = re.compile(
    r"(?:完成)?((?:年度|全年)?(?:投资)?(?:计划|目标任务|目标|任务|(?:调整)?预算))"
)
_RATIO_NAMES = ("完成率", "比重")
_QUARTER_ON_QUARTER = re.compile(r"(?:按季|环比|按月)(?:则|也|亦)?$")
_RATE_OF = re.compile(
    r"的?(?:同比)?(?:增速|增幅|(?:增长|成长|增速)(?:预期)?目标(?:设定?|定|订)?(?:在|为)?)$"
)  # 固定资产投资增速, GDP增长目标设在5.5%左右: the growth of what is named
_BY_THIS_YEARS_END = re.compile(r"(?:今年)?年底前")  # opening the amount's own clause
# 所有行政村年经营性收入均超过30万元, 全县村集体经营性收入全部超过40万元: a floor every one
# clears, not a total (纸制品、食品饮料产业产值均超过500亿元 names each part, and counts)
_A_FLOOR_FOR_EACH = re.compile(r"(?:所有|各(?!类|项)|每个)[^。；;]{0,20}?均$|(?:全部|都)$")
# 洪峰流量每秒3770立方米, 水位涨至35.17米, 总库容7.95亿立方米, 决口最宽处226米, 风速62米/秒:
# a river's, a reservoir's or a storm's measure, not a figure of the district
_HYDROLOGY = re.compile(
    r"(?:(?<!客)流量|水位|(?<![冷链])库容|洪峰|降雨量|降水量|雨量|风速|风力|决口|最宽处|拦蓄洪水|蓄水)"
    r"[^，,。；;\d]{0,4}$"
    r"|每秒$"
)
# 距北京220公里, 海拔4700多米, 半径150公里范围内, 离岸约25公里, 水深40米: where a place lies,
# not a figure of a period
_DISTANCE = re.compile(
    r"(?:距离?[\u4e00-\u9fff]{1,10}?|离岸|海拔|半径|水深)(?:约|仅|不足|不到|高达|达|超过)?$"
)
# 迈上600亿元台阶, 跨过千亿门槛: a round mark passed, not a figure of its own
_THRESHOLDS = ("台阶", "门槛", "大关", "关口")
_MILESTONES = re.compile(r"(?:相继|先后|接连|依次)(?:跨越|突破|迈上|站上|跃上|越过|跨过|迈过)")
# a difference from the same period before (较去年同期多11个), or one said as 多/少, 缩短 or
# 提前: not a level; but 比上年末增加1.3万人 is the year's increase, a flow of its own
_DIFFERENCE = re.compile(
    r"(?:比|较)[^，,；;。]{0,10}?(?:同期[^，,；;。]{0,4}?(?:增加|减少|上升|下降)|多|少|缩短|提前)了?$"
    # 比去年同期多卖出40余套, 比苏州全市平均水平低约两成: how far from another figure
    r"|(?:比|较)[^，,；;。]{0,12}?(?:多|少)(?:卖出|售出|销售|成交)了?$"
    r"|(?:比|较)[^，,；;。]{0,12}?(?:平均水平|均价|均值)(?:低|高)出?(?:约|近)?$"
)
# 比2020年多出17户: a count's change over years (比上年末增加1.3万人 is the year's net flow,
# 增加5.2% a growth)
_COUNT_DIFFERENCE = re.compile(
    r"(?:比|较)(?:19|20)\d{2}年[^，,；;。]{0,6}?(?:增加|减少|多出|多|少)了?$|多出$"
)
# 比上年增加1.2万亩, 较上年提高11公斤: an area's or a weight's change, not a level
_MEASURE_DIFFERENCE = re.compile(
    r"(?:比|较)(?:上年|去年|前年|上一年|前一年)(?:同期|底|末)?(?:增加|减少|提高|降低|多|少)了?$"
)
# 较去年底提高1.1件: a rise of a count per head, not one more flow (比上年末增加1.3万人 is)
_RATE_DIFFERENCE = re.compile(r"(?:比|较)(?:上年|去年|上一年)(?:同期|底|末)?(?:提高|降低)了?$")


def _a_difference(left: str, amount: Amount) -> bool:
    """The amount is how far a figure is from another period's or place's, not a level."""
    if _DIFFERENCE.search(left) and not (amount.is_percent and left[-1] in "多少"):
        return True
    if amount.is_percent:
        return False
    if _COUNT_DIFFERENCE.search(left) or _RATE_DIFFERENCE.search(left):
        return True
    return amount.unit_class in ("area", "other") and _MEASURE_DIFFERENCE.search(left) is not None


_RECKONED = re.compile(
    r"(?:扣除|剔除|排除)[^，,；;（(]*?(?:后|外)(?:同口径|可比口径)?|同口径|可比口径"
)
# …增长6%左右、规上工业增加值增长8%的目标: the list's goal, named after its last item
_GOAL_AFTER = re.compile(
    r"(?:(?:左右|以上)?、(?:(?!占|完成|超过|高于|低于)[^，,。；;：:]){0,60}?的)?"
    r"的?(?:预期|年度|全年|奋斗|发展|主要)?目标"
)
# 粮食总产量37.8万吨，连续五年稳定在35万吨以上: a floor held for years restates the level
_HELD_FOR_YEARS = re.compile(r"连续[\d一二三四五六七八九十]{1,2}年(?:稳定|保持|稳)(?:在)?$")
# 距年初确定的增长7%目标仍有差距: how far a result falls short of its goal, no fact
_SHORT_OF_A_GOAL = re.compile(r"(?:^|[，,；;])(?:距|离|距离)[^，,。；;]*目标[^，,。；;]{0,6}差距")
# a price level whose change is reported as its rise (涨幅): 居民消费价格(总水平), 食品价格
_PRICE_LEVEL = re.compile(r"(.*(?:价格|物价))(?:总水平|指数)?")
_BEFORE_SHARE = re.compile(r"^((?:经济)?(?:总量|总额|规模|数量)?)(?:约|近|超过?|逾|接近|超出)?占")
_ABOUT_SHARE = re.compile(r"(?:约|近|超过?|逾|接近)占")
_CITY_BEFORE_WHOLE = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?=全市|全省)")  # 珠海全市 → 全市
_PROVINCE_OR_MONTHS = re.compile(r"^(?:\d{1,2}月份?|[\u4e00-\u9fff]{2,3}省)+")
_SHARE_OF = re.compile(r"的(比重|比例)$")
_WHOLE_SIZE = re.compile(r"的?(?:总量|总数|总额)的?$")  # 占全市总量的: of the whole
# what a share is of, when it names only a whole (占全市, 占比, 占其中), not a metric
_A_WHOLE = re.compile(r"|比|其中|[\u4e00-\u9fff]{0,3}?(?:全市|全省|全国|全县|全区|全州)的?")
_ADVERB_AFTER_NOUN = re.compile(r"已经?|正在|将|均|全部|都|分别|长期|常年")
# a part's share said as what it contributes: 金融业…贡献了全区四分之一的GDP
_CITY_NAMED = re.compile(r"全市|全省|[\u4e00-\u9fff]市")  # 广州全市…, 潍坊市…: a bigger whole
_CONTRIBUTES = re.compile(
    r"(?:贡献(?!率)了?|创造了?|提供了?|吸纳了?|撑起了?|支撑了?|扛起了?)"  # 贡献率 is a rate
    r"(?P<whole>(?:[\u4e00-\u9fff]{2,3}?)?(?:全区|全市|全县|全省|全国))?(?P<city>[\u4e00-\u9fff]{2,3})?$"
)
_NEXT_SHARE = re.compile(r"(?:的[^，,。；;、]{1,10})?、")  # …的税收、八成以上的城镇就业
_SHARE_NOUN = re.compile(r"的([^，,。；;、的\d]{1,10})")
_SUBJECT_BEFORE_VERB = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:已是|已经是|是|作为|贡献|创造|提供|吸纳|撑起|支撑|扛起)"
)
_BARE_FLOWS = ("新增", "净增", "增加", "新开工", "新引进")
_FLOW_PREFIX = re.compile(f"^(?:{'|'.join(FLOW_PREFIXES)}|净增)")
_TOTAL_WORDS = re.compile(r"总数|总量|总计|总规模|数量|累计|总和")
_STOCK_VERBS = re.compile(r"达到|达|增至|攀升至|累计|总数|拥有|有|现有|集聚|共有")
_SHARE = re.compile(
    r"占(?P<of>[^，,。；;]{0,16}?)(?:的)?(?:比重|比例)?(?:为|是|达到|达|提高到|上升到|提升至)?$"
)
# counted nouns too generic to be a metric (`聚焦…等5个领域`)
GENERIC_NOUNS = {
    "领域",
    "细分领域",
    "方面",
    "环节",
    "板块",
    "赛道",
    "维度",
    "主题",
    "类",
    "批",
    "项",
    *_THRESHOLDS,  # 600亿元门槛: a mark, named after the metric that passed it
}
_NOUN_THEN_CHANGE = re.compile(r"同比|增长|下降|增速|增幅|比上年|较上年")
# 网上零售额：286.9亿元; 地区生产总值：2022年658.7亿元 (a year between)
_LABEL = re.compile(
    r"(?:^|[，,；;。\s])([^，,；;。：:\d\s]{2,20})[：:]\s*(?:(?:19|20)\d{2}年(?:末|底)?)?"
    r"(?:约|近|超|逾)?$"
)
_VERB_AFTER_NOUN = re.compile(
    r"累计|完成|实现|达到|共计|合计|签约|(?<!总)投资|(?<=项目)总投资|增长|新增"
)
# the total investment of the projects just counted: 集中开工项目41个，总投资203亿元
_BARE_TOTALS = frozenset({"总投资", "项目总投资", "计划总投资", "协议总投资"})
# amounts a policy offers, not amounts the district reached
_POLICY = re.compile(
    r"最高|最多|可获|奖励|补贴|补助|资助|给予|一次性|减按|贴息|每家|每个|每户|每人|每件|每位|每台"
    r"|单个|单家|首期规模|基金规模"
)
# 区级财政累计安排资金3000万元: money set aside, not spent (a goal's 计划安排… is the goal)
_SET_ASIDE = re.compile(r"安排[^，,。；;]{0,8}?(?:资金|消费券)$")
# 每人每月发放高龄津贴50元: a rate per head, even when paid out
_PER_HEAD_RATE = re.compile(r"每(?:人|户|名|位)每(?:月|年|天)|每(?:月|年)每(?:人|户)")
# money a policy has paid out is a result: 累计核销补贴资金3260万元, 发放奖补资金1.2亿元
_PAID_OUT = re.compile(r"核销|发放|兑现|拨付|兑付")
_POLICY_AFTER = re.compile(r"[^，,。；;]*?(?:给予|补贴|补助|奖励|资助|的[^，,。；;]{0,12}基金)")
# what a policy grants, after its condition (…的，再给予5万元奖励; 购买…的，再加5%)
_POLICY_GRANTS = r"(?:再|可|均|另|一次性)?(?:给予|奖励|补贴|补助|加|按|享受)"
_POLICY_CONDITION = re.compile(rf"[^，,。；;]*的[，,]{_POLICY_GRANTS}")
_POLICY_GRANT = re.compile(rf"(?<=的[，,]){_POLICY_GRANTS}")
_RANK_REFERRING = re.compile(r"两项|双|均|分别|各项|这些|上述")


def is_target_heading(
    sentence: Sentence, years_before: set[int] | None = None, year_under_way: int | None = None
) -> bool:
    """A heading that opens a year-ahead list: 数说江汉2026, 2024年主要预期目标.

    `数说/数读 <year>` also heads a year in review (数说江宁2025 over 2025's results), so it
    opens targets only when its year is later than a year the article named before it, or is
    `year_under_way`, a year too young to review (数说金水2026 in February 2026).
    """
    r = sentence.reading
    heading = _TARGET_HEADING.search(r) or _REST_OF_YEAR_WORK.search(r)
    if not heading:
        return False
    if not (sentence.is_headline or len(r) <= 30 or _GOALS_ARE.search(r)):
        return False
    if find_amounts(r[: heading.start()]):
        return False  # 失业率5.3%，控制在预期目标以内: a result measured against its goal
    if _AGAINST_A_GOAL.search(r[start_of_clause(r, heading.start(), "，,；;。") : heading.start()]):
        return False  # 增速…，比年初预期目标高0.2个百分点: so is one compared with it
    if _GOAL_WORDS.search(r) or years_before is None or _WORK_AHEAD.search(r):
        return True
    if _REST_OF_YEAR.search(r):
        return True  # 数读下半年: what the months ahead are to bring
    years = [int(y) for y in YEAR_MENTION.findall(r)]
    if years and year_under_way is not None and max(years) >= year_under_way:
        return True
    return bool(years) and bool(years_before) and max(years) > min(years_before)


def target_sections(
    sentences: list[Sentence],
    written_in: int | None,
    written_month: int | None = None,
    inferred_year: int | None = None,
) -> list[tuple[bool, int | None]]:
    """Per sentence: is it in a year-ahead section, and the year that section is for.

    A section opens at a target heading; a heading without a year takes the latest year of
    the last sentence that named one (2026年是…开局之年。…主要预期目标是：), and a sentence in
    the section that opens with a year (2027年，…) moves the section to it, or closes it when
    that year is before the year of writing (报告显示，2021年，… in a 2022 report); one that
    opens with a horizon (到2027年，…) sets it to the end of its paragraph. An undated
    article's `inferred_year` resolves only a heading's 明年 or 今年.
    """
    sections: list[tuple[bool, int | None]] = []
    in_section, section_year = False, None
    horizon: tuple[int, int] | None = None  # (block, year) after 到2025年，… opens a sentence
    paused: int | None = None  # a section left for a look back, whose goals may follow
    # a year not yet past its tenth month has no review to head (数说2026 in February 2026)
    under_way = written_in if written_in and written_month and written_month <= 10 else None
    # the year of writing counts as named: 数说2026 atop a 2025 article lists targets
    years_before: set[int] = {written_in} if written_in else set()
    last_named: int | None = None
    plan_end: int | None = None  # the last year of a plan named with its years (2025—2027年)
    for sentence in sentences:
        r = sentence.reading
        named = [int(y) for y in YEAR_MENTION.findall(r)]
        if is_target_heading(sentence, years_before, under_way):
            in_section = True
            # 今年/明年 in a heading with no year, resolved against the year of writing
            day = dt.date(written_in, written_month, 1) if written_in and written_month else None
            year_now = written_in or inferred_year
            now = TimeFrame(year_now, year_now, day, "metadata")
            relative = target_year_in(r, now) if not named and year_now else None
            # 《行动计划》…主要目标: the goals of the plan named before, (2025—2027年), for its end
            of_plan = plan_end if not named and _OF_A_PLAN.search(r) else None
            # 今年… with no date to resolve it against: not the last year named (约为2020年的五倍)
            earlier = None if names_a_relative_year(r) else last_named
            # 下半年…工作: the rest of the year of writing
            rest = written_in if not named and _REST_OF_YEAR_WORK.search(r) else None
            section_year = (
                relative or rest or of_plan or max(named, default=earlier) or section_year
            )
        opening = _YEAR_FIRST.search(r[:16]) if named else None
        opening_year = int(opening.group(2)) if opening and not opening.group(1) else None
        if in_section and opening_year and written_in and opening_year < written_in:
            in_section, paused = False, section_year  # 报告显示，2021年，…: the year reviewed
        if in_section and not sentence.is_bullet and _PAST_OPENING.match(r):
            in_section, paused = False, section_year
        if in_section and _LOOK_BACK.match(r) and all(y < (section_year or 0) for y in named):
            in_section, paused = False, section_year  # ▶ 回望2025：稳中有进, among 数读2026
        if paused and not in_section and sentence.is_bullet and GOAL_STYLE.search(r):
            # 数说2026, a look back at 2025, then the goals: ● 地区生产总值增长5.5%左右
            in_section, section_year, paused = True, paused, None
        here = horizon[1] if horizon and horizon[0] == sentence.block else section_year
        sections.append((in_section, here))
        if in_section and opening_year:
            section_year = opening_year
        elif in_section and opening:  # 到2025年，…；…: that horizon, to the end of the paragraph
            horizon = (sentence.block, int(opening.group(2)))
        years_before.update(named)
        last_named = max(named, default=last_named)
        span = _PLAN_SPAN.search(r)
        plan_end = int(span.group(1)) if span else plan_end
    return sections


@dataclass
class _Draft:
    """A fact being assembled from one sentence."""

    district: str
    name: str
    key: str | None
    period: str | None
    unit_class: str | None
    amount: Amount | None = None
    growth: float | None = None
    growth_qualifier: str | None = None
    is_estimate: bool = False
    rank: int | None = None
    rank_scope: str | None = None
    is_target: bool = False
    target_year: int | None = None


def _says_within_the_year(text: str) -> bool:
    """年内 with no 今年: within whichever year the goals are for."""
    return "年内" in text and "今年" not in text and "本年" not in text


def _level_at_span_end(period: str | None, left: str) -> str | None:
    """A span's last year for a level reached over it (…期间，…达到21家), else `period`."""
    span = _SPAN_PERIOD.fullmatch(period or "")
    if span and _REACHED.search(left) and not _OVER_A_SPAN.search(left):
        return span.group(1)
    return period


class _Where(NamedTuple):
    """Whose a figure is and when: what every draft of one amount shares."""

    district: str
    period: str | None
    is_target: bool
    target_year: int | None
    is_estimate: bool


def _reckoned_name(growth_left: str, phrase: str, drafts: list[_Draft]) -> str | None:
    """The name of a growth reckoned another way, or None for an ordinary growth.

    自然口径下降6.4%，同口径增长2.5% (or 扣除留抵退税因素后增长): the same figure reckoned another
    way, a record of its own once the first growth is given, else that record's growth ("").
    """
    reckoned = _RECKONED.search(growth_left)
    if not reckoned or (phrase and not _RECKONED.fullmatch(phrase)):
        return None
    totals = [d for d in drafts if not d.name.endswith(_RATIO_NAMES)]
    host = totals[-1] if totals else None
    if host is None or host.growth is None:
        return ""
    return f"{host.name}（{reckoned.group()}）"


def _contribution(
    r: str,
    left: str,
    amount: Amount,
    drafts: list[_Draft],
    matcher: MetricMatcher,
    is_place: Callable[[str], bool],
) -> str | None:
    """`金融业…贡献了全区四分之一的GDP` → 金融业占GDP比重; `、八成以上的城镇就业` goes on."""
    of = _SHARE_NOUN.match(r, amount.end)
    if not of:
        return None
    contributes = _CONTRIBUTES.search(left)
    if contributes:
        # the clause's own subject (…，台资企业贡献了全区约三分之一的…), else the sentence's
        subject = _SUBJECT_BEFORE_VERB.match(without_leads(left)) or _SUBJECT_BEFORE_VERB.match(
            without_leads(r)
        )
        part = subject.group(1) if subject else ""
        if not part or part.endswith(("区", "县", "市", "旗")) or is_place(part):
            # 富锦市贡献了佳木斯全市三分之一以上的粮食产量: the place's share of the whole;
            # 撑起了深圳约四分之一的经济总量: of the city's, said by its name alone
            whole = contributes.group("whole") or ("全市" if contributes.group("city") else "")
            return f"{matcher.canonical_name(of.group(1))}占{whole}比重"  # 经济总量 → 地区生产总值
        return f"{part}占{of.group(1)}比重"
    if _NEXT_SHARE.fullmatch(left) and drafts and "占" in drafts[-1].name:
        return f"{drafts[-1].name.split('占')[0]}占{of.group(1)}比重"
    return None


def _full_coverage(r: str, amounts: list[Amount]) -> list[Amount]:
    """`全覆盖` reads as a coverage of 100%, unless an amount already covers the clause."""
    found = []
    for m in _FULL_COVERAGE.finditer(r):
        clause = r[start_of_clause(r, m.start(), CLAUSE_BREAKS) : m.start()]
        if "实现" not in clause or any(a.start <= m.start() < a.end for a in amounts):
            continue  # only an achieved coverage (实现…全覆盖), not 推动政策全覆盖
        qualifier = "~" if "基本" in clause else "="  # 基本实现…全覆盖: nearly all
        found.append(
            Amount(100.0, "%", 100.0, "%", "percent", qualifier, m.start(), m.start(), m.end())
        )
    return found


_YEARS_AGO = re.compile(r"(?:比|较|与)(?:[两三四五六七八九十\d]|十[一二三四五])年前")


def _multi_year_base(left: str, period: str | None, doubling: bool, lead: str = "") -> bool:
    """True when a growth is measured against a year other than the one before the period.

    `lead` is the sentence before the growth's clause, which may name the base for it
    (与2019年同期相比，…分别增长32.5%和28.1%).
    """
    if _YEARS_AGO.search(left) and (doubling or _GROWTH_TAIL_WORD.search(left)):
        return True  # 比五年前增长了近三成: over five years
    m = _BASE_YEAR.search(left) if "年" in left else None
    m = m or (_COMPARED_WITH.search(lead) if "相" in lead or "比" in lead else None)
    if not m or not period or not period[:4].isdigit():
        return False
    is_growth = doubling or _GROWTH_TAIL_WORD.search(left) is not None
    return is_growth and int(m.group(1)) != int(period[:4]) - 1


# 纸制品、食品饮料产业产值均超过500亿元; 规上工业增加值、固定资产投资均增长8%: the figure is each one's
_EACH_OF = re.compile(r"(?:均|都)(?:达到|达|为|实现|在)?$")
# the measure the last of them names for all (食品饮料产业产值 → 纸制品产业产值)
_SHARED_TAIL = re.compile(r"(?:产业)?(?:产值|增加值|营业收入|营收|收入|总额|销售额|投资|产量|额)$")


def _each_named(raw: str, phrase: str, finder: DistrictFinder, district: str | None) -> list[str]:
    """The names of each of `A、B均…` (one figure for each), else just `phrase`."""
    each = _EACH_OF.search(raw.rstrip())
    if not each:
        return [phrase]
    names = strip_phrase(raw.rstrip()[: each.start()], finder, district)
    parts, shortest = names.split("、"), 2
    if len(parts) < 2:  # 出口额和进口额 (but not 批发和零售业: each side a name of its own)
        parts, shortest = re.split("和|与|及", names), 3
    if len(parts) < 2 or any(len(p) < shortest for p in parts):
        return [phrase]
    tail = _SHARED_TAIL.search(parts[-1])
    if tail and tail.start() > 0:
        parts = [p if _SHARED_TAIL.search(p) else p + tail.group() for p in parts]
    return parts


def _glued_to_noun(r: str, amount: Amount, later: list[Amount]) -> bool:
    """`纳税过10亿元楼宇3栋`: an amount naming a class of things counted later in the clause."""
    nxt = r[amount.end : amount.end + 1]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的增同和与及以":
        return False
    if _CHANGED_TO.match(r, amount.end):
        return False  # 由2020年的1862亿元提高到…: a level, then what it became
    if amount.unit_class not in ("money", "area"):
        return False
    clause_end = min(
        [i for i in (r.find(ch, amount.end) for ch in CLAUSE_BREAKS) if i >= 0] or [len(r)]
    )
    return any(a.num_start < clause_end for a in later)


def _growth_before(left: str) -> tuple[str, int] | None:
    """A growth word ending the left context (allowing 同比/了/为 after it)."""
    tail = _GROWTH_TAIL.sub("", left)
    for word, sign in _GROWTH:
        if tail.endswith(word):
            return tail[: -len(word)], sign
    return None


_RANK_ADVERBS = re.compile(
    r"(?:连续(?:多|\d+|[一二三四五六七八九十]+)年|多年来?|继续|持续|仍然?|始终|续)+$"
)
_BARE_AREAS = frozenset(("区", "县", "板块", "县区", "区县", "县市区", "辖市区"))


def _rank_scope(m: re.Match[str]) -> str | None:
    """What a rank is among; None when the match names no field (仓山区第二实验小学)."""
    scope = re.sub(r"^[居位列排在于是稳保持双均]+", "", m.group("scope"))
    return scope if scope and scope not in _BARE_AREAS else None


_Fact = TypeVar("_Fact", Indicator, Target)


def _merge_repeats(facts: list[_Fact], when: str) -> list[_Fact]:
    """One record for a fact stated twice (a table row and the commentary on it).

    Records of one district, metric and period merge when their levels are the same (or one
    has none) and so are their growth rates. The fuller record stays, with what the other
    adds (a growth rate, a rank); it keeps its own evidence.
    """
    kept: list[_Fact] = []
    seen: dict[tuple, list[int]] = {}
    for f in facts:
        key = (f.district, f.metric_key or f.metric_name, _same_period(getattr(f, when)))
        at = next((i for i in seen.get(key, []) if _same_figures(kept[i], f)), None)
        if at is None:
            seen.setdefault(key, []).append(len(kept))
            kept.append(f)
            continue
        base, other = (kept[at], f) if _fullness(kept[at]) >= _fullness(f) else (f, kept[at])
        for field in ("growth_pct", "rank", "rank_scope"):
            if getattr(base, field, None) is None and getattr(other, field, None) is not None:
                setattr(base, field, getattr(other, field))
        kept[at] = base
    return kept


def _unrestated(
    facts: list[_Fact], others: list[Indicator] | list[Target], headlines: set[int], when: str
) -> list[_Fact]:
    """Drop a headline's figures that the body states again: the body says what they are.

    `…集中签约 32个项目总投资268亿元` over `此次集中签约项目32个、总投资268亿元`. The body may
    state it as the other kind (a title's figure the body calls a plan), in any period.
    """
    body = [f for f in facts if f.span_start not in headlines]
    body_others = [f for f in others if f.span_start not in headlines]

    def same(a: Indicator | Target, b: Indicator | Target) -> bool:
        if a.district != b.district:
            return False
        if a.value_std is not None:
            return (a.value_std, a.unit_std) == (b.value_std, b.unit_std)
        return a.growth_pct is not None and a.growth_pct == b.growth_pct

    def rounded(h: _Fact, b: _Fact) -> bool:
        """`GDP突破六千亿` over the body's 6,123.4亿元: the same figure, written round."""
        if h.district != b.district:
            return False
        # 互市贸易额 over the body's 边民互市贸易额: a headline shortens the name
        if (h.metric_key or h.metric_name) != (b.metric_key or b.metric_name) and not (
            h.metric_key is None and b.metric_name.endswith(h.metric_name)
        ):
            return False
        if h.value_std is None and h.growth_pct is not None and b.growth_pct is not None:
            # 外贸增逾两成 over the body's 增长21.4%: a growth said in tenths, round
            return h.growth_pct % 5 == 0 and 0 <= b.growth_pct - h.growth_pct < 5
        if h.value_std is None or b.value_std is None:
            return False
        if h.unit_std != b.unit_std and h.unit not in MULTIPLIERS:  # 六千亿: no 元 in a title
            return False
        if _digits(b.value) <= _digits(h.value):
            return False  # 确保1100亿元 and 力争1200亿元: two round goals, not one figure twice
        if h.qualifier == ">=":
            return h.value_std <= b.value_std < h.value_std * 1.2
        if h.qualifier == "=":  # GDP達5,381億元 over 5,381.4億元: the body's, rounded
            return abs(b.value_std - h.value_std) <= 0.005 * h.value_std
        return h.qualifier == "~" and abs(b.value_std - h.value_std) <= 0.1 * h.value_std

    def restated(h: _Fact) -> bool:
        period = _same_period(getattr(h, when))
        return any(
            (same(h, b) or rounded(h, b))
            and (_same_period(getattr(b, when)) == period or _dated_by_the_body(h, b, when))
            for b in body
        ) or any(same(h, b) for b in body_others)

    return [f for f in facts if f.span_start not in headlines or not restated(f)]


def _digits(value: float | None) -> int:
    """Significant digits: 6123.4 has five, 6000 one."""
    return len(f"{value or 0:g}".replace(".", "").replace("-", "").strip("0"))


def _fullness(f: Indicator | Target) -> tuple[int, bool]:
    # then prose over a table row: the commentary says which period it means (上半年)
    prose = any(ch in f.evidence for ch in "，。；")
    return (f.value is not None) + (f.growth_pct is not None), prose


_PERIOD_ALIASES = {"M01-M03": "Q1", "M01-M06": "H1", "M01-M09": "Q1-Q3", "M07-M12": "H2"}


def _dated_by_the_body(headline: _Fact, body: _Fact, when: str) -> bool:
    """A headline's level, with no period of its own, that the body dates to a part of a year.

    `…15个项目集中开工` over `2025年第一季度…本次…共有15个项目集中开工`: the body's quarter.
    """
    part = getattr(body, when)
    return (
        headline.value_std is not None
        and isinstance(part, str)
        and PART_OF_YEAR.match(part) is not None
        and not YEAR_MENTION.search(headline.evidence)
        and not parts_named(headline.evidence)
        and not names_a_relative_year(headline.evidence)
    )


def _same_period(period: object) -> object:
    """2025M01-M06 and 2025H1 name the same months."""
    if isinstance(period, str) and period[4:] in _PERIOD_ALIASES:
        return period[:4] + _PERIOD_ALIASES[period[4:]]
    return period


def _same_figures(a: Indicator | Target, b: Indicator | Target) -> bool:
    values = a.value_std is None or b.value_std is None or a.value_std == b.value_std
    growths = a.growth_pct is None or b.growth_pct is None or a.growth_pct == b.growth_pct
    one_level = a.value_std is not None or b.value_std is not None
    one_growth = a.growth_pct is not None or b.growth_pct is not None
    # two growth-only or two level-only records of different figures stay apart
    return (
        values
        and growths
        and (one_level or one_growth)
        and (a.value_std == b.value_std or a.growth_pct == b.growth_pct)
    )


# a sentence about one town or street of the district: 罡杨镇坚持工业强镇，全镇规上工业产值…
_TOWN_OPENS = re.compile(
    TIME_LEAD.pattern + r"在?"
    r"([\u4e00-\u9fff]{2,4}(?<![小城])(?:镇|街道|乡))(?![区县市村])"
)
_WHOLE_TOWN = re.compile(r"^(?:全镇|全乡|全街道|该镇|该街道)")
_NOT_IN_TOWN_NAME = set("区县市年月日在新增全该本我城乡")


def _name_the_town(r: str, drafts: list[_Draft], district: str | None) -> None:
    """Figures of a town or street stay with the district, named after the town (no key)."""
    town = _TOWN_OPENS.match(r)
    if not town or WHOLE_DISTRICT.search(r):
        return
    name = town.group(1)
    if any(ch in _NOT_IN_TOWN_NAME for ch in name[:-2]):
        return  # 全年城镇新增就业, 奎文区城镇居民: not a town's name
    for d in drafts:
        if d.district == district and not d.name.startswith(name):
            d.name, d.key = name + _WHOLE_TOWN.sub("", d.name), None


# 国庆中秋8天长假，…; “五一”假期5天，…; 2024年春节假期，…: a holiday opening the sentence
_HOLIDAY_OPENS = re.compile(rf"^(?:(?:19|20)\d{{2}}年|今年|去年)?{HOLIDAY_SPAN}")


def _name_the_holiday(r: str, drafts: list[_Draft]) -> None:
    """A holiday's figures are named after it (国庆假期接待游客人次), not the year's (no key)."""
    m = _HOLIDAY_OPENS.match(r)
    if not m:
        return
    label = m.group(1) + (m.group(2) or "") + "假期"
    for d in drafts:
        if not d.is_target and not d.name.startswith(label):
            d.name, d.key = label + d.name, None


def _far_from_report(period: str, frame: TimeFrame) -> bool:
    """True for a period before the year ahead of the reporting year, or after this year."""
    year = int(period[:4]) if period[:4].isdigit() else None
    if year is None or frame.reporting_year is None or re.fullmatch(r"\d{4}-\d{4}", period):
        return False  # 十四五时期 (2021-2025) is the span the figures after it cover
    return year < frame.reporting_year - 1 or year > (frame.current_year or frame.reporting_year)


def _projects_total(counted: str, total: str) -> str | None:
    """`集中开工项目` counted, then `总投资`: 集中开工项目总投资 (项目集中签约 → 集中签约项目…)."""
    counted = counted.removesuffix("数")
    if counted.endswith("项目"):
        return counted + total.removeprefix("项目")
    if counted.startswith("项目") and len(counted) > 2:
        return counted[2:] + "项目" + total.removeprefix("项目")
    return None


def _without_milestones(drafts: list[_Draft]) -> list[_Draft]:
    """Drop `首次突破1800亿元` when the same sentence then gives the level (达到1826.5亿元)."""

    def passed(m: _Draft) -> bool:
        return any(
            d is not m
            and d.amount
            and d.amount.qualifier == "="
            and (d.district, d.key or d.name, d.period) == (m.district, m.key or m.name, m.period)
            and m.amount.value_std is not None
            and d.amount.value_std is not None
            and m.amount.value_std <= d.amount.value_std <= 1.25 * m.amount.value_std
            for d in drafts
        )

    return [
        d
        for d in drafts
        if not (d.amount and d.amount.qualifier == ">=" and d.growth is None and passed(d))
    ]


def _share_name(metric: str, of: str) -> str:
    """`<metric>占<whole>比重`, the whole written short: 珠海全市澳资企业 → 全市."""
    of = _CITY_BEFORE_WHOLE.sub("", of.rstrip("的"))
    for whole in ("全市", "全省", "全国"):
        if of.startswith(whole) and metric.endswith(of[len(whole) :]):
            of = whole  # 澳资企业占全市澳资企业: the whole is the same metric's
    return f"{metric}占{of}比重"


def _start_of_clause_before(r: str, since: int, clause_start: int) -> int:
    """Where the clause of r[since:] that ends where the clause at `clause_start` begins starts."""
    before = r[since:clause_start].rstrip(CLAUSE_BREAKS)
    return since + max((before.rfind(c) for c in CLAUSE_BREAKS), default=-1) + 1


def _clause_before(r: str, since: int, clause_start: int) -> str:
    """The clause of r[since:] that ends where the clause at `clause_start` begins."""
    return r[_start_of_clause_before(r, since, clause_start) : clause_start].rstrip(CLAUSE_BREAKS)


def _rank_value(m: re.Match[str]) -> int:
    if m.group("top"):
        return 1 if m.group("top") != "前三甲" else 3
    n = m.group("n")
    return int(parse_numeral(n))  # 第2, 第十二 (cn2an on the numeral only)


class FactExtractor:
    """Turns sentences into indicator and target records for one article."""

    def __init__(self, matcher: MetricMatcher, finder: DistrictFinder):
        self.matcher = matcher
        self.finder = finder
        self.subjects = SubjectRules(finder)
        cities = self.finder.city_names()
        self._rank = re.compile(
            _RANK_TEMPLATE.format(cities=alternation(cities) if cities else "全市")
        )

    def extract(
        self,
        sentences: list[Sentence],
        frame: TimeFrame,
        district: str | None,
        project_spans: list[list[tuple[int, int]]] | None = None,
        sections: list[tuple[bool, int | None]] | None = None,
    ) -> tuple[list[Indicator], list[Target]]:
        """Indicators and targets of an article, given its time frame and district.

        `project_spans` holds, per sentence, where named projects sit in its reading: figures
        in a sentence that opens with one, and refers back to it, are the project's.
        `sections` is `target_sections` of the sentences, when the caller has it.
        """
        if sections is None:
            written_in = frame.current_year if frame.source != "inferred" else None
            sections = target_sections(sentences, written_in)
        indicators: list[Indicator] = []
        targets: list[Target] = []
        table_period: str | None = None
        table_header: str | None = None  # the columns of the rows below it
        out = (indicators, targets)
        run = RunOn(self.finder, district)
        whole = "\n".join(s.reading for s in sentences)  # where a heading's place is named in full
        rows_topic: str | None = None  # …情况如下： names the metric of the place rows below
        for i, sentence in enumerate(sentences):
            r = sentence.reading
            about_project = bool(project_spans) and opens_with_project(r, project_spans[i])
            run.enter(sentence.block)
            if sentence.is_title:  # a heading line, not a short sentence
                run.head_section(r, whole)
            rows_topic = rows_topic if is_place_row(sentence.raw) else None
            run.topic = rows_topic or run.topic
            topic = _TOPIC.match(r)  # 从经济总量看，雁塔区以1172.6亿元…: the block's metric
            if topic:
                run.topic = topic.group(1) or topic.group(2)
                rows_topic = topic.group(2)
            one_line_with_columns = "\n" not in sentence.raw and len(sentence.raw.split()) >= 3
            if one_line_with_columns and is_header(sentence.raw):  # 指标名称 单位 1—10月 …
                table_period = period_in(r, frame)
                table_header = unicodedata.normalize("NFKC", sentence.raw)
                continue
            row = None
            if one_line_with_columns:
                row = read_row(unicodedata.normalize("NFKC", sentence.raw), table_header)
            if row is not None:
                period = table_period or run.period or default_period(frame)
                self._emit(self._table_draft(row, district, period), sentence, frame, *out)
                continue
            if sentence.raw.count("\t") >= 2 and project_spans and project_spans[i]:
                continue  # a row of a project list (名称	性质	建设内容	总投资): the project's
            in_target_section, section_target_year = sections[i]
            goal_year = run.goals_go_on(r)
            if goal_year is not None and not in_target_section:
                in_target_section, section_target_year = True, goal_year
            drafts = self._sentence(
                sentence,
                frame,
                district,
                run,
                in_target_section,
                section_target_year,
                about_project,
                {s for s, _ in project_spans[i]} if project_spans else set(),
            )
            explicit = period_in(_FROM_BASE_YEAR.sub("", r), frame)  # 由2020年的X… is a base
            explicit = run.event(r, explicit)
            # a sentence of goals (2025年…预期增长3%) does not date the figures after it
            goals_only = not any(not d.is_target for d in drafts) and TARGET_CUE.search(r)
            # nor does a breakdown (分季度看，一季度…，二季度…; 其中，二季度…)
            # (分季度看，四季度单季销售面积…: one quarter's figure, said in passing)
            breakdown = (
                r.startswith(("其中", "分季度", "分月"))
                or _ONE_PART_ALONE.search(r) is not None
                or len(parts_named(r)) > 1
            )
            # a date far from the report with nothing reported (1989年5月，…批准设立…; 预计
            # 2025年底通车) is history or a plan: it dates none of the figures after it
            aside = not drafts and explicit is not None and _far_from_report(explicit, frame)
            if (
                explicit
                and not in_target_section
                and not goals_only
                and not breakdown
                and not aside
            ):
                run.period = explicit
            drafts += self._industry_mix(r, district, run.period, frame)
            _name_the_town(r, drafts, district)
            _name_the_holiday(r, drafts)
            drafts = run.assign(r, drafts)
            run.after(r, drafts)
            intro = None if drafts else _YEAR_INTRODUCED.match(r)
            year = intro and target_year_in(intro.group(1), frame)
            if year:
                run.expect_goals(year)  # 明年是“十五五”开局之年。西青将力争…: goals for that year
            for d in drafts:
                self._emit(d, sentence, frame, indicators, targets)
            run.remember(r)
        headlines = {s.start for s in sentences if s.is_title}
        return (
            _merge_repeats(_unrestated(indicators, targets, headlines, "period"), "period"),
            _merge_repeats(
                _unrestated(targets, indicators, headlines, "target_year"), "target_year"
            ),
        )

    def _names_a_place(self, text: str, district: str | None) -> bool:
        """True when `text` is a district's name, short or full (南湖, 南湖区, 晋江一地)."""
        text = text.removesuffix("一地")
        # 泰兴 for 泰兴市, which the reference lists as a county, short name and all
        if text == short_form(district):
            return True
        found = self.finder.mentions(text, district)
        return len(found) == 1 and (found[0].start, found[0].end) == (0, len(text))

    # -- one sentence -------------------------------------------------------------------
    def _sentence(
        self,
        sentence: Sentence,
        frame: TimeFrame,
        district: str | None,
        run: RunOn,
        in_target_section: bool,
        section_year: int | None,
        about_project: str | bool = False,
        project_starts: set[int] | None = None,
    ) -> list[_Draft]:
        r = sentence.reading
        # what runs on from the sentences before: the paragraph's period, topic and metric
        block_period, topic = run.period_for(r), run.topic
        run_name = run.metric(r) or (run.ranked_metric if _RANKED_WITH.search(r) else None)
        # `新增创新街区（楼宇、园区）5.2万平方米`: a short aside without numbers is not a break
        if "(" in r or "（" in r:
            asides = [m.span() for m in _ASIDE.finditer(r)]
            r = _ASIDE.sub("", r)
            # project starts, moved to where they sit once the asides are gone
            project_starts = {
                p - sum(e - s for s, e in asides if e <= p) for p in project_starts or ()
            }
        yardstick = _YARDSTICK_LEAD.match(r) if r.startswith(("对标", "对照")) else None
        # from a rate of exchange or a currency named (若以美元计), the figures are conversions
        converted = _AT_A_RATE.search(r) if "兑" in r else None
        converted = converted or (
            _IN_ANOTHER_CURRENCY.search(r) if "以" in r or "按" in r else None
        )
        short_of_a_goal = [g.span() for g in _SHORT_OF_A_GOAL.finditer(r)] if "差距" in r else []
        amounts = [
            a
            for a in find_amounts(r)
            if not a.modifier
            and not (converted and a.start >= converted.start())
            and not (yardstick and a.start < yardstick.end())
            and a.unit != "类"  # 12类家电产品: kinds of things, which no analyst tabulates
            and not _IN_TWD.search(r, max(0, a.start - 4), a.start)  # Taiwan's own figures
            and not quoted(r, a.num_start)
            and not _CONVERTED.search(r, max(0, a.start - 7), a.start)
            and not _A_STANDARD_AFTER.match(r, a.end)
            and not _A_STANDARD_BEFORE.search(r, max(0, a.start - 4), a.start)
            and not (a.qualifier != "=" and _A_NORM.search(r, max(0, a.start - 3), a.start))
            and not _HYDROLOGY.search(r, max(0, a.start - 14), a.start)
            and not (
                a.qualifier == ">=" and _A_FLOOR_FOR_EACH.search(r, max(0, a.start - 24), a.start)
            )
            and not r.startswith(("/秒", "每秒"), a.end)
            and not r.startswith(_EXCHANGED_FOR, a.end)  # 1元人民币可兑换约3500越南盾: a rate
            and not _BENCHMARK_RATE.search(r, max(0, a.start - 12), a.start)
            and not any(s <= a.start < e for s, e in short_of_a_goal)
            and not _HELD_FOR_YEARS.search(r, max(0, a.start - 12), a.start)
            and not (
                _PLATFORM_USE.search(r, max(0, a.start - 16), a.start) and _A_PLATFORM.search(r)
            )
            and not r.startswith("基点", a.end)
            and not (a.unit_class == "money" and _A_PRICE.search(r, max(0, a.start - 12), a.start))
            and not (a.unit in _PLACES_MOVED and _RANK_MOVE.search(r, 0, a.start))
        ]
        amounts = [
            a
            for i, a in enumerate(amounts)
            if not _glued_to_noun(r, a, amounts[i + 1 :]) or self._value_first(r, a)
        ]
        if amounts and _RANK_CUE.search(r):  # 在全市12个区县中排名第三: 12 names the field
            ranked = [m.span("scope") for m in self._rank.finditer(r) if _rank_scope(m)]
            amounts = [a for a in amounts if not any(s <= a.start < e for s, e in ranked)]
        doublings = [  # (not “倍增提质”行动: a programme's name)
            (m.start(), m.end(), _DOUBLING_GROWTH[m.group()])
            for m in _DOUBLING.finditer(r)
            if not quoted(r, m.start())
        ]
        doublings += [  # 为去年同期的两倍 (100), 是上年的1.4倍 (40)
            (m.start(), m.end(), round((parse_numeral(m.group("n")) - 1) * 100, 2))
            for m in _TIMES_LAST_YEAR.finditer(r)
        ]
        doublings += [  # 增长1.3倍 (130), 增长一点三倍
            (m.start(), m.end(), round(parse_numeral(m.group("n")) * 100, 2))
            for m in _TIMES_MORE.finditer(r)
        ]
        if "持平" in r:
            doublings += [(m.start(), m.end(), 0.0) for m in _FLAT.finditer(r)]
        doublings = [d for d in doublings if not any(o[0] < d[0] < o[1] for o in doublings)]
        amounts += _full_coverage(r, amounts)
        events: list[tuple[int, object]] = [(a.start, a) for a in amounts]
        events += [(s, ("double", s, e, g)) for s, e, g in doublings]
        events.sort(key=lambda ev: ev[0])
        drafts: list[_Draft] = []
        if not events:
            self._ranks(r, drafts, sentence, frame, district, block_period)
            return drafts
        if not_about_the_district(r):
            return drafts  # one project's, a company's, the thing just named, or a note
        # 对标全省“十四五”单位GDP能耗下降14.5%的约束性目标，全县…: the goal is a yardstick
        target_cue = TARGET_CUE.search(r, yardstick.end() if yardstick else 0)
        prev_end = 0
        after_city = False
        shared_flow: str | None = None
        groups = listed_facts(
            r,
            amounts,
            lambda text: self._list_subject(text, district),
            lambda text: [
                (m.start, m.end, m.district) for m in self.finder.mentions(text, district)
            ],
        )
        lists = {id(group[0].amount): group for group in groups}
        in_lists = {id(f.amount) for group in lists.values() for f in group}
        starts, named_before_from = self._from_to(r, amounts)
        for pos, ev in events:
            if id(ev) in starts:
                continue  # …从312家增加到486家: where it started
            if id(ev) in in_lists and id(ev) not in lists:
                continue  # a later item of a shared-verb list, emitted with the first
            clause_start = start_of_clause(r, pos, CLAUSE_BREAKS)
            left_start = max(clause_start, prev_end)
            left_raw = named_before_from.get(id(ev), r[left_start:pos])
            since, prev_end = prev_end, ev.end if isinstance(ev, Amount) else ev[2]
            subject_district = self.subjects.district_for(r, pos, district, after_city)
            after_city = subject_district is None
            if subject_district is None:
                continue
            if self.subjects.someone_elses(
                r, pos, clause_start, ev, about_project, project_starts or set(), district
            ):
                continue
            is_target = (
                in_target_section
                or bool(target_cue and target_cue.start() < pos)
                # 为实现增长6%以上的预期目标奠定基础: the figure names the goal
                or _GOAL_AFTER.match(r, ev.end if isinstance(ev, Amount) else ev[2]) is not None
            )
            if in_target_section and _PAST_IN_CLAUSE.search(r, clause_start, pos):
                # 云岩区去年地区生产总值突破1100亿元, among the goals: a look back
                is_target = bool(target_cue and target_cue.start() < pos)
            if (
                is_target
                and not in_target_section
                and target_cue
                and target_cue.group().startswith("将")
                and _EXPECTED_THIS_YEAR.search(r, 0, pos)
            ):
                is_target = False  # 预计全年…将突破870万吨: the year's estimate, not a goal
            # 要由目前的约390家增至500家: the goal starts from a level reached now
            from_now = _FROM_NOW.search(r, max(0, pos - 6), pos) is not None
            is_target = is_target and not from_now
            if is_target and target_cue and _DONE_SO_FAR.search(r, target_cue.end(), pos):
                is_target = False  # 今年计划改造62个，上半年已开工58个，涉及楼栋410栋: progress
            is_estimate = any(w in r[:pos] for w in ESTIMATE_WORDS) and not is_target
            target_year = None
            if is_target:
                m = target_cue if target_cue and target_cue.start() < pos else None
                if m and m.group("year"):
                    target_year = int(m.group("year"))
                    # 围绕到2035年建成…这一愿景，2025年，崇明将确保…: the nearer year heads them
                    later = _YEAR_NOT_BASE.findall(r, m.end(), pos)
                    target_year = int(later[-1]) if later else target_year
                else:
                    # 五年…, or “十五五”时期…将力争: the plan's last year
                    five_years = (
                        run.plan_end(r) if _FIVE_YEARS.search(r, 0, pos) else plan_end_in(r[:pos])
                    )
                    named = target_year_in(r[:pos], frame)
                    if (
                        named == frame.current_year
                        and section_year
                        and _says_within_the_year(r[:pos])
                    ):
                        named = section_year  # 年内建成 among next year's goals: that year
                    target_year = named or five_years or section_year or frame.current_year
            if (
                target_year
                and _BY_THIS_YEARS_END.match(r, clause_start, pos)
                and not YEAR_MENTION.search(r, clause_start, pos)
            ):
                # 力争到2026年底累计…，年底前确保482户入住: this year's end, in its own clause
                target_year = section_year or frame.current_year
            # 由2020年的X增加到2025年的Y: each its year; 由2020年的X增加到Y: Y is current
            from_year = _FROM_YEAR.search(r, max(0, pos - 12), pos)
            before = r[:pos]
            changes = _CHANGE_OVER_YEARS.findall(before) if "由" in before or "从" in before else []
            if changes:
                before = _CHANGE_OVER_YEARS.sub("", before)
            if from_now:
                period = period_in("目前", frame) or default_period(frame)
            elif from_year:
                period = from_year.group(1)
            elif from_plan := _FROM_A_PLANS_END.search(r, max(0, pos - 12), pos):
                period = period_in(from_plan.group(1), frame)
            elif changes:
                # …由2020年的812家增至2025年的1236家，高企由486家增至1051家: the same years
                years = changes[-1]
                if _BARE_FROM.search(r, max(0, pos - 2), pos) and years[0]:
                    period = years[0]
                elif _BARE_TO.search(r, max(0, pos - 4), pos):
                    # 由2020年的462亿元跃升至671.8亿元: with no year of its own, the level now
                    period = years[1] or period_in("目前", frame) or default_period(frame)
                elif "年均" in left_raw and years[0] and years[1]:
                    period = f"{int(years[0]) + 1}-{years[1]}"  # …，年均增长5.0%: over those years
                else:
                    period = period_in(before, frame) or default_period(frame)
            elif (span := span_named(before)) and (
                (from_start := _BARE_FROM.search(r, max(0, pos - 2), pos))
                or _BARE_TO.search(r, max(0, pos - 4), pos)
            ):
                # 2019年到2024年，…由612亿元增长到1238亿元: each end its year
                period = span[0] if from_start else span[1]
            else:
                # 2017年412.3亿元，2022年658.7亿元: a clause's own year, before the sentence's
                own_year = (
                    (
                        YEAR_MENTION.search(r, clause_start, pos)
                        # …四季度有望…，预计全年…将突破2.7万元: the clause's year, not the quarter
                        or (is_estimate and _EXPECTED_THIS_YEAR.search(r, clause_start, pos))
                    )
                    and period_in(r[clause_start:pos], frame)
                )
                period = (
                    own_year
                    or period_in(before, frame, block_period, nearest=True)
                    or block_period
                    or default_period(frame)
                )
            if isinstance(ev, Amount) and not is_target:
                period = _level_at_span_end(period, r[clause_start : ev.num_start])
            context = _Where(subject_district, period, is_target, target_year, is_estimate)
            lead = r[:clause_start]
            if _PER_HEAD_RATE.search(r, clause_start, pos):
                continue  # 每人每月分别发放高龄津贴50元、100元: the policy's rates
            if id(ev) in lists:
                group = lists[id(ev)]
                prev_end = group[-1].amount.end
                growths = all(f.growth_sign is not None for f in group)
                if not (growths and _multi_year_base(left_raw, period, True, lead)):
                    self._add_listed(drafts, group, district, context, run.pair)
                continue
            if _multi_year_base(left_raw, period, isinstance(ev, tuple), lead):
                continue  # 较2020年翻一番, 比2019年增长30%: not a growth rate over a year
            if _RECOVERED_TO.search(left_raw):
                continue
            if isinstance(ev, tuple):  # 翻一番: growth with no number
                phrase = strip_phrase(left_raw, self.finder, district)
                self._add_growth(drafts, phrase, ev[3], "=", context)
                continue
            amount = ev
            own = r[clause_start:pos]
            if (
                (_POLICY.search(own) and not _PAID_OUT.search(own))
                or _POLICY_AFTER.match(r, amount.end, end_of_clause(r, amount.end, CLAUSE_BREAKS))
                or _POLICY_CONDITION.match(r, amount.end)
                or _POLICY_GRANT.match(r, clause_start)
                or (not is_target and _SET_ASIDE.search(own))
            ):
                continue  # 按实际投入的50%给予补贴, 设立总规模30亿元的产业基金
            growth = _growth_before(left_raw) if amount.is_percent else None
            if growth is not None and _QUARTER_ON_QUARTER.search(growth[0]):
                continue  # 按季增长2.1%, 环比增长: not a change on the year before
            if amount.is_percent and (growth is None or not growth[0]):
                # 规模以上工业增加值：增长7.6%, 地区生产总值增长：6%左右: the label names it
                after_colon = clause_start > 0 and r[clause_start - 1] in "：:"
                label = _LABEL.search(r, 0, clause_start) if after_colon else None
                if label:
                    growth = _growth_before(label.group(1) + left_raw) or growth
            after = r[amount.end : amount.end + 3]
            if amount.is_percent and growth is None and _GROWTH_AFTER.match(after):
                growth = (left_raw, 1)
            if amount.unit_class == "points":
                continue  # 高于全市0.5个百分点: a comparison, not a fact
            if growth is not None and _TWO_YEAR_AVERAGE.search(growth[0]):
                average = self._two_year_average(growth[0], left_raw, context.period, district)
                if average:
                    phrase, span = average
                    phrase = phrase or (drafts[-1].name if drafts else run_name or "")
                    value = growth[1] * amount.value
                    self._add_growth(
                        drafts, phrase, value, amount.qualifier, context._replace(period=span)
                    )
                continue
            if growth is not None:
                phrase = strip_phrase(growth[0], self.finder, district)
                if not phrase and not drafts:
                    # 规上工业增加值逆势上扬，增长9.2%: the clause before names it; …；夷陵区增长8.9%；:
                    # the metric of the sentences before
                    phrase = self._named_before(r, since, clause_start, district) or run_name or ""
                reckoned = _reckoned_name(growth[0], phrase, drafts)
                phrase = phrase if reckoned is None else reckoned
                price = _PRICE_LEVEL.fullmatch(phrase)
                if price:  # 居民消费价格上涨1.6%: the rise is the figure (涨幅), as in the goals
                    value = growth[1] * amount.value
                    signed = replace(amount, value=value, value_std=value)
                    self._add_level(drafts, price.group(1) + "涨幅", signed, context)
                    continue
                for name in _each_named(growth[0], phrase, self.finder, district):
                    self._add_growth(
                        drafts, name, growth[1] * amount.value, amount.qualifier, context
                    )
                continue
            if _a_difference(left_raw, amount):
                continue  # 较去年同期多11个: a difference from another period, not a level
            if _DISTANCE.search(left_raw) or _MILESTONES.search(r, clause_start, amount.num_start):
                continue  # 距北京220公里; 相继跨越900亿元、1000亿元…台阶: no figure of a period
            phrase, prev_end = self._level_phrase(r, amount, left_raw, district)
            if phrase in _BARE_TOTALS and drafts and drafts[-1].unit_class == "count":
                phrase = _projects_total(drafts[-1].name, phrase) or phrase
            if not phrase and not drafts and run_name:
                phrase = run_name  # …；西陵区完成15.42亿元，增长4.3%；
            elif not phrase and drafts and subject_district != drafts[-1].district:
                phrase = drafts[-1].name  # 闵行区新增就业1.52万个，松江区则为1.08万个
            elif not phrase and drafts and r.startswith(_THRESHOLDS, amount.end):
                phrase = drafts[-1].name  # 612.3亿元，首次跨过600亿元门槛: a mark the figure passed
            if topic and _RANK_WORDS_FIRST.match(phrase):
                phrase = ""  # 以712.8亿元排名第三: no noun here, the block's topic names it
            if r.startswith("全覆盖", amount.num_start):
                # 实现街道级老年大学全覆盖: what 实现 covers, at a coverage rate of 100%
                at = left_raw.rfind("实现")
                covered = left_raw[at + 2 :] or left_raw[:at]  # 数字化转型实现全覆盖: the subject
                phrase = strip_phrase(covered, self.finder, district)
                if not phrase or "覆盖" in phrase:
                    continue
                phrase += "覆盖率"
            contributed = (
                _contribution(
                    r,
                    left_raw,
                    amount,
                    drafts,
                    self.matcher,
                    lambda t: self._names_a_place(t, district),
                )
                if amount.is_percent
                else None
            )
            if (
                not contributed
                and amount.is_percent
                and (gives := _CONTRIBUTES.search(left_raw))
                and r[amount.end : amount.end + 1] in ("", "。", "，", ",", "；", ";")
            ):
                # 佛山市地区生产总值约1.36万亿元，顺德贡献了接近三分之一: of the whole just named
                whole_metric = self._named_before(r, 0, clause_start, district)
                if (
                    not whole_metric
                    and not (gives["whole"] or gives["city"])
                    and _CITY_NAMED.search(r, 0, clause_start)
                ):
                    # 广州全市社会消费品零售总额…，同比增长6.7%，越秀区贡献超过一成: the
                    # figure before the growth
                    whole_metric = self._figure_named_before(r, clause_start, district)
                    start = _start_of_clause_before(r, 0, clause_start)
                    if not whole_metric and start > 0:
                        whole_metric = self._figure_named_before(r, start, district)
                whole = "全省" if "省" in r[:clause_start] else "全市"
                contributed = f"{whole_metric}占{whole}比重" if whole_metric else None
            if contributed:
                phrase = contributed
            share = _SHARE.search(left_raw) if amount.is_percent and not contributed else None
            if share and amount.qualifier == "=" and _ABOUT_SHARE.search(left_raw):
                amount = replace(amount, qualifier="~")  # 约占全市的四分之一
            if share and phrase:
                head = _BEFORE_SHARE.match(phrase)
                own = head and not drafts and self.matcher.key_for(head.group(1), None)
                # 总量约占全市: the metric before; 经济总量占全市…, with none before: GDP's
                phrase = _BEFORE_SHARE.sub(
                    self.matcher.name_of(own) + "占" if own else "占", phrase
                )
                phrase = _ABOUT_SHARE.sub("占", phrase)  # 个体工商户约占六成
            if share and drafts and (not phrase or phrase.startswith("占")):
                # 装机836万千瓦，其中风电612万千瓦、光伏224万千瓦，约占全市的四成: the total's
                # (but 其中税收…，占一般公共预算收入的82.8% is the part's share of the total)
                of_place = (share.group("of") or "全").startswith("全")
                parts_from = r.rfind("其中", 0, pos) if of_place else -1
                totals = [d for d in drafts if d.amount and d.amount.end <= parts_from]
                whole = totals[-1] if totals else drafts[-1]
                phrase = _share_name(whole.name, share.group("of") or "")
            elif (
                share
                and (not phrase or phrase.startswith("占"))
                and _A_WHOLE.fullmatch(of := _WHOLE_SIZE.sub("", share.group("of") or ""))
                and (whole_name := self._figure_named_before(r, clause_start, district))
            ):
                # 上半年全市城镇新增就业15.2万人，郫都占全市总量的5.2%: the share of the city's
                # figure just given (a figure not the district's, so not among the drafts)
                of = of.removeprefix("到")
                if of in ("", "比", "其中"):
                    of = "全省" if "省" in r[:clause_start] else "全市"
                phrase = _share_name(whole_name, of)
            elif (
                share
                and phrase
                and "占" in phrase
                and not phrase.endswith(("比重", "比例", "占比"))
            ):
                phrase = re.sub(r"占(.*?)的?$", r"占\1比重", phrase).replace("占比重", "占比")
            among = _AMONG.search(r, 0, clause_start) if amount.is_percent else None
            if among and (
                phrase == "占比" or self._names_a_place(phrase.removesuffix("占比"), district)
            ):
                # 在潍坊市7306亿元的经济总量中，寿光占比约14%: the district's share of that whole
                phrase = f"{among.group('noun')}占{among.group('whole')}比重"
            if amount.is_percent and phrase:
                phrase = _SHARE_OF.sub(r"\1", phrase)  # 占地区生产总值的比重 → …比重
                part = phrase[:-2] if phrase.endswith("占比") else ""
                totals = [d.name for d in drafts if d.unit_class == "money"]
                if part and totals and totals[-1].startswith(part) and len(totals) > 1:
                    totals.pop()  # 其中税收收入24.9亿元，税收占比78.5%: of the total before it
                if part and totals and not totals[-1].startswith(part):
                    phrase = f"{part}占{totals[-1]}比重"  # 税收收入占比: of the money total before
            done = amount.is_percent and (
                _PLAN_DONE.fullmatch(phrase) or _PLAN_DONE_WRITTEN.search(left_raw)
            )
            if done and drafts:
                # 完成投资156.8亿元，完成年度计划的58.6%: how much of the year's plan is done
                phrase = f"{drafts[-1].name}{done.group(1)}完成率"
            total = _TOTAL_WORDS.fullmatch(phrase.removeprefix(shared_flow or "")) is not None
            if total:
                phrase = ""  # `新增高企126家，总数达到1180家`: the total of the metric before
            elif (
                drafts
                and _TRADE_PART.fullmatch(phrase)
                and (trade := _TRADE_WHOLE.match(drafts[-1].name))
            ):
                # 跨境电商进出口额32.4亿元，其中出口21.8亿元: the export of that trade
                phrase = trade.group(1) + phrase
            elif (
                drafts
                and _MEASURE_OF_BEFORE.fullmatch(phrase)
                and r[since : since + 1] in ("、", "，", ",")
                and r.startswith(phrase, since + 1)
                and (thing := _MEASURE_OF_BEFORE.sub("", drafts[-1].name))
            ):
                # 新建商品住宅成交1.02万套、面积112.6万平方米: the area of those deals
                phrase = _measure_of(thing, phrase)
            elif phrase in _BARE_FLOWS and drafts:
                # `高企达到1486家，全年净增212家`: the flow of the metric before; a balance's
                # 比年初增加389.5亿元 is 新增贷款, the loans added, not an added balance
                base = _FLOW_PREFIX.sub("", drafts[-1].name).removesuffix("余额")
                flow = "新增" if phrase == "增加" else phrase
                phrase = flow + base if base else phrase
            if not phrase:
                if (
                    drafts
                    and drafts[-1].amount is None
                    and drafts[-1].unit_class is None
                    # 年均增长8.1%，2020年达到43215元: a span's growth, then one year's level
                    and drafts[-1].period == period
                ):
                    # `限上商贸企业实现倍增，达到645家`: the level of the growth before it
                    drafts[-1].amount, drafts[-1].unit_class = amount, amount.unit_class
                    continue
                if not drafts and topic and not amount.is_percent:
                    phrase = topic  # 鄠邑区实现167.3亿元, under 从经济总量看
                elif drafts and (not total or drafts[-1].unit_class in (None, amount.unit_class)):
                    base = drafts[-1]
                    phrase = base.name
                    if base.name.startswith(FLOW_PREFIXES) and (
                        total or _STOCK_VERBS.search(left_raw)
                    ):
                        phrase = re.sub(f"^(?:{'|'.join(FLOW_PREFIXES)})", "", base.name)
                        period = str(frame.reporting_year) if frame.reporting_year else period
                        total = True  # 新增X41家、累计达到158家: the stock, not one more flow
                else:
                    continue
            flow = next((p for p in FLOW_PREFIXES if phrase.startswith(p)), None)
            if flow:
                shared_flow = flow
            elif not left_raw.lstrip().startswith("、"):
                shared_flow = None  # 新增X，累计达到Y，其中A、B: the flow ends with its list
            elif shared_flow and not total:
                phrase = shared_flow + phrase
            if (
                amount.unit_class == "count"
                and period
                # 42个小区已全部开工: a count of what was done this period, not a stock
                and not _FLOW_VERBS.search(
                    phrase + left_raw + r[amount.end : end_of_clause(r, amount.end, CLAUSE_BREAKS)]
                )
                and _STOCK_CUE.search(_PART_SUMMED.sub("", r[:pos]))
                and not _PART_SUMMED.search(r, clause_start, pos)
            ):
                period = period[:4] if PART_OF_YEAR.match(period) else period
            if amount.is_percent and _RATE_OF.search(phrase) and _RATE_OF.sub("", phrase):
                # 固定资产投资增速力争达到5%以上: the growth of 固定资产投资
                self._add_growth(
                    drafts, _RATE_OF.sub("", phrase), amount.value, amount.qualifier, context
                )
                continue
            # the period may have moved since (a stock dated by the year, a flow's total)
            for name in _each_named(left_raw, phrase, self.finder, district):
                self._add_level(drafts, name, amount, context._replace(period=period))
        self._ranks(r, drafts, sentence, frame, district, block_period)
        return _without_milestones(drafts)

    @staticmethod
    def _from_to(r: str, amounts: list[Amount]) -> tuple[set[int], dict[int, str]]:
        """Of `X从A增加到B`: the ids of the A's said of no time, and the name (X) of each."""
        starts: set[int] = set()
        names: dict[int, str] = {}
        for a, b in zip(amounts, amounts[1:], strict=False):
            change = _CHANGED_TO.match(r, a.end)
            if not change or a.unit_class != b.unit_class:
                continue
            now = _NOW_THE.match(r, change.end())
            if (now.end() if now else change.end()) != b.start:
                continue
            clause_start = start_of_clause(r, a.start, CLAUSE_BREAKS)
            origin = _FROM.search(r, clause_start, a.start)
            if origin:
                names[id(a)] = names[id(b)] = r[clause_start : origin.start()]
            if _UNDATED_START.search(r, clause_start, a.start):
                starts.add(id(a))
        return starts, names

    def _two_year_average(
        self, growth_left: str, left_raw: str, period: str | None, district: str | None
    ) -> tuple[str, str] | None:
        """(phrase, span) of `两年平均增长5.7%`: growth over the two years to this one.

        None for a quarter's two-year average, which has no period to go with.
        """
        if not (period and period.isdigit()):
            return None
        named = sorted({int(y) for y in YEAR_MENTION.findall(left_raw)})
        span = f"{named[0]}-{named[-1]}" if len(named) > 1 else f"{int(period) - 1}-{period}"
        left = _YEARS_LISTED.sub("", _TWO_YEAR_AVERAGE.sub("", growth_left))
        return strip_phrase(left, self.finder, district), span

    def _figure_named_before(self, r: str, clause_start: int, district: str | None) -> str:
        """The metric of the last figure in the clause before (佛山全市…城镇新增就业10.2万人)."""
        clause = _clause_before(r, 0, clause_start)
        amounts = find_amounts(clause)
        if not amounts or amounts[-1].is_percent:
            return ""  # …增长15.6%，占全县的比重超过四成: a growth has no share
        phrase = strip_phrase(clause[: amounts[-1].start], self.finder, district)
        # 1—11月…, 浙江省快递业务量, 绍兴全市新引进大学生: the whole's place and months go
        phrase = _CITY_BEFORE_WHOLE.sub("", _PROVINCE_OR_MONTHS.sub("", phrase))
        if phrase.startswith(("全市", "全省")):
            phrase = without_leads(phrase[2:])
        return phrase if len(phrase) >= 2 and not VERB_END.search(phrase) else ""

    def _named_before(self, r: str, since: int, clause_start: int, district: str | None) -> str:
        """The catalog metric that opens the clause before, which has no figure of its own."""
        clause = _clause_before(r, since, clause_start)
        return self.matcher.leading_alias(strip_phrase(clause, self.finder, district)) or ""

    def _value_first(self, r: str, amount: Amount) -> bool:
        """`868.3亿元 / 地区生产总值 / 同比增长5.9%`: a figure on its own line, then its metric."""
        if strip_bullets(r[: amount.start]).strip():
            return False
        noun = _NOUN_THEN_CHANGE.split(NOUN_STOP.split(r[amount.end :], maxsplit=1)[0])[0]
        return self.matcher.key_for(noun, amount.unit_class) is not None

    def _level_phrase(
        self, r: str, amount: Amount, left_raw: str, district: str | None
    ) -> tuple[str, int]:
        """The metric phrase of a level, and where the text it used ends."""
        examples = left_raw.rstrip().endswith("等")
        if "等" in left_raw and not examples:
            # `举办“…节”等惠民活动200场`: the examples are not the metric
            left_raw = left_raw[left_raw.rindex("等") + 1 :]
        left = strip_phrase(left_raw, self.finder, district)
        if left and left == short_form(district):
            left = ""  # 目前昆山约有10万名台胞: the place, and the noun after names the figure
        # 纳入改造计划的31个老旧小区: a clause describing what is counted, named after it
        describes = amount.unit_class == "count" and left_raw.rstrip().endswith("的")
        # 完成了2316户受损农房维修: a verb ends the words before, which stripping took away
        # (not “四上”企业 新增312家: a flow word after its noun, which names it)
        raw = left_raw.rstrip().removesuffix("了")
        verb_before = VERB_END.search(raw) and not FLOW_AT_END.search(raw)
        left_is_verb = bool(VERB_END.search(left) or verb_before) or describes
        if left and not left_is_verb and not examples:
            return left, amount.end
        label = _LABEL.search(r, 0, amount.start)
        if not left and label:  # 网上零售额：286.9亿元: the label before the colon
            return strip_phrase(label.group(1), self.finder, district), amount.end
        noun = NOUN_STOP.split(r[amount.end :], maxsplit=1)[0]
        adverb = _ADVERB_AFTER_NOUN.search(noun, 1)
        noun = noun[: adverb.start()] if adverb else noun  # 31个老旧小区|已全部开工
        next_amount = r[amount.end + len(noun) : amount.end + len(noun) + 1].isdigit()
        verb = _VERB_AFTER_NOUN.search(noun) if next_amount else None
        if verb and verb.start() > 0:
            # 154个市级重点项目累计完成投资212.4亿元: the rest names the next amount's metric
            noun = noun[: verb.start()]
        for m in self.finder.mentions(noun, district):
            if self.finder.level_of(m.district) != "city":
                noun = noun[: m.start]
                break
        consumed = amount.end + len(noun)
        noun = strip_phrase(noun, self.finder, district)[:24]
        if describes and 0 < len(noun) <= 2 and left:
            noun = left.removesuffix("的") + noun  # 集中竣工投产的11个项目: 项目 alone says little
        if verb and verb.start() > 0:
            consumed = amount.end  # the next amount's metric is 市级重点项目累计完成投资
            if amount.unit_class == "count" and noun[-1:] != "数":
                noun += "数"  # 154个市级重点项目 → 市级重点项目数
        if not noun or noun in GENERIC_NOUNS or _RANK_WORDS_FIRST.match(noun):
            # 长安区以712.8亿元排名第三: a rank names no metric, the paragraph's does
            return ("" if examples or noun else left), amount.end
        flow = next((p for p in FLOW_PREFIXES if left.endswith(p)), None)
        return (flow + noun if flow else noun), consumed

    def _industry_mix(
        self, r: str, district: str | None, block_period: str | None, frame: TimeFrame
    ) -> list[_Draft]:
        """`三次产业结构调整为0.4∶58.6∶41.0`: the three sectors' shares of GDP."""
        m = _INDUSTRY_MIX.search(r)
        if not m or not district:
            return []
        period = period_in(r, frame) or block_period
        drafts = []
        for sector, share in zip(("第一", "第二", "第三"), m.groups(), strict=True):
            name = f"{sector}产业增加值占GDP比重"
            value = float(share)
            amount = Amount(value, "%", value, "%", "percent", "=", 0, 0, 0)
            key = self.matcher.key_for(name, "percent")
            drafts.append(
                _Draft(district, name, key, period or default_period(frame), "percent", amount)
            )
        return drafts

    def _table_draft(self, row: TableRow, district: str | None, period: str | None) -> _Draft:
        """A table row as a fact: its name, its value in its unit, its growth."""
        name, unit = to_simplified(row.name), to_simplified(row.unit)
        amount = None
        value_std, unit_std, unit_class = standardize(row.value or 0.0, unit)
        if row.value is not None:
            amount = Amount(row.value, unit, value_std, unit_std, unit_class, "=", 0, 0, 0)
        return _Draft(
            district or "",
            name,
            self.matcher.key_for(name, unit_class if amount else None),
            period,
            unit_class if amount else None,
            amount,
            growth=row.growth,
            growth_qualifier="=" if row.growth is not None else None,
        )

    def _list_subject(self, text: str, district: str | None) -> str:
        """A list's subjects without a lead (其中, 全区) or a district that is not an item."""
        # 今年预计分别达到…, 较2019年同期分别增长…: no subject
        text = without_leads(COMPARED_YEAR.sub("", QUOTES_AND_BULLETS.sub("", text)))
        opening = self.finder.mention_at_start(text, district)
        if opening and text[opening.end : opening.end + 1] not in "和与及、":
            text = LEAD.sub("", text[opening.end :])  # 南湖区对欧盟、美国…: not an item
        return text.strip()

    def _add_listed(
        self,
        drafts: list[_Draft],
        group: list[ListedFact],
        district: str | None,
        context: _Where,
        pair: Callable[[], tuple[str, str] | None],
    ) -> None:
        """`A、B分别增长1%、2%`: one fact per subject, growth or level as the verb says.

        `pair` names the two districts a `两区…分别` list is about, when one is.
        """
        if not any(f.name for f in group):
            # `接待游客4260万人次、实现旅游收入385亿元，分别增长12.4%、14.1%`
            if len(drafts) >= len(group) and all(f.growth_sign is not None for f in group):
                for d, f in zip(drafts[-len(group) :], group, strict=True):
                    if d.growth is None:
                        d.growth, d.growth_qualifier = f.growth_sign * f.amount.value, "="
            return
        for n, fact in enumerate(group):
            name = fact.name
            named = self.finder.mentions(name, district)
            if fact.place == BOTH_PLACES:  # 两区…分别: the two named before, in order
                both = pair()
                if both is None:
                    continue
                context = context._replace(district=both[n])
            elif fact.place:  # 新城区、莲湖区分列…，地区生产总值分别为…
                context = context._replace(district=self.finder.normalize(fact.place))
            elif named and named[0].start == 0:  # 南湖区和北塘区营收分别…: each its own
                context = context._replace(district=named[0].district)
            phrase = strip_phrase(name, self.finder, district)
            if not phrase:
                continue
            a = fact.amount
            if fact.growth_sign is not None:
                self._add_growth(drafts, phrase, fact.growth_sign * a.value, a.qualifier, context)
                continue
            self._add_level(drafts, phrase, a, context)

    def _add_level(
        self,
        drafts: list[_Draft],
        name: str,
        amount: Amount,
        at: _Where,
    ) -> None:
        key = self.matcher.key_for(name, amount.unit_class)
        drafts.append(
            _Draft(
                at.district,
                name,
                key,
                at.period,
                amount.unit_class,
                amount,
                is_estimate=at.is_estimate,
                is_target=at.is_target,
                target_year=at.target_year,
            )
        )

    def _add_growth(
        self,
        drafts: list[_Draft],
        phrase: str,
        growth: float,
        qualifier: str,
        at: _Where,
    ) -> None:
        district, period, is_target, target_year, is_estimate = at
        host = drafts[-1] if drafts else None
        if host and host.name.endswith(_RATIO_NAMES) and len(drafts) > 1:
            host = drafts[-2]  # 完成…预算的101.2%，同比增长3.4%: the growth of the total
        same_kind = host is not None and host.is_target == is_target
        if not phrase and host and same_kind and host.growth is None and host.period == period:
            host.growth, host.growth_qualifier = growth, qualifier
            return
        if (
            not phrase
            and drafts
            and (
                drafts[-1].district != district
                or drafts[-1].period != period
                or drafts[-1].is_target != is_target  # …增长5.8%，力争今年增长6%: a goal
            )
        ):
            # `北塘区投资增长11%，南湖区增长8%`: the same metric for the next district;
            # `…2025年3280亿元，2021—2025年年均增长4.9%`: the same metric over another period
            phrase = drafts[-1].name
        for d in drafts:
            same = d.period == period and d.is_target == is_target
            if phrase and d.name == phrase and d.growth is None and same:
                d.growth, d.growth_qualifier = growth, qualifier
                return
        if not phrase:
            return
        key = self.matcher.key_for(phrase, None)
        drafts.append(
            _Draft(
                district,
                phrase,
                key,
                period,
                None,
                None,
                growth,
                qualifier,
                is_estimate,
                is_target=is_target,
                target_year=target_year,
            )
        )

    def _ranks(
        self,
        r: str,
        drafts: list[_Draft],
        sentence: Sentence,
        frame: TimeFrame,
        district: str | None,
        block_period: str | None,
    ) -> None:
        if not _RANK_CUE.search(r):
            return  # every rank needs 第N or a top word: skip the slow optional-prefix scan
        for m in self._rank.finditer(r):
            scope = _rank_scope(m)
            if not scope:
                continue
            rank = _rank_value(m)
            clause_start = start_of_clause(r, m.start(), CLAUSE_BREAKS)
            left = r[clause_start : m.start()]
            if _RANK_REFERRING.search(left) and drafts:
                for d in drafts:
                    if d.rank is None:
                        d.rank, d.rank_scope = rank, scope
                continue
            phrase = strip_phrase(
                re.sub(r"(?:排名|位居|位列|居于|居|保持|稳居|数量)?在?$", "", left),
                self.finder,
                district,
            )
            phrase = _RANK_ADVERBS.sub("", phrase) or phrase  # 经济总量连续多年稳居…
            if drafts and _DIGIT.search(left):
                # 雁塔区以1172.6亿元继续位居全市各区第一: the rank of the figure just given
                if drafts[-1].rank is None:
                    drafts[-1].rank, drafts[-1].rank_scope = rank, scope
                continue
            if phrase in ("总量", "总数", "总额", "数量", "规模"):
                # 总量位居全省第一: the rank of the level, not of a flow named after it
                levels = [d for d in drafts if not _FLOW_PREFIX.match(d.name)]
                if levels and levels[-1].rank is None:
                    levels[-1].rank, levels[-1].rank_scope = rank, scope
                continue
            if not phrase or phrase in ("增速", "增幅", "增长率", "成长率"):
                if drafts and drafts[-1].rank is None:
                    drafts[-1].rank, drafts[-1].rank_scope = rank, scope
                continue
            key = self.matcher.key_for(phrase, None)
            target = next((d for d in drafts if d.name == phrase), None) or next(
                (d for d in drafts if key and d.key == key and d.rank is None), None
            )
            if target:
                target.rank, target.rank_scope = rank, scope
                continue
            subject_district = self.subjects.district_for(r, m.start(), district)
            if subject_district is None:
                continue
            period = period_in(r[: m.start()], frame) or block_period or default_period(frame)
            if period and PART_OF_YEAR.match(period) and not re.search("增速|增幅|增长", phrase):
                period = period[:4] if not re.search(r"上半年|季度|月", r[: m.start()]) else period
            phrase = re.sub(r"(?:同比)?(?:增速|增幅)$", "", phrase) or phrase
            drafts.append(
                _Draft(
                    subject_district,
                    phrase,
                    self.matcher.key_for(phrase, None),
                    period,
                    None,
                    rank=rank,
                    rank_scope=scope,
                )
            )

    # -- records ------------------------------------------------------------------------
    def _emit(
        self,
        d: _Draft,
        sentence: Sentence,
        frame: TimeFrame,
        indicators: list[Indicator],
        targets: list[Target],
    ) -> None:
        a = d.amount
        if a is None and d.growth is None and d.rank is None:
            return
        key = d.key
        name = d.name
        if key and (a is not None or d.growth is not None):
            name = self.matcher.name_of(key)
        elif not key:
            name = self.matcher.flow_name(name, d.unit_class) or name
        qualifier = a.qualifier if a is not None else (d.growth_qualifier or "=")
        common = dict(
            district=d.district,
            metric_key=key,
            metric_name=name,
            value=a.value if a else None,
            unit=a.unit if a else None,
            value_std=a.value_std if a else None,
            unit_std=a.unit_std if a else None,
            qualifier=qualifier,
            growth_pct=d.growth,
            evidence=sentence.raw,
            span_start=sentence.start,
            span_end=sentence.end,
        )
        if d.is_target:
            if a is None and d.growth is None:
                return
            targets.append(Target(target_year=d.target_year, **common))
        else:
            indicators.append(
                Indicator(
                    period=d.period,
                    is_estimate=d.is_estimate,
                    rank=d.rank,
                    rank_scope=d.rank_scope,
                    **common,
                )
            )
