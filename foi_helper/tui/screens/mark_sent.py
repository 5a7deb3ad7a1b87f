"""Record that a draft was sent: the day (default today) and how."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from ...drafts import CHANNELS
from ..literal import literal


class MarkSentScreen(ModalScreen[tuple[date, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, today: date) -> None:
        super().__init__(classes="dialog-screen")
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal("Mark as sent"), classes="dialog-title")
            yield Static(literal("Sent on (YYYY-MM-DD)"))
            yield Input(self.today.isoformat(), id="sent-on")
            yield Static(literal("Sent by"))
            yield Select([(literal(c), c) for c in CHANNELS], value="email", allow_blank=False, id="channel")
            yield Static(literal("enter: record it · esc: cancel"), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            on = date.fromisoformat(event.value.strip())
        except ValueError:
            self.notify("Write the date as YYYY-MM-DD, e.g. 2026-11-28.", severity="error", markup=False)
            return
        if on > self.today:
            self.notify("That date is in the future; record sending once it has happened.", severity="error",
                        markup=False)
            return
        self.dismiss((on, str(self.query_one(Select).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)
