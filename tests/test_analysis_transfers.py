"""An answer that only passes the question on is no answer: "the scheme is run by another department" (with a
link) or "it is for the local NHS to decide" leaves the point open, is named as an evasion (the department
says, in effect, that it does not hold what was asked: another body, or local bodies, do), and the reason
says who the answer passed it to. A transfer beside a real answer does not make that answer open. The texts
are the tester's own, shaped like real answers."""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.analysis import analyse
from foi_helper.analysis.evasions import passed_to
from foi_helper.model import Analysis, WrittenAnswer


def run(question: str, answer: str, department: str | None = "Home Office") -> Analysis:
    return analyse(WrittenAnswer(source_format="test", question=question, answer=answer,
                                 department=department, date_answered=date(2024, 5, 2)))


def test_a_scheme_run_by_another_department_with_a_link_is_not_answered() -> None:
    a = run("To ask the Secretary of State for the Home Department, what her Department's policy is on issuing "
            "permits to pupils travelling with grandparents under the Homes for Schools scheme.",
            "The Homes for Schools scheme is run and maintained by the Department for Education. More "
            "information can be found at\n\nhttps://www.gov.uk/guidance/homes-for-schools")
    point = a.points[0]
    assert point.status in ("unanswered", "partial"), point.reason
    assert "Department for Education" in (point.reason or ""), point.reason
    assert "not_held" in {e.kind for e in a.evasions}


def test_for_the_local_nhs_to_provide_is_an_evasion_and_leaves_the_steps_open() -> None:
    a = run("To ask the Secretary of State for Health, what steps the Government has taken to increase the number "
            "of maternity units in Leeds.",
            "It is for the local NHS to provide appropriate levels of maternity care to their local communities.",
            department="Department of Health")
    assert "not_held" in {e.kind for e in a.evasions}
    assert all(p.status != "answered" for p in a.points if p.source == "question")
    assert any("local NHS" in (p.reason or "") for p in a.points), [p.reason for p in a.points]


@pytest.mark.parametrize("sentence, who", [
    (("The Homes for Ukraine scheme is run and maintained by the Department for Levelling Up, Housing & "
      "Communities."), "the Department for Levelling Up, Housing & Communities"),
    ("It is for the local national health service to provide appropriate levels of care.",
     "the local national health service"),
    ("It is for individual police forces to decide how to deploy their officers.", "individual police forces"),
    ("Decisions on opening hours are a matter for local authorities.", "local authorities"),
    ("It is for schools to decide how to use their pupil premium.", "schools"),
    ("Provision of maternity services is the responsibility of North Worcestershire Health Authority.",
     "North Worcestershire Health Authority"),
    ("Regarding the proportion of apprentices, this is a matter for the Institute for Apprenticeships.",
     "the Institute for Apprenticeships"),
    ("The programme is led by the Department for Work and Pensions.", "the Department for Work and Pensions"),
    ("It is up to local councils to determine where to restrict pavement parking.", "local councils"),
])
def test_who_the_answer_passes_it_to(sentence: str, who: str) -> None:
    assert passed_to(sentence, "Home Office") == who


@pytest.mark.parametrize("sentence", [
    "Decisions on funding after March 2025 are a matter for the Budget.",  # an event, not a body
    "The scheme is run by the Home Office through its visa centres.",  # the department that answered
    "It is for this reason that we have introduced the new rules.",
    "We remain committed to the programme of work led by the Government.",
    "A transformation programme has been launched, led by Richard Barker as Senior Responsible Owner.",
    "The police have recorded 4,210 offences, and it is for them to publish the details.",  # no body named
])
def test_no_transfer(sentence: str) -> None:
    assert passed_to(sentence, "Home Office") is None


def test_a_transfer_beside_a_figure_leaves_the_figure_answered() -> None:
    a = run("To ask the Secretary of State for Education, how much funding was allocated to schools in Kent for "
            "breakfast clubs in 2023-24.",
            "In 2023-24, schools in Kent were allocated £4.2 million for breakfast clubs. It is for schools to "
            "decide how to run their clubs.", department="Department for Education")
    assert a.points[0].status == "answered", a.points[0].reason


def test_a_transfer_that_gives_a_reason_is_an_answer_not_a_dodge() -> None:
    assert passed_to("Council Tax Support is administered by the Local Authority and is not a DWP benefit, "
                     "therefore it is not appropriate for the department to trigger a claim.", "DWP") is None
    assert passed_to("It is the responsibility of individual NHS organisations to comply with the standard.") == \
        "individual NHS organisations"
