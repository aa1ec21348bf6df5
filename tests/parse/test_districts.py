"""District mentions: the quick lookups agree with the full scan they stand in for."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.parse import load_reference
from pipelines.parse.districts import DistrictFinder

FINDER = DistrictFinder(load_reference())
# pieces that make full names, bare short names, streets and unknown 区 words
PIECES = ["江汉区", "江汉", "江汉路", "武汉市", "武汉", "南沙区", "白云区", "青山", "东湖区"]
PIECES += ["区", "县", "新区", "，", "。", "经济", "增长", "5%", "产业园", "北塘区", "路"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
    st.sampled_from([None, "江汉区", "南沙区", "北塘区"]),
)
def test_mention_at_start_is_the_first_full_scan_mention_at_zero(text, primary):
    at_zero = [m for m in FINDER.mentions(text, primary) if m.start == 0]
    assert FINDER.mention_at_start(text, primary) == (at_zero[0] if at_zero else None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=5).map("".join),
    st.sampled_from([None, "江汉区"]),
)
def test_mentions_before_an_amount_match_a_scan_of_the_text_before_it(left, right, primary):
    # facts ask for the mentions before an amount; one scan of the sentence serves them all
    text = left + "12亿元" + right
    expected = FINDER.mentions(left, primary)
    assert FINDER.mentions_before(text, len(left), primary) == expected
