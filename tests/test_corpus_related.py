"""Related questions: the answer's subject in the query, citable records first, and why each one matches."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, QUESTIONS, needs_shared

from foi_helper.corpus import Corpus
from foi_helper.corpus.explain import explain, kinds_asked
from foi_helper.corpus.ranking import subject_terms
from foi_helper.model import Match, WrittenAnswer
from foi_helper.reading import read_answers

HOME = "To ask the Secretary of State for the Home Department, "


def value(id: int, question: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "questionText": question, "house": "Commons", **fields}


def cited(id: int, question: str, heading: str, **fields: Any) -> dict[str, Any]:
    return value(
        id,
        question,
        uin=str(9000 + id),
        dateTabled="2025-01-06T00:00:00",
        answeringBodyName="Home Office",
        heading=heading,
        **fields,
    )


RECORDS = [
    # Shares only the question's wording ("social media platforms").
    cited(1, HOME + "how many social media platforms her Department uses.", "Home Office: Social Media"),
    # Shares the answer's subject, worded otherwise.
    cited(
        2,
        HOME + "what progress she has made on tackling livestreamed child sexual exploitation.",
        "Offences against Children: Internet",
        answerText="<p>In 2023 there were 1,234 referrals of child sexual exploitation; in 2024, 1,456.</p>",
    ),
    # The same question as 2, but without UIN or date: the letter cannot name it.
    value(3, HOME + "what progress she has made on tackling livestreamed child sexual exploitation online."),
    cited(4, HOME + "how many police officers were recruited in 2024.", "Police: Recruitment"),
    # Social media is a common subject of questions: its words say little on their own.
    *[
        cited(
            10 + n,
            f"To ask the Secretary of State for {who}, what steps she is taking on {what} on social media.",
            f"Social Media: {what.title()}",
        )
        for n, (who, what) in enumerate(
            [
                ("Science, Innovation and Technology", "disinformation"),
                ("Culture, Media and Sport", "advertising"),
                ("Health and Social Care", "eating disorders"),
                ("Education", "school pupils"),
                ("Science, Innovation and Technology", "extremism"),
                ("Business and Trade", "fake reviews"),
                ("Defence", "recruitment"),
                ("Transport", "road safety campaigns"),
            ]
        )
    ],
]

ANSWER = WrittenAnswer(
    source_format="plain",
    question="To ask His Majesty's Government what steps they are taking to address paedophiles on social media "
    "platforms.",
    answer="The information requested is not held centrally and could only be obtained at disproportionate cost. "
    "The Government is committed to tackling child sexual exploitation online, including the livestreaming of "
    "child sexual exploitation, and the Online Safety Act gives the regulator new powers on child sexual "
    "exploitation. I refer my noble Friend to the answer I gave on 3 June.",
    department="Home Office",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    path = tmp_path / "q.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in RECORDS))
    c = Corpus.open(tmp_path / "c.sqlite3")
    c.import_file(path)
    return c


def test_the_answer_subject_skips_evasions_and_westminster_prose() -> None:
    found = subject_terms(ANSWER.answer)
    assert {"child", "sexual", "exploitation", "livestreaming", "regulator"} <= set(found)
    # "not held centrally", "disproportionate cost", "I refer my noble Friend": never the subject.
    assert not {"held", "centrally", "disproportionate", "cost", "noble", "friend", "refer"} & set(found)
    assert "committed" not in found  # a word of Westminster prose, learnt from the shared record
    found = subject_terms("<p>In <b>2023</b> we spent £300,000 on flood defences.</p>")
    assert {"flood", "defence"} <= set(found) and not [t for t in found if t[0].isdigit()]


def test_related_finds_the_answer_subject_before_the_question_wording(corpus: Corpus) -> None:
    found = corpus.related(ANSWER, limit=5)
    ids = [m.id for m in found]
    assert ids[0] == 2, "the earlier answer on the same subject, not the one sharing 'social media platforms'"
    without_answer = corpus.related(WrittenAnswer(source_format="plain", question=ANSWER.question), limit=5)
    assert [m.id for m in without_answer][:1] != [2], "the question's words alone point elsewhere"


def test_a_record_a_letter_cannot_name_stands_below_a_citable_one_and_says_why(corpus: Corpus) -> None:
    found = corpus.related(ANSWER, limit=5)
    ids = [m.id for m in found]
    assert 3 in ids and ids.index(2) < ids.index(3)
    uncitable = found[ids.index(3)]
    assert uncitable.score >= found[ids.index(2)].score - 10, (
        "3 scores as well as 2: only citability parts them"
    )
    assert "no UIN in the index, so a letter cannot name it" in uncitable.why
    assert "cannot name" not in found[0].why


def test_why_says_what_the_earlier_answer_gave(corpus: Corpus) -> None:
    (m,) = [m for m in corpus.related(ANSWER, limit=5) if m.id == 2]
    assert m.why.startswith("also asks what progress has been made on tackling livestreamed child")
    assert "its answer gave figures for 2023 and 2024" in m.why


def _match(
    question: str, answer: str | None, uin: str | None = "1", day: date | None = date(2024, 1, 1)
) -> Match:
    return Match(
        id=1,
        uin=uin,
        house="Commons",
        date_tabled=day,
        date_answered=None,
        department=None,
        heading=None,
        question=question,
        score=60.0,
        url=None,
        answer=answer,
    )


def test_why_in_words_a_requester_reads() -> None:
    asked = kinds_asked(HOME + "how many arrests were made for online grooming in 2023.")
    assert asked == {"statistics"}
    m = _match(
        HOME + "how many children were referred to the NRM in each year since 2015.", "Figures follow."
    )
    assert explain(m, asked).startswith("also asks for the number of children were referred")
    refused = _match(HOME + "what the cost was of the scheme.", "This information is not held centrally.")
    assert "its answer said the information is not held" in explain(refused)
    figures = _match(
        HOME + "what steps she is taking.", "In 2019 there were 40; in 2020, 45; 2021, 50; 2022, 52."
    )
    assert "its answer gave figures for 2019 to 2022" in explain(figures)
    assert explain(_match(HOME + "what steps she is taking on X.", None)).endswith("not answered yet")
    assert "no date in the index" in explain(_match(HOME + "what steps she is taking on X.", None, day=None))


@needs_shared(QUESTIONS)
def test_the_seed_finds_the_home_office_answers_on_online_child_sexual_exploitation(tmp_path: Path) -> None:
    # The whole shared record, as a user who imported it holds it: the Home Office's answers on livestreamed
    # child abuse and online sexual exploitation among thousands of questions on social media and Twitter
    # (smaller slices change which words are rare, so only the whole record says what a user sees).
    seed = read_answers(EXAMPLE.read_text(encoding="utf-8"))[0]
    with Corpus.open(tmp_path / "c.sqlite3") as corpus:
        corpus.import_file(QUESTIONS)
        found = corpus.related(seed, limit=5)
    assert found, "the seed has related questions"
    first = found[0]
    assert first.department == "Home Office" and first.uin, (first.heading, first.question)
    assert "child" in first.question.lower() and "online" in first.question.lower()
    assert all(m.why for m in found)
