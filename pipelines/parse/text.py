"""Split normalized article text into sentences, and give each a *reading* form.

Newspaper text is hard-wrapped: lines break inside words (`地区\\n生产总值`) and even blank
lines fall inside sentences. So sentences end at sentence punctuation, at bullets and after
short headline lines, never at a bare line break. The reading form drops those breaks and
stray spaces, turns full-width digits and Latin letters half-width and Traditional characters
Simplified (opencc), while `index_map` keeps every reading character's offset in the
normalized text, so evidence and spans always point at the article as written.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import opencc

from pipelines.parse.periods import DATELINE
from pipelines.parse.reference import load_reading_terms
from pipelines.parse.tables import is_header as is_table_header
from pipelines.parse.tables import is_table_line

SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』）)】"
BULLETS = "●•▪■◆◇★☆○◎□►▶▲△▷※➢✓✔・▌‧∙◦·◾◽◼◻▫"
# emoji and pictographs (✅ 📈 🏗 ⏱ 👉), which posts put where bullets go; not arrows (↑5.8%)
EMOJI = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f"
BULLET_CLASS = "[" + re.escape(BULLETS) + EMOJI + "]"
_BULLET_OR_SPACE = "[ \t\u3000" + re.escape(BULLETS) + EMOJI + "]"
_BULLET = re.compile(BULLET_CLASS)
_BULLETS_AROUND = re.compile(f"^{_BULLET_OR_SPACE}+|{_BULLET_OR_SPACE}+$")


def starts_with_bullet(text: str) -> bool:
    """True when `text` opens with a bullet mark or an emoji where a bullet goes (● ▶ ✅ 📈)."""
    return _BULLET.match(text) is not None


def strip_bullets(line: str) -> str:
    """`line` without bullets, emoji and white space at either end."""
    return _BULLETS_AROUND.sub("", line)


HEADLINE_MAX = 30  # a lone line at most this long, with no punctuation, is a headline
TITLE_MAX = 60  # ... and the article's first line, before a blank line, up to this long
_PUNCT = set("，,。！？!?；;：:、…—")
_HEADLINE_PUNCT = _PUNCT - set("：:")
_NUMBERED_HEADLINE_PUNCT = _HEADLINE_PUNCT - set("，,")
# Infographic (数说) layouts put a figure and its label on lines of their own, either way round:
# `486.2亿元 / 金融业增加值` or `地区生产总值增长 / 5.5%左右`; or both on one line with a colon.
_FIGURE_LINE = re.compile(
    r"[近约超逾]?[0-9０-９][0-9０-９.．,，]*\s*[万亿千百]*[^\s\d，。；：:、]{0,4}(?:以上|左右|以内)?"
)
_LABELLED_FIGURE_LINE = re.compile(r"[^\s，。；：:\d]{2,20}[：:]\s*[近约超逾]?[0-9０-９].{0,20}")
# a figure or `label：figure` alone on a line somewhere: without one, no layout rules apply
_HAS_LAYOUT = re.compile(
    r"(?m)^"
    + _BULLET_OR_SPACE
    + r"*(?:[^\s，。；：:\d]{2,20}[：:]\s*)?"
    + _FIGURE_LINE.pattern
    + r"[ \t\u3000]*$"
)
_FIGURE_FIRST = frozenset("近约超逾0123456789０１２３４５６７８９")
_LAYOUT_LINE_MAX = 32  # longer lines are never a figure or a label of a layout
_LABEL_LINE = re.compile(r"[^\d，,。；;！？!?：:]{2,20}")
_CHANGE_LINE = re.compile(r"同比|比上年|较上年|增长|增速|增幅|下降|回落|↑|↓")
# a label and its figure on one short line: 新改建口袋公园21个, 规上工业增加值↑8.1%
_ITEM_LINE = re.compile(
    r"[^\d\s，,。；;！？!?：:][^。；;！？!?]{1,24}?\d[^\d，,。；;！？!?：:]{0,4}"
)


def _line_kind(line: str) -> str:
    """`figure`, `labelled` (label：figure), `label`, `item` (label figure), or `text`."""
    line = strip_bullets(line)
    if line[:1] in _FIGURE_FIRST and _FIGURE_LINE.fullmatch(line):
        return "figure"
    if ("：" in line or ":" in line) and _LABELLED_FIGURE_LINE.fullmatch(line):
        return "labelled"
    if _LABEL_LINE.fullmatch(line):
        return "label"
    return "item" if _ITEM_LINE.fullmatch(line) else "text"


def _layout_cut(text: str, line_start: int, i: int, paragraphs: dict[int, list[str]]) -> bool:
    """Whether to cut at the line break `i` inside an infographic paragraph.

    The paragraph's last figure-or-label line tells the order: a label last means each figure
    comes first (cut before every figure line), a figure last means each label comes first
    (cut before a label that follows a figure). With one figure, a label right below it names
    it. A `label：figure` line always stands alone.
    """
    nxt_line = _line_at(text, i + 1)
    if len(nxt_line) + 1 > _LAYOUT_LINE_MAX:
        return False  # running text: layout lines are short
    nxt = _line_kind(nxt_line)
    if nxt == "labelled":
        return True
    line = text[line_start:i]
    if _line_kind(line) == "item" and nxt in ("item", "label"):
        # 新改建口袋公园21个 / 空气质量优良率90.4%: one item per line; but 同比增长4% / 总量全市第一
        # goes on with the figure above it
        return not _CHANGE_LINE.match(strip_bullets(line))
    if nxt not in ("figure", "label"):
        return False
    if nxt == "label" and _line_kind(text[line_start:i]) != "figure":
        return False  # a label is cut off only from the figure before it
    after = _line_at(text, i + 1 + len(nxt_line) + 1)
    order = [k for k in _paragraph_kinds(text, i, paragraphs) if k in ("figure", "label")]
    if order.count("figure") < 2:
        # one figure: it is labelled below (■ 经济总量 / 2486.3亿元 / 地区生产总值) or above
        # (一般公共预算收入 / 136.8亿元 / 同比增长5.1%), and only the first is cut before it
        return nxt == "figure" and _line_kind(after) == "label"
    figure_first = order[-1] == "label"
    if nxt == "figure":
        return figure_first
    return not figure_first and _line_kind(after) == "figure"


_CANDIDATE = re.compile("[" + re.escape(SENTENCE_END) + "\n]")
_SPACES = re.compile(r"[ \t\u3000\n]*")
# how a numbered or marked item starts: （一）, 一、, 1., ①, 【…】, 1/6, ——
LIST_START = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．](?!\d)"
    r"|[①-⑳❶-❿⑴-⒇]|【|\d{1,2}/\d{1,2}(?!\d)|——"  # ① items, 【经济总量】 heads, 1/6 cards
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its place in the normalized text and its reading form."""

    start: int
    end: int
    raw: str
    reading: str
    index_map: tuple[int, ...]
    block: int  # paragraph-like block number: period context does not cross blocks
    is_bullet: bool
    is_headline: bool

    @property
    def is_title(self) -> bool:
        """A headline with no closing punctuation: a title line, not a short sentence."""
        return _is_title(self.raw, self.is_headline, self.is_bullet)

    def span_of(self, rstart: int, rend: int) -> tuple[int, int]:
        """Map a [rstart, rend) range of the reading form to normalized-text offsets."""
        if not self.index_map:
            return self.start, self.end
        rend = max(rend, rstart + 1)
        return self.index_map[rstart], self.index_map[min(rend, len(self.index_map)) - 1] + 1


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.cache
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    terms = load_reading_terms()
    return re.compile("|".join(sorted(terms, key=len, reverse=True))), terms


