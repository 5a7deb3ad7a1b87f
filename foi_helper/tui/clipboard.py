"""Copying text: OSC 52 through the terminal and, where it works, the system clipboard through pyperclip."""

from __future__ import annotations

from textual.app import App


def copy_text(app: App[object], text: str) -> str:
    """Copy `text` both ways and return one honest sentence for a notification.

    OSC 52 cannot be confirmed (some terminals ignore it, some cut long payloads), so the sentence says so.
    """
    app.copy_to_clipboard(text)
    try:
        import pyperclip  # type: ignore[import-untyped]

        pyperclip.copy(text)
    except Exception:  # noqa: BLE001 - pyperclip raises its own error types, or anything its helper processes fail with
        return (
            "Sent to the terminal's clipboard (OSC 52); some terminals ignore it or cut long text, "
            "so check it pasted in full, or press ctrl+t to save it to a file."
        )
    return "Copied to the system clipboard (and to the terminal's, via OSC 52)."
