"""Autosave slots: one folder per editing session, `autosave/<session>/<id>.toml`.

A session holds a lock on its folder's `.lock` while its process lives (the kernel drops it when the process dies,
however it dies). So a session's saves clear only its own autosaves, never those of another window editing the
same draft, and at start the autosaves of dead sessions (only those) are the ones offered for recovery.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from ..atomic import own_dir
from ..errors import DraftError

try:
    import fcntl
except ImportError:  # pragma: no cover - without flock every other session counts as dead
    fcntl = None  # type: ignore[assignment]

LOCK = ".lock"
SUFFIX = ".toml"


class AutosaveSlot:
    """This session's autosave folder, made (and locked) on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder: Path | None = None
        self._fd: int | None = None

    def path(self, draft_id: str) -> Path:
        if self.folder is None:
            self.folder = self._claim()
        return self.folder / f"{draft_id}{SUFFIX}"

    def _claim(self) -> Path:
        folder = self.root / f"{os.getpid()}-{secrets.token_hex(3)}"
        if os.path.lexists(self.root) and not own_dir(self.root):
            raise DraftError(f"{self.root} is a link or a file, not a folder of foi-helper's own, so no autosave "
                             "is written through it; remove it and try again.")
        try:
            folder.mkdir(parents=True, mode=0o700)
            fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DraftError(f"Cannot make an autosave folder in {self.root}: {exc.strerror or exc}.") from exc
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._fd = fd
        return folder

    def remove(self, draft_id: str) -> None:
        if self.folder is not None:
            with contextlib.suppress(OSError):
                (self.folder / f"{draft_id}{SUFFIX}").unlink()

    def close(self) -> None:
        """End the session: its folder goes if empty, otherwise stays for recovery."""
        if self.folder is None or self._fd is None:
            return
        if not list(self.folder.glob(f"*{SUFFIX}")):
            shutil.rmtree(self.folder, ignore_errors=True)
        os.close(self._fd)
        self.folder, self._fd = None, None


@contextlib.contextmanager
def dead_sessions(root: Path, own: Path | None) -> Iterator[list[Path]]:
    """The session folders whose process has gone, locked against reuse while the caller looks at them."""
    held: list[int] = []
    dead: list[Path] = []
    try:
        for folder in sorted(p for p in root.iterdir() if own_dir(p)) if own_dir(root) else []:
            if own is not None and folder == own:
                continue
            try:
                fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                continue
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:  # a live session: another window is editing
                    os.close(fd)
                    continue
            held.append(fd)
            dead.append(folder)
        yield dead
    finally:
        for fd in held:
            os.close(fd)


def remove_if_empty(folder: Path) -> None:
    """Remove a dead session's folder once no autosave is left in it (temp files of killed writes go too)."""
    if not list(folder.glob(f"*{SUFFIX}")):
        shutil.rmtree(folder, ignore_errors=True)
