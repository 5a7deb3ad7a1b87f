"""Ask for a file path, with completion: opening an answer (ctrl+o) and exporting the letter (ctrl+t)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..literal import literal
from ..widgets.path_input import PathInput, path_candidates, typed_path


class PathPromptScreen(ModalScreen[str | None]):
    """Returns the path typed (with ~ expanded), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, hint: str, value: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.prompt_title = title
        self.hint = hint
        self.initial = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal(self.prompt_title), classes="dialog-title")
            yield PathInput(self.initial, id="path")
            yield Static(literal(self.hint), classes="dialog-hint")
            yield Static(id="candidates", classes="candidates")

    def on_mount(self) -> None:
        self._show_candidates(self.initial)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show_candidates(event.value)

    def _show_candidates(self, value: str) -> None:
        found = path_candidates(value)
        lines = found[:8] + ([f"… and {len(found) - 8} more"] if len(found) > 8 else [])
        for candidates in self.query("#candidates").results(Static):  # none once dismissed (a quick esc)
            candidates.update(literal("\n".join(lines)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        import os

        value = typed_path(event.value.strip())
        if not value:
            return
        path = os.path.expanduser(value)
        if os.path.isdir(path):
            # A folder (often one tab short of the file greyed after it): stay, with its files listed below.
            self.notify(f"{value} is a folder: tab completes the name shown after it, or type the file's name.",
                        severity="warning", markup=False)
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
