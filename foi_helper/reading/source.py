"""Loading the user's input: a file or standard input, as text, refusing what cannot be a written answer."""

from __future__ import annotations

import codecs
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import ReadError

# A written answer page is a few kilobytes; a month of API list responses a few megabytes. Anything bigger is a
# mistake (a database, a video) and would only stall the app: refuse it with the limit in the message.
MAX_BYTES = 20 * 1024 * 1024
MAX_LABEL = "20 MB"


Warn = Callable[[str], None]


def _ignore(_message: str) -> None:
    return None


def load_source(path: str, warn: Warn = _ignore) -> tuple[str, str]:
    """The text of a file (or of standard input for "-"), and a name for where it came from; `warn` hears once
    when a few bytes were not valid UTF-8 and were replaced. A question's address (a TheyWorkForYou wrans
    address, a questions-statements.parliament.uk detail address) is fetched from the Parliament API."""
    from .address import load_address

    if (fetched := load_address(path)) is not None:
        return fetched
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
    return decode(data, origin, warn), origin


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


def decode(data: bytes, origin: str = "standard input", warn: Warn = _ignore) -> str:
    """Bytes as text: UTF-16 with a byte-order mark, UTF-8 (with or without BOM), else Windows-1252.

    A UTF-8 page with a few bad bytes (a stray byte from a copy, a cut character) stays UTF-8: the bad bytes
    become U+FFFD and `warn` is told once. Only text whose bytes above ASCII are not UTF-8 at all is read as
    Windows-1252 (read as that, a UTF-8 page becomes "â€™" mojibake in every field)."""
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
        valid, invalid = _utf8_sequences(data)
        if valid > invalid:
            text = _refuse_binary(data.decode("utf-8-sig", errors="replace"), origin)
            warn(
                f"{_subject(origin)} is UTF-8 text with {invalid} invalid byte{'s' if invalid != 1 else ''}, "
                "shown as �: check the question and answer read right."
            )
            return text
        # Older Windows tools save pages as Windows-1252 ("£", curly quotes); its five unassigned bytes fall back
        # to Latin-1 so nothing is refused for a stray byte.
        text = "".join(_cp1252_chars(data))
    return _refuse_binary(text, origin)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_sequences(data: bytes) -> tuple[int, int]:
    """(well-formed UTF-8 multi-byte characters, other bytes above ASCII) in `data`."""
    sequences = _UTF8_SEQUENCE.findall(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    return len(sequences), high - sum(len(m) for m in sequences)


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cp1252_chars(data: bytes) -> list[str]:
    try:
        return [data.decode("cp1252")]
    except UnicodeDecodeError:
        return [bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data]


def looks_binary(text: str) -> bool:
    """Whether more than a tenth of the text's start is control characters or U+FFFD (bytes that were not
    text): a program or an image, pasted or saved, rather than a page."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(
        1 for ch in sample if (ch < " " and ch not in "\n\r\t\f") or "\x7f" <= ch <= "\x9f" or ch == "\ufffd"
    )
    return controls > 0.1 * len(sample)


def _refuse_binary(text: str, origin: str) -> str:
    """Refuse text that is mostly control characters (a binary file that slipped past the NUL check)."""
    if looks_binary(text):
        raise ReadError(
            f"{_subject(origin)} looks like a binary file, not text: save the page as text (or copy and paste it)."
        )
    return text


def lenient_incremental_decoder(encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
    """`codecs.getincrementaldecoder` whose decoders replace bytes that are not `encoding` with U+FFFD instead of
    raising: a terminal's input (a paste of any bytes) then always decodes, and reading says what it is."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")
