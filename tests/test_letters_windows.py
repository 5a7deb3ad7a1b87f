"""Windows pinned to the answer: the question's own words or the answer's events, as absolute dates."""

from __future__ import annotations

from datetime import date

import pytest
from test_letters_compose import ALEX, TODAY, seed_analysis, seed_answer

from foi_helper.analysis import analyse
from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter
from foi_helper.letters.windows import (
    AnswerDateUnknown,
    answer_events,
    events_window,
    question_period,
    with_years,
)
from foi_helper.model import Analysis, Fix, Point


def words(text: str, answered: date | None, financial: bool = False) -> str | None:
    period = question_period(text, answered, financial=financial)
    assert period is not None
    return period.window.words() if period.window else None


@pytest.mark.parametrize(
    ("text", "answered", "expected"),
    [
        ("how many knife incidents there were in Haringey for 2018", date(2019, 3, 4), "2018"),
        ("how much was spent in each of the last five years", date(1995, 6, 1),
         "the financial years 1990-91 to 1994-95"),
        ("how many injuries in each of the last five calendar years", date(1995, 6, 1),
         "each calendar year from 1990 to 1994"),
        ("how many beds there have been since 1997", date(2007, 11, 26), "1 January 1997 to 26 November 2007"),
        ("how much was spent in each financial year since 2019-20", date(2023, 12, 21),
         "1 April 2019 to 21 December 2023"),
        ("waiting times in the last twelve months for which figures are available", date(2023, 11, 1),
         "the latest 12 months for which figures were held on 1 November 2023"),
        ("how many staff were employed at the end of the 2015-16 financial year", date(2025, 9, 12),
         "as at 31 March 2016"),
        ("how many websites it operated at 1 January 2005", date(2007, 10, 16), "as at 1 January 2005"),
        ("how many Chinooks have been donated since February 2022", date(2023, 12, 19),
         "1 February 2022 to 19 December 2023"),
        ("how much he plans to spend in each of the next five years", date(2024, 11, 6),
         "the financial years 2025-26 to 2029-30 (the figures as planned)"),
        ("how much it spent in the (a) 2021-22 and (b) 2022-23 financial years", date(2024, 2, 5),
         "the financial years 2021-22 to 2022-23"),
        ("how much it has spent in the 2023-24 financial year as of 29 January 2024", date(2024, 2, 5),
         "1 April 2023 to 29 January 2024"),
        ("how many workers each sponsor sponsored in each year for which data is available", date(2025, 1, 15),
         ("each calendar year from 2020 to 2024, the latest five years for which figures were held on "
         "15 January 2025")),
        ("how much was spent in each year for which figures are available", date(2025, 1, 15),
         ("the financial years 2019-20 to 2023-24, the latest five years for which figures were held on "
         "15 January 2025")),
    ],
)
def test_the_questions_own_period_as_absolute_dates(text: str, answered: date, expected: str) -> None:
    assert words(text, answered, financial="spen" in text) == expected


def test_the_period_words_leave_the_subject() -> None:
    period = question_period("how many knife incidents there were in Haringey in 2018", date(2019, 3, 4))
    assert period is not None and period.rest == "how many knife incidents there were in Haringey"
    assert question_period("how many staff are employed", date(2019, 3, 4)) is None


def test_a_relative_period_needs_the_answers_date() -> None:
    assert words("in each of the last three years", None) is None
    assert words("in 2018", None) == "2018"  # absolute: no date needed


def test_the_seed_window_runs_from_its_first_event_to_its_promise() -> None:
    text = seed_answer().answer
    assert answer_events(text, date(2019, 6, 24))[0] == date(2018, 9, 3)  # "on 3 September": the latest before
    assert events_window(text, date(2019, 6, 24), TODAY).words() == "3 September 2018 to 31 December 2019"
    assert with_years("his speech at the NSPCC on 3 September", date(2019, 6, 24)).endswith("3 September 2018")
    # Never past the day the letter is written.
    assert events_window(text, date(2019, 6, 24), date(2019, 7, 1)).end == date(2019, 7, 1)


def test_earlier_answers_cited_are_not_events() -> None:
    text = "I refer the hon. Member to the answer given on 3 February 2003, Official Report, column 46W."
    assert answer_events(text, date(2003, 11, 19)) == []


