"""Copying text: OSC 52 through the terminal and, where it works, the system clipboard through pyperclip."""

from __future__ import annotations

from typing import Any

from textual.app import App


def copy_and_tell(app: App[Any], text: str, what: str = "The letter",
                  fallback: str = "press ctrl+t to save it to a file", title: str = "Copy") -> None:
    """Copy `text` both ways, then notify one honest sentence saying which clipboard took it.

    OSC 52 goes out at once; pyperclip runs in a thread, since its helper programs (xclip, wl-copy) can stall
    on a broken display and the keys must keep working meanwhile.
    """
    app.copy_to_clipboard(text)

    def system_copy() -> None:
        system = True
        try:
            import pyperclip  # type: ignore[import-untyped]

            pyperclip.copy(text)
        except Exception:  # noqa: BLE001 - pyperclip raises its own types, or whatever its helpers fail with
            system = False
        app.call_from_thread(app.notify, copied_sentence(system, what, fallback), title=title, markup=False,
                             timeout=8)

    app.run_worker(system_copy, thread=True, exclusive=True, exit_on_error=False, group="clipboard")


def copied_sentence(system: bool, what: str = "The letter",
                    fallback: str = "press ctrl+t to save it to a file") -> str:
    """One honest sentence: what is certain, and what to do if the terminal dropped it."""
    if system:
        return f"{what} is on the system clipboard (and was sent to the terminal's, via OSC 52)."
    return (f"{what} was sent to the terminal's clipboard (OSC 52); no system clipboard was found, and some "
            f"terminals ignore OSC 52 or cut long text, so check it pasted in full, or {fallback}.")
