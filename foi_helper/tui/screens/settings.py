"""Settings: the requester's name, email and address, the default law and the date range; saved as TOML."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static, TextArea

from ...dates import parse_date
from ...errors import FoiHelperError
from ...labels import LAW_NAMES
from ...settings import Config, config_path
from ..literal import literal
from ..typed_keys import after_typed_keys
from ..widgets.form_input import FormInput
from ..widgets.safe_text_area import SafeTextArea

LAW_CHOICES = [(name, law) for law, name in LAW_NAMES.items()]


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
                yield FormInput(c.name, id="name", placeholder="your full name")
                yield Static(literal("Email address (for replies)"))
                yield FormInput(c.email, id="email", placeholder="you@example.org")
                yield Static(literal("Postal address (optional; needed only when writing by post)"))
                yield SafeTextArea(c.address, id="address")
                yield Static(literal("Law to use when the authority does not decide it"))
                yield Select([(literal(label), value) for label, value in LAW_CHOICES],
                             value=c.default_law,
                             allow_blank=False, id="law")
                yield Static(literal("Ask for records from (YYYY-MM-DD; empty: the answer's own period, "
                                     "from the events it names)"))
                yield FormInput(c.date_from.isoformat() if c.date_from else "", id="date_from")
                yield Static(literal("… to (YYYY-MM-DD; empty: the answer's date)"))
                yield FormInput(c.date_to.isoformat() if c.date_to else "", id="date_to")
            yield Static(literal(f"ctrl+s: save to {config_path()} · esc: cancel"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self.focus_next()

    def action_save(self) -> None:
        # ctrl+s is a priority binding: save after the keys typed before it
        after_typed_keys(self, self._save)

    def _save(self) -> None:
        values: dict[str, object] = {f: self.query_one(f"#{f}", Input).value.strip() for f in ("name", "email")}
        for key in ("date_from", "date_to"):
            typed = self.query_one(f"#{key}", Input).value.strip()
            try:
                values[key] = parse_date(typed) if typed else None
            except FoiHelperError:
                self.notify(f"{typed!r} is not a date; write it as YYYY-MM-DD or leave it empty.",
                            severity="error", markup=False)
                return
        start, end = values["date_from"], values["date_to"]
        if isinstance(start, date) and isinstance(end, date) and start > end:
            self.notify("The start of the date range is after its end.", severity="error", markup=False)
            return
        from ...letters.compose import check_requester

        try:
            config = Config.from_dict({**self.config.to_dict(), **values,
                                       "address": self.query_one("#address", TextArea).text.strip(),
                                       "default_law": str(self.query_one("#law", Select).value)})
            check_requester(config.requester())  # the letters stage's own rule, refused now, not later
            path = config.save()
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"Settings saved to {path}.", markup=False)
        self.dismiss(config)

    def action_cancel(self) -> None:
        self.dismiss(None)
