"""The labelled letter cases (tests/labels/letter_cases.json): real pages and Parliament API records, each with
the window its letter must state, the words its first item must carry and its title's words; and for every
letter: no page junk, one window per item, no year the answer could not mean, a title WhatDoTheyKnow accepts."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from conftest import QUESTIONS, SEED, SHARED_DATA

from foi_helper.analysis import analyse
from foi_helper.errors import LetterError
from foi_helper.letters import compose_letter
from foi_helper.letters.items import item_problems
from foi_helper.letters.titles import title_problems
from foi_helper.letters.windows import AnswerDateUnknown
from foi_helper.model import Letter, Requester, WrittenAnswer
from foi_helper.reading import read_answers
from foi_helper.reading.api import written_answer_from_api

LABELS = json.loads((Path(__file__).parent / "labels" / "letter_cases.json").read_text(encoding="utf-8"))
TODAY = date.fromisoformat(LABELS["today"])
ALEX = Requester(name="Alex Example", email="alex@example.org")
PAGES = SHARED_DATA / "pages"
CASES = LABELS["cases"]
# A window in an item: a date range, a named financial-year range, a calendar-year range or a count as at a date.
WINDOW = re.compile(
    r"\b\d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}\b|\bthe financial years? \d{4}-\d\d\b|"
    r"\beach calendar year from \d{4}\b|\bas at \d{1,2} [A-Z][a-z]+ \d{4}\b"
)


@lru_cache(maxsize=1)
def api_records() -> dict[int, dict[str, Any]]:
    wanted = {c["record"] for c in CASES if c["source"] == "api"}
    found: dict[int, dict[str, Any]] = {}
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if len(found) == len(wanted):
                break
            record = json.loads(line)
            if record.get("id") in wanted:
                found[record["id"]] = record
    return found


def answer_of(case: dict[str, Any]) -> WrittenAnswer:
    if case["source"] == "seed":
        answer = read_answers(SEED.read_text(encoding="utf-8"))[0]
    elif case["source"] == "page":
        answer = read_answers((PAGES / case["file"]).read_text(encoding="utf-8"))[case["question"] - 1]
    else:
        answer = written_answer_from_api(api_records()[case["record"]])
    if case.get("answered"):
        answer = replace(answer, date_answered=date.fromisoformat(case["answered"]))
    if case.get("no_date"):
        answer = replace(answer, date_answered=None, date_tabled=None)
    return answer


def letter_of(case: dict[str, Any]) -> tuple[WrittenAnswer, Letter]:
    # The labels give each answer's own period: the letter the user gets by choosing it (--answer-period); by
    # default an answer over ten years old asks for the latest complete year instead (tested below).
    answer = answer_of(case)
    return answer, compose_letter(answer, analyse(answer), requester=ALEX, today=TODAY, latest_year=False)


def items_of(body: str) -> list[str]:
    return re.findall(r"^\d+\. (.+)$", body, flags=re.MULTILINE)


def _needs(case: dict[str, Any]) -> None:
    path = {"seed": SEED, "page": PAGES, "api": QUESTIONS}[case["source"]]
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data sits beside the project)")


def test_the_set_is_large_and_mixed() -> None:
    assert len(CASES) >= 40
    assert {c["source"] for c in CASES} == {"seed", "page", "api"}
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_labelled_letter(case: dict[str, Any]) -> None:
    _needs(case)
    if case.get("expect_error") == "AnswerDateUnknown":
        with pytest.raises(AnswerDateUnknown):
            letter_of(case)
        return
    if case.get("expect_error"):  # a letter that would only be answered "not held" is not written
        with pytest.raises(LetterError, match=case["expect_error"]):
            letter_of(case)
        return
    answer, letter = letter_of(case)
    body = letter.body
    flat = " ".join(body.split())
    items = items_of(body)
    assert items
    assert case["window"] in flat, (case["window"], flat[:700])
    for words in case["first"]:
        assert words.lower() in items[0].lower(), (words, items[0])
    for words in case.get("title", []):
        assert words in letter.title
    if case.get("authority"):  # the body that holds it
        assert letter.authority == case["authority"], letter.authority
    asker = answer.asker.name if answer.asker else None
    assert title_problems(letter.title, asker) == [], letter.title
    assert "date of this request" not in body
    reference = answer.date_answered or answer.date_tabled
    assert reference is not None
    for item in items:
        assert item_problems(item) == [], item
        assert len(WINDOW.findall(item)) <= 1, item  # one window per item
        latest = 2100 if "as planned" in item else min(reference.year + 2, TODAY.year)  # "the next five years"
        for year in re.findall(r"\b(?:19|20)\d\d\b", item):
            assert reference.year - 30 <= int(year) <= latest, item
