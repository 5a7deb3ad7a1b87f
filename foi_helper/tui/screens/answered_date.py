"""Ask the date a question was answered, when the page does not say it: the letter's periods count from it."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ...dates import parse_date
from ...errors import FoiHelperError
from ..literal import literal


class AnsweredDateScreen(ModalScreen[date | None]):
    """Returns the date typed (YYYY-MM-DD), or None when cancelled; refuses anything else in one sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, why: str) -> None:
        super().__init__(classes="dialog-screen")
        self.why = why

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal("When was the written question answered?"), classes="dialog-title")
            yield Static(literal(self.why))
            yield Input(id="answered", placeholder="YYYY-MM-DD, e.g. 2019-06-24")
            yield Static(literal("The page's address or its date line often gives it; TheyWorkForYou and "
                                 "Hansard print it above the question."), classes="dialog-hint")
            yield Static(literal("enter: compose the letter · esc: later (ctrl+r asks again)"),
                         classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(parse_date(event.value, "answer date"))
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)
