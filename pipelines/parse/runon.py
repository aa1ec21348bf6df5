"""What a sentence inherits from the sentences before it in its paragraph.

Reports often state a subject, a period or a metric once and let the next clauses run on:

- `2024年，章贡区GDP…；服务业增加值占比…；` — the district named first stays the subject
  after ；, and so does a paragraph that opens on another district (`松江区首季…。松江区…。
  固定资产投资增长12.5%`);
- `开发区完成工业总产值…；完成固定资产投资…；` — a zone's figures stay the zone's;
- `夷陵区完成地方一般公共预算收入24.86亿元；西陵区完成15.42亿元` — the metric named first;
- `目标是：地区生产总值增长5%左右；全年新增高企100家` — goals, and after 。 a sentence that
  reads like goals (控制在5.5%以内);
- `2024年…。全年新增…` — the period named last in the paragraph (not a span such as
  十三五时期, unless the figure is cumulative).

`RunOn` keeps that state for one article; `FactExtractor.extract` asks it before each
sentence and tells it what the sentence gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from pipelines.parse.districts import DistrictFinder, short_form
from pipelines.parse.periods import PART_OF_YEAR, YEAR_MENTION, YEAR_PARTS, plan_end_in
from pipelines.parse.subjects import WHOLE_DISTRICT, zone_opens

SOMEONE_ELSE = ""  # the subject of a run of clauses about a zone or company, not a district
_BY_AREA = re.compile(r"(?:分区域|分区县|分县区|分地区|分城区|从各区|分区)看")
GOAL_STYLE = re.compile(r"左右|以内|控制在|以上")
_ESTIMATE_NOW = re.compile(r"预计[，,]?(?:今年|全年|本年)")
_YEAR_SPAN = re.compile(r"\d{4}-\d{4}")
# a batch of projects started or signed on one day, named by the quarter it is of
_EVENT = re.compile(
    r"(?:集中(?:开工|签约|开竣工|竣工|投产)|开工|签约|开竣工|项目建设)[^，,。；;]{0,6}"
    r"(?:活动|仪式|大会|动员会|现场会|推进会)"
)
_THIS_EVENT = re.compile(r"此次|本次|本期|本批")
_OPENING_QUOTES = ("“", "「", "『", '"')
_CUMULATIVE = re.compile(r"累计|年均|五年|三年|共计|合计|总计")
# time words that may open a sentence before its subject: 2024年上半年，…
TIME_LEAD = re.compile(rf"(?:(?:19|20)\d{{2}}年)?(?:{YEAR_PARTS}|今年|去年|全年)?[，,]?")


class Draft(Protocol):
    """What run-on rules read of a fact being assembled (facts._Draft)."""

    district: str
    name: str
    is_target: bool
    target_year: int | None


# a section heading that opens with a place's short name and a colon: 泰和：电子信息集群…
_PLACE_HEADING = re.compile(r"^([\u4e00-\u9fff]{2,6})[：:]")


def _full_name(name: str) -> re.Pattern[str]:
    """A place's full name as a name, not the start of a word (泰和县, not 泰和县域经济)."""
    return re.compile(re.escape(name) + "(?![域城级内外])")


_RANKED = re.compile(
    r"(?:排名|位居|位列|居|列)(?:全市|全省|全国)?[^，。；]{0,6}第[一二三四五六七八九十\d]"
)


def _years_before(text: str, year: int | None) -> bool:
    """True when the text names a year before `year` (2024年… is no goal for 2026)."""
    return year is not None and any(int(y) < year for y in YEAR_MENTION.findall(text))


