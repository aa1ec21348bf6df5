"""Which administrative area an article, or one clause of it, is about.

The article's primary district comes from metadata, else from counting mentions (full names
of known districts, and their bare short forms such as 江汉 for 江汉区, but not 江汉路).
Within a sentence a fact belongs to the last district named before it, so a bulletin about
南沙区 that says 白云区增速全市第一 gives that rank to 白云区. Only districts listed in
`seeds/districts.csv` are recognized by name in running text: bare `XX区` words are too
often parks and zones (示范区, 商务区) to trust.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass

from pipelines.parse.patterns import WordSet, alternation
from pipelines.parse.reference import District, Reference
from pipelines.parse.text import to_simplified

# a bare short name followed by one of these is a street or a place, not the district
_NOT_DISTRICT_AFTER = "路街道桥口湖河江山站港大厦广场"


# an unlisted `XX区` opening a clause is taken for a district unless it is a kind of area
# 依托县电商服务中心: a verb before the county's own word (县电商…), not a place's name
_VERBS_BEFORE_PLACE = "依托|围绕|通过|推动|立足|聚焦|借助|面向|带动|支持|助力|服务|引领|覆盖|辐射|打造|建设|推进|加快|全力|按照|根据"
_UNKNOWN_DISTRICT = re.compile(
    r"(?:^|(?<=[，,。；;：:、\n]))"
    rf"(?!{_VERBS_BEFORE_PLACE})"
    r"([\u4e00-\u9fff](?<![基组在对向把将各全本该我每两])[\u4e00-\u9fff]"
    r"(?<![于建设级成全本该各我年月日治])(?:区|县(?![城委政长])|旗))"  # 今年区政府: a time; 自治区
    r"(?=[\u4e00-\u9fff\d，,]|$)(?![块级域位内外间划属里])"  # 县里: the county government
)
# words that end in 市 and name no city
_WORDS_ENDING_IN_SHI = {
    "城市",
    "超市",
    "都市",
    "上市",
    "夜市",
    "集市",
    "股市",
    "楼市",
    "车市",
    "门市",
    "全市",
    "本市",
    "该市",
    "我市",
    "各市",
    "大市",
    "省市",
    "县市",
    "副市",
    "开市",
    "街市",
    "早市",
    "花市",
}
# `XX市` opening a clause, then its figures: 市场/市民/市级… are not cities
_UNLISTED_CITY = re.compile(
    r"(?![占在对向较比与和及为是从于据])([\u4e00-\u9fff](?<![全本该我各])[\u4e00-\u9fff]"
    r"(?<![全本该我各])市)(?![场民政级区内外委属直辖域])(?=[\u4e00-\u9fff])"
)
# a county with a one-character name (攸县, 沛县), opening a clause: only if named twice,
# or once if the reference knows it
# an autonomous prefecture by its short name, as a clause's subject: 迪庆州, 伊犁州直, 海西州
_PREFECTURE = re.compile(
    r"(?![占全为较比约近达在于对向与和及])([\u4e00-\u9fff]{2}州)(?=直|[\u4e00-\u9fff\d])"
)
_SHORT_COUNTY = re.compile(
    # at a clause's start, or after its city or a year (菏泽市沛县, 2024年沛县)
    r"(?:^|(?<=[，,。；;：:\n市年]))([\u4e00-\u9fff]县)(?![区市城域级])(?=[\u4e00-\u9fff\d])"
)
_NOT_SHORT_COUNTY = set("全该本我各每一两此其外邻各本全某原新老")
_LOCAL_WHOLE = re.compile(r"全区|全县|该区|该县|我区|我县|本区|本县")
_WHOLE_CITY = re.compile(r"全市|我市|本市")
# a zone named with the district it is (青岛西海岸新区（黄岛区）, 经开区（头屯河区）)
_ALSO_CALLED = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:新区|开发区|经开区|高新区))[（(]([\u4e00-\u9fff]{2,6}?[区县市旗])[）)]"
)
_CITY_ACTS = (
    r"(?:全年|今年|去年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[—\-至~]\d{1,2}月"
    r"|实现|完成|累计|共计)"
)
_MASTHEAD = "(?:日报|晚报|都市报|发布|新闻网|融媒体?中心|广播电视台)"
_GENERIC_AREAS = {
    "区县",  # 山区县, 各区县: a kind of county, not one
    "强县",  # 产业强县, 文化强区: slogans
    "强区",
    "大县",
    "点县",  # 产业重点县
    "范县",  # 示范县
    "名县",
    "城区",
    "园区",
    "社区",
    "小区",
    "街区",
    "片区",
    "景区",
    "新区",
    "校区",
    "厂区",
    "港区",
    "库区",
    "矿区",
    "市区",
    "郊区",
    "辖区",
    "全区",
    "该区",
    "本区",
    "我区",
    "范区",
    "聚区",
    "务区",
    "发区",
    "作区",  # 合作区
    "能区",
    "心区",
    "核区",
    "验区",
    "贸区",
    "易区",  # 边民互市贸易区: a trade zone
    "保区",
    "游区",
    "业区",
    "地区",
    "山区",
    "湾区",
    "治县",  # 自治县 alone, where 双江自治县 and its official name vary before it
    "治旗",
    "院区",  # 新院区: a hospital's campus
    "展区",
    "赛区",
    "牧区",
    "灾区",
}


# an unlisted place: a name of two to four characters before 市/县/区/旗 (霍尔果斯市, 乌审旗);
# a name never runs left over these characters, nor over a digit or punctuation; a statistics
# bureau (昆山市统计局) issues a place's own figures, other departments (区发改局) are no clue
_PLACE_SUFFIX = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})[市县区旗](?![场民政级内外委属直辖域块位间划长下党纪发十财教卫商住文科工审税]|统(?!计局))"
)
_NAME_EDGE = set(
    "的在于从对向和与及将把是为据以至到年月日度季省市县区旗镇乡村全本该我各每其此表居经位列占比较超共"
)
_PLACE_TAILS = ("城区", "新区", "山区", "湾区", "港区")  # generic alone, a place after a name
# slogans and kinds of area that end like a place: 制造业立区, 工业强市, 中心城区, 医院新院区
_NOT_PLACE_ENDINGS = (
    "立区",
    "立市",
    "立县",
    "强市",
    "强区",
    "强县",
    "强旗",
    "中心城区",
    "主城区",
    "老城区",
    "新城区",
    "旧城区",
    "建成区",
    "成区",
    "院区",
    "牧区",
    "治区",
    "方区",
    "互市",
    "先进县",  # 与江阴等先进县相比: a kind of county
    "先进区",
    "先进市",
)
_WORDS_ENDING_IN_QI = {"红旗", "国旗", "党旗", "彩旗", "锦旗", "团旗", "队旗", "升旗", "举旗"}
_PLACE_NAME_MAX = 4


_VERB_FIRST = re.compile(f"(?:{_VERBS_BEFORE_PLACE})[县区市旗]$")


def unlisted_places(
    reading: str, listed: Container[str] = (), known: WordSet | None = None
) -> Counter[str]:
    """Places named like 霍尔果斯市, 瓜州县 or 乌审旗 that the reference does not list, scored.

    Where a name starts is read from the text itself: from two characters before the suffix
    (斯市), the name grows left while every place it occurs has the same character before
    it (尔果斯市, 霍尔果斯市), and stops where the text varies (伊犁州霍尔果斯市, 今年霍尔果斯市).
    A name counts 3 in the first 300 characters, else 1, and its short form (腾冲) adds 1
    wherever it stands alone. A `known` county counts at every place its whole name stands.
    """
    found: Counter[str] = Counter()
    for m in _PLACE_SUFFIX.finditer(reading):
        cut = reading[m.start() - 2 : m.end()]  # two Chinese characters, by the lookbehind
        if not _NAME_EDGE.isdisjoint(cut[:2]) and (
            cut[1] in _NAME_EDGE or not _opens_a_clause(reading, cut)
        ):
            continue  # 位于X县; but 于都县, a name starting with 于, when it opens a clause
        name = _grown_name(reading, cut)
        if _VERB_FIRST.match(name):
            continue  # 依托县…
        if name.endswith("城市") and reading.count(name[:-1]) == reading.count(name):
            continue  # 智慧城市 is a word; 丰城市 is a place, as 丰城 written alone shows
        if (_place_like(name) or name.endswith("城市")) and name not in listed:
            found[name] += 3 if m.start() < 300 else 1
    # counties the reference knows, wherever they stand (慈溪市科技局 is no clue above)
    for start, name in known.find_all(reading) if known else ():
        if not _runs_on(reading, start + len(name), name):
            found.setdefault(name, 0)
    for name in [n for n in found if known and n in known]:
        found[name] = sum(3 if i < 300 else 1 for i in _occurrences(reading, name))
    for name in list(found):
        found[name] += reading.count(name[:-1]) - reading.count(name)  # 腾冲 alone
    return found


def _runs_on(text: str, end: int, name: str) -> bool:
    """True when a place's name ending at `end` is the start of a longer word: 白银市场 is a
    market, not the city 白银市; 河南县域 is Henan's counties, not 河南县."""
    after = text[end : end + 1]
    return after == "域" or (after == "场" and name[-1] == "市")


