"""Build a blind judging pool for graded relevance of related questions.

For each query (real questions of the shared record, varied departments and years; the seed; questions of the
shared pages) the top 10 of several systems over an index of the shared record are pooled, de-duplicated and
shuffled. The pool file names no system; the key file (record ids and which system ranked each where) is kept
apart for scoring with `benchmarks/search_graded.py` once an assessor has graded the pool.

    .venv/bin/python benchmarks/search_pool.py [--out DIR] [--index PATH] [--queries N]

Systems: `related` (foi-helper's related questions, without its score floor so that ten are pooled),
`fts5_question` (plain FTS5 BM25 over question text), `fuzz` (brute-force rapidfuzz token_set_ratio with
default_process over question text), `fts5_all` (FTS5 BM25 over heading, question and answer text),
`fts5_answer` (the same, queried with the answer's opening too).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
QUESTIONS = DATA / "parliament-written-questions" / "questions.jsonl.gz"
PAGES = ["014", "033", "035", "036", "037", "038", "041", "042", "044", "045", "046", "048", "050", "051"]
SEED = ROOT / "foi_helper" / "examples" / "twfy-written-answer-2019-06-24.txt"

from foi_helper.corpus import Corpus
from foi_helper.corpus.index import to_match
from foi_helper.corpus.storage import fetch
from foi_helper.model import Match, WrittenAnswer
from foi_helper.reading.api import written_answer_from_api
from foi_helper.reading.detect import read_answers
from foi_helper.reading.html_text import html_to_text

# A plain peer's stop list: English function words only.
PLAIN_STOP = frozenset(
    [
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
    ]
)


def plain_match(text: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in PLAIN_STOP]
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(words))


class Baselines:
    """The peers' systems over the same records: FTS5 tables in memory, and the texts for rapidfuzz."""

    def __init__(self, corpus: Corpus) -> None:
        rows = corpus.db.execute(
            "SELECT id, heading, question, answer, answer_html FROM questions"
        ).fetchall()
        self.ids = [r[0] for r in rows]
        self.questions = [r[2] for r in rows]
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE q USING fts5 (question)")
        self.db.execute("CREATE VIRTUAL TABLE a USING fts5 (heading, question, answer)")
        self.db.executemany("INSERT INTO q (rowid, question) VALUES (?, ?)", [(r[0], r[2]) for r in rows])
        self.db.executemany(
            "INSERT INTO a (rowid, heading, question, answer) VALUES (?, ?, ?, ?)",
            [(r[0], r[1] or "", r[2], _plain_answer(r[3], bool(r[4]))) for r in rows],
        )
        self.processed = [default_process(q) for q in self.questions]

    def fts5_question(self, answer: WrittenAnswer, exclude: set[int], k: int = 10) -> list[int]:
        sql = "SELECT rowid FROM q WHERE q MATCH ? ORDER BY bm25(q) LIMIT ?"
        found = [r[0] for r in self.db.execute(sql, (plain_match(answer.question), k + len(exclude) + 2))]
        return [i for i in found if i not in exclude][:k]

    def fts5_all(self, answer: WrittenAnswer, exclude: set[int], k: int = 10) -> list[int]:
        sql = "SELECT rowid FROM a WHERE a MATCH ? ORDER BY bm25(a) LIMIT ?"
        text = answer.question + " " + (answer.title or "")
        found = [r[0] for r in self.db.execute(sql, (plain_match(text), k + len(exclude) + 2))]
        return [i for i in found if i not in exclude][:k]

    def fts5_answer(self, answer: WrittenAnswer, exclude: set[int], k: int = 10) -> list[int]:
        sql = "SELECT rowid FROM a WHERE a MATCH ? ORDER BY bm25(a) LIMIT ?"
        text = answer.question + " " + (answer.title or "") + " " + answer.answer[:600]
        found = [r[0] for r in self.db.execute(sql, (plain_match(text), k + len(exclude) + 2))]
        return [i for i in found if i not in exclude][:k]

    def fuzz(self, answer: WrittenAnswer, exclude: set[int], k: int = 10) -> list[int]:
        found = process.extract(
            default_process(answer.question),
            self.processed,
            scorer=fuzz.token_set_ratio,
            limit=k + len(exclude) + 2,
            processor=None,
        )
        return [self.ids[n] for _, _, n in found if self.ids[n] not in exclude][:k]


