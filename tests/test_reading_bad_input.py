"""Input that is not a written answer: one clear sentence (ReadError), never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from foi_helper.errors import ReadError
from foi_helper.reading import load_source, read_answers
from foi_helper.reading.source import MAX_BYTES

QUESTION = (
    "To ask the Secretary of State for Justice, how many prisons there are.\n\nThere are 122 prisons.\n"
)


def write(tmp_path: Path, data: bytes, name: str = "page.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def one_sentence(exc: pytest.ExceptionInfo[ReadError]) -> str:
    message = str(exc.value)
    assert "\n" not in message and message.endswith(".")
    return message


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff", "\x1b[2J\x00\x07"])
def test_empty_input(text: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_answers(text)
    assert "empty" in one_sentence(exc) or "No written question" in one_sentence(exc)


def test_page_without_a_question() -> None:
    with pytest.raises(ReadError) as exc:
        read_answers("Shopping list\n\nEggs, milk and bread.\n")
    assert "No written question was found" in one_sentence(exc)


def test_html_source_without_a_question() -> None:
    with pytest.raises(ReadError, match="No written question"):
        read_answers("<html><body><p>Cookies</p><div>Menu</div><p>Nothing here</p></body></html>")


def test_binary_file_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as exc:
        load_source(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "a.png"))
    assert "binary" in one_sentence(exc)


def test_mostly_control_bytes_refused_even_without_nul(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="binary"):
        load_source(write(tmp_path, bytes(range(1, 32)) * 100))


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    data = (
        "To ask the Chancellor of the Exchequer, what the cost was of the \u201cscheme\u201d.\n\n"
        "It cost \u00a3300,000.\n"
    ).encode("cp1252")
    text, origin = load_source(write(tmp_path, data))
    assert origin.endswith("page.txt")
    (a,) = read_answers(text)
    assert a.answer == "It cost £300,000." and "\u201cscheme\u201d" in a.question
    assert a.department == "Treasury"


def test_utf8_with_bom_and_utf16_files(tmp_path: Path) -> None:
    text, _ = load_source(write(tmp_path, b"\xef\xbb\xbf" + QUESTION.encode()))
    assert text == QUESTION
    text, _ = load_source(write(tmp_path, QUESTION.encode("utf-16"), "notepad.txt"))
    assert text == QUESTION


def test_oversized_file_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: no need to write it out
    with pytest.raises(ReadError) as exc:
        load_source(str(path))
    assert "20 MB" in one_sentence(exc)
    assert MAX_BYTES < 50 * 1024 * 1024


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as exc:
        load_source(str(tmp_path / "nope.txt"))
    assert "There is no file" in one_sentence(exc)
    with pytest.raises(ReadError) as exc:
        load_source(str(tmp_path))
    assert "folder" in one_sentence(exc)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, QUESTION.encode())
    os.chmod(path, 0)
    with pytest.raises(ReadError, match="permission"):
        load_source(path)


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(QUESTION.encode())))
    text, origin = load_source("-")
    assert text == QUESTION and origin == "standard input"


@pytest.mark.parametrize(
    "text",
    [
        '{"value": {"id": 1, "questionText": "To ask',
        '[{"value": {"id": 1, "questionText": "To ask the"}}',
        '{"results": [{"value": ',
    ],
)
def test_truncated_json(text: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_answers(text)
    assert "cut short" in one_sentence(exc)


def test_truncated_json_lines() -> None:
    good = '{"id": 1, "questionText": "To ask the Secretary of State for Defence, how many ships.", "answerText": null}'
    with pytest.raises(ReadError, match="Line 2"):
        read_answers(good + "\n" + good[:40] + "\n")


def test_deeply_nested_json() -> None:
    with pytest.raises(ReadError):
        read_answers("[" * 100_000 + "]" * 100_000)


def test_truncated_xml() -> None:
    xml = (
        '<?xml version="1.0"?><publicwhip><minor-heading id="uk.org.publicwhip/wrans/2019-06-24.HL1.h">'
        'Buses</minor-heading><ques id="uk.org.publicwhip/wrans/2019-06-24.HL1.q0"><p qnum="HL1">To ask'
    )
    with pytest.raises(ReadError) as exc:
        read_answers(xml)
    assert "cut short" in one_sentence(exc)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE publicwhip [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<publicwhip><ques id="x.q0"><p qnum="1">To ask &lol9;</p></ques></publicwhip>"""


def test_entity_expansion_refused() -> None:
    with pytest.raises(ReadError) as exc:
        read_answers(BILLION_LAUGHS)
    assert "entities" in one_sentence(exc)


def test_external_entity_refused() -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE publicwhip [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<publicwhip><ques id="a.q0"><p>To ask &x;</p></ques></publicwhip>'
    )
    with pytest.raises(ReadError, match="entities"):
        read_answers(xxe)


def test_escape_sequences_and_controls_removed_everywhere() -> None:
    text = (
        "To ask the Secretary of State for Defence,\x1b[31m how many\x1b[0m ships\x1b]0;owned\x07 there are."
        "\x00\x08\u202e\n\nThere are\x1bP+q544e\x1b\\ 70 ships.\x9b2J\n"
    )
    (a,) = read_answers(text)
    assert a.question == "To ask the Secretary of State for Defence, how many ships there are."
    assert a.answer == "There are 70 ships."


def test_escape_sequences_in_api_json_removed() -> None:
    (a,) = read_answers(
        '{"value": {"id": 3, "questionText": "To ask the Secretary of State for Defence, '
        'how many ships.\\u001b[2J", "answerText": "<p>Seventy\\u0007.</p>", '
        '"heading": "Navy\\u001b]2;x\\u0007"}}'
    )
    assert a.question.endswith("ships.") and a.answer == "Seventy." and a.title == "Navy"


def test_tab_separated_table_copied_from_a_browser_stays_a_table() -> None:
    (a,) = read_answers(
        "To ask the Secretary of State for Defence, how many ships.\n\nYear\tShips\n2024\t70\n"
    )
    assert a.answer == "Year  Ships\n2024  70"


def test_oversized_standard_input_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from foi_helper.reading import source

    monkeypatch.setattr(source, "MAX_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(QUESTION.encode() * 100)))
    with pytest.raises(ReadError) as exc:
        load_source("-")
    assert one_sentence(exc).startswith("Standard input is larger than")
