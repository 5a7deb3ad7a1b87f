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

Related questions are judged on graded relevance (benchmarks/search_graded.py; 45 queries, 1,471 candidates of
five systems pooled and graded 0/1/2 blind; unjudged results count as 0). nDCG@10 / P@5, one run: before the
answer's subject counted 0.473 / 0.413; plain FTS5 BM25 over question text 0.418 / 0.364; FTS5 BM25 over
heading, question and answer 0.458 / 0.427; brute-force rapidfuzz 0.162 / 0.173; with the answer's subject
0.495 / 0.431 (0.505 / 0.467 over judged results only: some of its results are in no pool). Tried on the same
set: the answer's subject at half weight 0.502, at 1.5 0.503; rapidfuzz's share 0.4 0.492, 0.6 0.448 (0.2
kept); the question's words and the subject scored apart and given half each 0.446; no same-department bonus
0.510, 0.2 0.488; more of the candidates' answers read (600 characters, 60 terms) 0.505; citable records not
put first 0.516 (so citable first costs about 0.02). All within about 0.03 of each other, the noise of 45
queries. A semantic re-ranker was not tried on this set: no registry package ships a small English embedding
model without torch, and the earlier one (all-MiniLM-L6-v2) added 0.6 points of siblings at 50 questions/s.

Measured again later on the same 45 queries, now split odd/even (`--split`; tuned on odd, even kept aside),
as built: nDCG@10 / P@5 odd 0.531 / 0.478, even 0.552 / 0.491, all 0.541 / 0.484 (41 of 450 unjudged). With
4 queries holding no judged relevant record, a perfect order of the judged records reaches only 0.911 / 0.818.
Tried, none adopted (all, or odd / even where they part; unjudged count of the top 10 in brackets):
- a TF-IDF cosine of the whole query (question, heading, every subject term of the answer) with each
  candidate's question, heading and 600-character answer opening, added to the score: 0.545 / 0.498 at weight
  1 (odd 0.532, even 0.558; 49 unjudged), 0.543 at 0.5, 0.534 at 2; the candidates' other terms at rarity 3
  0.547, 7 0.539. Over a larger pool (300 + 100 candidates) it looked better (0.571), but only because the
  larger pool alone lowers this ranking to 0.536: the cosine mended what the extra candidates spoiled.
- same-department bonus 0 0.547, 0.2 0.535, 0.3 0.534, 0.5 0.520 (55 unjudged); heading weight 1 0.535 / 0.507
  (odd 0.505, even 0.566), 3 0.486; rapidfuzz share 0.1 0.544, 0 0.542; answer-opening weight 2 0.529, 0.5
  0.540 / 0.516; subject weight 0.5 0.525, 2 0.536; citable not first 0.538 / 0.498; 20 subject terms 0.555
  (odd 0.549, even 0.562; 48 unjudged), 6 0.521; CANDIDATES 100 0.536, 60 0.506; SUBJECT_CANDIDATES 50 0.547,
  200 0.545. All within the noise of 45 queries.
- features over the judged candidates (AUC, relevant against 0): this score 0.72, the cosine above 0.83,
  bigram (phrase) matches of the query's terms 0.74, nearness in time 0.66, same department 0.56, same
  heading 0.57. Linear mixes of them, chosen on odd queries, lifted even by 0.02-0.04 over the larger pool,
  and no more than the cosine alone in the real one.
- WordLlama (a static embedding package whose wheel holds its 256-d weights, 33 MB with numpy, tokenizers and
  safetensors; its loader looks for the tokenizer in the wrong folder and downloads it, so it has to be read
  by hand): cosine of question, heading and answer subject against question, heading and answer opening, AUC
  0.84; added to the score and the TF-IDF cosine over the larger pool, 0.586-0.598 against 0.563 without.
  Over this ranking's own top 150, re-sorted by score alone (no citable-first, same-text duplicates kept:
  0.526), + WordLlama 0.557, + the cosine 0.556, + both 0.569 (odd 0.548, even 0.592; 72 unjudged against 46),
  while embedding 150 candidates' 600-character texts took 115 ms a query, more than the whole ranking.
  Below the 0.05 it must earn and too slow: not a dependency. (The cosine's +0.03 in that re-sort shrank to
  +0.004 once written into `rank`, where citable records come first and answer openings are read from the
  first 600 characters of the stored HTML: not resolved.)

