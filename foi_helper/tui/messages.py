"""Messages the app's thread workers post back to the UI thread ("attributes down, messages up").

Workers never touch widgets: they post one of these, and a handler on the app updates the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from ..model import WrittenAnswer

if TYPE_CHECKING:
    from ..pipeline import Findings  # the analysis stage loads in the worker, not at start-up


class AnswersRead(Message):
    """The reader found these written answers in the pasted or opened text."""

    def __init__(self, text: str, origin: str, answers: list[WrittenAnswer], undecoded: int = 0) -> None:
        super().__init__()
        self.text = text
        self.origin = origin
        self.answers = answers
        self.undecoded = undecoded  # bytes of a paste that were not UTF-8 (read as Windows-1252)


class Examined(Message):
    """The answer's points and evasions, with related questions and the earlier answers it refers to.

    `related_note` says, in one sentence, why there are no related questions (no index, or it failed).
    """

    def __init__(self, findings: Findings, related_note: str | None) -> None:
        super().__init__()
        self.findings = findings
        self.related_note = related_note
