"""Reply deadlines and the windows for reviews, complaints and appeals (FOIA, FOISA, EIR).

Pure: dates in, dates out. Bank holidays come from the `holidays` package, which carries the days appointed
by royal proclamation (12 July in Northern Ireland, substitute days, one-offs such as 19 September 2022).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

from ..errors import LetterError

# FOIA s.10(6) (and EIR reg 2(1), which borrows it): a bank holiday "in any part of the United Kingdom".
UK_PARTS: dict[str, str] = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}
# FOISA s.73: only Scotland's bank holidays count.
PARTS_BY_LAW: dict[str, tuple[str, ...]] = {
    "foia": ("ENG", "WLS", "SCT", "NIR"),
    "eir": ("ENG", "WLS", "SCT", "NIR"),
    "foisa": ("SCT",),
    # EISR reg 2(1): "working day" as in FOISA s.73 (Scotland's bank holidays).
    "eisr": ("SCT",),
}

RULES: dict[str, str] = {
    "foia": (
        "FOIA s.10(1): 20 working days after receipt; working days exclude weekends, Christmas Day, Good Friday "
        "and bank holidays in any part of the UK (s.10(6)); the day of receipt is day zero"
    ),
    "foisa": (
        "FOISA s.10(1): 20 working days after receipt; working days exclude weekends, Christmas Day and bank "
        "holidays in Scotland (s.73); the day of receipt is day zero"
    ),
    "eir": (
        "EIR reg 5(2): 20 working days after receipt (40 if complex and voluminous, reg 7(1)); working days as in "
        "FOIA s.10(6): weekends, Christmas Day, Good Friday and bank holidays in any part of the UK excluded"
    ),
    "eisr": (
        "EISR reg 5(2)(a): 20 working days after receipt (40 if complex and voluminous, reg 7(1)); working days as "
        "in FOISA s.73: weekends, Christmas Day and bank holidays in Scotland excluded"
    ),
}
LAW_NAMES: dict[str, str] = {
    "foia": "the Freedom of Information Act 2000",
    "foisa": "the Freedom of Information (Scotland) Act 2002",
    "eir": "the Environmental Information Regulations 2004",
    "eisr": "the Environmental Information (Scotland) Regulations 2004",
}
# The St Andrew's Day Bank Holiday (Scotland) Act 2007 (Royal Assent 15 January 2007) made 30 November a bank
# holiday from 2007; the holidays table also lists it for 2006, when it was not one.
ST_ANDREWS_FROM = 2007
CODE_OF_PRACTICE_NOTE = (
    "the 2018 s.45 Code of Practice (para 4.2) treats a request received on a non-working day as received on "
    "the next working day, which some authorities follow"
)


@dataclass
class Deadline:
    """A date the authority (or the requester) must act by, with the rule that gives it."""

    due: date
    rule: str
    holidays_skipped: list[tuple[date, str]] = field(default_factory=list)
    code_of_practice_due: date | None = None  # FOIA/EIR only, and only when it differs from `due`
    start: date | None = None
    law: str = "foia"
    working_days: int = 20


def _check_law(law: str) -> str:
    key = law.lower()
    if key not in PARTS_BY_LAW:
        raise LetterError(f"Unknown law {law!r}; use foia, foisa, eir or eisr.")
    return key


@lru_cache(maxsize=256)
def _holidays_of_year(law: str, year: int) -> dict[date, str]:
    """Every non-working day of `year` other than weekends, each named (with the parts of the UK when partial)."""
    parts = PARTS_BY_LAW[law]
    where: dict[date, dict[str, list[str]]] = {}
    for part in parts:
        for day, name in holidays.country_holidays("GB", subdiv=part, years=year).items():
            for single in name.split("; "):
                if "Andrew" in single and year < ST_ANDREWS_FROM:
                    continue
                where.setdefault(day, {}).setdefault(single, []).append(part)
    # Christmas Day (and, under FOIA, Good Friday) are named in s.10(6) / s.73 themselves; the package has them
    # as holidays of every part, and this keeps Christmas Day even if a future table dropped it.
    where.setdefault(date(year, 12, 25), {}).setdefault("Christmas Day", list(parts))
    out: dict[date, str] = {}
    for day, names in where.items():
        labels = []
        for name, in_parts in names.items():
            if len(parts) > 1 and len(set(in_parts)) < len(parts):
                labels.append(
                    f"{name} ({', '.join(UK_PARTS[p] for p in sorted(set(in_parts), key=parts.index))})"
                )
            else:
                labels.append(name)
        out[day] = "; ".join(labels)
    return out


def holiday_name(d: date, law: str) -> str | None:
    """The holiday that makes `d` a non-working day under `law`, or None."""
    return _holidays_of_year(_check_law(law), d.year).get(d)


def is_working_day(d: date, law: str = "foia") -> bool:
    """Not a Saturday, Sunday or holiday counted by `law`."""
    return d.weekday() < 5 and holiday_name(d, law) is None


def _day_after(day: date, start: date) -> date:
    if day == date.max:  # `due 9999-12-31`: Python's calendar ends there, so no deadline can be counted
        raise LetterError(f"No deadline can be counted from {start.isoformat()}: it would fall after "
                          f"{date.max.isoformat()}, the last day the calendar holds.")
    return day + timedelta(days=1)


def _count(start: date, n: int, law: str) -> tuple[date, list[tuple[date, str]]]:
    """The n-th working day after `start` (day zero, whatever kind of day it is), and the weekday holidays passed."""
    if n < 1:
        raise ValueError("n must be at least 1")
    day, counted, skipped = start, 0, []
    while counted < n:
        day = _day_after(day, start)
        name = holiday_name(day, law)
        if day.weekday() >= 5:
            continue
        if name is not None:
            skipped.append((day, name))
            continue
        counted += 1
    return day, skipped


def _deadline(start: date, n: int, law: str, rule: str) -> Deadline:
    """The n-th working day after `start` under `law`, as a Deadline citing `rule`."""
    due, skipped = _count(start, n, law)
    return Deadline(due=due, rule=rule, holidays_skipped=skipped, start=start, law=law, working_days=n)


def working_days_after(start: date, n: int, law: str = "foia") -> date:
    """The n-th working day after `start`; `start` is day zero even on a weekend or holiday (FOIA s.10(1))."""
    return _count(start, n, _check_law(law))[0]


def next_working_day(d: date, law: str = "foia") -> date:
    """`d` itself when it is a working day, else the first working day after it."""
    law = _check_law(law)
    start = d
    while not is_working_day(d, law):
        d = _day_after(d, start)
    return d


def reply_due(received: date, law: str = "foia") -> Deadline:
    """The statutory reply deadline for a request the authority received on `received`.

    The day of receipt is day zero even at a weekend (the Act, the ICO and WhatDoTheyKnow agree); the Code of
    Practice reading (one day later for a request received on a non-working day) is given beside it, FOIA/EIR only.
    """
    law = _check_law(law)
    deadline = _deadline(received, 20, law, RULES[law])
    if law in ("foia", "eir") and not is_working_day(received, law):
        alternative = working_days_after(next_working_day(received, law), 20, law)
        deadline.code_of_practice_due = alternative if alternative != deadline.due else None
    return deadline


def extended_due(received: date, law: str = "foia") -> Deadline:
    """The longest the authority may take: 40 working days (FOIA s.10(3) as the ICO reads it; EIR reg 7(1)).

    FOISA has no extension, so its deadline stays at 20 working days.
    """
    law = _check_law(law)
    if law == "foisa":
        return reply_due(received, law)
    rule = {
        "foia": "FOIA s.10(3): a public interest extension should end within 40 working days of receipt (ICO "
        "guidance); the s.17 refusal notice is still due within 20",
        "eir": "EIR reg 7(1): 40 working days after receipt when the request is complex and voluminous",
        "eisr": "EISR reg 7(1): 40 working days after receipt when the volume and complexity make 20 impracticable",
    }[law]
    return _deadline(received, 40, law, rule)


def review_request_by(response: date, law: str = "foia") -> Deadline:
    """The last day to ask for an internal review (reconsideration under EIR) of a response given on `response`."""
    law = _check_law(law)
    rule = {
        "foia": "FOIA s.45 Code of Practice (2018): an authority may refuse to review a request made more "
        "than 40 working days after its response",
        "foisa": "FOISA s.20(5): a requirement for review must be made within 40 working days of the response",
        "eir": "EIR reg 11(2): representations must be made within 40 working days of the response",
        "eisr": "EISR reg 16(2): representations must be made within 40 working days of the response",
    }[law]
    return _deadline(response, 40, law, rule)


def review_due(requested: date, law: str = "foia") -> Deadline:
    """When the authority's internal review (EIR reconsideration) of a review asked for on `requested` is due."""
    law = _check_law(law)
    rule = {
        "foia": "FOIA s.45 Code of Practice (2018) and the ICO: an internal review within 20 working days "
        "(40 in exceptional cases); not statutory",
        "foisa": "FOISA s.21(1): the review decision within 20 working days of receiving the requirement",
        "eir": "EIR reg 11(4): the reconsideration decision within 40 working days of receiving the representations",
        "eisr": "EISR reg 16(4): the review decision within 20 working days of receiving the representations",
    }[law]
    return _deadline(requested, 40 if law == "eir" else 20, law, rule)


