"""The authorities table: known bodies map to WhatDoTheyKnow url_names that exist; unknown ones are never guessed."""

from __future__ import annotations

import csv

from foi_helper.letters.authorities import ALL_AUTHORITIES, NO_WDTK_PAGE, authority_for, authority_named
from tests.conftest import SHARED_DATA, needs_shared

ID_TO_NAME = SHARED_DATA / "wdtk" / "id_to_name.csv"


@needs_shared(ID_TO_NAME)
def test_every_url_name_is_in_whatdotheyknows_list() -> None:
    with ID_TO_NAME.open(encoding="utf-8", newline="") as fh:
        names = {row["url_name"] for row in csv.DictReader(fh)}
    missing = [a.url_name for a in ALL_AUTHORITIES if a.url_name is not None and a.url_name not in names]
    assert missing == []
    assert [a for a in ALL_AUTHORITIES if a.url_name is None] == list(NO_WDTK_PAGE)


def test_answering_bodies_as_parliament_names_them() -> None:
    assert authority_for("Home Office").url_name == "home_office"  # type: ignore[union-attr]
    treasury = authority_for("Treasury")
    assert treasury is not None and (treasury.name, treasury.url_name) == ("HM Treasury", "hm_treasury")
    assert authority_for("Department for Environment, Food and Rural Affairs").url_name == "defra"  # type: ignore[union-attr]
    assert authority_for("Attorney General").url_name == "ago"  # type: ignore[union-attr]
    assert authority_for("Department for Levelling Up, Housing and Communities").url_name == "luhc"  # type: ignore[union-attr]
    assert authority_for("the Home Office") == authority_for("home office")


def test_scottish_government_is_foisa() -> None:
    sg = authority_for("Scottish Government")
    assert sg is not None and sg.law == "foisa" and sg.url_name == "scottish_government"


def test_merged_bodies_carry_a_note() -> None:
    fco = authority_for("Foreign and Commonwealth Office")
    assert fco is not None and fco.url_name == "fcdo" and fco.note and "2020" in fco.note


def test_new_departments_are_written_to_without_a_link_and_unknown_bodies_are_not_guessed() -> None:
    # 8% of recent answers come from these three: the letter goes to the department that answered, by email.
    for body in NO_WDTK_PAGE:
        found = authority_for(body.name)
        assert found is body and found.url_name is None and found.note and "email" in found.note
    assert authority_for("Department for Business & Trade") is NO_WDTK_PAGE[2]
    assert authority_for("Ministry of Magic") is None
    assert authority_for(None) is None
    assert authority_for("") is None


def test_typed_authority_is_taken_as_typed() -> None:
    assert authority_named("home_office").name == "Home Office"
    typed = authority_named("Department for Science, Innovation and Technology")
    assert typed.name == "Department for Science, Innovation and Technology" and typed.url_name is None


def test_answering_bodies_of_old_and_odd_pages_reach_a_successor_with_a_note() -> None:
    lords_leader = authority_for("Leader of the House", house="Lords")
    assert lords_leader is not None and lords_leader.url_name == "office_of_the_leader_of_the_house_of_lords"
    commons_leader = authority_for("Leader of the House", house="Commons")
    assert commons_leader is not None and commons_leader.url_name == "office_of_the_leader_of_the_house_of_commons"
    assert authority_for("Leader of the House of Lords") == lords_leader
    employment = authority_for("Department of Employment")
    assert employment is not None and employment.url_name == "dwp"
    assert employment.note and "Department for Education" in employment.note and "1995" in employment.note
    deputy = authority_for("Deputy Prime Minister")
    assert deputy is not None and deputy.url_name == "luhc" and deputy.note and "Cabinet Office" in deputy.note
    assert authority_for("Office of the Deputy Prime Minister") == deputy
    for name in ("Women and Equalities", "Minister for Women and Equalities", "Government Equalities Office"):
        geo = authority_for(name)
        assert geo is not None and geo.url_name == "government_equalities_office" and geo.note, name


@needs_shared(ID_TO_NAME)
def test_successors_url_names_are_in_whatdotheyknows_list() -> None:
    from foi_helper.letters.holders import holder_table

    with ID_TO_NAME.open(encoding="utf-8", newline="") as fh:
        names = {row["url_name"] for row in csv.DictReader(fh)}
    missing = [b.url_name for s in holder_table().successors for b in s.now
               if b.url_name is not None and b.url_name not in names]
    assert missing == []


def test_a_split_department_goes_to_the_successor_its_question_is_about() -> None:
    benefits = ("asked the Secretary of State for Social Services (1) how many of the documents with incorrect "
                "national insurance numbers received at the Department of Health and Social Security delayed "
                "benefit payments")
    dhss = authority_for("Department of Health and Social Security", subject=benefits)
    assert dhss is not None and dhss.url_name == "dwp"
    assert dhss.note and "Department for Work and Pensions" in dhss.note
    hospitals = authority_for("DHSS", subject="how many hospital beds were closed in 1983")
    assert hospitals is not None and hospitals.url_name == "dhsc"
    both = authority_for("DHSS", subject="what the health of pensioners costs the NHS")
    assert both is not None and both.note and "check which holds them" in both.note
    roads = authority_for("DETR", subject="when the A14 road improvement will begin")
    assert roads is not None and roads.url_name == "dft"
    housing = authority_for("Office of the Deputy Prime Minister", subject="how many homelessness cases")
    assert housing is not None and housing.url_name == "luhc" and "check which" not in (housing.note or "")
    science = authority_for("Department for Business, Innovation and Skills", subject="research council funding")
    assert science is not None and science.name == "Department for Science, Innovation and Technology"


def test_direct_rule_answers_go_to_the_devolved_department_by_subject() -> None:
    road = authority_for("Northern Ireland Office", subject="when consultants will be appointed to make "
                         "recommendations on the upgrading of the A2, Carrickfergus Belfast Road")
    assert road is not None and road.url_name == "infrastructure_ni" and road.note and "direct rule" in road.note
    health = authority_for("Northern Ireland Office", subject="waiting lists at Belfast hospitals")
    assert health is not None and health.url_name == "department_of_health_northern_ireland"
    schools = authority_for("Northern Ireland Office", subject="how many schools in County Down will close")
    assert schools is not None and schools.url_name == "deni"
    # Its own business (security, elections) stays with the NIO, with no note.
    assert authority_for("Northern Ireland Office", subject="the cost of the Parades Commission") == authority_for(
        "Northern Ireland Office")