def test_an_undated_answer_is_refused_with_a_question_the_app_can_ask() -> None:
    answer = seed_answer(date_answered=None)
    with pytest.raises(AnswerDateUnknown) as err:
        compose_letter(answer, seed_analysis(), requester=ALEX, today=TODAY)
    assert isinstance(err.value, LetterError) and err.value.field == "date_answered"
    assert err.value.question.endswith("?") and "\n" not in str(err.value)


def test_one_window_stated_once_when_every_item_shares_it() -> None:
    analysis = Analysis(points=[
        Point("q1", "question", "statistics", "unanswered", "how many (a) knife and (b) firearm incidents there "
              "were in Haringey in 2018"),
    ])
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    assert "recorded information, for 2018." in body and "unless an item says otherwise" not in body
    item = body.split("1. ", 1)[1].split("\n\n")[0]
    assert "2018" not in item  # stated once, in the opening
    assert "(a) knife incidents and (b) firearm incidents in Haringey" in " ".join(item.split())


def test_headcounts_are_as_at_the_answer() -> None:
    analysis = Analysis(points=[Point("q1", "question", "statistics", "unanswered",
                                      "how many staff are employed in the Department's press office")])
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    assert "recorded information, as at 24 June 2019." in body


def test_an_old_answer_warns_and_offers_the_latest_complete_year() -> None:
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    old = next(w for w in letter.warnings if w.code == "old-records")
    assert "destroyed" in old.message and "2025" in old.message and old.fix == Fix("latest_year")
    # seven years: the letter asks to be told if the records are gone, not yet for another year instead
    said = " ".join(letter.body.split())
    assert "If any have been destroyed under your retention schedule, please say so and when." in said
    assert "National Archives" not in said and "instead" not in said
    latest = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY, latest_year=True)
    assert "recorded information, for 2025." in latest.body and "retention schedule" not in latest.body
    assert not [w for w in latest.warnings if w.code == "old-records"]
    recent = compose_letter(seed_answer(date_answered=date(2025, 6, 24)), seed_analysis(), requester=ALEX,
                            today=TODAY)
    assert not [w for w in recent.warnings if w.code == "old-records"]
    assert "retention schedule" not in recent.body


def test_an_answer_without_events_is_asked_for_its_latest_months_not_a_default_year() -> None:
    # "Plans … are progressing as scheduled": the latest progress records, not a year back from the answer
    window = events_window("Plans to establish the HQ are progressing as scheduled.", date(2026, 2, 6), TODAY)
    assert window.words() == "1 August 2025 to 6 February 2026"
    assert events_window("No change.", date(2019, 1, 15), TODAY).start == date(2018, 7, 1)


def test_the_latest_year_replaces_the_questions_own_period_too() -> None:
    # "since 1997" in a 2007 answer: choosing the latest complete year left the letter asking for 1997 to 2007
    answer = seed_answer(question=("To ask the Secretary of State for Health what steps the Government has taken to "
                                   "increase the number of hospital beds in London since 1997."),
                         answer="Hospital bed numbers are a matter for the local NHS.",
                         date_answered=date(2007, 11, 26))
    own = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, latest_year=False).body
    assert "1 January 1997" in own
    latest = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, latest_year=True).body
    assert "1997" not in latest.split("Under the")[1] and "for 2025" in latest, latest


def test_an_answer_over_ten_years_old_asks_for_its_period_then_the_latest_year() -> None:
    # Blind FOI-officer reviews scored letters for old records "not held" whichever single period they asked
    # for, and asked for this: the answer's own period, told when it is gone, then the latest complete year.
    old = seed_answer(date_answered=date(2009, 11, 26))
    letter = compose_letter(old, seed_analysis(), requester=ALEX, today=TODAY)
    said = " ".join(letter.body.split())
    assert "for 2025" not in said.split("The answer is from")[0]  # the items keep the answer's own period
    assert ("The answer is from 2009, so some of these records may no longer be held. If any have been destroyed "
            "under your retention schedule, please say so and when; if any have been transferred to The National "
            "Archives, please give their reference. For any figures whose records are no longer held, please send "
            "the same figures for 2025 instead, where they are held.") in said
    warning = next(w for w in letter.warnings if w.code == "old-records")
    assert warning.fix == Fix("latest_year") and "latest year alone" in warning.message
    own = compose_letter(old, seed_analysis(), requester=ALEX, today=TODAY, latest_year=False)
    assert "retention schedule" in own.body and "instead" not in " ".join(own.body.split()).split("Please send")[0]
    # over twenty years: by law transferred or destroyed, so the latest complete year, the answer's period a choice
    older = compose_letter(seed_answer(date_answered=date(2003, 11, 26)), seed_analysis(), requester=ALEX,
                           today=TODAY)
    assert "recorded information, for 2025." in older.body and "retention schedule" not in older.body
    warning = next(w for w in older.warnings if w.code == "old-records")
    assert warning.fix == Fix("answer_period") and "own period" in warning.message