Speed (benchmarks/search_speed_ratios.py, 1M records; FTS5, fetching the candidates and ranking them in
Python, profiled): a search spent 13 ms CPU, of it 3.1 ms making each candidate's terms again from its
question, heading and answer opening (now stored in its row when it is stored: `stored_terms`, ~350 bytes a
record, 30% of the index), 3.3 ms reading the chosen terms' postings (now one string of ids a term: stepping
through rows cost three times what FTS5 takes to read them), 1.9 ms explaining the ten matches (explain.py),
0.9 ms rapidfuzz (now one call for all candidates). Tried and not kept: memory-mapping the index (`PRAGMA
mmap_size`, no difference in the best of three runs); one pattern for all refusals in the explanations (as
slow as each in turn); summing postings in SQL (UNION ALL, GROUP BY: as slow); a smaller posting cap or fewer
candidates (see MAX_POSTINGS, CANDIDATES: both cost relevance); tantivy as the candidate generator: its BM25
top 150 of the content terms took p95 7.1 ms (median 2.5) in the same run as `candidates` took 8.4 ms (median
4.8) with the 150 rows read, which it would need too; ranking and explaining stay, so no nearer the goal, for
a second index. With these changes, alternated with runs without them (two each): p95 19.2 and 12.9 ms against
22.7 and 24.2; 2.7x and 2.9x tantivy's content-terms top 10 against 4.6x and 4.1x; the same results (graded
nDCG@10 / P@5 0.541 / 0.484, siblings in the top 10 85.8%, related 88.6%).
"""

from __future__ import annotations

import heapq
import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from .text import addressee, question_terms, strip_preamble, terms

MAX_TERMS = 12  # terms sent to the index
MIN_TERMS = 3  # always this many (the rarest), even past the budget
POSTING_BUDGET = 0.06  # share of the records the selected terms may cover together, beyond MIN_TERMS
# ... and never more postings than this: scoring costs ~1-2 µs a posting in SQLite, so at 1M records 6% would
# be 60k postings; measured at 1M, 15k gave p95 51 ms and 10k p95 38 ms. Indexes of up to ~170k records stay
# under the share (5.5k at 92k), so the cap changes nothing there. A cap of 5k (which binds at 92k too) cost
# related questions 0.015 of graded nDCG@10 (0.541 -> 0.526), 4k 0.016: kept at 10k.
MAX_POSTINGS = 10_000
# Records ranked in Python (300 found 0.7% more siblings for 1.5x the time; 100 found 0.9% fewer, 84.9%
# against 85.8%, and related questions 1.0% fewer siblings and 0.005 less graded nDCG@10, for a third less
# ranking time).
CANDIDATES = 150
HEADING_WEIGHT = 2.0  # a query word in a record's heading counts double: headings name the subject
# Ranking reads the opening of each candidate's answer too, a query word there counting as one in its question:
# questions grouped for one answer share it, and an answer on the subject is relevant to a requester even when
# its question was worded otherwise. Measured (sibling in top 10, 1000 queries): 83.3% without, 86.3% with;
# with the openings indexed too: 150 characters 86.3%, 300 87.5%, 600 87.1%, 1200 86.2% (further in, answers drift to
# background that other subjects share). Indexing the openings as well (to find candidates by their answers)
# found no more over 3000 held-out queries (86.3% vs 86.2%) and cost 9-18% of the import rate: not done.
ANSWER_WEIGHT = 1.0
# Each row keeps the terms of its answer's opening (`stored_terms`): a change to these two needs a new
# TERMS_VERSION, so that opening an index makes them again.
ANSWER_CHARS = 300
ANSWER_TERMS = 25
_TAG = re.compile(r"<[^>]*>")
K1, B = 1.2, 0.75  # BM25's usual term saturation and length normalisation
AVERAGE_TERMS = 16  # content terms in a question (mean over the shared corpus: 15.8)
FUZZ_SHARE = 0.6  # weight of rapidfuzz's similarity in the final score; the rest is BM25 over all query terms
# ... for related questions, whose query holds the answer's subject too: measured on the graded set (45 queries),
# nDCG@10 0.495 at 0.2, 0.492 at 0.4, 0.448 at 0.6 (the wording of the question matters less than its subject).
RELATED_FUZZ_SHARE = 0.2
# Put to the same minister: a question to the Chancellor about "costs" is nearer earlier Treasury questions.
SAME_ADDRESSEE_BONUS = 0.2
# Related questions: the same answering department is the body whose earlier answer a letter cites.
SAME_DEPARTMENT_BONUS = 0.1
# A record without UIN or date cannot be named in a letter: among related questions it stands below citable
# ones scoring up to this many points more (it is still shown, marked, when nothing citable comes close).
UNCITABLE_MARGIN = 10.0


# Related questions query by the whole answer: the question's terms, its heading's, and the subject terms of
# its answer (the programmes, bodies and places it names), which other questions on the subject share even
# when worded otherwise. Evasions and restated policy say nothing of the subject, nor do the words every
# answer is made of.
QUESTION_WEIGHT = 1.0
ANSWER_QUERY_WEIGHT = 1.0  # a subject term of the answer, against 1 for a word of the question or heading
SUBJECT_TERMS = 12  # the answer's most telling terms that join the query
SUBJECT_CANDIDATES = 100  # records found by the answer's subject terms, besides those found by the question
SUBJECT_CHARS = 3000  # the opening of the answer read for its subject
# "my hon. Friend the Member for X", "Official Report, column 12W", "PQ 12345": the prose of the House.
_WESTMINSTER = re.compile(
    r"\b(?:my|the) (?:right )?(?:hon(?:ourable)?\.?|noble) (?:and (?:gallant|learned) )?(?:Friend|Member|Lady|"
    r"Gentleman|Lord|Baroness)(?: the Member)?(?: for [A-Z][\w'-]*(?:,? (?:and )?[A-Z][\w'-]*)*)?|"
    r"\bOfficial Report\b[^.;]*|\b(?:PQ|UIN|Question)s? ?\d+\b|"
    r"\b(?:Home|Foreign|Health|Defence|Justice|Education|Culture|Transport|Business|Energy|Work and Pensions|"
    r"Environment|Scottish|Welsh|Northern Ireland|Chief|Financial|Exchequer) Secretary\b|"
    r"\bSecretary of State(?: for [A-Z][\w,' ]*?(?=[.,;]| (?:has|have|is|was|will|and|to|on|in)\b))?|"
    r"\b(?:Prime )?Minister(?: of State)?(?: for [A-Z][\w' ]*?(?=[.,;]| (?:has|have|is|was|will|and|to|on)\b))?|"
    r"\bthe (?:House|Chamber|Department)\b|\bthis Government\b",
    re.IGNORECASE,
)
_CALENDAR_WORDS = """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday week month year today yesterday
    """
_CALENDAR = frozenset(_CALENDAR_WORDS.split())
# Sentences of these kinds say why nothing was given; "in due course" and restated policy still name the subject.
_EVASIONS = frozenset({"holding", "disproportionate_cost", "not_held", "refers_elsewhere", "no_comment"})
# Terms held by at least 400 answers of the shared record and by at least 8 times as many answers as
# questions (benchmarks/search_boilerplate.py prints them): the words of Westminster prose.
_ANSWER_BOILERPLATE_WORDS = """
    accordance according across actively addition additionally addressing aim aligned along alongside
    already although alway ambition ambitious amp announced annually approach appropriate approximately
    around aspect attached aware balance believe best better broad broader cannot carefully carry
    centrally certain challenge choice clear closely coming comment committed complex comprehensive
    concern concerned confirm confirmed consider considering consistent consulting contain continue
    continuing course covering currently decade decide defra deliver delivering demonstrate depend
    depending designed detail detailed determined develop developed dialogue directly disproportionate
    done drive dwp earlier effective effectively efficient engage engaged engaging enhance essential
    established ever every everyone example expectation expertise explore exploring extensive face far
    faster fcdo feedback find focus focused follow found friend fully gave give goal gov half heart
    highest highly however http importance important improved include including independently inform
    instead intended intention introduced invest invested investing keep kept key know knowledge known
    largest later launched leading like likely link locally look looking majority manage manifesto
    matter mean meaning nearly necessary need needed normal note offer often ongoing org overall
    particular pdf play positive possible prepared priority problem proportionate quarterly quickly
    range recently recognise refer reflect regard regardless regular regularly represent requested
    responsible robust routinely rt see seek seriously sery set several shortly show significant
    significantly soon specific specifically stand starting statistical still summer sure table taxpayer
    th therefore throughout together top topic uin understand underway usual variety various vary view
    vital want way website welcome well whilst wide widely wider wish worked www yet
    """
ANSWER_BOILERPLATE = frozenset(_ANSWER_BOILERPLATE_WORDS.split())
_NOT_SUBJECT = ANSWER_BOILERPLATE | _CALENDAR


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
    """How many records hold each term (terms none holds are left out). Counts come from `term_df`, and
    those it lacks from the full-text vocabulary, which counts by reading every posting of the term; they are
    kept for the next search when the index can be written at once (never waiting on another writer)."""
    if not wanted:
        return {}
    known = _in_batches(db, "SELECT term, doc FROM term_df WHERE term IN ({})", wanted)
    missing = [t for t in wanted if t not in known]
    if missing:
        known.update(_count(db, missing))
    return {t: d for t, d in known.items() if d > 0}


def _in_batches(db: sqlite3.Connection, sql: str, terms: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(terms), 500):
        chunk = terms[start : start + 500]
        out.update((t, int(d)) for t, d in db.execute(sql.format(",".join("?" * len(chunk))), chunk))
    return out


def _count(db: sqlite3.Connection, terms: list[str]) -> dict[str, int]:
    vocab = "SELECT term, doc FROM question_vocab WHERE term IN ({})"
    if db.in_transaction or not _lock_now(db):
        # Another process is writing (its change would make these counts stale anyway), or read-only.
        return _in_batches(db, vocab, terms)
    try:
        counted = _in_batches(db, vocab, terms)
        rows = [(t, counted.get(t, 0)) for t in terms]
        db.executemany("INSERT OR REPLACE INTO term_df (term, doc) VALUES (?, ?)", rows)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return counted


def _lock_now(db: sqlite3.Connection) -> bool:
    """BEGIN IMMEDIATE if no other connection holds the write lock; False (no transaction) otherwise."""
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute("PRAGMA busy_timeout = 0")
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return True


def forget_frequencies(db: sqlite3.Connection) -> None:
    """The records changed: every kept count may be wrong (inside the writer's transaction)."""
    db.execute("DELETE FROM term_df")


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
    answer: str | None = None,
    department: str | None = None,
) -> list[Candidate]:
    """The best `limit` records for a question (or a few words), best first. With `answer` (related
    questions), the answer's subject terms weigh in, a record of `department` gains a little, and records a
    letter cannot cite (no UIN or no date) stand below citable ones of similar score."""
    query = question_terms(text) + (terms(heading) if heading else [])
    unique = list(dict.fromkeys(query))
    subject = subject_terms(answer) if answer else []
    df = document_frequencies(db, unique + subject)
    weights = {t: QUESTION_WEIGHT for t in unique}
    for t in _ranked_subject(subject, df, total):
        weights[t] = weights.get(t, 0.0) + ANSWER_QUERY_WEIGHT
    chosen = choose_terms({t: df[t] for t in unique if t in df}, total)
    wanted = max(CANDIDATES, limit) + len(exclude or ())
    rows = candidates(db, chosen, df, filters, wanted, total) if chosen else []
    # The answer's subject finds candidates of its own: in one query with the question's words, the many
    # questions sharing a common word of the question ("social media") would crowd out those sharing the
    # answer's subject ("child sexual exploitation") and not its wording.
    about = choose_terms({t: df[t] for t in weights if t in df and t not in unique}, total)
    if about:
        held = {r.id for r in rows}
        rows += [r for r in candidates(db, about, df, filters, SUBJECT_CANDIDATES, total) if r.id not in held]
    rows = [r for r in rows if not exclude or r.id not in exclude]
    if not rows:
        return []
    # A term no question or heading holds can still be in a candidate's answer: it is as rare as terms get.
    idf = {t: math.log(1 + total / max(df.get(t, 0), 1)) for t in weights}
    query_text = strip_preamble(text) + (" " + heading if heading else "")
    to_whom = (addressee(text) or "").lower()
    body = (department or "").lower()
    stripped = {r.id: strip_preamble(r.question) for r in rows}
    asked = frozenset(weights)
    bags = {r.id: term_bag(r, stripped[r.id], asked) for r in rows}
    bm25 = {rid: bm25f(weights, idf, bag) for rid, bag in bags.items()}
    best = max(bm25.values()) or 1.0
    fuzz_share = RELATED_FUZZ_SHARE if answer else FUZZ_SHARE
    top = 1 + SAME_ADDRESSEE_BONUS + (SAME_DEPARTMENT_BONUS if body else 0.0)
    # Whole words, stop words included: the wording of a question says much about its subject (measured:
    # token_sort_ratio on the text beat the same on content terms alone, and costs no Python tokenising).
    # One call for all candidates: the query is prepared once.
    likeness = [0.0] * len(rows)
    texts = [stripped[r.id] + (" " + r.heading if r.heading else "") for r in rows]
    for _, ratio, n in process.extract(
        query_text, texts, scorer=fuzz.token_sort_ratio, processor=default_process, limit=None
    ):
        likeness[n] = ratio / 100
    scored: list[tuple[float, float, Row]] = []
    for r, similarity in zip(rows, likeness):
        score = (1 - fuzz_share) * bm25[r.id] / best + fuzz_share * similarity
        if to_whom and to_whom == (r.addressee or "").lower():
            score += SAME_ADDRESSEE_BONUS
        if body and body == (r.department or "").lower():
            score += SAME_DEPARTMENT_BONUS
        score = 100 * score / top
        citable = bool(r.uin and r.dated)
        scored.append((score if citable or answer is None else score - UNCITABLE_MARGIN, score, r))
    scored.sort(key=lambda s: (-s[0], s[2].id))
    return [
        Candidate(r.id, round(score, 1), shared_terms(list(weights), idf, bags[r.id]))
        for _, score, r in scored[:limit]
    ]


