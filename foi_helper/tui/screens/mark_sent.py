"""Record that a draft was sent: the day (default today), how, and the request's public page if it has one."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from ...drafts import CHANNELS
from ...errors import DraftError
from ..literal import literal
from ..typed_keys import after_typed_keys
from .record_event import parse_day


class MarkSentScreen(ModalScreen[tuple[date, str, str | None] | None]):
    """Returns (sent on, channel, request page or None), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        # enter records from anywhere in the dialog, the channel's dropdown included (unless it is open)
        Binding("enter", "record", "Record it", priority=True),
    ]

    def __init__(self, today: date) -> None:
        super().__init__(classes="dialog-screen")
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal("Mark as sent"), classes="dialog-title")
            yield Static(literal("Sent on (YYYY-MM-DD)"))
            yield Input(self.today.isoformat(), id="sent-on", compact=True)
            yield Static(literal("Sent by"))
            yield Select([(literal(c), c) for c in CHANNELS], value="email", allow_blank=False, id="channel",
                         compact=True)
            yield Static(literal("The request's public page, if any (e.g. on WhatDoTheyKnow)"))
            yield Input(placeholder="https://www.whatdotheyknow.com/request/…", id="request-url", compact=True)
            yield Static(literal("enter: record it · esc: cancel"), classes="dialog-hint")

    def action_record(self) -> None:
        select = self.query_one(Select)
        if select.expanded:
            raise SkipAction()  # enter chooses in the open dropdown
        after_typed_keys(self, self._record)

    def _record(self) -> None:
        select = self.query_one(Select)
        try:
            on = parse_day(self.query_one("#sent-on", Input).value, self.today)
        except DraftError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        url = self.query_one("#request-url", Input).value.strip() or None
        self.dismiss((on, str(select.value), url))

    def action_cancel(self) -> None:
        self.dismiss(None)
