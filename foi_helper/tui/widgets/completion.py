"""Tab completion in an Input: the completion of what is typed now, even before the greyed one has landed."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


async def completion_now(field: Input) -> str:
    """The suggestion for `field`'s current value, asked for at once when the greyed one has not arrived.

    Input fetches its suggestion in a worker after each change; a tab pressed before that answer lands (quick
    typing, a loaded machine) moved the focus instead of completing. `_suggestion` is reset on every change, so
    when set it is always the suggestion for the current value (a Textual internal: pyproject.toml keeps
    Textual below its next major release).
    """
    if field._suggestion or field.suggester is None or not field.value:
        return field._suggestion
    suggester = field.suggester
    value = field.value if suggester.case_sensitive else field.value.casefold()  # as Suggester does
    return await suggester.get_suggestion(value) or ""


class CompletingInput(Input):
    """An input whose suggestion tab accepts (Textual's Input takes only → at the end); with nothing to
    complete, tab moves on as usual."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("tab", "complete", "Complete", show=False)]

    async def action_complete(self) -> None:
        suggestion = await completion_now(self)
        if len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
