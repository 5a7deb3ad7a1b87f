"""A dodged point stays open: an answer that says the information is not recorded, or would cost too much to
find, never covers the point it refuses, even when another of its sentences carries a figure; an excuse aimed at
one item of a list leaves that item open; a refusal to give details leaves "what progress" open. The texts are
the tester's own, shaped like real answers."""

from __future__ import annotations

from datetime import date

from foi_helper.analysis import analyse
from foi_helper.model import Point, WrittenAnswer


def asked(question: str, answer: str) -> list[Point]:
    analysis = analyse(WrittenAnswer(source_format="test", question=question, answer=answer,
                                     date_answered=date(2024, 5, 2)))
    return [p for p in analysis.points if p.source == "question"]


def test_systems_that_cannot_report_and_disproportionate_time_leave_an_average_open() -> None:
    points = asked(
        "To ask the Secretary of State for Justice, what the average time taken is for his Department to decide "
        "an application by a prisoner for release on temporary licence.",
        "Case management systems do not allow us to report on the number of temporary licence applications "
        "received or granted. Obtaining these figures would require a manual search of files amounting to "
        "disproportionate time and cost. Prisoners may apply for temporary licence once they have served 6 "
        "months of their sentence.")
    assert [p.status for p in points] == ["unanswered"] or [p.status for p in points] == ["partial"]
    assert points[0].status != "answered"


def test_the_not_held_and_cost_phrasings_are_found() -> None:
    analysis = analyse(WrittenAnswer(
        source_format="test", question="To ask the Secretary of State, how many licences were issued.",
        answer="Casework systems do not allow us to report on the number of licences issued. Finding out would "
               "take a disproportionate amount of time and cost.", date_answered=date(2024, 5, 2)))
    kinds = {e.kind for e in analysis.evasions}
    assert {"not_held", "disproportionate_cost"} <= kinds


def test_an_item_the_excuse_names_stays_open() -> None:
    points = asked(
        "To ask the Secretary of State for Transport, how many complaints were received from passengers in the "
        "periods (a) 1 April to 30 June 2012 and (b) 1 April to 30 June 2022.",
        "Between 1 April and 30 June 2022 the Department received 2,114 complaints from passengers. The figures "
        "for 2012 are not held centrally and could be obtained only at disproportionate cost.")
    by_focus = {p.text: p.status for p in points}
    assert len(points) == 2, by_focus
    assert sorted(by_focus.values()) == ["answered", "unanswered"], by_focus


def test_progress_kept_secret_is_not_progress_reported() -> None:
    points = asked(
        "To ask the Secretary of State for Defence, what progress he has made on establishing a new training "
        "centre in Cumbria.",
        "Plans to establish the training centre in Carlisle are progressing as scheduled. For security reasons, "
        "we do not disclose details regarding the timetable, precise locations, or specific aspects of our "
        "sites.")
    assert points[0].status != "answered", points[0].reason


def test_national_totals_do_not_answer_a_count_for_each_office() -> None:
    points = asked(
        "To ask the Secretary of State for Work and Pensions, how many claimants of universal credit there were "
        "in each jobcentre in the past three years.",
        "The available information, based on a sample, is as follows: claimants of universal credit in 2022 "
        "4,100,000 and in 2023 4,500,000.")
    assert points[0].status == "partial", points[0].reason


def test_a_count_for_each_office_answered_office_by_office_is_answered() -> None:
    points = asked(
        "To ask the Secretary of State for Work and Pensions, how many claimants of universal credit there were "
        "in each jobcentre in Leeds in 2023.",
        "In 2023 the Leeds jobcentres had the following numbers of claimants of universal credit: Leeds City "
        "jobcentre 12,400; Leeds South jobcentre 9,800; Leeds North jobcentre 7,100.")
    assert points[0].status == "answered", points[0].reason


def test_a_list_of_counts_with_items_left_out_is_partial() -> None:
    points = asked(
        "To ask the Secretary of State for Defence, how many (a) tanks, (b) helicopters and (c) rocket launchers "
        "the Army held on 1 April 2024.",
        "On 1 April 2024 the Army held 213 tanks and 48 helicopters.")
    assert [p.status for p in points] == ["partial"], [p.reason for p in points]
    assert "rocket launchers" in points[0].reason


def test_a_list_of_counts_all_given_is_answered() -> None:
    points = asked(
        "To ask the Secretary of State for Defence, how many (a) tanks, (b) helicopters and (c) rocket launchers "
        "the Army held on 1 April 2024.",
        "On 1 April 2024 the Army held 213 tanks, 48 helicopters and 30 rocket launchers.")
    assert [p.status for p in points] == ["answered"], [p.reason for p in points]
