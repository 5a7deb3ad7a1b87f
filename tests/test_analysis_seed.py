"""The founding written answer (Lord Moonie, 24 June 2019) analysed as issue 3 describes."""

from __future__ import annotations

import pytest

from foi_helper.analysis import analyse, strip_preamble, subject_of
from foi_helper.model import Analysis, WrittenAnswer
from foi_helper.reading import read_answers


@pytest.fixture
def seed(seed_text: str) -> WrittenAnswer:
    (answer,) = read_answers(seed_text)
    return answer


@pytest.fixture
def result(seed: WrittenAnswer) -> Analysis:
    return analyse(seed)


def test_question_points(result: Analysis) -> None:
    q = [p for p in result.points if p.source == "question"]
    assert [(p.id, p.kind, p.status) for p in q] == [("q1", "actions", "partial"), ("q2", "statistics", "unanswered")]
    assert q[1].text == "the number of paedophiles operating on Twitter and other social media platforms"
    assert q[1].reason == "asks for a number; the answer gives none"
    assert "Twitter" in (q[0].reason or "")  # general plans, nothing specific to Twitter


def test_follow_ups(result: Analysis) -> None:
    follow = {p.kind: p for p in result.points if p.source == "answer"}
    assert all(p.status == "follow_up" for p in follow.values())
    assert follow["spending"].text.startswith("an additional £300,000 to take forward new technological")
    assert "prototype tool" in follow["documents"].text and "licensed free of charge" in follow["documents"].text
    assert "interim codes of practice" in follow["timetable"].text and "later this year" in follow["timetable"].text
    assert "five key demands" in follow["correspondence"].text
    assert "Hackathon" in follow["meetings"].text and "met with leading industry" in follow["meetings"].text
    assert [p.id for p in result.points if p.source == "answer"] == [f"a{i}" for i in range(1, len(follow) + 1)]
    assert not any("White Paper" in p.text for p in follow.values())  # published and cited: nothing to request


def test_evasions(result: Analysis) -> None:
    assert "in_due_course" in [e.kind for e in result.evasions]
    assert not {"not_held", "disproportionate_cost", "refers_elsewhere", "holding"} & {e.kind for e in result.evasions}


def test_subject_and_preamble(seed: WrittenAnswer) -> None:
    assert subject_of(seed) == "the number of paedophiles operating on Twitter and other social media platforms"
    preamble, body = strip_preamble(seed.question)
    assert preamble == "To ask Her Majesty's Government"
    assert body.startswith("what steps they are taking, or intend to take")
