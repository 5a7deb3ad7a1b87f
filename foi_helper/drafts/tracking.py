"""Where a request stands: whose move it is, by when, and which follow-up letters fit.

Deadlines come from `letters.deadlines` (FOIA s.10, FOISA s.10/s.20/s.21/s.47, EIR reg 5/11, the Code of
Practice and the ICO's six weeks); this module only decides which one applies to a draft's history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..letters.deadlines import (
    commissioner_appeal_by,
    extended_due,
    ico_complaint_by,
    is_working_day,
    reply_due,
    review_due,
    review_request_by,
)
from .draft import RESPONSE_KINDS, Draft, Event

if TYPE_CHECKING:
    from .store import DraftStore

FOLLOW_UP_KINDS = ("clarification", "chaser", "internal_review", "complaint")
FOLLOW_UP_NAMES = {
    "clarification": "clarification",
    "chaser": "chaser",
    "internal_review": "internal review request",
    "complaint": "complaint to the Information Commissioner",
}
_WAITING_FOR_REPLY = ("sent", "acknowledged", "clarified", "extended")


@dataclass
class NextStep:
    """The deadline running now: `whose` move it is ("authority" or "you"), what is due, and the rule."""

    whose: str
    what: str
    due: date
    rule: str
    follow_ups_when_overdue: list[str] = field(default_factory=list)
    follow_ups_now: list[str] = field(default_factory=list)


def _complaint_body(law: str) -> str:
    return "the Scottish Information Commissioner" if law in ("foisa", "eisr") else "the Information Commissioner"


def next_step(draft: Draft) -> NextStep | None:
    """The deadline that applies after the draft's latest event; None when nothing is running."""
    status, law = draft.status, draft.law
    if status in _WAITING_FOR_REPLY:
        # s.1(3): the clock restarts when the requester answers the authority's request for clarification.
        start = draft.last("sent", "clarified")
        if start is None:
            return None
        deadline = extended_due(start.on, law) if status == "extended" else reply_due(start.on, law)
        return NextStep("authority", "the authority's reply", deadline.due, deadline.rule,
                        follow_ups_when_overdue=["chaser", "internal_review", "complaint"])
    if status in ("part_answered", "refused"):
        response = draft.last(*RESPONSE_KINDS)
        assert response is not None
        deadline = review_request_by(response.on, law)
        return NextStep("you", "your request for an internal review", deadline.due, deadline.rule,
                        follow_ups_now=["internal_review"])
    if status == "review_requested":
        requested = draft.last("review_requested")
        assert requested is not None
        deadline = review_due(requested.on, law)
        return NextStep("authority", "the authority's internal review", deadline.due, deadline.rule,
                        follow_ups_when_overdue=["chaser", "complaint"])
    if status == "review_answered":
        decided = draft.last("review_answered")
        assert decided is not None
        if law in ("foisa", "eisr"):  # EISR reg 17 applies FOISA's Part 4
            return NextStep("you", f"your application to {_complaint_body(law)}", commissioner_appeal_by(decided.on),
                            "FOISA s.47(4): within six months of the review decision", follow_ups_now=["complaint"])
        return NextStep("you", f"your complaint to {_complaint_body(law)}", ico_complaint_by(decided.on),
                        "FOIA s.50: the ICO expects a complaint within six weeks of the last substantive contact",
                        follow_ups_now=["complaint"])
    return None  # drafted, answered, clarification asked (your move, no deadline), complaint, closed


# Events that carry the authority's grounds for withholding: the only ones that take exemptions and a reason.
WITH_GROUNDS = (*RESPONSE_KINDS[1:], "review_answered")
# What the app and the CLI offer to record after sending (sending itself is `mark_sent`).
REPLY_EVENTS = ("acknowledged", "clarification_asked", "clarified", "extended", "answered", "part_answered",
                "refused", "review_requested", "review_answered", "complaint", "closed", "note")


def record_reply(store: DraftStore, draft_id: str, event: Event, reference: str | None = None) -> Draft:
    """Record `event` (checked against the history) and, when given, the authority's reference, in one save.
    Exemptions and a reason belong to a refusal, a part answer or a review decision only."""
    from ..errors import DraftError

    if (event.exemptions or event.reason) and event.kind not in WITH_GROUNDS:
        raise DraftError(f"Exemptions and a reason go with a refusal, a part answer or a review decision, not "
                         f"with {event.label!r}; put them in a note.")

    def add(d: Draft) -> None:
        d.check_event(event)
        d.history.append(event)
        if reference and reference.strip():
            d.reference = reference.strip()

    return store.update(draft_id, add)


def follow_ups(draft: Draft, today: date) -> list[str]:
    """The follow-up letters that fit now: chasers and complaints once overdue, a review after a refusal."""
    if draft.status == "clarification_asked":
        return ["clarification"]
    step = next_step(draft)
    if step is None:
        return []
    overdue = today > step.due
    return step.follow_ups_now + (step.follow_ups_when_overdue if overdue else [])


def working_days_between(today: date, due: date, law: str = "foia") -> int:
    """Working days from `today` to `due` (0 when due today); negative, counting the days past, when overdue."""
    if due == today:
        return 0
    sign, start, end = (1, today, due) if due > today else (-1, due, today)
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, law):
            count += 1
    return sign * count


def due_phrase(draft: Draft, today: date, *, short: bool = False) -> str:
    """"the authority's reply is due in 12 working days (2026-12-29)", "… is overdue by 3 working days (…)",
    "… is long overdue by 23 working days (…)" past 40 working days, or "".

    `short` leaves out what is due and the date ("overdue by 3 working days"), for a narrow column.
    """
    step = next_step(draft)
    if step is None:
        return ""
    n = working_days_between(today, step.due, draft.law)
    what, when = ("", "") if short else (f"{step.what} is ", f" ({step.due.isoformat()})")
    if n > 0:
        return f"{what}due in {n} working day{'s' if n != 1 else ''}{when}"
    if n == 0:
        # The due day itself, or a weekend/holiday run before it: nothing is late until a working day passes.
        return f"{what}due today{when}" if today <= step.due else f"{what}due {step.due.isoformat()}, now past"
    late = f"overdue by {-n} working day{'s' if n != -1 else ''}"
    if step.whose == "authority" and step.what == "the authority's reply" and _long_overdue(draft, today):
        # 40 working days: past even the longest extension the ICO accepts (FOIA s.10(3)); complain now.
        late = f"long {late}"
    return f"{what}{late}{when}"


LONG_OVERDUE_DAYS = 40


def _long_overdue(draft: Draft, today: date) -> bool:
    start = draft.last("sent", "clarified")
    if start is None:
        return False
    from ..letters.deadlines import working_days_after
    return today > working_days_after(start.on, LONG_OVERDUE_DAYS, draft.law)
