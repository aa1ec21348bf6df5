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
    big cities' districts; each scored once and left untuned (0.929, 0.969, 0.922, 0.89)

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

CORPORA = {
    # name: (articles, gold, floor) -- floors set a little under the figures noted
    "seeds": (ROOT / "seeds" / "articles", SHARED / "gold" / "seeds", 0.93),  # 0.941
    "own": (ROOT / "tests" / "articles", ROOT / "tests" / "articles" / "gold", 0.97),  # 0.989
    "heldout": (ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "gold", 0.97),  # 0.989
    "fresh": (ROOT / "tests" / "fresh", ROOT / "tests" / "fresh" / "gold", 0.95),  # 0.975
    "final": (ROOT / "tests" / "final", ROOT / "tests" / "final" / "gold", 0.95),  # 0.97
    "web": (ROOT / "tests" / "web", ROOT / "tests" / "web" / "gold", 0.95),  # 0.978
    "forms": (ROOT / "tests" / "forms", ROOT / "tests" / "forms" / "gold", 0.94),  # 0.959
    "more": (ROOT / "tests" / "more", ROOT / "tests" / "more" / "gold", 0.90),  # 0.925
    "last": (ROOT / "tests" / "last", ROOT / "tests" / "last" / "gold", 0.94),  # 0.963
    "press": (ROOT / "tests" / "press", ROOT / "tests" / "press" / "gold", 0.95),  # 0.969
    "county": (ROOT / "tests" / "county", ROOT / "tests" / "county" / "gold", 0.97),  # 0.996
    "older": (ROOT / "tests" / "older", ROOT / "tests" / "older" / "gold", 0.95),  # 0.972
    "cities": (ROOT / "tests" / "cities", ROOT / "tests" / "cities" / "gold", 0.93),  # 0.956
    "trad": (ROOT / "tests" / "trad", ROOT / "tests" / "trad" / "gold", 0.94),  # 0.968
    "mixed": (ROOT / "tests" / "mixed", ROOT / "tests" / "mixed" / "gold", 0.94),  # 0.966
    "briefs": (ROOT / "tests" / "briefs", ROOT / "tests" / "briefs" / "gold", 0.90),  # 0.925
    "reports": (ROOT / "tests" / "reports", ROOT / "tests" / "reports" / "gold", 0.94),  # 0.967
    "bulletins": (
        ROOT / "tests" / "bulletins",
        ROOT / "tests" / "bulletins" / "gold",
        0.96,
    ),  # 0.987
    "voices": (ROOT / "tests" / "voices", ROOT / "tests" / "voices" / "gold", 0.94),  # 0.962
    "local": (ROOT / "tests" / "local", ROOT / "tests" / "local" / "gold", 0.87),  # 0.897
    "deals": (ROOT / "tests" / "deals", ROOT / "tests" / "deals" / "gold", 0.91),  # 0.935
    "frontier": (ROOT / "tests" / "frontier", ROOT / "tests" / "frontier" / "gold", 0.9),  # 0.931
    "plain": (ROOT / "tests" / "plain", ROOT / "tests" / "plain" / "gold", 0.95),  # 0.98
    "wire": (ROOT / "tests" / "wire", ROOT / "tests" / "wire" / "gold", 0.93),  # 0.955
    "govsite": (ROOT / "tests" / "govsite", ROOT / "tests" / "govsite" / "gold", 0.94),  # 0.962
    "assorted": (ROOT / "tests" / "assorted", ROOT / "tests" / "assorted" / "gold", 0.93),  # 0.955
    "hktw": (ROOT / "tests" / "hktw", ROOT / "tests" / "hktw" / "gold", 0.93),  # 0.958
    "features": (ROOT / "tests" / "features", ROOT / "tests" / "features" / "gold", 0.92),  # 0.946
    # 0.819 before the masthead rule read b04 as 芜湖市's (as its gold does); that gold then
    # leaves out the city's own figures, which seven other city articles' golds keep: 0.802
    "roundup": (ROOT / "tests" / "roundup", ROOT / "tests" / "roundup" / "gold", 0.78),
    "periods2": (ROOT / "tests" / "periods2", ROOT / "tests" / "periods2" / "gold", 0.93),  # 0.95
    "pdfcopy": (ROOT / "tests" / "pdfcopy", ROOT / "tests" / "pdfcopy" / "gold", 0.95),  # 0.982
    "statbook": (ROOT / "tests" / "statbook", ROOT / "tests" / "statbook" / "gold", 0.96),  # 0.992
    "plans": (ROOT / "tests" / "plans", ROOT / "tests" / "plans" / "gold", 0.94),  # 0.972
    "posts": (ROOT / "tests" / "posts", ROOT / "tests" / "posts" / "gold", 0.87),  # 0.905
    "numerals": (ROOT / "tests" / "numerals", ROOT / "tests" / "numerals" / "gold", 0.92),  # 0.948
    "works": (ROOT / "tests" / "works", ROOT / "tests" / "works" / "gold", 0.91),  # 0.938
    "midyear": (ROOT / "tests" / "midyear", ROOT / "tests" / "midyear" / "gold", 0.94),  # 0.967
    # the zones author leaves out a city's own figures where the city is the primary, and a
    # zone's figures in its own bulletin; other authors keep both: a low floor, by convention
    "zones": (ROOT / "tests" / "zones", ROOT / "tests" / "zones" / "gold", 0.69),  # 0.72
    "rural": (ROOT / "tests" / "rural", ROOT / "tests" / "rural" / "gold", 0.87),  # 0.903
    "livelihood": (
        ROOT / "tests" / "livelihood",
        ROOT / "tests" / "livelihood" / "gold",
        0.85,
    ),  # 0.884
    "budget": (ROOT / "tests" / "budget", ROOT / "tests" / "budget" / "gold", 0.88),  # 0.918
    "hkmo": (ROOT / "tests" / "hkmo", ROOT / "tests" / "hkmo" / "gold", 0.86),  # 0.899
    # scored once and left untuned: the first look is the figure
    "holdout_a": (ROOT / "tests" / "holdout_a", ROOT / "tests" / "holdout_a" / "gold", 0.9),
    "holdout_b": (ROOT / "tests" / "holdout_b", ROOT / "tests" / "holdout_b" / "gold", 0.94),
    "holdout_c": (ROOT / "tests" / "holdout_c", ROOT / "tests" / "holdout_c" / "gold", 0.89),
    "holdout_d": (ROOT / "tests" / "holdout_d", ROOT / "tests" / "holdout_d" / "gold", 0.86),
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
# The `holdout_c` author leaves a holiday's figures undated (null); we give the year.
PERIOD_FLOORS = {"mixed": 0.8, "bulletins": 0.85, "deals": 0.85, "assorted": 0.8, "holdout_c": 0.85}


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
    assert figures["target_year_accuracy"] >= 0.95
