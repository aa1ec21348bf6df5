"""Find amounts in a reading-form sentence: number, multiplier, unit and qualifier.

`838.02亿元` → 838.02 `亿元` (8.3802e10 元); `600多家` → 600 `家` `>=`; `近三分之一` → 33.33 `%`
`~`; `1.2万个` → 1.2 `万个` (12000 个). Chinese numerals go through cn2an, but only on a
numeral span this module found, never over a whole sentence (cn2an's `transform` turns 一般
into 1般).

What is not an amount: years and dates (2023年, 5月), durations and ages (5分钟, 78岁),
ordinals (第一), names that contain numbers (“235”, 2+4, 5G, C40, 6号, 500强, 十五五), and
a lone Chinese digit before a measure word (一个, 两项), which is an article, not a count.
Thresholds inside a noun phrase (`5亿元以上数字经济重点项目13个`) are marked `modifier`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import cn2an

from pipelines.parse.conf import (
    AREA_UNITS,
    COUNT_UNITS,
    FOREIGN_MONEY_UNITS,
    MONEY_UNITS,
    MULTIPLIERS,
    NOT_QUALIFIERS,
    OTHER_UNITS,
    PERCENT_UNITS,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    QUALIFIER_INFIX,
    UNIT_SPELLINGS,
)

# thousands separators: 1,755.7 and, in full-width text, ６，３２１．５ (read as 6，321.5)
_ARABIC = r"[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# 一万二千六百, 二百七十三亿五千: a 万 or 亿 inside a numeral when more numeral follows it
_CHINESE = (
    r"[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*"
    r"(?:点[零〇一二三四五六七八九]+)?"  # 十八点六亿元
)
_UNITS = sorted(
    [
        *MONEY_UNITS,
        *UNIT_SPELLINGS,
        *FOREIGN_MONEY_UNITS,
        *AREA_UNITS,
        *COUNT_UNITS,
        *OTHER_UNITS,
        *PERCENT_UNITS,
    ],
    key=len,
    reverse=True,
)
# 千亿门槛 is a threshold, not a count of 门
_UNIT = "|".join(re.escape(u) if u != "门" else "门(?!槛)" for u in _UNITS)
_MULTS = sorted(MULTIPLIERS, key=len, reverse=True)
# 千 multiplies only where it starts no unit of its own (3千瓦时, 5千米)
_MULT = "|".join(m if m != "千" else "千(?![瓦米克伏卡焦帕])" for m in _MULTS)
AMOUNT = re.compile(
    r"(?=[0-9零〇一二两三四五六七八九十百千])"  # rejects most positions before the alternation
    rf"(?P<num>{_ARABIC}|{_CHINESE})"
    rf"(?P<before_mult>[多余来])?"  # 三千二百余万人次
    rf"(?P<mult>{_MULT})?"
    rf"(?P<infix>[多余来])?"
    rf"(?P<unit>{_UNIT})?"
)
# a range, read as its lower bound (3至5个 → >= 3个; 增长6%—7% → >= 6%)
RANGE = re.compile(
    rf"(?P<a>{_ARABIC}|{_CHINESE})(?P<pct>[%％])?(?:至|到|~|～|—|－|-)"
    rf"(?P<b>{_ARABIC}|{_CHINESE})(?P<mult>{_MULT})?"
    rf"(?P<unit>{_UNIT})"
)
# 7万2366元, 1万2千人, 3亿5000万元: one number written in two parts (Taiwan and Hong Kong
# usage, and spoken style)
COMPOUND = re.compile(
    rf"(?<![0-9.])(?P<hi>[0-9]+)(?P<big>[万亿])(?P<lo>[0-9]{{1,4}})(?P<lomult>千|万)?"
    rf"(?P<infix>[多余来])?(?P<unit>{_UNIT})"
)
# 城乡居民收入比为1.52, 城乡收入比缩小至1.66: the one figure that is read with no unit
INCOME_RATIO = re.compile(
    r"收入比(?:为|是|达|缩小至|缩小到|缩小为|降至|降为|下降至|下降到)?(?P<num>\d\.\d{1,2})(?![\d.%％])"
)
FRACTION = re.compile(
    r"(?P<den>[一二三四五六七八九十百千\d]+)分之(?P<num>[零〇一二三四五六七八九十\d.点]+)"
)
# round figures with no digit: 上千场 (>= 1000), 近万人 (~ 1万), 超亿元 (>= 1亿)
ROUND = re.compile(
    rf"(?P<q>突破|上|近|超|逾|过|破)(?P<mult>百|千|万|亿)(?P<mult2>万|亿)?"  # 破千亿元: 1000亿元
    rf"(?P<unit>{_UNIT})"
)
HALF = re.compile(r"(?<![一之])一半")
# 八成, and 一成七 (17%) or 一成半 (15%) with a second tenth
TENTHS = re.compile(
    r"(?P<num>[一二两三四五六七八九0-9])成(?P<more>[一二三四五六七八九半](?![\d一二三四五六七八九十]))?"
    r"(?![为本果立功交都熟效绩员长型])"
)
_QUAL_BEFORE_OF = dict(reversed(QUALIFIER_BEFORE))  # the table's first entry wins a tie
_QUAL_BEFORE_LENGTHS = sorted({len(w) for w, _ in QUALIFIER_BEFORE}, reverse=True)
# after 个: a duration (3个月, 3个多月) or a change of rank (提升9个位次), not a count; nor
# the headings of a policy (从6个方面提出…)
_DURATION_AFTER = (
    "月",
    "多月",
    "小时",
    "多小时",
    "工作日",
    "季度",
    "年",
    "分钟",
    "星期",
    "位次",
    "名次",
    "方面",
)
# 20条举措, 《…》18条: the articles of a policy, not a count of anything done
_POLICY_AFTER = ("措施", "举措", "政策", "意见", "规定", "细则", "硬措施", "具体措施", "惠企")
# 2个千亿级产业集群, 5个百亿级新兴产业: how many of a class of size, said as a slogan
_SIZE_CLASS_AFTER = ("万亿级", "千亿级", "百亿级", "十亿级", "亿元级")


_COUNTED_LATER = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:达到|达|有|共|为|增至)?[\d一二三四五六七八九十]"
)
_RANGE_MARK = re.compile("[至到~～—－-]")  # no range without one: skip the slow pattern
_ROUGH_PAIR = re.compile("一二|二三|两三|三四|四五|五六|六七|七八|八九")
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_BARE_POWERS = {"十": 10.0, "百": 100.0, "千": 1000.0}


@dataclass(frozen=True)
class Amount:
    """One amount found in a reading string, with reading offsets."""

    value: float
    unit: str | None
    value_std: float | None
    unit_std: str | None
    unit_class: str  # money, count, area, percent, points, other
    qualifier: str
    start: int  # where the amount starts, qualifier words included
    num_start: int  # where the number itself starts
    end: int  # after the unit and any trailing qualifier
    modifier: bool = False  # a threshold inside a noun phrase, not a fact

    @property
    def is_percent(self) -> bool:
        return self.unit_class == "percent"


def parse_numeral(text: str) -> float:
    """Arabic (with thousands separators) or Chinese numeral text → float."""
    text = text.replace(",", "").replace("，", "")
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text)
    if text in _BARE_POWERS:  # 百分之…: cn2an rejects a bare 百
        return _BARE_POWERS[text]
    return float(cn2an.cn2an(text, "smart"))


def standardize(value: float, unit: str | None) -> tuple[float | None, str | None, str]:
    """(value, unit as written) → (value in standard unit, standard unit, unit class)."""
    if not unit:
        return value, None, "other"
    mult = 1.0
    rest = unit
    for prefix in _MULTS:
        if unit.startswith(prefix) and not (prefix == "千" and unit in OTHER_UNITS):
            mult, rest = MULTIPLIERS[prefix], unit[len(prefix) :]
            break
    if rest in ("%", "％"):
        return value, "%", "percent"
    if rest == "个百分点":
        return value, "个百分点", "points"
    if rest in MONEY_UNITS:
        return value * mult * MONEY_UNITS[rest], "元", "money"
    if rest in FOREIGN_MONEY_UNITS:
        return value * mult, rest, "money"
    if rest in AREA_UNITS:
        return value * mult * AREA_UNITS[rest], "平方米", "area"
    if rest == "" and mult >= 1e8:
        return value * mult, "元", "money"  # GDP逾1500亿, 外贸首破2400亿: a headline's 亿 is 亿元
    if rest in COUNT_UNITS or rest == "":
        return value * mult, rest or "个", "count"
    return value * mult, rest, "other"


def _qualifier_before(text: str, pos: int) -> tuple[str, int]:
    at = pos
    if text.endswith(_RENMINBI, 0, pos):  # 突破人民币1,000亿元: the word sits between
        at -= len(_RENMINBI)
    for n in _QUAL_BEFORE_LENGTHS:  # longest word first, as in the table
        qual = _QUAL_BEFORE_OF.get(text[at - n : at]) if n <= at else None
        if qual and text[max(at - n - 1, 0) : at] not in NOT_QUALIFIERS:
            return qual, at - n
    return "=", pos


_DAYS_COUNTED = re.compile(
    r"天数(?:达到|达|为|共|有|是)?(?:约|近|超过?|逾)?(?P<num>\d{1,3})天(?![\d内])"
)
# 人均预期寿命达到81.2岁: the population's life expectancy, a figure (unlike one person's age)
_LIFE_EXPECTANCY = re.compile(
    r"预期寿命(?:达到|达|为|提高到|提高至|提升到|提升至|增至)?(?:约|近|超过?)?(?P<num>\d{2,3}(?:\.\d+)?)岁"
)
# 飞行时长9.8万小时, 完成通用航空飞行1.2万小时: hours flown or worked in total, a figure
# (unlike 5小时, how long one thing takes)
_HOURS_TOTAL = re.compile(
    r"(?:时长|飞行|工时)(?:达到|达|为|约|近|超过?|突破)?(?P<num>\d+(?:\.\d+)?)(?P<mult>万|亿)?小时"
)
# figures in words that otherwise say how long or how old: (a word the text must hold, the
# pattern, the unit, its class); 优良天数达到289天 counts days, like any count
_SPANS_COUNTED = (
    ("天数", _DAYS_COUNTED, "天", "count"),
    ("小时", _HOURS_TOTAL, "小时", "other"),
    ("寿命", _LIFE_EXPECTANCY, "岁", "other"),
)
_RENMINBI = "人民币"  # only this one: 新台币 and 港币 figures are never the district's


def _qualifier_after(text: str, pos: int) -> tuple[str | None, int]:
    for word, qual in QUALIFIER_AFTER:
        if text.startswith(word, pos):
            return qual, pos + len(word)
    return None, pos


def _is_minus(text: str, s: int) -> bool:
    """A minus sign before the number at `s`, not a dash inside a code or range (C-40, 3-5)."""
    if s == 0 or text[s - 1] not in "-−":
        return False
    return s == 1 or not (text[s - 2].isascii() and text[s - 2].isalnum())


_DIALLED = ("拨打", "致电", "电话", "热线", "电话：", "热线：", "电话:", "热线:")
_HOTLINE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}热线")


def _in_a_date(text: str, s: int) -> bool:
    """True when the number at `s` follows a digit and a date or time mark (10-28, 12:05)."""
    return s >= 2 and text[s - 1] in "-/.:" and text[s - 2].isdigit()


def _is_name_number(text: str, m: re.Match[str]) -> bool:
    """Numbers that are part of names, codes, dates, ordinals or quoted labels.

    A number with neither multiplier nor unit is never a fact, which already rules out years,
    quoted labels (“235”), codes (5G, 6号) and formulas (2+4); what is left to catch is an
    ordinal (第3), a letter code before the number (C40) and a duration in 个 (3个月).
    """
    s = m.start("num")
    before = text[s - 1] if s else ""
    if _in_a_date(text, s):
        return True  # 2024-10-2812:05张家口日报: a date line's clock time
    if _is_minus(text, s):
        return False  # `分别增长5%、-2%`: a negative number, not a code
    if before == "第" or (before and before.isascii() and (before.isalpha() or before in "+-/.")):
        # but GDP 1528.6亿元, a label and its figure run together once the line break is gone
        return not (text.endswith("GDP", 0, s) and (m.group("unit") or m.group("mult")))
    if not m.group("unit") and (not m.group("mult") or m.group("mult") == "千"):
        return True  # 2024千岛湖马拉松: 千 with no unit starts a name
    if text.endswith(_DIALLED, 0, s) or _HOTLINE_AFTER.match(text, m.end()):
        return True  # 拨打12333人社服务热线: a phone number
    if text.rfind("《", 0, s) > text.rfind("》", 0, s):
        return True  # 《关于…十二条措施》: inside a title
    if m.group("unit") == "期":
        return not m.group("num").isdigit()  # 286期 are sessions, 二期 is a project's phase
    if m.group("unit") == "条":
        return text.startswith(_POLICY_AFTER, m.end()) or text.endswith("》", 0, s)
    if (m.group("unit") or "") not in ("个", ""):
        return False
    return text.startswith(_DURATION_AFTER, m.end()) or text.startswith(_SIZE_CLASS_AFTER, m.end())


def _share(text: str, pct: float, m: re.Match[str]) -> Amount:
    """A share said in words (三分之二, 八成) as a percent, with a qualifier on either side."""
    qual, start = _qualifier_before(text, m.start())
    after_qual, end = _qualifier_after(text, m.end())
    return Amount(pct, "%", pct, "%", "percent", after_qual or qual, start, m.start(), end)


def _compound(text: str, m: re.Match[str]) -> Amount | None:
    """7万2366元 as 72366元, 3亿5000万元 as 3.5亿元; None when the parts do not make one number."""
    big, lomult = m.group("big"), m.group("lomult")
    if big == "亿" and lomult != "万":
        return None  # 3亿5000: no reading of the second part is sure
    low = float(m.group("lo")) * {None: 1.0, "千": 1e3, "万": 1e4}[lomult]
    if low >= (1e8 if big == "亿" else 1e4):
        return None  # the second part must be smaller than the first's multiplier
    if big == "亿":
        value, unit = float(m.group("hi")) + low / 1e8, "亿" + m.group("unit")
    else:
        value, unit = float(m.group("hi")) * 1e4 + low, m.group("unit")
    unit = UNIT_SPELLINGS.get(unit, unit)
    value_std, unit_std, unit_class = standardize(value, unit)
    qual, start = _qualifier_before(text, m.start())
    if m.group("infix"):
        qual = QUALIFIER_INFIX[m.group("infix")]
    after_qual, end = _qualifier_after(text, m.end())
    qual = after_qual or qual
    return Amount(value, unit, value_std, unit_std, unit_class, qual, start, m.start(), end)


def find_amounts(text: str) -> list[Amount]:
    """All amounts in a reading string, left to right, non-overlapping."""
    return list(_find_amounts(text))


@functools.lru_cache(maxsize=4096)
def _find_amounts(text: str) -> tuple[Amount, ...]:
    # cached: the time-frame inference and the fact rules both read every sentence
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def add(amount: Amount) -> None:
        found.append(amount)
        taken.append((amount.num_start, amount.end))

    for m in RANGE.finditer(text) if _RANGE_MARK.search(text) else ():
        unit = (m.group("mult") or "") + m.group("unit")
        percent = unit in ("%", "％")
        if bool(m.group("pct")) != percent or text.startswith(_DURATION_AFTER, m.end()):
            continue  # 6%—7%, 3至5个; not 6—7%, nor 1-2个月 (a duration)
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            continue  # a code: G15-20米
        if _in_a_date(text, m.start()):
            continue  # 2024-10-28张家口日报: a date line's month and day, not 10—28张
        try:
            low, high = parse_numeral(m.group("a")), parse_numeral(m.group("b"))
        except ValueError:
            continue
        if not low < high:
            continue
        value_std, unit_std, unit_class = standardize(low, unit)
        qual, start = _qualifier_before(text, m.start())
        add(Amount(low, unit, value_std, unit_std, unit_class, ">=", start, m.start(), m.end()))
    for cue, pattern, unit, unit_class in _SPANS_COUNTED:
        for m in pattern.finditer(text) if cue in text else ():
            value, mult = float(m.group("num")), m.groupdict().get("mult") or ""
            qual, start = _qualifier_before(text, m.start("num"))
            value_std = value * MULTIPLIERS.get(mult, 1.0)
            add(
                Amount(
                    value,
                    mult + unit,
                    value_std,
                    unit,
                    unit_class,
                    qual,
                    start,
                    m.start("num"),
                    m.end(),
                )
            )
    for m in INCOME_RATIO.finditer(text) if "收入比" in text else ():
        value = float(m.group("num"))  # a ratio of two incomes: a figure with no unit
        add(Amount(value, None, value, None, "other", "=", m.start("num"), m.start("num"), m.end()))
    for m in FRACTION.finditer(text):
        den, num = parse_numeral(m.group("den")), parse_numeral(m.group("num"))
        if not den:
            continue
        add(_share(text, round(100 * num / den, 2), m))  # 近三分之二, 三分之一以上
    for m in ROUND.finditer(text):
        if m.group("mult2") and m.group("q") == "上":
            continue  # 迈上千亿元台阶: a level reached, said as a slogan
        mult, unit = m.group("mult"), (m.group("mult2") or "") + m.group("unit")
        value, unit = (_BARE_POWERS[mult], unit) if mult in _BARE_POWERS else (1.0, mult + unit)
        value_std, unit_std, unit_class = standardize(value, unit)
        qual = "~" if m.group("q") == "近" else ">="
        # 超百亿元的企业9家, 千亿级: a round threshold describing a noun, not a figure
        describes = text.startswith(("的", "级", "量级"), m.end())
        add(
            Amount(
                value,
                unit,
                value_std,
                unit_std,
                unit_class,
                qual,
                m.start(),
                m.start(2),
                m.end(),
                describes,
            )
        )
    for pattern, scale in ((HALF, None), (TENTHS, 10.0)):
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            pct = 50.0 if scale is None else parse_numeral(m.group("num")) * scale
            more = m.groupdict().get("more")
            if more:  # 一成七 is 17%, 一成半 15%
                pct += 5.0 if more == "半" else parse_numeral(more)
            add(_share(text, pct, m))  # 超一半, 八成以上
    for m in COMPOUND.finditer(text) if "万" in text or "亿" in text else ():
        compound = _compound(text, m)
        if compound is not None:
            add(compound)
    for m in AMOUNT.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        num = m.group("num")
        chinese = not num[0].isdigit()
        if chinese and (len(num) == 1 and not m.group("mult")):
            continue  # 一个, 两项, 三大: articles and names, not counts
        if chinese and _ROUGH_PAIR.fullmatch(num):
            continue  # 四五块: four or five, not forty-five
        counted = num == "十" and m.group("mult") and m.group("unit")  # 突破十万户
        if chinese and num in ("千", "百", "十") and not counted:
            continue  # 十大, 百强, 千亿级
        if _is_name_number(text, m):
            continue
        unit = (m.group("mult") or "") + (m.group("unit") or "")
        for spelling, usual in UNIT_SPELLINGS.items():
            unit = unit.replace(spelling, usual)
        try:
            if chinese and "亿" in num:  # 二百七十三亿五千万元: read whole, written as 273.5亿元
                value = parse_numeral(num + (m.group("mult") or "")) / 1e8
                unit = "亿" + (m.group("unit") or "")
            else:
                value = parse_numeral(num)
        except ValueError:
            continue
        minus = _is_minus(text, m.start())
        value = -value if minus else value
        value_std, unit_std, unit_class = standardize(value, unit)
        qual, start = _qualifier_before(text, m.start() - minus)
        infix = m.group("infix") or m.group("before_mult")
        if infix:
            qual = QUALIFIER_INFIX[infix]
        after_qual, end = _qualifier_after(text, m.end())
        if after_qual:
            qual = after_qual
        nxt = text[end : end + 1]
        # `5亿元以上数字经济重点项目13个`: an amount glued to the noun it qualifies
        # `50万元以上的行政村达到136个`: a threshold naming what is counted later
        threshold_of = (
            nxt == "的"
            and (after_qual is not None or qual == ">=")  # 营业收入超10亿元的工业企业14家
            and _COUNTED_LATER.match(text, end + 1)
        )
        modifier = (
            bool(after_qual == ">=" and nxt and "\u4e00" <= nxt <= "\u9fff" and nxt not in "的增同")
            or bool(threshold_of)
            or (nxt == "的" and qual == "<=")  # 不超过6000元的手机: a cap that picks things out
            or text.startswith(("级", "量级"), m.end())
        )
        add(
            Amount(
                value, unit, value_std, unit_std, unit_class, qual, start, m.start(), end, modifier
            )
        )
    found.sort(key=lambda a: a.num_start)
    return tuple(found)
