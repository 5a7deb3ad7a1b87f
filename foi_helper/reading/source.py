"""Loading the user's input: a file or standard input, as text, refusing what cannot be a written answer."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from ..errors import ReadError

# A written answer page is a few kilobytes; a month of API list responses a few megabytes. Anything bigger is a
# mistake (a database, a video) and would only stall the app: refuse it with the limit in the message.
MAX_BYTES = 20 * 1024 * 1024
MAX_LABEL = "20 MB"


def load_source(path: str) -> tuple[str, str]:
    """The text of a file (or of standard input for "-"), and a name for where it came from."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        origin = "standard input"
    else:
        data = _read_file(path)
        origin = path
    if len(data) > MAX_BYTES:
        raise ReadError(
            f"{_subject(origin)} is larger than {MAX_LABEL}, too big to be a written answer: "
            "save just the page with the question and answer."
        )
    return decode(data, origin), origin


def _subject(origin: str) -> str:
    """The start of a sentence about the input: "Standard input", "The file notes.txt"."""
    return "Standard input" if origin == "standard input" else f"The file {origin}"


def _read_file(path: str) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(f"{path} is a folder, not a file: give the file with the written answer.")
        with p.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError(f"There is no file {path}: check the name and the folder.") from None
    except PermissionError:
        raise ReadError(f"You do not have permission to read {path}.") from None
    except IsADirectoryError:
        raise ReadError(f"{path} is a folder, not a file: give the file with the written answer.") from None
    except OSError as exc:
        raise ReadError(f"{path} could not be read ({exc.strerror or exc}).") from None


def decode(data: bytes, origin: str = "standard input") -> str:
    """Bytes as text: UTF-16 with a byte-order mark, UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode" saves: full of NUL bytes, yet text.
        try:
            return _refuse_binary(data.decode("utf-16"), origin)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise ReadError(
            f"{_subject(origin)} is a binary file, not text: save the page as text (or copy and paste it)."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows tools save pages as Windows-1252 ("£", curly quotes); its five unassigned bytes fall back
        # to Latin-1 so nothing is refused for a stray byte.
        text = "".join(_cp1252_chars(data))
    return _refuse_binary(text, origin)


def _cp1252_chars(data: bytes) -> list[str]:
    try:
        return [data.decode("cp1252")]
    except UnicodeDecodeError:
        return [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data]


def _refuse_binary(text: str, origin: str) -> str:
    """Refuse text that is mostly control characters (a binary file that slipped past the NUL check)."""
    sample = text[:65536]
    if not sample:
        return text
    controls = sum(
        1 for ch in sample if (ch < " " and ch not in "\n\r\t\f") or "\x7f" <= ch <= "\x9f" or ch == "\ufffd"
    )
    if controls > 0.1 * len(sample):
        raise ReadError(
            f"{_subject(origin)} looks like a binary file, not text: save the page as text (or copy and paste it)."
        )
    return text
