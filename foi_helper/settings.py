"""Where state lives, and the user's settings (a TOML file).

Every piece of state (config, drafts, index) lives under one folder when `FOI_HELPER_HOME` is set (tests and
scripts use it); otherwise in the platform's user config and data folders.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs

from .bounded import LimitError, toml_loads
from .errors import FoiHelperError
from .typed_dates import check_typed_date

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


@dataclass
class Config:
    """The user's settings. Requester details make a request valid (FOIA s.8: a name and an address)."""

    name: str = ""
    email: str = ""
    address: str = ""
    default_law: str = "foia"
    # Scope of requests: a fixed window survives the cost limit better than "since inception".
    date_from: str = ""  # ISO date; empty means 1 January of the year before the answer
    date_to: str = ""  # ISO date; empty means the date of the request

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        path = path or config_path()
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise FoiHelperError(f"Cannot read the settings file {path}: {exc.strerror}.") from exc
        try:
            data: dict[str, Any] = toml_loads(raw, max_chars=1_000_000)
        except LimitError as exc:
            raise FoiHelperError(f"The settings file {path} cannot be read ({exc}); fix or delete it.") from None
        known = {f.name for f in fields(cls)}
        for key, value in data.items():
            if key in known and not isinstance(value, str):
                raise FoiHelperError(
                    f"In the settings file {path}, {key} must be text in quotes ({key} = \"…\"), not "
                    f"{type(value).__name__}; fix or delete the line."
                )
        # Kept as written: composing refuses a name or address with a line break or control character in one
        # sentence (a CR in a From: header would start another header) rather than change it silently.
        config = cls(**{k: v for k, v in data.items() if k in known})
        config._check_window(path)
        return config

    def _check_window(self, path: Path) -> None:
        """date_from and date_to, when set, are dates within 1900-2200, the first not after the second."""
        days = {}
        for key in ("date_from", "date_to"):
            value = getattr(self, key).strip()
            if value:
                try:
                    days[key] = check_typed_date(date.fromisoformat(value), f"{key} in {path}")
                except ValueError:
                    raise FoiHelperError(
                        f"In the settings file {path}, {key} = {value!r} is not a date; write it as YYYY-MM-DD."
                    ) from None
        if len(days) == 2 and days["date_from"] > days["date_to"]:
            raise FoiHelperError(
                f"In the settings file {path}, date_from ({days['date_from']}) is after date_to "
                f"({days['date_to']}); swap them or fix one."
            )

    def save(self, path: Path | None = None) -> Path:
        from .atomic import write_atomic

        import tomli_w

        path = path or config_path()
        write_atomic(path, tomli_w.dumps(asdict(self)).encode("utf-8"))
        return path
