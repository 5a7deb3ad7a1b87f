"""The drafts folder: one TOML file per draft, written atomically, never overwritten behind another's back.

- `<id>.toml`: the saved draft. `autosave/<session>/<id>.toml`: the latest unsaved state of a draft being
  edited, one folder per editing session (see autosave.py).
  `deleted/<id>.toml`: a deleted draft, until restored.
- A file that cannot be read as a draft is renamed `<name>.corrupt` (nothing is deleted) and reported.
- Saves take an exclusive lock on `.lock` (released by the kernel if the process dies), check that the file is
  still the one the draft was loaded from, and otherwise save this draft as a copy: both versions survive.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..atomic import own_dir, read_own_file, regular_file, write_atomic
from ..errors import DraftError, FoiHelperError
from ..model import Fix, WrittenAnswer
from ..settings import drafts_dir
from .autosave import AutosaveSlot, dead_sessions, remove_if_empty
from .codec import MAX_DRAFT_BYTES, NewerFormatError, digest, dumps, loads
from .draft import Draft, Event, check_id, new_id, same_answer

try:  # POSIX; elsewhere saves are still atomic, only the check-then-write is not serialised.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".toml"
AUTOSAVE = "autosave"
DELETED = "deleted"
STALE_TEMP_SECONDS = 3600  # a temp file this old belongs to a save that died; younger ones may be in flight


@dataclass
class _Read:
    draft: Draft
    digest: str
    table: dict[str, Any]


class DraftStore:
    """The saved drafts in one folder (default: the data dir's `drafts`, under FOI_HELPER_HOME when set)."""

    def __init__(self, folder: Path, clock: Callable[[], datetime] | None = None) -> None:
        self.folder = folder
        self.clock = clock or (lambda: datetime.now(UTC))
        # Files moved aside or skipped, one sentence each: by the last `list` in `problems`, by the last
        # `recoverable` in `recovery_problems`. Each call fills its own list and swaps it in whole: the app
        # checks for recoverable autosaves on a worker thread while the drafts screen may be listing.
        self.problems: list[str] = []
        self.recovery_problems: list[str] = []
        self.notices: list[str] = []  # things a save did that the user must hear about (a copy was made)
        self._slot = AutosaveSlot(folder / AUTOSAVE)

    @classmethod
    def open(cls, folder: Path | None = None, *, clock: Callable[[], datetime] | None = None) -> DraftStore:
        folder = Path(folder) if folder is not None else drafts_dir()
        created = not folder.exists()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DraftError(f"Cannot open the drafts folder {folder}: {_reason(exc)}.") from exc
        if not os.path.lexists(folder / AUTOSAVE):
            # A read-only drafts folder still lists and shows; saving there says why it cannot in one sentence.
            with contextlib.suppress(OSError):
                (folder / AUTOSAVE).mkdir(mode=0o700)
        if created:  # drafts hold the requester's name and address: owner only. A folder the user made (or
            # made read-only) keeps the permissions they gave it.
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
        return cls(folder, clock)

    # ── paths and locking ────────────────────────────────────────────────────────────────────────────────

    def path(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}{SUFFIX}"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:  # pragma: no cover
            yield
            return
        try:
            fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DraftError(f"Cannot use the drafts folder {self.folder}: {_reason(exc)}.") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def ids(self, folder: Path | None = None) -> list[str]:
        folder = folder or self.folder
        try:
            return sorted(p.name[: -len(SUFFIX)] for p in folder.glob(f"*{SUFFIX}") if regular_file(p))
        except OSError as exc:
            raise DraftError(f"Cannot read the drafts folder {folder}: {_reason(exc)}.") from exc

    def resolve(self, text: str, *, deleted: bool = False) -> str:
        """The id of the draft (or, with `deleted`, the deleted draft) `text` names: the whole id, its start, or
        its random end (`k3x9`)."""
        text = check_id(text)
        folder = self.folder / DELETED if deleted else self.folder
        if (folder / f"{text}{SUFFIX}").is_file():
            return text
        ids = self.ids(folder) if folder.is_dir() else []
        found = [i for i in ids if i.startswith(text) or i.endswith(f"-{text}")]
        what = "deleted draft" if deleted else "draft"
        if len(found) == 1:
            return found[0]
        if not found:
            raise DraftError(f"There is no deleted draft {text!r} in {folder}." if deleted
                             else f"There is no draft {text!r}.", None if deleted else Fix("draft"))
        raise DraftError(f"{text!r} matches {len(found)} {what}s ({', '.join(found[:4])}); type more of the id.")

    # ── reading ──────────────────────────────────────────────────────────────────────────────────────────

    def _read(self, path: Path) -> _Read:
        """The draft in `path`; a file that is not a draft is moved aside and DraftError names it."""
        try:
            data = read_own_file(path, MAX_DRAFT_BYTES)
        except FileNotFoundError:
            raise DraftError(f"There is no draft {path.stem!r}.", Fix("draft")) from None
        except OSError as exc:
            raise DraftError(f"Cannot read the draft file {path}: {_reason(exc)}.") from exc
        try:
            draft, table = loads(data)
        except NewerFormatError:
            raise DraftError(f"The draft file {path} was written by a newer foi-helper; update to open it.") from None
        except Exception as exc:  # whatever the damage (bad TOML, a bomb, a date no deadline fits): moved aside
            aside = self._move_aside(path)
            raise DraftError(f"The draft file {path.name} is damaged ({_first_line(exc)}) and was moved aside "
                             f"as {aside.name}.") from exc
        draft.id = path.name[: -len(SUFFIX)]  # the file name wins: a copied or renamed file is its own draft
        draft.loaded_digest = digest(data)
        return _Read(draft, draft.loaded_digest, table)

    def _move_aside(self, path: Path) -> Path:
        target = path.with_name(path.name + ".corrupt")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.{n}.corrupt")
        try:
            os.replace(path, target)
        except OSError:
            return path
        return target

    def _check_own(self, folder: Path) -> None:
        """DraftError when a folder foi-helper keeps inside the drafts folder is a link to somewhere else."""
        if os.path.islink(folder) or (os.path.lexists(folder) and not folder.is_dir()):
            raise DraftError(f"{folder} is a link or a file, not a folder of foi-helper's own, so nothing is moved "
                             f"through it; remove it and try again.")

    def load(self, draft_id: str) -> Draft:
        return self._read(self.path(self.resolve(draft_id))).draft

    def saved_drafts(self) -> list[Draft]:
        """Every draft that reads, newest change first; the others are in `problems`."""
        problems: list[str] = []
        self._clean_stale_temps()
        out = []
        for draft_id in self.ids():
            try:
                out.append(self._read(self.path(draft_id)).draft)
            except DraftError as exc:
                problems.append(str(exc))
        self.problems = problems
        return sorted(out, key=lambda d: d.updated, reverse=True)

    def drafts_of(self, answer: WrittenAnswer) -> list[Draft]:
        """The saved drafts about the same written answer (a new one may be a repeated request, FOIA s.14(2))."""
        return [d for d in self.saved_drafts() if same_answer(d.answer, answer)]

    def _clean_stale_temps(self) -> None:
        """Remove temp files of saves that died; only in folders of our own (never through a symlink)."""
        now = time.time()
        if not own_dir(self.folder):
            return  # a drafts folder linked elsewhere: its files are not ours to delete
        folders = [self.folder]
        if own_dir(self.folder / AUTOSAVE):
            with contextlib.suppress(OSError):
                folders += [p for p in (self.folder / AUTOSAVE).iterdir() if own_dir(p)]
        for folder in folders:
            for tmp in folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    st = tmp.lstat()
                    if stat.S_ISREG(st.st_mode) and now - st.st_mtime > STALE_TEMP_SECONDS:
                        tmp.unlink()

    # ── writing ──────────────────────────────────────────────────────────────────────────────────────────

    def save(self, draft: Draft) -> str:
        """Save `draft` and return its id (a new one, announced in `notices`, if it had to become a copy)."""
        with self._locked():
            return self._save_locked(draft)

    def _save_locked(self, draft: Draft) -> str:
        check_id(draft.id)
        original, original_copy_of, previous = draft.id, draft.copy_of, draft.updated
        current = _digest_of(self.path(draft.id))
        if current is not None and draft.loaded_digest is None:
            # A new draft whose random id is already taken (rare): it simply gets another id.
            draft.id = original = self._fresh_id(draft)
        elif current is not None and current != draft.loaded_digest:
            draft.id, draft.copy_of = self._fresh_id(draft), original
        draft.updated = self.clock()
        data = dumps(draft)
        try:
            write_atomic(self.path(draft.id), data)
        except FoiHelperError as exc:
            draft.id, draft.copy_of, draft.updated = original, original_copy_of, previous
            raise DraftError(_write_failure(draft, exc)) from exc
        if draft.id != original:
            self.notices.append(f"The draft {original} was changed elsewhere since it was opened, so this version "
                                f"was saved as a copy, {draft.id}, and both are kept.")
        draft.loaded_digest = digest(data)
        self._remove_autosave(original)  # its content is now saved (as a copy, if there was a conflict)
        self._remove_autosave(draft.id)
        return draft.id

    def _fresh_id(self, draft: Draft) -> str:
        while True:
            candidate = new_id(draft.title, self.clock())
            if not self.path(candidate).exists():
                return candidate

    def delete(self, draft_id: str) -> str:
        """Move a draft to `deleted/` (where `restore` finds it) and return its id."""
        with self._locked():
            draft_id = self.resolve(draft_id)
            self._check_own(self.folder / DELETED)
            try:
                (self.folder / DELETED).mkdir(exist_ok=True, mode=0o700)
                os.replace(self.path(draft_id), self.folder / DELETED / f"{draft_id}{SUFFIX}")
            except OSError as exc:
                raise DraftError(f"Cannot delete the draft {draft_id}: {_reason(exc)}.") from exc
            _fsync_folder(self.folder)
            self._remove_autosave(draft_id)
            return draft_id

    def restore(self, draft_id: str) -> str:
        """Bring back a deleted draft; refused when a draft of that id exists again."""
        with self._locked():
            self._check_own(self.folder / DELETED)
            draft_id = self.resolve(draft_id, deleted=True)  # the same short ids `delete` takes
            source = self.folder / DELETED / f"{draft_id}{SUFFIX}"
            if self.path(draft_id).exists():
                raise DraftError(f"A draft {draft_id} exists already; delete or rename it first.")
            try:
                os.replace(source, self.path(draft_id))
            except OSError as exc:
                raise DraftError(f"Cannot restore the draft {draft_id}: {_reason(exc)}.") from exc
            _fsync_folder(self.folder)
            return draft_id

    def update(self, draft_id: str, change: Callable[[Draft], None]) -> Draft:
        """Load, change and save a draft under one lock, so no other save slips in between."""
        with self._locked():
            draft = self._read(self.path(self.resolve(draft_id))).draft
            change(draft)
            self._save_locked(draft)
            return draft

    def record(self, draft_id: str, event: Event) -> Draft:
        """Add an event to a draft's history and save it (DraftError when its date or order cannot be right)."""
        def add(d: Draft) -> None:
            d.check_event(event)
            d.history.append(event)
        return self.update(draft_id, add)

    def mark_sent(self, draft_id: str, on: date, channel: str = "email", note: str = "",
                  request_url: str | None = None) -> Draft:
        """Record sending (the reply clock starts: FOIA s.10) and, when given, the request's public page.

        A second record of sending replaces the first (its date stays in the history as a note), so the
        deadline counts from the date given last, whether it is later or earlier than the one it replaces."""
        def sent(d: Draft) -> None:
            d.history = [_replaced(e, on) if e.kind == "sent" else e for e in d.history]
            d.history.append(Event("sent", on, note=note, channel=channel))
            if request_url:
                d.request_url = request_url
        return self.update(draft_id, sent)

    # ── autosave ─────────────────────────────────────────────────────────────────────────────────────────

    def autosave_path(self, draft_id: str) -> Path:
        """Where this session autosaves the draft (its own folder, so other windows' autosaves are left alone)."""
        with self._locked():  # serialised with recoverable(), which removes dead sessions' folders
            return self._slot.path(check_id(draft_id))

    def autosave(self, draft: Draft) -> None:
        """Keep the unsaved state of `draft` where `recoverable()` will find it if this process dies."""
        now = self.clock()
        snapshot_updated, draft.updated = draft.updated, now
        try:
            data = dumps(draft, extra={"autosave_base": draft.loaded_digest or ""})
        finally:
            draft.updated = snapshot_updated
        try:
            write_atomic(self.autosave_path(draft.id), data)
        except FoiHelperError as exc:
            raise DraftError(_write_failure(draft, exc, what="autosave")) from exc

    def recoverable(self) -> list[Draft]:
        """Autosaves left by sessions that ended without saving, where they differ from (and are newer than) the
        saved draft, or the draft was never saved; newest first. Autosaves that hold nothing new are removed; the
        others move to this session's slot, so `save` or `discard_autosave` clears them.

        A recovered draft saves over its original only if that file is still the one the editing began from;
        otherwise `save` keeps it as a copy.
        """
        problems: list[str] = []
        out = []
        with self._locked(), dead_sessions(self.folder / AUTOSAVE, self._slot.folder) as folders:
            for folder in folders:
                for path in sorted(folder.glob(f"*{SUFFIX}")):
                    draft = self._recovered(path, problems)
                    if draft is None:
                        path.unlink(missing_ok=True)
                        continue
                    out.append(draft)
                    # Adopted by this session: offered again only if this session also ends without saving it,
                    # and never twice.
                    mine = self._slot.path(draft.id)
                    if not mine.exists():
                        with contextlib.suppress(OSError):
                            os.replace(path, mine)
                remove_if_empty(folder)
        self.recovery_problems = problems
        return sorted(out, key=lambda d: d.updated, reverse=True)

    def _recovered(self, path: Path, problems: list[str]) -> Draft | None:
        """The autosave in `path` if it holds work the saved draft lacks."""
        try:
            read = self._read(path)
        except DraftError as exc:
            problems.append(str(exc))
            return None
        base = read.table.get("autosave_base")
        read.draft.loaded_digest = base if isinstance(base, str) and base else None
        saved = self.path(read.draft.id)
        try:
            saved_draft = self._read(saved).draft if saved.exists() else None
        except DraftError as exc:
            problems.append(str(exc))
            return read.draft
        if saved_draft is None:
            return read.draft
        newer = read.draft.updated > saved_draft.updated
        return read.draft if newer and replace(read.draft, updated=saved_draft.updated) != saved_draft else None

    def discard_autosave(self, draft_id: str) -> None:
        """Forget the autosaves of a draft: this session's, and those of ended sessions (declined recovery)."""
        draft_id = check_id(draft_id)
        self._slot.remove(draft_id)
        with self._locked(), dead_sessions(self.folder / AUTOSAVE, self._slot.folder) as folders:
            for folder in folders:
                (folder / f"{draft_id}{SUFFIX}").unlink(missing_ok=True)
                remove_if_empty(folder)

    def _remove_autosave(self, draft_id: str) -> None:
        self._slot.remove(draft_id)

    def close(self) -> None:
        """End this session: an autosave still held stays for recovery; an empty autosave folder goes."""
        self._slot.close()


def _replaced(event: Event, new_date: date) -> Event:
    how = f" by {event.channel}" if event.channel else ""
    text = f"Recorded as sent on {event.on.isoformat()}{how}; replaced by the sending date {new_date.isoformat()}."
    return Event("note", event.on, note=f"{text} {event.note}".strip())


def _fsync_folder(folder: Path) -> None:
    """A rename is durable only once its folder is on disk."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _digest_of(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DraftError(f"Cannot read the draft file {path}: {_reason(exc)}.") from exc


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the folder is read-only"
    if exc.errno == errno.ELOOP:
        return "it is a symlink, which foi-helper does not follow"
    return (exc.strerror or str(exc)).lower()


def _write_failure(draft: Draft, exc: FoiHelperError, what: str = "draft") -> str:
    cause = exc.__cause__
    reason = _reason(cause) if isinstance(cause, OSError) else _first_line(exc)
    return (f"Could not save the {what} {draft.title!r} ({reason}); the copy saved before is untouched and "
            f"nothing in memory was lost, so free some space or fix the folder's permissions and try again.")


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0].rstrip(".") if str(exc) else type(exc).__name__
