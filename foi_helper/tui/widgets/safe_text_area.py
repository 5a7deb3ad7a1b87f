"""A TextArea that never holds terminal escape sequences.

Textual's TextArea writes its characters to the terminal as they are: an ESC sequence in a pasted page or a
hand-edited draft (measured: "\\x1b[2J" clears the screen, an OSC 52 string sets the clipboard) would act on
the user's terminal. Pastes and loaded text are cleaned first (the reading stage's rule).
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import TextArea

from ..literal import clean


class SafeTextArea(TextArea):
    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__(clean(text), **kwargs)

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # TextArea's own handler would insert the raw text
        # the terminal's decoder (paste_input) shows bytes that were not UTF-8 as U+FFFD
        self.pasted_undecoded(event.text.count("\ufffd"))
        if self.read_only:
            return
        start, end = self.selection
        result = self.replace(clean(event.text), start, end)
        self.move_cursor(result.end_location)
        self.focus()

    def pasted_undecoded(self, count: int) -> None:
        """`count` characters of the paste were not UTF-8 (U+FFFD from paste_input's decoder): said once."""
        if count:
            self.notify(f"{count} character{'s' if count != 1 else ''} of the paste were not UTF-8 text and show "
                        "as �: check names and symbols such as £.",
                        title="Paste", severity="warning", markup=False)

    def load_text(self, text: str) -> None:
        super().load_text(clean(text))
