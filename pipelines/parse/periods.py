"""Report periods: the article's reference date, and the period a clause speaks of.

Grammar (contract): `2024`, `2024H1`, `2024H2`, `2024Q1`…`2024Q4`, `2024Q1-Q3`,
`2024M01-M05`, `2021-2023`. Relative words (上半年, 去年, 今年, 全年, 近三年) resolve
against the reference: `current_year` (the year the article was written) and
`reporting_year` (the latest completed period it reports on; a January review of 2025 has
current 2026 and reporting 2025, a mid-year bulletin has both equal).

The reference comes from front-matter metadata, then a dateline in the text, then inference
from the years the article uses for its data. Rules are tables of (pattern, resolver).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import cn2an

_CN_DIGIT = "一二三四五六七八九十"
YEAR = r"(?P<year>(?:19|20)\d{2})年"
_MONTH_RANGE = r"(?P<m1>\d{1,2}|[一二三四五六七八九十]{1,2})(?:月份?)?[—–\-~～至到](?P<m2>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?"
# the parts of a year named in words; other modules' time leads use this one list
# a public holiday by name (“五一”, 国庆): its figures are of those days, named after it
HOLIDAY_NAMES = r"(?:[“\"])?(春节|元旦|清明|五一|劳动节|端午|中秋|国庆)(?:[”\"])?"
# 国庆中秋8天长假, “五一”假期, 春节期间: the holiday as a span of time
HOLIDAY_SPAN = (
    rf"{HOLIDAY_NAMES}(?:[、和与及]?{HOLIDAY_NAMES})?"
    r"(?:[\d一二三四五六七八九十]+天)?(?:小长假|长假|假期|黄金周|期间)"
)
YEAR_PARTS = r"上半年|下半年|前[三3]季度?|首[三3]季|[一二三四]季度|第[一二三四1-4]季|首季"
PARTIAL_WORDS = re.compile(
    # (not 提前一个月: 前一个月 is a month ahead, not the year's first month)
    rf"{YEAR_PARTS}|[1-4]季度|[前首](?!一个?月)(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})个?月"
    rf"|{_MONTH_RANGE}"
)
# one way of writing throughout: 2025年8月4日 or 2025-08-04, never 2024年1-9月 (a period)
DATELINE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
    r"|(?P<sep>[\-/.])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2}))\s*日?"
)
# years that name something rather than date data: 2024年度奖, 自2022年至今, 2035年远景
_YEAR_NOT_DATA = re.compile(
    # 2020年前 (before 2020), but 2024年前三季度 and 2025年前5个月 are periods
    r"(?:19|20)\d{2}年(?:度|以来|起|至今|后|前(?![三3]季|[\d一二两三四五六七八九十]{1,2}个?月)|之前|远景"
    r"|[底末]前)"  # 确保…2026年底前交付: a deadline
    r"|(?<!\d年)[自从到至较比](?:19|20)\d{2}年"  # but 2019年到2023年 is a span
    # when a works is due (预计2026年投产, 计划2027年底建成): a plan's date, not data's
    r"|(?:预计|计划|将于?|力争|有望|拟)(?:19|20)\d{2}年[^，,。；;\d]{0,4}?"
    r"(?:建成|投产|竣工|通车|开业|投用|运营|完工|交付|开园|全面达产|达产|满产)"
    # 2030年有望达到2万亿元: a forecast's year, not data's
    r"|(?:19|20)\d{2}年[^，,。；;\d]{0,4}?有望"
    # a day (2025年1月21日 记者获悉): when it was said, not what period it is about
    r"|(?<![截止至到])(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"|(?:是|为|相当于)[^，,；;。\d]{0,4}(?:19|20)\d{2}年(?:同期)?的"  # 已是疫情前2019年的2.1倍
    r"|《[^《》]{0,30}》"  # 《良庆区2025年重点招商项目清单》: a document's name
    # 2014年在义乌落地的“1039”方式: when the thing described began, not data's year
    r"|(?:19|20)\d{2}年[^，,。；;的\d]{0,10}?"
    r"(?:落地|建成|成立|开通|提出|设立|开业|获批|创办|创建|诞生|起步|启动)的"
)
# a base of comparison is not the period: 较上半年加快, 比上年净增, 较1—8月回落
_BASE_YEAR = re.compile(r"(?<!\d年)[较比]((?:19|20)\d{2})年")
_COMPARED_PERIOD = re.compile(
    rf"[较比同](?:今年|去年|上年|本年)?(?:同期|上年|{PARTIAL_WORDS.pattern})|(?:去年|上年)同期"
    r"|(?:是|为|达到?)(?:去年|上年)的"  # 是上年的1.4倍
    r"|[较比](?:去年|上年)[底末]"  # 较去年底净增38家: now, against last year's end
)
# 2026年, 数说2026; not 突破2000亿元 or 2025.6 (a number, not a year)
YEAR_MENTION = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(?:年|(?![\d.．亿万千百元家个户人项名台套座辆%％]))"
)


@dataclass(frozen=True)
class TimeFrame:
    """What relative period words resolve against."""

    current_year: int | None
    reporting_year: int | None
    reference_date: dt.date | None
    source: str  # metadata, text or inferred
    # a bulletin of one part of the year (一季度, 1—10月): the period of its unlabelled figures
    bulletin_period: str | None = None
    # the year of the latest period reported, which a stock "now" (目前…) is dated by: an
    # August review of last year that also gives this half year has 2025 here, 2024 above
    latest_year: int | None = None


def _month(text: str) -> int:
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def _quarter(word: str) -> int:
    ch = word[0]
    return int(ch) if ch.isdigit() else _CN_DIGIT.index(ch) + 1


# Partial-year words: (pattern, period suffix builder).
# 截至8月底，全区已完成投资36.2亿元: what was done in the year so far; a stock at that date
# (截至5月末实有经营主体23.6万户) is dated by it too, as the bulletin of those months would
# (6月末，全区…存款余额…: a bulletin's month-end, said without 截至; 8月底，…投入使用 is a date)
_UNTIL_MONTH_END = re.compile(
    r"截[至止](?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末)"
    # 截至4月30日: to a month's last day
    r"|截[至止](?:(?P<n31>[13578]|1[02])月31日|(?P<n30>[469]|11)月30日|(?P<n28>2)月2[89]日)"
    r"|^(?P<n2>\d{1,2}|[一二三四五六七八九十]{1,3})月末[，,]"
)
_PARTIAL: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"上半年"), lambda m: "H1"),
    (re.compile(r"下半年"), lambda m: "H2"),
    (re.compile(r"前[三3]季度?|首[三3]季"), lambda m: "Q1-Q3"),  # 首三季: Hong Kong usage
    # 一至三季度, 二至四季度: a run of quarters
    (
        re.compile(r"(?P<a>[一二三1-3])(?:季度)?[至到—–\-~](?P<b>[二三四2-4])季度"),
        lambda m: f"Q{_quarter(m.group('a'))}-Q{_quarter(m.group('b'))}",
    ),
    # 第一季 and 首季: Hong Kong and Taiwan usage for 一季度
    (
        re.compile(r"(?:第)?(?P<q>[一二三四1-4])季度|第(?P<tw>[一二三四1-4])季|首季"),
        lambda m: f"Q{_quarter(m.group('q') or m.group('tw') or '一')}",
    ),
    (
        re.compile(
            r"[前首](?!一个?月)(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})个?月"
        ),  # 首5个月: HK
        lambda m: _months(1, _month(m.group("n"))),
    ),
    (
        re.compile(_MONTH_RANGE),
        lambda m: _months(_month(m.group("m1")), _month(m.group("m2"))),
    ),
    # 7月1日至8月31日: whole months, from a first day to a last
    (
        re.compile(r"(?P<a>\d{1,2})月1日[至到—\-~～](?P<b>\d{1,2})月(?:28|29|30|31)日"),
        lambda m: _months(int(m.group("a")), int(m.group("b"))),
    ),
    (
        _UNTIL_MONTH_END,
        lambda m: _months_to(
            _month(
                m.group("n") or m.group("n2") or m.group("n31") or m.group("n30") or m.group("n28")
            )
        ),
    ),
)
_SPAN = re.compile(
    r"近(?P<n>[两二三四五六七八九十\d]{1,2})年|(?P<y1>(?:19|20)\d{2})年?[—–\-至到](?P<y2>(?:19|20)\d{2})年"
    # 五年来, 三年间, 五年累计, 十年年均: the years up to the report's (not 连续五年, 第五年)
    r"|(?<![连续第])(?:过去|这)?(?P<n2>[两二三四五六七八九十]{1,2})年(?=来|间|以来|累计|年均|里)"
)
PART_OF_YEAR = re.compile(r"\d{4}[HQM]")  # a period that is part of one year: 2024H1, 2024Q1-Q3
_DATED_PART = re.compile(rf"(?:19|20)\d{{2}}年(?:{PARTIAL_WORDS.pattern})")
_LAST_YEAR = re.compile(r"去年|上年|上一年")
_THIS_YEAR = re.compile(r"今年|本年|年内")
_NEXT_YEAR = re.compile(r"明年|来年|下一年")
_NEW_YEAR = re.compile(r"新的一年|新一年")  # this year early in it, next year late in the old one
_LAST_YEAR_REVIEW = re.compile(r"过去一年|过去的一年|刚刚过去的一年")
_FULL_YEAR = re.compile(r"全年|一年来|过去一年|刚刚过去的一年|这一年")
_STOCK_NOW = re.compile(r"目前|截至目前|截至当前|当前|现有|如今|眼下|至今|已有|现已")
_NEW_YEAR_HOLIDAY = re.compile(r"(?:春节|元旦|元宵)(?:假期|期间|黄金周|长假)?|春运")
# a five-year plan (十四五), and one used as time: “十三五”时期年均增长9.2%
_PLAN = r"十([一二三四五])五"
_AS_TIME = r"(?:”|\")?(?:时期|期间|以来)"
_PLAN_NAMED = re.compile(_PLAN)
_PLAN_PERIOD = re.compile(_PLAN + _AS_TIME)
# 自2023年8月重建启动以来, 自2022年以来: a sum from that year to now
_SINCE_A_YEAR = re.compile(
    r"自((?:19|20)\d{2})年(?:\d{1,2}月(?:份|\d{1,2}日)?)?[^，,。；;]{0,10}以来"
)
_PLAN_END = re.compile(_PLAN + r"(?:”|\")?(?:期)?末")  # “十二五”末的28.3%: the plan's last year
# 由“十二五”末的28.3%提高到33.1%: the base of a rise dates only the base (see facts)
_FROM_PLAN_END = re.compile(r"[由从]“?" + _PLAN + r"(?:”|\")?(?:期)?末的?")
_PLAN_START = {"一": 2006, "二": 2011, "三": 2016, "四": 2021, "五": 2026}
# every period pattern above needs one of these; most clauses have none, so check first
_ANY_CUE = re.compile(r"[年季月]|目前|当前|现有|如今|眼下|已有|现已|五" + _AS_TIME + r"|五”?期?末")


def span_named(text: str) -> tuple[str, str] | None:
    """The first and last year of a span the text names (2019年到2024年), else None."""
    m = _SPAN.search(text)
    return (m.group("y1"), m.group("y2")) if m and m.group("y1") else None


def parts_named(text: str) -> set[str]:
    """The parts of a year a text names, not counting bases of comparison (较上半年)."""
    return {m.group() for m in PARTIAL_WORDS.finditer(_COMPARED_PERIOD.sub("", text))}


def plan_end_in(text: str) -> int | None:
    """The year a five-year plan's goals are for (十五五 → 2030; its 开局之年 → 2026), else None."""
    named = list(_PLAN_NAMED.finditer(text))
    if not named:
        return None
    start = _PLAN_START[named[-1].group(1)]
    return start if _PLANS_FIRST_YEAR.match(text, named[-1].end()) else start + 4


