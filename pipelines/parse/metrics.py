"""Metric names: clean a noun phrase read next to a number, and map it to the catalog.

The catalog (`seeds/metrics.csv`) gives each metric key its Chinese name and aliases. A
phrase maps to a key when it is a name or alias, or ends with one (`规上企业研发投入` →
`rd_spending`), with three guards: the unit class must fit (a 家 count is not money), a
flow (`新增高企`) is not the stock (`high_tech_enterprises`) unless the catalog metric counts
additions, and for counted things a qualifying prefix (`省市级区域总部型金融机构`) makes a
sub-category that the key does not cover.
"""

from __future__ import annotations

import re

from pipelines.parse.reference import Metric, Reference

FLOW_PREFIXES = (
    "新增",
    "新开",
    "新建",
    "新开工",
    "新引进",
    "引进",
    "引育",
    "新开办",
    "新改造",
    "新设",
    "新落户",
    "招引",
    "新认定",  # 新认定专精特新企业41家、累计达到158家
    "新获批",
)
# prefixes that do not narrow a counted population
GENERIC_PREFIXES = (
    "各类",
    "全区",
    "全县",
    "持牌",
    "省级及以上",
    "省级以上",
    "省级",
    "有效期内",  # 有效期内高新技术企业, 有效高新技术企业: those whose certification is current
    "有效",
    "入库",  # 入库科技型中小企业: registered, as tech SMEs are counted
    "国家级",
    "规上",
    "规模以上",
    "全社会",
    "现有",
    "累计",
    "区内",
    "辖区",
)
# prefixes that name one part of a total (trade mode, channel, ownership): 跨境电商进出口额
# is not 进出口总额, 市场采购出口额 is not 出口总额; nor is trade 对欧盟 (a prefix with 对)
PART_PREFIXES = (
    "人均",  # 人均地区生产总值 is a ratio, not the total; so are 地均/亩均 and 每…
    "地均",
    "亩均",
    "每",
    "跨境电商",
    "市场采购",
    "一般贸易",
    "加工贸易",
    "保税",
    "民营企业",
    "外资企业",
    "国有企业",
    "机电产品",
    "高新技术产品",
    "服务贸易",
)
# words an alias can start inside: 农副食品加工业增加值 is one industry's, not 工业增加值
WORDS_AROUND_ALIASES = ("加工业", "手工业", "轻工业", "重工业", "化工业", "军工业")
# trade totals: any other prefix names a commodity, market or mode (服装出口 is not 出口总额)
# (so is online retail: 农产品网络零售额 is one kind of goods sold online)
TRADE_TOTALS = frozenset({"foreign_trade", "exports", "online_retail_sales"})
TRADE_PREFIXES_OK = frozenset(
    {"外贸", "货物", "全区", "全县", "全年", "累计", "实现", "完成", "限额以上单位", "限上"}
)
# words after an alias that still name the same metric
SAME_METRIC_SUFFIXES = (
    "",
    "数",
    "数量",
    "总数",
    "总额",
    "额",
    "规模",
    "总量",
    "金额",
    "个数",
    "家数",
    "总值",
    "值",
)
UNIT_CLASS_OF_AMOUNT = {"money": "money", "count": "count", "percent": "percent", "area": "area"}


_QUOTES = re.compile(r"[“”\"'‘’「」『』《》\s]")


def _clean(text: str) -> str:
    return _QUOTES.sub("", text)


# words for the place itself before its 面积 (这座面积仅650平方公里的县级市)
_PLACE_ITSELF = frozenset({"", "这座", "这个", "该区", "该县", "该市", "全区", "全县", "全市"})


