"""Reading and writing Records in the index: the upsert rules, the full-text terms, departments learnt.

Upsert by id: a record already held is merged (records.merge: a clipped text never replaces a fuller one) and
written only when something changed, so re-importing the same file changes nothing and reports 0.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..reading.clean import department_from_question
from .ranking import stored_terms
from .records import Record, clean_record, merge
from .text import question_terms, terms

COLUMNS = (
    "id",
    "uin",
    "house",
    "date_tabled",
    "date_answered",
    "department",
    "addressee",
    "heading",
    "asker",
    "answerer",
    "question",
    "answer",
    "answer_html",
    "question_clipped",
    "answer_clipped",
    "url",
    "holding",
    "grouped",
)
SELECT_RECORD = f"SELECT {', '.join(COLUMNS)} FROM questions"
# Each row also holds what ranking reads of its words (`rank_terms`), made from the same terms as the full text.
_INSERT = (
    f"INSERT OR REPLACE INTO questions ({', '.join(COLUMNS)}, rank_terms) VALUES ({', '.join('?' * len(COLUMNS))}, ?)"
)
_FTS_INSERT = "INSERT INTO question_terms (rowid, heading, body) VALUES (?, ?, ?)"
# A contentless FTS5 table forgets a row only when told the exact terms it was given.
_FTS_DELETE = "INSERT INTO question_terms (question_terms, rowid, heading, body) VALUES ('delete', ?, ?, ?)"


def record_from_row(row: tuple[object, ...]) -> Record:
    values = dict(zip(COLUMNS, row))
    for flag in ("answer_html", "question_clipped", "answer_clipped", "holding"):
        values[flag] = bool(values[flag])
    values["grouped"] = json.loads(values["grouped"]) if values["grouped"] else []  # type: ignore[arg-type]
    return Record(**values)  # type: ignore[arg-type]


def _row(r: Record) -> tuple[object, ...]:
    values = [getattr(r, c) for c in COLUMNS]
    values[-1] = json.dumps(r.grouped) if r.grouped else None
    return tuple(values)  # bools go in as 0/1: sqlite3 stores bool as the int it is


def index_terms(r: Record) -> tuple[str, str]:
    """What the full-text index holds for a record: its heading's terms and its question's terms."""
    return " ".join(terms(r.heading)) if r.heading else "", " ".join(question_terms(r.question))


def stored_row(r: Record, fts: tuple[str, str]) -> tuple[object, ...]:
    """The row written for a record, given its full-text terms (`index_terms`)."""
    return (*_row(r), stored_terms(fts[0], fts[1], r.answer, r.answer_html))


def fetch(db: sqlite3.Connection, ids: list[int]) -> dict[int, Record]:
    out: dict[int, Record] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = db.execute(f"{SELECT_RECORD} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        out.update((int(r[0]), record_from_row(r)) for r in rows)
    return out


def store(db: sqlite3.Connection, batch: list[Record]) -> tuple[int, int]:
    """Write a batch (inside the caller's transaction); returns (added, updated)."""
    held = fetch(db, list({r.id for r in batch}))
    final: dict[int, Record] = {}
    old_terms: dict[int, tuple[str, str]] = {oid: index_terms(o) for oid, o in held.items()}
    for r in batch:
        before = final.get(r.id) or held.get(r.id)
        after = merge(before, r) if before else r
        if before != after:
            final[r.id] = after
    added = sum(1 for i in final if i not in held)
    updated = len(final) - added
    made = {rid: index_terms(r) for rid, r in final.items()}
    db.executemany(_INSERT, [stored_row(r, made[rid]) for rid, r in final.items()])
    fts_out, fts_in = [], []
    for rid, new_terms in made.items():
        if rid in old_terms:
            if old_terms[rid] == new_terms:
                continue
            fts_out.append((rid, *old_terms[rid]))
        fts_in.append((rid, *new_terms))
    db.executemany(_FTS_DELETE, fts_out)
    db.executemany(_FTS_INSERT, fts_in)
    return added, updated


def store_all(
    db: sqlite3.Connection, records: Iterable[Record], batch_size: int = 2000
) -> tuple[int, int, int]:
    """Store records in batches: (added, updated, how many of them lack a department but name an addressee)."""
    added = updated = lacking = 0
    batch: list[Record] = []
    for r in map(clean_record, records):
        batch.append(r)
        lacking += r.department is None and r.addressee is not None
        if len(batch) >= batch_size:
            a, u = store(db, batch)
            added, updated, batch = added + a, updated + u, []
    if batch:
        a, u = store(db, batch)
        added, updated = added + a, updated + u
    return added, updated, lacking


def learn_departments(db: sqlite3.Connection) -> int:
    """Give records without a department the one their addressee answers for in the records that have both.

    A third of the shared data names no department, but every question opens "To ask the Secretary of State
    for X"; the index itself shows which department answers for X ("the Home Department" → Home Office).
    An addressee is used only when one department answers at least 90% of its questions ("Minister of State"
    does not qualify); failing that, the reader's table of offices. Returns how many records were given one.
    """
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    rows = db.execute(
        "SELECT lower(addressee), department, count(*) FROM questions "
        "WHERE addressee IS NOT NULL AND department IS NOT NULL GROUP BY 1, 2"
    )
    for who, dept, n in rows:
        seen[who][dept] += n
    mapping = []
    for who, counts in seen.items():
        dept, n = counts.most_common(1)[0]
        if n >= 3 and n >= 0.9 * sum(counts.values()):
            mapping.append((dept, who))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS addressee_department (who TEXT PRIMARY KEY, dept TEXT)")
    db.execute("DELETE FROM temp.addressee_department")
    db.executemany("INSERT INTO temp.addressee_department (dept, who) VALUES (?, ?)", mapping)
    before = db.total_changes
    db.execute(
        "UPDATE questions SET department = (SELECT dept FROM temp.addressee_department WHERE who = lower(addressee)) "
        "WHERE department IS NULL AND lower(addressee) IN (SELECT who FROM temp.addressee_department)"
    )
    # What the index cannot teach (it holds no labelled question to that minister yet), the reader's table
    # of ministerial offices can.
    rows = db.execute("SELECT id, question FROM questions WHERE department IS NULL AND addressee IS NOT NULL")
    named = [(d, i) for i, q in rows.fetchall() if (d := department_from_question(q))]
    db.executemany("UPDATE questions SET department = ? WHERE id = ?", named)
    return db.total_changes - before


def rebuild_terms(db: sqlite3.Connection) -> None:
    """Refill the full-text table and each record's ranking terms from the records (after the rules making
    terms changed)."""
    db.execute("INSERT INTO question_terms (question_terms) VALUES ('delete-all')")
    _refill(db, fts=True)


def fill_rank_terms(db: sqlite3.Connection) -> None:
    """Write each record's ranking terms (an index made before rows held them)."""
    _refill(db, fts=False)


def _refill(db: sqlite3.Connection, fts: bool) -> None:
    # In id order, a chunk at a time: the rows read are the rows being written.
    read = "SELECT id, heading, question, answer, answer_html FROM questions {} ORDER BY id LIMIT 5000"
    chunk = db.execute(read.format("")).fetchall()
    while chunk:
        after = chunk[-1][0]
        made = [(i, index_terms(Record(id=i, question=q, heading=h)), a, bool(html)) for i, h, q, a, html in chunk]
        if fts:
            db.executemany(_FTS_INSERT, [(i, *pair) for i, pair, _, _ in made])
        db.executemany(
            "UPDATE questions SET rank_terms = ? WHERE id = ?",
            [(stored_terms(pair[0], pair[1], a, html), i) for i, pair, a, html in made],
        )
        chunk = db.execute(read.format("WHERE id > ?"), (after,)).fetchall()
