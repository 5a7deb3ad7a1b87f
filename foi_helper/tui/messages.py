"""Messages the app's thread workers post back to the UI thread ("attributes down, messages up").

Workers never touch widgets: they post one of these, and a handler on the app updates the screen.
"""

from __future__ import annotations

from textual.message import Message

from ..model import Analysis, Match, WrittenAnswer


class AnswersRead(Message):
    """The reader found these written answers in the pasted or opened text."""

    def __init__(self, text: str, origin: str, answers: list[WrittenAnswer]) -> None:
        super().__init__()
        self.text = text
        self.origin = origin
        self.answers = answers


class AnalysisReady(Message):
    """The points and evasions of the answer on screen."""

    def __init__(self, answer: WrittenAnswer, analysis: Analysis) -> None:
        super().__init__()
        self.answer = answer
        self.analysis = analysis


class RelatedReady(Message):
    """Earlier questions like the one on screen, from the local index."""

    def __init__(self, answer: WrittenAnswer, matches: list[Match]) -> None:
        super().__init__()
        self.answer = answer
        self.matches = matches


class ReferencesFound(Message):
    """The earlier answers this answer refers to ("I refer … to the answer I gave on …"), found in the index."""

    def __init__(self, answer: WrittenAnswer, matches: list[Match]) -> None:
        super().__init__()
        self.answer = answer
        self.matches = matches


class RelatedUnavailable(Message):
    """No related questions can be shown; `reason` says why and what to do, in one sentence."""

    def __init__(self, answer: WrittenAnswer, reason: str) -> None:
        super().__init__()
        self.answer = answer
        self.reason = reason
