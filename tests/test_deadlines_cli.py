"""`foi-helper due` as a user runs it."""

from __future__ import annotations

import json

import pytest

from foi_helper.cli import main


def test_due_prints_iso_date_and_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "2019-12-20", "--law", "foia"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2020-01-23")
    assert "Thursday 23 January 2020" in out
    assert "New Year Holiday (Scotland)" in out


def test_due_json_has_date_rule_and_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "2019-12-21", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == "2020-01-23"
    assert data["rule"].startswith("FOIA s.10(1)")
    assert {"date": "2019-12-25", "name": "Christmas Day"} in data["holidays_skipped"]
    assert data["code_of_practice_date"] == "2020-01-24"


def test_due_foisa_differs_over_easter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "2019-04-11", "--law", "foisa", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2019-05-13"


def test_due_bad_date_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "20/12/2019"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err


@pytest.mark.parametrize("day", ["9999-12-31", "9999-12-20"])
def test_due_past_the_calendar_is_one_line(capsys: pytest.CaptureFixture[str], day: str) -> None:
    assert main(["due", day]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and day in err
