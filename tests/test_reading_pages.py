"""Page text as copied from each site (samples written in each site's layout in tests/reading_samples/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from foi_helper.model import WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.detect import detect

SAMPLES = Path(__file__).parent / "reading_samples"


def read(name: str) -> list[WrittenAnswer]:
    return read_answers((SAMPLES / name).read_text(encoding="utf-8"))


def names(m: object) -> tuple[object, object, object] | None:
    return None if m is None else (m.name, m.party, m.role)  # type: ignore[attr-defined]


# TheyWorkForYou ---------------------------------------------------------------------------------------------


def test_twfy_commons_grouped_question_shares_one_answer() -> None:
    a, b = read("twfy_commons_grouped.txt")
    assert {a.source_format, b.source_format} == {"theyworkforyou"}
    assert a.title == b.title == "Schools: Mental Health Services"
    assert a.department == "Department for Education" and a.house == "Commons"
    assert a.date_answered == date(2020, 2, 17)
    assert names(a.asker) == ("Jane Smith", "Labour", None)
    assert names(b.asker) == ("Tom Jones", "Liberal Democrat", None)
    assert names(a.answerer) == ("Nick Gibb", None, "Minister of State (Education)")
    assert a.question.startswith("To ask the Secretary of State for Education, how many schools")
    assert b.question.startswith("To ask the Secretary of State for Education, what estimate")
    assert a.answer == b.answer and len(a.answer.split("\n\n")) == 2
    assert "people think" not in a.answer and "Freedom of Information site" not in a.answer


def test_twfy_day_listing_gives_each_question_in_page_order() -> None:
    first, second = read("twfy_day_listing.txt")
    assert [first.title, second.title] == ["Prisons: Drugs", "Courts: Interpreters"]
    assert first.uin == "190231" and first.question.endswith("last three years.")
    assert names(first.asker) == ("Ellie Reeves", None, "Shadow Minister (Justice)")
    assert names(second.answerer) == (
        "Mike Freer",
        None,
        "The Parliamentary Under-Secretary of State for Justice",
    )
    assert first.answer == "Drug finds in prisons are published annually in the HMPPS Annual Digest."
    # the site's footer after the last answer is not part of it
    assert (
        second.answer
        == "This information is not held centrally and could only be obtained at disproportionate cost."
    )


def test_twfy_copy_without_photo_lines() -> None:
    (a,) = read("twfy_no_photos.txt")
    assert a.house == "Lords" and a.department == "Department for Transport"
    assert names(a.answerer) == (
        "Baroness Vere of Norbiton",
        None,
        "The Parliamentary Under-Secretary of State for Transport",
    )
    assert a.answer.startswith("The Department does not hold data") and a.answer.endswith("in their areas.")


# parliament.uk ----------------------------------------------------------------------------------------------


def test_parliament_old_listing_drops_popups_and_reads_three_records() -> None:
    answers = read("parliament_old_listing.txt")
    assert [a.title for a in answers] == ["Trade Agreements: China", "Ceramics: USA", "Social Mobility"]
    first, second, third = answers
    assert first.department == "Department for International Trade" and first.house == "Commons"
    assert first.date_tabled == date(2019, 4, 11) and first.date_answered == date(2019, 4, 25)
    assert names(first.asker) == ("Scott Mann", None, None)
    assert names(first.answerer) == ("George Hollingbery", None, None)
    assert first.grouped_uins == ["246810", "246811"]
    assert (
        second.answer
        == "Officials have raised the matter with their US counterparts and will continue to do so."
    )
    assert not second.holding  # the holding answer came before this substantive one
    for a in answers:
        assert "Named day" not in a.answer + a.question and "Close" not in a.answer.split("\n")
        assert "Unique Identifying Number" not in a.answer
    assert third.house == "Lords" and third.department == "Department for Education"
    assert names(third.answerer) == ("Lord Agnew of Oulton", None, None)


def test_parliament_new_detail_page() -> None:
    (a,) = read("parliament_new_detail.txt")
    assert a.source_format == "parliament_page"
    assert a.title == "Armed Forces: Housing" and a.department == "Ministry of Defence"
    assert a.uin == "1830" and a.date_tabled == date(2024, 7, 25) and a.date_answered == date(2024, 10, 14)
    assert a.url == "https://questions-statements.parliament.uk/written-questions/detail/2024-07-25/1830"
    assert names(a.asker) == ("Jane Smith", "Liberal Democrat", None)
    assert names(a.answerer) == ("Al Carns", "Labour", "Minister of State (Ministry of Defence)")
    assert a.grouped_uins == ["1829", "8260"]
    assert not a.holding
    assert a.answer.split("\n\n") == [
        "This Government is committed to setting new minimum standards for military housing.",
        "We are assessing options to drive up standards and deliver the homes our Service families deserve.",
    ]


def test_parliament_holding_answer_on_the_day_of_answer_is_holding() -> None:
    (a,) = read("parliament_new_holding.txt")
    assert a.holding
    assert a.answer == "I will reply to the hon. Member as soon as possible."


def test_parliament_corrected_answer_keeps_the_correction_only() -> None:
    (a,) = read("parliament_new_corrected.txt")
    assert a.corrected
    assert "attached table" in a.answer and "not held by borough" not in a.answer


def test_parliament_lords_page() -> None:
    (a,) = read("parliament_lords_detail.txt")
    assert a.house == "Lords" and a.uin == "HL2345" and a.department == "Ministry of Justice"
    assert names(a.asker) == ("Lord Bradley", "Labour", None)


# republishing sites -----------------------------------------------------------------------------------------


def test_republished_single_block() -> None:
    (a,) = read("republished_single.txt")
    assert a.source_format == "republished"
    assert a.title == "Schools: Mental Health" and a.department == "Department for Education"
    assert a.uin == "12345" and a.date_tabled == date(2020, 2, 10) and a.date_answered == date(2020, 2, 17)
    assert names(a.asker) == ("Jane Smith", "Labour", None)
    assert names(a.answerer) == ("Nick Gibb", None, "Minister of State (Education)")
    assert not a.question.endswith("]")
    assert (
        a.answer.endswith("mental health services.")
        and "Tweet" not in a.answer
        and "Source Page" not in a.answer
    )


def test_republished_member_page_with_holding_corrected_grouped_and_unanswered() -> None:
    drugs, courts, buses = read("republished_member_page.txt")
    assert drugs.uin == "190231" and not drugs.holding and "holding" not in drugs.answer.lower()
    assert courts.corrected and courts.grouped_uins == ["190233"]
    assert courts.answer == "The number of hearings adjourned for this reason is not held centrally."
    assert buses.house == "Lords" and buses.uin == "HL13722" and buses.answer == "" and buses.answerer is None
    assert names(buses.asker) == ("Lord Berkeley", "Labour", None)


# Hansard ----------------------------------------------------------------------------------------------------


def test_hansard_daily_page_several_questions_columns_and_holding_marker() -> None:
    answers = read("hansard_daily_2005.txt")
    assert [a.uin for a in answers] == ["10234", "10301", "10302", "10455"]
    cards, police1, police2, iraq = answers
    assert cards.title == "Identity Cards" and cards.department == "Home Office"
    assert cards.date_answered == date(2005, 7, 13)
    assert names(cards.asker) == ("Mr. Hoban", None, None)
    assert names(cards.answerer) == ("Andy Burnham", None, None)
    assert (
        cards.answer.startswith("The estimated average annual cost") and "[holding answer" not in cards.answer
    )
    assert not cards.holding
    assert police1.grouped_uins == ["10302"] and police2.grouped_uins == ["10301"]
    assert police1.answer == police2.answer and "Column" not in police1.answer
    assert iraq.department == "Ministry of Defence" and iraq.title == "Iraq"
    assert names(iraq.answerer) == ("Mr. Ingram", None, None)


def test_hansard_historic_section_marks() -> None:
    low, navy = read("hansard_historic_1988.txt")
    assert low.question.startswith("To ask the Secretary of State for Defence what was the total number")
    assert names(low.asker) == ("Mr. Dalyell", None, None)
    assert names(low.answerer) == ("Mr. Archie Hamilton", None, "The Minister of State for the Armed Forces")
    assert low.answer.startswith("The information is not held")
    assert low.date_answered == date(1988, 7, 13) and low.house == "Commons"
    assert navy.title == "Royal Navy (Manpower)"
    assert names(navy.answerer) == ("Mr. Archie Hamilton", None, None)
    assert navy.answer.split("\n\n")[0] == "The figures are as follows:"


def test_hansard_lords_page() -> None:
    moonie, berkeley = read("hansard_lords_2019.txt")
    assert moonie.uin == "HL16123" and moonie.house == "Lords" and moonie.title == "Paedophilia: Social Media"
    assert names(moonie.answerer) == ("Baroness Williams of Trafford", None, None)
    assert berkeley.question == (
        "To ask Her Majesty's Government what assessment they have made of the number "
        "of rural bus routes withdrawn since 2015."
    )
    assert berkeley.answer == "The Department does not hold this information."


def test_hansard_modern_site_text() -> None:
    (a,) = read("hansard_modern.txt")
    assert a.source_format == "hansard"
    assert a.title == "Identity Cards" and a.uin == "10234" and a.date_answered == date(2005, 7, 13)
    assert names(a.asker) == ("Mr Mark Hoban", None, None)
    assert names(a.answerer) == ("Andy Burnham", None, None)
    assert len(a.answer.split("\n\n")) == 2


# plain text -------------------------------------------------------------------------------------------------


def test_plain_question_and_answer() -> None:
    (a,) = read("plain_single.txt")
    assert a.source_format == "plain"
    assert a.department == "Home Office" and a.house == "Commons"
    assert a.title is None and a.date_answered is None and a.asker is None
    assert len(a.answer.split("\n\n")) == 2


def test_plain_grouped_questions_then_another() -> None:
    first, second, third = read("plain_grouped.txt")
    assert (first.uin, second.uin) == ("2045", "2046")
    assert first.grouped_uins == ["2046"] and first.answer == second.answer
    assert first.answer.startswith("Statistics on the Great British")  # the "Answer:" label is dropped
    assert third.house == "Lords" and third.department is None
    assert third.answer == "Rail fares for 2025 will be set out in due course."


def test_each_sample_is_detected_as_its_site() -> None:
    expected = {
        "twfy": "theyworkforyou",
        "parliament": "parliament_page",
        "republished": "republished",
        "hansard": "hansard",
        "plain": "plain",
    }
    for path in SAMPLES.glob("*.txt"):
        prefix = path.name.split("_")[0]
        assert detect(path.read_text(encoding="utf-8")) == expected[prefix], path.name


def test_html_source_of_a_page_is_read() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Written question</title><style>p{color:red}</style>"
        "<script>var x = '<p>To ask nobody</p>';</script></head><body><nav>Menu</nav>"
        "<h1>Bus Services: Rural Areas</h1>"
        "<p>Department for Transport written question &ndash; answered on 8th March 2021.</p>"
        "<p>Photo of Lord Berkeley Lord Berkeley Labour</p>"
        "<p>To ask Her Majesty&#39;s Government what assessment they have made of rural bus routes.</p>"
        "<p>Photo of Baroness Vere of Norbiton Baroness Vere of Norbiton The Parliamentary Under-Secretary</p>"
        "<p>The Department does not hold &amp; has never held this data.</p></body></html>"
    )
    (a,) = read_answers(html)
    assert a.source_format == "theyworkforyou"
    assert a.question == "To ask Her Majesty's Government what assessment they have made of rural bus routes."
    assert a.answer == "The Department does not hold & has never held this data."
    assert a.date_answered == date(2021, 3, 8)


def test_parliament_search_results_with_unlabelled_members_and_an_unanswered_question() -> None:
    drugs, courts, buses = read("parliament_search_results.txt")
    assert [drugs.title, courts.title, buses.title] == [
        "Prisons: Drugs",
        "Courts: Interpreters",
        "Bus Services: Rural Areas",
    ]
    assert names(drugs.asker) == ("Ellie Reeves", "Labour", None)
    assert names(drugs.answerer) == ("Damian Hinds", "Conservative", None)
    assert drugs.answer.split("\n\n") == [
        "Drug finds in prisons are published annually in the HMPPS Annual Digest.",
        "The most recent edition covers the year to March 2023.",
    ]
    assert courts.grouped_uins == ["190233"] and courts.answer == "This information is not held centrally."
    assert buses.house == "Lords" and buses.uin == "HL8123" and buses.answer == "" and buses.answerer is None
    assert buses.question.endswith("since 2015.")


def test_plain_text_opening_with_a_uin_marker_is_not_taken_for_json() -> None:
    (a,) = read_answers(
        "[HL1234] To ask His Majesty's Government what plans they have for rail fares.\n\n"
        "Fares will be set in due course.\n"
    )
    assert a.source_format == "plain" and a.uin == "HL1234" and a.house == "Lords"
    assert a.question == "To ask His Majesty's Government what plans they have for rail fares."


def test_html_source_of_a_parliament_page_is_read() -> None:
    html = """<!DOCTYPE html><html lang="en"><head><title>Written questions and answers</title>
