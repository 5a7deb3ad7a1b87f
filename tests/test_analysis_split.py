"""Every point shape a written question has: lettered, numbered, nested breakdowns, "and if so", "whether … and
what …", semicolons, the formal "and if he will make a statement", and the preamble with its references."""

from __future__ import annotations

from datetime import date

from foi_helper.analysis import analyse, strip_preamble
from foi_helper.analysis.split import split_into_parts
from foi_helper.model import WrittenAnswer


def texts(body: str) -> list[str]:
    return [p.text for p in split_into_parts(body)]


def test_lettered_parts_become_points_in_their_own_words() -> None:
    parts = split_into_parts("what assessment he has made of the (a) impact and (b) cost effectiveness of "
                             "steps taken by local authorities to increase take up of Pension Credit")
    assert [p.text for p in parts] == [
        "what assessment he has made of the (a) impact",
        ("what assessment he has made of the (b) cost effectiveness of steps taken by local authorities to "
        "increase take up of Pension Credit"),
    ]


def test_numbered_parts_become_points() -> None:
    assert texts("whether he will (1) publish the review of the scheme and (2) meet the families affected") == [
        "whether he will (1) publish the review of the scheme",
        "whether he will (2) meet the families affected",
    ]


def test_nested_breakdown_stays_with_its_part() -> None:
    parts = split_into_parts("how many offences were recorded broken down by (i) region and (ii) year")
    assert len(parts) == 1
    assert parts[0].breakdown == "broken down by (i) region and (ii) year"


def test_a_second_list_of_years_is_the_breakdown_of_every_part() -> None:
    parts = split_into_parts("what information his Department holds on the number of (a) charges and (b) "
                             "successful prosecutions brought against prisoners in (a) 2020, (b) 2021 and (c) 2022")
    assert len(parts) == 2
    assert all(p.breakdown == "in (a) 2020, (b) 2021 and (c) 2022" for p in parts)


def test_in_each_of_the_last_years_is_a_breakdown_not_a_point() -> None:
    parts = split_into_parts("how many people have absconded from immigration detention in each of the last "
                             "five years")
    assert len(parts) == 1
    assert parts[0].breakdown == "in each of the last five years"


def test_list_of_places_after_in_is_a_breakdown() -> None:
    parts = split_into_parts("how many special school places there are in (i) Yeovil constituency, (ii) "
                             "Somerset and (iii) England")
    assert len(parts) == 1
    assert parts[0].breakdown == "in (i) Yeovil constituency, (ii) Somerset and (iii) England"


def test_and_if_so_is_its_own_point() -> None:
    assert texts("whether he has made an assessment of the causes of the delays, and if so, what the findings "
                 "of that assessment were") == [
        "whether he has made an assessment of the causes of the delays",
        "if so, what the findings of that assessment were",
    ]


def test_whether_and_what_split_but_how_many_and_what_proportion_does_not() -> None:
    assert texts("whether the Government plans to review the scheme and what steps it is taking to support "
                 "applicants") == ["whether the Government plans to review the scheme",
                                   "what steps it is taking to support applicants"]
    assert texts("how many and what proportion of staff in his Department are reliant on a visa") == [
        "how many and what proportion of staff in his Department are reliant on a visa"]


def test_semicolons_split_and_the_formal_statement_is_dropped() -> None:
    assert texts("how many inspectors work for the Agency; and if he will make an assessment of the adequacy "
                 "of that number; and if he will make a statement") == [
        "how many inspectors work for the Agency",
        "if he will make an assessment of the adequacy of that number",
    ]


def test_preamble_commons_with_pursuant_to() -> None:
    q = ("To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant to the Answer of 30 June "
         "2025 to Question 61897 on Responsible Dog Ownership Working Group, who the members of the taskforce are")
    preamble, body = strip_preamble(q)
    assert body == "who the members of the taskforce are"
    assert preamble.startswith("To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant")


def test_preamble_lords_and_with_reference_to() -> None:
    assert strip_preamble("To ask His Majesty's Government what steps they are taking to tackle fraud.") == (
        "To ask His Majesty's Government", "what steps they are taking to tackle fraud.")
    _, body = strip_preamble("To ask the Minister for the Cabinet Office, with reference to the letter of 27 "
                             "February 2026 relating to conduct, whether any representations were received.")
    assert body == "whether any representations were received."


def test_pursuant_to_reference_is_kept_as_metadata() -> None:
    answer = WrittenAnswer(
        source_format="test", question="To ask the Secretary of State for Transport, pursuant to the Answer of 28 "
        "October 2025 to Question 84700 on Road Traffic Control: Oxford, how much the DVLA has received from "
        "Oxford City Council in 2024-25.", answer="The information could only be obtained at disproportionate cost.",
        date_answered=date(2025, 12, 1))
    result = analyse(answer)
    assert [(r.uin, r.date) for r in result.references] == [("84700", date(2025, 10, 28))]
    assert result.points[0].text.startswith("how much the DVLA has received")


def test_bare_nouns_under_a_short_stem_are_one_part_not_fragments() -> None:
    parts = split_into_parts("what the (a) role and (b) organisation of the new implementation group are")
    assert [p.text for p in parts] == ["what the (a) role and (b) organisation of the new implementation group are"]


def test_a_context_clause_after_the_question_word_keeps_the_question() -> None:
    from foi_helper.analysis import analyse
    from foi_helper.model import WrittenAnswer

    question = ("To ask the Secretary of State for Social Services (1) if, pursuant to his reply of 19 December "
                "1983, Official Report, c. 68, he will give a breakdown of his figure of 518,493 documents "
                "received at his central office in 1982–83 containing incorrect national insurance numbers, "
                "indicating what the documents related to and who sent them;\n\n(2) if he has an estimate of "
                "the delay in payment of benefits due to the 518,493 documents.")
    answer = WrittenAnswer(source_format="hansard", question=question,
                           answer="I shall let the hon. Member have a reply as soon as possible.", holding=True)
    first = analyse(answer).points[0].text
    assert "breakdown of his figure of 518,493 documents" in first
    assert first.endswith("what the documents related to and who sent them")
    assert "pursuant" not in first and "Official Report" not in first


def test_a_breakdown_the_part_already_says_is_not_shown_twice() -> None:
    from foi_helper.analysis.split import breakdown_beyond
    from foi_helper.model import Point
    from foi_helper.tui.widgets.point_list import point_content

    (part,) = split_into_parts("how much his Department spent on public information campaigns in the (a) 2021-22 "
                               "and (b) 2022-23 financial years")
    assert part.breakdown and breakdown_beyond(part.text, part.breakdown) is None
    assert breakdown_beyond("how many prisoners were released", "by region") == "by region"
    shown = str(point_content(Point(id="q1", source="question", kind="spending", status="partial",
                                    text=part.text, breakdown=part.breakdown), True))
    assert "financial years (" not in shown and shown.count("2021-22") == 1
