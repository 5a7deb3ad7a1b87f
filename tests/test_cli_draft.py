"""`foi-helper draft` as a user runs it, on the seed page, through reading and analysis."""

from __future__ import annotations

import email
import json
import re
import urllib.parse
from datetime import date, timedelta
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.settings import Config
from tests.conftest import EXAMPLE

NAME = ["--name", "Alex Example", "--email", "alex@example.org"]


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith("foi-helper: warning:")]


def draft(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["draft", str(EXAMPLE), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_letter_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = draft(capsys, *NAME)
    assert code == 0
    assert out.startswith("Subject: Freedom of Information request: ") and "\n\nDear Home Office,\n" in out
    flat = " ".join(out.split())
    assert "24 June 2019" in flat and "Lord Moonie" in flat and "Freedom of Information Act 2000" in flat
    items = re.findall(r"^\d+\. ", out, flags=re.MULTILINE)
    assert 3 <= len(items) <= 5
    for wanted in (
        "£300,000",
        "prototype tool",
        "licen",
        "Twitter",
        "meetings and calls",
        "five key demands",
        "number of paedophiles",
    ):
        assert wanted in flat, wanted
    assert "?" not in out and "why" not in flat.lower()
    assert flat.endswith("Yours faithfully, Alex Example")
    assert "Traceback" not in err


def test_warnings_go_to_stderr_and_keep_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = draft(capsys)  # no name, no email: not a valid request (s.8), but still a draft
    assert code == 0
    assert "[your name]" in out
    assert "s.8(1)(b)" in err


def test_requester_from_settings(capsys: pytest.CaptureFixture[str]) -> None:
    Config(name="Sam Settings", email="sam@example.org").save()
    code, out, err = draft(capsys)
    assert code == 0 and out.rstrip().endswith("Sam Settings") and "s.8" not in err


def test_settings_law_and_window(capsys: pytest.CaptureFixture[str]) -> None:
    Config(name="Sam Settings", email="sam@example.org", default_law="eir", date_from=date(2019, 1, 1),
           date_to=date(2019, 6, 24)).save()
    code, out, _ = draft(capsys)
    flat = " ".join(out.split())
    assert code == 0 and "Environmental Information Regulations 2004" in flat
    assert "1 January 2019 to 24 June 2019" in flat


@pytest.mark.parametrize("fmt", ["markdown", "eml", "json", "wdtk-url"])
def test_every_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = draft(capsys, *NAME, "--format", fmt)
    assert code == 0
    if fmt == "markdown":
        assert out.startswith("# ") and "Dear Home Office," in out
    elif fmt == "eml":
        assert email.message_from_string(out)["Subject"].startswith("Freedom of Information request:")
    elif fmt == "json":
        data = json.loads(out)
        assert data["authority"] == "Home Office" and data["body"].startswith("Dear Home Office,")
    else:
        parts = urllib.parse.urlsplit(out.strip())
        assert parts.netloc == "www.whatdotheyknow.com" and parts.path == "/new/home_office"


def test_out_writes_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    code, out, _ = draft(capsys, *NAME, "--out", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("Subject: ")
    assert "\n\nDear Home Office," in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o600  # it holds the requester's name and email


def test_save_prints_the_id_last_and_drafts_show_finds_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = draft(capsys, *NAME, "--save")
    assert code == 0
    draft_id = out.strip().splitlines()[-1]
    assert main(["drafts", "show", draft_id]) == 0
    assert "Dear Home Office," in capsys.readouterr().out


def test_chosen_points_and_law(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = draft(capsys, *NAME, "--points", "q2", "--law", "eir")
    assert code == 0
    assert len(re.findall(r"^\d+\. ", out, flags=re.MULTILINE)) == 1
    assert "Environmental Information Regulations 2004" in " ".join(out.split())


def test_unknown_point_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = draft(capsys, *NAME, "--points", "q99")
    assert code == 1 and len(errors(err)) == 1 and "q99" in errors(err)[0]


def test_unknown_authority_asks_for_authority(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = EXAMPLE.read_text(encoding="utf-8").replace(
        "Home Office written question", "Department for Magic written question"
    )
    source = tmp_path / "magic.txt"
    source.write_text(page, encoding="utf-8")
    code = main(["draft", str(source), *NAME])
    _, err = capsys.readouterr()
    assert code == 1 and len(errors(err)) == 1 and "--authority" in errors(err)[0]
    dsit = ["--authority", "Department for Science, Innovation and Technology"]
    assert main(["draft", str(source), *NAME, *dsit]) == 0
    capsys.readouterr()
    # No WhatDoTheyKnow page known: what --format wdtk-url prints is a link or nothing (a script opens it).
    code = main(["draft", str(source), *NAME, *dsit, "--format", "wdtk-url"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and len(errors(err)) == 1
    assert "--authority" in errors(err)[0] and "no link" in errors(err)[0] and "--format text" in errors(err)[0]


@pytest.mark.parametrize(
    ("name", "address"),
    [("Foo\nBar", "a@b.org"), ("Foo\rBcc: x@evil.example", "a@b.org"), ("Alex", "a@b.org\nBcc: x@evil.example")],
)
@pytest.mark.parametrize("fmt", ["text", "eml"])
def test_line_breaks_in_name_or_email_are_refused(capsys: pytest.CaptureFixture[str], name: str, address: str,
                                                  fmt: str) -> None:
    # A line break in a From: header would start a new header (RFC 5322 s.2.2): refused in one sentence.
    code, out, err = draft(capsys, "--name", name, "--email", address, "--format", fmt)
    assert code == 1 and out == "" and "Traceback" not in err
    assert len(errors(err)) == 1 and "line break" in errors(err)[0]


def test_line_breaks_in_the_settings_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    Config(name="Sam\nSettings", email="sam@example.org").save()
    code, out, err = draft(capsys, "--format", "eml")
    assert code == 1 and out == "" and len(errors(err)) == 1 and "line break" in errors(err)[0]


@pytest.mark.parametrize("address", ["notanemail", "a@b", "two words@example.org", "a@@b.org"])
def test_an_email_that_is_not_an_address_is_refused(capsys: pytest.CaptureFixture[str], address: str) -> None:
    code, out, err = draft(capsys, "--name", "Alex", "--email", address, "--format", "eml")
    assert code == 1 and out == "" and len(errors(err)) == 1 and address in errors(err)[0]


def test_points_are_deduplicated_case_insensitive_and_spaced(capsys: pytest.CaptureFixture[str]) -> None:
    _, one, _ = draft(capsys, *NAME, "--points", "q2")
    code, twice, err = draft(capsys, *NAME, "--points", "q2,Q2, q2")
    assert code == 0 and twice == one, err
    code, out, err = draft(capsys, *NAME, "--points", "q2, A1", "--save")
    assert code == 0, err
    assert len(re.findall(r"^\d+\. ", out, flags=re.MULTILINE)) == 2
    from foi_helper.drafts import DraftStore

    assert DraftStore.open().load(out.splitlines()[-1]).point_ids == ["q2", "a1"]


def warnings_of(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("foi-helper: warning:")]


def test_a_scottish_authority_asked_under_foia_is_warned(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = draft(capsys, *NAME, "--authority", "Scottish Government", "--law", "foia")
    mismatch = [w for w in warnings_of(err) if "Scottish public authorit" in w]
    assert code == 0 and len(mismatch) == 1 and "--law foisa" in mismatch[0]
    _, _, err = draft(capsys, *NAME, "--authority", "Scottish Government")  # its own law: no warning
    assert not [w for w in warnings_of(err) if "Scottish public authorit" in w]
    _, _, err = draft(capsys, *NAME, "--law", "foisa")  # the reverse, as before
    assert [w for w in warnings_of(err) if "covered by FOIA" in w]


def test_warnings_under_foisa_cite_foisa(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = draft(capsys, "--authority", "Scottish Government", "--law", "foisa")  # no name: s.8 too
    warned = warnings_of(err)
    assert code == 0 and len(warned) >= 2
    assert not [w for w in warned if "FOIA s." in w], warned
    assert any("FOISA s.12" in w for w in warned) and any("FOISA s.8(1)(b)" in w for w in warned)


HOLDING_PAGE = """To ask the Secretary of State for Defence, how many Ajax vehicles have been delivered to the Army as of \
1 March 2025.

I will reply to the hon. Member as soon as possible.
"""


def test_a_holding_answer_is_not_called_an_answer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "hold.txt"
    page.write_text(HOLDING_PAGE, encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(HOLDING_PAGE.replace("as of 1 March 2025", "in each of the last three years"), encoding="utf-8")
    code = main(["draft", str(undated), *NAME])
    out, err = capsys.readouterr()
    # The page gives no date: the periods are counted from it, so the command asks for it in one sentence.
    errors = [line for line in err.splitlines() if not line.startswith("foi-helper: warning:")]
    assert code == 1 and out == "" and len(errors) == 1 and "--answered DATE" in errors[0]
    recent = (date.today() - timedelta(days=10)).isoformat()
    code = main(["draft", str(page), *NAME, "--answered", recent])
    out, err = capsys.readouterr()
    flat = " ".join(out.split())
    assert code == 0 and "answered" not in flat.split(" I request")[0]
    assert "only a holding answer" in flat
    held = [w for w in warnings_of(err) if "holding answer" in w]
    assert len(held) == 1 and "still to come" in held[0]
    _, err = draft(capsys, *NAME)[1:]  # a real answer: no such warning
    assert not [w for w in warnings_of(err) if "holding answer" in w]


@pytest.mark.parametrize("number", ["0", "-1", "two"])
def test_question_zero_is_bad_usage(capsys: pytest.CaptureFixture[str], number: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["draft", str(EXAMPLE), *NAME, "--question", number])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "--question" in err and "Traceback" not in err


def test_a_department_without_a_whatdotheyknow_page_still_gets_its_letter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    # DSIT, DESNZ and DBT answer 8% of recent questions: the letter goes to them, with a note to send by email.
    page = EXAMPLE.read_text(encoding="utf-8").replace(
        "Home Office written question", "Department for Science, Innovation and Technology written question"
    )
    source = tmp_path / "dsit.txt"
    source.write_text(page, encoding="utf-8")
    code = main(["draft", str(source), *NAME])
    out, err = capsys.readouterr()
    assert code == 0 and "Dear Department for Science, Innovation and Technology," in out, err
    assert "email" in err and "WhatDoTheyKnow" in err
