"""Every evasion kind of docs/architecture.md, with the UIN and date of the answer referred to, and references in general."""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.analysis import analyse
from foi_helper.analysis.references import references_in
from foi_helper.model import EVASION_KINDS, WrittenAnswer

Q = "To ask the Secretary of State for the Home Department, how many visas were refused in each of the last five years."


def kinds(answer: str, holding: bool = False) -> list[str]:
    wa = WrittenAnswer(source_format="test", question=Q, answer=answer, holding=holding,
                       date_answered=date(2025, 3, 1))
    return [e.kind for e in analyse(wa).evasions]


CASES = [
    ("The information requested is not held centrally.", "not_held"),
    ("The Home Office does not hold the information in the format requested.", "not_held"),
    ("This information could only be provided at disproportionate cost.", "disproportionate_cost"),
    ("We will publish the figures in due course.", "in_due_course"),
    ("The review will be published later this year.", "in_due_course"),
    ("I refer the hon. Member to the answer of 11 November 2024 to Question 12804.", "refers_elsewhere"),
    ("The Home Office does not comment on individual cases.", "no_comment"),
    ("It would not be appropriate to comment on ongoing negotiations.", "no_comment"),
    ("It has not proved possible to respond to the hon. Member in the time available before Prorogation.",
     "holding"),
    ("I will reply to the hon. Member as soon as possible.", "holding"),
]


@pytest.mark.parametrize(("answer", "kind"), CASES)
def test_each_stock_evasion(answer: str, kind: str) -> None:
    assert kind in kinds(answer)


def test_every_kind_is_covered() -> None:
    covered = {k for _, k in CASES} | {"policy_restated"}
    assert covered == set(EVASION_KINDS)


def test_policy_restated_only_when_something_is_left_open() -> None:
    assert "policy_restated" in kinds("The Government is committed to a fair and firm immigration system.")
    assert "policy_restated" not in kinds("The Government is committed to transparency. 1,204 visas were refused "
                                          "in 2020, 1,310 in 2021, 1,422 in 2022, 1,501 in 2023 and 1,633 in 2024.")


def test_refers_elsewhere_carries_the_reference() -> None:
    wa = WrittenAnswer(source_format="test", question=Q, date_answered=date(2025, 3, 1),
                       answer="I refer the hon. Member to the answer of 11 November 2024 to Question 12804.")
    (evasion,) = [e for e in analyse(wa).evasions if e.kind == "refers_elsewhere"]
    assert (evasion.reference, evasion.reference_date) == ("12804", date(2024, 11, 11))
    assert all(p.status == "unanswered" for p in analyse(wa).points)


def test_holding_flag_leaves_every_point_open() -> None:
    wa = WrittenAnswer(source_format="test", question=Q, answer="", holding=True)
    result = analyse(wa)
    assert [e.kind for e in result.evasions] == ["holding"]
    assert {p.status for p in result.points} == {"unanswered"}


def test_no_false_alarm_on_a_plain_figure() -> None:
    assert kinds("In 2024, 1,633 visas were refused; in 2023, 1,501.") == []


def test_not_held_needs_information_not_things() -> None:
    assert "not_held" not in kinds("The Department does not hold any direct capital investments in US companies.")


@pytest.mark.parametrize(("text", "expected"), [
    ("the Answer of 11 November 2024 to Question 12804", [("12804", date(2024, 11, 11))]),
    ("I refer to my answer for PQ 146306.", [("146306", None)]),
    ("as I said in reply to the noble Lord [HL1234]", [("HL1234", None)]),
    ("pursuant to the Answer of (a) 20 December 2024 and (b) 3 January 2025 to Question 19918",
     [("19918", date(2024, 12, 20)), ("19918", date(2025, 1, 3))]),
    ("I refer back to my previous answer to UIN 5635 on 14th December.", [("5635", date(2024, 12, 14))]),
    (("provided in response to a previous Parliamentary Question: "
     "https://questions-statements.parliament.uk/written-questions/detail/2025-02-13/31637"), [("31637", None)]),
])
def test_references(text: str, expected: list[tuple[str, date | None]]) -> None:
    assert [(r.uin, r.date) for r in references_in(text, not_after=date(2025, 3, 1))] == expected
