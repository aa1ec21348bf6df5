"""Split normalized article text into sentences, and give each a *reading* form.

Newspaper text is hard-wrapped: lines break inside words (`地区\\n生产总值`) and even blank
lines fall inside sentences. So sentences end at sentence punctuation, at bullets and after
short headline lines, never at a bare line break. The reading form drops those breaks and
stray spaces, turns full-width digits and Latin letters half-width and Traditional characters
Simplified (opencc), while `index_map` keeps every reading character's offset in the
normalized text, so evidence and spans always point at the article as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import opencc

SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』）)】"
BULLETS = "●•▪■◆◇★☆○◎□►▶※➢✓✔"
HEADLINE_MAX = 20  # a lone line at most this long, with no punctuation, is a headline
_PUNCT = set("，,。！？!?；;：:、…—")
_SPACES = re.compile(r"[ \t\u3000\n]*")
_LIST_START = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．](?!\d)"
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

    def span_of(self, rstart: int, rend: int) -> tuple[int, int]:
        """Map a [rstart, rend) range of the reading form to normalized-text offsets."""
        if not self.index_map:
            return self.start, self.end
        rend = max(rend, rstart + 1)
        return self.index_map[rstart], self.index_map[min(rend, len(self.index_map)) - 1] + 1


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified with opencc, keeping the length (one char for one char)."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_t2s().convert(ch) if len(_t2s().convert(ch)) == 1 else ch for ch in text)


def _half_width(ch: str) -> str:
    # full-width digits, Latin letters and ％．＋ read as ASCII; CJK punctuation stays
    if "\uff01" <= ch <= "\uff5e" and ch not in "，；：！？（）":
        folded = unicodedata.normalize("NFKC", ch)
        return folded if len(folded) == 1 else ch
    return ch


def reading_form(text: str, start: int = 0) -> tuple[str, tuple[int, ...]]:
    """Return (reading text, offsets into the original) for a stretch of normalized text."""
    chars: list[str] = []
    offsets: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in "\n\r\t\u3000\xa0 ":
            # keep one space only between two Latin letters/digits ("Fin Tech")
            prev = chars[-1] if chars else ""
            nxt = next((c for c in text[i + 1 : n] if not c.isspace()), "")
            if ch == " " and prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha():
                chars.append(" ")
                offsets.append(start + i)
            continue
        chars.append(_half_width(ch))
        offsets.append(start + i)
    reading = to_simplified("".join(chars))
    return reading, tuple(offsets)


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= HEADLINE_MAX and not any(c in _PUNCT for c in stripped[:-1])


def _boundaries(text: str) -> list[tuple[int, int, bool]]:
    """Sentence (start, end, starts_new_block) triples over the normalized text."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    new_block = True
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        cut_after = None
        if ch in SENTENCE_END:
            j = i + 1
            while j < n and (text[j] in CLOSERS or text[j] in SENTENCE_END):
                j += 1
            cut_after = j
        elif ch == "\n":
            line_start = text.rfind("\n", 0, i) + 1
            line = text[line_start:i]
            # look at the next few characters only: slicing the rest of the text at every
            # line break made splitting quadratic in article length
            rest_at = _SPACES.match(text, i + 1).end()
            rest = text[rest_at : rest_at + 4]
            blank_follows = text.startswith("\n", i + 1)
            prev_line_end = text.rfind("\n", 0, max(line_start - 1, 0))
            alone = (
                line_start == 0
                or text[prev_line_end + 1 : line_start].strip() == ""
                or start >= line_start
            )
            if (
                rest[:1] in BULLETS
                or _LIST_START.match(rest)
                or blank_follows
                and alone
                and _is_headline(line)
            ):
                cut_after = i
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
            if newlines >= 2 or (k < n and text[k] in BULLETS):
                new_block = True
            i = max(cut_after, i + 1)
            continue
        i += 1
    if text[start:].strip():
        out.append((start, n, new_block))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split normalized text into sentences with reading forms and block numbers."""
    sentences: list[Sentence] = []
    block = -1
    for start, end, new_block in _boundaries(text):
        # trim outer white space so evidence starts and ends on text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if new_block:
            block += 1
        raw = text[start:end]
        reading, index_map = reading_form(raw, start)
        is_bullet = raw.lstrip()[:1] in BULLETS
        sentences.append(
            Sentence(
                start,
                end,
                raw,
                reading,
                index_map,
                max(block, 0),
                is_bullet,
                "\n" not in raw and _is_headline(raw),
            )
        )
    return sentences
