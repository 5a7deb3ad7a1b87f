"""The founding written answer (a TheyWorkForYou page as a reader copied it), through reading and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.reading import read_answers
from tests.conftest import EXAMPLE, ROOT, SEED, needs_shared

ROLE = "The Minister of State, Home Department, Minister for Equalities (Department for International Development)"
FIRST_WORDS = [
    "The Government set out plans",
    "This includes an overarching statutory duty",
    "The regulator will issue codes of practice",
    "In addition, the Home Secretary has been clear",
    "As part of this commitment",
]


def test_seed_fields(seed_text: str) -> None:
    (a,) = read_answers(seed_text)
    assert a.source_format == "theyworkforyou"
    assert a.title == "Paedophilia: Social Media"
    assert a.department == "Home Office"
    assert a.house == "Lords"
    assert a.date_answered == date(2019, 6, 24)
    assert a.date_tabled is None and a.uin is None and a.url is None and not a.holding
    assert a.asker is not None and (a.asker.name, a.asker.party, a.asker.role) == (
        "Lord Moonie",
        "Labour",
        None,
    )
    assert a.answerer is not None
    assert (a.answerer.name, a.answerer.party, a.answerer.role) == (
        "Baroness Williams of Trafford",
        None,
        ROLE,
    )
    assert a.question == (
        "To ask Her Majesty's Government what steps they are taking, or intend to take, to address "
        "the number of paedophiles operating on Twitter and other social media platforms."
    )
    paragraphs = a.answer.split("\n\n")
    assert len(paragraphs) == 5
    assert [p[: len(w)] for p, w in zip(paragraphs, FIRST_WORDS)] == FIRST_WORDS
    assert paragraphs[-1].endswith(
        "an additional £300,000 to take forward new technological innovations to "
        "target livestreaming of child abuse."
    )
    for furniture in (
        "Alert me",
        "Does this answer",
        "people think",
        "Freedom of Information site",
        "Photo of",
    ):
        assert furniture not in a.answer


@needs_shared(SEED)
def test_shipped_example_is_the_shared_seed() -> None:
    assert EXAMPLE.read_bytes() == SEED.read_bytes()


def test_analyse_json_in_a_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, "FOI_HELPER_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "foi_helper", "analyse", str(EXAMPLE), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (answer,) = json.loads(done.stdout)["answers"]
    assert answer["title"] == "Paedophilia: Social Media" and answer["department"] == "Home Office"
    assert answer["house"] == "Lords" and answer["date_answered"] == "2019-06-24"
    assert answer["asker"] == {"name": "Lord Moonie", "party": "Labour", "role": None}
    assert answer["answerer"] == {"name": "Baroness Williams of Trafford", "party": None, "role": ROLE}
    assert answer["question"].startswith("To ask Her Majesty's Government what steps")
    assert len(answer["answer"].split("\n\n")) == 5
    assert list(answer)[:13] == [
        "source_format",
        "title",
        "department",
        "house",
        "uin",
        "date_tabled",
        "date_answered",
        "url",
        "holding",
        "asker",
        "answerer",
        "question",
        "answer",
    ]


def test_analyse_empty_file_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["analyse", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err and "Traceback" not in err


def test_analyse_empty_stdin_in_a_subprocess(tmp_path: Path) -> None:
    env = {**os.environ, "FOI_HELPER_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "foi_helper", "analyse", "-"],
        cwd=ROOT,
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr and done.stdout == ""


def test_analyse_summary_names_what_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Paedophilia: Social Media\n")
    assert "Home Office" in out and "Lords" in out and "2019-06-24" in out
    assert "Lord Moonie (Labour)" in out and "Baroness Williams of Trafford" in out
    assert "Does this answer" not in out


def test_analyse_summary_of_a_listing(capsys: pytest.CaptureFixture[str]) -> None:
    samples = Path(__file__).parent / "reading_samples"
    assert main(["analyse", str(samples / "api_detail.json")]) == 0
    out = capsys.readouterr().out
    assert "Grouped with: UIN 1829, 8260" in out
    assert "https://questions-statements.parliament.uk/written-questions/detail/2024-07-25/1830" in out
    assert "\n  Year     Homes upgraded\n  2022-23  4,100\n" in out  # table rows keep their alignment
    assert main(["analyse", str(samples / "hansard_daily_2005.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Question 1 of 4\nIdentity Cards\n") and "Question 4 of 4\nIraq\n" in out
