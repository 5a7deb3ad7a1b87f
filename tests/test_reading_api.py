"""The Parliament Written Questions API record → WrittenAnswer (used by the reader and the corpus importer)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foi_helper.reading.api import written_answer_from_api
from foi_helper.reading.html_text import html_to_text


def full_record(**changes: Any) -> dict[str, Any]:
    """A detail-endpoint record in the API's own shape (expandMember=true)."""
    record: dict[str, Any] = {
        "id": 1741059,
        "askingMemberId": 4592,
        "askingMember": {
            "id": 4592,
            "listAs": "Smith, Jane",
            "name": "Jane Smith",
            "party": "Liberal Democrat",
            "partyAbbreviation": "LD",
            "memberFrom": "Exampleton",
        },
        "house": "Commons",
        "memberHasInterest": False,
        "dateTabled": "2024-11-12T00:00:00",
        "dateForAnswer": "2024-11-18T00:00:00",
        "uin": "13768",
        "questionText": "To ask the Secretary of State for Health and Social Care, how many (a) doctors and (b) nurses "
        "left the NHS in each of the last five years.",
        "answeringBodyId": 17,
        "answeringBodyName": "Department of Health and Social Care",
        "isWithdrawn": False,
        "isNamedDay": True,
        "groupedQuestions": ["13769", "13770"],
        "answerIsHolding": False,
        "answerIsCorrection": False,
        "answeringMemberId": 4444,
        "answeringMember": {
            "id": 4444,
            "listAs": "Kinnock, Stephen",
            "name": "Stephen Kinnock",
            "party": "Labour",
        },
        "correctingMemberId": None,
        "correctingMember": None,
        "dateAnswered": "2024-11-18T00:00:00",
        "answerText": "<p>The information is set out in the following table.</p><table><tbody>"
        "<tr><td><p><strong>Year</strong></p></td><td><p><strong>Doctors</strong></p></td>"
        "<td><p><strong>Nurses</strong></p></td></tr>"
        "<tr><td><p>2022/23</p></td><td><p>1,922</p></td><td><p>14,118</p></td></tr>"
        "<tr><td><p>2023/24</p></td><td><p>2,001</p></td><td><p>9,870</p></td></tr>"
        "</tbody></table><p>&nbsp;</p><p>Figures are provisional &amp; unaudited.</p>",
        "originalAnswerText": "",
        "comparableAnswerText": "",
        "dateAnswerCorrected": None,
        "dateHoldingAnswer": None,
        "attachmentCount": 0,
        "heading": "NHS: Staff",
        "attachments": [],
        "groupedQuestionsDates": [],
    }
    record.update(changes)
    return record


def test_full_record_fields() -> None:
    a = written_answer_from_api(full_record())
    assert a.source_format == "parliament_api"
    assert a.title == "NHS: Staff"
    assert a.department == "Department of Health and Social Care"
    assert a.house == "Commons"
    assert a.uin == "13768"
    assert a.record_id == 1741059
    assert a.date_tabled == date(2024, 11, 12)
    assert a.date_answered == date(2024, 11, 18)
    assert a.url == "https://questions-statements.parliament.uk/written-questions/detail/2024-11-12/13768"
    assert a.grouped_uins == ["13769", "13770"]
    assert not a.holding and not a.corrected
    assert a.asker is not None and (a.asker.name, a.asker.party) == ("Jane Smith", "Liberal Democrat")
    assert a.answerer is not None and (a.answerer.name, a.answerer.party) == ("Stephen Kinnock", "Labour")
    assert a.question.startswith("To ask the Secretary of State for Health and Social Care, how many")


def test_answer_table_becomes_aligned_rows() -> None:
    a = written_answer_from_api(full_record())
    assert a.answer.split("\n\n") == [
        "The information is set out in the following table.",
        "Year     Doctors  Nurses\n2022/23  1,922    14,118\n2023/24  2,001    9,870",
        "Figures are provisional & unaudited.",
    ]


def test_holding_and_corrected_flags() -> None:
    a = written_answer_from_api(full_record(answerIsHolding=True, answerIsCorrection=True))
    assert a.holding and a.corrected


def test_bare_record_takes_department_and_house_from_question() -> None:
    """A third of the mySociety records keep only id, questionText and answerText."""
    bare = {k: None for k in full_record()}
    bare.update(
        id=1655766,
        groupedQuestions=[],
        attachments=[],
        groupedQuestionsDates=[],
        questionText="To ask the Secretary of State for Work and Pensions, what recent assessment he has "
        "made of take up of Pension Credit.",
        answerText="<p>We are identifying a trial.</p><p> </p><p>We will analyse the results.</p>",
    )
    a = written_answer_from_api(bare)
    assert a.department == "Department for Work and Pensions"
    assert a.house == "Commons"
    assert a.uin is None and a.date_tabled is None and a.url is None and a.title is None
    assert a.asker is None and a.answerer is None
    assert a.answer == "We are identifying a trial.\n\nWe will analyse the results."


def test_lords_question_without_department() -> None:
    bare = {
        "id": 5,
        "questionText": "To ask His Majesty's Government what plans they have to review bus fares.",
        "answerText": None,
        "house": None,
    }
    a = written_answer_from_api(bare)
    assert a.house == "Lords"
    assert a.department is None
    assert a.answer == ""


def test_members_given_as_ids_only_are_unknown() -> None:
    a = written_answer_from_api(full_record(askingMember=None, answeringMember=None))
    assert a.asker is None and a.answerer is None


def test_escape_sequences_removed_from_api_text() -> None:
    a = written_answer_from_api(
        full_record(heading="NHS\x1b[31m: Staff\x07", answerText="<p>Red\x1b]0;pwn\x07 text</p>")
    )
    assert a.title == "NHS: Staff"
    assert a.answer == "Red text"


def test_lists_and_line_breaks() -> None:
    text = html_to_text(
        "<p>Three steps:</p><ul><li>first</li><li>second<br>line</li></ul><ol><li>third</li></ol>"
        "<p>Done<br/>now</p>"
    )
    assert text == "Three steps:\n\n• first\n• second\nline\n\n• third\n\nDone\nnow"


def test_clipped_list_text_kept_as_is() -> None:
    a = written_answer_from_api(full_record(answerText="The Royal Navy is developing plans to reduce ..."))
    assert a.answer == "The Royal Navy is developing plans to reduce ..."


def test_record_survives_json_round_trip() -> None:
    a = written_answer_from_api(json.loads(json.dumps(full_record())))
    assert a.contract_dict()["date_answered"] == "2024-11-18"


FIELDS = list(full_record())
ANY_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        st.text(max_size=40),
        st.sampled_from(["2024-07-25T00:00:00", "Commons", "Lords", "<p>a</p><table><tr><td>x"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["name", "party"]), inner)
    ),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), ANY_VALUE))
def test_any_record_shape_gives_a_written_answer(value: dict[str, Any]) -> None:
    """The corpus importer feeds it whatever a file holds: wrong types become None, never an exception."""
    a = written_answer_from_api(value)
    assert isinstance(a.question, str) and isinstance(a.answer, str)
    assert a.uin is None or isinstance(a.uin, str)
    assert a.record_id is None or type(a.record_id) is int
    assert all(isinstance(u, str) for u in a.grouped_uins)


def test_a_line_break_in_a_one_line_field_is_a_space() -> None:
    from foi_helper.reading.api import _text

    assert _text("Bank Services: Post Offices\r\n") == "Bank Services: Post Offices"
    assert _text("Jo\nMember") == "Jo Member"
