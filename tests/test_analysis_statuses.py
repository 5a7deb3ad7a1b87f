"""Point statuses as a user reads them (the new user's findings 2 and 5): a figure about the subject answers a
"how many"; an excuse belongs only to the points its sentence is about; a point the answer never addresses is
unanswered, not partial; a pointer to annual accounts refers elsewhere. The page texts are the tester's own."""

from __future__ import annotations

from datetime import date

from foi_helper.analysis import analyse
from foi_helper.model import Analysis, Point, WrittenAnswer


def analysed(question: str, answer: str) -> Analysis:
    return analyse(WrittenAnswer(source_format="test", question=question, answer=answer,
                                 date_answered=date(2025, 3, 14)))


def asked(question: str, answer: str) -> list[Point]:
    return [p for p in analysed(question, answer).points if p.source == "question"]


POLICE_Q = ("To ask the Secretary of State for the Home Department, whether she has made an assessment of the "
            "reasons why police officers recruited under the uplift programme have left the service; and how "
            "many such officers left in 2021.")
POLICE_A = ("The Government has recruited 13,576 additional officers as part of the Police Uplift Programme. "
            "1,042 officers recruited under the programme left in 2021. Information on the reasons for leaving "
            "is not held centrally.")

RAAC_Q = ("To ask the Secretary of State for Education, how many schools in England have reinforced autoclaved "
          "aerated concrete in their buildings; what the cost of remediation is expected to be; and when she "
          "plans to publish the list of affected schools.")
RAAC_A = ("The Department has identified 231 schools with confirmed RAAC. We will publish an updated list later "
          "this year. It would not be appropriate to speculate on costs.")

WAITS_Q = ("To ask the Secretary of State for Health and Social Care, how many patients waited more than 52 weeks "
           "for elective treatment at NHS trusts in (a) England and (b) the South West in each of the last three "
           "years; and what assessment he has made of the impact of the new elective reform plan on those "
           "waiting times.")
WAITS_A = ("This information is not held centrally. The Government is committed to reducing waiting lists and "
           "published the Elective Reform Plan in January 2025, which sets out how we will return to the 18-week "
           "standard by March 2029. NHS England will publish an evaluation of the plan in due course.")


def test_a_count_of_the_officers_asked_about_answers_how_many_left() -> None:
    q1, q2 = asked(POLICE_Q, POLICE_A)
    assert (q2.kind, q2.status) == ("statistics", "answered")
    assert q2.evidence == "1,042 officers recruited under the programme left in 2021."
    # the "not held" sentence is about the reasons for leaving: it is q1's excuse, not q2's
    assert q1.status != "answered" and "not held" in (q1.reason or "")
    assert "not held" not in (q2.reason or "")


def test_a_count_of_schools_answers_how_many_schools_have_raac() -> None:
    q1, _, _ = asked(RAAC_Q, RAAC_A)
    assert (q1.kind, q1.status) == ("statistics", "answered")
    assert q1.evidence == "The Department has identified 231 schools with confirmed RAAC."


def test_a_refusal_to_speculate_on_costs_is_the_excuse_of_the_cost_point_only() -> None:
    q1, q2, q3 = asked(RAAC_Q, RAAC_A)
    assert q2.kind == "spending" and q2.status == "unanswered"
    assert "declines to comment" in (q2.reason or "")
    assert "declines to comment" not in (q1.reason or "")
    assert "declines to comment" not in (q3.reason or "")


def test_a_subjectless_refusal_still_excuses_every_point() -> None:
    q1, q2 = asked("To ask the Secretary of State for Justice, how many prisoners were released early in 2024; "
                   "and how many of them were recalled.",
                   "This information could only be obtained at disproportionate cost.")
    assert q1.status == q2.status == "unanswered"
    assert "cost too much" in (q1.reason or "") and "cost too much" in (q2.reason or "")


def test_points_the_answer_never_addresses_are_unanswered() -> None:
    q1, q2 = asked(WAITS_Q, WAITS_A)
    # "18-week standard" is a target, not a count of the patients asked about
    assert (q1.kind, q1.status) == ("statistics", "unanswered")
    assert "not held" in (q1.reason or "")
    # a restated plan and a promise of an evaluation "in due course" give no assessment
    assert (q2.kind, q2.status) == ("assessment", "unanswered")


def test_each_part_gets_the_excuse_of_the_sentence_about_it() -> None:
    q1, q2 = asked("To ask the Minister for the Cabinet Office, what the estimated cost was of government "
                   "(a) consultancy and (b) communications in 2023-24.",
                   "Departments set out their spend on consultants in their Annual Reports and Accounts (ARAs). "
                   "Details of all communications activity expenditure for departments is not held centrally.")
    assert q1.status == q2.status == "unanswered"
    assert "publication" in (q1.reason or "") and "not held" not in (q1.reason or "")
    assert "not held" in (q2.reason or "") and "publication" not in (q2.reason or "")


def test_no_such_formal_assessment_answers_whether_one_was_made() -> None:
    (q1,) = asked("To ask the Secretary of State for Health and Social Care, whether his Department has made a "
                  "comparative assessment of the reasons for the rise in suicide rates.",
                  "The Department has made no such formal assessment. We continue to work with our National "
                  "Suicide Prevention Strategy Advisory Group to share learning about suicide risk factors.")
    assert (q1.kind, q1.status) == ("assessment", "answered")


def test_a_refusal_naming_only_its_holder_and_stock_words_excuses_every_part() -> None:
    points = asked("To ask the Attorney General, how many times defendants were informed that they had been "
                   "charged with (a) robbery and (b) burglary by a Postal Requisition letter from the Crown "
                   "Prosecution Service in 2022-23.",
                   "The Police issue all postal requisition letters following Crown Prosecution Service (CPS) "
                   "advice to charge. The CPS does not hold the relevant data.")
    assert len(points) == 2
    assert all("not held" in (p.reason or "") for p in points)


def test_guidance_the_answer_says_was_never_issued_is_answered_for_that_body_only() -> None:
    points = asked("To ask the Minister for Women and Equalities what guidance (a) the Government Equalities "
                   "Office and (b) the Equality and Human Rights Commission issues on the practice of businesses "
                   "offering discounts to persons based on their nationality.",
                   "The Government Equalities Office has not issued any specific guidance relevant to the "
                   "practice of business offering discounts to persons based on their nationality. The Equality "
                   "and Human Rights Commission has published non-statutory guidance on the Equality Act 2010 for "
                   "service providers.")
    assert [p.status for p in points] == ["answered", "answered"]
    assert points[0].reason.endswith("the answer says none was issued")
    assert "none was issued" not in points[1].reason


def test_guidance_not_issued_on_another_subject_does_not_answer() -> None:
    points = asked("To ask the Secretary of State for Education, what guidance her Department has issued to "
                   "schools on mobile phones in classrooms.",
                   "The Department has not issued any guidance on school uniform costs this year. Schools set "
                   "their own policies.")
    assert points[0].status != "answered"


def test_discussions_the_answer_says_were_not_held_are_answered_not_an_information_refusal() -> None:
    found = analysed("To ask the Secretary of State for Environment, Food and Rural Affairs, what discussions he "
                     "has had with the devolved Administrations on measures to protect otter populations.",
                     "We have not held discussions with the devolved Governments about measures to protect otter "
                     "populations.")
    assert found.points[0].status == "answered" and "none were held" in found.points[0].reason
    assert not [e for e in found.evasions if e.kind == "not_held"]
