"""Saved drafts: open one, delete it (asking first), mark it sent, or write its follow-up letter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from ...errors import FoiHelperError
from ..letter_calls import error_text
from ..literal import clean, literal
from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ...drafts import Draft
    from ..app import FoiHelperApp


class DraftsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_draft", "Open", show=False),
        Binding("o", "open_draft", "Open"),
        Binding("d,delete", "delete_draft", "Delete"),
        Binding("s", "mark_sent", "Mark sent"),
        Binding("f", "follow_up", "Follow-up letter"),
        Binding("escape", "close", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.drafts: list[Draft] = []
        self.problems: list[str] = []

    @property
    def foi_app(self) -> FoiHelperApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="drafts-box"):
            yield Static(literal("Drafts"), classes="section")
            yield DataTable(id="drafts", cursor_type="row", zebra_stripes=True)
            yield Static(id="drafts-note", classes="dim")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._fill()  # the title column takes the new width; the drafts are not read again

    def _add_columns(self, table: DataTable[Text]) -> None:
        # What a user scans for first comes first; the title takes what the others leave, so every column is
        # on screen at 100 columns. The long id is not a column: the note under the table names the selected
        # one.
        fixed = [("Status", 14), ("Next step", 26), ("Authority", 14), ("Changed", 12)]
        room = self.size.width - sum(w + 2 for _, w in fixed) - 4  # cell padding, border and scrollbar
        table.add_column("Title", width=max(16, room))
        for label, width in fixed:
            table.add_column(label, width=width)

    def reload(self) -> None:
        try:
            self.drafts = self.foi_app.store.saved_drafts()
            self.problems = list(self.foi_app.store.problems)
        except FoiHelperError as exc:
            self.drafts, self.problems = [], [str(exc)]
        self._fill()

    def _fill(self) -> None:
        from ...drafts.tracking import due_phrase

        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._add_columns(table)
        today = self.foi_app.today()
        for d in self.drafts:
            # rich Text: literal (no markup) and measured properly for the column widths
            cells = [d.title, d.status.replace("_", " "), due_phrase(d, today, short=True) or "-",
                     d.authority or "?", f"{d.updated:%d %b %H:%M}"]
            table.add_row(*(Text(clean(c)) for c in cells), key=d.id)
        if self.drafts:
            table.move_cursor(row=min(row, len(self.drafts) - 1))
        self._show_note()

    def _show_note(self) -> None:
        table = self.query_one(DataTable)
        if not self.drafts:
            note = "No drafts yet: ctrl+s on the letter screen saves one."
        else:
            chosen = self.drafts[min(table.cursor_row, len(self.drafts) - 1)]
            note = (f"{chosen.id} · enter: open · d: delete · s: mark sent · f: follow-up letter · "
                    "esc: back")
        self.query_one("#drafts-note", Static).update(literal("\n".join([note, *self.problems])))

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._show_note()

    def selected(self) -> Draft | None:
        table = self.query_one(DataTable)
        if not self.drafts or table.cursor_row is None or table.cursor_row >= len(self.drafts):
            self.notify("No draft is selected.", severity="warning", markup=False)
            return None
        return self.drafts[table.cursor_row]

    def on_data_table_row_selected(self, _: DataTable.RowSelected) -> None:
        self.action_open_draft()

    def action_open_draft(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        app = self.foi_app

        def open_it() -> None:
            app.pop_screen()
            app.open_answer(draft.source_text, draft.source_origin, draft.answer, draft=draft)

        app.leave_main_then(open_it)

    def action_delete_draft(self) -> None:
        draft = self.selected()
        if draft is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.foi_app.store.delete(draft.id)
            except FoiHelperError as exc:
                self.notify(error_text(exc), severity="error", markup=False)
                return
            self.notify(f"Deleted {draft.id} (`foi-helper drafts restore {draft.id}` brings it back).",
                        markup=False)
            main = self.foi_app.main_screen()
            if main is not None:
                # Not main.changed(): its autosave would bring the deleted draft back at once.
                main.session.forget_draft(draft.id)
            self.reload()

        self.app.push_screen(ConfirmScreen(f"Delete the draft {draft.title!r} ({draft.id})?",
                                           yes="Delete", no="Keep"), answered)

    def action_mark_sent(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        from .mark_sent import MarkSentScreen

        def sent(result: tuple[date, str] | None) -> None:
            if result is None:
                return
            try:
                self.foi_app.store.mark_sent(draft.id, result[0], result[1])
            except FoiHelperError as exc:
                self.notify(error_text(exc), severity="error", markup=False)
                return
            self.notify(f"Marked {draft.id} as sent on {result[0].isoformat()} by {result[1]}.", markup=False)
            self.reload()

        self.app.push_screen(MarkSentScreen(self.foi_app.today()), sent)

    def action_follow_up(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        from .follow_up import FollowUpKindScreen

        self.app.push_screen(FollowUpKindScreen(draft, self.foi_app.today()))

    def action_close(self) -> None:
        self.app.pop_screen()
