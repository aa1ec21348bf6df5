"""Fast lookups built from word lists (suffix tables, place names, status cues).

Python's `re` tries every alternative of `a|b|c` at every position, so a search with a long
word list is slow on text where none of the words occurs. `alternation` puts a class of the
words' first characters in front, which rejects most positions at once, and nests the words
as a trie, so a position that passes is settled in one walk; `WordSet` answers
"which listed word ends this text" without a regex.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """A regex source matching any of the words, longest first, quick to reject."""
    words = {w for w in words if w}
    if not words:
        return "(?!)"
    firsts = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(firsts)}]){_trie_source(_trie(words))}"


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return root


def _trie_source(node: dict) -> str:
    """The words below `node` as nested groups: `a|ab|ac` is tried as `a(?:b|c)?`.

    At any position at most one branch can go on (branches differ in their first character),
    and a greedy `?` tries the longer word first, so the match is the longest listed word,
    as `longest|shorter` would give, without trying each word in turn.
    """
    leaves, branches = [], []
    for ch in sorted(k for k in node if k):
        rest = _trie_source(node[ch])
        (branches if rest else leaves).append(re.escape(ch) + rest)
    if len(leaves) > 1:
        branches.append(f"[{''.join(leaves)}]")
    else:
        branches += leaves
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a word may also end here: the longer ones are optional
        body = f"{body}?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


class WordSet:
    """A set of words that also finds the longest one ending a text."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w)
        self._lengths = sorted({len(w) for w in self.words}, reverse=True)
        self._ends = _any_of("".join(sorted({w[-1] for w in self.words})))

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def longest_suffix(self, text: str) -> str | None:
        """The longest listed word that `text` ends with, or None."""
        for n in self._lengths:
            if n <= len(text) and text[-n:] in self.words:
                return text[-n:]
        return None

    def prefixes(self, text: str, start: int = 0) -> Iterator[str]:
        """Listed words that start at `start` in text, longest first."""
        for n in self._lengths:
            word = text[start : start + n]
            if len(word) == n and word in self.words:
                yield word

    def find_all(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, word) of listed words in text, longest at each end, not overlapping.

        Found from their last characters: for a long list of names ending in a few
        characters (县, 市, 旗) this is much quicker than a regex of the list.
        """
        last_end = 0
        for m in self._ends.finditer(text):
            end = m.end()
            for n in self._lengths:
                start = end - n
                if start >= last_end and text[start:end] in self.words:
                    yield start, text[start:end]
                    last_end = end
                    break


@functools.lru_cache(maxsize=128)  # a sentence is asked about many positions in a row
def _positions(text: str, chars: str) -> tuple[int, ...]:
    # a dash between two numbers joins a range (1—8月, 2021—2025年): it breaks no clause
    return tuple(
        i
        for i in (m.start() for m in _any_of(chars).finditer(text))
        if not (text[i] == "—" and _numeric_range(text, i))
    )


@functools.cache
def _any_of(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]")


def _numeric_range(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1] in _DIGITS and text[i + 1] in _DIGITS


_DIGITS = frozenset("0123456789一二三四五六七八九十")


def start_of_clause(text: str, pos: int, breaks: str) -> int:
    """Index after the last of the `breaks` characters before `pos` (0 if none)."""
    found = _positions(text, breaks)
    i = bisect.bisect_left(found, pos)
    return found[i - 1] + 1 if i else 0


def end_of_clause(text: str, pos: int, breaks: str) -> int:
    """Index of the first of the `breaks` characters at or after `pos` (len(text) if none)."""
    found = _positions(text, breaks)
    i = bisect.bisect_left(found, pos)
    return found[i] if i < len(found) else len(text)
