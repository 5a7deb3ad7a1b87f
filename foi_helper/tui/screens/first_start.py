"""The first start: the requester's name and email (and, optionally, a postal address) before the first
letter, and an offer to build the index of earlier questions (online only on a yes, or from a file)."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from ...errors import FoiHelperError
from ...settings import Config
from ..literal import literal
from ..typed_keys import after_typed_keys
from ..widgets.form_input import FormInput
from .index import FIRST_UPDATE_ESTIMATE

IndexChoice = Literal["none", "update", "import"]


class FirstStartScreen(ModalScreen[tuple[Config, IndexChoice] | None]):
    """Returns the saved settings and what to do about the index, or None when put off (esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Later"),
        Binding("ctrl+s", "save('none')", "Save", priority=True),
    ]

    def __init__(self, config: Config) -> None:
        super().__init__(classes="dialog-screen")
        self.config = config

    def compose(self) -> ComposeResult:
        c = self.config
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal("Welcome to foi-helper"), classes="dialog-title")
            with VerticalScroll():
                yield Static(literal(
                    "A request is valid only with your real name and an address for the reply (FOIA "
                    "s.8(1)(b)). They stay on this computer; f3 changes them."))
                yield Static(literal("Your name"))
                yield FormInput(c.name, id="first-name", placeholder="your full name", compact=True)
                yield Static(literal("Email address (for replies)"))
                yield FormInput(c.email, id="first-email", placeholder="you@example.org", compact=True)
                yield Static(literal("Postal address (optional; needed only when writing by post)"))
                yield FormInput(c.address, id="first-address", placeholder="one line; f3 takes several", compact=True)
                yield Static(literal(
                    ("Earlier questions", "bold"), " close to yours, to cite in the letter, need an index: "
                    f"building it fetches {FIRST_UPDATE_ESTIMATE}. Nothing goes online unless you choose; "
                    "or import a saved API file, or do either later (f9)."), id="first-index")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="save-none", variant="primary", compact=True)
                yield Button("Save, fetch online", id="save-update", compact=True)
                yield Button("Save, import file", id="save-import", compact=True)
            yield Static(literal("ctrl+s: save · esc: later (asked again next time)"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#first-name", Input).focus()

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = str(event.button.id).removeprefix("save-")
        self.action_save(choice)

    def action_save(self, choice: str) -> None:
        # ctrl+s is a priority binding: save after the keys typed before it
        after_typed_keys(self, lambda: self._save(choice))

    def _save(self, choice: str) -> None:
        from ...letters.compose import check_requester

        name = self.query_one("#first-name", Input).value.strip()
        email = self.query_one("#first-email", Input).value.strip()
        if not name or not email:
            self.notify("Give your name and an email address: a request is not valid without them.",
                        severity="warning", markup=False)
            self.query_one("#first-name" if not name else "#first-email", Input).focus()
            return
        try:
            config = Config.from_dict({**self.config.to_dict(), "name": name, "email": email,
                                       "address": self.query_one("#first-address", Input).value.strip()})
            check_requester(config.requester())  # the letters stage's own rule
            config.save()
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        index: IndexChoice = choice if choice in ("update", "import") else "none"  # type: ignore[assignment]
        self.dismiss((config, index))

    def action_later(self) -> None:
        self.dismiss(None)
