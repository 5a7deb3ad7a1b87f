"""Who holds it: the table of holders, the gazetteer, and the routing of real answers to the body that holds
what the department said it does not."""

from __future__ import annotations

import csv
import functools
import gzip
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import QUESTIONS, SHARED_DATA, needs_shared

from foi_helper.analysis import analyse
from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter
from foi_helper.letters.authorities import authority_for, authority_named
from foi_helper.letters.holders import (
    batch_classes,
    body_class,
    choose_holder,
    holder_table,
    places_in,
    successors_of,
)
from foi_helper.model import Fix, Member, Requester, WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.api import written_answer_from_api

WDTK = SHARED_DATA / "wdtk" / "id_to_name.csv"
CATEGORIES = SHARED_DATA / "wdtk" / "authorities_categories.csv"
ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 12, 2)
HERE = Path(__file__).parent / "holders_samples"


# --- the table ---------------------------------------------------------------------------------------------


@needs_shared(WDTK)
def test_every_url_name_is_one_whatdotheyknow_lists() -> None:
    with WDTK.open(encoding="utf-8", newline="") as fh:
        listed = {row["url_name"] for row in csv.DictReader(fh)}
    bodies = holder_table().bodies.values()
    missing = [(b.key, b.url_name) for b in bodies if b.url_name and b.url_name not in listed]
    assert not missing
    # A body without one says why, and the reason is not a guess dressed up as a name.
    for body in bodies:
        assert body.url_name or body.no_url_name, body.key
        assert not (body.url_name and body.no_url_name), body.key


@needs_shared(CATEGORIES)
def test_every_class_names_a_whatdotheyknow_category() -> None:
    with CATEGORIES.open(encoding="utf-8", newline="") as fh:
        tags = {row["category-tag"] for row in csv.DictReader(fh)}
    assert all(c.category in tags for c in holder_table().classes.values())


def test_43_forces_of_england_and_wales_and_42_icbs() -> None:
    forces = body_class("police-england-wales")
    icbs = body_class("icbs")
    assert forces is not None and icbs is not None
    assert len(forces.members) == forces.size == 43
    assert len(icbs.members) == icbs.size == 42
    assert len({b.url_name for b in forces.members}) == 43 and len({b.url_name for b in icbs.members}) == 42
    uk = body_class("police-uk")
    assert uk is not None and len(uk.members) == 45
    assert {b.name for b in uk.members} - {b.name for b in forces.members} == {
        "Police Scotland",
        "Police Service of Northern Ireland",
    }
    scotland = next(b for b in uk.members if b.name == "Police Scotland")
    assert scotland.law == "foisa"
    # Police forces are not government departments: the £450 limit (SI 2004/3244 reg 3).
    assert {b.cost_limit for b in forces.members} == {450}


def test_every_force_and_icb_is_reached_from_a_place() -> None:
    areas = holder_table().areas.values()
    assert {a.police.key for a in areas if a.police} >= {
        b.key for b in body_class("police-england-wales").members
    }  # type: ignore[union-attr]
    assert {a.icb.key for a in areas if a.icb} == {b.key for b in body_class("icbs").members}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "police", "icb"),
    [
        ("knife crime in Haringey in 2018", "the_met", "nhs_north_central_london_integrated_care_board"),
        (
            "GP appointments in Tamworth constituency",
            "staffordshire_police",
            "nhs_staffordshire_and_stoke_on_trent_integrated_care_board",
        ),
        ("in Enfield North constituency", "the_met", "nhs_north_central_london_integrated_care_board"),
        (
            "in Kingston upon Hull",
            "humberside_police",
            "nhs_humber_and_north_yorkshire_integrated_care_board",
        ),
        (
            "in Newcastle-under-Lyme",
            "staffordshire_police",
            "nhs_staffordshire_and_stoke_on_trent_integrated_care_board",
        ),
        ("in Milton Keynes", "thames_valley_police", "blmk_icb"),
        ("in Bassetlaw", "nottinghamshire_police", "nhs_south_yorkshire_integrated_care_board"),
    ],
)
def test_places_name_their_force_and_icb(text: str, police: str, icb: str) -> None:
    area = places_in(text)[0]
    assert area.police is not None and area.police.key == police
    assert area.icb is not None and area.icb.key == icb


