"""Shared-verb lists: `工业、建筑业和服务业增加值分别增长4%、5%和6%` is three facts.

The subjects before 分别 are split on 、 (then on 和/及/与 if the counts do not agree yet),
and the head noun written once on the last item (增加值, 居民人均可支配收入) is given to
every item: 工业增加值, 建筑业增加值, 服务业增加值. `第一、二、三产业` repeats its 第.
Each subject takes the amount in the same place after 分别.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.parse.conf import GROWTH_WORDS
from pipelines.parse.numbers import Amount

_RESPECTIVELY = re.compile(r"分别")
# what may sit between 分别 and the first amount: a comparison base and a verb
_VERB_ZONE = re.compile(
    r"(?:比上年|较上年|比去年|较去年|同比|比上年同期|较上年同期)?"
    r"(?:实现|完成|达到|拥有)?(?P<verb>[\u4e00-\u9fff]{0,6}?)(?:了|为|达到|达|至)?$"
)
# between two amounts of a list: separators, and a growth word that turns the sign
# (分别增长1.2%和下降3.5%)
_BETWEEN_ITEMS = re.compile(
    r"[、，,和及与\s]*(?P<turn>"
    + "|".join(sorted((w for w, _ in GROWTH_WORDS), key=len, reverse=True))
    + ")?"
)
_SUBJECT_BREAKS = "，,；;：:。！？!?()（）—"
_GROWTH = dict(GROWTH_WORDS)
_SHARED_LEADS = ("第", "对")
# verbs after 分别 that only link subject and amount; any other word names the metric
_LINKING_VERBS = ("", "是", "达到", "达", "为", "实现", "完成", "有", "拥有", "占")


@dataclass(frozen=True)
class ListedFact:
    """One subject of a shared-verb list and the amount it takes."""

    name: str
    amount: Amount
    growth_sign: int | None  # +1/-1 when the verb makes the amounts growth rates
    place: str | None = None  # the district named for this item in a clause before


# one word for a pair, in the order the amounts follow: 城乡居民收入分别增长4.6%和6.8%
_PAIR_WORDS = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口")}


# `两区科技型中小企业分别达到3560家和2140家`: the two places named before, in their order
BOTH_PLACES = "\x00"  # the place of an item that is the n-th of the pair named before
_BOTH_WORDS = ("两区", "两县", "两地", "两市", "两个区", "二者", "两者")


def _split_subjects(subject: str, n: int) -> list[str] | None:
    for word, pair in _PAIR_WORDS.items():
        at = subject.find(word)
        if n == 2 and at >= 0 and "、" not in subject:
            head, tail = subject[:at], subject[at + len(word) :]
            return [head + part + tail for part in pair]
    for pattern in (r"、", r"[、和及与]"):
        items = [s for s in re.split(pattern, subject) if s]
        if len(items) == n:
            return items
    return None


def _items_over_commas(
    before: str, last: str, n: int, clean: Callable[[str], str]
) -> list[str] | None:
    """`计算机、通信和其他电子设备制造业，通用设备制造业，专用设备制造业产值分别增长…`.

    Items that hold a 、 of their own are parted by commas: the last n comma-separated pieces
    of the clause, none with a figure in it, are the items when they are parallel, ending in
    the same kind word as the last (…制造业, …制造业产值).
    """
    head = before[max(before.rfind(ch) for ch in "；;：:。！？!?") + 1 :].rstrip("，,")
    pieces = [p for p in re.split(r"[，,]", head) if p] if "、" in head else []
    if len(pieces) < n - 1:
        return None
    items = [clean(p) for p in pieces[len(pieces) - (n - 1) :]] + [last]
    if any(not item or re.search(r"\d", item) or len(item) > 24 for item in items):
        return None
    ends = {item[-1] for item in items[:-1]}
    return items if len(ends) == 1 and ends.pop() in last else None


# (start, end, district) of each place named in a text, by full or short name
PlacesIn = Callable[[str], list[tuple[int, int, str]]]
_BETWEEN_PLACES = re.compile(r"[、和与及]")
_PLACE_ITEM = r"[\u4e00-\u9fff]{1,6}?[区县市旗]"
_PLACES = re.compile(rf"(?:^|(?<=[，,；;。]))({_PLACE_ITEM}(?:[、和与及]{_PLACE_ITEM})+)")


def _places_before(text: str, n: int, places_in: PlacesIn | None = None) -> list[str] | None:
    """The last run of n places named in a clause opening before (新城区、莲湖区分列…).

    `places_in` finds places by their short names too: 以服务业为主的鼓楼、台江，…分别增长….
    """
    runs = [re.split(r"[、和与及]", m.group(1)) for m in _PLACES.finditer(text)]
    if runs and len(runs[-1]) == n:
        return runs[-1]
    clause = text.rstrip("，,")
    named = places_in(clause) if places_in else []
    tail = named[-n:]
    if len(tail) < n or tail[-1][1] != len(clause):
        return None  # the places must end the clause, parted only by 、和与及
    if any(not _BETWEEN_PLACES.fullmatch(clause, a[1], b[0]) for a, b in itertools.pairwise(tail)):
        return None
    return [name for _, _, name in tail]


def _own_length(item: str, others: list[str]) -> int:
    """How much of the last item is its own name; the rest is the head shared by all."""
    ends = {o[-1] for o in others}
    if len(ends) == 1:
        cut = item.rfind(ends.pop())
        if cut >= 0:
            return cut + 1  # 服务业|增加值: the items all end in 业
    return min(len(others[-1]), len(item))  # 城镇、农村|居民…: parallel items, same length


def distribute(items: list[str]) -> list[str]:
    """Give the head noun written once on the last item to every item."""
    *others, last = items
    lead = others[0][:1] if others else ""
    shared = lead in _SHARED_LEADS and not last.startswith(lead)
    # 对非洲、拉美出口: 对 is the list's, so 非洲 and 拉美 are of a length
    own = _own_length(last, [o.removeprefix(lead) for o in others] if shared else others)
    head = last[own:]
    names = [o + head for o in others] + [last]
    if lead in _SHARED_LEADS:  # 第一、二、三产业; 对欧盟、美国出口
        names = [n if n.startswith(lead) else lead + n for n in names]
    return names


# a list's growth, after the list with no 分别 of its own
_GROWTH_FOLLOWS = re.compile(r"[，,](?=(?:同比|比上年|较上年)?(?:增长|下降|提高|回落))")


def listed_facts(
    reading: str,
    amounts: list[Amount],
    clean: Callable[[str], str] = str.strip,
    places_in: PlacesIn | None = None,
) -> list[list[ListedFact]]:
    """Every `…分别<verb>A、B和C` list in a sentence, as (subject, amount) pairs.

    `clean` trims the subject before it is split (a leading district name, 其中, 全区…);
    `places_in` names the places in a text, for lists whose items are places.
    """
    found: list[list[ListedFact]] = []
    spots = [(m.start(), m.end()) for m in _RESPECTIVELY.finditer(reading)]
    k = 0
    while k < len(spots):
        m_start, m_end = spots[k]
        k += 1
        after = [a for a in amounts if a.start >= m_end]
        if len(after) < 2:
            continue
        verb_zone = reading[m_end : after[0].start]
        verb = _VERB_ZONE.match(verb_zone) if len(verb_zone) <= 10 else None
        if verb is None:
            continue
        word = verb.group("verb")
        sign = _GROWTH.get(word)
        chain, signs = [after[0]], [sign]
        for a in after[1:]:
            between = _BETWEEN_ITEMS.fullmatch(reading, chain[-1].end, a.start)
            if between is None or (between.group("turn") and sign is None):
                break
            chain.append(a)
            signs.append(_GROWTH[between.group("turn")] if between.group("turn") else signs[-1])
        if len(chain) < 2:
            continue
        start = max(reading.rfind(ch, 0, m_start) for ch in _SUBJECT_BREAKS) + 1
        subject = clean(reading[start:m_start])
        places = None
        if not subject and found and len(found[-1]) == len(chain):
            names = [f.name for f in found[-1]]  # `…分别出口A、B，分别增长x%、y%`
            places = [f.place for f in found[-1]]
        elif not subject:
            names = [""] * len(chain)  # `接待游客X、实现收入Y，分别增长`: the amounts before
        else:
            both = next((w for w in _BOTH_WORDS if subject.startswith(w)), None)
            both = both if len(chain) == 2 else None
            items = None if both else _split_subjects(subject, len(chain))
            if items is None and not both:
                items = _items_over_commas(reading[:start], subject, len(chain), clean)
            if both:
                items, places = [subject[len(both) :]] * 2, [BOTH_PLACES] * 2
            elif items is None:
                # 新城区、莲湖区分列第五、第六位，地区生产总值分别为…: each place its figure
                places = _places_before(reading[:start], len(chain), places_in)
                if not places:
                    continue
                items = [subject] * len(chain)
            names = distribute(items) if not places else items
            if sign is None and word not in _LINKING_VERBS:
                names = [n + word for n in names]  # 分别出口: the verb names the metric
        if not all(a.is_percent for a in chain):
            signs = [None] * len(chain)
        places = places or [None] * len(chain)
        found.append(
            [ListedFact(n, a, g, p) for n, a, g, p in zip(names, chain, signs, places, strict=True)]
        )
        follow = _GROWTH_FOLLOWS.match(reading, chain[-1].end)
        if follow:  # 分别达到90125元和55840元，增长4.6%和6.2%: the same items' growth
            spots.insert(k, (follow.end(), follow.end()))
    return found
