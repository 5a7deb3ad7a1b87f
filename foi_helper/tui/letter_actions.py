"""What the user does with the letter on the main screen: save, autosave, copy, export, WhatDoTheyKnow.

Each is a thin call into the drafts or letters stage; failures become one-sentence notifications.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_atomic
from ..errors import FoiHelperError
from . import letter_calls
from .clipboard import copy_and_tell

if TYPE_CHECKING:
    from ..drafts import Draft
    from .screens.main import MainScreen

EXPORT_FORMATS = {".txt": "text", ".md": "markdown", ".eml": "eml", ".json": "json"}


def build_draft(main: MainScreen) -> Draft | None:
    """The draft of the main screen's letter session, created on first need and brought up to date."""
    return main.session.to_draft(datetime.now(UTC))


def save_draft(main: MainScreen) -> bool:
    """ctrl+s: save the draft; True when it is on disk."""
    try:
        draft = build_draft(main)
        if draft is None:
            main.notify("There is no letter to save yet.", severity="warning", markup=False)
            return False
        store = main.foi_app.store
        earlier = store.drafts_of(main.answer)
        saved_id = store.save(draft)
    except FoiHelperError as exc:
        main.notify(letter_calls.error_text(exc), title="Save", severity="error", markup=False, timeout=10)
        return False
    note = f"Draft saved as {saved_id}."
    if saved_id != draft.id:
        note = f"The draft changed on disk meanwhile, so yours was kept as a copy: {saved_id}."
    main.session.saved(saved_id)
    main.notify(note + " f2 lists your drafts.", title="Saved", markup=False)
    first_save = all(d.id != saved_id for d in earlier)
    if first_save and (repeat := main.session.repeat_warning(earlier)) is not None:
        main.notify(f"{repeat.message} ({repeat.rule})", title="Repeated request", severity="warning",
                    markup=False, timeout=15)
    return True


def autosave(main: MainScreen) -> None:
    """Write the draft being edited to the autosave slot, in a thread (the disk may be slow)."""
    try:
        draft = build_draft(main)
        store = main.foi_app.store
    except FoiHelperError as exc:
        main.notify(letter_calls.error_text(exc), title="Autosave", severity="error", markup=False)
        return
    if draft is None:
        return
    snapshot = dataclasses.replace(draft)  # the worker writes this copy while the user edits on
    main.app.run_worker(lambda: store.autosave(snapshot), thread=True, exclusive=True,
                        exit_on_error=False, group="autosave")


def copy_letter(main: MainScreen) -> None:
    letter = main.current_letter()
    if letter is None or not letter.body.strip():
        main.notify("There is no letter to copy yet.", severity="warning", markup=False)
        return
    copy_and_tell(main.foi_app, letter.body)
    warn_unsigned(main, "copied")


def default_export_path(main: MainScreen) -> str:
    from ..drafts.draft import slug

    letter = main.session.letter
    name = slug(letter.title if letter else main.answer.title or "") or "foi-request"
    return str(Path.cwd() / f"foi-{name}.txt")


def export_letter(main: MainScreen) -> None:
    from .screens.confirm import ConfirmScreen
    from .screens.path_prompt import PathPromptScreen

    if main.current_letter() is None:
        main.notify("There is no letter to export yet.", severity="warning", markup=False)
        return

    def chosen(path: str | None) -> None:
        if not path:
            return
        if Path(path).exists():
            main.app.push_screen(ConfirmScreen(f"{path} exists. Replace it?", yes="Replace", no="Keep it"),
                                 lambda yes: write_export(main, Path(path)) if yes else None)
        else:
            write_export(main, Path(path))

    main.app.push_screen(PathPromptScreen(
        "Export the letter", ".txt plain text · .md Markdown · .eml an email to open in your mail program · "
        ".json the letter's fields. tab completes; enter saves.", default_export_path(main)), chosen)


def write_export(main: MainScreen, path: Path) -> None:
    fmt = EXPORT_FORMATS.get(path.suffix.lower())
    letter = main.current_letter()
    if fmt is None or letter is None:
        main.notify("Name the file .txt, .md, .eml or .json: its ending chooses the format.",
                    severity="error", markup=False)
        return
    try:
        data = letter_calls.render(letter, fmt, main.session.requester(), main.today())
        # 0600, like the drafts: an export carries the requester's name, email and postal address.
        write_atomic(path, data.encode("utf-8"), mode=0o600)
    except FoiHelperError as exc:
        main.notify(letter_calls.error_text(exc), title="Export", severity="error", markup=False, timeout=10)
        return
    main.notify(f"Saved the letter to {path}.", title="Export", markup=False)
    warn_unsigned(main, "exported")


def warn_unsigned(main: MainScreen, done: str) -> None:
    """A letter leaving the app without the requester's real name or address is not a valid request: say so."""
    from ..session import REQUESTER_CODES

    try:
        missing = [w for w in main.session.checks() if w.code in REQUESTER_CODES]
    except FoiHelperError:
        return
    if missing:
        main.notify(f"The letter {done} is not signed with your real name and address for replies, so it is "
                    "not yet a valid request: f3 sets them, and the letter takes them.", title="Not signed",
                    severity="warning", markup=False, timeout=10)


def graphical_browser_likely() -> bool:
    """False where webbrowser would start a text browser inside this very terminal (no display on Linux)."""
    if sys.platform in ("darwin", "win32") or os.environ.get("BROWSER"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_wdtk(main: MainScreen) -> None:
    letter = main.current_letter()
    if letter is None:
        main.notify("There is no letter yet.", severity="warning", markup=False)
        return
    try:
        url = letter_calls.render(letter, "wdtk-url", main.session.requester(), main.today()).strip()
    except FoiHelperError as exc:
        main.notify(letter_calls.error_text(exc), title="WhatDoTheyKnow", severity="error", markup=False, timeout=10)
        return
    try:  # WhatDoTheyKnow publishes the letter: say what only matters there (an email address, a postcode)
        email_checks = {w.message for w in main.session.checks("email")}
        extra = [w.message for w in main.session.checks("wdtk") if w.message not in email_checks]
    except FoiHelperError:
        extra = []
    if extra:
        main.notify("Before you send it on WhatDoTheyKnow, where it is published: " + " ".join(extra),
                    title="WhatDoTheyKnow", severity="warning", markup=False, timeout=15)
    if not graphical_browser_likely():
        main.notify("No graphical browser here, so nothing was opened; the link is being copied instead.",
                    title="WhatDoTheyKnow", markup=False)
        copy_and_tell(main.foi_app, url, "The pre-filled WhatDoTheyKnow link",
                      "open whatdotheyknow.com and paste the letter (ctrl+l copies it)",
                      title="WhatDoTheyKnow")
        return

    def open_in_browser() -> None:
        import webbrowser

        opened = webbrowser.open(url)
        main.app.call_from_thread(
            main.notify,
            "Opened WhatDoTheyKnow in your browser, with the letter filled in." if opened
            else "No browser could be started; press ctrl+l to copy the letter instead.",
            title="WhatDoTheyKnow", markup=False,
        )

    main.app.run_worker(open_in_browser, thread=True, exclusive=True, exit_on_error=False, group="browser")
