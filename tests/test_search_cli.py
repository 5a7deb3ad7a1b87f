"""`foi-helper search`, `corpus import` and `corpus stats` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foi_helper.cli import main
from tests.conftest import EXAMPLE

DCMS = "To ask the Secretary of State for Culture, Media and Sport, "
RECORDS = [
    {
        "id": 11,
        "questionText": DCMS
        + "what steps she is taking to protect children from paedophiles on social media.",
        "uin": "300",
        "house": "Commons",
        "dateTabled": "2024-01-10T00:00:00",
        "heading": "Social Media: Children",
        "answeringBodyName": "Department for Culture, Media and Sport",
        "answerText": "<p>The Online Safety Act …</p>",
    },
    {
        "id": 12,
        "questionText": DCMS + "how much funding was given to local museums in 2023.",
        "uin": "301",
        "house": "Commons",
        "dateTabled": "2024-01-11T00:00:00",
        "answeringBodyName": "Department for Culture, Media and Sport",
    },
]


@pytest.fixture
def index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "q.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "{not json\n")
    path = tmp_path / "c.sqlite3"
    assert main(["corpus", "import", str(data), "--corpus", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "2 records added, 0 updated" in out
    assert "1 malformed line(s) or item(s) skipped, e.g. q.jsonl:3" in err
    return path


def test_search_without_an_index_says_how_to_get_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "social media", "--corpus", str(tmp_path / "none.sqlite3")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        len(err) == 1 and "foi-helper corpus update" in err[0] and "foi-helper corpus import FILE" in err[0]
    )
    assert not (tmp_path / "none.sqlite3").exists()  # searching does not create an empty index


def test_search_json_is_a_list_of_related_fields(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "paedophiles on social media", "--json", "--corpus", str(index)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["id"] == 11 and found[0]["date_tabled"] == "2024-01-10"
    assert {
        "id",
        "uin",
        "house",
        "date_tabled",
        "date_answered",
        "department",
        "heading",
        "question",
        "score",
        "url",
    } <= set(found[0])
    assert "paedophiles" in found[0]["shared_terms"]


def test_search_text_shows_score_date_department_and_why(
    index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "museum funding", "--corpus", str(index), "--department", "culture"]) == 0
    out = capsys.readouterr().out
    assert (
        "UIN 301" in out
        and "Department for Culture, Media and Sport" in out
        and "shares: museum, funding" in out
    )
    assert main(["search", "museum funding", "--corpus", str(index), "--before", "2020-01-01"]) == 0
    assert "No earlier written questions match" in capsys.readouterr().err


def test_bad_dates_and_limits_are_one_sentence(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "museums", "--before", "last year", "--corpus", str(index)]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    # A limit under 1 is bad usage, like any bad option: argparse's exit status 2 with its usage line.
    with pytest.raises(SystemExit) as stop:
        main(["search", "museums", "--limit", "0", "--corpus", str(index)])
    assert stop.value.code == 2
    assert "less than 1" in capsys.readouterr().err


def test_stats_reports_what_the_index_holds(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "stats", "--corpus", str(index)]) == 0
    out = capsys.readouterr().out
    assert "Records:      2" in out and "2024-01-10 to 2024-01-11" in out and "Commons 2" in out
    assert main(["corpus", "stats", "--json", "--corpus", str(index)]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 2


def test_stats_without_an_index_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", "stats", "--corpus", str(tmp_path / "none.sqlite3")]) == 1
    assert "foi-helper corpus import FILE" in capsys.readouterr().err


def test_import_of_a_missing_file_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["corpus", "import", str(tmp_path / "nope.jsonl"), "--corpus", str(tmp_path / "c.sqlite3")]) == 1
    )
    assert (
        capsys.readouterr().err.strip()
        == f"foi-helper: There is no file or folder {tmp_path / 'nope.jsonl'} to import."
    )


def test_analyse_lists_related_questions_from_the_index(
    index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(EXAMPLE), "--json", "--corpus", str(index)]) == 0
    (answer,) = json.loads(capsys.readouterr().out)["answers"]
    assert [r["id"] for r in answer["related"]][:1] == [11]
