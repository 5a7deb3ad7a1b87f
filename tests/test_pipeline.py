"""examine(): analysis, related questions, and references followed to earlier answers in the index."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.corpus import Corpus
from foi_helper.pipeline import examine, open_corpus
from foi_helper.reading.api import written_answer_from_api
from tests.conftest import QUESTIONS, needs_shared

# 1678648 answers only "I refer the hon. Member to the answer I gave … on 15 December 2023 to Question 5695";
# 1676058 is that earlier answer (UIN 5695), which does give the steps asked for.
REFERRING, REFERRED = 1678648, 1676058


def _records(ids: set[int]) -> list[dict]:
    with gzip.open(QUESTIONS, "rt", encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["id"] in ids]


@pytest.fixture
def small_index(tmp_path: Path) -> Path:
    records = _records({REFERRING, REFERRED})
    source = tmp_path / "two.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    path = tmp_path / "index.sqlite3"
    with Corpus.open(path) as corpus:
        assert corpus.import_file(source) == 2
    return path


@needs_shared(QUESTIONS)
def test_a_point_answered_only_by_the_referenced_answer_counts_as_answered(small_index: Path) -> None:
    (record,) = _records({REFERRING})
    answer = written_answer_from_api(record)
    alone = examine(answer, None)
    assert [p.status for p in alone.analysis.points if p.source == "question"] == ["unanswered"]

    corpus = open_corpus(small_index)
    assert corpus is not None
    with corpus:
        found = examine(answer, corpus)
    assert [m.id for m in found.referenced] == [REFERRED]
    (point,) = [p for p in found.analysis.points if p.source == "question"]
    assert point.status == "answered"
    assert "earlier answer" in (point.reason or "")
    assert REFERRING not in [m.id for m in found.related]


def test_without_an_index_nothing_is_opened_or_created(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "none.sqlite3"
    assert open_corpus(path) is None
    assert not path.exists()


@needs_shared(QUESTIONS)
def test_analyse_json_lists_the_referenced_answers(
    small_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (record,) = _records({REFERRING})
    page = tmp_path / "q.json"
    page.write_text(json.dumps({"value": record}), encoding="utf-8")
    assert main(["analyse", str(page), "--json", "--corpus", str(small_index)]) == 0
    (out,) = json.loads(capsys.readouterr().out)["answers"]
    assert [m["uin"] for m in out["referenced"]] == ["5695"]
    assert out["points"][0]["status"] == "answered"


def test_a_long_listing_looks_up_related_questions_for_its_first_questions_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from foi_helper.cli import analyse as analyse_cli

    index = tmp_path / "index.sqlite3"
    Corpus.open(index).close()
    page = tmp_path / "listing.txt"
    n = analyse_cli.RELATED_FOR_AT_MOST + 2
    page.write_text(
        "\n\n".join(
            f"To ask the Secretary of State for Transport, how many bus routes ran in county {i} in 2024.\n\n"
            f"The Department does not hold this information for county {i}."
            for i in range(n)
        ),
        encoding="utf-8",
    )
    assert main(["analyse", str(page), "--json", "--corpus", str(index)]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["answers"]) == n
    assert f"related questions are shown for the first {analyse_cli.RELATED_FOR_AT_MOST} only" in captured.err
