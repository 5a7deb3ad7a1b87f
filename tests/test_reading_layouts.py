"""Hansard as the sites flatten it: the question found by its opening wherever it stands in a line, ended at
the answerer's name or "§", never with a name or the answer inside it."""

from __future__ import annotations

from datetime import date

import pytest

from foi_helper.reading import read_answers
from foi_helper.reading.layout import glued_name, unglue


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("Mr. IngramI will write to my hon. Friend.", "Mr. Ingram", "I will write to my hon. Friend."),
        ("Mr. McNultyI refer the hon. Member.", "Mr. McNulty", "I refer the hon. Member."),
        ("Jane KennedyThe figures are below.", "Jane Kennedy", "The figures are below."),
        ("Mr. LyellInformation about(a) all constituencies", "Mr. Lyell", "Information about(a) all constituencies"),
    ],
)
def test_a_name_glued_to_its_answer_is_cut_where_the_answer_starts(text: str, name: str, rest: str) -> None:
    assert glued_name(text) == (name, rest)


def test_historic_section_marks_with_glued_names() -> None:
    page = (
        "§ Mr. SmithTo ask the Secretary of State for Health how many nurses were employed in 1990. [1234]\n"
        "§ Mrs. Bottomley[holding answer 3 May 1991]: The number was 12,000.\n"
        "§ Mr. Jonesasked the Secretary of State for Health what is the cost of the scheme.\n"
        "§ The Minister for Health (Mr. Dorrell)I refer the hon. Member to my reply on 2 April 1991.\n"
    )
    first, second = read_answers(page)
    assert first.question == (
        "To ask the Secretary of State for Health how many nurses were employed in 1990."
    ) and first.uin == "1234"
    assert first.asker is not None and first.asker.name == "Mr. Smith"
    assert first.answerer is not None and first.answerer.name == "Mrs. Bottomley"
    assert first.answer == "The number was 12,000." and first.holding_answer == date(1991, 5, 3)
    assert second.question.startswith("To ask the Secretary of State for Health what is the cost")
    assert second.answerer is not None and second.answerer.role == "The Minister for Health"
    assert "Dorrell" not in second.question and second.answer.startswith("I refer")


def test_a_one_line_export_is_split_at_the_names() -> None:
    page = (
        "Schools: Asbestos Jane Smith To ask the Secretary of State for Education how many schools contain "
        "asbestos. Mr. Gibb The Department does not hold this information centrally."
    )
    (a,) = read_answers(page)
    assert a.title == "Schools: Asbestos"
    assert a.asker is not None and a.asker.name == "Jane Smith"
    assert a.question == "To ask the Secretary of State for Education how many schools contain asbestos."
    assert a.answerer is not None and a.answerer.name == "Mr. Gibb"
    assert a.answer == "The Department does not hold this information centrally."


def test_a_lords_question_on_the_line_after_its_opening() -> None:
    page = (
        "Lord Avebury asked Her Majesty's Government:\n"
        "Whether they will publish the report. [HL1234]\n"
        "Baroness Scotland of Asthal: The report will be published shortly.\n"
    )
    (a,) = read_answers(page)
    assert a.question == "To ask Her Majesty's Government whether they will publish the report."
    assert a.house == "Lords" and a.uin == "HL1234"
    assert a.answerer is not None and a.answerer.name == "Baroness Scotland of Asthal"


def test_text_after_a_column_marker_that_continues_another_answer_is_not_this_one() -> None:
    page = (
        "§ Mr. RedmondTo ask the Secretary of State for Health if she will publish the names.\n"
        "§ Dr. MawhinneyThis information is not available centrally.\n"
        "496W\n"
        "review all material withheld for longer than 30 years.\n"
    )
    (a,) = read_answers(page)
    assert a.answer == "This information is not available centrally."


def test_unglue_leaves_ordinary_lines_alone() -> None:
    text = "Ambulances\n\nMr. Robin Cook : To ask the Secretary of State for Health what …\n\nThe answer."
    assert unglue(text) == text.replace("Mr. Robin Cook : To ask", "Mr. Robin Cook: To ask")


def test_a_one_line_export_of_two_questions_gives_each_its_own_answer() -> None:
    page = (
        "Asylum Andrew Stunell To ask the Secretary of State for the Home Department how many people were "
        "granted asylum in 2009. Mr. Woolas The information is in the Library. Prisons: Drugs Jane Smith To ask "
        "the Secretary of State for Justice how many drug finds there were in 2009. Maria Eagle Drug finds are "
        "published in the annual digest."
    )
    first, second = read_answers(page)
    assert first.answer == "The information is in the Library." and "To ask" not in first.answer
    assert (second.title, second.answer) == ("Prisons: Drugs", "Drug finds are published in the annual digest.")
    assert second.asker is not None and second.asker.name == "Jane Smith"
    assert second.answerer is not None and second.answerer.name == "Maria Eagle"


def test_a_modern_hansard_page_with_labels_and_names_on_their_own_lines() -> None:
    page = (
        "Skip to main content\nPrisons: Drugs\nVolume 600: debated on Tuesday 13 October 2015\nQuestion\n"
        "Mr Mark Hoban (Fareham) (Con)\nTo ask the Secretary of State for Justice, how many drug finds there "
        "were in prisons in 2014. (12345)\nAnswer\nAndrew Selous\nDrug finds are published annually.\nShare\n"
    )
    (a,) = read_answers(page)
    assert (a.title, a.uin, a.date_answered) == ("Prisons: Drugs", "12345", date(2015, 10, 13))
    assert a.asker is not None and a.asker.name == "Mr Mark Hoban"
    assert a.answerer is not None and a.answerer.name == "Andrew Selous"
    assert a.answer == "Drug finds are published annually."


def test_older_hansard_asks_mr_chancellor() -> None:
    page = "§ Mr. Deanasked Mr. Chancellor of the Exchequer what is the yield of the tax.\n§ Mr. LawsonFour.\n"
    (a,) = read_answers(page)
    assert a.question == "To ask Mr. Chancellor of the Exchequer what is the yield of the tax."
    assert (a.department, a.house, a.answer) == ("Treasury", "Commons", "Four.")
