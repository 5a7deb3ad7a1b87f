"""Search: narrow with the full-text index on the rarest terms, then rank the few candidates in Python.

Why this scales: an OR-query over every word of a question makes SQLite score every record holding any of
them (hundreds of thousands at 1M records: ~1.3 s measured). The question's rarest terms carry its subject,
and their posting lists are short, so the candidates come from those alone, within a fixed budget of postings;
the common words still count when the candidates are ranked: BM25 over every query term (in the candidate's
heading, question and the opening of its answer) beside rapidfuzz's likeness of the two questions' wording.

Measured and not done (sibling in top 10, 1000 queries; 86.3% as built): Porter stemming 86.2%;
pseudo-relevance feedback (terms of the best first-pass matches added, their rarest finding more candidates)
86.7% at 1.7x the time, once the query's own record is kept out of the feedback (with it in, its heading and
answer, which grouped siblings share, leaked in and read as 92.7%); sentence embeddings (all-MiniLM-L6-v2)
alone 77.5%, fused with this ranking 86.4% (scores added) or 86.9% (rank fusion), at ~50 questions/s to embed:
benchmarks/search_relevance_embeddings.py.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .text import addressee, question_terms, strip_preamble, terms

MAX_TERMS = 12  # terms sent to the index
MIN_TERMS = 3  # always this many (the rarest), even past the budget
POSTING_BUDGET = 0.06  # share of the records the selected terms may cover together, beyond MIN_TERMS
# ... and never more postings than this: scoring costs ~1-2 µs a posting in SQLite, so at 1M records 6% would
# be 60k postings; measured at 1M, 15k gave p95 51 ms and 10k p95 38 ms. Indexes of up to ~170k records stay
# under the share (5.5k at 92k), so the cap changes nothing there.
MAX_POSTINGS = 10_000
CANDIDATES = 150  # records ranked in Python (300 found 0.7% more siblings for 1.5x the time)
HEADING_WEIGHT = 2.0  # a query word in a record's heading counts double: headings name the subject
# Ranking reads the opening of each candidate's answer too, a query word there counting as one in its question:
# questions grouped for one answer share it, and an answer on the subject is relevant to a requester even when
# its question was worded otherwise. Measured (sibling in top 10, 1000 queries): 83.3% without, 86.3% with;
# with the openings indexed too: 150 characters 86.3%, 300 87.5%, 600 87.1%, 1200 86.2% (further in, answers drift to
# background that other subjects share). Indexing the openings as well (to find candidates by their answers)
# found no more over 3000 held-out queries (86.3% vs 86.2%) and cost 9-18% of the import rate: not done.
ANSWER_WEIGHT = 1.0
ANSWER_CHARS = 300
ANSWER_TERMS = 25
_TAG = re.compile(r"<[^>]*>")
K1, B = 1.2, 0.75  # BM25's usual term saturation and length normalisation
AVERAGE_TERMS = 16  # content terms in a question (mean over the shared corpus: 15.8)
FUZZ_SHARE = 0.6  # weight of rapidfuzz's similarity in the final score; the rest is BM25 over all query terms
# Put to the same minister: a question to the Chancellor about "costs" is nearer earlier Treasury questions.
SAME_ADDRESSEE_BONUS = 0.2


@dataclass
class Filters:
    department: str | None = None
    house: str | None = None
    before: date | None = None
    after: date | None = None

    def sql(self) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        if self.department:
            where.append("q.department LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(self.department.strip()) + "%")
        if self.house:
            where.append("q.house = ?")
            params.append(self.house.capitalize())
        # A question's date is when it was tabled, or answered when that is all the source gave.
        if self.before:
            where.append("COALESCE(q.date_tabled, q.date_answered) < ?")
            params.append(self.before.isoformat())
        if self.after:
            where.append("COALESCE(q.date_tabled, q.date_answered) > ?")
            params.append(self.after.isoformat())
        return (" AND " + " AND ".join(where)) if where else "", params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class Candidate:
    id: int
    score: float  # 0–100
    shared: list[str]  # query terms the record holds, rarest first


def document_frequencies(db: sqlite3.Connection, wanted: list[str]) -> dict[str, int]:
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = db.execute(f"SELECT term, doc FROM question_vocab WHERE term IN ({marks})", wanted).fetchall()
    return {t: int(d) for t, d in rows}


def choose_terms(df: dict[str, int], total: int) -> list[str]:
    """The rarest query terms whose postings together stay within the budget (at least MIN_TERMS)."""
    budget = min(max(POSTING_BUDGET * total, 2000), MAX_POSTINGS)
    chosen: list[str] = []
    covered = 0
    for term in sorted(df, key=lambda t: (df[t], t)):
        if len(chosen) >= MAX_TERMS or (len(chosen) >= MIN_TERMS and covered + df[term] > budget):
            break
        chosen.append(term)
        covered += df[term]
    return chosen


def rank(
    db: sqlite3.Connection,
    text: str,
    total: int,
    limit: int,
    filters: Filters,
    heading: str | None = None,
    exclude: set[int] | None = None,
) -> list[Candidate]:
    """The best `limit` records for a question (or a few words), best first."""
    query = question_terms(text) + (terms(heading) if heading else [])
    unique = list(dict.fromkeys(query))
    df = document_frequencies(db, unique)
    chosen = choose_terms(df, total)
    if not chosen:
        return []
    rows = candidates(db, chosen, df, filters, max(CANDIDATES, limit) + len(exclude or ()))
    rows = [r for r in rows if not exclude or r[0] not in exclude]
    if not rows:
        return []
    # A term no question or heading holds can still be in a candidate's answer: it is as rare as terms get.
    idf = {t: math.log(1 + total / max(df.get(t, 0), 1)) for t in unique}
    query_text = strip_preamble(text) + (" " + heading if heading else "")
    to_whom = (addressee(text) or "").lower()
    stripped = {rid: strip_preamble(q) for rid, _, q, _, _, _ in rows}
    bags = {rid: term_bag(h, stripped[rid], a, html) for rid, h, _, _, a, html in rows}
    weights = {rid: bm25f(unique, idf, bag) for rid, bag in bags.items()}
    best = max(weights.values()) or 1.0
    scored: list[tuple[float, int]] = []
    for rid, cand_heading, _, cand_addressee, _, _ in rows:
        # Whole words, stop words included: the wording of a question says much about its subject (measured:
        # token_sort_ratio on the text beat the same on content terms alone, and costs no Python tokenising).
        cand_text = stripped[rid] + (" " + cand_heading if cand_heading else "")
        similarity = fuzz.token_sort_ratio(query_text, cand_text, processor=default_process) / 100
        score = (1 - FUZZ_SHARE) * weights[rid] / best + FUZZ_SHARE * similarity
        if to_whom and to_whom == (cand_addressee or "").lower():
            score += SAME_ADDRESSEE_BONUS
        scored.append((100 * score / (1 + SAME_ADDRESSEE_BONUS), rid))
    scored.sort(key=lambda s: -s[0])
    return [
        Candidate(rid, round(score, 1), shared_terms(unique, idf, bags[rid])) for score, rid in scored[:limit]
    ]


def term_bag(
    heading: str | None, question: str, answer: str | None, html: bool
) -> tuple[dict[str, float], int]:
    """A record's terms weighted by where they stand (heading, question without its opening, answer's
    opening), and how many terms its question has."""
    bag: dict[str, float] = {}
    body = terms(question)
    for t in body:
        bag[t] = bag.get(t, 0.0) + 1.0
    for t in terms(heading) if heading else ():
        bag[t] = bag.get(t, 0.0) + HEADING_WEIGHT
    for t in answer_terms(answer, html):
        bag[t] = bag.get(t, 0.0) + ANSWER_WEIGHT
    return bag, len(body)


def answer_terms(answer: str | None, html: bool) -> list[str]:
    """The first terms of an answer (its HTML tags are not words of it)."""
    if not answer:
        return []
    opening = _TAG.sub(" ", answer[: ANSWER_CHARS * 2])[:ANSWER_CHARS] if html else answer[:ANSWER_CHARS]
    return terms(opening)[:ANSWER_TERMS]


def bm25f(query: list[str], idf: dict[str, float], bag: tuple[dict[str, float], int]) -> float:
    """BM25 over every query term, the common ones too, with the index's column weights.

    The index can only afford the rarest terms (their posting lists are short); over the few candidates,
    Python can weigh them all, and that ranks better than the index's score on the rare terms alone
    (measured: 85.1% → 87.2% sibling in top 10).
    """
    weighted, length = bag
    norm = K1 * (1 - B + B * length / AVERAGE_TERMS)
    score = 0.0
    for t in query:
        f = weighted.get(t)
        if f and t in idf:
            score += idf[t] * f * (K1 + 1) / (f + norm)
    return score


def candidates(
    db: sqlite3.Connection, chosen: list[str], df: dict[str, int], filters: Filters, wanted: int
) -> list[tuple[int, str | None, str, str | None, str | None, bool]]:
    """(id, heading, question, addressee, answer, answer_html) of the records best matching the chosen terms,
    best first."""
    if sum(df[t] for t in chosen) <= MAX_POSTINGS:
        scores = _scored(db, " OR ".join(f'"{t}"' for t in chosen), filters, wanted, "s")
    else:
        # Only common terms (a few everyday words): scoring every record holding any of them is what made
        # three-word queries slow at 1M records. Records holding all of them come first; if too few do, the
        # newest records holding the rarest term fill up (ordered by rowid, so only those few are scored).
        scores = _scored(db, " AND ".join(f'"{t}"' for t in chosen), filters, wanted, "s")
        if len(scores) < wanted:
            seen = {i for i, _ in scores}
            extra = _scored(db, f'"{chosen[0]}"', filters, wanted, "f.rowid DESC")
            scores += [(i, s) for i, s in extra if i not in seen][: wanted - len(scores)]
    if not scores:
        return []
    ids = [i for i, _ in scores]
    texts = {
        r[0]: r[1:]
        for r in db.execute(
            f"SELECT id, heading, question, addressee, answer, answer_html FROM questions WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    return [(i, *texts[i]) for i, _ in scores if i in texts]


def _scored(
    db: sqlite3.Connection, match: str, filters: Filters, wanted: int, order: str
) -> list[tuple[int, float]]:
    where, params = filters.sql()
    # The filters' columns live in `questions`; without filters the index alone answers (joining every
    # posting to its record before the sort cost 2/3 of the time, measured).
    join = "JOIN questions q ON q.id = f.rowid " if where else ""
    sql = (
        f"SELECT f.rowid, bm25(question_terms, ?, 1.0) AS s FROM question_terms f {join}"
        f"WHERE question_terms MATCH ?{where} ORDER BY {order} LIMIT ?"
    )
    return [(int(i), float(s)) for i, s in db.execute(sql, [HEADING_WEIGHT, match, *params, wanted])]


def shared_terms(query: list[str], idf: dict[str, float], bag: tuple[dict[str, float], int]) -> list[str]:
    """The query's terms that the record holds too, rarest first (why it matched, for the UI)."""
    held = bag[0]
    return sorted((t for t in query if t in held and t in idf), key=lambda t: -idf[t])
