"""Items: the dodge first, what the answer says exists or is published, the parts with their shared words,
and the final check that refuses a broken item; titles within WhatDoTheyKnow's rules."""

from __future__ import annotations

from datetime import date

import pytest
from test_letters_compose import ALEX, TODAY, items_of, seed_analysis, seed_answer

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.letters.dodge import answer_topic, by_class, published_documents
from foi_helper.letters.items import distribute, item_problems
from foi_helper.letters.parts import rejoin_lettered, resolve_such
from foi_helper.letters.titles import title_problems
from foi_helper.model import Analysis, Member, Point, Requester, WrittenAnswer


def test_the_dodged_organisation_and_the_figures_by_class_lead() -> None:
    letter = compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY)
    first, second, third = items_of(letter.body)[:3]
    assert "Twitter" in first and "meetings" in first
    assert "Twitter sent in response" in second
    assert "by platform, in particular for Twitter" in third
    assert letter.title.startswith("Home Office engagement with Twitter: meetings, correspondence and figures, ")


def test_answer_helpers() -> None:
    assert answer_topic("abuse, including from child sexual exploitation and abuse (CSEA), in the Paper") == (
        "child sexual exploitation and abuse")
    found = by_class("the number of paedophiles operating on Twitter and other social media platforms")
    assert found is not None and (found.what, found.one, found.klass) == (
        "the number of paedophiles", "Twitter", "platform")
    assert published_documents("The Government set out plans in the Online Harms White Paper. The White Paper "
                               "sets out our plans.") == ["the Online Harms White Paper"]


def test_shared_words_go_to_each_part() -> None:
    assert distribute("the number of (a) knife and (b) firearm incidents there were in Haringey") == (
        "the number of (a) knife incidents and (b) firearm incidents in Haringey")
    # A gerund list shares the words after it as they stand.
    assert distribute("material on (a) diagnosing and (b) detecting cardiovascular diseases") == (
        "material on (a) diagnosing and (b) detecting cardiovascular diseases")
    split = [Point("q1", "question", "assessment", "partial", "what assessment she has made of including "
                   "material on (a) diagnosing"),
             Point("q2", "question", "assessment", "partial", "(b) detecting cardiovascular diseases in hubs")]
    merged: dict[str, list[str]] = {}
    joined = rejoin_lettered(split, "To ask the Secretary of State, what assessment she has made of including "
                             "material on (a) diagnosing and (b) detecting cardiovascular diseases in hubs.", merged)
    assert merged == {"q1": ["q2"]}  # the letter asks for q2 too, and says so (the app ticks both)
    assert len(joined) == 1 and joined[0].text.endswith("(a) diagnosing and (b) detecting cardiovascular diseases "
                                                          "in hubs")
    such = resolve_such([Point("q1", "question", "statistics", "unanswered", "how many prisons operated a policy "
                               "of random testing in each financial year from 2002-03 to 2008-09"),
                         Point("q2", "question", "statistics", "unanswered", "how many tests were performed in "
                               "such prisons in each such year")])
    assert "prisons that operated a policy of random testing" in such[1].text


def test_a_part_without_its_own_period_takes_the_one_before() -> None:
    answer = WrittenAnswer(
        source_format="plain", department="Ministry of Justice", date_answered=date(2009, 7, 15),
        question="To ask the Secretary of State for Justice how many prisons operated random drug testing in each "
                 "financial year from 2002-03 to 2008-09; and how many tests were positive in each such year.",
        answer="The information is not held centrally.")
    body = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, latest_year=False).body.split())
    assert "for the financial years 2002-03 to 2008-09." in body and "such year" not in body.split(" 1. ", 1)[1]


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ("Any figure held of the number of knives [287035] in 2018.", "a question number"),
        ("Any records, Official Report, column 46W, of the contract.", "a Hansard reference"),
        ("Any figure held of what they are doing in 2018.", "question grammar"),
        ("Any figure held of whether so, by how much, in 2018.", "question grammar"),
        ('Any records behind the statement in the answer that "so we were unable to".',
         "a quotation that is not a whole sentence"),
        ("Any records held that set out To ask the Secretary of State for the Home; a list first.",
         "the question's preamble"),
        ("Any records (a) of the meetings in 2018.", "a lettered part without its partner"),
        ("Any records of the (meetings in 2018.", "unbalanced brackets"),
        ("Any timetable setting out the planned dates for the which.", "a broken phrase"),
        ("Any figure held of the number of receive payments in 2018.", "question grammar"),
    ],
)
def test_a_broken_item_is_caught(item: str, problem: str) -> None:
    assert problem in item_problems(item)


