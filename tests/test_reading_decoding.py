"""Decoding a user's bytes: a UTF-8 page with a few bad bytes stays UTF-8; bytes that are no text at all, from a
file or a paste, give one sentence."""

from __future__ import annotations

import codecs
import sys
import types
from pathlib import Path

import pytest

from foi_helper.errors import ReadError
from foi_helper.reading import read_answers
from foi_helper.reading.source import decode, lenient_incremental_decoder, load_source
from foi_helper.tui import paste_input
from tests.conftest import EXAMPLE

PAGE = EXAMPLE.read_bytes()
# Bytes like a program's (an ELF header, NULs, high bytes), as `head -c 2000 /bin/ls` pastes them.
PROGRAM = bytes(range(256)) * 4 + b"\x7fELF\x02\x01\x01\x00" * 50


def test_a_utf8_page_with_a_stray_byte_stays_utf8_and_warns_once() -> None:
    damaged = PAGE[:400] + b"\xff" + PAGE[400:900] + b"\xc3" + PAGE[900:]
    heard: list[str] = []
    text = decode(damaged, "page.txt", heard.append)
    assert text.count("\ufffd") == 2
    assert "â€" not in text and "–" in text  # no Windows-1252 mojibake of the page's dashes
    assert len(heard) == 1 and "2 invalid bytes" in heard[0]
    (answer,) = read_answers(text)
    assert answer.title == "Paedophilia: Social Media" and answer.department == "Home Office"
    assert answer.asker is not None and answer.asker.name == "Lord Moonie"


def test_a_windows_1252_page_is_still_read_as_windows_1252() -> None:
    heard: list[str] = []
    assert decode("Costs rose to £5 – “about” a tenth.".encode("cp1252"), "x", heard.append) == (
        "Costs rose to £5 – “about” a tenth."
    )
    assert heard == []


def test_a_file_with_a_stray_byte_warns_through_load_source(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE[:300] + b"\x92" + PAGE[300:])
    heard: list[str] = []
    text, _ = load_source(str(path), heard.append)
    assert "\ufffd" in text and len(heard) == 1 and str(path) in heard[0]


def test_a_paste_of_program_bytes_is_one_sentence() -> None:
    pasted = PROGRAM.decode("utf-8", errors="replace")
    with pytest.raises(ReadError) as caught:
        read_answers(pasted)
    message = str(caught.value)
    assert "binary data" in message and message.count(". ") == 0 and "\n" not in message


def test_a_file_of_program_bytes_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "ls"
    path.write_bytes(PROGRAM)
    with pytest.raises(ReadError, match="binary file"):
        load_source(str(path))


def test_the_terminal_decoder_replaces_bytes_that_are_not_utf8() -> None:
    decoder = lenient_incremental_decoder("utf-8")()
    assert decoder.decode(b"ok \xff\xfe \xe2\x80", final=False) == "ok \ufffd\ufffd "
    assert decoder.decode(b"\x93", final=True) == "–"  # a character split over two reads still comes whole


def test_the_app_driver_decodes_input_leniently() -> None:
    # A driver module as Textual writes them: it builds its decoder from its own `getincrementaldecoder` name.
    module = types.ModuleType("fake_driver")
    module.getincrementaldecoder = codecs.getincrementaldecoder  # type: ignore[attr-defined]
    module.XTermParser = paste_input.XTermParser  # type: ignore[attr-defined]
    driver = type("Driver", (), {"__module__": "fake_driver"})
    sys.modules["fake_driver"] = module
    try:
        paste_input.install(driver)
        decode_input = module.getincrementaldecoder("utf-8")().decode  # type: ignore[attr-defined]
        assert decode_input(b"\x7fELF\x00\xff", final=True) == "\x7fELF\x00\ufffd"
        assert module.XTermParser is paste_input.PasteSafeParser  # type: ignore[attr-defined]
    finally:
        del sys.modules["fake_driver"]
