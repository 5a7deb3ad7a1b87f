"""`foi-helper draft FILE --batch CLASS` and `foi-helper holders` as a user runs them: 43 letters to the police
forces of England and Wales in every send format, to files, and as drafts."""

from __future__ import annotations

import email
import json
import urllib.parse
from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.drafts import DraftStore

NAME = ["--name", "Alex Example", "--email", "alex@example.org"]
# A national not-held answer about crimes the police record: every force holds its own part.
KNIVES = """Knife Crime

To ask the Secretary of State for the Home Department, how many offences involving knives were recorded in
each month of 2023.

Answered on 12 February 2024

The Home Office does not hold this information centrally.
"""


@pytest.fixture
def knives(tmp_path: Path) -> Path:
    path = tmp_path / "knives.txt"
    path.write_text(KNIVES, encoding="utf-8")
    return path


def batch(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["draft", str(path), *NAME, "--batch", "police-england-wales", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_43_letters_as_text(capsys: pytest.CaptureFixture[str], knives: Path) -> None:
    code, out, err = batch(capsys, knives)
    assert code == 0
    letters = out.split("===== ")[1:]
    assert len(letters) == 43
    assert letters[0].startswith("1/43: Avon and Somerset Police =====\n\nSubject: ")
    assert "\n\nDear Avon and Somerset Police," in letters[0]
    assert any("Dear Metropolitan Police Service," in x for x in letters)
    flat = " ".join(letters[24].split())
    assert "each police force in England and Wales holds the records of the crimes" in flat
    assert err.count("No email or postal address") <= 1  # the same warnings once, not 43 times


def test_43_wdtk_links(capsys: pytest.CaptureFixture[str], knives: Path) -> None:
    code, out, _ = batch(capsys, knives, "--format", "wdtk-url")
    assert code == 0
    links = out.splitlines()
    assert len(links) == 43
    names = [urllib.parse.urlsplit(u).path.removeprefix("/new/") for u in links]
    assert names[0] == "avon_and_somerset_police" and "the_met" in names and len(set(names)) == 43


def test_43_eml_messages_on_stdout_and_as_files(
    capsys: pytest.CaptureFixture[str], knives: Path, tmp_path: Path
) -> None:
    code, out, _ = batch(capsys, knives, "--format", "eml")
    assert code == 0 and out.count("\nFrom foi-helper@localhost ") + out.startswith("From foi-helper") == 43
    folder = tmp_path / "letters"
    code, out, err = batch(capsys, knives, "--format", "eml", "--out", str(folder))
    assert code == 0 and out == "" and "43 letters written" in err
    files = sorted(folder.iterdir())
    assert len(files) == 43 and files[0].name == "01-avon_and_somerset_police.eml"
    message = email.message_from_string(files[24].read_text(encoding="utf-8"))
    assert message["From"] == "Alex Example <alex@example.org>"
    assert "Dear" in message.get_payload(decode=True).decode("utf-8")  # type: ignore[union-attr]
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"


def test_43_as_json_and_markdown(capsys: pytest.CaptureFixture[str], knives: Path, tmp_path: Path) -> None:
    code, out, _ = batch(capsys, knives, "--format", "json")
    letters = json.loads(out)
    assert code == 0 and len(letters) == 43
    assert {x["authority_url_name"] for x in letters} >= {"the_met", "gmp", "wmp"}
    assert all(x["law"] == "foia" for x in letters)
    code, _, _ = batch(capsys, knives, "--format", "markdown", "--out", str(tmp_path / "md"))
    assert code == 0 and len(list((tmp_path / "md").glob("*.md"))) == 43


def test_43_drafts_saved_with_their_ids(capsys: pytest.CaptureFixture[str], knives: Path) -> None:
    code, out, err = batch(capsys, knives, "--save", "--out", str(knives.parent / "out"))
    assert code == 0
    ids = out.split()
    assert len(ids) == 43 and len(set(ids)) == 43
    store = DraftStore.open()
    authorities = {store.load(i).authority for i in ids}
    assert len(authorities) == 43 and "Metropolitan Police Service" in authorities
    assert "already have" not in err  # 43 bodies, not 43 repeats of one request


def test_bad_classes_and_choices_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], knives: Path
) -> None:
    code = main(["draft", str(knives), *NAME, "--batch", "polise"])
    err = capsys.readouterr().err
    assert code == 1 and "no class of bodies called 'polise'" in err and "police-england-wales" in err
    assert "Traceback" not in err
    code = main(["draft", str(knives), *NAME, "--batch", "councils"])
    err = capsys.readouterr().err
    assert code == 1 and "https://www.whatdotheyknow.com/body/list/local_council" in err
    code = main(["draft", str(knives), *NAME, "--batch", "icbs", "--authority", "Home Office"])
    assert code == 1 and "leave out --authority" in capsys.readouterr().err
    (knives.parent / "afile").write_text("x")
    code = main(["draft", str(knives), *NAME, "--batch", "icbs", "--out", str(knives.parent / "afile")])
    assert code == 1 and "is a file" in capsys.readouterr().err


def test_holders_lists_the_classes_and_members(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["holders"]) == 0
    out = capsys.readouterr().out
    assert "police-england-wales" in out and "(43 bodies)" in out and "icbs" in out
    assert main(["holders", "icbs", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["members"]) == 42
    assert main(["holders", "nothing"]) == 1
