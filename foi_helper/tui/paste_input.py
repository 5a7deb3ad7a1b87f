"""Terminal input where a bracketed paste arrives whole, cleaned by the reading stage's rule.

Textual 8's XTermParser mishandles an ESC inside a bracketed paste (measured with a page holding "ESC[31m",
"ESC]0;…BEL", "ESC[2J"): the characters after each ESC leave the paste and are replayed as key presses, so
the pasted text lost whole phrases ("how many schools g failures in 2024he has made") and the keys landed in
the focused widget. Opening the same file read correctly, since `read_answers` strips escapes itself.

This parser holds each paste until its end marker and removes escapes and control characters from it with
`strip_controls` (the function `read_answers` applies to a file's text) before Textual's parser sees it, so a
paste and a file give the same answer.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterable
from typing import Any

from textual._xterm_parser import XTermParser
from textual.message import Message

from ..reading.source import lenient_incremental_decoder
from ..text_safety import clean_text as strip_controls

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


def _marker_prefix_length(text: str, marker: str) -> int:
    """Length of the longest end of `text` that begins `marker` (a marker split across two reads)."""
    for size in range(min(len(marker) - 1, len(text)), 1, -1):  # a lone ESC is the escape key: never held
        if text.endswith(marker[:size]):
            return size
    return 0


class PasteCleaner:
    """Rewrites a stream of terminal input so that every bracketed paste inside it holds no escapes."""

    def __init__(self) -> None:
        self._held = ""
        self._in_paste = False

    def feed(self, data: str) -> str:
        self._held += data
        out: list[str] = []
        while True:
            if not self._in_paste:
                start = self._held.find(PASTE_START)
                if start < 0:
                    keep = _marker_prefix_length(self._held, PASTE_START)
                    out.append(self._held[: len(self._held) - keep])
                    self._held = self._held[len(self._held) - keep:]
                    break
                cut = start + len(PASTE_START)
                out.append(self._held[:cut])
                self._held, self._in_paste = self._held[cut:], True
            else:
                end = self._held.find(PASTE_END)
                if end < 0:
                    break  # the rest of the paste is still on its way
                out.append(strip_controls(self._held[:end]) + PASTE_END)
                self._held, self._in_paste = self._held[end + len(PASTE_END):], False
        return "".join(out)


class PasteSafeParser(XTermParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cleaner = PasteCleaner()

    def feed(self, data: str) -> Iterable[Message]:
        cleaned = self._cleaner.feed(data)
        if data and not cleaned:
            return ()  # all held for now; feeding "" would tell the parser the input has ended
        return super().feed(cleaned)


def install(driver_class: type) -> None:
    """Make `driver_class` read input with PasteSafeParser, decoding bytes that are not UTF-8 as U+FFFD.

    Textual's drivers build their parser from their module's `XTermParser` name, with no hook to pass another:
    that name is rebound, in this process only, for the driver foi-helper runs with.
    """
    module = sys.modules.get(driver_class.__module__)
    if module is not None and getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
        # A paste of bytes that are not UTF-8 (`head -c 2000 /bin/ls`) stopped the input thread: decode them
        # as U+FFFD, and reading refuses them with its sentence.
        module.getincrementaldecoder = lenient_incremental_decoder  # type: ignore[attr-defined]
    if module is not None and getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = PasteSafeParser  # type: ignore[attr-defined]
