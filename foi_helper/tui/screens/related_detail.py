"""The full text of an earlier question and its answer, found in the index."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...model import Match
from ..literal import literal


def match_heading(match: Match) -> str:
    bits = [
        match.uin or "UIN unknown",
        match.house or "house unknown",
        f"answered {match.date_answered.isoformat()}" if match.date_answered
        # An index record without metadata can still hold the answer's text: its date is unknown, not absent.
        else "answer date unknown" if match.answer else "not answered",
        match.department or "department unknown",
    ]
    return " · ".join(bits)


class RelatedDetailScreen(ModalScreen[bool]):
    """Returns True when the user asked to cite this question in the letter (c), False otherwise."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close"),
        Binding("c", "cite", "Cite in letter"),
    ]

    def __init__(self, match: Match, cited: bool) -> None:
        super().__init__(classes="dialog-screen")
        self.match = match
        self.cited = cited

    def compose(self) -> ComposeResult:
        m = self.match
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal(m.heading or "Untitled"), classes="dialog-title")
            yield Static(literal(match_heading(m)), classes="dialog-hint")
            with VerticalScroll(id="related-text"):
                yield Static(literal(("Question\n", "bold"), m.question))
                answer = m.answer or "(The index holds no answer text for this question.)"
                if m.clipped:
                    # One flag for both texts: the list endpoint cuts questions and answers at 255 characters.
                    answer += ("\n\n(The index holds this question or its answer cut short, as the API's list "
                               "gave it.)")
                yield Static(literal(("\nAnswer\n", "bold"), answer))
                if m.url:
                    yield Static(literal(f"\n{m.url}"), classes="dim")
            if self.cited:
                cite = "c: stop citing it"
            elif m.uin:
                cite = "c: cite it in the letter"
            else:
                cite = "no UIN in the index, so the letter cannot name it"
            yield Static(literal(f"{cite} · esc: close"), classes="dialog-hint")

    def action_cite(self) -> None:
        self.dismiss(True)  # the list refuses, with its reason, a question it cannot cite

    def action_close(self) -> None:
        self.dismiss(False)
