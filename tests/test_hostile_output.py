"""Nothing raw reaches a terminal, a file or a letter: the one sanitiser, at the edges and on the way in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import EXAMPLE
from hypothesis import given
from hypothesis import strategies as st

from foi_helper.cli import main
from foi_helper.corpus import Corpus

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
NASTY = [
    "\x1b]52;c;ZWNobyBwd25lZA==\x07",  # OSC 52: writes the clipboard
    "\x1b[2J\x1b[H",
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "\u202egnp.exe",
    "line\rOVERWRITTEN",
    "\x9b31m",
    "\ud800",
]


def hostile(i: int) -> dict[str, object]:
    bad = NASTY[i % len(NASTY)]
    return {
        "id": 900 + i, "uin": f"HL{i}{bad}", "house": "Lords", "dateTabled": "2019-05-01T00:00:00",
        "answeringBodyName": f"Home Office {bad}", "heading": f"Social Media: Paedophilia {bad}",
        "questionText": "To ask Her Majesty's Government what steps they are taking to address paedophiles "
                        f"operating on Twitter and other social media platforms {bad}.",
        "answerText": f"<p>The Online Harms White Paper {bad} sets out plans.</p>",
    }


@pytest.fixture
def index(tmp_path: Path) -> Path:
    source = tmp_path / "hostile.jsonl"
    source.write_bytes("".join(json.dumps(hostile(i), ensure_ascii=False) + "\n" for i in range(14))
                      .encode("utf-8", "surrogatepass"))
    path = tmp_path / "c.sqlite3"
    with Corpus.open(path) as corpus:
        assert corpus.import_paths([source]).added == 14  # a lone surrogate no longer aborts the import
    return path


@given(st.text())
def test_cleaned_text_holds_nothing_raw_and_cleaning_twice_changes_nothing(text: str) -> None:
    from foi_helper.text_safety import clean_line, clean_text

    once = clean_text(text)
    assert not RAW.search(once) and clean_text(once) == once
    line = clean_line(text)
    assert "\n" not in line and "\r" not in line and not RAW.search(line)


@given(st.text())
def test_json_text_escapes_what_cleaning_removes_and_reads_back_exactly(text: str) -> None:
    from foi_helper.text_safety import json_text

    out = json_text({"t": text})
    assert not RAW.search(out) and "\u2028" not in out
    assert json.loads(out) == {"t": text}


def test_an_unterminated_escape_string_loses_two_characters_not_the_page() -> None:
    from foi_helper.reading.clean import strip_controls as clean_text

    assert clean_text("a\x1b]0;title and the rest\nof the page") == "a0;title and the rest\nof the page"
    assert clean_text("x\x1b]8;;link\x07y") == "xy"


def test_search_prints_hostile_records_cleaned(index: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["search", "paedophiles operating on Twitter social media", "--limit", "20",
                 "--corpus", str(index)]) == 0
    out, err = capsysbinary.readouterr()
    text = out.decode("utf-8")
    assert "Social Media: Paedophilia" in text and not RAW.search(text) and not RAW.search(err.decode())
    assert "OVERWRITTEN" in text  # the CR is gone, its text kept
    assert "UIN HL4line OVERWRITTEN  Home Office" in text  # the UIN keeps to its line


def test_search_json_escapes_control_and_bidi_characters(index: Path,
                                                          capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["search", "paedophiles operating on Twitter", "--json", "--corpus", str(index)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert not RAW.search(out)
    found = json.loads(out)
    assert found and all(not RAW.search(m["heading"]) for m in found)  # cleaned on the way in


def test_corpus_stats_prints_departments_cleaned(index: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for extra in ([], ["--json"]):
        assert main(["corpus", "stats", "--corpus", str(index), *extra]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "Home Office" in out and not RAW.search(out)


def test_an_index_written_before_cleaning_is_cleaned_on_the_way_out(index: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with Corpus.open(index) as corpus:
        corpus.db.execute("UPDATE questions SET heading = ? WHERE id = 900", ("Social\x1b]52;c;aGk=\x07 Media",))
        found = corpus.search("paedophiles operating on Twitter", limit=20)
    assert any(m.heading == "Social Media" for m in found) and not any(RAW.search(m.heading or "") for m in found)


def test_analyse_shows_hostile_related_questions_cleaned(index: Path,
                                                          capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for extra in ([], ["--json"]):
        assert main(["analyse", str(EXAMPLE), "--corpus", str(index), *extra]) == 0
        out, err = capsysbinary.readouterr()
        assert "Paedophilia" in out.decode() and not RAW.search(out.decode()) and not RAW.search(err.decode())


def test_a_letter_from_api_json_carries_no_bidi_override_or_carriage_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Entities decode to U+202E and CR only once the answer's HTML is read.
    api = {"value": {"id": 5, "uin": "HL5&#13;X", "house": "Lords", "dateTabled": "2019-06-10T00:00:00",
                     "dateAnswered": "2019-06-24T00:00:00", "answeringBodyName": "Home Office&#x202E;",
                     "heading": "Paedophilia&#13;: Social &#x202E;Media",
                     "questionText": "To ask Her Majesty's Government what steps they are taking to address the "
                                     "number of paedophiles &#x202E;operating on Twitter.",
                     "answerText": "<p>The Government set out plans &#x202E;in the&#13;White Paper.</p>"}}
    source = tmp_path / "a.json"
    source.write_text(json.dumps(api))
    letter = tmp_path / "letter.txt"
    assert main(["draft", str(source), "--name", "Alex Example", "--authority", "Home Office",
                 "--out", str(letter)]) == 0
    text = letter.read_text()
    assert "Paedophilia" in text and "\u202e" not in text and "\r" not in text and not RAW.search(text)


def test_a_user_template_cannot_write_terminal_escapes(
    foi_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = foi_home / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "request.txt.j2").write_text("{{ '\\x1b]52;c;aGk=\\x07\\x1b[2J\\u202e' }}Dear {{ authority }},\n")
    letter = tmp_path / "l.txt"
    assert main(["draft", str(EXAMPLE), "--name", "Alex Example", "--out", str(letter)]) == 0
    text = letter.read_text()
    assert text.startswith("Subject: ") and "\n\nDear Home Office" in text and not RAW.search(text)


def test_errors_and_warnings_reach_stderr_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x\x1b[2Jy\u202e.txt"
    assert main(["analyse", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "foi-helper:" in err and not RAW.search(err)