def ico_complaint_by(last_contact: date) -> date:
    """FOIA s.50 / EIR reg 18: the ICO expects a complaint within six calendar weeks of the last substantive contact."""
    return last_contact + timedelta(weeks=6)


def add_months(d: date, months: int) -> date:
    """`d` moved on by whole calendar months, clamped to the end of a shorter month (31 Aug + 6 → 28/29 Feb)."""
    month_index = d.month - 1 + months
    year, month = d.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def commissioner_appeal_by(review_decision: date) -> date:
    """FOISA s.47(4): apply to the Scottish Information Commissioner within six months of the review decision."""
    return add_months(review_decision, 6)


def in_words(d: date) -> str:
    """'Thursday 23 January 2020'."""
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


SCHOOL_RULE = (
    "FOIA s.10(4) and SI 2004/3364 reg 3 (maintained schools; SI 2010/2768 for academies, SI 2009/1369 in Northern "
    "Ireland): the 20th working day not counting days that are not school days, or the 60th working day, whichever "
    "is first; term dates are not known here, so this is the 60th working day, the latest it can be, and in term "
    "time the reply is due by the 20th working day"
)


def school_reply_due(received: date) -> Deadline:
    """A school's reply deadline: the 60th working day, the latest the schools rule allows (the 20th school day
    comes first in term time, which this cannot know); the 20th working day is given beside it in the rule."""
    deadline = _deadline(received, 60, "foia", SCHOOL_RULE)
    in_term = working_days_after(received, 20, "foia")
    deadline.rule = f"{SCHOOL_RULE} ({in_words(in_term)} if the school is in term throughout)"
    return deadline