@dataclass
class RunOn:
    """The subject, metric, period and goals that run on from sentence to sentence."""

    finder: DistrictFinder
    primary: str | None
    block: int = -1
    period: str | None = None  # the period named last in this paragraph
    topic: str | None = None  # 从经济总量看: the metric of a ranking paragraph
    _subject: str | None = None  # another district, or SOMEONE_ELSE
    _goal_year: int | None = None
    _after_open: bool = False  # the sentence before ended with ；
    _metric: str | None = None
    _last_metric: str | None = None
    _last_block: int = field(default=-1, repr=False)
    _read: list[str] = field(default_factory=list, repr=False)  # the sentences so far
    _ranked_metric: str | None = None
    _section: str | None = None  # the place a section heading names (泰和：…), if not primary
    _opened_by: str | None = None  # another district opening this paragraph (北仑区以港为媒…)
    _first_in_block: bool = False
    _event_period: str | None = None  # 2024年一季度…集中开工活动: what 此次 figures are for

    def enter(self, block: int) -> None:
        """Start a sentence of paragraph `block`; a new paragraph forgets period and topic."""
        self._first_in_block = block != self.block
        if block != self.block:
            self.block, self.period, self.topic = block, None, None
            self._opened_by = None

    @property
    def _same_paragraph(self) -> bool:
        return self.block == self._last_block

    @property
    def ranked_metric(self) -> str | None:
        """The metric of the last sentence that ranked a figure (…地区生产总值…，排名第二)."""
        return self._ranked_metric

    def goals_go_on(self, r: str) -> int | None:
        """The target year when this sentence continues the goals before it, else None."""
        if self._goal_year is None or not self._same_paragraph:
            return None
        reads_like_goals = (
            GOAL_STYLE.search(r)
            and not _years_before(r, self._goal_year)
            and not _ESTIMATE_NOW.search(r)  # 预计今年增长5%左右: a guess at the year under way
        )
        return self._goal_year if self._after_open or reads_like_goals else None

    def period_for(self, r: str) -> str | None:
        """The paragraph's period for this sentence's unlabelled figures."""
        # an event's article: its figures are the event's, but not what someone is quoted as
        # saying (“福田面积只有78.66平方公里…”)
        unlabelled = self.period is None and not r.startswith(_OPENING_QUOTES)
        if self._event_period and (unlabelled or _THIS_EVENT.search(r)):
            return self._event_period
        spanned = self.period and _YEAR_SPAN.fullmatch(self.period)
        return self.period if not spanned or _CUMULATIVE.search(r) else None

    def event(self, r: str, period: str | None) -> str | None:
        """The period a sentence names for its figures, counting an event's (此次…) as one.

        `2024年一季度重点项目集中开工活动举行` names the quarter its batch is of, and later
        sentences that say 此次 or 本次 count that batch.
        """
        if period and PART_OF_YEAR.match(period) and _EVENT.search(r):
            self._event_period = period
        if period is None and self._event_period and _THIS_EVENT.search(r):
            return self._event_period
        return period

    def metric(self, r: str) -> str | None:
        """The metric of the clauses before, when they ran on after ；, or broken down by area."""
        if not self._same_paragraph:
            return None
        if self._after_open:
            return self._metric
        return self._last_metric if _BY_AREA.match(r) else None  # 分区域看，夷陵区增长7.5%

    def head_section(self, heading: str, text: str) -> None:
        """A heading opens a section; `泰和：电子信息集群…` opens one about 泰和县.

        `text` is the article's reading, where the place is written in full at least once.
        """
        m = _PLACE_HEADING.match(heading)
        place = None
        if m and m.group(1)[-1] in "县区市旗":  # 城阳区：轨道交通产业…, a place named in full
            named = self.finder.mentions(m.group(1), self.primary)
            place = m.group(1) if named and named[0].end == len(m.group(1)) else None
        elif m and m.group(1) == short_form(self.primary):
            place = self.primary  # 晋江：“鞋服之都”… in 晋江市's article (not 晋江县域经济)
        elif m:
            place = next(
                (m.group(1) + s for s in "县区市旗" if _full_name(m.group(1) + s).search(text)),
                None,
            )
        self._section = place if place != self.primary else None

    def assign(self, r: str, drafts: list[Draft]) -> list[Draft]:
        """Give the primary's drafts to the subject the clauses before ran on with."""
        carried = self._subject if self._same_paragraph else None
        # in a section about another county, 全县… and unnamed figures are that county's; in a
        # paragraph another district opens (北仑区以港为媒…。), 全区 is that district
        place = self._section if self._section and carried in (None, self._section) else None
        if place is None and self._opened_by and WHOLE_DISTRICT.search(r):
            place = self._opened_by
        if place is not None:
            named = self.finder.mentions_before(r, len(r), self.primary)
            return drafts if named else self._give(drafts, place)  # unless it names one
        if carried is None or self._own_subject(r):
            return drafts
        if carried == SOMEONE_ELSE:
            return [d for d in drafts if d.district != self.primary]
        return self._give(drafts, carried)

    def _give(self, drafts: list[Draft], place: str) -> list[Draft]:
        """The drafts, the primary's given to `place`."""
        for d in drafts:
            d.district = place if d.district == self.primary else d.district
        return drafts

    def after(self, r: str, drafts: list[Draft]) -> None:
        """Remember what this sentence leaves to the next one."""
        carried = self._subject if self._same_paragraph else None
        others = {d.district for d in drafts} - {self.primary}
        ends_open = r.rstrip().endswith(("；", ";"))
        if self._first_in_block and not ends_open:
            # a whole sentence opening the paragraph on another district (not a city)
            opener = self._opening_district(r)
            city = opener is None or opener.endswith("市") or self.finder.level_of(opener) == "city"
            self._opened_by = None if city else opener
        self._metric = (drafts[0].name if drafts else self._metric) if ends_open else None
        self._last_metric = drafts[-1].name if drafts else None
        if drafts and _RANKED.search(r):
            self._ranked_metric = drafts[0].name
        goals = [d for d in drafts if d.is_target]
        self._goal_year = goals[-1].target_year if goals and goals == drafts else None
        self._after_open = ends_open
        if not ends_open:
            opener = self._opening_district(r) if len(others) == 1 else None
            self._subject = opener if opener and others == {opener} else None
        elif len(others) == 1:
            self._subject = others.pop()
        elif zone_opens(r) or (carried == SOMEONE_ELSE and not self._own_subject(r)):
            self._subject = SOMEONE_ELSE
        elif drafts:
            self._subject = None
        else:
            self._subject = carried  # a clause without figures keeps the run going
        self._last_block = self.block

    def expect_goals(self, year: int) -> None:
        """The sentence named the year the goals after it are for (明年是…开局之年)."""
        self._goal_year = year

    def remember(self, r: str) -> None:
        """Keep a sentence read, for what a later one refers back to (两区, 五年)."""
        self._read.append(r)

    def pair(self) -> tuple[str, str] | None:
        """The two districts named last before this sentence, in the order they were named."""
        named: list[str] = []
        for r in reversed(self._read):  # looked up only when a sentence says 两区
            for m in reversed(self.finder.mentions_before(r, len(r), self.primary)):
                if m.district not in named:
                    named.insert(0, m.district)
                if len(named) == 2:
                    return named[0], named[1]
        return None

    def plan_end(self, r: str) -> int | None:
        """The last year of the five-year plan named last, in `r` or before (十五五 → 2030)."""
        for text in (r, *reversed(self._read)):  # looked up only when a sentence says 五年
            end = plan_end_in(text)
            if end:
                return end
        return None

    def _own_subject(self, r: str) -> bool:
        whole = WHOLE_DISTRICT.search(r)
        # 全区 in a county's article, after a paragraph on 雨花区: that district's, not the county's
        if whole and whole.group().startswith("全") and self.primary and self._subject:
            kind = whole.group()[-1]
            if self.primary[-1] != kind and self._subject.endswith(kind):
                whole = None
        return bool(whole or self.finder.mentions_before(r, len(r), self.primary))

    def _opening_district(self, r: str) -> str | None:
        """Another district named first in the sentence, after any time words."""
        lead = TIME_LEAD.match(r)
        m = self.finder.mention_at_start(r[lead.end() :] if lead else r, self.primary)
        return m.district if m and m.district != self.primary else None