def to_simplified(text: str) -> str:
    """Traditional → Simplified with opencc, keeping the length (one char for one char);
    then Taiwan's words as the mainland's (东协 → 东盟), of the same length too.

    (opencc's tw2sp converts words as well, but 记忆体 → 内存 changes the length, which the
    reading form's offsets cannot follow; `seeds/reading_terms.csv` keeps the ones that fit.)
    """
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(one if len(one := _t2s().convert(ch)) == 1 else ch for ch in text)
    pattern, terms = _terms()
    return pattern.sub(lambda m: terms[m.group()], converted)


def _half_width_table() -> dict[int, str]:
    # full-width digits, Latin letters and ％．＋ read as ASCII; CJK punctuation stays
    table = {}
    for cp in range(0xFF01, 0xFF5F):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if chr(cp) not in "，；：！？（）" and len(folded) == 1:
            table[cp] = folded
    table[ord("→")] = "，"  # 2017年412.3亿元→2022年658.7亿元: two years' figures
    return table


_HALF_WIDTH = _half_width_table()
# str.translate walks every character in Python-level lookups; most sentences need none
_FOLDABLE = re.compile("[" + re.escape("".join(map(chr, _HALF_WIDTH))) + "]")
_DROPPED_RUN = re.compile(r"[\n\r\t\u3000\xa0 ]+")