# “十五五”开局之年: the plan's first year, not its last
_PLANS_FIRST_YEAR = re.compile(r"[”\"」’']?(?:规划)?(?:的)?(?:开局之年|开局年|首年|第一年)")


_YEAR_RE = re.compile(YEAR)


def parse_date(text: str | None) -> dt.date | None:
    """A date from metadata or a dateline: 2025-08-04, 2026年01月27日, 2025/8/4."""
    if not text:
        return None
    # ２０２５－０７－２１ and 二〇二六年一月十五日 too
    m = DATELINE.search(_arabic_date(unicodedata.normalize("NFKC", text)))
    if not m:
        return None
    try:
        month, day = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        return dt.date(int(m.group("y")), int(month), int(day))
    except ValueError:
        return None


_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_CN_MONTH_DAY = re.compile(r"(?<=[年月])[一二三四五六七八九十]{1,3}(?=[月日])")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _arabic_date(text: str) -> str:
    """二〇二六年一月十五日 → 2026年1月15日, leaving other text alone."""
    if "年" not in text:
        return text
    text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)
    return _CN_MONTH_DAY.sub(lambda m: str(int(cn2an.cn2an(m.group(), "smart"))), text)


def find_dateline(text: str) -> dt.date | None:
    """A publication dateline near the top of the article (first 200 characters)."""
    return parse_date(text[:200])


