"""The index's SQLite schema, its version, and the migrations from older versions.

`PRAGMA user_version` holds the schema version. A migration is a function from version N to N+1; opening an
older index runs the missing ones in one transaction. The full-text table is contentless (the text lives once,
in `questions`), so its terms are recomputed from `questions` when it must change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 7
APPLICATION_ID = 0x464F4931  # "FOI1": tells our index from any other SQLite file

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    uin TEXT,
    house TEXT,
    date_tabled TEXT,
    date_answered TEXT,
    department TEXT,
    heading TEXT,
    asker TEXT,
    answerer TEXT,
    question TEXT NOT NULL,
    answer TEXT,
    answer_html INTEGER NOT NULL DEFAULT 0,
    question_clipped INTEGER NOT NULL DEFAULT 0,
    answer_clipped INTEGER NOT NULL DEFAULT 0,
    url TEXT,
    holding INTEGER NOT NULL DEFAULT 0,
    grouped TEXT
);
CREATE INDEX IF NOT EXISTS questions_uin ON questions (uin);
CREATE VIRTUAL TABLE IF NOT EXISTS question_terms USING fts5 (
    heading, body, content='', columnsize=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS question_vocab USING fts5vocab (question_terms, row);
"""


def _to_v2(db: sqlite3.Connection) -> None:
    # v2 keeps whom a question was put to ("Secretary of State for Defence"), so records that came without
    # their department (a third of the shared data) can be given one learnt from the records that have it.
    db.execute("ALTER TABLE questions ADD COLUMN addressee TEXT")
    from .text import addressee

    rows = db.execute("SELECT id, question FROM questions").fetchall()
    db.executemany("UPDATE questions SET addressee = ? WHERE id = ?", [(addressee(q), i) for i, q in rows])


def _remake_terms(db: sqlite3.Connection) -> None:
    # v3 indexed the opening of each record's answer in a third full-text column; v4 takes it out again:
    # over 3000 held-out queries it found no more siblings (86.3% vs 86.2% in the top 10) once ranking reads
    # the candidates' answers, and it cost 9-18% of the import rate. A contentless FTS5 table cannot gain or
    # lose a column, so both steps make it again as `_V1` defines it; opening then refills its terms.
    db.execute("DROP TABLE IF EXISTS question_vocab")
    db.execute("DROP TABLE IF EXISTS question_terms")
    for statement in _V1.split(";"):
        if "question_terms" in statement:
            db.execute(statement)
    db.execute("DELETE FROM meta WHERE key = 'terms_version'")


def _flag_unmarked_clips(db: sqlite3.Connection) -> None:
    # v5: the list endpoint cuts questions at 255 characters with no "..." (15,647 of the shared list
    # records).
    # v4 flagged only marked text, so `corpus update --full` never fetched those questions, and a list record
    # whose answer was cut replaced a question held in full while the detail's HTML answer stayed: such a row
    # looks like a detail record now, so every API record (positive id; ParlParse ids are negative) of exactly
    # 255 characters is flagged. A question that really is that long (about 1%) loses its flag when `corpus
    # update --full` or an import of its detail record brings it again.
    db.execute("UPDATE questions SET question_clipped = 1 WHERE id > 0 AND length(question) = 255")


TERM_DF = """
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID
"""


def _add_term_df(db: sqlite3.Connection) -> None:
    # v6: how many records hold each term, kept as searches learn it. The full-text vocabulary counts a term's
    # records by reading its whole posting list: 12 of 35 ms a search at 1M records went there, most of it on
    # the common terms every other query asks for again. Any change to the records empties it.
    db.execute(TERM_DF)


def _add_rank_terms(db: sqlite3.Connection) -> None:
    # v7: what ranking reads of a record's words (its question's, heading's and answer opening's terms), made
    # once when the record is stored. Ranking made them again for each of its ~150 candidates at every search:
    # 3 of 13 ms a search at 1M records, with the answer's opening read from each candidate's row besides.
    if "rank_terms" not in {row[1] for row in db.execute("PRAGMA table_info(questions)")}:
        db.execute("ALTER TABLE questions ADD COLUMN rank_terms TEXT")
    from .storage import fill_rank_terms

    fill_rank_terms(db)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _to_v2,
    2: _remake_terms,
    3: _remake_terms,
    4: _flag_unmarked_clips,
    5: _add_term_df,
    6: _add_rank_terms,
}


def create(db: sqlite3.Connection) -> None:
    """A new, empty index at the current version."""
    # Statement by statement: executescript() would commit the caller's transaction first.
    for statement in _V1.split(";"):
        if statement.strip():
            db.execute(statement)
    for version in range(1, SCHEMA_VERSION):
        MIGRATIONS[version](db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring an index at `version` up to SCHEMA_VERSION, all or nothing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
