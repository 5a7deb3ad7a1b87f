"""subject_of: a short noun phrase for a request's title."""

from __future__ import annotations

import pytest

from foi_helper.analysis import subject_of, title_subject
from foi_helper.model import WrittenAnswer


@pytest.mark.parametrize(("question", "subject"), [
    # the verb is taken off whole: "establishing", never "ing a National Cyber Force HQ"
    (("To ask the Secretary of State for Defence, what progress he has made on establishing a National Cyber "
     "Force HQ in Lancashire."), "a National Cyber Force HQ in Lancashire"),
    ("To ask the Secretary of State for Defence, what steps he is taking to tackle knife crime in London.",
     "knife crime in London"),
    (("To ask the Secretary of State for Health and Social Care, what steps he is taking to help reduce "
     "inequalities of care for blood cancer patients."), "inequalities of care for blood cancer patients"),
    (("To ask the Secretary of State for Defence, how many serving armed forces personnel have received "
     "disciplinary action for refusing to remove facial hair in each year since 2010."),
     ("the number of serving armed forces personnel that have received disciplinary action for refusing to "
     "remove facial hair")),
    (("To ask the Secretary of State for Transport, if he will make an assessment of the potential impact of the "
     "decision to not close ticket offices on the budgets of train operators."),
     "the decision to not close ticket offices on the budgets of train operators"),
    (("To ask the Secretary of State for Housing, Communities and Local Government, whether he plans to introduce "
     "statutory timescales for registered providers of social housing to complete remedial works."),
     "introduce statutory timescales for registered providers of social housing to complete remedial works"),
])
def test_subject(question: str, subject: str) -> None:
    assert subject_of(WrittenAnswer(source_format="test", question=question)) == subject


def test_subject_is_short_and_falls_back_to_the_title() -> None:
    long_q = "To ask the Secretary of State for Justice, what steps he is taking to " + "improve " * 40 + "courts."
    assert len(subject_of(WrittenAnswer(source_format="test", question=long_q)).split()) <= 19
    assert subject_of(WrittenAnswer(source_format="test", question="", title="Courts: Closures")) == "Courts: Closures"


@pytest.mark.parametrize(("question", "title"), [
    (("To ask the Secretary of State for Culture, Media and Sport what progress her Department is making with the "
     "sale of the Tote."), "Progress on the sale of the Tote"),
    (("To ask the Secretary of State for Health what is the average age of the ambulance vehicles of the London "
     "ambulance service ; and how many vehicles are (a) between three and five years old and (b) five years or more."),
     "Average age of the ambulance vehicles of the London ambulance service"),
    (("To ask the Secretary of State for Work and Pensions, when he plans to respond to the email from the hon. "
     "Member for Newton Abbot sent on 24 July 2025."), "Response to the email from the hon. Member for Newton Abbot"),
    (("To ask the Secretary of State for Scotland, how much his Department spent on public information campaigns in "
     "the (a) 2021-22 and (b) 2022-23 financial years."), "Spending by the Department on public information campaigns"),
    (("To ask the Minister of State, Foreign, Commonwealth and Development Office, what discussions his Department "
     "has had with its Iranian counterparts on the imprisonment of Alaa Abdel Fattah."),
     "Discussions with Iranian counterparts on the imprisonment of Alaa Abdel Fattah"),
    (("To ask the Secretary of State for Health and Social Care, how many people have been detained under the Mental "
     "Health Act 1983 in each of the last five years."), "Number of people detained under the Mental Health Act"),
    (("To ask the Secretary of State for Transport, if he will make an assessment of the potential merits of giving "
     "powers to the Mayor of London to control the use of e-bikes."),
     "Merits of giving powers to the Mayor of London to control the use of e-bikes"),
    (("To ask the Secretary of State for Northern Ireland when consultants will be appointed by his Department to "
     "make recommendations on the upgrading of the A2, Carrickfergus Belfast Road at Jordanstown."),
     ("Timetable for the appointment of consultants to make recommendations on the upgrading of the A2, "
     "Carrickfergus Belfast Road at Jordanstown")),
    (("To ask the Chancellor of the Exchequer, what the (a) staffing and (b) non-staffing costs of HM Revenue and "
     "Customs tax compliance activities were in each of the last five financial years."),
     "Staffing and non-staffing costs of HM Revenue and Customs tax compliance activities"),
])
def test_title_subject_names_the_subject_and_what_is_sought(question: str, title: str) -> None:
    assert title_subject(WrittenAnswer(source_format="test", question=question)) == title


