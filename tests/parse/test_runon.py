"""RunOn: what a sentence inherits from the one before it in its paragraph."""

from dataclasses import dataclass

from pipelines.parse import load_reference
from pipelines.parse.districts import DistrictFinder
from pipelines.parse.runon import RunOn

FINDER = DistrictFinder(load_reference())


@dataclass
class D:
    district: str
    name: str
    is_target: bool = False
    target_year: int | None = None


def _run() -> RunOn:
    run = RunOn(FINDER, "江汉区")
    run.enter(1)
    return run


def test_another_districts_clauses_run_on_after_a_semicolon_within_the_paragraph():
    run = _run()
    run.after("2024年，江岸区GDP增长5%；", [D("江岸区", "地区生产总值")])
    run.enter(1)
    assert [d.district for d in run.assign("服务业增长6%；", [D("江汉区", "服务业")])] == ["江岸区"]
    assert run.metric("服务业增长6%；") == "地区生产总值"
    run.enter(2)  # a new paragraph starts afresh
    assert run.assign("服务业增长6%。", [D("江汉区", "服务业")])[0].district == "江汉区"


def test_a_clause_that_names_the_district_itself_keeps_it():
    run = _run()
    run.after("2024年，江岸区GDP增长5%；", [D("江岸区", "地区生产总值")])
    run.enter(1)
    assert run.assign("全区服务业增长6%。", [D("江汉区", "服务业")])[0].district == "江汉区"


def test_a_zone_run_drops_the_districts_drafts():
    run = _run()
    run.after("开发区完成工业总产值386亿元；", [])
    run.enter(1)
    assert run.assign("完成投资72亿元；", [D("江汉区", "投资")]) == []


def test_goals_go_on_after_a_semicolon_or_into_a_sentence_that_reads_like_goals():
    run = _run()
    run.after("目标是：GDP增长5%左右。", [D("江汉区", "地区生产总值", True, 2026)])
    run.enter(1)
    assert run.goals_go_on("失业率控制在5.5%以内。") == 2026
    assert run.goals_go_on("2025年新增就业1万人以上。") is None  # names an earlier year
    assert run.goals_go_on("全年新增企业120家。") is None


def test_a_span_dates_only_cumulative_figures():
    run = _run()
    run.period = "2016-2020"
    assert run.period_for("累计完成投资1860亿元") == "2016-2020"
    assert run.period_for("比重提高到67.3%") is None


def test_a_breakdown_by_area_takes_the_metric_of_the_sentence_before():
    run = _run()
    run.after("全市规模以上工业增加值增长8.2%。", [D("江汉区", "规模以上工业增加值")])
    run.enter(1)
    assert run.metric("分区域看，江岸区增长7.5%。") == "规模以上工业增加值"
    assert run.metric("江岸区增长7.5%。") is None


def test_a_paragraph_opened_by_another_district_gives_it_the_whole_districts_figures():
    run = _run()
    run.enter(3)
    run.after("江岸区以港为媒，外贸成绩抢眼。", [])
    assert (
        run.assign("全区地区生产总值增长6.1%。", [D("江汉区", "地区生产总值")])[0].district
        == "江岸区"
    )
    run.enter(4)  # the next paragraph is the primary's again
    assert (
        run.assign("全区地区生产总值增长6.1%。", [D("江汉区", "地区生产总值")])[0].district
        == "江汉区"
    )
    run.enter(5)  # a paragraph a city opens is the city's roundup, not one district's
    run.after("武汉市上半年经济运行稳中有进。", [])
    assert run.assign("全区服务业增长6%。", [D("江汉区", "服务业")])[0].district == "江汉区"
