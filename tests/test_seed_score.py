"""Regression floors: the shared scorer on warehouses built from the seeds and our own sets.

- the seeds, against ../shared/gold/seeds;
- our own sets under tests/<set>/ (articles plus gold/ in the same format), written for this
  project by separate authors who never saw the parser; they guard generality beyond the
  seeds. Each was scored once before any rule was tuned on it (its "first look"):
  - articles: bulletins and a work report, some Traditional (0.844)
  - heldout, fresh, final: other provinces, signings, holidays, renewal (0.716, 0.923, 0.895)
  - web: copied web pages with navigation, captions and related links (0.945)
  - forms: pasted tables, interviews, speeches, a county-level city, a zone (0.642)
  - more: a communiqué, a press conference, a district ranking, a project list (0.79)
  - last: the seeds' own genres for other districts (0.955)
  - press: provincial papers, WeChat layouts, a budget report, Taiwan-style Traditional (0.893)
  - county: counties, a zone, a comparison of districts, PDF line breaks, Macau-style
    Traditional (0.888, after a first round of rules from press)
  - older: 2021–2023 reports, 两年平均增长, 较2019年, 十三五 reviews (0.917)
  - cities: whose figure it is: district rankings, city benchmarks, neighbours' short
    names, a press conference, towns of a county (0.79)
  - trad: Hong Kong, Macau and Taiwan outlets on mainland districts (0.87)
  - mixed: an infographic post, a holiday bulletin, odd number formats, a rural county,
    a zone that is a district (0.83)
  - briefs: ten short news items, most of whose numbers are not the district's (0.407)
  - reports: six long official documents: a work report, a statistical communiqué, a
    budget report, an analysis with a table, a plenum report, an investment yearbook (0.937)
  - bulletins: statistics-bureau bulletins of many provinces and periods (0.855)
  - voices: officials quoted at length, articles about a city, website meeting reports,
    Hong Kong and Taiwan interviews (0.85)
  - local: towns and streets of a district, a 十五五 outline, a people's congress item,
    finance, farming, the digital economy (0.84)
  - deals: signing ceremonies, groundbreakings, park progress, a project list (0.873)
  - frontier: counties, banners and county-level cities of the west and north (0.894)
  - plain, wire: raw text with no front matter, like the seeds: a county-level city, a city
    article with its districts, a Macau outlet, a 数说 list, a Taiwan outlet, two districts
    compared, a zone inside a district, full-width digits (0.954, 0.888)
  - govsite, assorted: government web pages with their furniture, a 区长 interview, a
    livelihood report, a signing; a front page, a Macau outlet, a holiday report, a plenum,
    a `label：figure` list, a ranking of a city's districts, a science report (0.93, 0.691)
  - hktw: Traditional script only: a republished press release, Hong Kong, Taiwan and Macau
    papers, a work report, an interview (0.89)
  - features: the seeds' own genres (long features, 数说 goals, year-end reviews) for
    districts of other cities (0.803)
  - roundup: whose figure it is: three counties in one article, a county-level city quoting
    its prefecture, neighbours by short name, a city's article, a company, a university and a
    hospital speaking, a town (0.756)
  - periods2: periods: 1—2月, 一至三季度, a January review with 1—11月, 截至6月末, 前5个月, a
    十四五 review (0.95, period accuracy 0.75 at first)
  - pdfcopy, statbook, plans: text copied from PDFs (page numbers and running headers inside
    sentences, thousands separators, full-width digits); statistical communiqués and data
    releases (‰ rates, CPI, industry lists, a county-level city's 全市); work reports' goals,
    a 十五五 outline, project lists and investment drives (0.942, 0.887, 0.917)
  - posts, numerals, works: WeChat, Weibo and app posts (emoji bullets, ↑ arrows, cards);
    how numbers are written (Chinese numerals, fractions, 倍, ranges, qualifiers, non-facts);
    named works and places beside the district's figures (0.684, 0.875, 0.921)
  - midyear, zones, rural: meetings mixing results and goals; zones inside and across
    districts; rural counties (harvests, livestock, townships, a farmer) (0.943, 0.70, 0.768)
  - livelihood, budget, hkmo: jobs, schools, health, housing and 民生实事 lists; budget
    reports and fiscal news (口径, 安排, debt); Hong Kong, Macau and Taiwan papers in
    Traditional only (按季, 成长率, 兆, comparisons with their own economies) (0.576, 0.708,
    0.866)
  - holdout_a, holdout_b, holdout_c, holdout_d: an analyst's inbox, seven genres; the seeds'
    own genres for other places; counties of the north-east, north-west and south-west; the
    big cities' districts; each scored once and left untuned (0.929, 0.969, 0.922, 0.89);
    holdout_f, county and county-level-city year reviews (0.966; its target years showed
    that 新的一年 named no year, fixed since)
  - holdout_e: short news items (0.816); its first look showed two general bugs (a
    two-character county was no place to find, a dateline's day dated figures), fixed since
  - holdout_g … holdout_n, written in a later round, each scored once on arrival and then
    used to find general rules: Hong Kong, Macau and Taiwan outlets (g 0.857, l 0.762);
    project and investment news (h 0.858); periodic bulletins (i 0.965); work reports (j
    0.936); one city's districts side by side in newspaper columns (k 0.805); year-end and
    year-ahead posts (m 0.795); county economies (n 0.867); and, last, district profile
    pages (o 0.838), ecology, energy and farm figures (p 0.909), mainland releases republished
    in Traditional (q 0.969), news flashes and press-conference transcripts (r 0.909)
  - holdout_s … holdout_v, a third round, the same way: five- and ten-year look-backs (s
    0.860), foreign trade and investment (t 0.872), science and innovation (u 0.794),
    consumption and culture-tourism (v 0.821), departments' work summaries and plans (w 0.895;
    0.539 with the reference of before, which did not know three of its seven districts), an
    analyst's inbox of seven genres (x 0.948), the seeds' genres for places of the north-east,
    north-west, south-west and Hainan (y 0.954), Hong Kong, Macau and Taiwan outlets in
    Traditional (z 0.888)
  - holdout_aa … holdout_al, a fourth round: a 街道, 镇, park or 商圈 inside a district (aa
    0.714; its author leaves towns' and streets' figures out, where seed 001 keeps a 街道's);
    district work reports (ab 0.980); provincial press on one district's half year (ac 0.987);
    Traditional outlets on mainland districts (ad 0.857); 数读 posts as label-and-figure
    lines (ae 0.775); district website pages full of policy numbers (af 0.838); north China
    year-end reviews with 十四五 summaries (ag 0.922); western counties with pairing aid (ah
    0.919); whose figures: 该区, bare short names, a 县级市's 全市 (ai 0.793); communiqués
    copied out of PDFs (aj 0.966); urban renewal and infrastructure (ak 0.914); industrial
    chains beside named firms (al 0.885)
  - holdout_am … holdout_at, a fifth round: interviews with district and county heads (am
    0.929); plenary communiqués reviewing 十四五 and setting 十五五 goals (an 0.981); mainland
    news in Traditional from Hong Kong, Macau and Taiwan outlets (ao 0.851); a city's
    quarterly project batches across its districts (ap 0.836); county rankings beside
    neighbours' figures (aq 0.878); holiday tourism bulletins (ar 0.628); WeChat posts with
    number cards (as 0.641); monthly statistics notes with pasted tables (at 0.818)
  - holdout_au … holdout_bf, a sixth round: ports and logistics (au 0.886, and ay 0.704 by a
    second author); business environment and private economy (av 0.858); new industries, two
    in Traditional (aw 0.839); 2026 quarterly releases (ax 0.978); 2026 county work reports
    (az 0.966); banners, leagues and autonomous counties of the west (ba 0.449: their official
    names, 门源回族自治县, are seldom written, 门源县 is); commentary with few facts among many
    numbers (bb 0.836); event economy (bc 0.786); district finance (bd 0.858); real estate and
    land (be 0.76); talent and employment (bf 0.843)
  - holdout_bg … holdout_br, a seventh round: agriculture and rural revitalization (bg
    0.888); foreign trade and investment (bh 0.914); consumption and retail (bi 0.892); green
    development and energy (bj 0.897); public services and livelihood (bk 0.878); Hong Kong
    and Macau papers in Traditional on Greater Bay Area districts (bl 0.93); provincial
    papers on one district's year, the seeds' genre by other reporters (bm 0.955); Taiwan and
    overseas outlets in Traditional on mainland counties (bn 0.858); culture and tourism over a
    year or season (bo 0.878); science and innovation (bp 0.789); transport and
    infrastructure (bq 0.863); the industrial economy (br 0.949)
  - holdout_bs … holdout_bz, an eighth round: digital economy and computing power (bs 0.868);
    marine economy and fisheries (bt 0.881); health, medicine and elderly care (bu 0.924);
    finance and capital markets (bv 0.888); ecology and environment (bw 0.918); a district
    head's speech at a work meeting (bx 0.846); reports on last year's plan and this year's
    draft plan (by 0.976); Hong Kong and Macau papers in Traditional on southern counties
    (bz 0.955)
  - holdout_ca … holdout_ce, a ninth round in the same session: the low-altitude economy (ca
    0.918); rural collective economy and common prosperity (cb 0.842); water conservancy and
    flood recovery (cc 0.84); education and talent, two in Traditional (cd 0.814); a city
    paper's roundup of several districts (ce 0.904)

Articles need not say which district they are about: the seeds have no front matter. So some
sets are also scored with the `district:` line taken out, which leaves the primary district
to the text.

Raise a floor as extraction improves (a little under what the parser reaches), so quality can
only go up. Skipped when ../shared/eval/score.py is not there.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assets.run import run_ingest

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

# own sets, tests/<set>/ with gold/ beside it: the floor, a little under the figure noted
FLOORS = {
    "articles": 0.97,  # 0.995
    "heldout": 0.97,  # 0.994
    "fresh": 0.95,  # 0.986
    "final": 0.95,  # 0.986
    "web": 0.95,  # 0.978
    "forms": 0.94,  # 0.962
    "more": 0.91,  # 0.949
    "last": 0.94,  # 0.978
    "press": 0.95,  # 0.969
    "county": 0.97,  # 1
    "older": 0.95,  # 0.98
    "cities": 0.93,  # 0.958
    "trad": 0.94,  # 0.982
    "mixed": 0.94,  # 0.968
    "briefs": 0.93,  # 0.967
    "reports": 0.94,  # 0.975
    "bulletins": 0.96,  # 0.996
    "voices": 0.94,  # 0.979
    "local": 0.92,  # 0.961
    "deals": 0.91,  # 0.947
    "frontier": 0.91,  # 0.946
    "plain": 0.96,  # 0.993
    "wire": 0.93,  # 0.972
    "govsite": 0.94,  # 0.981
    "assorted": 0.93,  # 0.968
    "hktw": 0.93,  # 0.968
    "features": 0.92,  # 0.96
    # the roundup author leaves out a city's own figures in one city article (b04); seven
    # other city articles' golds keep them
    "roundup": 0.84,  # 0.876
    "periods2": 0.93,  # 0.953
    "pdfcopy": 0.95,  # 0.984
    "statbook": 0.96,  # 0.997
    "plans": 0.94,  # 0.972
    "posts": 0.87,  # 0.908
    "numerals": 0.94,  # 0.973
    "works": 0.91,  # 0.951
    "midyear": 0.95,  # 0.985
    # the zones author leaves out a city's own figures where the city is the primary, and a
    # zone's figures in its own bulletin; other authors keep both: a low floor, by convention
    "zones": 0.74,  # 0.783
    "rural": 0.87,  # 0.903
    "livelihood": 0.87,  # 0.905
    "budget": 0.89,  # 0.926
    "hkmo": 0.88,  # 0.914
    # scored once and left untuned: the first look is the figure
    "holdout_a": 0.92,  # 0.964
    "holdout_b": 0.94,  # 0.972
    "holdout_c": 0.91,  # 0.942
    "holdout_d": 0.87,  # 0.906
    "holdout_f": 0.94,  # 0.982
    # its first look (0.816) showed two general bugs, fixed since: no longer untuned
    "holdout_e": 0.85,  # 0.889
    # a later round: first looks in the docstring, general rules made from them since
    "holdout_g": 0.93,  # 0.973
    "holdout_h": 0.91,  # 0.944
    "holdout_i": 0.94,  # 0.969
    "holdout_j": 0.95,  # 0.982
    "holdout_k": 0.89,  # 0.925
    "holdout_l": 0.87,  # 0.908
    "holdout_m": 0.92,  # 0.958
    "holdout_n": 0.91,  # 0.949
    "holdout_o": 0.93,  # 0.96
    "holdout_p": 0.89,  # 0.927
    "holdout_q": 0.94,  # 0.981
    "holdout_r": 0.91,  # 0.95
    "holdout_s": 0.88,  # 0.915
    "holdout_t": 0.9,  # 0.939
    "holdout_u": 0.9,  # 0.944
    "holdout_v": 0.84,  # 0.876
    "holdout_w": 0.91,  # 0.952
    "holdout_x": 0.92,  # 0.963
    "holdout_y": 0.92,  # 0.954
    "holdout_z": 0.9,  # 0.939
    "holdout_aa": 0.7,  # 0.743
    "holdout_ab": 0.95,  # 0.984
    "holdout_ac": 0.95,  # 0.99
    "holdout_ad": 0.85,  # 0.888
    "holdout_ae": 0.88,  # 0.922
    "holdout_af": 0.87,  # 0.913
    "holdout_ag": 0.91,  # 0.948
    "holdout_ah": 0.9,  # 0.942
    "holdout_ai": 0.89,  # 0.927
    "holdout_aj": 0.93,  # 0.967
    "holdout_ak": 0.88,  # 0.924
    "holdout_al": 0.88,  # 0.918
    "holdout_am": 0.9,  # 0.935
    "holdout_an": 0.95,  # 0.981
    "holdout_ao": 0.9,  # 0.936
    "holdout_ap": 0.84,  # 0.873
    "holdout_aq": 0.91,  # 0.949
    "holdout_ar": 0.83,  # 0.867
    "holdout_as": 0.91,  # 0.946
    "holdout_at": 0.93,  # 0.964
    # a sixth round: first looks in the docstring, general rules made from them since
    "holdout_au": 0.9,  # 0.941
    "holdout_av": 0.91,  # 0.947
    "holdout_aw": 0.84,  # 0.873
    "holdout_ax": 0.95,  # 0.99
    "holdout_ay": 0.78,  # 0.817
    "holdout_az": 0.93,  # 0.968
    "holdout_ba": 0.88,  # 0.91
    "holdout_bb": 0.86,  # 0.897
    "holdout_bc": 0.81,  # 0.851
    "holdout_bd": 0.84,  # 0.876
    "holdout_be": 0.9,  # 0.941
    "holdout_bf": 0.84,  # 0.88
    "holdout_bg": 0.9,  # 0.935
    "holdout_bh": 0.91,  # 0.947
    "holdout_bi": 0.9,  # 0.939
    "holdout_bj": 0.9,  # 0.942
    "holdout_bk": 0.89,  # 0.932
    "holdout_bl": 0.94,  # 0.978
    "holdout_bm": 0.93,  # 0.965
    "holdout_bn": 0.9,  # 0.937
    "holdout_bo": 0.85,  # 0.887
    "holdout_bp": 0.92,  # 0.96
    "holdout_bq": 0.86,  # 0.897
    "holdout_br": 0.92,  # 0.955
    "holdout_bs": 0.91,  # 0.954
    "holdout_bt": 0.9,  # 0.937
    "holdout_bu": 0.91,  # 0.947
    "holdout_bv": 0.89,  # 0.932
    "holdout_bw": 0.89,  # 0.93
    "holdout_bx": 0.89,  # 0.929
    "holdout_by": 0.95,  # 0.986
    "holdout_bz": 0.94,  # 0.978
    "holdout_ca": 0.91,  # 0.947
    "holdout_cb": 0.87,  # 0.91
    "holdout_cc": 0.85,  # 0.887
    "holdout_cd": 0.85,  # 0.892
    "holdout_ce": 0.88,  # 0.922
}
CORPORA = {
    "seeds": (ROOT / "seeds" / "articles", SHARED / "gold" / "seeds", 0.94),  # 0.96
    **{
        name: (ROOT / "tests" / name, ROOT / "tests" / name / "gold", f)
        for name, f in FLOORS.items()
    },
}
# sets whose places are mostly unlisted in seeds/districts.csv: scored again without the
# front matter's district line, with the same floor
BLIND = ["county", "frontier", "reports", "local"]


# The `mixed` author codes a Spring Festival holiday as 2025M01-M02 (we give the year, as
# other authors do) and table rows headed 1—6月 as 2025H1 (the `fresh` author writes 1—9月 as
# M01-M09, as we do): conventions that differ, not errors, so its floor is lower.
# The `bulletins` author dates month-end balances (5月末存款余额) by the year; the authors of
# articles, web and forms date them by the bulletin's period, as we do.
# The `deals` author dates figures in the paragraphs after a signing event (本批项目…) by the
# event's quarter; a period does not carry across paragraphs here, so they get the year.
# The `assorted` author dates a holiday's figures by its month (2024M10), a form the contract's
# period grammar does not have; we give the year.
# The `holdout_c` and `holdout_e` authors leave a holiday's figures undated (null); we give the
# year. The `holdout_n` author dates them by their months (2024M10-M10).
# One `holdout_i` article names no year at all (上半年 only); its author dated it by the file's
# name, which the pipeline does not read: its facts have no period and its goals no year.
# The `holdout_s` author dates a sum over a plan's years (累计…, in a 十四五以来 article) by
# that span and a base year's growth (较2020年增长48.2%) by 2020-2024; we date the first by the
# year unless the sentence says 五年来/累计 with its span, and leave the second out.
# The `holdout_u` author dates a stock at a quarter's end (截至3月末) by the quarter, and 1—3月
# as 2025Q1; we do too, since no author writes M01-M03 or M01-M06.
# 1—9月 splits the authors: `holdout_af`, `holdout_ao`, `holdout_be`, `holdout_c` and
# `pdfcopy` write 2024Q1-Q3, as we do (as 1—3月 is Q1 and 1—6月 H1); `fresh`, `govsite`,
# `holdout_e`, `holdout_k`, `holdout_p`, `voices` and `holdout_ca` write 2024M01-M09
# (`holdout_ca`'s two 1—9月 articles are most of its periods, so its floor is lower).
# The `holdout_ae` author dates month-end balances and totals of a year-to-date post by the
# year; the `holdout_ad` author dates a signing event's totals by the event's year where the
# article reviews the year before.
# The `holdout_ap` author dates one event (第十三期“三个一批”, held on 28 October) by the quarter
# of its date, where the article names no quarter; we give the year.
# The `holdout_ar` author dates every holiday figure by its month (2024M10), a form the
# contract's grammar does not have (we give the year, as the holdout_v author does): its
# periods cannot agree, so only its F1 is guarded.
# The `holdout_av` author dates a count of firms at a quarter's end by the quarter where the
# sentence gives no date (实有经营主体31.7万户 in a 前三季度 article); we give the year, as
# seed 002 does. The `holdout_bc` author dates figures of the ice-and-snow season that spans
# two years by 2023-2024 and a county's holiday figures by the months they fall in.
# One `holdout_be` article names no year at all (1—5月 only); its author dated it by the
# file's name, which the pipeline does not read, so its facts have no period.
PERIOD_FLOORS = {
    "holdout_ca": 0.77,
    "holdout_be": 0.85,
    "fresh": 0.85,
    "govsite": 0.85,
    "holdout_av": 0.85,
    "holdout_bc": 0.82,
    "holdout_ap": 0.8,
    "holdout_ar": 0.0,
    "holdout_ae": 0.8,
    "holdout_af": 0.6,
    "holdout_ad": 0.85,
    "holdout_s": 0.8,
    "holdout_u": 0.85,
    "holdout_i": 0.8,
    "holdout_n": 0.85,
    "holdout_m": 0.88,
    "holdout_e": 0.8,
    "mixed": 0.8,
    "bulletins": 0.85,
    "deals": 0.85,
    "assorted": 0.8,
    "holdout_c": 0.85,
}


def _without_district_lines(articles: Path, into: Path) -> Path:
    into.mkdir()
    for path in articles.glob("*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith("district:")]
        (into / path.name).write_text("".join(kept), encoding="utf-8")
    return into


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not found")
@pytest.mark.parametrize(
    ("corpus", "blind"), [(c, False) for c in sorted(CORPORA)] + [(c, True) for c in BLIND]
)
def test_score_is_above_the_floor(
    corpus: str, blind: bool, warehouse: Path, tmp_path: Path
) -> None:
    articles, gold, floor = CORPORA[corpus]
    if not gold.exists():
        pytest.skip(f"{gold} not found")
    if blind:
        articles = _without_district_lines(articles, tmp_path / "blind")
    report = run_ingest(articles, warehouse, log_level="WARNING")
    assert report.success, report.errors
    done = subprocess.run(
        [sys.executable, str(SCORER), "--warehouse", str(warehouse), "--gold", str(gold), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{corpus} (blind={blind}): overall_f1={figures['overall_f1']} (floor {floor})")
    assert not figures["articles_missing"]
    assert figures["overall_f1"] >= floor
    # F1 does not see periods or target years: keep them up too
    assert figures["period_accuracy"] >= PERIOD_FLOORS.get(corpus, 0.9)
    if figures["target_year_accuracy"] is not None:  # None: a set with no goals at all
        assert figures["target_year_accuracy"] >= 0.95