def _ranked_subject(subject: list[str], df: dict[str, int], total: int) -> list[str]:
    """The answer's subject terms, most telling first (often in the answer, rare in the index), at most
    SUBJECT_TERMS of them."""
    counts: dict[str, int] = {}
    for t in subject:
        counts[t] = counts.get(t, 0) + 1
    idf = {t: math.log(1 + total / max(df.get(t, 0), 1)) for t in counts}
    # A word no indexed question holds is as likely a name or a misspelling as a subject: it counts as rare,
    # not as the rarest.
    rare = math.log(1 + total / 5)
    # An answer names its subject again and again: each mention counts (a word used once is more often an aside).
    score = {t: c * min(idf[t], rare) for t, c in counts.items()}
    return sorted(score, key=lambda t: (-score[t], t))[:SUBJECT_TERMS]


def subject_terms(answer: str) -> list[str]:
    """The terms of what an answer is about, in order, repeats kept: its sentences without the stock
    evasions ("not held centrally", "disproportionate cost", "I refer the hon. Member …"), and without the
    words of Westminster prose (ANSWER_BOILERPLATE). A sentence restating policy keeps its subject ("committed
    to tackling child sexual exploitation"), only its prose goes. Figures are left out: "300,000" is a fact,
    not a subject."""
    from ..analysis.evasions import PATTERNS
    from ..analysis.text import split_sentences

    text = _TAG.sub(" ", answer) if answer.lstrip().startswith("<") else answer
    evasive = [p for kind, p in PATTERNS if kind in _EVASIONS]
    out: list[str] = []
    for sentence in split_sentences(text[:SUBJECT_CHARS]):
        if any(p.search(sentence) for p in evasive):
            continue
        sentence = _WESTMINSTER.sub(" ", sentence)
        out += [t for t in terms(sentence) if not t[0].isdigit() and t not in _NOT_SUBJECT]
    return out


