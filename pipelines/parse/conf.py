"""Small closed vocabularies the rules read: units, multipliers, qualifiers, growth words.

Kept apart from the logic the way cn2an keeps its character maps in `conf.py`. These are
properties of the language, not of any article; curated catalogs (metrics, districts) live
in `seeds/` instead.
"""

from __future__ import annotations

# Multipliers written between a number and its unit, longest first.
MULTIPLIERS: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,  # 2千余家; not 千瓦, 千米 (units of their own, see numbers.AMOUNT)
}

# Money units: standard unit 元 after the multiplier is applied.
MONEY_UNITS: dict[str, float] = {"元": 1.0}
# units written another way, recorded the usual way: 1.8兆元 (Taiwan) is 1.8万亿元
# and 5300亿人民币, 5300亿人币 (Hong Kong usage) are 亿元
UNIT_SPELLINGS: dict[str, str] = {"元人民币": "元", "兆元": "万亿元", "人民币": "元", "人币": "元"}
FOREIGN_MONEY_UNITS = ("美元", "欧元", "港元", "澳门元", "澳元", "日元", "英镑")

# Area units and their size in square metres.
AREA_UNITS: dict[str, float] = {
    "平方公里": 1e6,
    "平方千米": 1e6,
    "平方米": 1.0,
    "公顷": 1e4,
    "亩": 666.6667,
}

# Measure words of counted things: value_std keeps the count, unit_std the word.
COUNT_UNITS: tuple[str, ...] = (
    "人次",
    "家",
    "个",
    "所",
    "座",
    "栋",
    "幢",
    "套",
    "项",
    "场",
    "名",
    "人",
    "位",
    "张",
    "处",
    "条",
    "支",
    "台",
    "辆",
    "间",
    "只",
    "头只",  # 牲畜存栏142.6万头只 (cattle and sheep counted together)
    "头",  # 生猪出栏52.3万头
    "羽",
    "户",
    "批",
    "件",
    "宗",
    "幅",  # 出让住宅用地7幅: parcels of land
    "例",
    "款",
    "艘",
    "架",
    "列",
    "种",
    "类",
    "次",
    "片",
    "块",
    "口",
    "棵",
    "株",
    "盏",
    "根",
    "组",
    "门",
    "份",
    "篇",
    "部",
    "集",
    "个次",
    "批次",
    "家次",
    "场次",
    "期",  # 培训286期: sessions (二期, a phase, is a name: see numbers)
    "架次",  # 低空飞行4.6万架次: flights, not aircraft
    "辆次",
    "艘次",
    "余项",
    "笔",  # 数据交易137笔: transactions
    "起",  # 融资事件31起, 安全事故2起: events and cases
)

# Other physical units worth keeping as written (no conversion).
OTHER_UNITS: tuple[str, ...] = (
    "微克/立方米",
    "元/平方米",  # 成交均价18936元/平方米: a price per square metre, not an amount of money
    "元/吨",
    "标准箱",
    "标箱",
    "吨标准煤",
    "吨标煤",
    "立方米",
    "空方",  # 投放人工鱼礁48万空方: reef volume
    "吨",
    "万吨",
    "公斤",
    "千克",
    "斤",  # 粮食总产量19.6亿斤
    "EFLOPS",  # 算力总规模3.5EFLOPS
    "EFlops",
    "PFlops",  # 算力规模2万PFlops
    "PFLOPS",
    "TFLOPS",
    "TFlops",
    "P",  # 算力2800P
    "千瓦时",
    "千瓦",
    "兆瓦时",
    "兆瓦",
    "吉瓦时",
    "吉瓦",
    "GWh",  # 动力电池产能180GWh
    "MWh",
    "GW",
    "MW",
    "公里",
    "千米",
    "米",
    "床",
    "航次",
    "TEU",
    "‰",  # 人口出生率6.61‰: a rate per thousand, no growth
)

PERCENT_UNITS: tuple[str, ...] = ("个百分点", "%", "％")

