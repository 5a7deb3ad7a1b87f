"""Items for answers that point elsewhere: a letter to follow, figures placed in the Library, an earlier reply,
an unbounded assessment. The record the answer points to is asked for (or excluded as published), not what it
covers. Tested by the rule behind each."""

from __future__ import annotations

import re
from datetime import date

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.model import Member, Requester, WrittenAnswer

ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 12, 2)


def items(body: str) -> list[str]:
    return [" ".join(i.split()) for i in re.findall(r"^\d+\. (.+?)(?=\n\n)", body, flags=re.MULTILINE | re.DOTALL)]


def draft(question: str, answer: str, *, answered: date = date(2023, 12, 7), title: str | None = "Residential Care",
          department: str = "Department of Health and Social Care", latest_year: bool = False) -> str:
    wa = WrittenAnswer(source_format="api", question=question, answer=answer, title=title, department=department,
                       house="Commons", date_answered=answered, date_tabled=answered,
                       asker=Member(name="Jo Member"), answerer=Member(name="A Minister"))
    return compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY, latest_year=latest_year).body


def test_a_chief_executive_who_will_write_is_asked_for_the_letter() -> None:
    from foi_helper.letters.dodge import promised_records

    answer = ("The administration of income support is a matter for Mr. Michael Bichard, the chief executive of the "
              "Benefits Agency. He will write to the hon. Member shortly with such information as is available and "
              "copies will be placed in the Library and the Public Information Office.")
    assert [r.what for r in promised_records(answer)] == ["letter"]
    got = items(draft("To ask the Secretary of State for Work and Pensions how many claimants have claimed income "
                      "support under the hardship rules in each quarter.", answer, answered=date(2023, 10, 22),
                      department="Department for Work and Pensions", title="Benefit Claimants"))
    assert got and got[0].startswith("A copy of the letter")
    # The chief executive writes, not the minister who answered.
    assert got[0].startswith("A copy of the letter Mr. Michael Bichard, the chief executive of the Benefits Agency, "
                             "sent to Jo Member")


def test_figures_to_be_placed_in_the_library_are_asked_for_as_the_deposited_paper_not_again() -> None:
    from foi_helper.letters.dodge import promised_records

    answer = ("Information for England in 2022-23, the latest year for which complete information is available, "
              "will be placed in the Library. Information for Wales is the responsibility of the Secretary of State "
              "for Wales.")
    assert [r.what for r in promised_records(answer)] == ["library"]
    got = items(draft("To ask the Secretary of State for Health what was the total expenditure by each local "
                      "authority in England on placements of older people in residential care homes in 2022-23.",
                      answer))
    assert got and got[0].startswith("A copy of the document the answer of 7 December 2023 says was placed in the "
                                     "Library")
    assert "(information for England in 2022-23)" in got[0]


def test_an_assessment_item_is_bounded_to_the_most_recent_one_not_any() -> None:
    got = items(draft("To ask the Secretary of State for Foreign and Commonwealth Affairs what recent assessment he "
                      "has made of the protection of human rights in Africa.",
                      "We continue to monitor human rights closely across the continent.",
                      department="Foreign, Commonwealth and Development Office", title="Africa: Human Rights"))
    assessment = next(i for i in got if "human rights in Africa" in i)
    assert not assessment.startswith("Any assessment")
    assert assessment.startswith("A copy of the most recent assessment")
    assert "(or, if it is withheld, its date and title)" in assessment  # a copy is sought, not only its title


def test_a_steps_item_asks_for_the_current_plan_and_the_latest_progress_report_not_every_record() -> None:
    got = items(draft("To ask the Secretary of State for Transport what steps his Department is taking to ensure "
                      "the structural integrity of railway bridges in England.",
                      "This is an operational matter for Network Rail.", department="Department for Transport",
                      title="Railways: Bridges"))
    steps = next(i for i in got if "railway bridges" in i)
    assert not steps.startswith("A list (date, title and author) of the plans, ministerial submissions and "
                                "progress reports")
    # the submissions' list first (released where their content is withheld), the plan only where one is held
    assert steps.startswith("A list (date and title) of the papers to its board on steps taken or planned")
    assert "where Network Rail holds one, the plan or progress report on it in force at the end of the period" \
        in " ".join(steps.split()), steps