def stored_terms(heading: str, body: str, answer: str | None, html: bool) -> str:
    """What a record's row keeps for ranking, made when it is stored: its question's terms, its heading's and
    its answer opening's, each list space-separated, tab between them. `heading` and `body` are the terms the
    full-text index holds (space-separated)."""
    return f"{body}\t{heading}\t{' '.join(answer_terms(answer, html))}"


def term_bag(row: Row, question: str, wanted: frozenset[str]) -> tuple[dict[str, float], int]:
    """A candidate's `wanted` terms (the query's) weighted by where they stand (heading, `question` without
    its opening, answer's opening), and how many terms its question has: from the ranking terms its row keeps,
    or, for a row written without them (by another program), from its question and heading."""
    parts: Sequence[str] = row.terms.split("\t") if row.terms else ()
    if len(parts) != 3:
        parts = (" ".join(terms(question)), " ".join(terms(row.heading)) if row.heading else "", "")
    body, heading, answer = (part.split() for part in parts)
    bag = {
        t: body.count(t) + HEADING_WEIGHT * heading.count(t) + ANSWER_WEIGHT * answer.count(t)
        for t in wanted.intersection(body + heading + answer)
    }
    return bag, len(body)


def answer_terms(answer: str | None, html: bool) -> list[str]:
    """The first terms of an answer (its HTML tags are not words of it)."""
    if not answer:
        return []
    opening = _TAG.sub(" ", answer[: ANSWER_CHARS * 2])[:ANSWER_CHARS] if html else answer[:ANSWER_CHARS]
    return terms(opening)[:ANSWER_TERMS]


