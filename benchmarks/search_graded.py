"""Graded relevance of related questions: nDCG@10 and P@5 of each system side by side, on blind judgments.

`tests/labels/related_graded.jsonl` holds, for each query (the seed, questions of the shared pages, records of
the shared record), the grade an assessor who had not seen the code gave each pooled candidate (2 = the same
information on the same specific subject, 1 = the same subject, another aspect, 0 = only words, department or
theme), keyed by record id, and the top 10 that foi-helper's related questions gave before the answer's
subject counted (`before`). The pool was made by `benchmarks/search_pool.py`.

Systems, run here over an index of the shared record: `related` (foi-helper today, without its score floor,
so that ten are ranked), `fts5_question` (plain FTS5 BM25 over question text), `fuzz` (brute-force rapidfuzz
token_set_ratio), `fts5_all` (FTS5 BM25 over heading, question and answer text); `before` is replayed from the
labels. A result no assessor judged counts as 0; the count of those is printed per system.

nDCG@10 uses the grade as gain (ideal order: every judged grade of the query); P@5 counts grade >= 1 as
relevant, "P@5 (2)" grade 2 only. `--split` prints the figures for odd and even queries apart.

    .venv/bin/python benchmarks/search_graded.py [--index PATH] [--no-fuzz] [--split]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
LABELS = ROOT / "tests" / "labels" / "related_graded.jsonl"

from search_pool import DATA, QUESTIONS, SEED, Baselines, related_top

from foi_helper.corpus import Corpus
from foi_helper.model import WrittenAnswer
from foi_helper.reading.api import written_answer_from_api
from foi_helper.reading.detect import read_answers


def load_labels() -> list[dict]:
    with open(LABELS, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def query_answer(source: str, records: dict[int, dict]) -> WrittenAnswer:
    if source == "seed":
        return read_answers(SEED.read_text())[0]
    if source.startswith("page-"):
        return read_answers((DATA / "pages" / f"{source[5:]}.txt").read_text())[0]
    return written_answer_from_api(records[int(source.removeprefix("record-"))])


def ndcg(found: list[int], grades: dict[int, int], k: int = 10) -> float:
    dcg = sum(grades.get(i, 0) / math.log2(n + 2) for n, i in enumerate(found[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum(g / math.log2(n + 2) for n, g in enumerate(ideal))
    return dcg / best if best else 0.0


def precision(found: list[int], grades: dict[int, int], k: int = 5, at_least: int = 1) -> float:
    return sum(1 for i in found[:k] if grades.get(i, 0) >= at_least) / k


def make_labels(pool: Path) -> None:
    """Join the assessor's grades (qid, cid, grade) to the key's record ids into LABELS; a second pool in
    POOL/extra (candidates the first lacked) joins in the same way when graded."""
    key: dict[str, dict] = {}
    grades: dict[str, dict[str, int]] = {}
    for folder in (pool, pool / "extra"):
        if not (folder / "key.jsonl").exists():
            continue
        with open(folder / "key.jsonl", encoding="utf-8") as lines:
            for line in lines:
                k = json.loads(line)
                held = key.setdefault(k["qid"], {"source": k["source"], "candidates": {}})
                held["candidates"].update(k["candidates"])
        if (folder / "grades.tsv").exists():
            with open(folder / "grades.tsv", encoding="utf-8") as lines:
                for line in lines:
                    cells = line.rstrip("\n").split("\t")
                    if len(cells) < 3 or cells[2].strip() not in ("0", "1", "2"):
                        continue  # the header, or a line that is no grade
                    grades.setdefault(cells[0].strip(), {})[cells[1].strip()] = int(cells[2])
    LABELS.parent.mkdir(parents=True, exist_ok=True)
    with open(LABELS, "w", encoding="utf-8") as out:
        for qid, k in key.items():
            cands = k["candidates"]
            before = sorted(
                (c for c in cands.values() if "related" in c["ranks"]), key=lambda c: c["ranks"]["related"]
            )
            line = {
                "qid": qid,
                "source": k["source"],
                "grades": {
                    str(cands[cid]["id"]): g for cid, g in sorted(grades.get(qid, {}).items()) if cid in cands
                },
                "before": [c["id"] for c in before],
            }
            out.write(json.dumps(line) + "\n")
    print(f"wrote {LABELS}: {len(key)} queries, {sum(len(g) for g in grades.values())} grades")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--make-labels", metavar="POOL", help="write the labels from POOL/key.jsonl and POOL/grades.tsv"
    )
    ap.add_argument("--index", help="an index of the shared record already built (else built in a temp dir)")
    ap.add_argument("--no-fuzz", action="store_true", help="skip the brute-force baseline (slow)")
    ap.add_argument("--split", action="store_true", help="also print odd and even queries apart")
    args = ap.parse_args()
    if args.make_labels:
        make_labels(Path(args.make_labels))
        return

    labels = load_labels()
    wanted = {int(q["source"].removeprefix("record-")) for q in labels if q["source"].startswith("record-")}
    records: dict[int, dict] = {}
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        for line in lines:
            v = json.loads(line)
            if v["id"] in wanted:
                records[v["id"]] = v

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.index) if args.index else Path(tmp.name) / "index.db"
    corpus = Corpus.open(path)
    if not len(corpus):
        corpus.import_file(QUESTIONS)
    base = Baselines(corpus)
    systems: dict[str, Callable[[WrittenAnswer, set[int]], list[int]]] = {
        "related": lambda a, ex: related_top(corpus, a),
        "fts5_question": base.fts5_question,
        "fts5_all": base.fts5_all,
    }
    if not args.no_fuzz:
        systems["fuzz"] = base.fuzz

    runs: dict[str, list[list[int]]] = {"before": [q["before"] for q in labels]}
    for name in systems:
        runs[name] = []
    for q in labels:
        answer = query_answer(q["source"], records)
        exclude = corpus._same_question(answer)
        for name, system in systems.items():
            runs[name].append(system(answer, exclude))
    seed = corpus.related(query_answer("seed", records), limit=3)
    corpus.close()
    print("the seed's related questions (as the app shows them):")
    for m in seed:
        print(f"  {m.score:5.1f}  {m.department}: {m.heading}\n         {m.why}")

    grades = [{int(k): v for k, v in q["grades"].items()} for q in labels]
    groups = {"all": list(range(len(labels)))}
    if args.split:
        groups["odd"] = groups["all"][0::2]
        groups["even"] = groups["all"][1::2]
    judged = sum(len(g) for g in grades)
    print(
        f"{len(labels)} queries, {judged} judged candidates (grades 2/1/0: "
        f"{sum(v == 2 for g in grades for v in g.values())}/{sum(v == 1 for g in grades for v in g.values())}/"
        f"{sum(v == 0 for g in grades for v in g.values())})"
    )
    for group, members in groups.items():
        print(f"\n[{group}: {len(members)} queries]")
        print(f"{'system':<15} {'nDCG@10':>8} {'P@5':>6} {'P@5(2)':>7} {'unjudged in top 10':>20}")
        for name, found in runs.items():
            n = [ndcg(found[i], grades[i]) for i in members]
            p = [precision(found[i], grades[i]) for i in members]
            p2 = [precision(found[i], grades[i], at_least=2) for i in members]
            unjudged = sum(1 for i in members for r in found[i][:10] if r not in grades[i])
            shown = sum(len(found[i][:10]) for i in members)
            print(
                f"{name:<15} {sum(n) / len(n):8.3f} {sum(p) / len(p):6.3f} {sum(p2) / len(p2):7.3f} "
                f"{unjudged:>10} of {shown}"
            )
    print("\nreproduce: .venv/bin/python benchmarks/search_graded.py")


if __name__ == "__main__":
    main()
