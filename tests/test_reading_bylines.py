"""Pages listing several questions, each with its own answer, and bylines that carry dates and departments.

A question given its neighbour's answer is the worst thing a reader can do: the letter would then challenge an
answer the minister never gave to it. Samples (our own text) are in tests/reading_samples/.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from foi_helper.errors import ReadError
from foi_helper.model import WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.record import byline, ends_with_heading

SAMPLES = Path(__file__).parent / "reading_samples"


def read(name: str) -> list[WrittenAnswer]:
    return read_answers((SAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("sample", "titles", "answer_starts"),
    [
        (
            "twfy_two_questions_answered_by.txt",
            ["Libraries: Opening Hours", "Libraries: Book Stock"],
            ["The department does not collect", "An estimate of spending"],
        ),
        (
            "twfy_two_questions_photos.txt",
            ["Canals: Maintenance", "Canals: Towpaths"],
            ["Funding of £50 million", "The department does not hold"],
        ),
        (
            "twfy_two_questions_speaker_role.txt",
            ["Hospitals: Car Parking", "Hospitals: Staff Parking"],
            ["Trusts received £250 million", "This information is not held"],
        ),
        (
            "twfy_three_questions_answered_by.txt",
            ["Bridges: Inspections", "Bridges: Weight Limits", "Bridges: Funding"],
            ["Local highway authorities", "This information is not held", "Funding for bridge repairs"],
        ),
        (
            "republished_two_questions.txt",
            ["Water: Leaks", "Water: Meters"],
            ["Leakage figures for 2024", "The department does not hold"],
        ),
        (
            "plain_headed_questions.txt",
            ["Parks: Playgrounds", "Parks: Tree Planting"],
            ["The department does not collect", "An estimate could only"],
        ),
        (
            "parliament_answered_by_no_headings.txt",
            [None, None],
            ["Around half of stations", "No such assessment"],
        ),
    ],
)
def test_each_question_gets_its_own_answer_and_heading(
    sample: str, titles: list[str | None], answer_starts: list[str]
) -> None:
    found = read(sample)
    assert [a.title for a in found] == titles
    for n, (a, start) in enumerate(zip(found, answer_starts, strict=True)):
        assert a.answer.startswith(start), (a.question, a.answer)
        # no answer holds another question, another's answer or the next question's heading
        assert "To ask" not in a.answer
        assert not any(other in a.answer for m, other in enumerate(answer_starts) if m != n)
        assert not any(t and t in a.answer for t in titles[n + 1 :])


def test_twfy_header_wins_over_answered_by_lines() -> None:
    found = read("twfy_three_questions_answered_by.txt")
    assert {a.source_format for a in found} == {"theyworkforyou"}
    assert {a.department for a in found} == {"Department for Transport"}
    assert {a.date_answered for a in found} == {date(2025, 1, 20)}


def test_answered_by_line_gives_the_name_alone() -> None:
    first, second = read("twfy_two_questions_answered_by.txt")
    assert first.answerer is not None and first.answerer.name == "Chris Bryant"
    assert second.answerer == first.answerer


def test_speaker_line_with_role_in_brackets() -> None:
    (a, _) = read("twfy_two_questions_speaker_role.txt")
    assert a.answerer is not None
    assert (a.answerer.name, a.answerer.role) == (
        "Karin Smyth",
        "Minister of State (Department of Health and Social Care)",
    )


def test_parliament_byline_splits_name_date_and_department() -> None:
    (a,) = read("parliament_byline_inline.txt")
    assert a.asker is not None and a.asker.name == "Baroness Sample"
    assert a.answerer is not None and a.answerer.name == "Lord Timpson"
    assert a.date_tabled == date(2025, 2, 4) and a.date_answered == date(2025, 2, 18)
    assert a.department == "Ministry of Justice" and a.house == "Lords"
    assert a.title == "Courts: Video Conferencing" and a.uin == "HL5678"
    # the answer starts "The number …": a sentence, not the answerer's role
    assert a.answerer.role is None and a.answer.startswith("The number of hearings")


def test_parliament_byline_in_html_source() -> None:
    html = (
        "<html><body><h1>Prisons: Drones [HL1111]</h1>"
        "<p>Asked by Lord Example on 3 March 2025, Ministry of Justice.</p>"
        "<p>To ask His Majesty's Government how many drones were found in prisons in 2024.</p>"
        "<p>Answered by Lord Timpson on 17 March 2025</p>"
        "<p>This information could only be obtained at disproportionate cost.</p></body></html>"
    )
    (a,) = read_answers(html)
    assert a.asker is not None and a.asker.name == "Lord Example"
    assert a.answerer is not None and a.answerer.name == "Lord Timpson"
    assert (a.department, a.date_tabled, a.date_answered) == (
        "Ministry of Justice",
        date(2025, 3, 3),
        date(2025, 3, 17),
    )


def test_republished_byline_with_party_role_and_dates() -> None:
    (a,) = read("republished_byline_dates.txt")
    assert a.source_format == "republished"
    assert a.asker is not None and (a.asker.name, a.asker.party) == ("Alex Morgan", "Liberal Democrat")
    assert a.answerer is not None and a.answerer.name == "Emma Hardy"
    assert a.answerer.role == "Parliamentary Under-Secretary (Environment, Food and Rural Affairs)"
    assert a.date_answered == date(2025, 1, 14) and a.date_tabled == date(2025, 1, 6)
    assert a.department == "Department for Environment, Food and Rural Affairs" and a.uin == "23456"


def test_byline_without_date_or_label_is_the_name() -> None:
    assert byline("Jane Smith").name == "Jane Smith"
    said = byline("Answered by: Jane Smith on Monday 3rd March 2025")
    assert (said.name, said.when, said.department) == ("Jane Smith", date(2025, 3, 3), None)


def test_heading_is_never_the_whole_answer_nor_a_sentence() -> None:
    assert ends_with_heading(["An answer.", "Schools: Funding"])
    assert ends_with_heading(["An answer.", "10 Downing Street: Security"])
    department = "Ministry of Housing, Communities and Local Government"
    assert ends_with_heading(["An answer.", f"{department}: Pentland Communications and Sovereign Strategy"])
    thirteen_words = "A line of thirteen words with no colon that runs on and on"
    assert not ends_with_heading(["An answer.", thirteen_words])
    assert not ends_with_heading(["Schools: Funding"])
    assert not ends_with_heading(["An answer.", "A second paragraph that ends as a sentence."])


def test_answerer_with_no_answer_before_the_next_question_is_refused() -> None:
    text = (
        "Roads: Potholes\n\nDepartment for Transport written question – answered on 3rd March 2025.\n\n"
        "To ask the Secretary of State for Transport, how many potholes were repaired in 2024.\n\n"
        "Answered by Lilian Greenwood\n\nRoads: Resurfacing\n\n"
        "To ask the Secretary of State for Transport, how many miles of road were resurfaced in 2024.\n\n"
        "Answered by Lilian Greenwood\n\nThe department does not hold this information.\n"
    )
    with pytest.raises(ReadError):
        read_answers(text)


def test_uin_printed_inside_the_question_is_not_part_of_its_words() -> None:
    html = (
        "<html><body><h1>Prisons: Drones [HL2222]</h1>"
        "<p>Asked by Lord Example on 3 March 2025, Ministry of Justice.</p>"
        "<p>To ask His Majesty's Government how many drones were found in prisons in each of the last five "
        "years [HL2222]; and what steps they are taking to stop them.</p>"
        "<p>Answered by Lord Timpson on 17 March 2025</p>"
        "<p>This information could only be obtained at disproportionate cost.</p></body></html>"
    )
    (a,) = read_answers(html)
    assert a.uin == "HL2222"
    assert "[HL2222]" not in a.question and "last five years; and what steps" in a.question


def test_grouped_questions_share_an_answer_and_a_later_question_keeps_its_own() -> None:
    grouped = (SAMPLES / "twfy_commons_grouped.txt").read_text(encoding="utf-8")
    grouped = grouped[: grouped.index("Does this answer")]
    later = (
        "Schools: Counsellors\n\nPhoto of Jane Smith Jane Smith Labour, Exampleton\n\n"
        "To ask the Secretary of State for Education, how many school counsellors were employed in 2019.\n\n"
        "Photo of Nick Gibb Nick Gibb Minister of State (Education)\n\n"
        "The department does not collect this information.\n"
    )
    first, second, third = read_answers(grouped + later)
    assert first.answer == second.answer and "mental health support teams" in first.answer
    assert "Schools: Counsellors" not in first.answer
    assert third.title == "Schools: Counsellors"
    assert third.answer == "The department does not collect this information."


def test_asked_by_lines_in_a_theyworkforyou_copy_are_askers_not_answer_text() -> None:
    first, second = read("twfy_asked_by_lines.txt")
    assert first.asker is not None and second.asker is not None
    assert (first.asker.name, first.date_tabled) == ("Priya Shah", date(2025, 3, 31))
    assert (second.asker.name, second.date_tabled) == ("Owen Price", date(2025, 4, 1))
    assert first.answer == "There were 40 million visits to sponsored museums in 2024-25."
    assert (second.title, second.answer) == ("Museums: Charges", "There are no such plans.")


def test_party_after_the_date_stays_with_the_name_and_is_no_department() -> None:
    said = byline("Asked by Jane Smith on 3 March 2025 (Labour - Exampleton)")
    assert (said.name, said.when) == ("Jane Smith (Labour - Exampleton)", date(2025, 3, 3))
    assert said.department is None
    text = (
        "Asked by Jane Smith on 3 March 2025 (Labour - Exampleton)\n\n"
        "To ask the Secretary of State for Education, how many school libraries closed in 2024.\n\n"
        "Answered by Catherine McKinnell on 10 March 2025\n\nThis information is not held centrally.\n"
    )
    (a,) = read_answers(text)
    assert a.asker is not None and (a.asker.name, a.asker.party) == ("Jane Smith", "Labour")
    assert a.department == "Department for Education" and a.date_answered == date(2025, 3, 10)


def test_text_between_grouped_askers_is_refused_rather_than_guessed() -> None:
    text = (
        "Schools: Meals\n\nDepartment for Education written question – answered on 3rd March 2025.\n\n"
        "Photo of Jane Smith Jane Smith Labour, Exampleton\n\n"
        "To ask the Secretary of State for Education, how many pupils received free school meals in 2024.\n\n"
        "Around 2 million pupils received free school meals in 2024.\n\n"
        "Photo of Tom Jones Tom Jones Liberal Democrat, Westfield\n\n"
        "To ask the Secretary of State for Education, what the cost of free school meals was in 2024.\n\n"
        "Photo of Nick Gibb Nick Gibb Minister of State (Education)\n\n"
        "The cost could only be found at disproportionate cost.\n"
    )
    with pytest.raises(ReadError, match="could not be told apart"):
        read_answers(text)


def test_a_question_hard_wrapped_in_the_copy_is_read_whole() -> None:
    # A copy from an email or a PDF breaks the question's line: "… of the London" / "ambulance service." The
    # second line was read as the answer's first paragraph.
    text = ("Ambulances\n\nDepartment of Health written question – answered on 5th March 1992.\n\n"
            "Mr. Robin Cook (Livingston) (Labour)\n\n"
            "To ask the Secretary of State for Health what is the average age of the ambulance vehicles of the London\n"
            "ambulance service.\n\n"
            "Mr. Stephen Dorrell (Parliamentary Under-Secretary of State for Health)\n\n"
            "This information is not collected centrally.\n")
    answer = read_answers(text)[0]
    assert answer.question.endswith("of the London ambulance service.")
    assert answer.answer == "This information is not collected centrally."
