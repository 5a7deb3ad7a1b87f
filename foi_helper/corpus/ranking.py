"""Search: narrow with the full-text index on the rarest terms, then rank the few candidates with rapidfuzz.

Why this scales: an OR-query over every word of a question makes SQLite score every record holding any of
them (hundreds of thousands at 1M records: ~1.3 s measured). The question's rarest terms carry its subject,
and their posting lists are short, so the candidates come from those alone, within a fixed budget of postings;
the common words still count when rapidfuzz compares the candidates with the question.
"""

from __future__ import annotations

import math
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
CANDIDATES = 150  # records re-ranked by rapidfuzz
HEADING_WEIGHT = 2.0  # a query word in a record's heading counts double: headings name the subject
FUZZ_SHARE = 0.45  # weight of rapidfuzz's similarity in the final score; the rest is the index's bm25
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
    best = -min(r[1] for r in rows) or 1.0
    query_text = strip_preamble(text) + (" " + heading if heading else "")
    to_whom = (addressee(text) or "").lower()
    scored: list[tuple[float, int, str, str | None]] = []
    for rid, bm25, cand_heading, cand_question, cand_addressee in rows:
        # Whole words, stop words included: the wording of a question says much about its subject (measured:
        # token_sort_ratio on the text beat the same on content terms alone, and costs no Python tokenising).
        cand_text = strip_preamble(cand_question) + (" " + cand_heading if cand_heading else "")
        similarity = fuzz.token_sort_ratio(query_text, cand_text, processor=default_process) / 100
        score = (1 - FUZZ_SHARE) * (-bm25 / best) + FUZZ_SHARE * similarity
        if to_whom and to_whom == (cand_addressee or "").lower():
            score += SAME_ADDRESSEE_BONUS
        scored.append((100 * score / (1 + SAME_ADDRESSEE_BONUS), rid, cand_question, cand_heading))
    scored.sort(key=lambda s: -s[0])
    idf = {t: math.log(1 + total / df[t]) for t in df}
    return [
        Candidate(int(rid), round(score, 1), shared_terms(unique, idf, q, h))
        for score, rid, q, h in scored[:limit]
    ]


def candidates(
    db: sqlite3.Connection, chosen: list[str], df: dict[str, int], filters: Filters, wanted: int
) -> list[tuple[int, float, str | None, str, str | None]]:
    """(id, bm25, heading, question, addressee) of the records best matching the chosen terms."""
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
            f"SELECT id, heading, question, addressee FROM questions WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    return [(i, s, *texts[i]) for i, s in scores if i in texts]


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


def shared_terms(query: list[str], idf: dict[str, float], question: str, heading: str | None) -> list[str]:
    """The query's terms that the record holds too, rarest first (why it matched, for the UI)."""
    held = set(question_terms(question)) | set(terms(heading) if heading else ())
    return sorted((t for t in query if t in held and t in idf), key=lambda t: -idf[t])
