"""Time the main job on the seed articles and the parser alone; prints figures, asserts nothing.

    .venv/bin/python benchmarks/ingest.py [--runs 5] [--repeat 20]

- job: the ingest job (same code path as `python -m pipelines ingest`) into a fresh
  temporary warehouse, median of --runs; then the median no-op refresh on that warehouse.
- parser: `parse_article` over the seeds, median of --repeat passes, in MB/s of normalized
  text (UTF-8 bytes) and articles/s, one process; cold (memo caches cleared before every
  article, the honest figure for new text) and warm.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from assets.run import run_ingest  # noqa: E402
from pipelines.parse import clear_caches, load_reference, parse_article, read_document  # noqa: E402

SEEDS = ROOT / "seeds" / "articles"


def time_job(runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds of full ingests into fresh warehouses, and of no-op refreshes."""
    full, noop = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            warehouse = Path(tmp) / f"w{n}.duckdb"
            start = time.perf_counter()
            report = run_ingest(SEEDS, warehouse, log_level="ERROR")
            full.append(time.perf_counter() - start)
            assert report.success, report.errors
            start = time.perf_counter()
            run_ingest(SEEDS, warehouse, log_level="ERROR")
            noop.append(time.perf_counter() - start)
    return full, noop


def time_parser(repeat: int) -> dict[str, float]:
    """Throughput of decoding and parsing the seeds repeated, cold and warm, one process.

    Repeating the same five articles would let the parser's memo caches answer everything
    after the first pass, so the cold figure clears them before every article; the warm
    figure leaves them, as a long-running process would.
    """
    raw = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    start = time.perf_counter()
    docs = [read_document(b) for b in raw * repeat]
    decode_s = time.perf_counter() - start
    docs = docs[: len(raw)]
    reference = load_reference()
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    facts = 0
    for doc in docs:  # warm-up: imports, reference, regex compilation
        parsed = parse_article(doc, reference)
        facts += len(parsed.indicators) + len(parsed.targets) + len(parsed.projects)
    figures: dict[str, float] = {}
    for mode in ("cold", "warm"):
        passes = []
        for _ in range(repeat):
            elapsed = 0.0
            for doc in docs:
                if mode == "cold":
                    clear_caches()
                t0 = time.perf_counter()
                parse_article(doc, reference)
                elapsed += time.perf_counter() - t0
            passes.append(elapsed)
        median = statistics.median(passes)
        figures[f"{mode}_mb_s"] = mb / median
        figures[f"{mode}_articles_s"] = len(docs) / median
    figures.update(
        articles=len(docs) * repeat,
        mb=mb * repeat,
        decode_mb_s=mb * repeat / decode_s,
        facts_per_article=facts / len(docs),
    )
    return figures


def main() -> None:
    """Run both measurements and print them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    run_ingest(
        SEEDS, Path(tempfile.mkdtemp()) / "warmup.duckdb", log_level="ERROR"
    )  # imports, caches
    full, noop = time_job(args.runs)
    print(
        f"ingest job on {len(list(SEEDS.glob('*.txt')))} seed articles: median {statistics.median(full):.2f} s "
        f"(min {min(full):.2f}, max {max(full):.2f}, {args.runs} runs, warm process)"
    )
    print(f"no-op refresh: median {statistics.median(noop):.2f} s")
    p = time_parser(args.repeat)
    print(f"decode: {p['decode_mb_s']:.1f} MB/s over {p['articles']} articles ({p['mb']:.2f} MB)")
    for mode in ("cold", "warm"):
        print(
            f"parse {mode}: {p[f'{mode}_mb_s']:.2f} MB/s, {p[f'{mode}_articles_s']:.1f} articles/s "
            f"(median of {args.repeat} passes over the seeds, one process)"
        )
    print(f"facts per article: {p['facts_per_article']:.1f}")


if __name__ == "__main__":
    main()
