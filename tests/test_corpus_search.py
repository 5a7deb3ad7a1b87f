"""Search, related questions and references, over records written here and a slice of the shared data."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foi_helper.corpus import Corpus
from foi_helper.corpus.text import _WORD, addressee, fold, strip_preamble, terms, words
from foi_helper.model import WrittenAnswer
from tests.conftest import QUESTIONS, needs_shared

DEFENCE = "To ask the Secretary of State for Defence, "
HEALTH = "To ask the Secretary of State for Health and Social Care, "


def value(id: int, question: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "questionText": question, "house": "Commons", **fields}


RECORDS = [
    value(
        1,
        DEFENCE + "what steps he is taking to improve the quality of service family accommodation.",
        uin="1830",
        dateTabled="2024-07-25T00:00:00",
        dateAnswered="2024-10-14T00:00:00",
        answeringBodyName="Ministry of Defence",
        heading="Armed Forces: Housing",
        answerText="<p>Yes.</p>",
    ),
    value(
        2,
        DEFENCE + "how many service family homes were rated as poor quality in 2023.",
        uin="1829",
        dateTabled="2024-07-25T00:00:00",
        answeringBodyName="Ministry of Defence",
        heading="Armed Forces: Housing",
    ),
    value(
        3,
        HEALTH + "what the average waiting time is for an adult autism diagnosis.",
        uin="5286",
        dateTabled="2023-12-05T00:00:00",
        answeringBodyName="Department of Health and Social Care",
        heading="Autism: Diagnosis",
    ),
    value(
        4,
        HEALTH + "how many children are waiting for an autism assessment.",
        uin="1830",
        dateTabled="2022-03-01T00:00:00",
        dateAnswered="2022-03-08T00:00:00",
        answeringBodyName="Department of Health and Social Care",
        heading="Autism: Children",
    ),
    value(
        5,
        "To ask His Majesty's Government what plans they have to reduce waiting times for autism "
        "assessments for children.",
        uin="HL1234",
        house="Lords",
        dateTabled="2024-02-01T00:00:00",
        answeringBodyName="Department of Health and Social Care",
        heading="Autism",
    ),
    value(
        6,
        DEFENCE + "how many armoured vehicles are in service.",
        uin="40",
        dateTabled="2025-01-06T00:00:00",
        answeringBodyName="Ministry of Defence",
        heading="Armoured Fighting Vehicles",
    ),
]


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    path = tmp_path / "q.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in RECORDS))
    c = Corpus.open(tmp_path / "c.sqlite3")
    c.import_file(path)
    return c


def test_the_opening_formula_and_stop_words_carry_no_weight() -> None:
    q = "To ask the Secretary of State for Science, Innovation and Technology, what steps his Department is taking"
    assert strip_preamble(q) == "what steps his Department is taking"
    assert addressee(q) == "Secretary of State for Science, Innovation and Technology"
    assert terms("What steps is the Department taking on Schools' policies?") == ["school"]


# Words as the index always found them: the faster split must find exactly what the pattern found.
@given(st.text(alphabet=st.sampled_from("ab1'’ -.,é\u00c9Z\n\t"), max_size=40) | st.text(max_size=40))
def test_words_are_the_words_the_pattern_finds(text: str) -> None:
    assert words(fold(text)) == _WORD.findall(fold(text))


def test_best_match_first_with_the_words_it_shares(corpus: Corpus) -> None:
    found = corpus.search("waiting lists for autism assessments of children")
    assert [m.id for m in found[:2]] in ([4, 5], [5, 4])
    assert set(found[0].shared_terms) >= {"autism", "children"}
    assert found[0].score >= found[-1].score and all(0 <= m.score <= 100 for m in found)


def test_filters_by_department_house_and_dates(corpus: Corpus) -> None:
    q = "autism waiting times children"
    assert {m.id for m in corpus.search(q, house="Lords")} == {5}
    assert {m.id for m in corpus.search(q, before=date(2023, 1, 1))} == {4}
    assert 4 not in {m.id for m in corpus.search(q, after=date(2023, 1, 1))}
    assert corpus.search("service family homes", department="health") == []
    assert {m.id for m in corpus.search("service family homes", department="defence")} >= {1, 2}


def test_nothing_to_match_is_an_empty_list(corpus: Corpus) -> None:
    assert corpus.search("") == [] and corpus.search("the and of what") == []
    assert corpus.search("zeppelins") == []


def test_match_carries_the_fields_of_related(corpus: Corpus) -> None:
    (m,) = [m for m in corpus.search("quality of service family accommodation") if m.id == 1]
    assert (m.uin, m.house, m.date_tabled, m.date_answered) == (
        "1830",
        "Commons",
        date(2024, 7, 25),
        date(2024, 10, 14),
    )
    assert m.department == "Ministry of Defence" and m.heading == "Armed Forces: Housing"
    assert m.url == "https://questions-statements.parliament.uk/written-questions/detail/2024-07-25/1830"
    assert m.answer == "Yes."  # the stored HTML, as text


def test_related_offers_no_weak_match_that_search_would_still_show(corpus: Corpus) -> None:
    answer = WrittenAnswer(
        source_format="plain",
        question=HEALTH + "what assessment she has made of the quality of hospital food in service hospitals.",
    )
    weak = [m for m in corpus.search(answer.question) if m.score < 55]
    assert weak, "the records here share a word or two with the question, so search finds weak matches"
    assert {m.id for m in weak}.isdisjoint(m.id for m in corpus.related(answer))
    assert all(m.score >= 55 for m in corpus.related(answer))


def test_related_leaves_out_the_answer_itself(corpus: Corpus) -> None:
    answer = WrittenAnswer(
        source_format="parliament_api",
        question=RECORDS[0]["questionText"],
        uin="1830",
        date_tabled=date(2024, 7, 25),
        title="Armed Forces: Housing",
    )
    related = corpus.related(answer)
    assert 1 not in {m.id for m in related} and related[0].id == 2
    # The same UIN in another Parliament is a different question and may be related.
    other = WrittenAnswer(
        source_format="x",
        question=HEALTH + "how many children wait for an autism assessment.",
        uin="1830",
        date_tabled=date(2024, 7, 25),
    )
    assert 4 in {m.id for m in corpus.related(other)}


def test_resolve_follows_references_across_parliaments(corpus: Corpus) -> None:
    assert corpus.resolve("1830", date(2024, 10, 14)).id == 1  # type: ignore[union-attr]
    assert corpus.resolve("1830", date(2023, 1, 1)).id == 4  # type: ignore[union-attr]  # the one before
    assert corpus.resolve("PQ 1830", None).id == 1  # type: ignore[union-attr]  # the latest
    assert corpus.resolve("[hl1234]", None).house == "Lords"  # type: ignore[union-attr]
    assert corpus.resolve("1830", date(2020, 1, 1)) is None
    assert corpus.resolve("99999", None) is None


@needs_shared(QUESTIONS)
def test_grouped_questions_find_each_other_in_a_slice_of_the_shared_data(tmp_path: Path) -> None:
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as f:
        values = [json.loads(line) for _, line in zip(range(30000), f)][-6000:]
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in values))
    by_uin = {v["uin"]: v["id"] for v in values if v["uin"]}
    queries = [(v, {by_uin[u] for u in v["groupedQuestions"] if u in by_uin} - {v["id"]}) for v in values]
    queries = [(v, sibs) for v, sibs in queries if sibs][:60]
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(path)
        hits = sum(bool(sibs & {m.id for m in c.search(v["questionText"], limit=11)}) for v, sibs in queries)
    assert len(queries) == 60 and hits >= 0.8 * len(queries)


def test_names_with_apostrophes_are_found(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(
        json.dumps(value(1, DEFENCE + "what discussions he has had with Lord O'Brien on Ajax.")) + "\n"
    )
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(path)
        assert [m.id for m in c.search("O'Brien")] == [1]


def test_related_leaves_out_the_same_question_read_from_another_source(corpus: Corpus) -> None:
    page = WrittenAnswer(source_format="theyworkforyou", question=RECORDS[2]["questionText"])  # no id, no UIN
    assert 3 not in {m.id for m in corpus.related(page)}


def test_an_answer_on_the_subject_ranks_its_question_higher(tmp_path: Path) -> None:
    damp = value(
        1,
        DEFENCE + "how many service family homes failed their last inspection.",
        answerText="<p>The Defence Infrastructure Organisation found <strong>mould</strong> and condensation "
        "in 1,200 homes; remediation of the mould is under way.</p>",
    )
    empty = value(2, DEFENCE + "how many service family homes are empty.", answerText="<p><b>Four</b>.</p>")
    path = tmp_path / "q.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in (empty, damp)))
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(path)
        found = c.search("mould and condensation in service family homes")
        assert [m.id for m in found] == [1, 2]
        assert found[0].shared_terms[:2] == ["mould", "condensation"]
        # The answer's HTML tags are not words of it.
        assert all("strong" not in m.shared_terms for m in c.search("strong service family homes"))


def test_wording_shared_in_the_question_outranks_the_same_words_in_an_answer(tmp_path: Path) -> None:
    asked = value(1, HEALTH + "what the waiting time is for hip replacements in Cornwall.")
    answered = value(
        2,
        HEALTH + "what progress has been made on elective recovery in Cornwall.",
        answerText="Waiting times for hip replacements in Cornwall have fallen.",
    )
    path = tmp_path / "q.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in (answered, asked)))
    with Corpus.open(tmp_path / "c.sqlite3") as c:
        c.import_file(path)
        assert [m.id for m in c.search("waiting times for hip replacements in Cornwall")] == [1, 2]
