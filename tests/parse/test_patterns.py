"""Word-list lookups: the trie alternation must match what `longest|shorter` matches."""

import re

from hypothesis import given
from hypothesis import strategies as st

from pipelines.parse.patterns import WordSet, alternation, end_of_clause, start_of_clause

_WORDS = st.lists(st.text(alphabet="江汉区市新洲.[", min_size=1, max_size=4), max_size=12)


@given(_WORDS, st.text(alphabet="江汉区市新洲.[路", max_size=40))
def test_alternation_finds_the_longest_word_like_a_plain_alternation(words, text):
    plain = "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) or "(?!)"
    expected = [m.span() for m in re.finditer(plain, text)]
    assert [m.span() for m in re.finditer(alternation(words), text)] == expected


def test_alternation_prefers_the_longer_name_and_backs_off_to_the_shorter():
    pattern = re.compile(alternation(["江汉", "江汉区", "江汉经济开发区"]))
    assert pattern.match("江汉经济开发区").group() == "江汉经济开发区"
    assert pattern.match("江汉经济发展").group() == "江汉"
    assert pattern.match("江汉区").group() == "江汉区"
    assert pattern.match("汉江") is None


def test_alternation_of_nothing_never_matches():
    assert re.search(alternation([]), "江汉区") is None


def test_word_set_finds_the_longest_listed_ending():
    words = WordSet(["园", "产业园", "中心"])
    assert words.longest_suffix("光谷生物产业园") == "产业园"
    assert words.longest_suffix("公园") == "园"
    assert words.longest_suffix("大厦") is None


def test_clause_bounds_stop_at_the_listed_breaks():
    text = "全区生产总值增长5%，其中工业增长7%；服务业增长4%"
    at = text.index("工业")
    assert text[start_of_clause(text, at, "，；") :].startswith("其中")
    assert text[: end_of_clause(text, at, "，；")].endswith("7%")


def test_a_dash_between_numbers_joins_a_range():
    text = "全区投资1—8月增长7%——其中工业投资增长9%"
    at = text.index("增长7%")
    assert start_of_clause(text, at, "，—") == 0
    assert text[start_of_clause(text, text.index("其中"), "，—") :].startswith("其中")