# 地区生产总值｜712.4亿元｜增长6.8%: a label, its figure and its change, parted by bars (but
# not a comparison table, 指标｜全市｜城阳, whose third column is another figure)
_BAR_ROW = re.compile(r"^[^\n|]+\|[^\n|]+(?:\|[^\n|\d]*(?:增|降|减|升|第|首|前)[^\n|]*)?$", re.M)


def _has_bar(text: str, start: int, end: int) -> bool:
    return text.find("｜", start, end) >= 0 or text.find("|", start, end) >= 0


def _bars_as_punctuation(m: re.Match[str]) -> str:
    first, rest = m.group().split("|", 1)
    return first + "：" + rest.replace("|", "，")


def _fold(m: re.Match[str]) -> str:
    return _HALF_WIDTH[ord(m.group())]


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def has_layout(text: str) -> bool:
    """True when a figure stands alone on a line somewhere: only then do layout rules apply."""
    return _HAS_LAYOUT.search(text) is not None


def reading_form(
    text: str, start: int = 0, layout: bool | None = None
) -> tuple[str, tuple[int, ...]]:
    """Return (reading text, offsets into the original) for a stretch of normalized text.

    `layout` is `has_layout(text)` when the caller knows it already.
    """
    # one char for one char, so offsets still hold
    folded = _FOLDABLE.sub(_fold, text)
    if "|" in folded:
        folded = _BAR_ROW.sub(_bars_as_punctuation, folded)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    if layout is None:
        layout = has_layout(folded)
    paragraphs: dict[int, list[str]] = {}
    for m in _DROPPED_RUN.finditer(folded):
        s, e = m.span()
        if s > pos:
            pieces.append(folded[pos:s])
            offsets.extend(range(start + pos, start + s))
        pos = e
        tab = folded.find("\t", s, e)
        if tab >= 0 and pieces and e < len(folded) and "\n" not in folded[s:e]:
            # 1	赣州国际陆港…项目	新开工: a cell ends, as a comma ends a clause
            pieces.append("，")
            offsets.append(start + tab)
            continue
        if layout and (
            _between_labels(folded, s, e, paragraphs) or _figure_then_part(folded, s, e)
        ):
            # 服务业增加值占GDP比重 / 现代服务业: two label lines of a layout, not one phrase
            pieces.append("，")
            offsets.append(start + folded.index("\n", s))
            continue
        # keep one space only between two Latin words ("Fin Tech"); drop every other break
        space = folded.find(" ", s, e)
        if space < 0 or not pieces or not _latin(pieces[-1][-1]):
            continue
        nxt = e
        while nxt < len(folded) and folded[nxt].isspace():
            nxt += 1
        if nxt < len(folded) and _latin(folded[nxt]):
            pieces.append(" ")
            offsets.append(start + space)
    if pos < len(folded):
        pieces.append(folded[pos:])
        offsets.extend(range(start + pos, start + len(folded)))
    return to_simplified("".join(pieces)), tuple(offsets)


