"""Settings: the requester's name, email and address, the default law and the date range; saved as TOML."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static, TextArea

from ...errors import FoiHelperError
from ...settings import Config, config_path
from ..literal import literal
from ..widgets.safe_text_area import SafeTextArea

LAW_CHOICES = [
    ("Freedom of Information Act 2000 (UK-wide and English, Welsh, NI bodies)", "foia"),
    ("Freedom of Information (Scotland) Act 2002 (Scottish public authorities)", "foisa"),
    ("Environmental Information Regulations 2004 (environmental information)", "eir"),
]


class SettingsScreen(ModalScreen[Config | None]):
    """Returns the saved Config, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save settings", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, config: Config) -> None:
        super().__init__(classes="dialog-screen")
        self.config = config

    def compose(self) -> ComposeResult:
        c = self.config
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal("Settings"), classes="dialog-title")
            with VerticalScroll():
                yield Static(literal("Your name (a request without one is not valid: FOIA s.8(1)(b))"))
                yield Input(c.name, id="name", placeholder="your full name")
                yield Static(literal("Email address (for replies)"))
                yield Input(c.email, id="email", placeholder="you@example.org")
                yield Static(literal("Postal address (optional; needed only when writing by post)"))
                yield SafeTextArea(c.address, id="address")
                yield Static(literal("Law to use when the authority does not decide it"))
                yield Select([(literal(label), value) for label, value in LAW_CHOICES],
                             value=c.default_law if c.default_law in ("foia", "foisa", "eir") else "foia",
                             allow_blank=False, id="law")
                yield Static(literal("Ask for records from (YYYY-MM-DD; empty: 1 January of the year before "
                                     "the answer)"))
                yield Input(c.date_from, id="date_from")
                yield Static(literal("… to (YYYY-MM-DD; empty: the date of the request)"))
                yield Input(c.date_to, id="date_to")
            yield Static(literal(f"ctrl+s: save to {config_path()} · esc: cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self.focus_next()

    def action_save(self) -> None:
        keys = ("name", "email", "date_from", "date_to")
        values = {f: self.query_one(f"#{f}", Input).value.strip() for f in keys}
        for key in ("date_from", "date_to"):
            if values[key]:
                try:
                    date.fromisoformat(values[key])
                except ValueError:
                    self.notify(f"{values[key]!r} is not a date; write it as YYYY-MM-DD or leave it empty.",
                                severity="error", markup=False)
                    return
        if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
            self.notify("The start of the date range is after its end.", severity="error", markup=False)
            return
        config = dataclasses.replace(
            self.config, **values, address=self.query_one("#address", TextArea).text.strip(),
            default_law=str(self.query_one("#law", Select).value),
        )
        from ...letters.compose import check_requester
        from ..letter_calls import requester_from

        try:
            check_requester(requester_from(config))  # the letters stage's own rule, refused now, not later
            path = config.save()
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"Settings saved to {path}.", markup=False)
        self.dismiss(config)

    def action_cancel(self) -> None:
        self.dismiss(None)
