"""The grounds of an internal review or a complaint: ticked from the draft's history (no reply in time, a
part answer, the recorded refusal's exemptions), changed by the user, with their own words."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Button, Input, SelectionList, Static

from ...letters.follow_up_letters import REASONS
from ..literal import literal
from ..typed_keys import after_typed_keys

GROUND_NAMES = {
    "no_reply": "No reply within the time the law allows",
    "exemption_disputed": "The exemption cited does not cover all that was withheld",
    "cost_limit_no_advice": "Refused on cost without advice on narrowing the request",
    "partial_answer": "Not every item of the request was dealt with",
    "not_held_doubted": "I doubt that the information is not held",
}


class TickList(SelectionList[str]):
    """A SelectionList whose boxes read "X" when ticked and blank when not, so a tick shows without colour."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) < 3 or index >= self.option_count:
            return strip
        ticked = self.get_option_at_index(index).value in self._selected
        box = segments[1]
        segments[1] = box._replace(text="X" if ticked else " ")
        return Strip(segments, strip.cell_length)


class GroundsScreen(ModalScreen[tuple[str, ...] | None]):
    """Returns the reasons (keys of the letters stage's REASON_TEXT, and sentences), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "done", "Write the letter", priority=True),
        # enter writes the letter from anywhere, as the hint says: in the list it would tick a ground instead,
        # and a ground ticked by a key meant to finish is a false ground in the letter
        Binding("enter", "done", "Write the letter", priority=True, show=False),
    ]

    def __init__(self, title: str, defaults: tuple[str, ...]) -> None:
        super().__init__(classes="dialog-screen")
        self.grounds_title = title
        self.defaults = defaults

    def compose(self) -> ComposeResult:
        own = " ".join(r for r in self.defaults if r not in REASONS)
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal(self.grounds_title), classes="dialog-title")
            yield Static(literal("Why? Ticked from what the draft's history shows; space ticks or unticks."),
                         classes="dialog-hint")
            yield TickList(*[(literal(GROUND_NAMES.get(r, r.replace("_", " "))), r, r in self.defaults)
                                       for r in REASONS], id="grounds")
            yield Static(literal("In your own words (optional; the refusal's exemptions are named here)"))
            yield Input(own, id="own-words", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal("Write the letter (ctrl+s)"), id="write", variant="primary", compact=True)
            yield Static(literal("space: tick · tab: next · enter: write the letter · esc: cancel"),
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def on_button_pressed(self, _: Button.Pressed) -> None:
        self._done()

    def action_done(self) -> None:
        after_typed_keys(self, self._done)  # after the words typed just before the key

    def _done(self) -> None:
        chosen: list[str] = list(self.query_one(SelectionList).selected)
        own = self.query_one("#own-words", Input).value.strip()
        if own:
            chosen.append(own)
        if not chosen:
            self.notify("Tick at least one reason, or write your own.", severity="warning", markup=False)
            return
        self.dismiss(tuple(chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)
