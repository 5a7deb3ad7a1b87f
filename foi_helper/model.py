"""The plain data every stage shares: reading → analysis → related → letters → drafts.

Dates are `datetime.date`; unknown values are None, never guessed. `to_json()` gives the shapes of
`analyse --json` (docs/architecture.md), dates in ISO form.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

PointKind = Literal[
    "statistics", "spending", "documents", "correspondence", "meetings", "timetable",
    "assessment", "actions", "decision", "reasons", "other",
]
PointStatus = Literal["answered", "partial", "unanswered", "follow_up"]
EvasionKind = Literal[
    "not_held", "disproportionate_cost", "in_due_course", "refers_elsewhere", "no_comment",
    "holding", "policy_restated",
]
Law = Literal["foia", "foisa", "eir"]
# The same words as tuples, for CLI choices, app options and checks of what a file holds.
POINT_KINDS: tuple[PointKind, ...] = get_args(PointKind)
POINT_STATUSES: tuple[PointStatus, ...] = get_args(PointStatus)
EVASION_KINDS: tuple[EvasionKind, ...] = get_args(EvasionKind)
LAWS: tuple[Law, ...] = get_args(Law)


def as_law(value: str | None) -> Law | None:
    """`value` as a Law when it names one (in any case), else None."""
    key = (value or "").strip().lower()
    return next((law for law in LAWS if law == key), None)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # e.g. the Points in a list
        return _jsonable(dataclasses.asdict(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def to_json(obj: Any) -> Any:
    """A dataclass (or list of them) as JSON-ready dicts, dates as ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return _jsonable(dataclasses.asdict(obj))
    return _jsonable(obj)


@dataclass
class Member:
    """An asking or answering member, as far as the source names them."""

    name: str | None = None
    party: str | None = None
    role: str | None = None


@dataclass
class WrittenAnswer:
    """One written question with its answer (the answer is "" while unanswered)."""

    source_format: str
    question: str
    answer: str = ""
    title: str | None = None
    department: str | None = None
    house: str | None = None  # "Commons" | "Lords"
    uin: str | None = None
    date_tabled: date | None = None
    date_answered: date | None = None
    url: str | None = None
    holding: bool = False
    asker: Member | None = None
    answerer: Member | None = None
    corrected: bool = False
    grouped_uins: list[str] = field(default_factory=list)
    record_id: int | None = None  # the Parliament API's id, when known
    clipped: bool = False  # the question or answer text was cut short (the API's list endpoint: 255 characters)
    # The day the question had a holding answer, when the page says so ("[holding answer 20 June 2005]",
    # "Holding answer received on …"): the answer shown came after it. `holding` is whether the answer shown
    # is itself the holding one.
    holding_answer: date | None = None

    def contract_dict(self) -> dict[str, Any]:
        """The answer's own fields in the order of `analyse --json`."""
        keys = ["source_format", "title", "department", "house", "uin", "date_tabled", "date_answered",
                "url", "holding", "asker", "answerer", "question", "answer"]
        full = to_json(self)
        out = {k: full[k] for k in keys}
        out.update({k: v for k, v in full.items() if k not in out})
        return out


@dataclass
class Point:
    """A part of the question judged against the answer, or a claim in the answer worth following up."""

    id: str  # "q1", "q2", … for question points; "a1", … for follow-ups from the answer
    source: Literal["question", "answer"]
    kind: PointKind
    status: PointStatus
    text: str  # the point in its own words from the source
    evidence: str | None = None  # the answer sentence that bears on it
    reason: str | None = None  # one line a citizen understands
    breakdown: str | None = None  # "by region and year", "in each of the last five years"


@dataclass
class Evasion:
    kind: EvasionKind
    text: str  # the sentence
    reference: str | None = None  # for refers_elsewhere: the UIN referred to
    reference_date: date | None = None


@dataclass
class Reference:
    """An earlier answer the question or answer points to ("the Answer of 11 November 2024 to Question 12804")."""

    uin: str | None
    date: date | None
    text: str


@dataclass
class Analysis:
    points: list[Point] = field(default_factory=list)
    evasions: list[Evasion] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    @property
    def open_points(self) -> list[Point]:
        """Points a request should ask about: not answered in full, plus follow-ups."""
        return [p for p in self.points if p.status != "answered"]


@dataclass
class Match:
    """An earlier written question found in the index (the `related` fields of `analyse --json`)."""

    id: int
    uin: str | None
    house: str | None
    date_tabled: date | None
    date_answered: date | None
    department: str | None
    heading: str | None
    question: str
    score: float
    url: str | None
    answer: str | None = None
    clipped: bool = False
    shared_terms: list[str] = field(default_factory=list)  # why it matched, for the UI
    why: str = ""  # the same, in words: what it asks, what its answer gave, whether a letter can cite it


@dataclass
class Requester:
    name: str | None = None
    email: str | None = None
    address: str | None = None


# What the user can change to get past an error or a warning. Each face says how: the CLI names its option,
# the app its key; the stages say only what, never a command line or a key.
FixField = Literal[
    "law", "authority", "points", "requester", "date", "format", "draft", "sent", "batch", "batch_or_authority",
    "latest_year", "answer_period",
]


@dataclass(frozen=True)
class Fix:
    """The one thing to change: `field`, to `value` when the stage knows it ("foisa"), else the user's choice."""

    field: FixField
    value: str | None = None


@dataclass
class LintWarning:
    """A problem a letter has before sending, with the rule it comes from."""

    code: str  # short id, e.g. "no-name"
    message: str  # one sentence
    rule: str  # e.g. "FOIA s.8(1)(b)"
    fix: Fix | None = None


@dataclass
class Letter:
    """A composed request (or follow-up) letter."""

    title: str  # the request's title, e.g. for WhatDoTheyKnow
    authority: str | None  # "Home Office"; None when unknown (the user must pick)
    law: Law
    body: str  # the whole letter, salutation to signature
    points: list[str] = field(default_factory=list)  # ids of the points it asks about
    warnings: list[LintWarning] = field(default_factory=list)
    authority_url_name: str | None = None  # WhatDoTheyKnow url_name
    kind: str = "request"  # request | clarification | chaser | internal_review | complaint
