"""Project precision/recall/F1 of `extract_projects` on the seed articles.

Usage: .venv/bin/python benchmarks/project_eval.py [--misses]

Matching is the scorer's (`project_match` in ../shared/eval/score.py): name containment
(length >= 3) or bigram Dice >= 0.6, one-to-one. The gold is read only to measure.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from pipelines.parse.documents import read_document  # noqa: E402
from pipelines.parse.periods import TimeFrame  # noqa: E402
from pipelines.parse.projects import extract_projects  # noqa: E402
from pipelines.parse.text import split_sentences  # noqa: E402

ARTICLES = ROOT / "seeds" / "articles"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
# (district, reporting year) per seed article, by file-name prefix
SEED_CONTEXT = {
    "000": ("江汉区", 2024),
    "001": ("江汉区", 2025),
    "002": ("江岸区", 2024),
    "003": ("江汉区", 2023),
    "004": ("江岸区", 2023),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(show_misses: bool) -> None:
    """Print per-article and overall project P/R/F1."""
    score = _scorer()
    tp = n_pred = n_gold = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        district, year = SEED_CONTEXT[path.name[:3]]
        doc = read_document(path.read_bytes())
        frame = TimeFrame(year, year, None, "metadata")
        projects = extract_projects(split_sentences(doc.text), district, frame)
        pred = [{"name": p.name} for p in projects]
        gold_path = next(GOLD.glob(path.name[:3] + "_*.jsonl"))
        gold = [
            json.loads(line)
            for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        gold = [g for g in gold if g.get("table") == "project"]
        n = score.project_match(pred, gold)
        tp, n_pred, n_gold = tp + n, n_pred + len(pred), n_gold + len(gold)
        print(f"{path.name[:3]}: tp={n} pred={len(pred)} gold={len(gold)}")
        if show_misses:
            for p in projects:
                hit = score.project_match([{"name": p.name}], gold)
                print(f"   {'+' if hit else '-'} {p.name} [{p.kind}/{p.status}/{p.year}]")
            for g in gold:
                if not score.project_match(pred, [g]):
                    print(f"   MISS {g['name']}")
    p, r, f = score.prf(tp, n_pred, n_gold)
    print(f"projects: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={n_pred} gold={n_gold})")


if __name__ == "__main__":
    main("--misses" in sys.argv)
