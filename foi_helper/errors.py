"""Errors that reach the user as one sentence (the CLI prints them; the app notifies)."""

from __future__ import annotations

from .model import Fix


class FoiHelperError(Exception):
    """A user error: its message is one plain sentence saying what was wrong and what to do.

    `fixes`: what to change to get past it (the law, the authority, the points, …), the first the one the
    sentence leads with; each face adds how to change it in its own words (an option, a key), so the sentence
    itself names neither."""

    def __init__(self, message: str = "", *fixes: Fix | None) -> None:
        super().__init__(message)
        self.fixes: tuple[Fix, ...] = tuple(f for f in fixes if f is not None)


class ReadError(FoiHelperError):
    """The input could not be read as a written answer."""


class CorpusError(FoiHelperError):
    """The index of earlier written questions could not be read, written or updated."""


class LetterError(FoiHelperError):
    """A letter could not be composed (unknown authority, broken user template, …)."""


class DraftError(FoiHelperError):
    """A draft could not be saved, loaded or changed."""


class SettingsError(FoiHelperError):
    """The settings file (config.toml) could not be read, or holds a value that is not allowed."""