def test_an_answer_that_refers_to_an_earlier_reply_cites_it_and_does_not_ask_for_it() -> None:
    from foi_helper.letters.dodge import earlier_reply

    flynn = ("Mr. Bowis: I refer the hon. Member to the reply I gave the hon. Member for Newport, West (Mr. Flynn) "
             "on 10 January, Official Report, columns 231-32.")
    assert earlier_reply(flynn, 1996) == "the reply of 10 January 1996 (Official Report, columns 231-32)"
    short = ("I refer the hon. Member to my reply on 22 October 1984, at column512, to the hon. Member for "
             "Birmingham, Ladywood (Ms. Short.)")
    assert earlier_reply(short, 1985) == "the reply of 22 October 1984 (Official Report, column 512)"
    assert earlier_reply("The information is not held centrally.", 1996) is None
    body = " ".join(draft("To ask the Secretary of State for Health what are the figures for deaths attributable to "
                          "smoking in each of the past five years.", flynn, answered=date(1996, 3, 25),
                          title="Smoking-related Deaths").split())
    assert "The answer did not give the figures asked for." not in body
    assert ("The answer referred to the reply of 10 January 1996 (Official Report, columns 231-32), which is "
            "published; I do not ask for it again.") in body


def test_a_part_split_from_a_numbered_question_loses_its_lone_number() -> None:
    got = items(draft("To ask the Secretary of State for Foreign and Commonwealth Affairs what assessment they have "
                      "made of (1) the authenticity of the OPCW engineering assessment of two cylinders at Douma, "
                      "and (2) the differences between that assessment and the final report of the OPCW.",
                      "We have full confidence in the OPCW final report.",
                      department="Foreign, Commonwealth and Development Office", title="Syria: Chemical Weapons"))
    assert got and not any(re.search(r"\bof \(\d\)", i) for i in got)
    assert any("of the authenticity of the OPCW engineering assessment" in i for i in got)


def test_an_item_whose_subject_ends_on_each_with_no_noun_is_not_sent() -> None:
    from foi_helper.letters.items import item_problems

    assert item_problems("Any figure or estimate held by the Department of the figures for each. I ask only for "
                         "figures already held.")
    assert not item_problems("Any figure or estimate held by the Department of the number of deaths in each year.")


def test_figures_the_answer_gave_for_some_lettered_parts_are_not_asked_for_again() -> None:
    question = ("To ask the Secretary of State for Defence, whether he has made an estimate of the number of Russian "
                "(a) main battle tanks, (b) armoured fighting vehicles, (c) fixed-wing aircrafts, (d) helicopters, "
                "(e) ships, (f) artillery systems, (g) multiple-launch rocket systems and (h) other capabilities "
                "destroyed in Ukraine since 24 February 2022.")
    answer = ("We also estimate that over 10,000 Russian armoured vehicles, including nearly 3,000 main battle tanks, "
              "109 fixed wing aircraft, 136 helicopters, 23 naval vessels of all classes, and over 1,500 artillery "
              "systems of all types have been destroyed, abandoned, or captured by Ukraine since the start of the "
              "conflict.")
    got = items(draft(question, answer, answered=date(2024, 4, 26), department="Ministry of Defence",
                      title="Russia: Ukraine"))
    figures = next(i for i in got if "rocket systems" in i)
    assert "main battle tanks" not in figures.split(". ")[0] and "helicopters" not in figures.split(". ")[0]
    assert "multiple-launch rocket systems and other capabilities destroyed in Ukraine" in figures
    assert ("I do not ask again for the estimates the answer of 26 April 2024 gave for main battle tanks, armoured "
            "fighting vehicles, fixed-wing aircrafts, helicopters, ships and artillery systems.") in figures


