"""A path input that completes: the suggestion appears greyed as you type; tab or → accepts it."""

from __future__ import annotations

import os
from pathlib import Path

from textual.suggester import Suggester

from .completion import CompletingInput

MAX_LISTED = 200  # a folder with thousands of entries must not stall typing


def typed_path(value: str) -> str:
    """The path meant by `value`: a "/" or "~" typed after the pre-filled folder starts a new path.

    The prompt opens with the current folder filled in; someone who types an absolute path after it gets
    "/tmp/x//tmp/x/a.txt", which names no file. As in Emacs's minibuffer, "//" or "/~/" drops what precedes.
    """
    for start in range(len(value) - 1, 0, -1):
        if value[start - 1] != os.sep:
            continue
        # "~" only as a whole folder name ("/~/", or "/~" at the end): "notes/~draft.txt" is a file's name.
        if value[start] == os.sep or value[start:] == "~" or value[start:].startswith("~" + os.sep):
            return value[start:]
    return value


def path_candidates(value: str) -> list[str]:
    """Entries of the folder named so far in `value` that start with what follows the last slash.

    Folders end with "/", so accepting one lets you carry on typing inside it.
    """
    value = typed_path(value)
    expanded = os.path.expanduser(value) if value else "./"
    folder, _, stem = expanded.rpartition(os.sep)
    base = Path(folder or (os.sep if expanded.startswith(os.sep) else "."))
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)[:MAX_LISTED]
    except OSError:
        return []
    shown_folder = value[: len(value) - len(stem)] if value else ""
    out = []
    for entry in entries:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and not stem.startswith(".")):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        out.append(shown_folder + entry.name + ("/" if is_dir else ""))
    return out


class PathSuggester(Suggester):
    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        candidates = path_candidates(value)
        if not candidates:
            return None
        common = os.path.commonprefix(candidates)
        # One match: complete it; several: complete as far as they agree, else offer the first.
        return common if len(common) > len(value) else candidates[0]


class PathInput(CompletingInput):
    """A file path input: tab completes from the folders on disk."""

    def __init__(self, value: str = "", **kwargs: object) -> None:
        # Not selected on focus: the folder given is where the user carries on typing.
        super().__init__(value=value, suggester=PathSuggester(), select_on_focus=False,
                         **kwargs)  # type: ignore[arg-type]

