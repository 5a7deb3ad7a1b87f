"""Cleaning, dates and what a question's own words say (house, department)."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from foi_helper.reading.clean import align_tab_rows, date_in_text, strip_controls
from foi_helper.reading.preamble import department_from_question, house_from_question
from foi_helper.reading.record import split_uin_tail
from tests.conftest import QUESTIONS, needs_shared


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("answered on 24th June 2019.", date(2019, 6, 24)),
        ("Asked on: 08 May 2019", date(2019, 5, 8)),
        ("13 Jul 2005 : Column 1080W", date(2005, 7, 13)),
        ("Monday 1st March 2021 (3 years ago)", date(2021, 3, 1)),
        ("2024-07-25T00:00:00", date(2024, 7, 25)),
        ("on 3 Sept 2019", date(2019, 9, 3)),
        ("18/11/2024", date(2024, 11, 18)),
        ("31 February 2020", None),
        ("no date here", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: date | None) -> None:
    assert date_in_text(text) == expected


@pytest.mark.parametrize(
    ("question", "department"),
    [
        ("To ask the Secretary of State for the Home Department, how many", "Home Office"),
        (
            "To ask the Secretary of State for Environment, Food and Rural Affairs, what",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, on what date",
            "Foreign, Commonwealth and Development Office",
        ),
        ("To ask the Secretary of State for Defence what was the total", "Ministry of Defence"),
        ("To ask the Chancellor of the Exchequer, what assessment", "Treasury"),
        ("To ask the Minister for the Cabinet Office, pursuant to", "Cabinet Office"),
        (
            "To ask the hon. Member for Battersea, representing the Church Commissioners, how many",
            "Church Commissioners",
        ),
        (
            (
                "To ask the Right hon. Member for Kenilworth and Southam, representing the Speaker's Committee on the "
                "Electoral Commission, what"
            ),
            "Speaker's Committee on the Electoral Commission",
        ),
        ("To ask His Majesty's Government what plans", None),
        ("What steps is the Government taking", None),
    ],
)
def test_department_from_question(question: str, department: str | None) -> None:
    assert department_from_question(question) == department


def test_house_from_question() -> None:
    assert house_from_question("To ask Her Majesty's Government what") == "Lords"
    assert house_from_question("To ask His Majesty’s Government whether") == "Lords"  # a curly apostrophe
    assert house_from_question("To ask the Prime Minister, if he") == "Commons"
    assert house_from_question("Why did the Minister") is None


@needs_shared(QUESTIONS)
def test_department_from_question_agrees_with_the_api() -> None:
    """On every shared record that names its department, the question's opening names the same one, save
    for questions transferred to another department (measured: 99.5%)."""
    agree = total = 0
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n % 5:
                continue  # a fifth of the records is plenty and keeps the test quick
            value = json.loads(line)
            if value.get("answeringBodyName"):
                total += 1
                agree += department_from_question(value["questionText"]) == value["answeringBodyName"]
    assert total > 10_000 and agree / total > 0.99


def test_strip_controls() -> None:
    assert strip_controls("a\x1b[1;31mb\x1b[0m\x1b]8;;http://x\x1b\\c\x1b]0;t\x07d") == "abcd"
    assert strip_controls("tab\tnew\nline\r\nend\rx") == "tab\tnew\nline\nend\nx"
    assert strip_controls("\u202egnp.exe\u200b\ufeff\x7f\x85") == "gnp.exe"
    assert strip_controls("£300,000 — “quoted”") == "£300,000 — “quoted”"


def test_align_tab_rows() -> None:
    assert (
        align_tab_rows("Intro\nYear\tCount\n\n2023\t1,200\nAfter")
        == "Intro\nYear  Count\n2023  1,200\n\nAfter"
    )


def test_split_uin_tail() -> None:
    assert split_uin_tail("what plans he has. [12345]") == ("what plans he has.", "12345")
    assert split_uin_tail("what plans they have. [HL 1234] ") == ("what plans they have.", "HL1234")
    assert split_uin_tail("the 2019 Act (2019)") == ("the 2019 Act (2019)", None)  # Hansard: prose, not a UIN
    assert split_uin_tail("what plans he has (12345)", round_brackets=True) == ("what plans he has", "12345")