<script>window.dataLayer = [];</script></head><body>
<header><a href="/">Skip to main content</a></header>
<main><h1 class="heading">Armed Forces: Housing</h1>
<div class="question-meta"><span>Question for</span> <span>Ministry of Defence</span></div>
<div><span>UIN 1830</span>, tabled on <span>25 July 2024</span></div>
<div class="member"><div class="name">Jane Smith</div><div class="party">Liberal Democrat, Exampleton</div></div>
<h2>Question</h2><p>To ask the Secretary of State for Defence, what steps his Department is taking to
improve the quality of accommodation for (a) service people and (b) their families.</p>
<div class="answered"><span>Answered on</span> <span>14 October 2024</span></div>
<div class="member"><div class="name">Al Carns</div><div class="party">Labour, Birmingham Selly Oak</div></div>
<h2>Answer</h2><div class="answer"><p>This Government is committed to setting new minimum standards.</p>
<table><tr><th>Year</th><th>Homes</th></tr><tr><td>2023-24</td><td>5,350</td></tr></table></div>
<p>Grouped Questions: 1829 | 8260</p></main></body></html>"""
    (a,) = read_answers(html)
    assert a.source_format == "parliament_page"
    assert (a.title, a.department, a.uin) == ("Armed Forces: Housing", "Ministry of Defence", "1830")
    assert a.date_tabled == date(2024, 7, 25) and a.date_answered == date(2024, 10, 14)
    assert names(a.asker) == ("Jane Smith", "Liberal Democrat", None)
    assert names(a.answerer) == ("Al Carns", "Labour", None)
    assert a.question.startswith("To ask the Secretary of State for Defence, what steps")
    assert (
        a.answer
        == "This Government is committed to setting new minimum standards.\n\nYear     Homes\n2023-24  5,350"
    )
    assert a.grouped_uins == ["1829", "8260"]


def test_plain_labels_are_not_taken_for_speakers() -> None:
    (a,) = read_answers("Question: To ask the Secretary of State for Defence, how many ships there are.\n\n"
                        "Answer: There are 70 ships.\n")
    assert a.source_format == "plain" and a.asker is None and a.answerer is None
    assert a.question == "To ask the Secretary of State for Defence, how many ships there are."
    assert a.answer == "There are 70 ships."