@pytest.mark.parametrize("question", [
    "To ask the Secretary of State for Defence, when a Minister in his Department last visited MOD Boscombe Down.",
    ("To ask the Secretary of State for Defence, whether he has had discussions with the industry on ensuring it "
    "has a skilled workforce."),
    "",
])
def test_title_subject_declines_what_it_cannot_read(question: str) -> None:
    assert title_subject(WrittenAnswer(source_format="test", question=question)) is None


def test_a_relative_clause_keeps_its_verb() -> None:
    question = ("To ask the Secretary of State for Justice, how many people who were (i) cautioned and (ii) sentenced "
                "were not UK nationals in 2023.")
    assert title_subject(WrittenAnswer(source_format="test", question=question)) == \
        "Number of people cautioned and sentenced who were not UK nationals"


@pytest.mark.parametrize(("question", "title"), [
    (("To ask the Secretary of State for Environment, Food and Rural Affairs, what information his Department holds on "
     "the number of trees planted during this Parliament."), "Number of trees planted during this Parliament"),
    ("To ask the Secretary of State for Justice, how many prisoners are in custody for an offence relating to fraud.",
     "Number of prisoners in custody for an offence relating to fraud"),
    ("To ask the Secretary of State for Justice, how many UK nationals have received a caution for a criminal offence.",
     "Number of UK nationals who have received a caution for a criminal offence"),
    ("To ask the Secretary of State for Justice, how many prisons do not have a completed local security strategy.",
     "Number of prisons without a completed local security strategy"),
    (("To ask the Secretary of State for Transport, how many driving examiners were recruited between 1 January 2023 "
     "and 31 March 2023."), "Number of driving examiners recruited"),
])
def test_a_count_reads_as_a_noun_phrase(question: str, title: str) -> None:
    assert title_subject(WrittenAnswer(source_format="test", question=question)) == title


@pytest.mark.parametrize(("question", "title"), [
    # an active verb with its object: the counted things take a relative clause
    (("To ask the Secretary of State for Justice how many prisons operated a policy of five per cent. random "
      "mandatory drug testing in each financial year from 2002-03 to 2008-09."),
     "Number of prisons that operated a policy of five per cent. random mandatory drug testing"),
    # an auxiliary before adverbs stays, in a relative clause
    (("To ask the Secretary of State for Employment how many income support claimants have (a) successfully and "
      "(b) unsuccessfully claimed income support under the hardship rules."),
     ("Number of income support claimants who have successfully and unsuccessfully claimed income support under "
      "the hardship rules")),
    # a finite verb after a prepositional phrase: "staff at the Institute … who are apprentices"
    (("To ask the Secretary of State for Education, how many and what proportion of staff at the Institute for "
      "Apprenticeships are apprentices."),
     "Number and proportion of staff at the Institute for Apprenticeships who are apprentices"),
    # a marker glued to the word before it: "have(a) successfully"; "showing …" is a breakdown
    (("To ask the Secretary of State for Employment how many claimants have(a) successfully and (b) unsuccessfully "
      "claimed income support, showing those whose claim was in doubt."),
     "Number of claimants who have successfully and unsuccessfully claimed income support"),
])
def test_a_count_with_a_finite_verb_takes_a_relative_clause(question: str, title: str) -> None:
    assert title_subject(WrittenAnswer(source_format="test", question=question)) == title