def test_a_good_item_passes_the_check() -> None:
    for item in items_of(compose_letter(seed_answer(), seed_analysis(), requester=ALEX, today=TODAY).body):
        assert item_problems(item) == []


def test_a_broken_point_falls_back_to_the_plainer_item() -> None:
    analysis = Analysis(points=[Point("q1", "question", "other", "unanswered",
                                      "To ask the Secretary of State for the Home")])
    body = compose_letter(seed_answer(), analysis, requester=ALEX, today=TODAY).body
    assert "To ask" not in body.split("1. ", 1)[1]
    assert "briefing, background note and draft answer prepared for the answer of 24 June 2019" in body


def _answer(text: str, answered: date) -> WrittenAnswer:
    return WrittenAnswer(source_format="plain", department="Home Office", date_answered=answered,
                         asker=Member("A Member"), answerer=Member("A Minister"),
                         question="To ask the Secretary of State for the Home Department how many visas were "
                                  "refused in 2023.", answer=text)


def test_an_old_holding_reply_asks_for_the_answer_that_followed() -> None:
    holding = "I will reply to the hon. Member as soon as possible."
    old = compose_letter(_answer(holding, date(2024, 3, 1)), analyse(_answer(holding, date(2024, 3, 1))),
                         requester=ALEX, today=TODAY)
    assert "substantive answer or letter sent to A Member after the holding reply of 1 March 2024" in " ".join(
        items_of(old.body)[0].split())
    fresh_answer = _answer(holding, date(2026, 11, 20))
    fresh = compose_letter(fresh_answer, analyse(fresh_answer), requester=ALEX, today=TODAY)
    assert "holding reply" not in items_of(fresh.body)[0]
    assert any(w.code == "holding" and "s.22" in w.rule for w in fresh.warnings)


def test_a_promised_letter_is_asked_for() -> None:
    text = "I will write to the hon. Member with the figures and place a copy of my letter in the Library."
    answer = _answer(text, date(2025, 3, 1))
    first = " ".join(items_of(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body)[0].split())
    assert first.startswith("A copy of the letter A Minister sent to A Member") and "Library" in first


@pytest.mark.parametrize(
    "title",
    [
        "Previous Section | Index | Home Page |: funding and decisions",
        "Monday 18th September 2023",
        "Records behind a written answer: figures",
        "Knife crime in 2018: figures",
        "Questions from Lord Moonie: figures",
        "FOI request",
        "figures",
    ],
)
def test_titles_that_are_not_titles_are_caught(title: str) -> None:
    assert title_problems(title, asker="Lord Moonie")


def test_real_letters_have_fit_titles() -> None:
    letter = compose_letter(seed_answer(title="Previous Section | Index | Home Page |"), seed_analysis(),
                            requester=ALEX, today=TODAY)
    assert title_problems(letter.title, "Lord Moonie") == []


def test_a_publication_the_answer_points_to_is_excluded_by_name() -> None:
    text = ("The Home Office does not hold the requested data. Statistics on knife offences may be found as part of "
            "the Office for National Statistics release: Crime in England and Wales: year ending September 2023.")
    answer = _answer(text, date(2024, 2, 1))
    body = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert ("I do not ask for the Office for National Statistics release: Crime in England and Wales: year ending "
            "September 2023, which the answer says is published.") in body


def test_a_commitment_the_answer_says_is_met_is_not_chased() -> None:
    from foi_helper.letters.dodge import commitment_met

    point = Point("a1", "answer", "timetable", "follow_up", "The Department will publish the road safety strategy",
                  "The Department will publish the road safety strategy.")
    said = "The Department will publish the road safety strategy. The road safety strategy has since been published."
    assert commitment_met(point, Analysis(points=[point]), said)
    assert not commitment_met(point, Analysis(points=[point]), "The Department will publish the road safety strategy.")


def test_a_letter_lists_every_point_its_lettered_clause_asks_for() -> None:
    # "(a) between three and five years old and (b) five years or more" is one item: the letter asks for both
    # parts, so it holds both points (the app's list ticked one and said "2 of 3 in the letter").
    answer = WrittenAnswer(
        question=("To ask the Secretary of State for Health what is the average age of the ambulance vehicles of "
                  "the London ambulance service; and how many vehicles are (a) between three and five years old "
                  "and (b) five years or more."),
        answer="This information is not collected centrally.", department="Department of Health",
        date_answered=date(1992, 3, 5), source_format="plain")
    letter = compose_letter(answer, analyse(answer), requester=Requester("A Citizen", "a@example.org"),
                            today=date(2026, 12, 2))
    analysis_ids = [p.id for p in analyse(answer).points]
    assert len(analysis_ids) == 3 and set(letter.points) == set(analysis_ids), (letter.points, analysis_ids)