def _opens_a_clause(reading: str, name: str) -> bool:
    """True when `name` stands right after punctuation or a line start somewhere."""
    return any(i == 0 or reading[i - 1] in _CLAUSE_OPENERS for i in _occurrences(reading, name))


_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?\n“「（(")


@functools.lru_cache(maxsize=256)
def _grown_name(reading: str, cut: str) -> str:
    while len(cut) <= _PLACE_NAME_MAX:
        # (the text's very start is a place where nothing stands before the name)
        before = {reading[i - 1] if i > 0 else "" for i in _occurrences(reading, cut)}
        if len(before) != 1:
            break
        ch = before.pop()
        if not "\u4e00" <= ch <= "\u9fff" or ch in _NAME_EDGE:
            break
        cut = ch + cut
    return cut


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _place_like(name: str) -> bool:
    tail = name[-2:]
    if name.endswith(_NOT_PLACE_ENDINGS) or name[-2] in "一二三四五两几个":  # 两区, 三个县
        return False
    if name[-1] == "市":
        return tail not in _WORDS_ENDING_IN_SHI
    if name[-1] == "旗":
        return tail not in _WORDS_ENDING_IN_QI
    # 任城区, 兰山区 and 滨海新区 are places; 中心城区, 偏远山区 and 新区 alone are not
    return tail not in _GENERIC_AREAS or (
        tail in _PLACE_TAILS
        and len(name) >= 3
        and name[-3] not in "远困偏深大老主心新旧成中"
        and not name.endswith("高新区")  # a high-tech zone, never a district
    )


@dataclass(frozen=True)
class DistrictMention:
    """A district named in a reading string."""

    start: int
    end: int
    district: str


def _whole_name(name: str) -> bool:
    """A place's full name long enough to find in text: 霍尔果斯市, and the two-character
    counties (曹县, 沛县, 滑县)."""
    return len(name) >= 3 or (len(name) == 2 and name[-1] in "县旗")


def short_form(name: str | None) -> str | None:
    """A place's name less its 区/县/市 (腾冲 for 腾冲市), when that leaves two characters."""
    return name[:-1] if name and len(name) >= 3 else None


def short_name_ends(text: str, end: int) -> bool:
    """A short name ending at `end` names the district: not 江汉路, 城关镇, nor 江汉区 (the full name)."""
    nxt = text[end : end + 1]
    return not (nxt and (nxt in _NOT_DISTRICT_AFTER or nxt in "区镇乡村"))


def _bare_alias_hits(text: str, district: District) -> Iterator[tuple[int, int]]:
    """A district's short names in text (江汉), skipping streets and places (江汉路)."""
    for alias in district.aliases:
        start = text.find(alias)
        while start >= 0:
            end = start + len(alias)
            if short_name_ends(text, end):
                yield start, end
            start = text.find(alias, end)


class DistrictFinder:
    """Finds district mentions in reading text and picks an article's primary district."""

    def __init__(self, reference: Reference):
        # counties (县, 旗, 县级市) are found as unlisted places are, by their whole name and
        # its short form; listing them would make 昆山市's 全市 read as its city's
        self.districts: dict[str, District] = {
            d.name: d for d in reference.districts if d.level != "county"
        }
        counties = [d.name for d in reference.districts if d.level == "county"]
        # 门源县, 西乌旗: the everyday names of counties and banners, for their official ones
        self._county_of_alias = {
            a: d.name for d in reference.districts if d.level == "county" for a in d.aliases
        }
        # the short names of listed districts and cities (江汉, 武汉)
        self.aliases = frozenset(a for d in self.districts.values() for a in d.aliases)
        # 平潭 for 平潭县: a county's short name, when no other county or city shares it (not
        # from an everyday name: 通道侗族自治县 is 通道县, but 通道 alone is a corridor)
        shorts = Counter(n[:-1] for n in counties if len(n) == 3)
        self._county_of_short = {
            n[:-1]: n
            for n in counties
            if len(n) == 3 and shorts[n[:-1]] == 1 and n[:-1] not in self.aliases
        }
        counties += self._county_of_alias
        self._short_counties = frozenset(n for n in counties if len(n) == 2)
        self._county_shorts = WordSet(self._county_of_short)
        # 长兴县 holds 兴县: a one-character county is found by _SHORT_COUNTY alone
        self._counties = WordSet(n for n in counties if len(n) > 2)
        # found by their last character: quicker than a regex of 1,280 names
        self._full_names = WordSet(self.districts)
        # 老城区 counts only after its city (洛阳市老城区, 洛阳老城区)
        self._city_first = {
            d.name: (d.city, d.city.removesuffix("市"))
            for d in self.districts.values()
            if d.needs_city
        }
        self._by_alias = {
            a: d for d in self.districts.values() if d.level == "district" for a in d.aliases
        }
        self._aliases = re.compile(alternation(self._by_alias))  # 江汉, 鲤城: short names
        # for `city_at_start`: 武汉市, 武汉全市 → 武汉市; the first city in catalog order wins;
        # for mastheads: 芜湖日报, 宜昌发布, a city's own paper, whose 我市 and 全市 are that city
        self._city_of_prefix: dict[str, str] = {}
        self._city_of_alias: dict[str, str] = {}
        for d in self.districts.values():
            if d.level == "city":
                for a in d.aliases:
                    self._city_of_alias[a] = d.name
                    self._city_of_prefix.setdefault(a + "市", d.name)
                    self._city_of_prefix.setdefault(a + "全市", d.name)
                self._city_of_prefix.setdefault(d.name, d.name)
        self._city_prefix = re.compile(alternation(self._city_of_prefix))
        # 苏州全年实现…, 无锡上半年…: a city's short name, then a period or a verb
        self._city_alias_acting = re.compile(
            f"({alternation(self._city_of_alias)})(?={_CITY_ACTS})"
        )
        self._masthead = re.compile(f"({alternation(self._city_of_alias)}){_MASTHEAD}")
        # 青岛港, 宁波舟山港: a city's port, whose figures are the city's (岚山港区 is a district's)
        self._city_port = re.compile(
            f"({alternation(self._city_of_alias)})(?:[\u4e00-\u9fff]{{2}})?港(?![区口湾])"
        )
        # 兰州城关, 福州鼓楼: a city, then a district of it named without 区
        self._stems_after: dict[str, dict[str, str]] = {}
        for d in self.districts.values():
            stem = d.name.removesuffix("区")
            if d.level != "district" or stem == d.name or len(stem) < 2:
                continue
            for city in (d.city, *d.also_in):
                for name in (city, city.removesuffix("市")):
                    self._stems_after.setdefault(name, {})[stem] = d.name
        self._city_then_stem = re.compile(alternation(self._stems_after))

    def _named(self, text: str) -> Iterator[DistrictMention]:
        """Known full names in text; one that needs its city only right after the city."""
        for start, name in self._full_names.find_all(text):
            end = start + len(name)
            if _runs_on(text, end, name):
                continue
            cities = self._city_first.get(name)
            if cities is None or text.endswith(cities, 0, start):
                yield DistrictMention(start, end, name)

    def _named_at(self, text: str, pos: int = 0) -> str | None:
        """The longest known full name that starts at `pos`, whatever comes before it."""
        return next(
            (
                n
                for n in self._full_names.prefixes(text, pos)
                if not _runs_on(text, pos + len(n), n)
            ),
            None,
        )

    @functools.lru_cache(maxsize=64)  # noqa: B019 (one finder per reference, kept for the run)
    def _bare_named(self, primary: str | None) -> tuple[District, ...]:
        """Districts a short name may stand for: the primary, then its city's other districts.

        An article about 丰泽区 writes 丰泽 for itself and 鲤城 for its neighbour 鲤城区; one about
        晋安区 writes 鼓楼 for 福州's 鼓楼区, a name 南京 has too (`also_in`).
        """
        own = self.districts.get(primary or "")
        if own is None or own.level != "district":
            return (own,) if own else ()
        siblings = [
            d
            for d in self.districts.values()
            if (d.city == own.city or own.city in d.also_in)
            and d.level == "district"
            and d.name != own.name
        ]
        return (own, *siblings)

    @functools.lru_cache(maxsize=64)  # noqa: B019 (one finder per reference, kept for the run)
    def _bare_lookup(self, primary: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """One pattern for the short names of `_bare_named(primary)`, and whose each is."""
        district_of: dict[str, str] = {}
        for d in self._bare_named(primary):  # the primary first: its claim on a name wins
            for alias in d.aliases:
                district_of.setdefault(alias, d.name)
        return (re.compile(alternation(district_of)) if district_of else None), district_of

    def _official(self, name: str) -> str:
        """A county's or banner's official name for its everyday one (门源县), else the name."""
        return self._county_of_alias.get(name, name)

    def level_of(self, name: str) -> str | None:
        """`district` or `city` for a known name, else None."""
        d = self.districts.get(name)
        return d.level if d else None

    def normalize(self, name: str | None) -> str | None:
        """Metadata or bare names → full Simplified name (江漢 → 江汉区)."""
        if not name:
            return None
        name = to_simplified(name.strip())
        if name in self.districts:
            return name
        for d in self.districts.values():
            if name in d.aliases:
                return d.name
        return name

    def mentions_before(
        self, text: str, pos: int, primary: str | None = None
    ) -> list[DistrictMention]:
        """The mentions that end by `pos`: a sentence is scanned once, however many facts."""
        return [m for m in self._sentence_mentions(text, primary) if m.end <= pos]

    @functools.lru_cache(maxsize=64)  # noqa: B019 (one finder per reference, kept for the run)
    def _sentence_mentions(self, text: str, primary: str | None) -> tuple[DistrictMention, ...]:
        return tuple(self.mentions(text, primary))

    def mention_at_start(self, text: str, primary: str | None = None) -> DistrictMention | None:
        """The mention `mentions` would find at offset 0, without scanning the rest."""
        name = self._named_at(text)
        if name and name not in self._city_first:  # 老城区 at 0: nothing before it, no city
            return DistrictMention(0, len(name), name)
        m = _UNKNOWN_DISTRICT.match(text)
        if m and m.group(1)[-2:] not in _GENERIC_AREAS:
            return DistrictMention(0, m.end(1), self._official(m.group(1)))
        if primary and primary not in self.districts and _whole_name(primary):
            return DistrictMention(0, len(primary), primary) if text.startswith(primary) else None
        bare, district_of = self._bare_lookup(primary)
        m = bare.match(text) if bare else None
        if m and short_name_ends(text, m.end()):
            return DistrictMention(0, m.end(), district_of[m.group()])
        return None

    def mentions(self, text: str, primary: str | None = None) -> list[DistrictMention]:
        """Full names of known districts, plus the primary district's bare short names."""
        found = list(self._named(text))
        for m in _UNKNOWN_DISTRICT.finditer(text):
            name = m.group(1)
            if name[-2:] not in _GENERIC_AREAS and not any(
                f.start <= m.start(1) < f.end for f in found
            ):
                found.append(DistrictMention(m.start(1), m.end(1), name))
        if primary and primary not in self.districts and _whole_name(primary):
            for m in re.finditer(re.escape(primary), text):
                if not any(f.start <= m.start() < f.end for f in found):
                    found.append(DistrictMention(m.start(), m.end(), primary))
        # a county or county-level city the reference knows, by its full name (石狮市, 府谷县)
        for start, name in self._counties.find_all(text):
            if not _runs_on(text, start + len(name), name) and not any(
                f.start <= start < f.end or start <= f.start < start + len(name) for f in found
            ):
                found.append(DistrictMention(start, start + len(name), name))
        bare, district_of = self._bare_lookup(primary)
        for m in bare.finditer(text) if bare else ():
            if not short_name_ends(text, m.end()):
                continue  # 江汉路, 江汉区 (the full name, found above)
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(DistrictMention(m.start(), m.end(), district_of[m.group()]))
        short = short_form(primary) or ""
        if len(short) >= 2 and short in text:
            # 南沙湾区半导体产业园 in 南沙区's article: 南沙 starts a name, 沙湾区 is no mention
            own = [(m.start(), m.end()) for m in re.finditer(re.escape(short), text)]
            found = [f for f in found if not any(s < f.start < e for s, e in own)]
        found.sort(key=lambda m: m.start)
        return [DistrictMention(m.start, m.end, self._official(m.district)) for m in found]

    def city_names(self) -> list[str]:
        """Known cities, by full name and short name (武汉市, 武汉)."""
        return [
            n for d in self.districts.values() if d.level == "city" for n in (d.name, *d.aliases)
        ]

    def city_at_start(self, text: str) -> str | None:
        """A known city named at the start of a clause (武汉市…, 武汉…), else None."""
        m = self._city_prefix.match(text)
        if m:
            return self._city_of_prefix[m.group()]
        m = self._city_alias_acting.match(text) or self._city_port.match(text)
        if m:
            return self._city_of_alias[m.group(1)]
        m = _UNLISTED_CITY.match(text)  # 赣州市规模以上工业增加值…: a city, listed or not
        if m and m.group(1) not in self.districts:
            return m.group(1)
        m = _PREFECTURE.match(text)  # 迪庆州接待游客…, 伊犁州直全年…: an autonomous prefecture
        if m and not self._names_a_county_or_district(m.group(1)):
            return m.group(1)
        return None

    def _names_a_county_or_district(self, name: str) -> bool:
        """胶州 (胶州市), 通州 (通州区), 潞州: a place of district level, not a prefecture."""
        return (
            name + "市" in self._counties
            or name + "区" in self.districts
            or name in self._by_alias
            or name + "市" in self.districts
        )

    def primary(self, reading: str, metadata_district: str | None) -> str | None:
        """The district the article is mainly about."""
        if metadata_district:
            return self.normalize(metadata_district)
        counts: Counter[str] = Counter()
        named_full = list(self._named(reading))
        for m in named_full:
            weight = 3 if m.start < 300 else 1
            counts[m.district] += weight * (2 if self.level_of(m.district) == "district" else 1)
        for m in self._masthead.finditer(reading, 0, 300):
            counts[self._city_of_alias[m.group(1)]] += 3
        named = dict.fromkeys(self._by_alias[m.group()] for m in self._aliases.finditer(reading))
        for d in named:  # one scan finds which districts' short names occur at all
            for start, _ in _bare_alias_hits(reading, d):
                counts[d.name] += 3 if start < 300 else 1
        for name, stem in dict(self._city_and_stem(reading)).items():
            # 兰州城关 names it once; 城关 alone then stands for it, as a short name would
            for start in _occurrences(reading, stem):
                if short_name_ends(reading, start + len(stem)):
                    counts[name] += 3 if start < 300 else 1
        local = _LOCAL_WHOLE.search(reading) is not None  # 全区, 全县: about a district
        cities = [name for name in counts if self.level_of(name) == "city"]
        city = max(cities, key=lambda name: counts[name]) if cities else None
        first = named_full[0] if named_full else None
        city_first = (  # 宜昌市实现地区生产总值…, not 宜昌市夷陵区…
            first is not None
            and self.level_of(first.district) == "city"
            and not self._named_at(reading, first.end)
        )
        about_a_city = reading.count("全市") + city_first >= 2 and not local
        # an unlisted district, county, banner or county-level city (霍尔果斯市), if it is
        # named more than any listed place, or if no listed district is named at all
        unlisted = self._unlisted_districts(
            reading, not local and bool(_WHOLE_CITY.search(reading))
        )
        unlisted.update(self._counties_by_short_name(reading))
        for m in _ALSO_CALLED.finditer(reading):  # 青岛西海岸新区（黄岛区）: one place, two names
            zone, place = m.groups()
            score = sum(
                unlisted.pop(k) for k in list(unlisted) if k.endswith(zone) or zone.endswith(k)
            )
            (counts if place in self.districts else unlisted)[place] += score
        for name in list(unlisted):
            # 岚山港区, 岚山区's port: an area named after a listed district lies inside it
            if name.endswith("区") and any(
                name.startswith(short_form(d) or d) and name != d
                for d in counts
                if self.level_of(d) == "district"
            ):
                del unlisted[name]
        if unlisted:
            name, score = unlisted.most_common(1)[0]
            listed_district = any(self.level_of(n) == "district" for n in counts)
            # 全市…全市 and no 全区: a named city's roundup of its districts, not one of them
            roundup = (
                city is not None
                and about_a_city
                and not name.endswith("市")
                and counts[city] * 2 >= score
            )
            if (not listed_district or score > max(counts.values())) and not roundup:
                return name
        # 宜昌市…全市…全市…，夷陵区增长7.5%: an article about the city, its districts named;
        # not 滨海新区… ×10 that twice compares itself with 天津全市
        city_sized = city is not None and counts[city] * 2 >= max(counts.values())
        if city_sized and about_a_city:
            return city
        return counts.most_common(1)[0][0] if counts else None

    def _counties_by_short_name(self, reading: str) -> Counter[str]:
        """Counties an article names only by their short names (平潭, never 平潭县), scored.

        A short name counts when it stands alone three times, once near the top; each time
        counts 3 in the first 300 characters, else 1, as a full name does.
        """
        hits: dict[str, list[int]] = {}
        for start, word in self._county_shorts.find_all(reading):
            if short_name_ends(reading, start + len(word)):
                hits.setdefault(word, []).append(start)
        return Counter(
            {
                self._county_of_short[word]: sum(3 if i < 300 else 1 for i in starts)
                for word, starts in hits.items()
                if len(starts) >= 3
                and starts[0] < 100
                and self._county_of_short[word] not in reading
            }
        )

    def _city_and_stem(self, reading: str) -> Iterator[tuple[str, str]]:
        """(district, its name less 区) where a city runs into it: 兰州城关, 福州鼓楼."""
        for m in self._city_then_stem.finditer(reading):
            stems = self._stems_after[m.group()]
            for n in (4, 3, 2):
                stem = reading[m.end() : m.end() + n]
                if stem in stems and short_name_ends(reading, m.end() + n):
                    yield stems[stem], stem
                    break

    def _unlisted_districts(self, reading: str, about_a_city: bool) -> Counter[str]:
        """Unlisted places, a district, county or banner counting twice a city (市).

        In an article about a whole city (全市…, 我市…, no 全区) a city counts as much.
        """
        city_weight = 2 if about_a_city else 1
        found = Counter(
            {
                name: score * (city_weight if name.endswith("市") else 2)
                for name, score in unlisted_places(reading, self.districts, self._counties).items()
            }
        )
        short = Counter(
            m.group(1)
            for m in _SHORT_COUNTY.finditer(reading)
            if m.group(1)[0] not in _NOT_SHORT_COUNTY
        )
        for name, n in short.items():
            if (n >= 2 or name in self._short_counties) and name not in self.districts:
                found[name] += 3 * n
        for alias in [n for n in found if n in self._county_of_alias]:
            found[self._official(alias)] += found.pop(alias)  # 门源县 is 门源回族自治县
        return found