def test_words_that_only_look_like_places_name_none() -> None:
    assert places_in("reading the report, she said the bath was full") == []
    assert places_in("Kentish Town and Brentwood")[0].place == "Brentwood"  # not Kent, not Brent


def test_successors_of_defunct_departments() -> None:
    beis = successors_of("Department for Business, Energy and Industrial Strategy")
    assert beis is not None and [b.key for b in beis.now] == ["desnz", "dsit", "dbt"]
    assert all(
        b.url_name is None and b.no_url_name for b in beis.now
    )  # not in WhatDoTheyKnow's list: said so
    doe = authority_for("Department of the Environment")
    assert doe is not None and doe.url_name == "defra" and doe.note and "Ministry of Housing" in doe.note
    fco = successors_of("Foreign and Commonwealth Office")
    assert fco is not None and fco.now[0].url_name == "fcdo"


def test_the_user_can_name_a_holder_by_name_or_url_name() -> None:
    met = authority_named("the_met")
    assert met.name == "Metropolitan Police Service" and met.url_name == "the_met" and met.cost_limit == 450
    assert authority_named("Staffordshire Police").url_name == "staffordshire_police"
    assert authority_named("Transport for London").url_name == "tfl"


def test_batch_classes_are_the_listed_ones() -> None:
    assert [c.key for c in batch_classes()] == ["police-england-wales", "police-uk", "icbs"]


# --- routing real answers ----------------------------------------------------------------------------------


def _answer(question: str, answer: str, department: str, answered: date | None = None) -> WrittenAnswer:
    return WrittenAnswer(
        source_format="plain",
        question=question,
        answer=answer,
        department=department,
        house="Commons",
        date_answered=answered,
        asker=Member(name="A Member"),
    )


# The shared API records used here: Tamworth GP waiting times, ward clerks, tube and bus drivers' pay, knives.
RECORD_IDS = (1660040, 1861301, 1833698, 1687389)


@functools.cache
def _all_records() -> dict[int, WrittenAnswer]:
    wanted = tuple(f'"id": {i},' for i in RECORD_IDS)
    found: dict[int, WrittenAnswer] = {}
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("{") and any(w in line[:24] for w in wanted):
                record = json.loads(line)
                found[record["id"]] = written_answer_from_api(record)
    return found


def _records(ids: set[int]) -> dict[int, WrittenAnswer]:
    return {i: _all_records()[i] for i in ids}


def test_haringey_knife_incidents_go_to_the_metropolitan_police() -> None:
    # The answer of 4 March 2019 the letters were tried on, as a plain paste; the shared data (2023 on) lacks
    # it, so its question and not-held answer are restated in the sample file in the shape the Home Office uses.
    text = (HERE / "haringey-2019-03-04.txt").read_text(encoding="utf-8")
    answer = read_answers(text)[0]
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "the_met"
    assert choice.sentence == (
        "The Home Office answered on 4 March 2019 that it does not hold this information centrally; the "
        "Metropolitan Police Service holds the records of the crimes and incidents it recorded in Haringey."
    )
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear Metropolitan Police Service,")
    assert letter.authority_url_name == "the_met"
    flat = " ".join(letter.body.split())
    assert choice.sentence in flat and "rather than to the Home Office" in flat
    # The user's own choice still wins.
    chosen = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, authority="Home Office")
    assert chosen.authority == "Home Office" and "rather than to" not in chosen.body


@needs_shared(QUESTIONS)
def test_tamworth_gp_waiting_times_go_to_the_icb_and_nhs_england() -> None:
    answer = _records({1660040})[1660040]  # "The data is not held in the format requested."
    # The record carries no date, and the letter's periods ("the last twelve months for which figures are
    # available") are counted from it: a date near its neighbours in id order stands in.
    answer = replace(answer, date_answered=date(2023, 11, 1))
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None
    assert choice.holder.url_name == "nhs_staffordshire_and_stoke_on_trent_integrated_care_board"
    assert [b.url_name for b in choice.also] == ["nhs_england"]
    assert "Tamworth" in choice.sentence and "NHS England" in choice.sentence
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear NHS Staffordshire and Stoke-on-Trent Integrated Care Board,")
    assert any(w.code == "holder-also" and w.fix == Fix("authority", "nhs_england") for w in letter.warnings)