# Qualifiers written before a number ...
QUALIFIER_BEFORE: tuple[tuple[str, str], ...] = (
    ("不少于", ">="),
    ("不低于", ">="),
    ("不超过", "<="),
    ("不高于", "<="),
    ("不到", "<="),
    ("不足", "<="),
    ("超过", ">="),
    ("突破", ">="),
    ("破", ">="),  # GDP破3000亿 (Hong Kong headlines); 打破 is no qualifier
    # a milestone passed: 迈上600亿元台阶, 站上4000亿元, 跨过千亿门槛
    ("迈上", ">="),
    ("站上", ">="),
    ("跨上", ">="),
    ("跃上", ">="),
    ("登上", ">="),
    ("跨过", ">="),
    ("迈过", ">="),
    ("越过", ">="),
    ("跨越", ">="),
    ("迈入", ">="),
    ("跨入", ">="),
    ("高于", ">="),
    ("低于", "<="),  # 年经营性收入低于50万元的村: a cap that picks villages out
    ("逾", ">="),
    ("超", ">="),
    ("近", "~"),
    ("约", "~"),
    ("大约", "~"),
    ("将近", "~"),
    ("接近", "~"),
)
# Words that end in a qualifier but are not one: 签约32个 is no approximation.
NOT_QUALIFIERS = frozenset(
    (
        "打破",
        "签约",
        "节约",
        "制约",
        "合约",
        "预约",
        "履约",
        "集约",
        "特约",
        "赶超",
        "最近",
        "附近",
        "就近",
        "邻近",
    )
)
# ... between number and unit (600多家, 100余名) ...
QUALIFIER_INFIX: dict[str, str] = {"多": ">=", "余": ">=", "来": "~"}
# ... and after the unit.
QUALIFIER_AFTER: tuple[tuple[str, str], ...] = (
    ("以上", ">="),
    ("左右", "~"),
    ("以内", "<="),
    ("以下", "<="),
    ("上下", "~"),
)

# Words that make the percent after them a year-on-year change, and its sign.
GROWTH_WORDS: tuple[tuple[str, int], ...] = (
    ("同比负增长", -1),  # 同比负增长2.3%
    ("负增长", -1),
    ("同比增长", 1),
    ("同比增加", 1),
    ("同比提高", 1),
    ("同比上升", 1),
    ("同比下降", -1),
    ("同比减少", -1),
    ("同比回落", -1),
    ("增幅", 1),
    ("增速", 1),
    ("增长", 1),
    ("增加", 1),
    ("提高", 1),
    ("上升", 1),
    ("上涨", 1),
    ("提升", 1),
    ("回升", 1),
    ("下降", -1),
    ("回落", -1),
    ("减少", -1),
    ("下滑", -1),
    ("降低", -1),
    ("下跌", -1),  # 按年下跌2.3%
    ("按年微增", 1),  # 进口则按年微增0.9%
    ("按年升", 1),  # 按年升逾四成, 按年跌3.4%: Hong Kong usage
    ("按年跌", -1),
    ("跌幅", -1),  # 后者按年跌幅达17.8%
    ("降幅", -1),
    ("升幅", 1),
    ("按年微减", -1),
    ("微增", 1),
    ("微降", -1),
    ("按年增", 1),
    ("按年减", -1),
    ("年增", 1),  # 年增5.8% / 年減3.6%: year on year, in Taiwan and Hong Kong usage
    ("年减", -1),
    ("成长率", 1),  # 經濟成長率1.9%: Taiwan usage
    ("成长", 1),
    ("衰退", -1),
    ("年衰退", -1),  # 年衰退2.4%: Taiwan usage
    ("急升", 1),  # 按年急升31%, 按年僅微升1.2%, 按年急跌: Hong Kong usage
    ("微升", 1),
    ("飙升", 1),
    ("大升", 1),  # 按年大升86%
    ("大增", 1),
    ("急跌", -1),
    ("大跌", -1),
    ("微跌", -1),
    ("减", -1),
    ("增", 1),
    ("涨", 1),
    ("↑", 1),  # 同比↑5.8%: posts and infographics
    ("↓", -1),
)

# Whole-word growth expressions with no number: 翻一番 doubles.
DOUBLING_WORDS: tuple[tuple[str, float], ...] = (
    ("翻了两番", 300.0),
    ("翻了一番", 100.0),
    ("翻两番", 300.0),
    ("翻一番", 100.0),
    ("翻番", 100.0),
    ("倍增", 100.0),
)

# Estimates: the value is forecast, not final.
ESTIMATE_WORDS: tuple[str, ...] = ("预计", "预估", "有望")
