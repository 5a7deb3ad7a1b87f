"""Judging points against the answer: what each kind needs, partial answers, "if so" parts, earlier answers."""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.analysis import analyse
from foi_helper.model import Point, WrittenAnswer

PREAMBLE = "To ask the Secretary of State for Justice, "


def points(question: str, answer: str, referenced: list[WrittenAnswer] | None = None) -> list[Point]:
    wa = WrittenAnswer(source_format="test", question=PREAMBLE + question, answer=answer,
                       date_answered=date(2025, 6, 1))
    return [p for p in analyse(wa, referenced).points if p.source == "question"]


def test_statistics_answered_by_a_figure_about_its_subject() -> None:
    (p,) = points("how many prisoners were released early in 2024.",
                  "In 2024, 5,211 prisoners were released early under the scheme.")
    assert (p.kind, p.status) == ("statistics", "answered")
    assert p.evidence == "In 2024, 5,211 prisoners were released early under the scheme."


def test_statistics_without_a_figure_is_open_with_a_plain_reason() -> None:
    (p,) = points("how many prisoners were released early in 2024.",
                  "The early release scheme was necessary to relieve pressure on prison capacity.")
    assert p.status in ("partial", "unanswered")
    assert p.reason is not None and p.reason.startswith("asks for a number")


def test_dates_and_question_numbers_are_not_figures() -> None:
    (p,) = points("how many prisoners were released early.",
                  "I refer to the answer of 3 March 2025 to Question 12345 on prisoners released early.")
    assert p.status == "unanswered"


def test_cost_refusal_leaves_statistics_unanswered_with_its_excuse() -> None:
    (p,) = points("how many prisoners were released early in each prison.",
                  "This information could only be obtained at disproportionate cost.")
    assert p.status == "unanswered"
    assert p.reason == "asks for a number; the answer gives none: it says finding out would cost too much"


def test_one_figure_for_a_breakdown_is_partial() -> None:
    (p,) = points("how many prisoners were released early in each of the last five years.",
                  "In 2024, 5,211 prisoners were released early.")
    assert p.status == "partial"
    assert p.breakdown == "in each of the last five years"


def test_decision_answered_by_no_plans() -> None:
    (p,) = points("whether he plans to introduce statutory timescales for probate applications.",
                  "The Government has no current plans to introduce statutory timescales for probate applications.")
    assert (p.kind, p.status) == ("decision", "answered")


def test_assessment_answered_by_none_made_and_if_so_falls_away() -> None:
    first, second = points(
        "whether he has made an assessment of the effect of court closures on waiting times, and if so, what the "
        "findings were.",
        "No assessment has been made of the effect of court closures on waiting times.")
    assert (first.kind, first.status) == ("assessment", "answered")
    assert second.status == "answered"
    assert second.reason == "the answer to the part before is no, so this part falls away"


def test_timetable_needs_a_date_not_in_due_course() -> None:
    (vague,) = points("when he expects to publish the sentencing review.",
                      "The sentencing review will be published in due course.")
    (dated,) = points("when he expects to publish the sentencing review.",
                      "The sentencing review will be published in March 2026.")
    assert vague.status != "answered"
    assert dated.status == "answered"


def test_spending_needs_an_amount() -> None:
    (p,) = points("how much his Department spent on agency staff in 2024-25.",
                  "His Department spent £4.2 million on agency staff in 2024-25.")
    assert (p.kind, p.status) == ("spending", "answered")


def test_a_list_item_is_answered_only_by_a_sentence_about_that_item() -> None:
    first, second = points(
        "whether his Department has appointed civil servants who (a) previously worked for a political party "
        "and (b) donated to a political party.",
        "The Department has appointed one civil servant who previously worked for a political party.")
    assert first.status == "answered"
    assert second.status != "answered"


def test_referenced_answer_counts_as_evidence() -> None:
    earlier = WrittenAnswer(source_format="test", question="…", uin="12804", date_answered=date(2024, 11, 11),
                            answer="In 2024, 5,211 prisoners were released early under the scheme.")
    question = "how many prisoners were released early in 2024."
    reply = "I refer the hon. Member to the answer of 11 November 2024 to Question 12804."
    assert points(question, reply)[0].status == "unanswered"
    (resolved,) = points(question, reply, [earlier])
    assert resolved.status == "answered"
    assert resolved.reason == "gives a number (in the earlier answer it refers to)"


