"""Writing files so that a crash, a kill or a full disk never leaves a half-written one."""

from __future__ import annotations

import os
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