def _plain_answer(answer: str | None, html: bool) -> str:
    if not answer:
        return ""
    return re.sub(r"<[^>]*>", " ", answer) if html else answer


def related_top(corpus: Corpus, answer: WrittenAnswer, k: int = 10) -> list[int]:
    """foi-helper's related questions, best first, without the score floor (so ten are pooled)."""
    from foi_helper.corpus import index

    floor = index.MIN_RELATED_SCORE
    index.MIN_RELATED_SCORE = 0.0
    try:
        return [m.id for m in corpus.related(answer, limit=k)]
    finally:
        index.MIN_RELATED_SCORE = floor


def pick_records(seed: int, n: int) -> list[dict[str, Any]]:
    """Answered records held in full, with heading, UIN and date, spread over departments and years."""
    rng = random.Random(seed)
    full = []
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as lines:
        values = [json.loads(line) for line in lines]
    for v in values:
        text = v.get("answerText") or ""
        if (
            v.get("heading")
            and v.get("uin")
            and v.get("dateTabled")
            and v.get("answeringBodyName")
            and text.lstrip().startswith("<")
            and len(v.get("questionText") or "") != 255
            and not v.get("answerIsHolding")
            and len(html_to_text(text)) > 120
        ):
            full.append(v)
    rng.shuffle(full)
    chosen: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    departments: dict[str, int] = {}
    for v in full:
        dep, year = v["answeringBodyName"], v["dateTabled"][:4]
        if departments.get(dep, 0) >= 2 or seen.get((dep, year)):
            continue
        departments[dep] = departments.get(dep, 0) + 1
        seen[(dep, year)] = 1
        chosen.append(v)
        if len(chosen) == n:
            break
    return chosen


def query_view(answer: WrittenAnswer) -> dict[str, Any]:
    day = answer.date_tabled or answer.date_answered
    return {
        "heading": answer.title,
        "question": answer.question,
        "answer": answer.answer[:600],
        "date": day.isoformat() if day else None,
        "department": answer.department,
    }


def candidate_view(cid: str, m: Match) -> dict[str, Any]:
    day = m.date_tabled or m.date_answered
    return {
        "cid": cid,
        "heading": m.heading,
        "question": m.question,
        "answer": (m.answer or "")[:400],
        "date": day.isoformat() if day else None,
        "department": m.department,
        "uin": m.uin,
    }


def variants() -> dict[str, dict[str, float]]:
    """foi-helper's related questions under a few weightings of the answer's subject and of wording, so that
    the top 10 of whichever is adopted is judged."""
    return {
        f"related_a{a}_f{f}": {"ANSWER_QUERY_WEIGHT": a, "FUZZ_SHARE": f}
        for a in (0.5, 1.0, 1.5)
        for f in (0.2, 0.4, 0.6)
    }


def related_variant(corpus: Corpus, answer: WrittenAnswer, settings: dict[str, float]) -> list[int]:
    from foi_helper.corpus import ranking

    old = {k: getattr(ranking, k) for k in settings}
    for k, v in settings.items():
        setattr(ranking, k, v)
    try:
        return related_top(corpus, answer)
    finally:
        for k, v in old.items():
            setattr(ranking, k, v)


