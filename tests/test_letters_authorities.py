"""The authorities table: known bodies map to WhatDoTheyKnow url_names that exist; unknown ones are never guessed."""

from __future__ import annotations

import csv

from foi_helper.letters.authorities import ALL_AUTHORITIES, UNMAPPED, authority_for, authority_named
from tests.conftest import SHARED_DATA, needs_shared

ID_TO_NAME = SHARED_DATA / "wdtk" / "id_to_name.csv"


@needs_shared(ID_TO_NAME)
def test_every_url_name_is_in_whatdotheyknows_list() -> None:
    with ID_TO_NAME.open(encoding="utf-8", newline="") as fh:
        names = {row["url_name"] for row in csv.DictReader(fh)}
    missing = [a.url_name for a in ALL_AUTHORITIES if a.url_name not in names]
    assert missing == []


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


def test_new_departments_and_unknown_bodies_are_not_guessed() -> None:
    for name in UNMAPPED:
        assert authority_for(name) is None
    assert authority_for("Women and Equalities") is None
    assert authority_for(None) is None
    assert authority_for("") is None


def test_typed_authority_is_taken_as_typed() -> None:
    assert authority_named("home_office").name == "Home Office"
    typed = authority_named("Department for Science, Innovation and Technology")
    assert typed.name == "Department for Science, Innovation and Technology" and typed.url_name is None
