"""Relevance of `Corpus.search`: how often a groupedQuestions sibling of a question is in its top 10.

For questions of the shared corpus whose groupedQuestions siblings are also in it, query by the question text
alone (not the heading) and count how often a sibling is among the top 10 results, the query record excluded.
Baselines in the same run, over the same sample: brute-force rapidfuzz `process.extract` with
`token_sort_ratio` over every question, and plain BM25 over content words (an in-memory inverted index).

    .venv/bin/python benchmarks/search_relevance.py [--sample N] [--brute N] [--index PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT.parent / "shared" / "data" / "parliament-written-questions" / "questions.jsonl.gz"

from foi_helper.corpus import Corpus

STOP = {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "if",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "she",
        "that",
        "the",
        "their",
        "they",
        "this",
        "to",
        "was",
        "were",
        "what",
        "which",
        "will",
        "with",
        "ask",
        "secretary",
        "state",
        "department",
        "steps",
        "taking",
    }


def load() -> tuple[list[dict], dict[int, set[int]]]:
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        values = [json.loads(line) for line in lines]
    by_uin: dict[str, list[dict]] = defaultdict(list)
    for v in values:
        if v.get("uin"):
            by_uin[str(v["uin"])].append(v)
    siblings: dict[int, set[int]] = {}
    for v in values:
        dates = {
            d["questionUin"]: (d.get("dateTabled") or "")[:10] for d in v.get("groupedQuestionsDates") or []
        }
        found = set()
        for uin in v.get("groupedQuestions") or []:
            for w in by_uin.get(str(uin), []):
                if w["id"] != v["id"] and (
                    not dates.get(str(uin)) or (w.get("dateTabled") or "")[:10] == dates[str(uin)]
                ):
                    found.add(w["id"])
        if found:
            siblings[v["id"]] = found
    return values, siblings


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP]


class BM25:
    def __init__(self, docs: list[tuple[int, str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.ids = [i for i, _ in docs]
        self.post: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lens = []
        for n, (_, text) in enumerate(docs):
            ws = words(text)
            self.lens.append(len(ws))
            for w, tf in Counter(ws).items():
                self.post[w].append((n, tf))
        self.avg = sum(self.lens) / len(self.lens)
        self.k1, self.b, self.N = k1, b, len(docs)

    def top(self, text: str, k: int) -> list[int]:
        scores: dict[int, float] = defaultdict(float)
        for w in set(words(text)):
            plist = self.post.get(w, [])
            if not plist:
                continue
            idf = math.log(1 + (self.N - len(plist) + 0.5) / (len(plist) + 0.5))
            for n, tf in plist:
                scores[n] += (
                    idf
                    * tf
                    * (self.k1 + 1)
                    / (tf + self.k1 * (1 - self.b + self.b * self.lens[n] / self.avg))
                )
        best = sorted(scores, key=scores.__getitem__, reverse=True)[:k]
        return [self.ids[n] for n in best]


def hit(found: list[int], qid: int, sibs: set[int]) -> bool:
    return any(i in sibs for i in [i for i in found if i != qid][:10])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=1000, help="queries for our search and BM25")
    ap.add_argument("--brute", type=int, default=100, help="queries for the (slow) brute-force baseline")
    ap.add_argument("--index", help="an index of the shared corpus already built (else built in a temp dir)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--skip", type=int, default=0, help="leave out the first N shuffled queries (a held-out sample)"
    )
    args = ap.parse_args()
    values, siblings = load()
    queries = sorted(siblings)
    random.Random(args.seed).shuffle(queries)
    sample = queries[args.skip : args.skip + args.sample]
    by_id = {v["id"]: v for v in values}
    print(f"{len(values)} records, {len(queries)} with a sibling in the corpus; sample {len(sample)}")

    path = Path(args.index) if args.index else Path(tempfile.mkdtemp()) / "c.sqlite3"
    corpus = Corpus.open(path)
    if not len(corpus):
        corpus.import_file(QUESTIONS)
    t = time.perf_counter()
    ours = sum(
        hit([m.id for m in corpus.search(by_id[q]["questionText"], limit=11)], q, siblings[q]) for q in sample
    )
    took = time.perf_counter() - t
    print(
        f"foi-helper search : {ours / len(sample):6.1%} sibling in top 10   ({took / len(sample) * 1000:.1f} ms/query)"
    )

    from foi_helper.model import WrittenAnswer

    t = time.perf_counter()
    related = 0
    for q in sample:
        v = by_id[q]
        answer = WrittenAnswer(
            source_format="parliament_api",
            question=v["questionText"],
            title=v["heading"],
            uin=v["uin"],
            record_id=q,
        )
        related += hit([m.id for m in corpus.related(answer, limit=10)], q, siblings[q])
    took = time.perf_counter() - t
    print(
        f"related() + heading: {related / len(sample):6.1%} sibling in top 10   "
        f"({took / len(sample) * 1000:.1f} ms/query; the record's own heading given, as `analyse` does)"
    )

    bm = BM25([(v["id"], v["questionText"] or "") for v in values])
    t = time.perf_counter()
    plain = sum(hit(bm.top(by_id[q]["questionText"], 11), q, siblings[q]) for q in sample)
    took = time.perf_counter() - t
    print(
        f"plain BM25        : {plain / len(sample):6.1%} sibling in top 10   ({took / len(sample) * 1000:.1f} ms/query)"
    )

    choices = {v["id"]: v["questionText"] or "" for v in values}
    brute_sample = sample[: args.brute]
    t = time.perf_counter()
    brute = 0
    brute_ours = 0
    for q in brute_sample:
        found = process.extract(
            by_id[q]["questionText"],
            choices,
            scorer=fuzz.token_sort_ratio,
            processor=default_process,
            limit=11,
        )
        brute += hit([key for _, _, key in found], q, siblings[q])
        brute_ours += hit([m.id for m in corpus.search(by_id[q]["questionText"], limit=11)], q, siblings[q])
    took = time.perf_counter() - t
    if brute_sample:
        print(
            f"brute token_sort  : {brute / len(brute_sample):6.1%} sibling in top 10   "
            f"(first {len(brute_sample)} queries; foi-helper on those: {brute_ours / len(brute_sample):.1%})"
        )
    print(
        f"command: .venv/bin/python benchmarks/search_relevance.py --sample {args.sample} --brute {args.brute}"
        + (f" --skip {args.skip}" if args.skip else "")
        + (f" --seed {args.seed}" if args.seed != 7 else "")
    )
    corpus.close()


if __name__ == "__main__":
    main()
