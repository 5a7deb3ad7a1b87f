"""Where state lives, and the user's settings (a TOML file).

Every piece of state (config, drafts, index) lives under one folder when `FOI_HELPER_HOME` is set (tests and
scripts use it); otherwise in the platform's user config and data folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs

from .bounded import LimitError, toml_loads
from .dates import parse_date
from .errors import FoiHelperError, SettingsError
from .model import LAWS, Law, Requester, as_law

APP_NAME = "foi-helper"


def home_override() -> Path | None:
    value = os.environ.get("FOI_HELPER_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    home = home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))


def config_path() -> Path:
    return config_dir() / "config.toml"


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def default_corpus_path() -> Path:
    return data_dir() / "corpus.sqlite3"


def user_templates_dir() -> Path:
    """The user's own templates; a file here replaces the bundled one of the same name."""
    return config_dir() / "templates"


def bundled_templates_dir() -> Path:
    """The templates shipped with the product: inside the wheel, or the top-level folder of a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


SETTINGS_FIELDS = ("name", "email", "address", "default_law", "date_from", "date_to")


@dataclass(frozen=True)
class Config:
    """The user's settings, checked once when read: dates are dates, the law is one of `LAWS`.

    Requester details make a request valid (FOIA s.8: a name and an address). Every letter and follow-up takes
    its requester from `requester()` and its law and window from `law_override()` and the dates here.
    """

    name: str = ""
    email: str = ""
    address: str = ""
    default_law: Law = "foia"
    # Scope of requests: a fixed window survives the cost limit better than "since inception".
    date_from: date | None = None  # None: the answer's own period (letters/windows.py), a year before date_to if set
    date_to: date | None = None  # None: the answer's date (the date of the request when the answer has none)

    def __post_init__(self) -> None:
        if self.default_law not in LAWS:
            raise SettingsError(f"the law {self.default_law!r} is not one of {', '.join(LAWS)}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise SettingsError("the start of the date range (date_from) is after its end (date_to)")

    def requester(self, name: str | None = None, email: str | None = None, signed: str | None = None) -> Requester:
        """Who signs: a name or email given for this letter first, then the settings, then (for a follow-up)
        the name the first letter was signed with."""
        return Requester(name=name or self.name or signed or None, email=email or self.email or None,
                         address=self.address or None)

    def law_override(self) -> Law | None:
        """The law the user chose over the authority's own: "foia" is every authority's default, so only
        another choice overrides it."""
        return self.default_law if self.default_law != "foia" else None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        """Settings from a TOML table; raises SettingsError naming the first bad value."""
        values: dict[str, Any] = {}
        unknown = [key for key in data if key not in SETTINGS_FIELDS]
        if unknown:
            # A setting the program does not read would be silently ignored: a [requester] table, a misspelling.
            key = unknown[0]
            if isinstance(data[key], dict):
                inner = [k for k in data[key] if k in SETTINGS_FIELDS]
                hint = (f"; put {' and '.join(inner)} at the top of the file, not under [{key}]" if inner else "")
                raise SettingsError(f"[{key}] is not a settings table{hint}")
            raise SettingsError(f"{key} is not a setting (the settings are {', '.join(SETTINGS_FIELDS)})")
        for key in ("name", "email", "address"):
            if key in data:
                if not isinstance(data[key], str):
                    raise SettingsError(f"{key} must be text in quotes")
                values[key] = data[key]
        if "default_law" in data:
            law = as_law(str(data["default_law"]) or "foia")
            if law is None:
                raise SettingsError(f"default_law {data['default_law']!r} is not one of {', '.join(LAWS)}")
            values["default_law"] = law
        for key in ("date_from", "date_to"):
            values[key] = _setting_date(data.get(key), key)
        return cls(**values)

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        """The settings file read and checked; a missing file is the defaults. Both faces report a bad file
        with this one sentence."""
        path = path or config_path()
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise SettingsError(f"Cannot read the settings file {path}: {exc.strerror}.") from exc
        try:
            data: dict[str, Any] = toml_loads(raw, max_chars=1_000_000)
        except LimitError as exc:
            raise SettingsError(f"The settings file {path} is not valid TOML ({exc}); fix or delete it.") from exc
        try:
            return cls.from_dict(data)
        except SettingsError as exc:
            raise SettingsError(
                f"The settings file {path} is wrong: {exc}; correct it or delete it."
            ) from None

    def to_dict(self) -> dict[str, str]:
        """The TOML table (dates in ISO form; an unset date is an empty string)."""
        out: dict[str, str] = {}
        for key in SETTINGS_FIELDS:
            value = getattr(self, key)
            out[key] = value.isoformat() if isinstance(value, date) else (value or "")
        return out

    def save(self, path: Path | None = None) -> Path:
        import tomli_w

        from .atomic import write_atomic

        path = path or config_path()
        write_atomic(path, tomli_w.dumps(self.to_dict()).encode("utf-8"))
        return path


def _setting_date(value: object, key: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):  # TOML's own dates (date_from = 2019-01-01, unquoted)
        return value
    try:
        return parse_date(str(value), key)
    except FoiHelperError:
        raise SettingsError(f"{key} {value!r} is not a date (write it as YYYY-MM-DD, or leave it empty)") from None
