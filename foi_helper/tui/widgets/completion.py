"""Tab completion in an Input: the completion of what is typed now, even before the greyed one has landed."""

from __future__ import annotations

from textual.widgets import Input


async def completion_now(field: Input) -> str:
    """The suggestion for `field`'s current value, asked for at once when the greyed one has not arrived.

    Input fetches its suggestion in a worker after each change; a tab pressed before that answer lands (quick
    typing, a loaded machine, a slow folder) moved the focus instead of completing. `_suggestion` is reset on
    every change, so when set it is always the suggestion for the current value.
    """
    if field._suggestion or field.suggester is None or not field.value:
        return field._suggestion
    suggester = field.suggester
    value = field.value if suggester.case_sensitive else field.value.casefold()  # as Suggester does
    return await suggester.get_suggestion(value) or ""