def bm25f(query: dict[str, float], idf: dict[str, float], bag: tuple[dict[str, float], int]) -> float:
    """BM25 over every query term, the common ones too, with the index's column weights.

    The index can only afford the rarest terms (their posting lists are short); over the few candidates,
    Python can weigh them all, and that ranks better than the index's score on the rare terms alone
    (measured: 85.1% → 87.2% sibling in top 10).
    """
    weighted, length = bag
    norm = K1 * (1 - B + B * length / AVERAGE_TERMS)
    score = 0.0
    for t, w in query.items():
        f = weighted.get(t)
        if f and t in idf:
            score += w * idf[t] * f * (K1 + 1) / (f + norm)
    return score


class Row(NamedTuple):
    """What ranking reads of a candidate record."""

    id: int
    heading: str | None
    question: str
    addressee: str | None
    terms: str | None  # its stored ranking terms (`stored_terms`)
    department: str | None
    uin: str | None
    dated: bool


def candidates(
    db: sqlite3.Connection, chosen: list[str], df: dict[str, int], filters: Filters, wanted: int, total: int
) -> list[Row]:
    """The records best matching the chosen terms, best first."""
    if sum(df[t] for t in chosen) <= MAX_POSTINGS:
        if filters.sql()[0]:
            scores = _scored(db, " OR ".join(f'"{t}"' for t in chosen), filters, wanted, "s")
        else:
            scores = _summed(db, chosen, df, wanted, total)
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
    sql = (
        "SELECT id, heading, question, addressee, rank_terms, department, uin, "
        "COALESCE(date_tabled, date_answered) IS NOT NULL "
        f"FROM questions WHERE id IN ({','.join('?' * len(ids))})"
    )
    rows = {
        r[0]: Row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
        for r in db.execute(sql, ids)
    }
    return [rows[i] for i, _ in scores if i in rows]


