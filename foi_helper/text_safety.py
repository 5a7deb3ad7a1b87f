"""Cleaning every string that leaves the program: for a terminal, a file, a letter or `--json`.

Pages, API records, index rows, settings and user templates are untrusted. An ESC sequence could move the
cursor, clear or retitle the terminal, write the clipboard (OSC 52) or hide a link (OSC 8); a bidi override
(U+202E) makes text read differently from what it says; a lone surrogate cannot be written as UTF-8 at all;
a CR in a one-line field (a title, a UIN, an email subject) overwrites what was printed before it or splits
the field. One set of rules, here, serves the readers, the index, both faces, JSON and the letters.
"""

from __future__ import annotations

import dataclasses
import errno
import io
import json
import re
from typing import Any, TextIO, TypeVar

# ANSI/VT escapes, removed whole so no stray "[31m" remains: CSI (ESC [ … final), a string (OSC, DCS, SOS,
# PM, APC) only with its terminator (BEL or ST) and without a line break inside, two-byte ESC x, and the
# 8-bit CSI (U+009B). An unterminated ESC ] loses only those two characters, not the rest of the page. Each
# alternative scans forward without backtracking into what it passed, so cleaning stays linear in the text.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
# C0 controls except \t and \n, DEL, C1 controls, zero-width and bidi formatting characters, BOM, and lone
# surrogates (in a Python string every surrogate is lone: a valid pair is one code point).
_CONTROL_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff"
)
_CONTROLS = re.compile(f"[{_CONTROL_CHARS}]")
_ANYTHING_TO_CLEAN = re.compile(f"[{_CONTROL_CHARS}\r\u2028\u2029]")
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029]")
# What `--json` writes as \uXXXX escapes (json.dumps escapes C0 itself): the same characters, never dropped,
# so the data stays exact while no raw one reaches a terminal.
_JSON_RAW = re.compile("[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Multi-line text without escapes or control characters: \\n and \\t kept; \\r\\n, \\r, U+2028 → \\n."""
    if _ANYTHING_TO_CLEAN.search(text) is None:
        return text  # the common case, checked in C
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """A one-line field (title, UIN, department, name, URL, subject): cleaned, and line breaks and tabs become
    spaces, so the field can never split or overwrite what was printed before it."""
    text = clean_text(text)
    return _LINE_BREAKS.sub(" ", text) if "\n" in text or "\t" in text else text


def clean_optional(text: str | None, *, one_line: bool = False) -> str | None:
    if text is None:
        return None
    return clean_line(text) if one_line else clean_text(text)


T = TypeVar("T")


def clean_fields(obj: T, *, lines: tuple[str, ...] = (), texts: tuple[str, ...] = ()) -> T:
    """A copy of the dataclass `obj` with its string fields `lines` cleaned as one-line fields and `texts` as
    multi-line text (strings in a list field are cleaned one by one); `obj` itself when nothing changes."""
    changes: dict[str, Any] = {}
    for names, one_line in ((lines, True), (texts, False)):
        for name in names:
            value = getattr(obj, name)
            if isinstance(value, str):
                cleaned: Any = clean_line(value) if one_line else clean_text(value)
            elif isinstance(value, list) and any(isinstance(v, str) for v in value):
                cleaned = [(clean_line(v) if one_line else clean_text(v)) if isinstance(v, str) else v
                           for v in value]
            else:
                continue
            if cleaned != value:
                changes[name] = cleaned
    return dataclasses.replace(obj, **changes) if changes else obj  # type: ignore[type-var]


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """`data` as JSON (UTF-8 text kept readable) with every character `clean_text` would remove written as a
    \\uXXXX escape: the values stay exact for a program, and a terminal never sees them raw."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class CleanStream(io.TextIOBase):
    """A text stream (standard output or error) that passes on only cleaned text: the command line's edge.

    Writing to a stream that was closed before the program started (`>&-`) raises BrokenPipeError, as writing
    to a pipe whose reader went away does, so both are handled in one place.
    """

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self.raw_stream = stream

    def write(self, text: str) -> int:
        if self.raw_stream is None:
            raise BrokenPipeError(errno.EPIPE, "the stream is closed")
        self.raw_stream.write(clean_text(text))
        return len(text)

    def flush(self) -> None:
        if self.raw_stream is not None:
            self.raw_stream.flush()

    def isatty(self) -> bool:
        return self.raw_stream is not None and self.raw_stream.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw_stream, "encoding", None) or "utf-8"

    def fileno(self) -> int:
        if self.raw_stream is None:
            raise OSError(errno.EBADF, "the stream is closed")
        return self.raw_stream.fileno()