def test_analyse_is_pure_and_repeatable() -> None:
    wa = WrittenAnswer(source_format="test", question=PREAMBLE + "how many courts closed in 2024.",
                       answer="Six courts closed in 2024.")
    assert analyse(wa) == analyse(wa)
    assert wa.answer == "Six courts closed in 2024."


def test_a_yes_or_no_must_be_about_the_thing_asked() -> None:
    (p,) = points("whether any components for military equipment have been provided to Israel since October.",
                  "The Government has provided no military equipment to Israel since October.")
    assert p.status == "partial"


def test_no_estimate_made_answers_whether_an_estimate_was_made() -> None:
    (p,) = points("whether he has made an estimate of the potential savings to the NHS of the new payments.",
                  "The Government has not made an estimate of the potential savings to the NHS.")
    assert (p.kind, p.status) == ("spending", "answered")


def test_a_vague_promise_outweighs_an_unrelated_date() -> None:
    (p,) = points("what the planned timeline is for responding to the report on ketamine.",
                  "The Council published its report on ketamine on 28 January 2026. Ministers will respond to the "
                  "report as soon as possible.")
    assert p.status == "partial"


@pytest.mark.parametrize(
    "answer",
    [
        "Fourteen hospitals have RAAC.",
        "Thirty hospitals have RAAC.",
        "Twenty-one hospitals have RAAC.",
        "A dozen hospitals have RAAC.",
        "14 hospitals have RAAC.",
    ],
)
def test_numbers_in_words_count_as_figures(answer: str) -> None:
    question = "To ask the Secretary of State for Health, how many hospitals in England have confirmed RAAC."
    (point,) = analyse(WrittenAnswer(source_format="plain", question=question, answer=answer)).points
    assert point.kind == "statistics" and point.status == "answered"


def test_a_count_in_words_without_a_number_is_not_a_figure() -> None:
    question = "To ask the Secretary of State for Health, how many hospitals in England have confirmed RAAC."
    (point,) = analyse(WrittenAnswer(source_format="plain", question=question, answer="Many hospitals have RAAC.")).points
    assert point.status != "answered"


def test_figures_for_a_narrower_subject_say_what_they_cover_not_dates_or_adjectives() -> None:
    parts = points(
        "how much his Department spent on public information campaigns promoting Government policies in the (a) "
        "2021-22 and (b) 2022-23 financial years; and how much it has spent on such campaigns in the 2023-24 "
        "financial year as of 29 January 2024.",
        "The Office has spent the following on social media platforms to support UK Government policies and "
        "information campaigns in Scotland:\n\nYear\n\nAmount (£)\n\n23-24 (to date)\n\n17,725\n\n22-23\n\n"
        "49,893\n\n21-22\n\n39,818")
    for p in parts:
        assert p.status == "partial", p
        assert p.reason.endswith("the answer gives figures only for social media platforms"), p.reason
        for junk in ("public", "January", "financial"):
            assert junk not in p.reason


def test_a_figure_of_something_else_does_not_answer_an_average() -> None:
    (p,) = points(
        "what the average time taken is for her Department to respond following the submission by an asylum "
        "seeker of a request for permission to work.",
        "Casework systems do not allow us to report on the number of permission to work requests received or "
        "the number subsequently granted permission. Obtaining these figures would require manually searching "
        "through cases amounting to disproportionate time and cost.\n\nAsylum seekers are allowed to work in "
        "the UK if their claim has been outstanding for 12 months or more, through no fault of their own.")
    assert (p.kind, p.status) == ("statistics", "unanswered")
    assert "cost too much" in p.reason
    (q,) = points("what the average time taken is to decide an asylum claim.",
                  "In 2024 asylum claims took on average 14 months to decide.")
    assert q.status == "answered"


def test_an_operational_matter_for_another_body_leaves_the_steps_open() -> None:
    answer = ("The structural integrity of railway bridges in England is an operational matter for Network Rail "
              "as owner and operator of the national network, and the company has its own teams of structures "
              "engineers.\n\nIn England, under the Railway Bridges (Load Bearing Standards) Regulations "
              "(England and Wales) Order 1972, they are statutorily required to be able to carry 24 imperial "
              "tons.")
    (p,) = points("what steps his Department is taking to ensure the structural integrity of railway bridges in "
                  "England.", answer)
    assert (p.kind, p.status) == ("actions", "partial")
    assert "operational matter" in p.reason
    wa = WrittenAnswer(source_format="test", question=PREAMBLE + "what steps his Department is taking.",
                       answer=answer)
    assert "not_held" in {e.kind for e in analyse(wa).evasions}
