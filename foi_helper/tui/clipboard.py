"""Copying text: OSC 52 through the terminal and, where it works, the system clipboard through pyperclip."""

from __future__ import annotations

from typing import Any


def copy_text(app: Any, text: str) -> bool:
    """Copy `text` both ways; True when the system clipboard took it (OSC 52 can never be confirmed)."""
    app.copy_to_clipboard(text)
    try:
        import pyperclip  # type: ignore[import-untyped]

        pyperclip.copy(text)
    except Exception:  # noqa: BLE001 - pyperclip raises its own types, or whatever its helper programs fail with
        return False
    return True


def copied_sentence(system: bool, what: str = "The letter", fallback: str = "press ctrl+t to save it to a file") -> str:
    """One honest sentence: what is certain, and what to do if the terminal dropped it."""
    if system:
        return f"{what} is on the system clipboard (and was sent to the terminal's, via OSC 52)."
    return (f"{what} was sent to the terminal's clipboard (OSC 52); no system clipboard was found, and some "
            f"terminals ignore OSC 52 or cut long text, so check it pasted in full, or {fallback}.")