def test_the_latest_year_letter_does_not_send_the_user_to_the_national_archives() -> None:
    # The National Archives holds records over 20 years old; a letter for 2025 has nothing to send there.
    old = seed_answer(question=("To ask the Secretary of State for Health what is the average age of the ambulance "
                                "vehicles of the London ambulance service."),
                      answer="This information is not collected centrally.", date_answered=date(1992, 3, 5),
                      department="Department of Health")
    def archives(latest: bool | None) -> list[str]:
        letter = compose_letter(old, analyse(old), requester=ALEX, today=TODAY, latest_year=latest)
        return [w.message for w in letter.warnings if "National Archives also" in w.message]
    assert archives(False) and not archives(None) and not archives(True)


def test_records_over_ten_years_old_get_the_latest_year_in_their_own_form() -> None:
    # Page 051: a 2017 answer asking for the last five years reaches back to 2011-12, past finance retention:
    # the letter asks for them, and for the latest complete financial year where they are gone.
    answer = seed_answer(question="To ask the Secretary of State for Communities and Local Government, how much his "
                         "Department spent on travel that was not standard class in each of the last five years.",
                         answer="The Department does not hold this information in the form requested.",
                         date_answered=date(2017, 3, 28), department="Department for Communities and Local Government")
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    said = " ".join(letter.body.split())
    assert "for the financial years 2011-12 to 2015-16" in said
    assert "please send the same figures for the financial year 2025-26 instead" in said
    warning = next(w for w in letter.warnings if w.code == "old-records")
    assert "the financial year 2025-26" in warning.message and warning.fix == Fix("latest_year")


def test_an_old_plan_has_no_later_year_to_send_instead_nor_a_private_office_to_search() -> None:
    # Held-out review: "the same information for 2025" asked for a 2025 timetable of a sale long finished, and
    # "the private office of the minister who answered" in 2006 points nowhere.
    answer = seed_answer(question="To ask the Secretary of State for Culture, Media and Sport what progress has been "
                         "made on the sale of the Tote.", answer="An announcement will be made shortly.",
                         date_answered=date(2012, 10, 9), department="Department for Culture, Media and Sport")
    said = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert "If any have been destroyed under your retention schedule, please say so and when" in said
    assert "instead" not in said.split("Please send")[0] and "private office" not in said


def test_an_announcement_promised_shortly_reaches_three_months_past_the_answer() -> None:
    # Page 013 (held-out review): the papers that show the decision come after "we will announce shortly".
    from foi_helper.letters.windows import answer_horizon

    said = "We will announce shortly how we intend to meet the intentions of the manifesto."
    assert answer_horizon(said, date(2006, 10, 9)) == date(2007, 1, 31)
    assert answer_horizon("The scheme opened shortly after the election.", date(2006, 10, 9)) is None


def test_figures_windows_never_run_past_the_answers_date() -> None:
    from foi_helper.letters.windows import Window, years_of

    # whole years for figures kept by year, but not the rest of the year the answer was given in
    assert years_of(Window(start=date(2025, 5, 19), end=date(2026, 5, 19))).words() == (
        "1 January 2025 to 19 May 2026")
    assert years_of(Window(start=date(2018, 9, 3), end=date(2019, 12, 31))).words() == "2018 and 2019"


def test_an_archived_answer_says_why_it_asks_for_the_latest_year_in_the_figures_own_form() -> None:
    # Page 023: a 1995 answer naming "1992 93, the latest year for which complete information is available"
    # asked for 1992-93 (archived or destroyed long since), without a word on the records' fate.
    answer = seed_answer(question=("To ask the Secretary of State for Health what was the total expenditure by each "
                                   "local authority on placements of older people in residential care in 1992-93."),
                         answer=("Information for England in 1992 93, the latest year for which complete information "
                                 "is available, will be placed in the Library."),
                         date_answered=date(1995, 4, 19), department="Department of Health")
    said = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert "recorded information, for the financial year 2025-26." in said
    assert ("The answer is from 1995; records of that time will by now have been destroyed or transferred to The "
            "National Archives, so I ask for the same information for the financial year 2025-26") in said
    assert "(information for England in 1992-93)" in said
    # every item shares that period: no "except where an item names another date" for the officer to look for
    assert "names another date" not in said
    # the answer's own period, chosen: no such sentence
    own = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY,
                                  latest_year=False).body.split())
    assert "will by now have been destroyed" not in own and "1992-93" in own


