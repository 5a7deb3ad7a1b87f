"""parliament.uk pages whose labels share a line with their value ("Asked by Sarah Jones", "Answered on
11 February 2025"), the question printed before "Asked by": the answer is read, never dropped as holding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from foi_helper.analysis import analyse
from foi_helper.errors import ReadError
from foi_helper.reading import read_answers

SAMPLES = Path(__file__).parent / "reading_samples"
INLINE = (SAMPLES / "parliament_new_inline_labels.txt").read_text(encoding="utf-8")


def test_inline_labels_page_gives_its_answer_and_members() -> None:
    (a,) = read_answers(INLINE)
    assert a.source_format == "parliament_page"
    assert a.uin == "28145" and a.date_tabled == date(2025, 2, 3) and a.date_answered == date(2025, 2, 11)
    assert a.department == "Ministry of Justice" and a.title == "Prisons: Mental Health Services"
    assert a.question.startswith("To ask the Secretary of State for Justice, how many prisoners")
    assert a.question.endswith("in each of those years.")
    assert a.answer.startswith("Information on the number of prisoners referred")
    assert a.answer.endswith("We do not comment on individual cases.")
    assert "This question was answered" not in a.answer and "Answered by" not in a.answer
    assert a.asker is not None and a.asker.name == "Sarah Jones" and a.asker.party == "Labour"
    assert a.answerer is not None and a.answerer.name == "Sir Nicholas Dakin"
    assert a.answerer.role == "Parliamentary Under-Secretary (Ministry of Justice)"
    assert not a.holding


def test_inline_labels_page_is_analysed_as_the_one_per_line_layout() -> None:
    kinds = {e.kind for e in analyse(read_answers(INLINE)[0]).evasions}
    assert {"disproportionate_cost", "refers_elsewhere", "no_comment"} <= kinds
    assert "holding" not in kinds


def test_page_saying_answered_without_answer_text_is_refused_not_called_holding() -> None:
    cut = INLINE.split("Information on the number")[0]  # the copy stopped before the answer
    with pytest.raises(ReadError, match="no answer text"):
        read_answers(cut)


@pytest.mark.parametrize("sample", ["twfy_no_photos.txt", "hansard_modern.txt", "republished_single.txt"])
def test_any_page_copied_without_its_answer_is_refused_not_called_holding(sample: str) -> None:
    page = (SAMPLES / sample).read_text(encoding="utf-8").split("\n")
    asked = next(n for n, line in enumerate(page) if line.lstrip().startswith("To ask"))
    answer = read_answers("\n".join(page))[0].answer.split("\n\n")[0]
    stop = next(n for n, line in enumerate(page) if n > asked and answer[:30] in line)
    with pytest.raises(ReadError, match="no answer text"):
        read_answers("\n".join(page[:stop]))  # the copy stopped just before the answer
