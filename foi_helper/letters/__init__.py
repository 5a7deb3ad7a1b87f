"""Letters: FOI requests and follow-ups from templates, with law, deadlines, checks and send formats."""

from __future__ import annotations

from .authorities import Authority, authority_for, authority_named
from .citations import citable_related
from .compose import compose_letter
from .deadlines import (
    Deadline,
    commissioner_appeal_by,
    extended_due,
    ico_complaint_by,
    is_working_day,
    reply_due,
    review_due,
    review_request_by,
    school_reply_due,
    working_days_after,
)
from .follow_up_letters import compose_follow_up
from .lint import lint
from .render import FORMATS, render
from .windows import AnswerDateUnknown, Window

__all__ = [
    "FORMATS",
    "AnswerDateUnknown",
    "Authority",
    "Deadline",
    "Window",
    "authority_for",
    "authority_named",
    "citable_related",
    "commissioner_appeal_by",
    "compose_follow_up",
    "compose_letter",
    "extended_due",
    "ico_complaint_by",
    "is_working_day",
    "lint",
    "render",
    "reply_due",
    "review_due",
    "review_request_by",
    "school_reply_due",
    "working_days_after",
]