def test_an_archived_decision_is_asked_for_as_it_was_with_its_fate() -> None:
    # Page 021: a 1995 policy question asked for "2025" decisions on it; no later year fits a decision of then.
    answer = seed_answer(question=("To ask the Secretary of State for Health if she will make it her policy to ensure "
                                   "that the procedure used by North Worcestershire health authority in connection "
                                   "with the refusal to open maternity facilities is not followed elsewhere."),
                         answer="Provision of maternity services is the responsibility of the health authority.",
                         date_answered=date(1995, 1, 16), department="Department of Health")
    said = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert "for 2025" not in said and "the latest complete year" not in said
    # records of 1995 were due under the 20-year rule's transition (two years' records a year from 2013): 2019
    assert ("The answer is from 1995: records of that time were due for transfer to The National Archives or for "
            "destruction by 2019. Please send any still held, and for the rest say what became of them") in said


def test_transfer_dates_follow_the_rule_of_the_records_year_and_the_archive_is_the_bodys() -> None:
    from foi_helper.letters.authorities import archive_of, authority_named
    from foi_helper.letters.holders import transfer_due

    assert [transfer_due(y) for y in (1975, 1983, 1984, 1995, 2002, 2005)] == [2005, 2013, 2013, 2019, 2022, 2025]
    assert archive_of(authority_named("Department for Infrastructure (Northern Ireland)")).startswith(
        "the Public Record Office of Northern Ireland")
    assert archive_of(authority_named("Northern Ireland Office")) == "The National Archives"
    assert archive_of(authority_named("Scottish Government")) == "the National Records of Scotland"


def test_things_there_are_now_are_counted_as_at_the_answer() -> None:
    from foi_helper.letters.windows import is_headcount

    assert is_headcount("how many unprocessed probate applications there are in (a) North east Somerset and (b) "
                        "England")
    assert is_headcount("how many vacancies there are currently in the prison service")
    assert not is_headcount("how many applications there were in each of the last five years")


def test_the_old_records_warning_names_the_bodys_own_archive() -> None:
    answer = seed_answer(question=("To ask the Secretary of State for Northern Ireland how many miles of road were "
                                   "resurfaced in Northern Ireland in 2004."),
                         answer="This information is not held centrally.", date_answered=date(2005, 4, 6),
                         department="Northern Ireland Office")
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.authority == "Department for Infrastructure (Northern Ireland)"
    warning = next(w for w in letter.warnings if w.code == "old-records")
    assert "transferred to the Public Record Office of Northern Ireland or destroyed" in warning.message


def test_people_subject_to_sanctions_are_counted_as_at_the_answer() -> None:
    from foi_helper.letters.windows import is_headcount

    assert is_headcount("how many individuals have been subject to sanctions imposed by the UK Government")
    assert not is_headcount("how many individuals have been arrested for breaching sanctions")


def _old(question: str, answer: str, answered: date) -> tuple[str, list[str]]:
    from foi_helper.model import Member, WrittenAnswer

    wa = WrittenAnswer(source_format="test", question=question, answer=answer, department="Department of Health "
                       "and Social Security", house="Commons", date_answered=answered, asker=Member(name="Mr. X"))
    letter = compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY)
    return " ".join(letter.body.split()), [w.message for w in letter.warnings if w.code == "old-records"]


def test_figures_of_an_ended_scheme_keep_the_answers_own_period() -> None:
    body, said = _old("To ask the Secretary of State for Social Services how many people received supplementary "
                      "benefit in 1985.", "The information could be obtained only at disproportionate cost.",
                      date(1986, 11, 17))
    assert "for 1985" in body and "2025" not in body
    assert "what became of them" in body
    assert len(said) == 1 and said[0].startswith("Supplementary benefit ended in 1988 (replaced by income support)")
    # a scheme that goes on is asked for its latest year
    body, said = _old("To ask the Secretary of State for Social Services how many people received child benefit "
                      "in 1985.", "The information could be obtained only at disproportionate cost.",
                      date(1986, 11, 17))
    assert "2025" in body and "ended in" not in " ".join(said)


