"""An input box of a form that a fast typist can type through: keys sent after a Tab reach the next box.

The app hands each key to the box focused when the key arrives, and a Tab moved the focus only once it had
bubbled up to the screen, so the keys typed after it (tmux, a paste of "name<Tab>email", a loaded machine)
landed in the box left behind. This box moves the focus itself when it reads a Tab, and passes every key it
receives once another box has the focus (characters and Tab) to that box, in the order typed.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

_FOLLOWS_THE_FOCUS = ("tab", "shift+tab")  # (editing keys are bindings, which a posted key does not reach)


class FormInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        # The screen's focus, not `has_focus`: that is set only when the box reads its Focus event, after keys
        # already sent to it.
        focused = self.screen.focused if self.is_attached else None
        if (event.is_printable or event.key in _FOLLOWS_THE_FOCUS) and isinstance(focused, Input) \
                and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.key in ("tab", "shift+tab"):
            event.stop()
            event.prevent_default()
            if event.key == "tab":
                self.screen.focus_next()
            else:
                self.screen.focus_previous()
            return
        await super()._on_key(event)
