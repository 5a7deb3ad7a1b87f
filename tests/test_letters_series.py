"""The published series a letter names for the figures it asks for (FOIA s.21): the table, and the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.letters.series import published_series, series_table
from foi_helper.model import Member, Requester, WrittenAnswer

ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 12, 2)


def test_the_table_loads_with_unique_keys_and_named_series() -> None:
    table = series_table()
    assert len(table) >= 15
    assert len({s.key for s in table}) == len(table)
    for s in table:
        assert s.name[:1].isupper() or s.name.startswith("the "), s.name


@pytest.mark.parametrize(("subject", "key"), [
    ("the number of hospital beds in London", "hospital-beds"),
    ("the number of random tests performed in prisons that operated mandatory drug testing", "prison-drug-testing"),
    ("the average waiting time for a diagnostic MRI scan for a child", "nhs-waiting"),
    ("the number of police officers in each force", "police-workforce"),
    ("the number of special advisers employed", "special-advisers"),
    ("the number of pedestrians killed or seriously injured in London", "road-casualties"),
])
def test_figures_of_a_published_kind_find_their_series(subject: str, key: str) -> None:
    found = published_series([subject])
    assert found is not None and found.key == key


@pytest.mark.parametrize("subject", [
    "the number of hedgehogs killed on roads",  # road casualty statistics count people
    "the average waiting time for an Education, Health and Care plan",  # not an NHS wait
    "the average time taken to respond to an asylum seeker's request for permission to work",
    "the amount the Department spent on travel",
])
def test_other_figures_name_no_series(subject: str) -> None:
    assert published_series([subject]) is None


def test_a_letter_for_published_kinds_of_figures_says_a_reference_is_enough() -> None:
    wa = WrittenAnswer(source_format="api", question="To ask the Secretary of State for Health, how many hospital "
                       "beds there were in London in 2023.", answer="This information is not held centrally.",
                       title="Hospital Beds: London", department="Department of Health and Social Care",
                       house="Commons", date_answered=date(2024, 5, 1), asker=Member(name="Jo Member"))
    body = " ".join(compose_letter(wa, analyse(wa), requester=ALEX, today=TODAY).body.split())
    assert ("Figures of this kind are published in NHS England's Bed Availability and Occupancy statistics (KH03): "
            "where what I ask for is published there, a reference to it is enough, and I ask only for what it does "
            "not show.") in body
