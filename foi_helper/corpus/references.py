"""Following an answer's references ("I refer the hon. Member to the answer of 11 November 2024 to Question
12804") to the earlier answers in the index, so a point can be judged against what that answer gave too."""

from __future__ import annotations

from ..model import Match, Member, Reference, WrittenAnswer
from .index import Corpus


def follow_references(corpus: Corpus, references: list[Reference], answer: WrittenAnswer) -> list[Match]:
    """The indexed answers the references name, once each, leaving out the answer itself."""
    found: dict[int, Match] = {}
    for ref in references:
        if not ref.uin:
            continue
        match = corpus.resolve(ref.uin, ref.date)
        if match is None or match.id in found:
            continue
        if answer.record_id is not None and match.id == answer.record_id:
            continue
        if answer.uin and match.uin == answer.uin and answer.date_tabled == match.date_tabled:
            continue
        found[match.id] = match
    return list(found.values())


def match_as_answer(match: Match) -> WrittenAnswer:
    """An indexed question as a WrittenAnswer, for analysis (unknown fields stay None)."""
    return WrittenAnswer(
        source_format="index",
        question=match.question,
        answer=match.answer or "",
        title=match.heading,
        department=match.department,
        house=match.house,
        uin=match.uin,
        date_tabled=match.date_tabled,
        date_answered=match.date_answered,
        url=match.url,
        asker=Member(),
        record_id=match.id,
    )