def _between_labels(text: str, s: int, e: int, paragraphs: dict[int, list[str]]) -> bool:
    """True when the break text[s:e] is one line break between two label lines of a layout.

    Only in a paragraph that has a figure on a line of its own: elsewhere short lines are
    hard wraps of running text.
    """
    if text.count("\n", s, e) != 1:
        return False
    before = text[text.rfind("\n", 0, s) + 1 : s]
    after = _line_at(text, e)
    if len(before) > _LAYOUT_LINE_MAX or len(after) > _LAYOUT_LINE_MAX:
        return False
    if _line_kind(before) != "label" or _line_kind(after) != "label":
        return False
    kinds = _paragraph_kinds(text, s, paragraphs)
    return "figure" in kinds or "labelled" in kinds or "item" in kinds


def _figure_then_part(text: str, s: int, e: int) -> bool:
    """True when the break text[s:e] ends a figure line (868.3亿元) before a part of it.

    外贸进出口 / 868.3亿元 / 其中出口512.6亿元: the next line is no part of the figure's name.
    """
    if text.count("\n", s, e) != 1:
        return False
    after = strip_bullets(_line_at(text, e))
    if not after.startswith("其中") or len(after) > _LAYOUT_LINE_MAX:
        return False
    return _line_kind(text[text.rfind("\n", 0, s) + 1 : s]) == "figure"


def _paragraph_kinds(text: str, i: int, cache: dict[int, list[str]]) -> list[str]:
    """The `_line_kind` of every line of the paragraph around `i`, worked out once each."""
    start = text.rfind("\n\n", 0, i) + 1
    if start not in cache:
        end = text.find("\n\n", i)
        cache[start] = [
            _line_kind(x) for x in text[start : len(text) if end < 0 else end].split("\n")
        ]
    return cache[start]


# a line that opens with a date (2025-01-21 23:10 经济日报／记者…), written as datelines are
_DATE_LINE = re.compile(rf"[ \t\u3000]*(?:{DATELINE.pattern})[^\n。；;]*$")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3})")


_NAMED_HEADING = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")


def _is_headline(line: str, first: bool = False) -> bool:
    """A line that is a heading; the article's first line may be a longer title."""
    stripped = LIST_START.sub("", line.strip(), count=1)  # 六、财政收入保持增长 is a heading
    stripped = _THOUSANDS.sub("", stripped)  # GDP達5,381億元: a separator, not a comma
    # a colon may sit inside one (片区更新：让老城“活”起来); a comma marks a wrapped sentence,
    # unless the line is numbered (一、地区生产总值：猇亭领跑，城区分化收窄)
    # (or opens on a name and a colon: 长丰县：新能源汽车拉动，增速领跑)
    numbered = len(stripped) < len(line.strip()) or _NAMED_HEADING.match(stripped)
    allowed = _NUMBERED_HEADLINE_PUNCT if numbered else _HEADLINE_PUNCT
    longest = TITLE_MAX if first else HEADLINE_MAX
    return 0 < len(stripped) <= longest and not any(c in allowed for c in stripped[:-1])


def _line_at(text: str, start: int) -> str:
    """The line of `text` that starts at `start`, without its line break."""
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


def _table_line(line: str) -> bool:
    """True for a table header or row (指标名称 单位 …)."""
    # a table line has at least three columns: rule out running text before any regex
    if line.count("\t") >= 2:
        return True  # cells pasted with tabs (序号	项目名称	建设性质…): prose has none
    return len(line.split()) >= 2 and is_table_line(line)


def _numbered_heading(text: str, start: int, line_start: int, i: int) -> bool:
    """True when the line [line_start, i) is a numbered heading that began the sentence."""
    # (the sentence may start at the blank line above the heading)
    if text[start:line_start].strip() or not LIST_START.match(
        text, _SPACES.match(text, line_start).end()
    ):
        return False
    return _is_headline(text[line_start:i])