def data_years(sentences_with_amounts: list[str]) -> tuple[set[int], set[int]]:
    """Years that date data in these sentences: (full-year data years, partial-year years)."""
    full: set[int] = set()
    partial: set[int] = set()
    for s in sentences_with_amounts:
        cleaned = _YEAR_NOT_DATA.sub("", s)
        for m in _YEAR_RE.finditer(cleaned):
            year = int(m.group("year"))
            if PARTIAL_WORDS.match(cleaned, m.end()):
                partial.add(year)
            else:
                full.add(year)
    return full, partial


# a work report named with its year, delivered early in that year
_REPORT_OF_YEAR = re.compile(r"((?:19|20)\d{2})年(?:区|县|市|旗)?(?:人民)?政府工作报告")


def infer_time_frame(
    metadata_date: dt.date | None,
    text: str,
    data_sentences: list[str],
    target_years: set[int],
    dateline: dt.date | None = None,
    title: str | None = None,
) -> TimeFrame:
    """Resolve current and reporting year: metadata date, else dateline, else inference.

    `dateline` is one found in the article as written (发布时间：…, a date line on top) when
    `text` is only its body; without it the first 200 characters of `text` are searched.
    `title` names the bulletin's period when no figure does (上半年经济“成绩单”出炉).
    """
    frame = _years(metadata_date, text, data_sentences, target_years, dateline)
    title = unicodedata.normalize("NFKC", title or "")
    titled = _TITLED_YEAR.search(title) if _YEAR_REVIEWED.search(title) else None
    year = int(titled.group(1)) if titled else None
    if year and frame.source != "inferred" and frame.current_year == year + 1:
        # 2024年胶州市国民经济和社会发展统计公报, dated 2025年4月: a report on the year before
        frame = replace(frame, reporting_year=year, latest_year=year)
    elif year and frame.source == "inferred" and frame.reporting_year != year:
        # 仁怀市2025年…统计公报, undated, that names 2026年4月 as it closes: still about 2025
        frame = TimeFrame(year + 1, year, dt.date(year + 1, 1, 1), "inferred", latest_year=year)
    return replace(frame, bulletin_period=_bulletin_period(data_sentences, frame, title or None))


