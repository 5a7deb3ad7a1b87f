"""Earlier answers a letter cites as already published (FOIA s.21), so the request asks only for the rest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..model import Analysis, Match, WrittenAnswer
from .authorities import authority_for
from .phrasing import join_words, words_of_date

# Measured with benchmarks/letters_citations.py (150 random answers, 92,000-question index): matches scoring
# 85 or more had the answer's exact heading about half the time, a fifth or less below 85. Only those, from the
# same department, are cited as already published.
CITE_MIN_SCORE = 85.0
# A sibling answered days or weeks after the answer may still publish what the records hold; years later, not.
LATE_DAYS = 183


def citable_related(answer: WrittenAnswer, related: Sequence[Match], *, today: date) -> list[Match]:
    """The related questions worth citing as already published (s.21): close matches from the same body."""
    own = authority_for(answer.department)
    out = []
    for m in related:
        same_body = m.department == answer.department or (
            own is not None and authority_for(m.department) == own
        )
        if m.score >= CITE_MIN_SCORE and same_body and m.uin and m.date_answered and m.date_answered <= today:
            out.append(m)
    return out


def published_phrase(related: Sequence[Match], analysis: Analysis, today: date,
                     until: date | None = None) -> str | None:
    """'the written answers to questions 6036 (24 May 2024) and HL12 (5 March 2019)', at most three (s.21).
    Related answers the index found more than LATE_DAYS after `until` (the answer's date, or the end of the
    letter's latest period if later) are not named: a reviewer read a 2024 answer excluded from a letter about
    2020 as confusing, not narrowing."""
    seen: set[str] = set()
    # The answer's own cross-references first ("I refer the noble Lord to the answer of …"): s.21, already given.
    referred = [(e.reference, e.reference_date) for e in analysis.evasions if e.kind == "refers_elsewhere"]
    own = [(r.uin, r.date) for r in analysis.references] + referred
    found = [(m.uin, m.date_answered) for m in sorted(related, key=lambda m: -m.score)]
    groups: list[list[str]] = [[], []]
    for group, refs in ((0, own), (1, found)):
        for uin, when in refs:
            late = when is not None and (when > today or group == 1 and until is not None
                                                     and (when - until).days > LATE_DAYS)
            if not uin or uin in seen or late or len(groups[0]) + len(groups[1]) == 3:
                continue
            seen.add(uin)
            groups[group].append(f"{uin} ({words_of_date(when)})" if when else uin)
    phrases = [_answers(cited) for cited in groups if cited]
    if not phrases:
        return None
    # Those the index found are named as related: the officer knows why a question the answer never cited is here.
    if groups[1]:
        phrases[-1] = phrases[-1].replace("the written answer", "the related written answer", 1)
    return " and ".join(phrases)


def _answers(cited: list[str]) -> str:
    many = len(cited) > 1
    return f"the written answer{'s' if many else ''} to question{'s' if many else ''} {join_words(cited)}"
