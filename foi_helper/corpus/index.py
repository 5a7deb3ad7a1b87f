"""`Corpus`: the local index of earlier written questions (one SQLite file), its imports, search and lookups."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Self, TypeVar

from ..errors import CorpusError
from ..model import Match, WrittenAnswer
from ..text_safety import clean_fields
from . import schema
from .explain import explain, kinds_asked
from .importers import Tally, expand, read_records
from .ranking import Candidate, Filters, forget_frequencies, rank
from .records import Record
from .storage import SELECT_RECORD, fetch, learn_departments, rebuild_terms, record_from_row, store_all
from .text import TERMS_VERSION, fold, term_words

Progress = Callable[[Path, int, int], None]  # (file, index of the file, number of files)
T = TypeVar("T")


def _readable(method: Callable[..., T]) -> Callable[..., T]:
    """SQLite errors while reading (another process holds a write lock too long, a damaged page) become one
    sentence for the user instead of a traceback."""

    @functools.wraps(method)
    def wrapper(self: Corpus, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise CorpusError(
                f"Cannot read the index {self.path} ({exc}); try again, or rebuild it."
            ) from None

    return wrapper


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    malformed: int = 0
    files: int = 0
    malformed_examples: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # files read only up to the damage, one sentence each

    @property
    def changed(self) -> int:
        return self.added + self.updated


# Below this score a match shares little more than a theme. Measured on 300 grouped questions of the shared data
# against the full index (their siblings are surely related): 99.8% of siblings found score 55 or more, while
# the median other match scores 67 and the lowest 5% under 52.
MIN_RELATED_SCORE = 55.0


class Corpus:
    """An open index. `Corpus.open(path)` creates it when missing; use as a context manager or call close()."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self.last_import = ImportResult()

    # opening ------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, timeout: float = 5.0) -> Corpus:
        """`timeout`: seconds to wait for another process writing to the index."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, timeout=timeout)
        except (OSError, sqlite3.Error) as exc:
            raise CorpusError(f"Cannot open the index {path}: {exc}.") from None
        try:
            _prepare(db, path)
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing ------------------------------------------------------------------------------------------
    def import_file(self, path: Path | str) -> int:
        """Import one file (or folder); returns the records added or updated (see `last_import`)."""
        return self.import_paths([path]).changed

    def import_paths(self, paths: Iterable[Path | str], progress: Progress | None = None) -> ImportResult:
        files = expand(paths)
        result = ImportResult(files=len(files))
        tally = Tally()
        for i, f in enumerate(files):
            if progress:
                progress(f, i, len(files))
            added, updated = self.store(read_records(f, tally))
            result.added += added
            result.updated += updated
        result.malformed, result.malformed_examples, result.damaged = tally.malformed, tally.examples, tally.damaged
        self.last_import = result
        return result

    def store(self, records: Iterable[Record], meta: dict[str, str | None] | None = None) -> tuple[int, int]:
        """Upsert records, and set `meta` keys (None deletes), in one transaction; records without a
        department get the one learnt from their opening words."""
        try:
            with _transaction(self.db):
                added, updated, undepartmented = store_all(self.db, records)
                if added or updated:
                    forget_frequencies(self.db)
                if undepartmented:
                    learn_departments(self.db)
                if added:
                    self.set_meta("records", str(len(self) + added))
                for key, value in (meta or {}).items():
                    self.set_meta(key, value)
        except sqlite3.Error as exc:
            raise CorpusError(f"Cannot write to the index {self.path}: {exc}.") from None
        return added, updated

    def get_meta(self, key: str) -> str | None:
        return _meta(self.db, key)

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # reading ------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self.get_meta("records") or 0)

    @_readable
    def search(
        self,
        text: str,
        limit: int = 10,
        before: date | None = None,
        department: str | None = None,
        house: str | None = None,
        after: date | None = None,
    ) -> list[Match]:
        """Earlier questions like `text` (a question or a few words), best first."""
        filters = Filters(department=department, house=house, before=before, after=after)
        matches = self._matches(text, rank(self.db, text, len(self), limit, filters))
        asked = kinds_asked(text)
        for m in matches:
            m.why = explain(m, asked)
        return matches

    @_readable
    def related(self, answer: WrittenAnswer, limit: int = 5) -> list[Match]:
        """Earlier questions on the subject of `answer`, without the answer itself (same id, or uin + date)."""
        exclude = self._same_question(answer)
        found = rank(
            self.db,
            answer.question,
            len(self),
            limit + 2,
            Filters(),
            heading=answer.title,
            exclude=exclude,
            answer=answer.answer,
            department=answer.department,
        )
        matches = self._matches(answer.question + " " + (answer.title or ""), found)
        # The same question from another source (a TheyWorkForYou page has no id, often no UIN) is not related;
        # nor is a weak match offered as related (a search shows everything it finds).
        shown = [
            m for m in matches if m.score >= MIN_RELATED_SCORE and not _same_text(m.question, answer.question)
        ][:limit]
        asked = kinds_asked(answer.question)
        for m in shown:
            m.why = explain(m, asked)
        return shown

    @_readable
    def resolve(self, uin: str, on: date | None = None) -> Match | None:
        """The question a reference names ("Question 12804", "[HL1234]"): UINs repeat across Parliaments, so
        the one tabled or answered on `on` wins, else the latest tabled or answered before it."""
        key = (
            re.sub(r"^(?:PQ|UIN)\s*", "", uin.strip().strip("[]"), flags=re.IGNORECASE)
            .replace(" ", "")
            .upper()
        )
        rows = [record_from_row(r) for r in self.db.execute(f"{SELECT_RECORD} WHERE uin = ?", (key,))]
        if not rows:
            return None
        day = on.isoformat() if on else None
        exact = [r for r in rows if day and day in (r.date_tabled, r.date_answered)]
        if exact:
            return to_match(exact[0], 100.0, [])
        dated = [
            (r.date_tabled or r.date_answered or "", r) for r in rows if r.date_tabled or r.date_answered
        ]
        earlier = [(d, r) for d, r in dated if not day or d <= day]
        if earlier:
            return to_match(max(earlier, key=lambda dr: dr[0])[1], 100.0, [])
        return to_match(rows[0], 100.0, []) if not day and rows else None

    @_readable
    def stats(self) -> dict[str, Any]:
        db = self.db
        n, clipped, first, last = db.execute(
            "SELECT count(*), sum(question_clipped OR answer_clipped), "
            "min(COALESCE(date_tabled, date_answered)), max(COALESCE(date_tabled, date_answered)) FROM questions"
        ).fetchone()
        houses = dict(
            db.execute(
                "SELECT COALESCE(house, 'unknown'), count(*) FROM questions GROUP BY 1 ORDER BY 2 DESC"
            )
        )
        departments = dict(
            db.execute(
                "SELECT COALESCE(department, 'unknown'), count(*) FROM questions GROUP BY 1 ORDER BY 2 DESC"
            )
        )
        return {
            "path": str(self.path),
            "records": n,
            "first_date": first,
            "last_date": last,
            "houses": houses,
            "departments": departments,
            "clipped": clipped or 0,
            "clipped_share": round((clipped or 0) / n, 3) if n else 0.0,
            "unanswered": db.execute("SELECT count(*) FROM questions WHERE answer IS NULL").fetchone()[0],
            "file_size": self.path.stat().st_size if self.path.exists() else 0,
            "schema_version": schema.SCHEMA_VERSION,
            "last_update": self.get_meta("update.done"),
        }

    # helpers ------------------------------------------------------------------------------------------
    def _same_question(self, answer: WrittenAnswer) -> set[int]:
        same: set[int] = {answer.record_id} if answer.record_id is not None else set()
        if answer.uin:
            days = {d.isoformat() for d in (answer.date_tabled, answer.date_answered) if d}
            for r in self.db.execute(f"{SELECT_RECORD} WHERE uin = ?", (answer.uin.upper(),)):
                rec = record_from_row(r)
                if days & {rec.date_tabled, rec.date_answered} or (
                    not days and _same_text(rec.question, answer.question)
                ):
                    same.add(rec.id)
        return same

    def _matches(self, query: str, found: list[Candidate]) -> list[Match]:
        records = fetch(self.db, [c.id for c in found])
        words = term_words(query)
        return [
            to_match(records[c.id], c.score, [words.get(t, t) for t in c.shared])
            for c in found
            if c.id in records
        ]


def _same_text(a: str, b: str) -> bool:
    return fold(re.sub(r"\W+", "", a)) == fold(re.sub(r"\W+", "", b))


def to_match(r: Record, score: float, shared: list[str]) -> Match:
    from ..reading.html_text import html_to_text

    answer = html_to_text(r.answer) if r.answer and r.answer_html else r.answer
    # Cleaned again on the way out: an index written before records were cleaned on the way in may hold escapes.
    return clean_fields(Match(
        id=r.id,
        uin=r.uin,
        house=r.house,
        date_tabled=_date(r.date_tabled),
        date_answered=_date(r.date_answered),
        department=r.department,
        heading=r.heading,
        question=r.question,
        score=score,
        url=r.url,
        answer=answer,
        clipped=r.question_clipped or r.answer_clipped,
        shared_terms=shared,
    ), lines=("uin", "house", "department", "heading", "url", "shared_terms"), texts=("question", "answer"))


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:  # a row some other program wrote
        return None


class _transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error (autocommit connection)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    """Check the file is our index (or new), then bring its schema up to date."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise CorpusError(
                f"The index {path} is busy (another foi-helper is writing to it); try again."
            ) from None
        raise CorpusError(f"Cannot read the index {path} ({exc}).") from None
    except sqlite3.DatabaseError:
        raise CorpusError(
            f"{path} is not an index foi-helper can read (not an SQLite file, or damaged)."
        ) from None
    try:
        if tables == 0:
            with _transaction(db):
                schema.create(db)
        elif app_id != schema.APPLICATION_ID:
            raise CorpusError(
                f"{path} is an SQLite file but not a foi-helper index; give another --corpus path."
            )
        elif version > schema.SCHEMA_VERSION:
            raise CorpusError(
                f"The index {path} was made by a newer foi-helper; upgrade foi-helper to use it."
            )
        elif version < schema.SCHEMA_VERSION:
            schema.migrate(db, version)
        if _meta(db, "terms_version") != TERMS_VERSION:
            with _transaction(db):
                rebuild_terms(db)
                forget_frequencies(db)
                db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('terms_version', ?)", (TERMS_VERSION,)
                )
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA cache_size = -32000")
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"The index {path} is damaged or unreadable ({exc}).") from None