def extend(args: argparse.Namespace) -> None:
    """A second pool: the candidates of the variants that the first pool lacks, numbered after its own."""
    first = Path(args.extend)
    with open(first / "key.jsonl", encoding="utf-8") as lines:
        keys = [json.loads(line) for line in lines]
    corpus = Corpus.open(Path(args.index))
    answers = dict(load_queries(args))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    with open(out / "pool.jsonl", "w") as pool, open(out / "key.jsonl", "w") as key:
        for k in keys:
            answer = answers[k["source"]]
            held = {c["id"] for c in k["candidates"].values()}
            ranked = {name: related_variant(corpus, answer, v) for name, v in variants().items()}
            ids = [i for i in dict.fromkeys(i for found in ranked.values() for i in found) if i not in held]
            records = fetch(corpus.db, ids)
            ids = [i for i in ids if i in records]
            random.Random(k["qid"]).shuffle(ids)
            start = len(k["candidates"]) + 1
            cids = {i: f"{k['qid']}-c{n:02d}" for n, i in enumerate(ids, start)}
            pool.write(
                json.dumps(
                    {
                        "qid": k["qid"],
                        "query": query_view(answer),
                        "candidates": [candidate_view(cids[i], to_match(records[i], 0.0, [])) for i in ids],
                    }
                )
                + "\n"
            )
            ranks = {
                cids[i]: {"id": i, "ranks": {s: f.index(i) + 1 for s, f in ranked.items() if i in f}}
                for i in ids
            }
            key.write(json.dumps({"qid": k["qid"], "source": k["source"], "candidates": ranks}) + "\n")
            total += len(ids)
            print(k["qid"], len(ids), "new candidates", flush=True)
    print(total, "new candidates in all")


def load_queries(args: argparse.Namespace) -> list[tuple[str, WrittenAnswer]]:
    queries: list[tuple[str, WrittenAnswer]] = [("seed", read_answers(SEED.read_text())[0])]
    for page in PAGES:
        queries.append((f"page-{page}", read_answers((DATA / "pages" / f"{page}.txt").read_text())[0]))
    for v in pick_records(args.seed, args.queries):
        queries.append((f"record-{v['id']}", written_answer_from_api(v)))
    return queries


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--extend", metavar="POOL", help="pool the variants' candidates that POOL lacks")
    ap.add_argument("--out", default="/work/pool/related")
    ap.add_argument("--index", help="an index of the shared record already built (else built in a temp dir)")
    ap.add_argument("--queries", type=int, default=30, help="queries drawn from the shared record")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    if args.extend:
        extend(args)
        return

    tmp = tempfile.TemporaryDirectory()
    path = Path(args.index) if args.index else Path(tmp.name) / "index.db"
    corpus = Corpus.open(path)
    if not len(corpus):
        corpus.import_file(QUESTIONS)
    base = Baselines(corpus)

    queries = load_queries(args)
    systems: dict[str, Callable[[WrittenAnswer, set[int]], list[int]]] = {
        "related": lambda a, ex: related_top(corpus, a),
        "fts5_question": base.fts5_question,
        "fuzz": base.fuzz,
        "fts5_all": base.fts5_all,
        "fts5_answer": base.fts5_answer,
    }
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "pool.jsonl", "w") as pool, open(out / "key.jsonl", "w") as key:
        for n, (source, answer) in enumerate(queries, 1):
            qid = f"q{n:02d}"
            exclude = corpus._same_question(answer)
            ranked = {name: system(answer, exclude) for name, system in systems.items()}
            # The same question held twice (a list record and a detail record) is not a candidate.
            ids = list(dict.fromkeys(i for found in ranked.values() for i in found))
            records = fetch(corpus.db, ids)
            ids = [
                i
                for i in ids
                if i in records
                and not (
                    _same(records[i].question, answer.question)
                    and (not records[i].uin or not answer.uin or records[i].uin == answer.uin)
                )
            ]
            rng.shuffle(ids)
            cids = {i: f"{qid}-c{k:02d}" for k, i in enumerate(ids, 1)}
            candidates = [candidate_view(cids[i], to_match(records[i], 0.0, [])) for i in ids]
            pool.write(json.dumps({"qid": qid, "query": query_view(answer), "candidates": candidates}) + "\n")
            key.write(
                json.dumps(
                    {
                        "qid": qid,
                        "source": source,
                        "query_id": answer.record_id,
                        "candidates": {
                            cids[i]: {
                                "id": i,
                                "ranks": {s: found.index(i) + 1 for s, found in ranked.items() if i in found},
                            }
                            for i in ids
                        },
                    }
                )
                + "\n"
            )
            print(qid, source, len(ids), "candidates", flush=True)
    corpus.close()


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", "", s.lower())

    return norm(a) == norm(b)


if __name__ == "__main__":
    main()
