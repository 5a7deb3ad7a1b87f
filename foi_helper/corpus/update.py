"""`corpus update`: page through the Parliament API by date range and house, store each page as it comes.

Each page is written in one transaction together with the cursor (the `skip` reached), so an interrupted run
(offline, killed, a server error) leaves a consistent index and the next run resumes at the page it stopped
on. A failure before the first page is stored leaves the index untouched.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import CorpusError
from ..parliament_api import Client
from .index import Corpus
from .records import Record, record_from_api
from .storage import fetch

CURSOR = "update.cursor"
ENRICHED = "update.enriched_to"  # the highest id whose missing UIN or date was asked of the detail endpoint
ENRICH_BATCH = 50
DONE = "update.done"
FIRST_RUN_DAYS = 30  # an empty index starts with the last month; --since reaches further back
OVERLAP_DAYS = 14  # later runs look back a little: questions tabled then may have been answered since

Progress = Callable[[int, int, float], None]  # (records fetched, total expected, seconds elapsed)
# The API holds about 700,000 written questions since 2014: a reply saying far more is not to be paged through.
MAX_TOTAL = 3_000_000


@dataclass
class Plan:
    since: str | None
    until: str | None
    house: str
    full: bool
    skip: int = 0


@dataclass
class UpdateResult:
    fetched: int = 0
    added: int = 0
    updated: int = 0
    details: int = 0
    total: int = 0
    resumed_at: int = 0
    plan: Plan | None = None


def plan_update(
    corpus: Corpus, since: date | None, until: date | None, house: str, full: bool, today: date
) -> Plan:
    """What to fetch: an interrupted run of the same request resumes; otherwise from `since`, or from a
    little before the newest question held, or (empty index) the last month."""
    saved = _load(corpus.get_meta(CURSOR))
    wanted = Plan(since.isoformat() if since else None, until.isoformat() if until else None, house, full)
    if saved and (
        since is None or (saved.since, saved.until, saved.house) == (wanted.since, wanted.until, house)
    ):
        saved.full = saved.full or full
        return saved
    if wanted.since is None:
        row = corpus.db.execute(
            "SELECT max(date_tabled) FROM questions" + ("" if house == "Bicameral" else " WHERE house = ?"),
            () if house == "Bicameral" else (house,),
        ).fetchone()
        start = (
            date.fromisoformat(row[0]) - timedelta(days=OVERLAP_DAYS)
            if row and row[0]
            else (today - timedelta(days=FIRST_RUN_DAYS))
        )
        wanted.since = start.isoformat()
    return wanted


def run_update(
    corpus: Corpus,
    client: Client,
    plan: Plan,
    today: date,
    page_size: int = 100,
    progress: Progress | None = None,
) -> UpdateResult:
    result = UpdateResult(resumed_at=plan.skip, plan=plan)
    started = time.monotonic()
    skip = plan.skip
    seen_pages: set[tuple[object, ...]] = set()
    while True:
        total, values = client.list_page(plan.since, plan.until, plan.house, skip, page_size)
        if total > MAX_TOTAL:
            raise CorpusError(
                f"The Parliament API says {total:,} questions match, more than it has ever held, so the update "
                f"stopped rather than page through them; the {result.fetched} fetched so far are kept. Try again later."
            )
        page = tuple(v.get("id") for v in values)
        if values and page in seen_pages:
            raise CorpusError(
                f"The Parliament API sent the same page of questions twice (at question {skip:,}), so the update "
                f"stopped rather than loop; the {result.fetched} fetched so far are kept. Try again later."
            )
        seen_pages.add(page)
        result.total = total
        records = [r for r in map(record_from_api, values) if r is not None]
        if plan.full:
            records = _with_full_text(corpus, client, records, result)
        skip += len(values)
        done = not values or skip >= total
        cursor = (
            None if done else json.dumps(asdict(Plan(plan.since, plan.until, plan.house, plan.full, skip)))
        )
        finished = (
            json.dumps(
                {"since": plan.since, "until": plan.until, "house": plan.house, "on": today.isoformat()}
            )
            if done
            else None
        )
        added, updated = corpus.store(records, meta={CURSOR: cursor, **({DONE: finished} if done else {})})
        result.fetched += len(values)
        result.added += added
        result.updated += updated
        if progress:
            progress(skip, total, time.monotonic() - started)
        if done:
            return result


def _with_full_text(
    corpus: Corpus, client: Client, records: list[Record], result: UpdateResult
) -> list[Record]:
    """Replace answered records' clipped text with the detail endpoint's full text, unless already held."""
    held = fetch(corpus.db, [r.id for r in records])
    out: list[Record] = []
    for r in records:
        have = held.get(r.id)
        has_full = have is not None and have.answer and not (have.answer_clipped or have.question_clipped)
        if r.date_answered and (r.answer_clipped or r.question_clipped) and not has_full:
            value = client.detail(r.id)
            full = record_from_api(value) if value else None
            result.details += 1
            if full is not None:
                r = full
        out.append(r)
    return out


def enrich_missing(corpus: Corpus, client: Client, progress: Progress | None = None) -> tuple[int, int]:
    """Fetch by id, from the detail endpoint, the API records held without UIN or date (a letter cannot cite
    them); returns (asked, given their UIN and date). Stored batch by batch with the id reached, so an
    interrupted run resumes after it and an id the API cannot describe is not asked again."""
    after = int(corpus.get_meta(ENRICHED) or 0)
    missing = "id > ? AND (uin IS NULL OR COALESCE(date_tabled, date_answered) IS NULL)"
    total = corpus.db.execute(f"SELECT count(*) FROM questions WHERE {missing}", (after,)).fetchone()[0]
    asked = given = 0
    started = time.monotonic()
    while True:
        ids = [
            r[0]
            for r in corpus.db.execute(
                f"SELECT id FROM questions WHERE {missing} ORDER BY id LIMIT ?", (after, ENRICH_BATCH)
            )
        ]
        if not ids:
            return asked, given
        records = []
        for rid in ids:
            value = client.detail(rid)
            record = record_from_api(value) if value and value.get("id") == rid else None
            if record is not None:
                records.append(record)
                given += bool(record.uin and (record.date_tabled or record.date_answered))
        asked += len(ids)
        after = ids[-1]
        corpus.store(records, meta={ENRICHED: str(after)})
        if progress:
            progress(asked, total, time.monotonic() - started)


def _load(raw: str | None) -> Plan | None:
    if not raw:
        return None
    try:
        data: Any = json.loads(raw)
        return Plan(**data)
    except (ValueError, TypeError):
        return None