@needs_shared(QUESTIONS)
def test_ward_clerks_go_to_nhs_england_and_the_trusts() -> None:
    # The record's question as tabled (UIN 97711; unanswered when collected), with DHSC's usual not-held form.
    question = _records({1861301})[1861301]
    answer = _answer(
        question.question,
        "The Department does not hold this information centrally.",
        "Department of Health and Social Care",
        date(2025, 12, 16),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "nhs_england"
    assert choice.body_class is not None and choice.body_class.key == "acute-trusts"
    assert "each NHS hospital trust holds its own records" in choice.sentence
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear NHS England,")


def test_tier_4_students_go_to_the_home_office_not_dfe() -> None:
    # A 2018 answer (before the shared records begin), restated in DfE's usual not-held form.
    answer = _answer(
        "To ask the Secretary of State for Education, how many Tier 4 students were sponsored by each "
        "university in England in 2017-18.",
        "The Department for Education does not hold this information. Data on sponsored study visas is a "
        "matter for the Home Office.",
        "Department for Education",
        date(2018, 11, 5),
    )
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.authority_url_name == "home_office"
    assert (
        "UK Visas and Immigration" in letter.body
        and "rather than to the Department for Education" in " ".join(letter.body.split())
    )


@needs_shared(QUESTIONS)
def test_tube_drivers_pay_goes_to_tfl() -> None:
    # London Underground and London bus drivers' salaries, to DfT (unanswered when collected; DfT's usual form).
    question = _records({1833698})[1833698]
    answer = _answer(
        question.question,
        "The Department does not hold this information. The pay of "
        "London Underground drivers is a matter for Transport for London.",
        "Department for Transport",
        date(2025, 10, 20),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "tfl"
    assert choice.sentence.startswith("The Department for Transport answered on 20 October 2025 that ")


@needs_shared(QUESTIONS)
def test_knife_offences_nationally_offer_a_batch_to_every_force() -> None:
    answer = _records({1687389})[1687389]  # "The Home Office does not hold the requested data."
    answer = replace(answer, date_answered=date(2024, 2, 1))  # no date in the record; the periods need one
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is None
    assert choice.body_class is not None and choice.body_class.key == "police-england-wales"
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert any(
        w.code == "holder-class" and w.fix == Fix("batch", "police-england-wales") for w in letter.warnings
    )


def test_answers_that_give_the_figures_are_not_routed() -> None:
    answer = _answer(
        "To ask the Secretary of State for the Home Department, how many knife crimes were "
        "recorded in Haringey in 2018.",
        "In 2018 the Metropolitan Police recorded 512 knife crimes in Haringey.",
        "Home Office",
        date(2019, 3, 4),
    )
    assert choose_holder(answer, analyse(answer), today=TODAY) is None
    # Nor when the department answering is the holder itself.
    visas = _answer(
        "To ask the Secretary of State for the Home Department, how many student visas were refused in 2023.",
        "The Home Office does not hold this information centrally.",
        "Home Office",
    )
    assert choose_holder(visas, analyse(visas), today=TODAY) is None


def test_old_answers_also_point_to_the_national_archives() -> None:
    answer = _answer(
        "To ask the Secretary of State for the Home Department, how many burglaries were "
        "recorded in Kent in 1998.",
        "The information is not held centrally.",
        "Home Office",
        date(1999, 2, 1),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "kent_police"
    assert "national_archives" in [b.url_name for b in choice.also]


# --- precision: what is never routed, and what is only offered ---------------------------------------------


def test_the_national_crime_agency_is_never_a_holder() -> None:
    # Not a public authority under FOIA (a s.23(3) body, absent from Schedule 1).
    answer = _answer(
        "To ask the Secretary of State for the Home Department, how many National Crime Agency officers based "
        "in Northern Ireland are former Police Service of Northern Ireland officers.",
        "The National Crime Agency does not hold this information.",
        "Home Office",
        date(2023, 11, 20),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is None and choice.body_class is None
    assert [w.code for w in choice.warnings()] == ["holder-not-foia"]
    assert "23(3)" in choice.warnings()[0].message
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear Home Office,") and "Police Service of Northern Ireland," not in letter.body
    # Named as the holder by the answer, it is still not one; nor are GCHQ and the special forces.
    for who in ("the National Crime Agency", "GCHQ", "the special forces", "the Security Service"):
        pointed = _answer(
            "To ask the Secretary of State for the Home Department, how many cyber attacks were recorded in 2024.",
            f"The Department does not hold this information centrally. This is a matter for {who}.",
            "Home Office",
            date(2025, 1, 6),
        )
        got = choose_holder(pointed, analyse(pointed), today=TODAY)
        assert got is not None and got.holder is None and got.body_class is None, who
        assert compose_letter(pointed, analyse(pointed), requester=ALEX, today=TODAY).authority == "Home Office"
    # A user who names one is told why a request will not work.
    nca = authority_named("National Crime Agency")
    assert nca.note is not None and "not a public authority under FOIA" in nca.note


def test_court_case_files_are_court_records_not_routed() -> None:
    answer = _answer(
        "To ask the Secretary of State for Justice, how many children in private family law proceedings were "
        "refused contact on the basis of expert reports.",
        "This information is not held centrally. It may be held in court records but to obtain this data would "
        "require a review of individual case files at disproportionate cost.",
        "Ministry of Justice",
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is None
    assert [w.code for w in choice.warnings()] == ["holder-court-records"]
    assert "s.32" in choice.warnings()[0].message


def test_questions_about_the_department_s_own_doings_stay_with_it() -> None:
    steps = _answer(
        "To ask the Secretary of State for Transport, what steps her Department is taking to address persistent "
        "speeding by repeat offenders.",
        "Speed enforcement is an operational matter for the police. The Department does not hold this data.",
        "Department for Transport",
    )
    assert choose_holder(steps, analyse(steps), today=TODAY) is None
    staff = _answer(
        "To ask the Secretary of State for Housing, Communities and Local Government, how many staff in his "
        "Department had their probationary period extended in each of the last five years.",
        "Information on staff whose probationary period was extended was not held centrally prior to 2024-25.",
        "Ministry of Housing, Communities and Local Government",
    )
    assert choose_holder(staff, analyse(staff), today=TODAY) is None  # not HM Prison and Probation Service


def test_steps_answered_as_another_body_s_operational_matter_go_to_that_body() -> None:
    # Page 029: the department takes no steps of its own, so the records of those taken are Network Rail's,
    # whose papers go to its board, not to ministers.
    answer = _answer(
        "To ask the Minister of State, Department for Transport what steps his Department is taking to ensure the "
        "structural integrity of railway bridges in England.",
        "The structural integrity of railway bridges in England is an operational matter for Network Rail as owner "
        "and operator of the national network, and the company has its own teams of structures engineers.",
        "Department for Transport",
        date(2024, 12, 2),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "network_rail"
    assert choice.routed
    assert "answered on 2 December 2024 that this is a matter for Network Rail;" in choice.sentence
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.authority == "Network Rail"
    assert "papers to its board" in letter.body and "ministerial" not in letter.body
    assert "private office" not in letter.body  # the body written to did not draft the answer


def test_a_body_the_answer_names_is_offered_when_the_question_is_the_department_s() -> None:
    answer = _answer(
        "To ask the Secretary of State for Business and Trade, whether her Department plans to take steps to "
        "pause the sale of directly managed post office branches.",
        "Decisions around the circumstances of each directly managed branch are operational matters for Post "
        "Office Ltd.",
        "Department for Business and Trade",
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "post_office"
    assert not choice.routed
    offer = next(w for w in choice.warnings() if w.code == "holder-offer")
    assert "Post Office Limited may hold this" in offer.message and offer.fix == Fix("authority", "post_office")


def test_a_hospital_question_with_a_place_goes_to_the_trust_not_the_icb() -> None:
    answer = _answer(
        "To ask the Secretary of State for Health and Social Care, what the requirement for radiographers is at "
        "Warrington and Halton Teaching Hospitals NHS Foundation Trust.",
        "Decisions about staffing levels are a matter for individual NHS trusts. The Department does not hold "
        "data on the planned radiographer workforce at the trust.",
        "Department of Health and Social Care",
        date(2025, 7, 14),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None
    assert choice.holder.name == "Warrington and Halton Teaching Hospitals NHS Foundation Trust"
    assert not choice.routed and "cheshire" not in (choice.holder.url_name or "")
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear Department of Health and Social Care,")
    assert any(w.code == "holder-offer" and "hospital_trust" in w.message for w in letter.warnings)


PAGE_020 = SHARED_DATA / "pages" / "020.txt"


@needs_shared(PAGE_020)
def test_the_london_ambulance_service_page_goes_to_its_trust() -> None:
    # 1992: "the London ambulance service"; the answer points to its chairman. No NHS England, and the 2023
    # merger into NHS England is no warning for a 1992 answer.
    # The page carries no date; its address does (1992-03-05), as the user gives it with --answered.
    answer = replace(read_answers(PAGE_020.read_text(encoding="utf-8"))[0], date_answered=date(1992, 3, 5))
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear London Ambulance Service NHS Trust,")
    assert letter.authority_url_name == "london_ambulance_service_nhs_trust"
    assert not any("merged into NHS England" in w.message for w in letter.warnings)
    assert "held by the London Ambulance Service NHS Trust" in " ".join(letter.body.split())


def test_places_in_london_name_the_london_ambulance_service() -> None:
    answer = _answer(
        "To ask the Secretary of State for Health and Social Care, what the average ambulance response time "
        "was in Croydon in 2024.",
        "The information is not held centrally.",
        "Department of Health and Social Care",
        date(2025, 2, 3),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.routed
    assert choice.holder.url_name == "london_ambulance_service_nhs_trust"


def test_the_merger_note_shows_only_when_it_applies() -> None:
    nhse = holder_table().bodies["nhs_england"]
    ask = "To ask the Secretary of State for Health and Social Care, how many ward clerks are employed."
    assert nhse.note_applies(_answer(ask, "Not held centrally.", "Department of Health", date(2019, 5, 1)))
    assert not nhse.note_applies(_answer(ask, "Not held centrally.", "Department of Health", date(1992, 3, 5)))
    assert not nhse.note_applies(_answer(ask, "Not held centrally.", "Department of Health and Social Care"))
    assert nhse.note_applies(_answer(ask, "NHS Digital publishes the data.", "Department of Health and Social Care"))


def test_names_take_the_article_the_table_gives_them() -> None:
    from foi_helper.letters.authorities import the

    assert the("NHS England") == "NHS England" and the("Kent Police") == "Kent Police"
    assert the("HM Treasury") == "HM Treasury" and the("Ofsted") == "Ofsted"
    assert the("Home Office") == "the Home Office"
    assert the("Metropolitan Police Service") == "the Metropolitan Police Service"
    assert the("The National Archives") == "The National Archives" and the("the Home Office") == "the Home Office"


@needs_shared(QUESTIONS)
def test_nhs_england_letters_say_nhs_england_not_the_nhs_england() -> None:
    question = _records({1861301})[1861301]
    answer = _answer(
        question.question, "The Department does not hold this information centrally.",
        "Department of Health and Social Care", date(2025, 12, 16),
    )
    letter = compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)
    assert letter.body.startswith("Dear NHS England,")
    assert "the NHS England" not in " ".join(letter.body.split())


def test_a_body_outside_foia_mentioned_in_passing_does_not_stop_the_routing() -> None:
    answer = _answer(
        "To ask the Secretary of State for the Home Department, how many knife crimes were recorded in "
        "Haringey in 2024.",
        "The Home Office does not hold this information centrally. The National Crime Agency leads the national "
        "response to county lines.",
        "Home Office",
        date(2025, 3, 4),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "the_met"
    assert not choice.notes


def test_an_operational_matter_for_network_rail_names_it_as_the_holder() -> None:
    from foi_helper.analysis import analyse as _analyse
    from foi_helper.letters.holders import choose_holder as _choose
    from foi_helper.model import WrittenAnswer as _WA

    wa = _WA(source_format="test", department="Department for Transport",
             question="To ask the Minister of State, Department for Transport what steps his Department is taking "
                      "to ensure the structural integrity of railway bridges in England.",
             answer="The structural integrity of railway bridges in England is an operational matter for Network "
                    "Rail as owner and operator of the national network.")
    choice = _choose(wa, _analyse(wa))
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "network_rail"


def test_the_body_that_supplied_the_figures_for_its_own_spending_holds_them() -> None:
    # Page 025 (reviews): "Arts Council England has supplied the figures" for a question on its own spending.
    answer = _answer(
        "To ask the Secretary of State for Culture, Media and Sport how much Arts Council England has spent per "
        "capita on revenue funding in Leeds in each year since 2019.",
        "Arts Council England has supplied the figures in the table. The figures represent its total funding.",
        "Department for Culture, Media and Sport",
        date(2024, 10, 26),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.name == "Arts Council England"
    assert choice.routed and "that the figures were supplied by Arts Council England;" in choice.sentence
    # a body that supplied figures about something else is not where the records are
    other = _answer("To ask the Secretary of State for Culture, Media and Sport how many museums closed in 2023.",
                    "Arts Council England has supplied the figures in the table.",
                    "Department for Culture, Media and Sport", date(2024, 10, 26))
    assert choose_holder(other, analyse(other), today=TODAY) is None


def test_the_body_the_answer_says_manages_the_claims_gets_the_letter() -> None:
    # API record 1904885: "NHSR does not hold the information in the format requested" is not a refusal of the
    # holder: it holds the claims, in another form.
    answer = _answer(
        "To ask the Secretary of State for Health and Social Care, what estimate his Department has made of (a) the "
        "number and (b) cost of clinical negligence claims associated with the use of corridor care in hospitals.",
        "NHS Resolution (NHSR) manages clinical negligence and other claims against the National Health Service in "
        "England. NHSR does not hold the information in the format requested.",
        "Department of Health and Social Care",
        date(2026, 5, 19),
    )
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.name == "NHS Resolution"
    letter = compose_letter(answer, analyse(answer), requester=Requester(name="A Requester"), today=TODAY)
    assert letter.authority == "NHS Resolution" and letter.authority_url_name == "nhs_resolution"
    # the reason says what the answer said, of whom (a reviewer read "NHS Resolution holds these records" as a
    # misstatement of "NHSR does not hold the information in the format requested")
    assert ("answered on 19 May 2026 that NHS Resolution does not hold the information in the form asked for; NHS "
            "Resolution handles the clinical negligence claims") in " ".join(letter.body.split())
    # a body that says it does not hold the information at all is not written to
    refused = replace(answer, answer="NHS Resolution does not hold this information.")
    choice = choose_holder(refused, analyse(refused), today=TODAY)
    assert choice is None or choice.holder is None or choice.holder.name != "NHS Resolution"


def test_a_page_without_its_department_goes_to_the_one_its_answer_speaks_for() -> None:
    answer = replace(_answer(
        "To ask Her Majesty's Government whether they will review the process for letting railway franchises "
        "before another competition is announced.",
        "The design of the franchising process is being considered, and changes will be made where they can help "
        "to achieve the Department for Transport's overall objectives for transport.", "", date(2009, 11, 6)),
        department=None, house="Lords")
    letter = compose_letter(answer, analyse(answer), requester=Requester(name="A Requester"), today=TODAY)
    assert letter.authority == "Department for Transport"
    assert any(w.code == "authority-changed" and "does not say who answered" in w.message for w in letter.warnings)
    assert letter.title.startswith("Plans to review the process for letting railway franchises before another "
                                   "competition is announced")
    # two departments named: no guess, the user chooses
    both = replace(answer, answer=f"{answer.answer} The Home Office agrees.")
    with pytest.raises(LetterError, match="choose the authority"):
        compose_letter(both, analyse(both), requester=Requester(name="A Requester"), today=TODAY)


def test_the_agency_the_question_names_as_doing_it_holds_its_records() -> None:
    # API record 1727660: the Solicitor General answered for "cases awaiting charging decisions by the CPS";
    # offences in the question made it police data, but the CPS counts its own caseload.
    answer = _answer(
        "To ask the Solicitor General, if she will publish the number of cases awaiting charging decisions by the "
        "Crown Prosecution Service, broken down by (a) whether they are (i) summary only, (ii) either way and (iii) "
        "indictable only offences and (b) by Crown Prosecution Service region.",
        "No data is available in the report showing whether the alleged offences are summary, either-way or "
        "indictable only. To obtain this information would require a manual review at disproportionate cost.",
        "Attorney General's Office", date(2024, 9, 12))
    letter = compose_letter(answer, analyse(answer), requester=Requester(name="A Requester"), today=TODAY)
    assert letter.authority == "Crown Prosecution Service"
    said = " ".join(letter.body.split())
    assert "broken down by (a) (i) summary only, (ii) either way and (iii) indictable only offences and (b) Crown " \
           "Prosecution Service region" in said  # the question's "whether they are" and "by" out of the breakdown
    assert "recorded information, as at 12 September 2024." in said  # a queue is counted at a date


def test_tax_data_the_treasury_is_asked_about_is_offered_to_hmrc() -> None:
    answer = _answer(
        "To ask the Chancellor of the Exchequer, what data her Department holds on employer uptake of the Trivial "
        "Benefit Allowance.", "The requested data is not held centrally.", "Treasury", date(2025, 9, 5))
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.name == "HM Revenue and Customs"
    assert not choice.routed  # by the subject's words alone: offered, not sent


def test_crime_in_nhs_hospitals_goes_to_the_nhs_not_the_police() -> None:
    answer = _answer("To ask the Secretary of State for Health and Social Care, how many incidents of reported "
                     "crime against patients and staff have taken place in NHS hospitals in the past 12 months.",
                     "This information is not collected centrally. Trusts are responsible for the security of "
                     "patients and staff.", "Department of Health and Social Care", date(2025, 3, 5))
    choice = choose_holder(answer, analyse(answer), today=TODAY)
    assert choice is not None and choice.holder is not None and choice.holder.url_name == "nhs_england"
    assert choice.body_class is not None and choice.body_class.key == "acute-trusts"


def test_a_body_the_answer_says_does_not_hold_it_is_never_the_holder() -> None:
    # "not held by NHS England" read as a pointer to NHS England sent the letter there, telling it that it held
    # the data (a reviewer scored it 1/10)
    answer = WrittenAnswer(source_format="api", department="Department of Health and Social Care",
                           date_answered=date(2024, 7, 31), question="To ask the Secretary of State for Health and "
                           "Social Care, how many children are being treated for poverty related illness in the "
                           "North East.", answer="The data requested is not held by NHS England.")
    assert choose_holder(answer, analyse(answer), today=TODAY) is None
    # and with the reason that no such category is recorded, there is nothing to ask for
    answer = replace(answer, answer="The data requested is not held by NHS England, as poverty is not a metric "
                     "used for the classification of illness.")
    with pytest.raises(LetterError, match="not recorded or held there"):
        compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)


def test_replies_a_wound_up_department_sent_are_named_as_sent_by_it() -> None:
    answer = WrittenAnswer(source_format="text", department="Department of the Environment", house="Commons",
                           date_answered=date(1990, 5, 4), question="To ask the Secretary of State for the "
                           "Environment what representations he has had from the National Rivers Authority over "
                           "the funding of its monitoring of pollution discharges.",
                           answer="The Authority has written to me about its charges.")
    body = " ".join(compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY).body.split())
    assert body.startswith("Dear Department for Environment, Food and Rural Affairs")
    assert "the replies the Department of the Environment sent" in body
