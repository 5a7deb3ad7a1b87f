"""Speed of the index at the shared corpus's size (92k) and at ~1M records, beside the naive approaches.

Builds an index from the shared corpus (file import: the import rate a user sees), then optionally adds
`--copies N` copies of every record with a few words swapped (ids offset, so they are new records) to reach
~1M. Reports import rate, index size, median and p95 latency of `Corpus.search` with whole questions as
queries, the peak RSS of a separate process that opens the index and searches, and in the same run:
brute-force rapidfuzz over every question (`--brute` queries) and a naive FTS5 OR-query of every term
+ rapidfuzz rerank (`--naive` queries).

    .venv/bin/python benchmarks/search_speed.py [--copies 10] [--queries 200] [--brute 3] [--naive 20] [--dir D]
    .venv/bin/python benchmarks/search_speed.py --index D/speed.sqlite3   (measure again, no rebuild)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"

from foi_helper.corpus import Corpus
from foi_helper.corpus.records import Record, record_from_api
from foi_helper.corpus.text import question_terms

ID_STRIDE = 10_000_000


def swapped_copies(values: list[dict], copies: int, seed: int = 1) -> Iterator[Record]:
    """Each record again `copies` times, with three of its words replaced by words of other questions."""
    rng = random.Random(seed)
    words = [
        w for v in values[:5000] for w in (v["questionText"] or "").split() if w.isalpha() and len(w) > 3
    ]
    for k in range(1, copies + 1):
        for v in values:
            text = (v["questionText"] or "").split()
            if not text:
                continue
            for _ in range(3):
                text[rng.randrange(len(text))] = rng.choice(words)
            r = record_from_api(dict(v, id=v["id"] + k * ID_STRIDE, questionText=" ".join(text)))
            if r is not None:
                yield r


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))]


def timed(fn, queries: list[str]) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Wall-clock and CPU milliseconds per query (CPU time too: the machine is shared, wall time is noisy)."""
    wall, cpu = [], []
    for q in queries:
        t, c = time.perf_counter(), time.process_time()
        fn(q)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return wall, cpu


def report(name: str, times: tuple[list[float], list[float]]) -> None:
    wall, cpu = times
    print(
        f"  {name:<28} n={len(wall):<4} median {statistics.median(wall):8.1f} ms   p95 {percentile(wall, 0.95):8.1f} ms"
        f"   (CPU: median {statistics.median(cpu):7.1f}, p95 {percentile(cpu, 0.95):7.1f})"
    )


def naive(corpus: Corpus, text: str) -> list[tuple[float, int]]:
    """Every distinct term OR-ed, bm25 order, top 150 re-ranked by rapidfuzz: the obvious first design."""
    terms = list(dict.fromkeys(question_terms(text)))
    if not terms:
        return []
    rows = corpus.db.execute(
        "SELECT q.id, q.question FROM question_terms f JOIN questions q ON q.id = f.rowid WHERE question_terms "
        "MATCH ? ORDER BY bm25(question_terms) LIMIT 150",
        [" OR ".join(f'"{t}"' for t in terms)],
    ).fetchall()
    return sorted(
        ((fuzz.token_set_ratio(text, q, processor=default_process), i) for i, q in rows), reverse=True
    )[:10]


SEARCHER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from foi_helper.corpus import Corpus
queries = json.load(open({qfile!r}))
with Corpus.open({index!r}) as c:
    for q in queries:
        c.search(q, limit=10)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) parent across fork + exec.
print(next(int(l.split()[1]) // 1024 for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def search_process_rss(index: Path, queries: list[str]) -> int:
    qfile = Path(tempfile.mkdtemp()) / "q.json"
    qfile.write_text(json.dumps(queries))
    code = SEARCHER.format(root=str(ROOT), qfile=str(qfile), index=str(index))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.strip().splitlines()[-1])


def measure(corpus: Corpus, values: list[dict], args: argparse.Namespace, label: str) -> None:
    rng = random.Random(args.seed)
    queries = [v["questionText"] for v in rng.sample(values, args.queries) if v["questionText"]]
    short = [" ".join(question_terms(q)[:3]) for q in queries]
    size = corpus.path.stat().st_size / 1e6
    print(
        f"{label}: {len(corpus):,} records, index {size:,.0f} MB ({size * 1e6 / len(corpus):,.0f} bytes/record)"
    )
    corpus.search(queries[0])  # warm the page cache as a user's second search would find it
    report("search (whole question)", timed(lambda q: corpus.search(q, limit=10), queries))
    report("search (three words)", timed(lambda q: corpus.search(q, limit=10), short))
    report(
        "search + department filter",
        timed(lambda q: corpus.search(q, limit=10, department="health"), queries),
    )
    if args.naive:
        report("naive FTS5 OR + rerank", timed(lambda q: naive(corpus, q), queries[: args.naive]))
    if args.brute:
        texts = [r[0] for r in corpus.db.execute("SELECT question FROM questions")]
        report(
            "brute-force rapidfuzz",
            timed(
                lambda q: process.extract(
                    q, texts, scorer=fuzz.token_sort_ratio, processor=default_process, limit=10
                ),
                queries[: args.brute],
            ),
        )
        del texts
    print(
        f"  search process peak RSS      {search_process_rss(corpus.path, queries[:50])} MB "
        "(a fresh process opening the index and running 50 searches)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--copies", type=int, default=0, help="add this many word-swapped copies (10 → ~1M records)"
    )
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--brute", type=int, default=3)
    ap.add_argument("--naive", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--dir", help="where to build the index (default: a temporary folder)")
    ap.add_argument(
        "--index", help="measure this index, already built by an earlier run, instead of building"
    )
    args = ap.parse_args()
    if args.index:
        with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
            values = [json.loads(line) for line in lines]
        with Corpus.open(args.index) as corpus:
            measure(corpus, values, args, f"existing index {args.index}")
        print("command: .venv/bin/python benchmarks/search_speed.py " + " ".join(sys.argv[1:]))
        return
    folder = Path(args.dir or tempfile.mkdtemp())
    index = folder / "speed.sqlite3"
    index.unlink(missing_ok=True)
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        values = [json.loads(line) for line in lines]
    with Corpus.open(index) as corpus:
        t, c = time.perf_counter(), time.process_time()
        result = corpus.import_paths([QUESTIONS])
        took, cpu = time.perf_counter() - t, time.process_time() - c
        print(
            f"file import of {QUESTIONS.name}: {result.added:,} records in {took:.1f} s = "
            f"{result.added / took:,.0f} records/s (read, parse, index; CPU {result.added / cpu:,.0f}/s)"
        )
        measure(corpus, values, args, "shared corpus")
        if args.copies:
            t, c = time.perf_counter(), time.process_time()
            added, _ = corpus.store(swapped_copies(values, args.copies))
            took, cpu = time.perf_counter() - t, time.process_time() - c
            print(
                f"\nadding {added:,} word-swapped copies: {took:.1f} s = {added / took:,.0f} records/s "
                f"(make records, index; no file parsing; CPU {added / cpu:,.0f}/s)"
            )
            measure(corpus, values, args, f"with {args.copies} copies")
    print(
        f"peak RSS of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )
    print("command: .venv/bin/python benchmarks/search_speed.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