def _summed(
    db: sqlite3.Connection, chosen: list[str], df: dict[str, int], wanted: int, total: int
) -> list[tuple[int, float]]:
    """The records holding the most of the chosen terms, each weighed by its rarity, newest first among
    equals. Reading each term's postings and adding up in Python costs half of what FTS5's bm25() does over
    the same postings (measured at 1M records: mean 8 ms against 16, p95 16 against 34); ranking re-weighs
    these candidates over every query term anyway."""
    score: dict[str, float] = {}
    get = score.get
    # Each term's postings come back as one string of ids: stepping through them a row at a time cost three
    # times as much as reading them (measured at 1M records), and the ids, kept as text, are keys as good.
    postings = "SELECT group_concat(rowid, ' ') FROM question_terms WHERE question_terms MATCH ?"
    for t in chosen:
        weight = math.log(1 + total / max(df[t], 1))
        for rid in (db.execute(postings, (f'"{t}"',)).fetchone()[0] or "").split():
            score[rid] = get(rid, 0.0) + weight
        # A term in the heading counts HEADING_WEIGHT times (headings name the subject; their postings are few).
        extra = weight * (HEADING_WEIGHT - 1)
        for rid in (db.execute(postings, (f'heading : "{t}"',)).fetchone()[0] or "").split():
            score[rid] += extra
    # The best `wanted` (higher id first among equals): the least score among them found over the bare
    # numbers, then only the records reaching it sorted.
    floor = heapq.nlargest(wanted, score.values())[-1] if len(score) > wanted else -math.inf
    best = sorted(((s, int(rid)) for rid, s in score.items() if s >= floor), reverse=True)[:wanted]
    return [(rid, s) for s, rid in best]


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