# a title naming a whole year (2024年…统计公报), not a part of it, for a report on that year
_TITLED_YEAR = re.compile(
    rf"((?:19|20)\d{{2}})年(?!度?(?:{PARTIAL_WORDS.pattern}|\d|前|[一二三四]季))"
)
_YEAR_REVIEWED = re.compile(r"统计公报|年报|工作总结|成绩单|回眸|盘点|年终|综述|回顾")


def _passed_part(text: str, month: int) -> bool:
    """True when the text names a part of the year that has ended by `month` (上半年 in July)."""
    for pattern, suffix in _PARTIAL:
        m = pattern.search(text)
        if m:
            return _last_month(suffix(m)) <= month
    return False


def _year_under_way(frame: TimeFrame) -> bool:
    """True when the reporting year had not ended at the reference date (an April article)."""
    date = frame.reference_date
    return date is not None and date.year == frame.reporting_year and date.month < 12


def _months(first: int, last: int) -> str:
    """The suffix of a run of months; 1—3月, 1—6月 and 1—9月 are the quarters they make (as
    bulletins of those months are named), 1—12月 the year; 7—9月 is Q3, 7—12月 H2."""
    if first == 1:
        return _months_to(last)
    return _QUARTER_MONTHS.get((first, last), f"M{first:02d}-M{last:02d}")


