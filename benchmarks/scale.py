"""Ingest at corpus scale: synthetic corpora of 1,000 and 10,000 articles; prints figures.

    .venv/bin/python benchmarks/scale.py [--sizes 1000 10000] [--seed-every 20] [--keep DIR]

Each measurement runs `python -m pipelines ingest` in a fresh process (as a user or the
evaluation would), timing the whole command (start-up and Dagster import included) and
reading the job's own time from its summary; peak RSS is the child's ru_maxrss (the largest
single process: the main one or a parse worker). Measured per corpus: full ingest into a new
warehouse, then adding one article, then (largest corpus) a no-op refresh. No assertions.

Articles are generated from Chinese sentence templates with varied districts, numbers,
periods and wording; every --seed-every-th article is a seed article made unique by an
appended line, so real long articles are mixed in.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "articles"

TEMPLATES = [
    "{d}{half}完成地区生产总值{x}亿元，同比增长{g}%。",
    "{year}年，{d}规模以上工业增加值增长{g}%，增速居全市第{rank}。",
    "{d}社会消费品零售总额达到{x}亿元，同比增长{g}%。",
    "前三季度，{d}固定资产投资同比增长{g}%，其中工业投资增长{g2}%。",
    "{year}年{d}新增市场主体{n}户，新引进企业{m}家。",
    "{d}地方一般公共预算收入{x}亿元，增长{g}%。",
    "截至{year}年底，{d}共有高新技术企业{n}家，比上年增加{m}家。",
    "{next}年，{d}力争地区生产总值增长{g}%左右。",
    "{d}{park}项目已开工建设，预计{next}年建成投用。",
    "1—{mon}月，{d}进出口总额{x}亿元，下降{g}%。",
    "{d}城镇常住居民人均可支配收入{y}元，增长{g}%。",
    "{d}服务业增加值约{x}亿元，占地区生产总值比重超过{share}%。",
    "今年以来，{d}累计签约亿元以上项目{m}个，总投资逾{x}亿元。",
    "{d}技术合同成交额突破{x}亿元，同比增长{g}%。",
]
FILLER = [
    "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。",
    "{d}将持续优化营商环境，当好服务企业的“店小二”。",
    "下一步，{d}将聚焦主责主业，加快建设现代化产业体系。",
    "区委主要负责同志表示，要把握机遇、乘势而上，奋力谱写高质量发展新篇章。",
    "走进{park}，一派繁忙景象映入眼帘。",
]
PARKS = [
    "数字经济产业园",
    "科技创新中心",
    "金融商务区",
    "智能制造基地",
    "文创街区",
    "总部大厦",
    "人工智能实验室",
]
HALVES = ["上半年", "一季度", "前三季度", "全年", "今年"]


def load_districts() -> list[str]:
    """District-level names from seeds/districts.csv."""
    with (ROOT / "seeds" / "districts.csv").open(encoding="utf-8") as fh:
        return [r["district"] for r in csv.DictReader(fh) if r["level"] == "district"]


def synthetic_article(rng: random.Random, n: int, districts: list[str]) -> str:
    """One generated article: optional front matter, a title and 16–48 template sentences."""
    d = rng.choice(districts)
    year = rng.randint(2019, 2025)
    values = lambda: {  # noqa: E731 - fresh numbers per sentence
        "d": d if rng.random() < 0.8 else rng.choice(districts),
        "half": rng.choice(HALVES),
        "year": year,
        "next": year + 1,
        "x": round(rng.uniform(1, 2000), rng.choice([0, 1, 2])),
        "g": round(rng.uniform(0.1, 25), 1),
        "g2": round(rng.uniform(0.1, 25), 1),
        "rank": rng.choice("一二三四五"),
        "n": rng.randint(10, 5000),
        "m": rng.randint(1, 300),
        "y": rng.randint(30000, 90000),
        "mon": rng.randint(2, 11),
        "share": rng.randint(40, 85),
        "park": rng.choice(PARKS),
    }
    sentences = [
        (rng.choice(TEMPLATES) if rng.random() < 0.75 else rng.choice(FILLER)).format(**values())
        for _ in range(rng.randint(16, 48))
    ]
    paragraphs, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 4)
        paragraphs.append("".join(sentences[i : i + k]))
        i += k
    body = "\n\n".join(paragraphs)
    if rng.random() < 0.3:  # hard-wrapped like the scanned seeds
        body = re.sub(r"(.{18})", "\\1\n", body)
    title = f"{d}{year}年经济运行情况（第{n}期）"
    if rng.random() < 0.5:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return f"---\npublished_on: {year}-{month:02d}-{day:02d}\ntitle: {title}\ndistrict: {d}\n---\n{title}\n\n{body}\n"
    return f"{title}\n\n{body}\n"


def generate(folder: Path, count: int, seed_every: int, start: int = 0) -> int:
    """Write `count` articles into folder (100 per subfolder); returns the bytes written."""
    rng = random.Random(start * 7919 + count)
    districts = load_districts()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    total = 0
    for n in range(start, start + count):
        if seed_every and n % seed_every == 0:
            text = seeds[n % len(seeds)] + f"\n\n（转载编号 {n}）\n"
        else:
            text = synthetic_article(rng, n, districts)
        path = folder / f"batch_{n // 100:03d}" / f"article_{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def ingest(articles: Path, warehouse: Path) -> dict:
    """Run the CLI in a child process; wall seconds, job seconds, peak RSS (MB) and its summary."""
    cmd = [
        sys.executable,
        "-m",
        "pipelines",
        "ingest",
        "--articles",
        str(articles),
        "--warehouse",
        str(warehouse),
        "--log-level",
        "WARNING",
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    rss_mb = _child_peak_rss_mb()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{out}\n{err[-3000:]}")
    job = float(re.search(r" in ([\d.]+) s", out).group(1))
    return {"wall": wall, "job": job, "rss_mb": rss_mb, "summary": out.strip()}


def _child_peak_rss_mb() -> float:
    """Peak RSS of the largest child process so far (ru_maxrss of RUSAGE_CHILDREN, in MB)."""
    import resource

    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kb / 1024


def main() -> None:
    """Generate the corpora, run the measurements, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed-every", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = ap.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="scale_"))
    base.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        for size in sorted(args.sizes):
            folder, warehouse = base / f"corpus_{size}", base / f"warehouse_{size}.duckdb"
            shutil.rmtree(folder, ignore_errors=True)
            warehouse.unlink(missing_ok=True)
            nbytes = generate(folder, size, args.seed_every)
            print(
                f"\n== {size} articles, {nbytes / 1e6:.1f} MB ({nbytes / size / 1e3:.1f} kB/article)",
                flush=True,
            )
            full = ingest(folder, warehouse)
            print(
                f"full ingest: {full['wall']:.1f} s wall ({full['job']:.1f} s job), peak RSS so far {full['rss_mb']:.0f} MB"
            )
            print("  " + full["summary"].replace("\n", "\n  "))
            generate(folder, 1, 0, start=size + 1)
            add = ingest(folder, warehouse)
            print(f"add 1 article: {add['wall']:.1f} s wall ({add['job']:.1f} s job)")
            results[size] = {"full": full, "add": add}
        largest = max(results)
        noop = ingest(base / f"corpus_{largest}", base / f"warehouse_{largest}.duckdb")
        print(f"\nno-op refresh on {largest}: {noop['wall']:.1f} s wall ({noop['job']:.1f} s job)")
        smallest = min(results)
        if largest != smallest:
            ratio = results[largest]["add"]["wall"] / results[smallest]["add"]["wall"]
            print(f"add-1 ratio {largest}/{smallest}: {ratio:.2f} (wall)")
        print(f"peak RSS of any ingest process: {_child_peak_rss_mb():.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
