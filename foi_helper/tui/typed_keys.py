"""Priority bindings that read what was typed: run them after the typed keys, not before.

A priority binding's action runs as soon as its key reaches the app, while the keys typed just before it may
still wait in the focused box's own queue: a fast typist, a paste or a loaded machine then saves, copies or
records the text without its last characters. Handing the action to the focused widget's queue runs it after
every key already sent there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen


def after_typed_keys(screen: Screen[Any], action: Callable[[], object], _hops: int = 0) -> None:
    """Run `action` once the focused widget has handled every key sent to it before this one, and, when those
    keys moved the focus (a Tab, the rest passed on to the next box: form_input.py), once that box has too."""
    focused = screen.focused
    if focused is None or _hops > 8:
        action()
        return

    def then() -> None:
        if screen.focused is not None and screen.focused is not focused:
            after_typed_keys(screen, action, _hops + 1)
        else:
            action()

    focused.call_later(then)
