"""Fast lookups built from word lists (suffix tables, place names, status cues).

Python's `re` tries every alternative of `a|b|c` at every position, so a search with a long
word list is slow on text where none of the words occurs. `alternation` puts a class of the
words' first characters in front, which rejects most positions at once; `WordSet` answers
"which listed word ends this text" without a regex.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex source matching any of the words, longest first, quick to reject."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return "(?!)"
    firsts = "".join(sorted({w[0] for w in ordered}))
    return f"(?=[{re.escape(firsts)}])(?:{'|'.join(map(re.escape, ordered))})"


class WordSet:
    """A set of words that also finds the longest one ending a text."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w)
        self._lengths = sorted({len(w) for w in self.words}, reverse=True)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def longest_suffix(self, text: str) -> str | None:
        """The longest listed word that `text` ends with, or None."""
        for n in self._lengths:
            if n <= len(text) and text[-n:] in self.words:
                return text[-n:]
        return None


@functools.lru_cache(maxsize=128)  # a sentence is asked about many positions in a row
def _positions(text: str, chars: str) -> tuple[int, ...]:
    return tuple(i for i, ch in enumerate(text) if ch in chars)


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
