"""Shared-verb lists (分别): each subject takes the amount in the same place."""

import pytest

from pipelines.parse import parse_article, read_document
from pipelines.parse.lists import distribute, listed_facts
from pipelines.parse.numbers import find_amounts

FRONT = "---\npublished_on: 2025-07-28\ndistrict: 南湖区\n---\n"


@pytest.mark.parametrize(
    ("items", "names"),
    [
        (["农业", "制造业", "批发零售业营收"], ["农业营收", "制造业营收", "批发零售业营收"]),
        (["第一", "二", "三产业投资"], ["第一产业投资", "第二产业投资", "第三产业投资"]),
        (["城镇", "农村居民消费支出"], ["城镇居民消费支出", "农村居民消费支出"]),
        (["税收收入", "非税收入"], ["税收收入", "非税收入"]),
        (
            ["电子和通信设备制造业", "医药制造业产值"],
            ["电子和通信设备制造业产值", "医药制造业产值"],
        ),
    ],
)
def test_the_head_noun_written_once_goes_to_every_item(items, names):
    assert distribute(items) == names


def _growths(text: str) -> dict[str, float | None]:
    article = parse_article(read_document((FRONT + text).encode("utf-8")))
    return {i.metric_name: i.growth_pct for i in article.indicators}


def test_growth_list_with_and_before_the_last_item():
    got = _growths("上半年，全区农业、制造业和批发零售业营收分别增长2.5%、7.1%和4.4%。")
    assert got == {"农业营收": 2.5, "制造业营收": 7.1, "批发零售业营收": 4.4}


def test_falling_list_is_negative_and_later_clauses_still_read():
    got = _growths("上半年，城镇和农村居民消费支出分别下降1.2%、0.8%，进口额增长3%。")
    assert got["城镇居民消费支出"] == -1.2
    assert got["农村居民消费支出"] == -0.8
    assert any(v == 3 for k, v in got.items() if "进口" in k)


def test_level_list_keeps_levels():
    article = parse_article(
        read_document((FRONT + "全年，税收收入、非税收入分别达到58.3亿元、12.1亿元。").encode())
    )
    got = {i.metric_name: (i.value, i.unit, i.growth_pct) for i in article.indicators}
    assert got == {"税收收入": (58.3, "亿元", None), "非税收入": (12.1, "亿元", None)}


def test_counts_that_do_not_agree_fall_back_to_one_fact_per_amount():
    article = parse_article(
        read_document((FRONT + "本地企业营收分别达到120亿元、80亿元。").encode())
    )
    assert sorted(i.value for i in article.indicators) == [80.0, 120.0]


def test_districts_as_list_items_each_get_their_fact():
    article = parse_article(
        read_document((FRONT + "上半年，南湖区和北塘区营收分别增长6%和4%。").encode())
    )
    got = {(i.district, i.growth_pct) for i in article.indicators}
    assert got == {("南湖区", 6.0), ("北塘区", 4.0)}


def test_a_verb_that_names_the_metric_and_a_second_list_without_subjects():
    article = parse_article(
        read_document(
            (
                FRONT + "上半年，南湖区对日本、韩国和东盟分别出口12.4亿元、9.8亿元和6.1亿元，"
                "分别增长5.5%、-2%和18.3%；工业、建筑业分别实现增加值50亿元、20亿元。"
            ).encode()
        )
    )
    got = {i.metric_name: (i.value, i.growth_pct) for i in article.indicators}
    assert got["对日本出口"] == (12.4, 5.5)
    assert got["对东盟出口"][0] == 6.1
    assert got["建筑业增加值"] == (20.0, None)


def test_a_growth_list_without_subjects_goes_to_the_levels_before_it():
    article = parse_article(
        read_document(
            (FRONT + "全年接待游客1260万人次、实现旅游收入98亿元，分别增长12.4%、14.1%。").encode()
        )
    )
    got = {i.metric_name: (i.value, i.growth_pct) for i in article.indicators}
    assert got == {"接待游客": (1260.0, 12.4), "旅游收入": (98.0, 14.1)}


def test_one_word_for_a_pair_splits_in_the_order_of_the_amounts():
    growths = _growths("上半年，南湖区城乡居民人均可支配收入分别增长4.6%和6.8%。")
    assert growths == {"城镇居民人均可支配收入": 4.6, "农村居民人均可支配收入": 6.8}


def test_places_named_in_a_clause_before_take_the_list_in_order():
    from pipelines.parse.numbers import find_amounts

    r = "南湖区、北塘区分列第五、第六位，地区生产总值分别为521.9亿元和503.6亿元。"
    (group,) = listed_facts(r, find_amounts(r))
    assert [(f.place, f.name, f.amount.value) for f in group] == [
        ("南湖区", "地区生产总值", 521.9),
        ("北塘区", "地区生产总值", 503.6),
    ]


def test_items_holding_their_own_commas_are_parted_by_commas():
    got = _growths(
        "分门类看，纺织、服装和服饰业，木材加工和家具制造业，化学纤维制造业营收"
        "分别增长3.3%、5.1%和8.2%。"
    )
    assert got == {
        "纺织、服装和服饰业营收": 3.3,
        "木材加工和家具制造业营收": 5.1,
        "化学纤维制造业营收": 8.2,
    }


def test_clauses_before_a_list_that_are_not_parallel_items_are_no_items():
    got = _growths("全区农业、旅游业平稳发展，规上工业企业营收分别增长5%、6%。")
    assert "全区农业、旅游业平稳发展" not in "".join(got)


def test_a_list_may_turn_its_sign_between_items():
    got = _growths("上半年，全区出口和进口分别增长4.2%和下降1.6%。")
    assert got == {"出口总额": 4.2, "进口总额": -1.6}


def test_neighbours_named_by_short_name_before_a_list_each_take_their_figure():
    text = (
        "---\npublished_on: 2024-10-30\ndistrict: 仓山区\n---\n"
        "前三季度，仓山区固定资产投资增长9.1%。以服务业为主的台江、晋安，"
        "固定资产投资分别增长2.2%和下降0.7%。"
    )
    article = parse_article(read_document(text.encode("utf-8")))
    got = {(i.district, i.growth_pct) for i in article.indicators}
    assert {("仓山区", 9.1), ("台江区", 2.2), ("晋安区", -0.7)} <= got


def test_a_lists_growth_after_it_without_its_own_fenbie_goes_to_the_same_items():
    text = "城镇、农村常住居民人均可支配收入分别达到61200元和38400元，增长4.1%和5.9%"
    amounts = find_amounts(text)
    groups = listed_facts(text, amounts)
    assert [[(f.name, f.amount.value) for f in g] for g in groups] == [
        [("城镇常住居民人均可支配收入", 61200.0), ("农村常住居民人均可支配收入", 38400.0)],
        [("城镇常住居民人均可支配收入", 4.1), ("农村常住居民人均可支配收入", 5.9)],
    ]


def test_a_shared_lead_is_no_part_of_the_first_items_own_name():
    assert distribute(["对非洲", "拉美出口"]) == ["对非洲出口", "对拉美出口"]
    assert distribute(["对日本", "韩国出口额"]) == ["对日本出口额", "对韩国出口额"]
