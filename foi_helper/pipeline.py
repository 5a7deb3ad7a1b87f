"""The stages after reading, run in order for one answer: analysis, related questions, references followed.

The CLI and the app both call `examine`, so what one shows the other shows too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import analyse
from .model import Analysis, Match, WrittenAnswer

if TYPE_CHECKING:
    from .corpus import Corpus

NO_INDEX = (
    "no index of earlier written questions yet, so no related questions: run `foi-helper corpus update` "
    "(online) or `foi-helper corpus import FILE` to make one."
)
RELATED_LIMIT = 5


@dataclass
class Findings:
    answer: WrittenAnswer
    analysis: Analysis
    related: list[Match] = field(default_factory=list)
    referenced: list[Match] = field(default_factory=list)  # earlier answers this one refers to, from the index


def open_corpus(path: Path) -> Corpus | None:
    """The index at `path`, or None when there is none yet (opening would create an empty one)."""
    if not path.is_file():
        return None
    from .corpus import Corpus

    return Corpus.open(path)


def examine(answer: WrittenAnswer, corpus: Corpus | None, related_limit: int = RELATED_LIMIT) -> Findings:
    """Analyse one answer; with an index, find related questions and judge the points against the earlier
    answers it refers to as well (an answer that says "I refer … to Question 12804" answers with that one)."""
    analysis = analyse(answer)
    if corpus is None:
        return Findings(answer, analysis)
    from .corpus.references import follow_references, match_as_answer

    related = corpus.related(answer, limit=related_limit)
    referenced = follow_references(corpus, analysis.references, answer)
    earlier = [match_as_answer(m) for m in referenced if m.answer]
    if earlier:
        analysis = analyse(answer, earlier)
    return Findings(answer, analysis, related, referenced)
