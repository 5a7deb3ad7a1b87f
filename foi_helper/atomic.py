"""Writing files so that a crash, a kill or a full disk never leaves a half-written one."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .errors import FoiHelperError


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write to a temporary file in the same folder, fsync it, rename it over `path`, fsync the folder.

    Raises FoiHelperError with one sentence on disk full or permission denied; the old file stays intact.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FoiHelperError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        try:
            os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise FoiHelperError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def regular_file(path: Path) -> bool:
    """A regular file itself, not a symlink to one."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def own_dir(path: Path) -> bool:
    """A real folder, not a symlink to one (what the drafts folder holds is never followed elsewhere)."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def read_own_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes, never through a symlink (O_NOFOLLOW) and at most `limit` bytes."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if st.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit // 1_000_000} MB, so not a draft")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
