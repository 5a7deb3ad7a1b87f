"""The stored real pages (../shared/data/pages/) read as INDEX.tsv says a careful reader reads them: every
complete question with its own answer, and every field INDEX gives for the page's first complete question.
benchmarks/reading_pages.py prints the same figures per site family."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from reading_pages import PageScore, index_rows, page_text, score_page

PAGES = SHARED_DATA / "pages"
pytestmark = needs_shared(PAGES / "INDEX.tsv")

# Fields still read wrong, with why: a regression elsewhere fails, and so does one of these coming right
# without the list being updated.
KNOWN_MISSES: set[tuple[str, str]] = set()


def _rows() -> list[dict[str, str]]:
    return index_rows(PAGES) if (PAGES / "INDEX.tsv").exists() else []


def _score(row: dict[str, str]) -> PageScore:
    return score_page(row, page_text(PAGES, row["file"]))


@pytest.mark.parametrize("row", [r for r in _rows() if int(r["questions"] or 0)], ids=lambda r: r["file"])
def test_every_complete_question_is_read_with_its_own_answer(row: dict[str, str]) -> None:
    score = _score(row)
    assert score.refused is None
    assert score.read == score.complete, [m for m in score.misses if m.what in ("questions", "pairing")]


@pytest.mark.parametrize("row", [r for r in _rows() if int(r["questions"] or 0)], ids=lambda r: r["file"])
def test_every_field_index_gives_is_read_right(row: dict[str, str]) -> None:
    score = _score(row)
    wrong = {name for name, ok in score.right.items() if not ok}
    expected = {name for file, name in KNOWN_MISSES if file == row["file"]}
    assert wrong == expected, {name: (score.given[name], score.got.get(name)) for name in wrong ^ expected}


def test_the_page_set_is_the_one_indexed() -> None:
    rows = _rows()
    assert len(rows) == 59 and sum(int(r["questions"] or 0) for r in rows) == 88


@pytest.mark.parametrize(
    ("file", "day", "title"),
    [
        ("001.txt", "2003-11-19", "Illicit Arms Purchases"),
        ("002.txt", "1984-01-16", "National Insurance Numbers"),
        ("008.txt", "1998-07-13", None),  # three questions: the slug is one heading, not each one's
        ("012.txt", "1986-11-17", "Supplementary Benefit"),
    ],
)
def test_a_historic_page_address_gives_its_date_and_heading(file: str, day: str, title: str | None) -> None:
    from foi_helper.reading import read_answers

    row = next(r for r in _rows() if r["file"] == file)
    first = read_answers(page_text(PAGES, file), row["source_url"])[0]
    assert first.date_answered is not None and first.date_answered.isoformat() == day
    assert first.title == title and first.url == row["source_url"]


def test_an_address_line_pasted_with_the_page_counts_as_its_address() -> None:
    from foi_helper.reading import read_answers

    row = next(r for r in _rows() if r["file"] == "003.txt")
    (answer,) = read_answers(row["source_url"] + "\n\n" + page_text(PAGES, "003.txt"))
    assert answer.date_answered is not None and answer.date_answered.isoformat() == "1985-03-12"
    assert answer.title == "Benefits" and row["source_url"] not in answer.answer


def test_the_text_wins_over_the_address() -> None:
    from foi_helper.reading import read_answers

    row = next(r for r in _rows() if r["file"] == "013.txt")  # address 10 October, page heading 9 October
    first = read_answers(page_text(PAGES, "013.txt"), row["source_url"])[0]
    assert first.date_answered is not None and first.date_answered.isoformat() == "2006-10-09"