_QUARTER_MONTHS = {(4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (7, 12): "H2"}


def _months_to(n: int) -> str:
    """The suffix of the year so far to month n (M01-M08); to a quarter's end, the quarters
    (截至6月底 is H1, as the bulletin of those months is named); to December, the year."""
    return {3: "Q1", 6: "H1", 9: "Q1-Q3", 12: ""}.get(n, f"M01-M{n:02d}")


def _last_month(suffix: str) -> int:
    """The last month of a period suffix: H1 6, Q1-Q3 9, Q2 6, M01-M05 5 ('' the year, 12)."""
    if not suffix:
        return 12
    if suffix in ("H1", "H2"):
        return 6 if suffix == "H1" else 12
    if suffix.startswith("Q"):
        return 3 * int(suffix[-1])
    return int(suffix[-2:])


def _bulletin_period(
    data_sentences: list[str], frame: TimeFrame, title: str | None = None
) -> str | None:
    """The part of the year most data sentences name, when they mostly name one."""
    # 截至3月末 dates a stock, not the bulletin: only the periods the figures are for count
    named = [
        p for p in (period_in(_UNTIL_MONTH_END.sub("", s), frame) for s in data_sentences) if p
    ]
    partial = Counter(p for p in named if PART_OF_YEAR.search(p))
    titled = period_in(title, frame) if title else None
    titled = titled if titled and PART_OF_YEAR.search(titled) else None
    if not partial:
        return titled
    period, count = partial.most_common(1)[0]
    only = count == len(named)  # the one period the data sentences name, however often
    if (count >= 2 or only) and 2 * count >= len(named):
        return period
    # 城阳区2024年前三季度经济运行情况 over 1—9月… and 前三季度…: the title settles a tie
    return titled if titled in partial else None


def _years(
    metadata_date: dt.date | None,
    text: str,
    data_sentences: list[str],
    target_years: set[int],
    dateline: dt.date | None,
) -> TimeFrame:
    full, partial_years = data_years(data_sentences)
    years_in_data = bool(full or partial_years)
    full -= target_years
    has_partial = bool(PARTIAL_WORDS.search(_COMPARED_PERIOD.sub("", text)))  # not 较一季度
    date, source = metadata_date, "metadata"
    if date is None:
        date, source = dateline or find_dateline(text), "text"
        # 2005年8月15日，…理念首次提出 atop a 2025 interview: a date in history, no dateline
        # (years later: a plan's 预计2027年达产 in a 2024 report is no reason to doubt it)
        if date and max(full | partial_years, default=0) >= date.year + 5:
            date = None
    if date is not None:
        current = date.year
        recent_full = {y for y in full if y <= current}
        # 上半年 with no year before it is this year's; 2025年上半年 in a 2026 review is not
        # (1—11月 in a January article is last year's: that much of this year has not passed)
        this_years_parts = sum(
            1
            for s in data_sentences
            if _passed_part(_DATED_PART.sub("", _COMPARED_PERIOD.sub("", s)), date.month)
        )
        # a review of last year with a word on this year's first quarter is about last year
        last_years = sum(1 for s in data_sentences if f"{current - 1}年" in s)
        mostly_last_year = current - 1 in recent_full and last_years > this_years_parts
        # a Spring Festival bulletin in February is about this year, not a review of the last
        holiday = date.month <= 3 and any(_NEW_YEAR_HOLIDAY.search(s) for s in data_sentences)
        if holiday and not recent_full:
            return TimeFrame(current, current, date, source)
        if (recent_full and max(recent_full) == current) or (
            this_years_parts
            and not (date.month <= 3 and current - 1 in recent_full)
            and not mostly_last_year
        ):
            reporting = current
        elif (recent_full and max(recent_full) == current - 1) or date.month <= 3:
            reporting = current - 1
        else:
            reporting = current
        latest = current if this_years_parts and date.month > 3 else reporting
        return TimeFrame(current, reporting, date, source, latest_year=latest)
    said = _year_said_of_plan(text)
    if said and all(y <= said[0] for y in full | partial_years):
        current, reporting = said
        return TimeFrame(current, reporting, dt.date(current, 1, 1), "inferred")
    if partial_years:
        current = max(partial_years)
        return TimeFrame(current, current, dt.date(current, 1, 1), "inferred")
    if full:
        latest = max(full)
        if has_partial:
            # a full year of data and an undated half year: the half year is the next one
            return TimeFrame(latest + 1, latest + 1, dt.date(latest + 1, 1, 1), "inferred")
        uses_this_year = bool(_THIS_YEAR.search(text)) and not re.search("去年", text)
        current = latest if uses_this_year else latest + 1
        report = _REPORT_OF_YEAR.search(text, 0, 300)  # 2026年政府工作报告 is given in 2026
        if report and int(report.group(1)) == latest + 1:
            current = latest + 1
        return TimeFrame(current, latest, dt.date(current, 1, 1), "inferred")
    years = [
        int(y)
        for y in YEAR_MENTION.findall(_YEAR_NOT_DATA.sub("", text))
        if int(y) not in target_years
    ]
    # 比2022年同期加快2.4个百分点, and no other year: the figures are of a later year
    years = years or [int(y) + 1 for y in _BASE_YEAR.findall(text)]
    # (a year after the goals' year is a plan's deadline: 2026年底前交付 among 2025's goals)
    years = years or [
        int(y)
        for y in YEAR_MENTION.findall(text)
        if int(y) not in target_years and not (target_years and int(y) > min(target_years))
    ]
    if not years and target_years:
        # only the year the targets are for (2025年是收官之年…预期目标是): written as it
        # begins, about the year before
        current = min(target_years)  # the year ahead, not a 到2030年 horizon
        return TimeFrame(current, current - 1, dt.date(current, 1, 1), "inferred")
    if not years:
        return TimeFrame(None, None, None, "inferred")
    latest = max(years)
    said_last_year = any(_LAST_YEAR_SAID.search(s) for s in data_sentences)
    if said_last_year and not has_partial and not years_in_data:
        # 记者：2023年晋江外贸交出了怎样的成绩单？陈志斌：去年全市…: the year asked about is
        # the one the figures call 去年
        return TimeFrame(latest + 1, latest, dt.date(latest + 1, 1, 1), "inferred")
    if latest + 1 in target_years and not has_partial:
        # a review of `latest` followed by the next year's targets (and perhaps a plan's, 到2030年):
        # written early next year
        return TimeFrame(latest + 1, latest, dt.date(latest + 1, 1, 1), "inferred")
    if _LAST_YEAR_REVIEW.search(text) and not has_partial:
        # a work report reviews 过去一年 and names only the year it is given in
        return TimeFrame(latest, latest - 1, dt.date(latest, 1, 1), "inferred")
    return TimeFrame(latest, latest, dt.date(latest, 1, 1), "inferred")


_LAST_YEAR_SAID = re.compile(r"(?<![比较同与])去年(?!同期)")  # 去年全区…, not 比去年增长
# 今年是“十四五”规划收官之年, 明年是“十五五”开局之年: a relative year that names its own year
_PLAN_YEAR_SAID = re.compile(
    rf"(?P<rel>今年|本年|明年|来年|去年|上年)(?:既|即|也)?(?:是|为|正值|恰逢)“?{_PLAN}”?(?:规划)?的?"
    r"(?P<which>收官之年|收官年|最后一年|开局之年|开局年|起步之年|首年|第一年)"
)


def _year_said_of_plan(text: str) -> tuple[int, int] | None:
    """(current, reporting) year from a sentence naming this or next year by a plan's year."""
    m = _PLAN_YEAR_SAID.search(text)
    if not m:
        return None
    year = _PLAN_START[m.group(2)] + (4 if m.group("which").startswith(("收官", "最后")) else 0)
    rel = m.group("rel")
    if rel in ("去年", "上年"):
        return year + 1, year
    if rel in ("明年", "来年"):
        return year - 1, year - 1
    # 今年 in a work report that looks back on 过去一年 is the year after the one reviewed
    reviews_last_year = bool(_LAST_YEAR_REVIEW.search(text) or _LAST_YEAR.search(text))
    return year, year - 1 if reviews_last_year else year


def period_in(
    text: str, frame: TimeFrame, run_year: str | None = None, nearest: bool = False
) -> str | None:
    """The period a stretch of reading text names explicitly, or None if it names none.

    `run_year` is the full year the paragraph named before (2024年，…；全年新签约…): while the
    reporting year is under way, a bare 全年 is that year rather than the reporting year.
    `nearest`: of several parts of the year, the one named last (the text before a figure),
    not the first in the table's order (a sentence as a whole).
    """
    if not _ANY_CUE.search(text):
        return None
    cleaned = _COMPARED_PERIOD.sub("", _YEAR_NOT_DATA.sub("", text))
    since = _SINCE_A_YEAR.search(text) if "以来" in text else None
    year_now = frame.latest_year or frame.reporting_year
    if since and year_now and int(since.group(1)) < year_now:
        return f"{since.group(1)}-{year_now}"  # 自2023年8月重建启动以来，…累计…: from then to now
    plan_end = _PLAN_END.search(_FROM_PLAN_END.sub("", cleaned)) if "末" in cleaned else None
    if plan_end:
        return str(_PLAN_START[plan_end.group(1)] + 4)
    plan = _PLAN_PERIOD.search(cleaned)
    if plan:
        start = _PLAN_START[plan.group(1)]
        end = start + 4
        year = frame.latest_year or frame.reporting_year  # now, as 目前 is
        if plan.group().endswith("以来") and year and start <= year < end:
            end = year  # “十四五”以来 in a 2023 review: the plan's years so far
        return f"{start}-{end}"
    span = _SPAN.search(cleaned)
    if span:
        if span.group("y1"):
            return f"{span.group('y1')}-{span.group('y2')}"
        end = frame.reporting_year
        if end is not None:
            words = span.group("n") or span.group("n2")
            n = int(cn2an.cn2an(words, "smart")) if not words.isdigit() else int(words)
            return f"{end - n + 1}-{end}"
    year_m = _YEAR_RE.search(cleaned)
    year: int | None = int(year_m.group("year")) if year_m else None
    if year is None and _LAST_YEAR.search(cleaned) and frame.current_year:
        year = frame.current_year - 1
    this_year = _THIS_YEAR.search(cleaned) if year is None else None
    if this_year and frame.current_year:
        year = frame.current_year
        if this_year.group() == "年内" and frame.reporting_year:
            year = frame.reporting_year  # 年内新评定4A级景区1家 in a review: the year reviewed
    parts = (
        _part_named_last(cleaned) if nearest else ((p, f, p.search(cleaned)) for p, f in _PARTIAL)
    )
    for pattern, suffix, m in parts:
        if m:
            base = year if year is not None else frame.current_year
            late = _last_month(suffix(m)) >= 10
            if year is None and (not suffix(m) or late) and frame.source == "inferred":
                # 截至12月末 or 1—11月 in an undated review: the year reviewed (a dated one is
                # moved back below, as 1—11月 in a January article is)
                base = frame.reporting_year or base
            date = frame.reference_date
            # 1—11月 in a January article is last year's (but an April article's 二季度 is
            # the quarter under way)
            early = date is not None and date.month <= 3 and frame.source != "inferred"
            if year is None and base and early and _last_month(suffix(m)) > date.month:
                base -= 1
            if not base:
                return None
            bulletin = frame.bulletin_period
            if (
                pattern is _UNTIL_MONTH_END
                and bulletin
                and bulletin.startswith(str(base))
                and _last_month(bulletin[4:]) == _last_month(suffix(m))
            ):
                return bulletin  # 截至3月末 in a first-quarter bulletin: its period
            return f"{base}{suffix(m)}"
    if year is not None:
        return str(year)
    if _STOCK_NOW.search(cleaned) and (frame.latest_year or frame.reporting_year):
        return str(frame.latest_year or frame.reporting_year)
    if _FULL_YEAR.search(cleaned) and run_year and run_year.isdigit() and _year_under_way(frame):
        return run_year
    if _FULL_YEAR.search(cleaned) and frame.reporting_year:
        return str(frame.reporting_year)
    return None


def _part_named_last(
    text: str,
) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str], re.Match[str]]]:
    """The part of the year named last in `text` (首季…，进入第二季，1至5月…: 1至5月), as a list
    of one, or of none; a part inside another's words (三季度 in 前三季度) does not count."""
    found = [(p, f, m) for p, f in _PARTIAL for m in p.finditer(text)]
    kept = [
        (p, f, m)
        for i, (p, f, m) in enumerate(found)
        if not any(o.start() <= m.start() and m.end() <= o.end() for _, _, o in found[:i])
    ]
    return [max(kept, key=lambda c: c[2].start())] if kept else []


