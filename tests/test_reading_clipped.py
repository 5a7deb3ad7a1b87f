"""Text the API's list endpoint cut short (question at 255 characters, answer at 255 plus "...") is marked
`clipped`, and `analyse` and `draft` say so on stderr, in one line, with where to get the full text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.reading import read_answers
from foi_helper.reading.api import written_answer_from_api

SAMPLES = Path(__file__).parent / "reading_samples"
CLIPPED = SAMPLES / "api_detail_clipped_by_list.json"  # questionText cut at "(b) com", no mark
WHOLE = SAMPLES / "api_detail.json"
QUESTION = "To ask the Secretary of State for Justice, how many prisoners were transferred"


def test_question_cut_at_255_characters_is_clipped() -> None:
    (a,) = read_answers(CLIPPED.read_text(encoding="utf-8"))
    assert a.question.endswith("(a) consultancy and (b) com") and a.clipped


def test_answer_cut_with_dots_is_clipped_and_full_records_are_not() -> None:
    cut = "x" * 255 + "..."
    assert written_answer_from_api({"questionText": QUESTION + "?", "answerText": cut}).clipped
    assert not written_answer_from_api({"questionText": QUESTION + "?", "answerText": "x" * 300}).clipped
    (whole,) = read_answers(WHOLE.read_text(encoding="utf-8"))
    assert not whole.clipped


def test_question_exactly_255_long_with_the_detail_endpoints_html_answer_is_whole() -> None:
    question = (QUESTION + " in each year" * 30)[:254] + "."
    assert not written_answer_from_api({"questionText": question, "answerText": "<p>None.</p>"}).clipped
    assert written_answer_from_api({"questionText": question, "answerText": None}).clipped


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if "cut short" in line]


def test_analyse_warns_once_that_the_text_is_cut_short(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(CLIPPED)]) == 0
    (line,) = _warnings(capsys.readouterr().err)
    assert line.startswith("foi-helper: warning: ") and "255 characters" in line
    assert "written-questions/detail/2024-07-30/2628" in line and "corpus update --full" in line


def test_analyse_of_a_whole_record_does_not_warn(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(WHOLE)]) == 0
    assert _warnings(capsys.readouterr().err) == []


def test_draft_warns_that_the_text_is_cut_short(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(CLIPPED), "--name", "Alex Example", "--email", "alex@example.org"]) == 0
    out, err = capsys.readouterr()
    assert len(_warnings(err)) == 1 and "Dear" in out


def test_analyse_of_a_list_with_several_clipped_records_warns_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    value = json.loads(CLIPPED.read_text(encoding="utf-8"))["value"]
    records = [{"value": {**value, "id": value["id"] + i, "uin": str(2628 + i)}} for i in range(5)]
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"totalResults": 5, "results": records}), encoding="utf-8")
    assert main(["analyse", str(path)]) == 0
    (line,) = _warnings(capsys.readouterr().err)
    assert "5 of the 5 questions" in line and "2628" in line and "corpus update --full" in line