class MetricMatcher:
    """Maps cleaned metric phrases to catalog keys."""

    def __init__(self, reference: Reference):
        pairs: list[tuple[str, Metric]] = []
        for m in reference.metrics:
            for alias in (m.name_zh, *m.aliases):
                pairs.append((_clean(alias), m))
        self._aliases = sorted(pairs, key=lambda p: len(p[0]), reverse=True)
        # aliases reversed into a trie: reading a phrase backwards from the end of its core
        # finds every alias that ends there in one walk (`_key_for` tries only those)
        self._reverse_trie: dict[str, dict] = {}
        for i, (alias, _) in enumerate(self._aliases):
            if not alias:
                continue
            node = self._reverse_trie
            for ch in reversed(alias):
                node = node.setdefault(ch, {})
            node.setdefault("", []).append(i)  # "" never is a character: it marks an end
        self._by_key = {m.key: m for m in reference.metrics}
        self._exact = {alias: m for alias, m in reversed(self._aliases)}
        self._longest = max((len(a) for a in self._exact), default=0)
        self._cache: dict[tuple[str, str | None], str | None] = {}

    def name_of(self, key: str) -> str:
        """Canonical Chinese name of a key."""
        return self._by_key[key].name_zh

    def canonical_name(self, phrase: str) -> str:
        """The catalog name of a phrase that is exactly one of its aliases (经济总量 → 地区生产总值)."""
        exact = self._exact.get(_clean(phrase))
        return exact.name_zh if exact else phrase

    def leading_alias(self, text: str) -> str | None:
        """The longest catalog name that opens the text: 规上工业增加值 in 规上工业增加值逆势上扬."""
        for n in range(min(len(text), self._longest), 1, -1):
            if _clean(text[:n]) in self._exact:
                return text[:n]
        return None

    def flow_name(self, phrase: str, amount_class: str | None) -> str | None:
        """`新增高企` → `新增高新技术企业数`: a flow of a level metric, named after the metric."""
        # the longest prefix: 新开工, not 新开
        flow = max((p for p in FLOW_PREFIXES if phrase.startswith(p)), key=len, default=None)
        if not flow:
            return None
        exact = self._exact.get(_clean(phrase[len(flow) :]))
        key = exact.key if exact else self.key_for(phrase[len(flow) :], amount_class)
        return flow + self.name_of(key) if key else None

    def clear_cache(self) -> None:
        """Forget the phrases already mapped."""
        self._cache.clear()

    def key_for(self, phrase: str, amount_class: str | None) -> str | None:
        """The catalog key a metric phrase names, or None when none fits."""
        cache_key = (phrase, amount_class)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._key_for_uncached(phrase, amount_class)
        return self._cache[cache_key]

    def _key_for_uncached(self, phrase: str, amount_class: str | None) -> str | None:
        key = self._key_for(phrase, amount_class)
        for sep in "、及和与":
            if key is None and sep in phrase:
                # `引进高层次人才、海外人才`, `引育高层次及海外人才`: coordinated items share
                # the head noun; the first item names the reported metric
                first, last = phrase.split(sep, 1)
                key = self._key_for(first, amount_class) or self._key_for(
                    first + last[-2:], amount_class
                )
        return key

    def _aliases_in(self, phrase: str) -> list[tuple[str, Metric]]:
        """Aliases that end the phrase but for a same-metric tail (数, 总额), longest first."""
        hits: set[int] = set()
        for tail in SAME_METRIC_SUFFIXES:
            if not phrase.endswith(tail):
                continue
            node = self._reverse_trie
            for j in range(len(phrase) - len(tail) - 1, -1, -1):
                node = node.get(phrase[j])
                if node is None:
                    break
                hits.update(node.get("", ()))
        return [self._aliases[i] for i in sorted(hits)]

    def _key_for(self, phrase: str, amount_class: str | None) -> str | None:
        phrase = _clean(phrase)
        if not phrase:
            return None
        is_flow = phrase.startswith(FLOW_PREFIXES)
        is_share = "占" in phrase or "比重" in phrase or "占比" in phrase
        for alias, metric in self._aliases_in(phrase):
            pos = phrase.rfind(alias)
            if amount_class and metric.unit_class != UNIT_CLASS_OF_AMOUNT.get(
                amount_class, amount_class
            ):
                continue
            if is_share and metric.unit_class != "percent":
                continue
            if is_flow and metric.kind == "level" and not alias.startswith(FLOW_PREFIXES):
                continue
            if phrase[pos + len(alias) :] not in SAME_METRIC_SUFFIXES:
                continue
            prefix = phrase[:pos]
            if len(alias) <= 2 and metric.unit_class == "area" and prefix not in _PLACE_ITSELF:
                continue  # 改造面积, 绿色建筑面积: the area of something, not the land's
            if alias == "生产总值" and prefix not in _PLACE_ITSELF:
                continue  # 海洋生产总值: one sector's output, not the economy's
            if prefix and (
                prefix.startswith("对")
                or any(phrase.startswith(w, pos - 1) for w in WORDS_AROUND_ALIASES)
                or any(p in prefix for p in PART_PREFIXES)
                or (metric.key in TRADE_TOTALS and prefix not in TRADE_PREFIXES_OK)
            ):
                continue
            if metric.unit_class == "count" and prefix:
                rest = prefix
                for p in (*FLOW_PREFIXES, *GENERIC_PREFIXES):
                    rest = rest.replace(p, "")
                if rest and not (metric.kind == "addition" and prefix.startswith(FLOW_PREFIXES)):
                    continue
            return metric.key
        return None
