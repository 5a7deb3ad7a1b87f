"""Follow-up letters for a sent draft: choose the kind, then edit, copy, export or keep the letter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ...errors import FoiHelperError
from ..clipboard import copy_and_tell
from ..commands import BindingCommands
from ..letter_calls import error_text
from ..literal import literal
from ..widgets.safe_text_area import SafeTextArea
from .confirm import ConfirmScreen

if TYPE_CHECKING:
    from ...drafts import Draft
    from ...model import Letter
    from ..app import FoiHelperApp


class FollowUpKindScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, draft: Draft, today: date) -> None:
        super().__init__(classes="dialog-screen")
        self.draft = draft
        self.today = today

    def compose(self) -> ComposeResult:
        from ...drafts.tracking import FOLLOW_UP_KINDS, FOLLOW_UP_NAMES, due_phrase, follow_ups

        fitting = follow_ups(self.draft, self.today)
        self.fitting = [k for k in FOLLOW_UP_KINDS if k in fitting]
        phrase = due_phrase(self.draft, self.today) or f"status: {self.draft.status.replace('_', ' ')}"
        options = []
        for kind in FOLLOW_UP_KINDS:
            label = FOLLOW_UP_NAMES[kind] + ("  (fits now)" if kind in fitting else "")
            options.append(Option(literal(label), id=kind))
        with Vertical(classes="dialog"):
            yield Static(literal(f"Follow-up for {self.draft.title}"), classes="dialog-title")
            yield Static(literal(phrase), classes="dialog-hint")
            yield OptionList(*options, id="kinds")

    def on_mount(self) -> None:
        from ...drafts.tracking import FOLLOW_UP_KINDS

        if self.fitting:  # start on the first letter that fits now
            self.query_one(OptionList).highlighted = list(FOLLOW_UP_KINDS).index(self.fitting[0])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from ...drafts.follow_up import reasons_from_history

        kind = str(event.option.id)
        if kind in ("internal_review", "complaint"):
            from ...drafts.tracking import FOLLOW_UP_NAMES
            from .grounds import GroundsScreen

            def chosen(reasons: tuple[str, ...] | None) -> None:
                if reasons is not None:
                    self._write(kind, reasons)

            defaults = reasons_from_history(self.draft, kind, self.today)
            self.app.push_screen(GroundsScreen(f"Grounds for your {FOLLOW_UP_NAMES[kind]}", defaults), chosen)
            return
        self._write(kind, ())

    def _write(self, kind: str, reasons: tuple[str, ...]) -> None:
        from ...drafts.follow_up import EarlyChaser, compose_for_draft

        app: FoiHelperApp = self.app  # type: ignore[assignment]
        try:
            letter = compose_for_draft(self.draft, kind, today=self.today, config=app.config, reasons=reasons)
        except EarlyChaser as exc:
            def anyway(yes: bool | None) -> None:
                if yes:
                    self._write_anyway(kind)

            app.push_screen(ConfirmScreen(f"{exc} Write it anyway?", yes="Write it", no="Not yet"), anyway)
            return
        except FoiHelperError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=10)
            return
        self.dismiss(None)
        app.push_screen(FollowUpLetterScreen(self.draft, letter))

    def _write_anyway(self, kind: str) -> None:
        from ...drafts.follow_up import compose_for_draft

        app: FoiHelperApp = self.app  # type: ignore[assignment]
        try:
            letter = compose_for_draft(self.draft, kind, today=self.today, config=app.config, force=True)
        except FoiHelperError as exc:
            self.notify(error_text(exc), severity="error", markup=False, timeout=10)
            return
        self.dismiss(None)
        app.push_screen(FollowUpLetterScreen(self.draft, letter))

    def action_cancel(self) -> None:
        self.dismiss(None)


class FollowUpLetterScreen(ModalScreen[None]):
    COMMANDS = {BindingCommands}  # noqa: RUF012 - typed by Screen
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "copy", "Copy letter", priority=True),
        Binding("ctrl+s", "keep", "Keep with the draft", priority=True),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, draft: Draft, letter: Letter) -> None:
        super().__init__(classes="dialog-screen")
        self.draft = draft
        self.letter = letter

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(literal(self.letter.title), classes="dialog-title")
            yield SafeTextArea(self.letter.body, id="follow-up-letter", soft_wrap=True)
            yield Static(literal("ctrl+l: copy · ctrl+s: keep it with the draft · esc: close"),
                         classes="dialog-hint")

    def action_copy(self) -> None:
        copy_and_tell(self.app, self.query_one(TextArea).text, "The follow-up letter",
                      "select it with f7 and copy it with ctrl+c")

    def action_keep(self) -> None:
        import dataclasses

        letter = dataclasses.replace(self.letter, body=self.query_one(TextArea).text)
        app: FoiHelperApp = self.app  # type: ignore[assignment]
        try:
            app.store.update(self.draft.id, lambda d: d.follow_ups.append(letter))
        except FoiHelperError as exc:
            self.notify(error_text(exc), severity="error", markup=False)
            return
        kind = letter.kind.replace("_", " ")
        # The history moves on when the letter goes, not when it is written: say which event to record then.
        sent_as = {"internal_review": "review_requested", "complaint": "complaint", "clarification": "clarified"}
        event = sent_as.get(letter.kind)
        then = ""
        if event:
            from ...drafts.draft import EVENT_KINDS
            from ..letter_calls import key_of
            from .drafts import DraftsScreen

            then = (f" Once you have sent it, record it on the drafts screen: {key_of(DraftsScreen, 'record_event')}, "
                    f"then \"{EVENT_KINDS[event]}\".")
        self.notify(f"Kept the {kind} letter with draft {self.draft.id}.{then}", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
