"""Batch: one letter per body of a class (every police force, every ICB), each saved as its own draft.

The app's face of `foi-helper draft FILE --batch CLASS`: the same composing (letters.batch), the same store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...errors import FoiHelperError
from ...letters.holders import BodyClass, batch_classes, choose_holder
from .. import letter_calls
from ..literal import literal

if TYPE_CHECKING:
    from .main import MainScreen


class BatchScreen(ModalScreen[str | None]):
    """Returns the key of the class chosen, or None when cancelled. The holder's own class comes first."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, classes: list[BodyClass], why: str | None) -> None:
        super().__init__(classes="dialog-screen")
        self.choices = classes
        self.why = why

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog"):
            title = "Batch: one letter per body, each saved as a draft. Choose the bodies (enter)."
            yield Static(literal(title), classes="dialog-title")
            if self.why:
                yield Static(literal(self.why))
            yield OptionList(
                *[Option(literal(f"{c.name} ({len(c.members)} letters)"), id=c.key) for c in self.choices],
                id="batch-classes",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index].key)

    def action_cancel(self) -> None:
        self.dismiss(None)


def start_batch(main: MainScreen) -> None:
    """f8 or the palette (batch): choose the class, then save one draft per body."""
    if main.analysis is None:
        main.notify("Load a written answer first.", severity="warning", markup=False)
        return
    classes = batch_classes()
    choice = choose_holder(main.answer, main.analysis, today=main.today())
    why = None
    if choice is not None and choice.body_class is not None and choice.body_class.members:
        classes.sort(key=lambda c: c.key != choice.body_class.key if choice.body_class else True)
        why = choice.sentence

    def chosen(key: str | None) -> None:
        if key is not None:
            save_batch(main, key)

    main.app.push_screen(BatchScreen(classes, why), chosen)


def save_batch(main: MainScreen, key: str) -> list[str]:
    """Compose the letter for every member of class `key` and save each as a draft; says where they are."""
    store = main.foi_app.store
    try:
        batch = main.session.compose_batch(key, main.today())
        ids = [store.save(draft) for draft in main.session.batch_drafts(batch, datetime.now(UTC))]
    except FoiHelperError as exc:
        main.notify(letter_calls.error_text(exc), title="Batch", severity="error", markup=False, timeout=10)
        return []
    main.notify(
        f"{len(ids)} drafts saved, one per body, in {store.folder} ({ids[0]} to {ids[-1]}); f2 lists them.",
        title="Batch",
        markup=False,
        timeout=10,
    )
    return ids
