"""Every key, gathered from the bindings the app and its screens actually declare."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..literal import literal


def _rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    rows = []
    for b in bindings:
        if isinstance(b, Binding) and b.description:
            keys = ", ".join(k.strip().replace("question_mark", "?") for k in b.key.split(","))
            rows.append((keys, b.tooltip or b.description))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "close", "Close")]

    def __init__(self, sections: list[tuple[str, Iterable[BindingType]]]) -> None:
        super().__init__(classes="dialog-screen")
        self.sections = sections

    def compose(self) -> ComposeResult:
        # A grid: keys in their own column, each description wrapping within its own (at 80 columns too).
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold", min_width=14)
        grid.add_column(ratio=1)
        first = True
        for title, bindings in self.sections:
            rows = _rows(bindings)
            if not rows:
                continue
            if not first:
                grid.add_row("", "")
            first = False
            grid.add_row(Text(title, style="bold underline"), "")
            for keys, what in rows:
                grid.add_row(Text(keys), Text(what))
        grid.add_row("", "")
        grid.add_row("", Text("ctrl+p opens the command palette: every action above, by name.", style="dim"))
        self.grid = grid
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal("Keys · esc closes"), classes="dialog-title")
            with VerticalScroll():
                yield Static(grid, id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)


def help_sections(app: object) -> list[tuple[str, Iterable[BindingType]]]:
    """The keys of every part of the app, read from the classes that declare them."""
    from ..widgets.point_list import PointList
    from ..widgets.related_list import RelatedList
    from .drafts import DraftsScreen
    from .main import MainScreen
    from .start import StartScreen

    editor = [
        Binding("tab, shift+tab", "", "Move between the points, related questions and the letter"),
        Binding("ctrl+z, ctrl+y", "", "Undo, redo (in the letter)"),
        Binding("shift+arrows", "", "Select text in the letter; ctrl+c copies a selection, ctrl+l the whole letter"),
        Binding("ctrl+p", "", "Command palette"),
    ]
    dialogs = [Binding("y, n, esc", "", "Answer a question: yes, no, cancel")]
    return [
        ("Everywhere", type(app).BINDINGS),  # type: ignore[attr-defined]
        # the paste view's own keys; those it shares with the app (to show them in its footer) are above
        ("Paste view", [b for b in StartScreen.BINDINGS if not (isinstance(b, Binding)
                                                               and b.action.startswith("app."))]),
        ("Letter screen", MainScreen.BINDINGS),
        ("Points", PointList.BINDINGS),
        ("Related questions", RelatedList.BINDINGS),
        ("Editing", editor),
        ("Drafts (f2)", DraftsScreen.BINDINGS),
        ("Dialogs", dialogs),
    ]
