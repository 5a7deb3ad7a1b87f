"""Every key, gathered from the bindings the app and its screens actually declare."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
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
        parts: list[Content | str | tuple[str, str]] = []
        for title, bindings in self.sections:
            rows = _rows(bindings)
            if not rows:
                continue
            parts.append((f"{title}\n", "bold"))
            for keys, what in rows:
                parts.append((f"  {keys:<22}", "bold"))
                parts.append(f"{what}\n")
            parts.append("\n")
        parts.append(("ctrl+p opens the command palette: every action above, by name.", "dim"))
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal("Keys"), classes="dialog-title")
            with VerticalScroll():
                yield Static(literal(*parts), id="help-text")

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
        Binding("f7", "", "Select all the letter; ctrl+c copies a selection"),
        Binding("ctrl+p", "", "Command palette"),
    ]
    dialogs = [Binding("y, n, esc", "", "Answer a question: yes, no, cancel")]
    return [
        ("Everywhere", type(app).BINDINGS),  # type: ignore[attr-defined]
        ("Paste view", StartScreen.BINDINGS),
        ("Letter screen", MainScreen.BINDINGS),
        ("Points", PointList.BINDINGS),
        ("Related questions", RelatedList.BINDINGS),
        ("Editing", editor),
        ("Drafts (f2)", DraftsScreen.BINDINGS),
        ("Dialogs", dialogs),
    ]
