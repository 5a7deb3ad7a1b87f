"""Errors that reach the user as one sentence (the CLI prints them; the app notifies)."""

from __future__ import annotations


class FoiHelperError(Exception):
    """A user error: its message is one plain sentence saying what was wrong and what to do."""


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
