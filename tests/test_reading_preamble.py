"""The question's opening is parsed in one place (reading/preamble.py) for reading, analysis and corpus."""

from __future__ import annotations

import foi_helper.analysis
import foi_helper.corpus.text
import foi_helper.reading.clean
from foi_helper.reading import preamble
from foi_helper.reading.preamble import (
    addressed,
    addressee,
    after_addressee,
    house_from_question,
    strip_preamble,
)


def test_every_stage_uses_the_one_parser() -> None:
    assert foi_helper.analysis.strip_preamble is preamble.strip_preamble
    assert foi_helper.corpus.text.strip_preamble is preamble.after_addressee
    assert foi_helper.corpus.text.addressee is preamble.addressee
    assert foi_helper.reading.clean.department_from_question is preamble.department_from_question
    assert foi_helper.reading.clean.house_from_question is preamble.house_from_question


def test_the_two_cuts_differ_only_in_context_clauses() -> None:
    q = (
        "To ask the Secretary of State for Science, Innovation and Technology, pursuant to the Answer of "
        "4 May 2023 to Question 1234, what steps she is taking."
    )
    assert addressee(q) == "Secretary of State for Science, Innovation and Technology"
    assert after_addressee(q).startswith("pursuant to the Answer of 4 May 2023")
    preamble_text, body = strip_preamble(q)
    assert preamble_text.endswith("to Question 1234,") and body == "what steps she is taking."


def test_lords_opening_with_any_apostrophe() -> None:
    for q in ("To ask His Majesty's Government what", "To ask Her Majesty’s Government, whether"):
        assert house_from_question(q) == "Lords"
        assert addressee(q) is None
        assert strip_preamble(q)[0] == q.rsplit(" ", 1)[0]
        assert after_addressee(q).split()[0] in ("what", "whether")


def test_misspelt_opening_is_cut_for_search_only() -> None:
    q = "TTo ask the Secretary of State for Defence, what plans he has."
    assert after_addressee(q) == "what plans he has."
    assert addressee(q) == "Secretary of State for Defence"


def test_addressed_keeps_a_leading_preposition_with_the_question() -> None:
    q = "To ask the Secretary of State for Education, on what basis the Review Body estimated costs."
    assert addressed(q) == ("the Secretary of State for Education", "on what basis the Review Body estimated costs.")
    assert addressed("To ask the Prime Minister what plans he has") == ("the Prime Minister", "what plans he has")
    assert addressed("To ask His Majesty's Government, whether X") == ("His Majesty's Government", "whether X")
    assert addressed("What is the cost?") is None


def test_a_numbered_first_part_or_where_starts_the_question() -> None:
    from foi_helper.reading.preamble import addressed

    # page 021: the addressee ran to "… 1 January 1996; and", the question started at "if she will make a statement"
    assert addressed("To ask the Secretary of State for Health (1) where in the North Worcestershire NHS trust area "
                     "maternity facilities are available; and if she will make a statement") == (
        "the Secretary of State for Health",
        ("(1) where in the North Worcestershire NHS trust area maternity facilities are available; and if she will "
        "make a statement"))
    assert addressed("To ask the Prime Minister where he will be on Friday") == ("the Prime Minister",
                                                                             "where he will be on Friday")
