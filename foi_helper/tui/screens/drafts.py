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
from ...letters.titles import without_period
from ..commands import BindingCommands
from ..letter_calls import error_text
from ..literal import clean, literal
from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ...drafts import Draft
    from ..app import FoiHelperApp


STATUS_NAMES = {"clarification_asked": "asked to clarify", "review_requested": "review asked",
                "review_answered": "review decided", "part_answered": "part answered"}


def whose_move(draft: Draft, today: date) -> str:
    """Who acts next and by when: "Authority · 29 Dec 2026", "You · 12 Jan 2027", "Authority · overdue by 3
    working days", or "-" when nothing is running."""
    from ...drafts.tracking import next_step, working_days_between

    step = next_step(draft)
    if step is None:
        return "You · to clarify" if draft.status == "clarification_asked" else "-"
    who = "Authority" if step.whose == "authority" else "You"
    late = -working_days_between(today, step.due, draft.law)
    if late > 0:
        return f"{who} · overdue by {late} working day{'s' if late != 1 else ''}"
    return f"{who} · {step.due.day} {step.due:%b %Y}"


def _wrapped(text: str, width: int, most: int = 4) -> list[str]:
    """`text` in lines of at most `width` cells, at most `most` of them (the last ending "…" when cut)."""
    import textwrap

    lines = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(lines) > most:
        lines = [*lines[:most - 1], textwrap.shorten(" ".join(lines[most - 1:]), width, placeholder="…")]
    return lines


