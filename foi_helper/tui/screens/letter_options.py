"""Who the letter goes to, under which law and for which period, when the answer does not settle it (or the
user knows)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, Static

from ...model import as_law
from ...session import LetterOptions
from ..literal import literal
from ..typed_keys import after_typed_keys
from ..widgets.completion import CompletingInput
from .settings import LAW_CHOICES


class LetterOptionsScreen(ModalScreen[LetterOptions | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        # enter applies from anywhere in the dialog, a closed dropdown included (an open one takes its choice)
        Binding("enter", "apply", "Apply", priority=True, show=False),
    ]

    def __init__(self, current: LetterOptions, why: str = "", required: bool = False,
                 today: date | None = None) -> None:
        """`required`: the answering department names no known authority, so an empty field means nothing."""
        super().__init__(classes="dialog-screen")
        self.current = current
        self.today = today or date.today()
        self.why = why
        self.required = required

    def compose(self) -> ComposeResult:
        from ...letters.authorities import ALL_AUTHORITIES

        names = sorted({a.name for a in ALL_AUTHORITIES})
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal("Authority, law and period"), classes="dialog-title")
            if self.why:
                yield Static(literal(self.why), classes="dialog-question")
            empty = "" if self.required else "empty: the department that answered; "
            yield Static(literal(f"Write to ({empty}tab or → completes)"))
            # The placeholder reads as an instruction: a bare "Home Office" in grey looked already filled in.
            yield CompletingInput(self.current.authority or "", id="authority",
                                  placeholder="Type the authority's name, e.g. Home Office",
                                  suggester=SuggestFromList(names, case_sensitive=False), compact=True)
            yield Static(literal("Under"))
            yield Select([(literal("The authority's own law"), "")]
                         + [(literal(label), value) for label, value in LAW_CHOICES],
                         value=self.current.law or "", allow_blank=False, id="law", compact=True)
            yield Static(id="law-note", classes="dialog-hint")
            yield Static(literal("For"))
            year = self.today.year - 1
            chosen = {None: "auto", True: "latest", False: "answer"}[self.current.latest_year]
            yield Select([(literal(f"By its age: own period; {year} too past 10 years, alone past 20"), "auto"),
                          (literal("The answer's own period"), "answer"),
                          (literal(f"The latest complete year ({year})"), "latest")],
                         value=chosen, allow_blank=False, id="period", compact=True)
            yield Static(literal("enter: apply · esc: cancel"), classes="dialog-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        """An authority with its own law (a Scottish body: FOISA) takes it, and the letter is composed under it:
        the law chosen for the previous authority does not stay behind."""
        from ...labels import LAW_NAMES
        from ...letters.authorities import authority_for

        found = authority_for(event.value.strip()) if event.value.strip() else None
        note = self.query_one("#law-note", Static)
        select = self.query_one("#law", Select)
        if found is None:
            note.update("")
            return
        if select.value and select.value != found.law:
            select.value = ""  # the authority's own law
        note.update(literal(f"{found.name} answers under {LAW_NAMES.get(found.law, found.law)}: the letter, its "
                            "wording and its deadline follow it."))

    def action_apply(self) -> None:
        if any(select.expanded for select in self.query(Select)):
            raise SkipAction()
        after_typed_keys(self, self._apply)

    def _apply(self) -> None:
        authority = self.query_one("#authority", Input).value.strip() or None
        if authority is None and self.required:
            self.notify("Type the authority to write to (tab completes a known one), or esc to leave it.",
                        severity="warning", markup=False)
            return
        law = as_law(str(self.query_one("#law", Select).value))  # blank: the authority's own law
        self.dismiss(LetterOptions(authority=authority, law=law,
                                   latest_year={"auto": None, "latest": True, "answer": False}[
                                       str(self.query_one("#period", Select).value)]))

    def action_cancel(self) -> None:
        self.dismiss(None)
