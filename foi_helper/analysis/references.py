"""Earlier answers a question or an answer points to: "the Answer of 11 November 2024 to Question 12804",
"PQ 146306", "[HL1234]", "UIN 5635 on 14th December", a questions-statements.parliament.uk link.

Dates without a year ("on 14th December") take the latest such date not after the answer's own date, when that
is known; otherwise they are left unknown rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Reference
from ..reading.clean import MONTH_NUMBERS

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
# A UIN after the words that introduce one: Commons numbers, Lords "HL1234".
_UIN_AFTER = re.compile(
    r"\b(?:Questions?|PQs?|UINs?|question\s+number|Parliamentary\s+Questions?)\s*(?:No\.?|number)?\s*"
    r"((?:HL\s?)?\d{1,6})\b(?:\s*(?:,|and|&)\s*((?:HL\s?)?\d{1,6})\b)*",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\[(HL\s?\d{1,6}|\d{3,6})\]")
_LINK = re.compile(r"written-questions/detail/(\d{4})-(\d\d)-(\d\d)/((?:HL)?\d+)", re.IGNORECASE)
_TRIGGER = re.compile(
    r"\b(?:answer|response|reply|pursuant|refer|Questions?\s+(?:HL)?\d|PQs?\s*\d|UIN|\[(?:HL)?\d)", re.IGNORECASE)


def date_of_parts(day: str, month: str, year: str | None, not_after: date | None) -> date | None:
    m = MONTH_NUMBERS[month.lower()]
    d = int(day)
    try:
        if year:
            return date(int(year), m, d)
        if not_after is None:
            return None
        candidate = date(not_after.year, m, d)
        return candidate if candidate <= not_after else date(not_after.year - 1, m, d)
    except ValueError:
        return None


def _uins(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for m in _UIN_AFTER.finditer(text):
        found.append((m.start(1), m.group(1).replace(" ", "").upper()))
        # further UINs in a list: "Questions 1234, 1235 and 1236"
        for extra in re.finditer(r"(?:,|and|&)\s*((?:HL\s?)?\d{1,6})\b", text[m.end(1):m.end()]):
            found.append((m.end(1) + extra.start(1), extra.group(1).replace(" ", "").upper()))
    for m in _BRACKETED.finditer(text):
        found.append((m.start(1), m.group(1).replace(" ", "").upper()))
    return sorted(found)


def references_in(text: str, not_after: date | None = None) -> list[Reference]:
    """Every earlier answer `text` points to, with the UIN and the answer's date when given."""
    out: list[Reference] = []
    for clause in re.split(r"(?<=[.;])\s+", text):
        if not _TRIGGER.search(clause):
            continue
        out.extend(_clause_references(clause, not_after))
    dated = {r.date for r in out if r.date}
    out += [r for r in _dated_referrals(text, not_after) if r.date not in dated]
    seen: set[tuple[str | None, date | None]] = set()
    unique: list[Reference] = []
    for ref in out:
        if (ref.uin, ref.date) not in seen:
            seen.add((ref.uin, ref.date))
            unique.append(ref)
    return unique


# "I refer the hon. Member to my reply on 22 October 1984, at column 512": older answers point to an earlier
# one by its date alone. The abbreviations are kept from ending the sentence ("the hon. Member (Mr. Flynn) on
# 10 January" is one).
_ABBREVIATION = re.compile(r"\b(hon|Mr|Mrs|Ms|Dr|No|col|cc?|vol|Rt|St)\.", re.IGNORECASE)
_REFERRAL = re.compile(
    r"\b(?:refer|referred|pursuant|further to)\b.{0,80}?\b(?:answer|reply|replies|response|statement)s?\b"
    r"(?P<tail>.{0,140})",
    re.IGNORECASE,
)
_ON_DATE = re.compile(rf"\b(?:on|of|dated)\s+(?:the\s+)?{DATE_RE.pattern}", re.IGNORECASE)


def _dated_referrals(text: str, not_after: date | None) -> list[Reference]:
    """References by date only ("the answer given on 3 February 2003"), for the pipeline to follow."""
    refs: list[Reference] = []
    for sentence in re.split(r"(?<=[.;])\s+", _ABBREVIATION.sub(r"\1", text)):
        for m in _REFERRAL.finditer(sentence):
            for d in _ON_DATE.finditer(m.group("tail")):
                when = date_of_parts(d.group(1), d.group(2), d.group(3), not_after)
                if when is not None:
                    refs.append(Reference(uin=None, date=when, text=sentence.strip()))
                    break
    return refs


def _clause_references(clause: str, not_after: date | None) -> list[Reference]:
    refs: list[Reference] = []
    for m in _LINK.finditer(clause):
        # The link's date is the day the question was tabled, not answered: keep it only in the text.
        refs.append(Reference(uin=m.group(4).upper(), date=None, text=m.group(0)))
    uins = [u for u in _uins(clause) if not any(r.uin == u[1] for r in refs)]
    if not uins:
        return refs
    dates = [(m.start(), date_of_parts(m.group(1), m.group(2), m.group(3), not_after))
             for m in DATE_RE.finditer(clause)]
    text = clause.strip()
    if len(dates) == len(uins):
        pairs = list(zip([d for _, d in dates], [u for _, u in uins]))
    elif len(uins) == 1:
        # "the Answer of (a) 20 December 2024 … and (b) 3 January 2025 to Question 19918": one UIN, two dates
        pairs = [(d, uins[0][1]) for _, d in dates] or [(None, uins[0][1])]
    else:
        # each UIN with the nearest date written before it (or none)
        pairs = [(max(((p, d) for p, d in dates if p < pos), default=(0, None))[1], u) for pos, u in uins]
    refs.extend(Reference(uin=u, date=d, text=text) for d, u in pairs)
    return refs
