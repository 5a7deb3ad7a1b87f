"""Letters for real pages an FOI officer reviewed (the shared pages): the faults found there, tested by the
rule behind each, not by the case. Each test drafts from the page as the user would."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest
from conftest import SHARED_DATA, needs_shared

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.letters.titles import title_problems
from foi_helper.model import Letter, Requester
from foi_helper.reading import read_answers

PAGES = SHARED_DATA / "pages"
ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 11, 28)


def _index() -> dict[str, dict[str, str]]:
    with open(PAGES / "INDEX.tsv", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def letter_for(page: str, answered: str | None = None) -> Letter:
    row = _index()[page]
    answer = read_answers((PAGES / page).read_text(encoding="utf-8"), row["source_url"])[0]
    if answer.date_answered is None and answered:
        answer = replace(answer, date_answered=date.fromisoformat(answered))
    # The answer's own period (a choice; by default an answer over ten years old asks for the latest year)
    return compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, latest_year=False)


def flat(letter: Letter) -> str:
    return " ".join(letter.body.split())


pytestmark = needs_shared(PAGES / "INDEX.tsv")


def test_the_figures_asked_for_only_when_the_question_asked_for_figures() -> None:
    steps = letter_for("014.txt")  # "what steps have been taken to increase the number of hospital beds"
    assert "figures asked for" not in flat(steps)
    figures = letter_for("001.txt", "2003-11-19")  # "what assessment he has made of the proportion of …"
    assert "figures asked for" in flat(figures)


def test_the_promised_letter_is_asked_for_after_the_answer_and_the_briefing_before_it() -> None:
    text = flat(letter_for("001.txt", "2003-11-19"))  # "I will write to my hon. Friend", 19 November 2003
    assert "information, for the financial years 1998-99 to 2002-03" not in text  # ends before the letter
    assert "for 19 November 2003 to 20 May 2004" in text or "(a letter dated 19 November 2003 to" in text
    from foi_helper.letters.windows import before_answer

    briefing = before_answer(date(2003, 11, 19))  # the briefing for the answer: written before it
    assert briefing.end == date(2003, 11, 19) and briefing.start is not None and briefing.start < briefing.end


def test_the_substantive_answer_after_a_holding_reply_falls_in_its_window() -> None:
    text = flat(letter_for("038.txt"))  # a holding answer of 1 May 2024
    assert "to 1 May 2024." not in text and "to 1 May 2024 unless" not in text
    assert "after the holding reply of 1 May 2024" in text
    assert "completed 1 May 2023 to 1 May 2024" not in text


def test_a_step_the_answer_says_is_taken_is_not_asked_when_it_will_be() -> None:
    from foi_helper.letters.dodge import done_already
    from foi_helper.model import Point

    point = Point("q1", "question", "timetable", "partial", "when consultants will be appointed by his Department "
                  "to make recommendations on the upgrading of the A2")
    answer = ("I can advise you that consultants Scott Wilson/Ferguson McIlveen were appointed on 18 March this "
              "year. I do not as yet have a detailed programme for their work.")
    done = done_already(point, answer, date(2005, 4, 6))
    assert done is not None and done.on == date(2005, 3, 18) and done.missing == "programme for their work"
    from foi_helper.letters.items import _after_done

    item = _after_done(point, done, authority="Department for Infrastructure", answered=date(2005, 4, 6),
                       opening=None)
    assert item is not None and "will be appointed" not in item.text
    assert "appointed on 18 March 2005" in item.text and "programme for their work" in item.text
    assert "dated between 18 March 2005 and 6 April 2006" in item.text  # to a stated end after the answer


def test_figures_the_answer_gave_are_not_asked_for_again() -> None:
    text = flat(letter_for("036.txt"))  # the answer gave the spending on social media platforms
    assert "other than on social media platforms" in text
    assert "I do not ask again for the spending on social media platforms" in text


def test_the_answers_latest_year_and_the_questions_span_are_kept() -> None:
    care = flat(letter_for("023.txt"))  # "1992 93, the latest year for which complete information is available"
    assert "1992-93" in care and "1994 and 1995" not in care and "1 April 1994" not in care
    web = flat(letter_for("031.txt"))  # "in the last five years", answered with one figure of £1,600 a year
    assert "the financial years 2002-03 to 2006-07" in web


def test_a_running_cost_is_not_asked_for_as_grants_nor_travel_from_grant_records() -> None:
    web = flat(letter_for("031.txt"))  # a website's £1,600 per annum
    assert "project title" not in web and "final report or evaluation" not in web
    travel = flat(letter_for("051.txt"))
    assert "grant records" not in travel and "travel booking data" in travel


def test_a_request_to_break_figures_down_is_not_a_decision() -> None:
    care = flat(letter_for("023.txt"))  # "if she will break this down by income from (i) government grants …"
    assert "on whether the Secretary of State will" not in care and "record of a decision" not in care
    assert "broken down by income from (i) government grants" in care
    assert "similar information" not in care


def test_a_snapshot_of_things_that_exist_is_asked_as_at_the_answer() -> None:
    fleet = flat(letter_for("020.txt"))  # "how many vehicles are (a) between three and five years old"
    assert "as at 5 March 1992" in fleet and "for 1991 and 1992" not in fleet


def test_a_heading_filed_under_the_department_gives_way_to_the_subject_in_the_title() -> None:
    assert "Scotland Office (Publicity)" not in letter_for("036.txt").title
    travel = letter_for("051.txt").title
    assert "travel that was not standard class" in travel and "(Travel)" not in travel


def test_figures_asked_for_keep_their_own_period_beside_the_promised_letter() -> None:
    text = flat(letter_for("001.txt", "2003-11-19"))  # "… of the proportion of(a) injuries and (b) fatalities"
    assert "of(a)" not in text
    assert "fatalities" in text.split("Under the Freedom")[1]  # an item asks for the figures themselves
    assert "for the financial years 1998-99 to 2002-03. I ask only for figures" in text


def test_a_list_by_parts_becomes_the_figures_broken_down_by_them() -> None:
    letter = letter_for("012.txt")  # "if he will list (a) constituencies and (b) by cities, towns and boroughs …"
    text = flat(letter)
    assert "constituencies cities" not in text and "percentage number" not in text.split("Under the")[1]
    assert "broken down by (a) constituencies and (b) cities, towns and boroughs" in text
    assert not letter.title.startswith("List")


def test_a_title_is_not_a_gerund_or_a_sum() -> None:
    assert not letter_for("038.txt").title.startswith("Including")  # "… of including material on (a) …"
    assert "£" not in letter_for("031.txt").title


@pytest.mark.parametrize(("page", "title"), [
    # each with the letter's period after it
    ("020.txt", "Average age of the ambulance vehicles of the London ambulance service, March 1992"),
    ("013.txt", "Progress on the sale of the Tote, April 2006 to January 2007"),
    ("037.txt", "Progress on establishing a National Cyber Force HQ in Lancashire, August 2025 to February 2026"),
    ("034.txt", "Response to the email from the hon. Member for Newton Abbot, July 2025 to September 2025"),
    ("031.txt", "Number of websites the Wales Office operates, 2002-03 to 2006-07"),
    # "in England and Wales" goes
    ("023.txt", "Total income to each local authority from placements of old people, 1992-93"),
])
def test_a_title_names_the_question_subject_not_the_heading(page: str, title: str) -> None:
    # The Hansard heading with a kind of record ("Ambulances: figures") says nothing an officer can search for.
    letter = letter_for(page)
    assert letter.title == title
    assert title_problems(letter.title) == []


def test_a_progress_question_without_dates_is_asked_for_the_latest_months() -> None:
    text = flat(letter_for("037.txt", "2026-02-06"))  # "what progress he has made on establishing …"
    assert "for 1 August 2025 to 6 February 2026" in text and "1 February 2025" not in text
