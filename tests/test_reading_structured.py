"""API JSON in all its shapes, JSON Lines, and ParlParse XML; the whole shared dataset reads without error."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from foi_helper.errors import ReadError
from foi_helper.reading import read_answers
from tests.conftest import QUESTIONS, needs_shared

SAMPLES = Path(__file__).parent / "reading_samples"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_api_detail_response() -> None:
    (a,) = read_answers(sample("api_detail.json"))
    assert a.source_format == "parliament_api" and a.record_id == 1723596
    assert (a.title, a.department, a.house, a.uin) == (
        "Armed Forces: Housing",
        "Ministry of Defence",
        "Commons",
        "1830",
    )
    assert a.asker is not None and a.asker.name == "Jane Smith" and a.asker.party == "Liberal Democrat"
    assert a.grouped_uins == ["1829", "8260"]
    assert "Year     Homes upgraded\n2022-23  4,100\n2023-24  5,350" in a.answer


def test_api_list_response_keeps_order_and_flags() -> None:
    holding, corrected, unanswered = read_answers(sample("api_list.json"))
    assert holding.holding and not holding.corrected and holding.uin == "13768"
    assert corrected.corrected and corrected.date_answered == date(2023, 12, 11)
    assert unanswered.answer == "" and unanswered.date_answered is None and unanswered.house == "Lords"


def test_json_list_of_values_and_json_lines() -> None:
    assert [a.uin for a in read_answers(sample("api_value_list.json"))] == ["4772", "13768"]
    bare, corrected, lords = read_answers(sample("api_values.jsonl"))
    assert bare.department == "Department for Work and Pensions" and bare.uin is None
    assert bare.answer == (
        "We are identifying a trial with local authorities of ‘Invitation to Claim’ letters."
        "\n\nWe will analyse the results of this later this year."
    )
    assert corrected.corrected and lords.uin == "HL3001"


def test_single_line_json_value_is_not_taken_for_json_lines() -> None:
    one = json.loads(sample("api_detail.json"))["value"]
    (a,) = read_answers(json.dumps(one))
    assert a.uin == "1830"


def test_json_that_is_not_an_api_response() -> None:
    with pytest.raises(ReadError, match="not a Parliament Written Questions API response"):
        read_answers('{"name": "something else"}')


def test_wrans_xml_commons_grouped_with_table() -> None:
    first, second, iraq = read_answers(sample("wrans_commons_2005.xml"))
    assert first.source_format == "parlparse_xml"
    assert (first.uin, second.uin) == ("10234", "10235")
    assert first.grouped_uins == ["10235"] and second.grouped_uins == ["10234"]
    assert first.department == "Home Office" and iraq.department == "Ministry of Defence"
    assert first.title == "Identity Cards" and first.date_answered == date(2005, 7, 13)
    assert first.asker is not None and first.asker.name == "Mr. Mark Hoban"
    assert "Year     £ million\n2008-09  584" in first.answer
    assert first.url == "https://www.theyworkforyou.com/wrans/?id=2005-07-13.1080W.h"


def test_lords_wrans_xml_and_an_unanswered_question() -> None:
    moonie, berkeley = read_answers(sample("lordswrans_2019.xml"))
    assert (moonie.house, moonie.uin, moonie.department) == ("Lords", "HL16123", "Home Office")
    assert moonie.answerer is not None and moonie.answerer.name == "Baroness Williams of Trafford"
    assert moonie.url == "https://www.theyworkforyou.com/wrans/?id=2019-06-24.HL16123.h"
    assert berkeley.answer == "" and berkeley.date_answered is None
    assert berkeley.department == "Department for Transport"


def test_xml_that_is_not_parlparse() -> None:
    with pytest.raises(ReadError, match="not a ParlParse"):
        read_answers('<?xml version="1.0"?><rss><channel/></rss>')


@pytest.mark.slow
@needs_shared(QUESTIONS)
def test_every_shared_record_reads_through_json_lines() -> None:
    """All 91,928 API records of the mySociety dataset, through the same path a user's .jsonl takes."""
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as handle:
        text = handle.read()
    answers = read_answers(text)
    assert len(answers) == text.count("\n")
    assert all(a.question.startswith(("To ask", "to ask")) or a.question for a in answers)
    assert sum(1 for a in answers if a.department) > 0.99 * len(answers)
    assert sum(1 for a in answers if a.answer) > 0.6 * len(answers)