class DraftsScreen(Screen[None]):
    COMMANDS = {BindingCommands}  # noqa: RUF012 - typed by Screen; this screen's keys, in the palette
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_draft", "Open", tooltip="Open the draft's letter", show=False),
        Binding("o", "open_draft", "Open", tooltip="Open the draft's letter", show=False),  # the note says enter
        Binding("s", "mark_sent", "Sent", tooltip="Mark the draft as sent: the reply clock starts"),
        Binding("r", "record_event", "Reply",
                tooltip="Record what happened: acknowledged, answered, refused, review, complaint…"),
        Binding("f", "follow_up", "Follow-up",
                tooltip="Write a follow-up letter: chaser, internal review, complaint, clarification"),
        Binding("d,delete", "delete_draft", "Delete", tooltip="Delete the draft (u brings it back)"),
        Binding("u", "restore_draft", "Restore", tooltip="Restore a deleted draft"),
        Binding("escape", "close", "Back", tooltip="Back to the letter or the paste view"),
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

    def _columns(self) -> list[tuple[str, int]]:
        """What a user scans for first comes first: the title, where it stands, whose move it is and by when.
        The authority is a column from 110 columns up (the note under the table names it below that)."""
        narrow = self.size.width < 100  # the cells wrap, and the change shows its day only
        fixed = [("Status", 13 if narrow else 16), ("Whose move, by when", 20 if narrow else 25)]
        if self.size.width >= 110:
            fixed.append(("Authority", 16))
        fixed.append(("Changed", 7 if narrow else 12))
        room = self.size.width - sum(w + 2 for _, w in fixed) - 4  # cell padding, border and scrollbar
        return [("Title", max(16, room)), *fixed]

    def _add_columns(self, table: DataTable[Text]) -> None:
        # The long id is not a column: the note under the table names the selected one.
        for label, width in self._columns():
            table.add_column(label, width=width)

    def reload(self) -> None:
        try:
            self.drafts = self.foi_app.store.saved_drafts()
            self.problems = list(self.foi_app.store.problems)
        except FoiHelperError as exc:
            self.drafts, self.problems = [], [str(exc)]
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._add_columns(table)
        today = self.foi_app.today()
        columns = self._columns()
        wide = any(label == "Authority" for label, _ in columns)
        narrow = self.size.width < 100
        for d in self.drafts:
            # a narrow list shows the title's subject; its period is in the note below, with the whole title
            title = without_period(d.title) if narrow else d.title
            cells = [title, STATUS_NAMES.get(d.status, d.status.replace("_", " ")), whose_move(d, today)]
            if wide:
                cells.append(d.authority or "?")
            cells.append(f"{d.updated:%d %b %H:%M}" if columns[-1][1] >= 12 else f"{d.updated:%d %b}")
            # wrapped to the column (a title in at most four lines, the note below gives it whole); rich
            # Text: literal (no markup) and measured properly for the column widths
            lines = [_wrapped(clean(c), width) for c, (_, width) in zip(cells, columns, strict=True)]
            table.add_row(*(Text("\n".join(c)) for c in lines), key=d.id, height=max(len(c) for c in lines))
        if self.drafts:
            table.move_cursor(row=min(row, len(self.drafts) - 1))
        self._show_note()

    def _show_note(self) -> None:
        table = self.query_one(DataTable)
        if not self.drafts:
            note = "No drafts yet: ctrl+s on the letter screen saves one."
        else:
            chosen = self.drafts[min(table.cursor_row, len(self.drafts) - 1)]
            note = self._details(chosen)
        self.query_one("#drafts-note", Static).update(literal("\n".join([note, *self.problems])))

    def _details(self, draft: Draft) -> str:
        """The selected draft: its id, authority, reference, where it stands and what fits next."""
        from ...drafts.tracking import FOLLOW_UP_NAMES, due_phrase, follow_ups

        today = self.foi_app.today()
        parts = [draft.id, draft.authority or "authority unknown", "enter opens it"]
        if draft.reference:
            parts.append(f"their reference {draft.reference}")
        line = " · ".join(parts)
        if self.size.width < 100 and without_period(draft.title) != draft.title:
            line = f"{draft.title}\n{line}"  # the list shows its subject only
        phrase = due_phrase(draft, today)
        if phrase:
            line += f"\n{phrase[0].upper()}{phrase[1:]}"
        fitting = follow_ups(draft, today)
        if fitting:
            line += " · fits now: " + ", ".join(FOLLOW_UP_NAMES[k] for k in fitting) + " (f)"
        if draft.sent_on is None:
            line += "\nNot sent yet: s marks it sent."
        return line

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
            self.notify(f"Deleted {draft.id}; u restores it.", markup=False)
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

        def sent(result: tuple[date, str, str | None] | None) -> None:
            if result is None:
                return
            on, channel, url = result
            try:
                updated = self.foi_app.store.mark_sent(draft.id, on, channel, request_url=url)
            except FoiHelperError as exc:
                self.notify(error_text(exc), severity="error", markup=False)
                return
            self._after_change(updated, f"Marked {draft.id} as sent on {on.isoformat()} by {channel}.")

        self.app.push_screen(MarkSentScreen(self.foi_app.today()), sent)

    def action_record_event(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        from ...drafts import Event
        from ...drafts.tracking import record_reply
        from .record_event import RecordEventScreen

        def recorded(result: tuple[Event, str | None] | None) -> None:
            if result is None:
                return
            event, reference = result
            try:
                updated = record_reply(self.foi_app.store, draft.id, event, reference)
            except FoiHelperError as exc:
                self.notify(str(exc), severity="error", markup=False, timeout=10)
                return
            self._after_change(updated, f"Recorded: {event.label} on {event.on.isoformat()}.")

        self.app.push_screen(RecordEventScreen(draft, self.foi_app.today()), recorded)

    def _after_change(self, updated: Draft, note: str) -> None:
        """The list and the letter on screen (when it is this draft) take the new history."""
        from ...drafts.tracking import due_phrase

        phrase = due_phrase(updated, self.foi_app.today())
        self.notify(note + (f" Next: {phrase}." if phrase else ""), markup=False)
        main = self.foi_app.main_screen()
        if main is not None and main.draft is not None and main.draft.id == updated.id:
            main.draft.history, main.draft.reference = updated.history, updated.reference
            main.draft.request_url = updated.request_url
            main.draft.loaded_digest = updated.loaded_digest
            main.lock_if_sent()
        self.reload()

    def action_restore_draft(self) -> None:
        from ...drafts.store import DELETED
        from .picker import ChoiceScreen

        store = self.foi_app.store
        try:
            deleted = store.ids(store.folder / DELETED) if (store.folder / DELETED).is_dir() else []
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if not deleted:
            self.notify("No deleted drafts to restore.", markup=False)
            return

        def chosen(draft_id: str | None) -> None:
            if draft_id is None:
                return
            try:
                restored = store.restore(draft_id)
            except FoiHelperError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(f"Restored {restored}.", markup=False)
            self.reload()

        self.app.push_screen(ChoiceScreen("Restore a deleted draft", list(reversed(deleted))), chosen)

    def action_follow_up(self) -> None:
        draft = self.selected()
        if draft is None:
            return
        from .follow_up import FollowUpKindScreen

        self.app.push_screen(FollowUpKindScreen(draft, self.foi_app.today()))

    def action_close(self) -> None:
        self.app.pop_screen()
