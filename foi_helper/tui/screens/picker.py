"""A page with several written questions: pick the one to work on."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...model import WrittenAnswer
from ..literal import literal


def describe(answer: WrittenAnswer) -> Content:
    when = answer.date_answered.isoformat() if answer.date_answered else "date unknown"
    first = f"{answer.title or 'Untitled'} · {answer.department or 'department unknown'} · {when}"
    if answer.uin:
        first += f" · {answer.uin}"
    asker = answer.asker.name if answer.asker and answer.asker.name else "asker unknown"
    question = " ".join(answer.question.split())
    second = f"{asker}: {question[:150]}{'…' if len(question) > 150 else ''}"
    return literal((first, "bold"), "\n", (second, "dim"))


class PickerScreen(ModalScreen[int | None]):
    """Returns the index of the chosen answer, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, answers: list[WrittenAnswer]) -> None:
        super().__init__(classes="dialog-screen")
        self.answers = answers

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog tall-dialog"):
            yield Static(
                literal(f"This page holds {len(self.answers)} written questions; choose one (enter)."),
                classes="dialog-title",
            )
            options = [Option(describe(a), id=str(i)) for i, a in enumerate(self.answers)]
            yield OptionList(*options, id="picker")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceScreen(ModalScreen[str | None]):
    """Choose one of `choices` (enter); returns it, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[str]) -> None:
        super().__init__(classes="dialog-screen")
        self.choice_title = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide-dialog"):
            yield Static(literal(f"{self.choice_title} (enter; esc cancels)"), classes="dialog-title")
            yield OptionList(*[Option(literal(c)) for c in self.choices], id="choices")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