def names_a_relative_year(text: str) -> bool:
    """True when the text says 今年 or 明年 (or 本年, 来年…) rather than a year."""
    return bool(_THIS_YEAR.search(text) or _NEXT_YEAR.search(text))


def target_year_in(text: str, frame: TimeFrame) -> int | None:
    """The year a target names: the last explicit year, else 明年 or 今年 resolved."""
    years = list(YEAR_MENTION.finditer(text))
    after = years[-1].end() if years else 0
    # 2024年…达245亿元，今年力争突破280亿元: a 今年 after the last year written is the nearer
    later = _THIS_YEAR.search(text, after) or _NEXT_YEAR.search(text, after)
    if years and not (later and frame.current_year is not None):
        return int(years[-1].group(1))
    if frame.current_year is not None:
        if _NEXT_YEAR.search(text):
            return frame.current_year + 1
        if _THIS_YEAR.search(text):
            return frame.current_year
        if _NEW_YEAR.search(text):
            late = frame.reference_date is not None and frame.reference_date.month >= 11
            return frame.current_year + 1 if late else frame.current_year
    return None


def default_period(frame: TimeFrame) -> str | None:
    """The period of a fact whose text names none: the bulletin's, else the reporting year."""
    if frame.bulletin_period:
        return frame.bulletin_period
    return str(frame.reporting_year) if frame.reporting_year else None