_BRACKET_HEAD = re.compile(
    rf"[ \t\u3000]*(?:{BULLET_CLASS}|\d{{1,2}}/\d{{1,2}})*[ \t\u3000]*【[^】\n]{{1,12}}】[ \t\u3000]*"
)
# 🚩 2026，我们这样干: a bullet and a year's heading over the text that opens the section
_BULLET_YEAR_HEAD = re.compile(
    rf"[ \t\u3000]*{BULLET_CLASS}+[ \t\u3000]*[^\n\d。；;！？!?]{{0,8}}(?:19|20)\d{{2}}年?"
    r"[^\n\d。；;！？!?]{0,12}(?<![，,、])"
)
_BULLET_LABEL = re.compile(
    rf"[ \t\u3000]*{BULLET_CLASS}+[ \t\u3000]*[^\d\s，。；：,.;:！？!?、]{{1,8}}"
    # 👗 服装 · 焕新: a label in two parts
    r"(?:[ \t\u3000]*[·・][ \t\u3000]*[^\d\s，。；：,.;:！？!?、·・]{1,8})?[ \t\u3000]*"
)


def _post_heading(line: str, next_line: str) -> bool:
    """`1/6【经济总量】` heads what follows; so does `▶ 外贸` when running text follows it (a
    bullet and a label above a figure are one item of a layout)."""
    if "【" not in line and not starts_with_bullet(line.lstrip()):
        return False  # most lines: neither a bracketed head nor a bullet
    if _BRACKET_HEAD.fullmatch(line) or _BULLET_YEAR_HEAD.fullmatch(line):
        return True
    return _BULLET_LABEL.fullmatch(line) is not None and _line_kind(next_line) in ("text", "item")


_BODY_END = re.compile("[。！？；!?;]")  # the end of a sentence: what titles never have
_TITLE_QUOTES = re.compile(r"[“”‘’「」『』\"]")
# a paragraph's first line in a newspaper column (not a page break stitched with spaces)
_INDENTED = re.compile(r"(?: {2,8}|\u3000{1,4})(?=[^\s])")


def _indents_paragraphs(text: str) -> bool:
    """True when some lines start indented and others, running on, do not: a newspaper column
    whose paragraphs are marked by indentation rather than blank lines."""
    lines = [x for x in text.split("\n") if x.strip()]
    indented = sum(1 for x in lines if _INDENTED.match(x))
    return 2 <= indented < len(lines) - 2 and indented * 4 <= len(lines) * 3


def _title_and_subtitle(text: str, line_start: int, i: int, body_from: int) -> bool:
    """True when the line [line_start, i) is in a block of two or three lines above the body
    (a date line may come first) that are each a headline: a title and its subtitle.

    `body_from` is where the first sentence of the body ends (the first 。).
    """
    if body_from < line_start:
        return False  # further down, a short line wraps
    block_start = text.rfind("\n\n", 0, line_start)
    block_start = 0 if block_start < 0 else block_start + 2
    block_end = text.find("\n\n", i)
    lines = text[block_start : len(text) if block_end < 0 else block_end].strip().split("\n")
    # a title may quote a phrase (拼出开局“加速度”): quotes are no sentence punctuation here
    return 2 <= len(lines) <= 3 and all(_is_headline(_TITLE_QUOTES.sub("", x), True) for x in lines)


def _title_then_date(
    text: str, start: int, line_start: int, i: int, rest_at: int, body_from: int
) -> bool:
    """True when the line [line_start, i), above the body, is a date line, or a title with a
    date line under it: each stands alone even with no blank line between them."""
    if line_start > body_from or text[start:line_start].strip():
        return False
    if _DATE_LINE.match(text, line_start, i):
        return True
    return _is_headline(text[line_start:i], True) and bool(
        _DATE_LINE.match(_line_at(text, rest_at))
    )


def _lone_headline(text: str, start: int, line_start: int, i: int) -> bool:
    """True when the line [line_start, i), with a blank line or the sentence start above it,
    is a headline."""
    prev_line_end = text.rfind("\n", 0, max(line_start - 1, 0))
    alone = (
        line_start == 0 or text[prev_line_end + 1 : line_start].strip() == "" or start >= line_start
    )
    return alone and _is_headline(text[line_start:i], not text[:line_start].strip())


