"""Letters for real pages an FOI officer reviewed (the shared pages): the faults found there, tested by the
rule behind each, not by the case. Each test drafts from the page as the user would."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest
from conftest import SHARED_DATA, needs_shared

from foi_helper.analysis import analyse
from foi_helper.letters import compose_letter
from foi_helper.model import Letter, Requester
from foi_helper.reading import read_answers

PAGES = SHARED_DATA / "pages"
ALEX = Requester(name="Alex Example", email="alex@example.org")
TODAY = date(2026, 11, 28)


def _index() -> dict[str, dict[str, str]]:
    with open(PAGES / "INDEX.tsv", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def letter_for(page: str, answered: str | None = None) -> Letter:
    row = _index()[page]
    answer = read_answers((PAGES / page).read_text(encoding="utf-8"), row["source_url"])[0]
    if answer.date_answered is None and answered:
        answer = replace(answer, date_answered=date.fromisoformat(answered))
    return compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY)


def flat(letter: Letter) -> str:
    return " ".join(letter.body.split())


pytestmark = needs_shared(PAGES / "INDEX.tsv")


def test_the_figures_asked_for_only_when_the_question_asked_for_figures() -> None:
    steps = letter_for("014.txt")  # "what steps have been taken to increase the number of hospital beds"
    assert "figures asked for" not in flat(steps)
    figures = letter_for("001.txt", "2003-11-19")  # "what assessment he has made of the proportion of …"
    assert "figures asked for" in flat(figures)


def test_the_promised_letter_is_asked_for_after_the_answer_and_the_briefing_before_it() -> None:
    text = flat(letter_for("001.txt", "2003-11-19"))  # "I will write to my hon. Friend", 19 November 2003
    assert "for the financial years 1998-99 to 2002-03." not in text  # a window that ends before the letter
    assert "for 19 November 2003 to 20 May 2004" in text or "(a letter dated 19 November 2003 to" in text
    assert "dated 19 September 2003 to 19 November 2003, prepared for the answer" in text
    assert "Illicit Arms Purchases" not in text.split("Library of the House")[-1]  # the heading is not a subject


def test_the_substantive_answer_after_a_holding_reply_falls_in_its_window() -> None:
    text = flat(letter_for("038.txt"))  # a holding answer of 1 May 2024
    assert "to 1 May 2024." not in text and "to 1 May 2024 unless" not in text
    assert "after the holding reply of 1 May 2024" in text
    assert "completed 1 May 2023 to 1 May 2024" not in text
