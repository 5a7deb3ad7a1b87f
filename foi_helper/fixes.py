"""A stage's Fix in a sentence: the stage says what to change, each face says how (`cli_hint`, `app_hint`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import Fix

Hint = Callable[[Fix], str]


def with_fix(message: str, fixes: Fix | Sequence[Fix] | None, hint: Hint) -> str:
    """The sentence with the face's hints in brackets before its full stop ("… write to (the hint).")."""
    chosen = [fixes] if isinstance(fixes, Fix) else list(fixes or ())
    said = "; or ".join(h for h in (hint(f) for f in chosen) if h)
    if not said:
        return message
    if message.endswith("."):
        return f"{message[:-1]} ({said})."
    return f"{message} ({said})"