def test_a_period_before_the_first_part_is_every_parts() -> None:
    body, _ = _old("To ask the Secretary of State for Social Services for each quarter since October 1989, how "
                   "many people received supplementary benefit.", "I will write to the hon. Member.",
                   date(1991, 10, 22))
    assert "1 October 1989 to 22 October 1991" in body
    assert "broken down by quarter" in body  # the lead-in's breakdown too


def test_a_lead_in_breakdown_reads_as_one() -> None:
    from foi_helper.letters.strategy import lead_breakdown

    lead = ("To ask the Secretary of State for Employment for each region and for Great Britain as a whole for each "
            "quarter since October 1989, ")
    assert lead_breakdown(lead, "since October 1989") == "by region and for Great Britain as a whole, and by quarter"
    assert lead_breakdown("To ask the Secretary of State for Employment, ", None) is None


def test_an_estimate_of_a_number_from_a_ten_year_old_answer_also_offers_the_latest_year() -> None:
    from foi_helper.model import Member, WrittenAnswer

    wa = WrittenAnswer(source_format="test", question="To ask the Secretary of State for Foreign and Commonwealth "
                       "Affairs if he will estimate the number of young people who have left the UK to take part in "
                       "the conflict in Syria.", answer="We do not have reliable figures.",
                       department="Foreign and Commonwealth Office", house="Commons",
                       date_answered=date(2012, 9, 4), asker=Member(name="Mr. X"))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert "please send the same figures for 2025 instead" in body


def test_an_archived_answers_span_of_years_is_kept_for_the_latest_years() -> None:
    from foi_helper.model import Member, WrittenAnswer

    def body(question: str) -> str:
        wa = WrittenAnswer(source_format="test", question=question, answer="The information is not held centrally.",
                           department="Northern Ireland Office", house="Commons", date_answered=date(2005, 3, 1),
                           asker=Member(name="Mr. X"))
        return " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())

    five = body("To ask the Secretary of State for Northern Ireland how much money his Department has spent on "
                "chartering aircraft in each of the past five years.")
    assert "for the financial years 2021-22 to 2025-26" in five and "the latest five complete years" in five
    one = body("To ask the Secretary of State for Northern Ireland how much money his Department spent on "
               "chartering aircraft in 2003-04.")
    assert "for the financial year 2025-26" in one and "the latest complete year" in one


def test_figures_of_a_one_off_have_no_latest_year_to_send_instead() -> None:
    # "the same figures for 2025 instead" of letters unanswered from Session 2005-06: both reviewers called it absurd
    answer = seed_answer(question=("To ask the Deputy Prime Minister how many letters sent from hon. Members during "
                                   "Session 2005-06 remain unanswered."),
                         answer="This information is not held in the form requested.",
                         date_answered=date(2007, 2, 19), department="Cabinet Office")
    said = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert "may no longer be held" in said and "instead" not in said
    recurring = seed_answer(question="To ask the Secretary of State for Health how many nurses were employed in 2006.",
                            answer="This information is not held in the form requested.",
                            date_answered=date(2007, 2, 19), department="Department of Health")
    said = " ".join(compose_letter(recurring, analyse(recurring), requester=ALEX, today=TODAY).body.split())
    assert "instead, where they are held" in said


def test_a_month_still_to_come_is_not_an_event_before_the_answer() -> None:
    from foi_helper.letters.windows import answer_events

    answered = date(2024, 9, 30)
    # "from October" in a September answer is the coming October, not last year's
    assert answer_events("Support includes the Warm Home Discount from October.", answered) == []
    assert answer_events("We will publish the strategy in November.", answered) == []
    assert answer_events("The Minister met the council in June.", answered) == [date(2024, 6, 1)]
    assert answer_events("Payments were made from March.", answered) == [date(2024, 3, 1)]


def test_the_most_recent_year_for_which_data_is_available_is_the_latest_complete_year() -> None:
    got = question_period("how many foreign nationals were sentenced to an immediate custodial sentence in the most "
                          "recent year for which data is available", date(2024, 1, 8))
    assert got is not None and got.window is not None and got.window.words() == "2023"
    assert got.rest == "how many foreign nationals were sentenced to an immediate custodial sentence"


def test_costs_of_preparing_for_an_election_have_no_latest_year() -> None:
    answer = seed_answer(question=("To ask the Secretary of State for Wales what contingency preparations the Wales "
                                   "Office made for a general election in autumn 2007; and what the costs of those "
                                   "preparations were."), answer="This information is not held in the form requested.",
                         date_answered=date(2007, 10, 16), department="Wales Office")
    said = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert "may no longer be held" in said and "instead, where they are held" not in said