def _boundaries(text: str, layout: bool | None = None) -> list[tuple[int, int, bool]]:
    """Sentence (start, end, starts_new_block) triples over the normalized text."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    new_block = True
    i = 0
    n = len(text)
    paragraphs: dict[int, list[str]] = {}  # paragraph start → the kinds of its lines
    if layout is None:
        layout = has_layout(text)
    indents = _indents_paragraphs(text)
    first_end = _BODY_END.search(text)
    body_from = first_end.start() if first_end else len(text)
    for m in _CANDIDATE.finditer(text):  # only these characters can end a sentence
        if m.start() < i:
            continue
        i = m.start()
        ch = text[i]
        cut_after = None
        if ch in SENTENCE_END:
            j = i + 1
            while j < n and (text[j] in CLOSERS or text[j] in SENTENCE_END):
                j += 1
            cut_after = j
        elif ch == "\n":
            # look at the next few characters only: slicing the rest of the text at every
            # line break made splitting quadratic in article length
            rest_at = _SPACES.match(text, i + 1).end()
            rest = text[rest_at : rest_at + 4]
            line_start = text.rfind("\n", 0, i) + 1
            blank_after = text.startswith("\n", i + 1)
            headline = False  # worked out only where it matters: it is slow
            if starts_with_bullet(rest) or LIST_START.match(rest):
                headline = blank_after and _lone_headline(text, start, line_start, i)
                cut_after = i
            elif layout and rest_at == i + 1 and _layout_cut(text, line_start, i, paragraphs):
                cut_after = i  # 数说 layouts: one figure and its label per pair of lines
            elif (
                indents
                and _INDENTED.match(text, i + 1)
                and _INDENTED.match(text, line_start)
                and not text[start:line_start].strip()
                and _is_headline(text[line_start:i])
            ):
                cut_after = i + 1  # a newspaper column: an indented heading, then its paragraph
            elif not (layout or blank_after) and _title_and_subtitle(
                text, line_start, i, body_from
            ):
                # a title, then its subtitle: two headlines, not one wrapped line (cut after
                # the line break, so the subtitle starts its own line)
                cut_after = i + 1
            elif _title_then_date(text, start, line_start, i, rest_at, body_from):
                cut_after = i  # 梅县区…运行 / 2025年7月21日 / the body, with no blank lines
            elif _post_heading(text[line_start:i], _line_at(text, rest_at)):
                cut_after = i  # 1/6【经济总量】, ▶ 外贸: a post's heading line, then its text
            elif _numbered_heading(text, start, line_start, i):
                cut_after = i  # 五、开放型经济稳中有升 then the text, with no blank line
            elif _has_bar(text, line_start, i) and _BAR_ROW.fullmatch(
                _FOLDABLE.sub(_fold, text[line_start:i])
            ):
                cut_after = i  # 地区生产总值｜712.4亿元｜增长6.8%: one row, one sentence
            elif _table_line(text[line_start:i]):
                cut_after = i  # a pasted table: every header and row is a sentence
            elif text[i - 1 : i] in "：:" and _table_line(_line_at(text, rest_at)):
                cut_after = i  # …情况如下： then the rows
            elif rest.startswith(("指标", "项目")) and is_table_header(_line_at(text, rest_at)):
                cut_after = i  # 主要经济指标完成情况表 then 指标名称　1-10月…: a caption, a table
            elif text.startswith("\n\n", i + 1):
                cut_after = i  # two blank lines (or a blanked furniture line): a break
            elif layout and text.startswith("\n", i + 1):
                cut_after = i  # 数说 layouts: a blank line ends one figure's item
            elif text.startswith("\n", i + 1) and starts_with_bullet(text[start:i].lstrip()):
                cut_after = i  # a bullet item does not run on over a blank line
            elif blank_after and start >= line_start and _DATE_LINE.match(text, line_start, i):
                cut_after = i  # 2025-01-21 23:10 经济日报／记者…: a date line, then the body
            elif blank_after and _lone_headline(text, start, line_start, i):
                headline = True
                cut_after = i
            if headline and start < line_start and text[start:line_start].strip():
                # an unfinished line, a blank line, then a headline: two sentences
                out.append((start, line_start, new_block))
                start, new_block = line_start, True
        if cut_after is not None:
            if text[start:cut_after].strip():
                out.append((start, cut_after, new_block))
                new_block = False
            start = cut_after
            # a blank line after a finished sentence starts a new block
            k = start
            newlines = 0
            while k < n and text[k] in " \t\u3000\n":
                newlines += text[k] == "\n"
                k += 1
            indented = (
                indents
                and newlines >= 1
                and _INDENTED.match(text, text.rfind("\n", start, k) + 1) is not None
            )
            if newlines >= 2 or indented or (k < n and starts_with_bullet(text[k])):
                new_block = True
            i = max(cut_after, i + 1)
    if text[start:].strip():
        out.append((start, n, new_block))
    return out


# web-page furniture around a copied or scraped article: navigation, source and editor lines,
# font and share buttons, footers; and the related-links list that ends the article body
_FURNITURE_LINE = re.compile(
    r"^[ \t\u3000]*(?:首页\s*[>＞›»]|当前位置|您的位置|来源[：:]|发布时间[：:]|发布日期[：:]"
    r"|浏览次数|阅读次数|阅读量|点击[数量率]|作者[：:]|编辑[：:]|责任编辑|审核[：:]|校对[：:]"
    r"|【字体|字号[：:]|打印本页|打印此页|关闭窗口|分享到|扫一扫|扫码关注|版权所有|备案号|ICP备"
    r"|主办单位|承办单位|联系电话|网站标识码|技术支持|图为|图：|小编"
    # ▲ heads a photo's caption or a bare figure the text then restates (▲4260家), but
    # ▲ 高新技术企业 936家 is a bullet: a label, then its figure
    r"|[▲△](?![^\n\d]*[\u4e00-\u9fff][^\n\d]*\d[\d.]*\s*(?:[万亿]|家|个|项|人|元|%|亩|公里|平方|辆|套|所|条))"
    r")[^\n]*$",
    re.M,
)
_END_OF_BODY = re.compile(
    r"^[ \t\u3000]*[■●▪◆★☆▶►【\[]?[ \t\u3000]*"
    r"(?:相关链接|相关阅读|相关新闻|相关文章|相关信息|相关报道|推荐阅读|延伸阅读|上一篇|下一篇|热点推荐)",
    re.M,
)


# a page's number on a line of its own, or after the running header: — 2 —, - 3 -, ·3·,
# 第 2 页 共 6 页; what a PDF copied as text leaves between two pages
_PAGE_MARK = re.compile(
    r"^[ \t\u3000]*(?:[^\n。；;，,]{0,40}?第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?"
    r"|[—–\-－─]{1,2}\s*\d{1,3}\s*[—–\-－─]{1,2}|[·•・]\s*\d{1,3}\s*[·•・])[ \t\u3000]*$",
    re.M,
)
_HEADER_MAX = 40
_WHITE = re.compile(r"\s+")


def _stitch_pages(text: str) -> str:
    """Page numbers and running headers blanked; a sentence a page break cut runs on.

    `…研发经费投入强度达到 / — 2 — / 天元区人民政府工作报告 / 4.3%，…` reads as one sentence. A
    running header is a short line next to a page number that the text also has elsewhere
    (the title, or the header of another page). Offsets hold.
    """
    marks = list(_PAGE_MARK.finditer(text))
    if not marks:
        return text
    lines = [_WHITE.sub("", line) for line in text.split("\n")]
    repeated = Counter(line for line in lines if line)
    first = next((line for line in lines if line), "")

    def is_header(line: str) -> bool:
        bare = _WHITE.sub("", line)
        return (
            4 <= len(bare) <= _HEADER_MAX
            and not _PUNCT.intersection(bare)
            and (repeated[bare] >= 2 or bare == first)
        )

    chars = list(text)
    for m in marks:
        s, e = _blank_around(text, m.start(), m.end())
        below = _line_at(text, e)
        if is_header(below):  # the next page's running header
            _, e = _blank_around(text, e, e + len(below))
        above_start = text.rfind("\n", 0, s) + 1
        if above_start and is_header(text[above_start:s]):  # a footer above the number
            s, _ = _blank_around(text, above_start, s)
        cut = s > 0 and text[s - 1] not in SENTENCE_END + CLOSERS + "：:"
        # a cut sentence runs on over one line break; a finished one ends its paragraph
        chars[s:e] = ("\n" + " " * (e - s - 1)) if cut else "\n" * (e - s)
    return "".join(chars)


def _blank_around(text: str, s: int, e: int) -> tuple[int, int]:
    """text[s:e] widened over the white space on either side."""
    while s > 0 and text[s - 1].isspace():
        s -= 1
    while e < len(text) and text[e].isspace():
        e += 1
    return s, e


def is_furniture(line: str) -> bool:
    """A line of web-page furniture (来源：…, 责任编辑：…, 打印本页), not article text."""
    return _FURNITURE_LINE.match(to_simplified(line)) is not None


def article_body(text: str) -> str:
    """The text with web-page furniture, page breaks and trailing related links blanked.

    Offsets hold: every blanked character is a space or a line break.
    """
    text = _stitch_pages(text)
    plain = to_simplified(text)
    if len(plain) != len(text):
        plain = text
    cut = _END_OF_BODY.search(plain)
    end = cut.start() if cut else len(text)
    spans = [m.span() for m in _FURNITURE_LINE.finditer(plain, 0, end)]
    if end < len(text):
        spans.append((end, len(text)))
    if not spans:
        return text
    pieces, pos = [], 0
    for s, e in spans:  # newlines, not spaces: the blanked lines also part paragraphs
        pieces += [text[pos:s], "\n" * (e - s)]
        pos = e
    return "".join(pieces) + text[pos:]


def split_sentences(text: str) -> list[Sentence]:
    """Split normalized text into sentences with reading forms and block numbers."""
    sentences: list[Sentence] = []
    block = -1
    original, text = text, article_body(text)  # furniture blanked: evidence stays as written
    # one reading form for the whole text (one opencc call); sentences take slices of it
    layout = has_layout(text)  # one look decides for both passes
    full_reading, full_map = reading_form(text, layout=layout)
    for start, end, new_block in _boundaries(text, layout):
        # trim outer white space so evidence starts and ends on text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if new_block:
            block += 1
        raw = original[start:end]
        lo, hi = bisect.bisect_left(full_map, start), bisect.bisect_left(full_map, end)
        reading, index_map = full_reading[lo:hi], full_map[lo:hi]
        is_bullet = starts_with_bullet(raw.lstrip())
        is_headline = "\n" not in raw and _is_headline(raw, not sentences)
        if _is_title(raw, is_headline, is_bullet):
            reading, index_map = _spaces_as_commas(reading, index_map, text)
        sentences.append(
            Sentence(start, end, raw, reading, index_map, max(block, 0), is_bullet, is_headline)
        )
    return sentences


def _is_title(raw: str, is_headline: bool, is_bullet: bool) -> bool:
    return is_headline and not is_bullet and raw[-1] not in _PUNCT


def _spaces_as_commas(
    reading: str, index_map: tuple[int, ...], text: str
) -> tuple[str, tuple[int, ...]]:
    """A headline's inner space between two Chinese words is a comma.

    `新区一季度集中签约 32个项目总投资268亿元`: two parts, not one phrase `…签约32个`.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    for k, ch in enumerate(reading):
        if k and index_map[k] - index_map[k - 1] > 1 and not _latin(reading[k - 1]):
            gap = text[index_map[k - 1] + 1 : index_map[k]]
            prev = reading[k - 1]
            if (
                gap.strip(" \u3000\xa0") == ""
                and prev not in _PUNCT
                and not prev.isdigit()
                and not _FIGURE_LINE.fullmatch(reading, k)  # 重点项目 58个: a label, its figure
            ):
                pieces.append("，")
                offsets.append(index_map[k - 1] + 1)
        pieces.append(ch)
        offsets.append(index_map[k])
    return "".join(pieces), tuple(offsets)
