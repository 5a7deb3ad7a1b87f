"""Letters: FOI requests and follow-ups from templates, with law, deadlines, checks and send formats."""

from __future__ import annotations

from .deadlines import (
    Deadline,
    commissioner_appeal_by,
    extended_due,
    ico_complaint_by,
    is_working_day,
    reply_due,
    review_due,
    review_request_by,
    working_days_after,
)

__all__ = [
    "Deadline",
    "commissioner_appeal_by",
    "extended_due",
    "ico_complaint_by",
    "is_working_day",
    "reply_due",
    "review_due",
    "review_request_by",
    "working_days_after",
]
