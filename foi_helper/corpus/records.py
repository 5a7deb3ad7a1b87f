"""One indexed written question (a row of the index), and how the Parliament API's records become one.

The index keeps the answer as the source gave it (the API's HTML) and turns it into text only for the few
matches shown: converting 92k answers at import time cost more than all the rest of an import (measured).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..reading import clean
from ..reading.api import PAGE_URL, answer_clipped, question_clipped
from ..text_safety import clean_fields
from .text import addressee


@dataclass
class Record:
    """A written question as stored in the index. Dates are ISO strings here (SQLite's own form)."""

    id: int
    question: str
    answer: str | None = None
    answer_html: bool = False
    question_clipped: bool = False
    answer_clipped: bool = False
    uin: str | None = None
    house: str | None = None
    date_tabled: str | None = None
    date_answered: str | None = None
    department: str | None = None
    addressee: str | None = None
    heading: str | None = None
    asker: str | None = None
    answerer: str | None = None
    url: str | None = None
    holding: bool = False
    grouped: list[str] = field(default_factory=list)


def api_date(value: Any) -> str | None:
    """'2024-07-25T00:00:00' → '2024-07-25' (the index keeps ISO strings); unreadable → None."""
    day = clean.api_date(value)
    return day.isoformat() if day else None


def _member_name(member: Any) -> str | None:
    if isinstance(member, dict):
        name = member.get("name") or member.get("listAs")
        return str(name) if name else None
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def record_from_api(value: dict[str, Any]) -> Record | None:
    """A Record from an API `value` (QuestionsViewModel), or None when it has no id or no question text.

    A lean mapping of the fields the index keeps; `reading.api.written_answer_from_api` reads the same
    records for display and converts the answer's HTML, which import cannot afford per record.
    """
    rid = value.get("id")
    question = _text(value.get("questionText"))
    if not isinstance(rid, int) or question is None:
        return None
    answer = _text(value.get("answerText"))
    uin = value.get("uin")
    uin = str(uin) if uin not in (None, "") else None
    tabled = api_date(value.get("dateTabled"))
    # Records without metadata still say their House in their opening ("To ask His Majesty's Government" is
    # the Lords' form; Commons questions address a minister).
    house = (
        value.get("house")
        if value.get("house") in ("Commons", "Lords")
        else clean.house_from_question(question)
    )
    grouped = value.get("groupedQuestions") or []
    return Record(
        id=rid,
        question=question,
        answer=answer,
        answer_html=bool(answer) and answer.lstrip().startswith("<"),  # type: ignore[union-attr]
        # The list endpoint cuts questions at 255 characters with no mark: judged as the reader judges them.
        question_clipped=question_clipped(question, answer),
        answer_clipped=answer_clipped(answer),
        uin=uin,
        house=house,
        date_tabled=tabled,
        date_answered=api_date(value.get("dateAnswered")),
        department=_text(value.get("answeringBodyName")),
        addressee=addressee(question),
        heading=_text(value.get("heading")),
        asker=_member_name(value.get("askingMember")),
        answerer=_member_name(value.get("answeringMember")),
        url=PAGE_URL.format(date=tabled, uin=uin) if tabled and uin else None,
        holding=bool(value.get("answerIsHolding")),
        grouped=[str(u) for u in grouped if isinstance(u, (str, int))] if isinstance(grouped, list) else [],
    )


_ONE_LINE = ("uin", "house", "date_tabled", "date_answered", "department", "addressee", "heading", "asker",
             "answerer", "url", "grouped")


def clean_record(r: Record) -> Record:
    """The record with no control character, escape, bidi override or lone surrogate in any field, and no line
    break in a one-line one (text_safety): what enters the index is safe wherever it is shown."""
    return clean_fields(r, lines=_ONE_LINE, texts=("question", "answer"))


def merge(old: Record, new: Record) -> Record:
    """The record to keep when `new` arrives for an id already held: new values win, except that a clipped
    text never replaces a fuller one and an unknown (None) never erases a known value."""
    merged = Record(**{k: v if v not in (None, []) else getattr(old, k) for k, v in vars(new).items()})
    if new.question_clipped and not old.question_clipped:
        merged.question, merged.question_clipped = old.question, False
    if old.answer and (new.answer is None or (new.answer_clipped and not old.answer_clipped)):
        merged.answer, merged.answer_html, merged.answer_clipped = (
            old.answer,
            old.answer_html,
            old.answer_clipped,
        )
    merged.holding = new.holding if new.answer is not None else old.holding
    return merged
