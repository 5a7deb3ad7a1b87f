"""Request titles: about TITLE_AIM characters, cut only after a complete noun phrase."""

from __future__ import annotations

import pytest

from foi_helper.letters.titles import TITLE_AIM, _sized, title_problems


@pytest.mark.parametrize(("long", "short"), [
    # never inside a name: the whole trailing phrase goes
    (("Progress on implementing recommendation five, six and seven in the report by the Advisory Council on the Misuse "
     "of Drugs entitled Review of the UK Naloxone Implementation"),
     "Progress on implementing recommendation five, six and seven in the report"),
    # never on "as measured"
    (("Estimate of the revenue received by the public purse through compliance yield as measured for performance "
     "purposes and tax revenue raised"), "Estimate of the revenue received by the public purse through compliance yield"),
    # never on a determiner
    (("Steps to help ensure elective recovery remains a key priority for those with arthritis and musculoskeletal "
     "conditions"), "Steps to help ensure elective recovery remains a key priority"),
    # never inside a list
    (("Number and proportion of people who were not UK nationals and sentenced to an immediate custodial sentence had "
     "zero, one, two, three, four, five, six, seven, eight, nine and 10 or more previous convictions"),
     "Number and proportion of people who were not UK nationals"),
    # low-value tails go before meaning
    ("Number and proportion of transgender prisoners convicted of a sexual offence in England and Wales",
     "Number and proportion of transgender prisoners convicted of a sexual offence"),
])
def test_a_long_title_ends_after_a_complete_noun_phrase(long: str, short: str) -> None:
    assert _sized(long) == short
    assert title_problems(short) == []


def test_the_body_the_letter_goes_to_is_not_named_twice() -> None:
    assert _sized("Spending by the Home Office in non-EU countries on security checks and other support for refugees",
                  "Home Office") == "Spending in non-EU countries on security checks and other support for refugees"


def test_a_title_within_the_aim_is_left_whole() -> None:
    title = "Total income to each local authority in England and Wales from placements of old people"
    assert len(title) <= TITLE_AIM and _sized(title) == title


@pytest.mark.parametrize("title", [
    "Estimate of the revenue received through compliance yield as measured",
    "Steps to help ensure elective recovery remains a key priority for those",
    "Discussions with the Commonwealth Secretariat on the potential merits",
    "Number of councils at risk of issuing Section 114 notices between and the Final Settlement",
    "Number of driving examiners recruited between",
    "Assessment of the authenticity",
])
def test_a_title_that_stops_mid_phrase_is_caught(title: str) -> None:
    assert title_problems(title)


@pytest.mark.parametrize(("title", "problem"), [
    ("Number of prisons operated a policy of five per cent. random mandatory drug testing", "a clause"),
    ("Number of income support claimants successfully and unsuccessfully claimed income support", "a clause"),
    ("Plans to make a statement", "generic"),
    ("Make a statement on the matter", "generic"),
    ("The matter: documents", "generic"),
    ("Title (Women and equalities Equal Opportunities: nationality): documents", "placeholder"),
    ("Assessment of the authenticity of the report", "vague"),
    ("Average time taken to respond following the submission by an asylum seeker of a request", "vague"),
    ("Women and equalities Equal… opportunities", "cut off"),
])
def test_a_title_that_is_not_a_specific_noun_phrase_is_caught(title: str, problem: str) -> None:
    assert any(problem in p for p in title_problems(title))


@pytest.mark.parametrize("title", [
    "Number of prisons that operated a policy of five per cent. random mandatory drug testing",
    "Number of people detained under the Terrorism Act",
    "Statement on the closure of the Tote",
    "Prisons (Drugs): the promised letter",
    "Assessment of the authenticity of the report by the OPCW engineering sub-team",
])
def test_a_specific_grammatical_title_passes(title: str) -> None:
    assert title_problems(title) == []


def test_a_title_keeps_what_a_cut_would_leave_vague() -> None:
    # not "… of a request": the request for what is the subject
    long = ("Average time taken to respond following the submission by an asylum seeker of a request for permission "
            "to work")
    assert _sized(long) == long
    # a little over the aim rather than lose where
    long = "Merits of including material on diagnosing and detecting cardiovascular diseases in women's health hubs"
    assert _sized(long) == long


def test_a_title_may_end_on_what_is_published() -> None:
    assert title_problems("Office for Product Safety and Standards' timetable for publishing the findings") == []


def test_a_count_is_titled_by_the_items_checked_subject() -> None:
    # Page 021: "how many crisis intervention centres for the mentally ill are available at present" titled
    # "Number of crisis intervention centres for the mentally ill are available at present".
    from foi_helper.letters.titles import request_title
    from foi_helper.model import WrittenAnswer

    answer = WrittenAnswer(source_format="plain", question="To ask the Secretary of State for Health how many crisis "
                           "intervention centres for the mentally ill are available at present.",
                           answer="This information is not held centrally.", department="Department of Health")
    title = request_title(answer, ["statistics"], first_subject="the number of crisis intervention centres for "
                          "the mentally ill that are available at present")
    assert title == "Crisis intervention centres for the mentally ill that are available at present: figures"
