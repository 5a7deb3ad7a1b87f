"""Pages of several questions built from real answers (the shared API data): each question must come back with
its own answer, word for word, whatever the answer's paragraphs and tables look like. The layouts are
TheyWorkForYou's copy without photos (one header, "Answered by …" under each question), parliament.uk's
"Asked by … on …, Department." bylines, and plain text with a heading above each question; a question given a
neighbour's answer fails here."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from foi_helper.reading import read_answers
from foi_helper.reading.clean import strip_controls
from foi_helper.reading.html_text import html_to_text
from tests.conftest import SHARED_DATA, needs_shared

LIST = SHARED_DATA / "parliament-written-questions" / "list-2024-09.json.gz"
PAGES = 30  # of three questions each: 90 real answers, under a second to read


def _records() -> list[dict[str, Any]]:
    with gzip.open(LIST, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    values = [r.get("value", r) for r in (data if isinstance(data, list) else data["results"])]
    usable = [
        v
        for v in values
        if v.get("answerText")
        and v.get("heading")
        and str(v.get("questionText", "")).startswith("To ask")
        and not v.get("answerIsHolding")
    ]
    return sorted(usable, key=lambda v: v["id"])[: PAGES * 3]


def _page(records: list[dict[str, Any]], layout: str) -> str:
    parts = []
    for n, v in enumerate(records):
        answer = html_to_text(v["answerText"]).strip()
        if layout == "twfy":
            header = f"{v['answeringBodyName']} written question – answered on 3rd March 2025.\n\n"
            header = header if n == 0 else ""
            name = (v.get("answeringMember") or {}).get("name") or "Jane Minister"
            parts.append(f"{v['heading']}\n\n{header}{v['questionText']}\n\nAnswered by {name}\n\n{answer}\n")
        elif layout == "parliament":
            byline = f"Asked by Sam Member on 2 March 2025, {v['answeringBodyName']}."
            answered = "Answered by Jane Minister on 9 March 2025"
            parts.append(f"{v['heading']}\n\n{byline}\n\n{v['questionText']}\n\n{answered}\n\n{answer}\n")
        else:
            parts.append(f"{v['heading']}\n\n{v['questionText']}\n\n{answer}\n")
    return "\n".join(parts)


@needs_shared(LIST)
@pytest.mark.parametrize("layout", ["twfy", "parliament", "plain"])
def test_real_answers_on_a_page_of_three_stay_with_their_questions(layout: str) -> None:
    records = _records()
    assert len(records) == PAGES * 3
    for start in range(0, len(records), 3):
        group = records[start : start + 3]
        found = read_answers(_page(group, layout))
        assert [a.title for a in found] == [v["heading"] for v in group]
        for a, v in zip(found, group, strict=True):
            expected = strip_controls(html_to_text(v["answerText"])).split()
            assert a.answer.split() == expected, (v["id"], a.answer[-200:])
            if layout == "parliament":
                assert a.department == v["answeringBodyName"] and a.asker is not None
                assert a.asker.name == "Sam Member" and a.answerer is not None
                assert a.answerer.name == "Jane Minister"