def test_figures_the_systems_cannot_report_are_asked_for_as_management_information_not_a_case_search() -> None:
    from foi_helper.letters.dodge import systems_cannot_report

    answer = ("Casework systems do not allow us to report on the number of permission to work requests received or "
              "the number subsequently granted permission. Obtaining these figures would require manually searching "
              "through cases amounting to disproportionate time and cost.")
    assert systems_cannot_report(answer)
    assert not systems_cannot_report("The information is not held centrally and could be obtained only at "
                                     "disproportionate cost.")
    got = items(draft("To ask the Secretary of State for the Home Department, what the average time taken is for her "
                      "Department to respond following the submission by an asylum seeker of a request for "
                      "permission to work.", answer, answered=date(2022, 7, 7), department="Home Office",
                      title="Asylum: Employment"))
    figures = next(i for i in got if "permission to work" in i)
    # what may exist first (a standard or target), then what records it, audits and samples of cases included
    assert figures.startswith("Any service standard or target held by the Home Office for the average time taken")
    assert "management information, performance report, audit or sample of cases that records it" in figures
    assert "not for a search of individual case files" in figures
    body = " ".join(draft("To ask the Secretary of State for the Home Department, what the average time taken is for "
                          "her Department to respond following the submission by an asylum seeker of a request for "
                          "permission to work.", answer, answered=date(2022, 7, 7), department="Home Office",
                          title="Asylum: Employment").split())
    assert ("If what the answer said could not be reported is now recorded in a form that can be, please send the "
            "same for 2025 too.") in body
    assert "for one region or unit" not in figures


def test_what_comparison_was_made_asks_for_the_comparison_not_a_figure_of_the_question() -> None:
    got = items(draft("To ask the Secretary of State for Health what comparison he has made between the number of "
                      "deaths attributable to smoking and to excessive alcohol consumption.",
                      "The Department keeps these matters under review.", answered=date(2024, 3, 25),
                      title="Smoking and Drinking-related Deaths"))
    assert got and not any("what the question asked" in i for i in got)
    assert any(i.startswith("A copy of the most recent assessment, analysis or evaluation held by the Department "
                            "of Health and Social Care of the number of deaths attributable to smoking and to excessive "
                            "alcohol consumption") for i in got)


def test_in_each_such_year_goes_when_the_latest_year_replaces_the_questions_years() -> None:
    body = draft("To ask the Secretary of State for Justice how many prisons operated a policy of random mandatory "
                 "drug testing in each financial year from 2002-03 to 2008-09; and how many random tests were "
                 "performed in those prisons in each such year.", "I will write to the hon. Member.",
                 answered=date(2009, 7, 15), title="Prisons: Drugs", department="Ministry of Justice",
                 latest_year=True)
    got = items(body)
    assert any("random tests" in i for i in got)
    assert not any("each such year" in i for i in got)


def test_the_questions_gloss_on_a_named_report_is_not_pasted_into_the_item() -> None:
    got = items(draft("To ask Her Majesty's Government what assessment they have made of the differences between the "
                      "OPCW engineering assessment of two cylinders at Douma and the final report of the OPCW "
                      "regarding the incident of alleged use of toxic chemicals as a weapon in Douma on 7 April 2018, "
                      "which found that evidence consistent with the hypothesis that chlorine cannisters had been "
                      "dropped from aircraft.", "We have full confidence in the OPCW final report.",
                      answered=date(2019, 6, 17), department="Foreign, Commonwealth and Development Office",
                      title="Syria: Chemical Weapons"))
    item = next(i for i in got if "Douma" in i)
    assert "final report of the OPCW regarding the incident of alleged use of toxic chemicals" in item
    assert "which found that" not in item and "hypothesis" not in item
