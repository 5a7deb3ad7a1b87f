"""Where state lives, and the user's settings (a TOML file).

Every piece of state (config, drafts, index) lives under one folder when `FOI_HELPER_HOME` is set (tests and
scripts use it); otherwise in the platform's user config and data folders.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from .errors import FoiHelperError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the design card's tomli for older Pythons
    import tomli as tomllib

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
            data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise FoiHelperError(f"The settings file {path} is not valid TOML ({exc}); fix or delete it.") from exc
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in known})

    def save(self, path: Path | None = None) -> Path:
        from .atomic import write_atomic

        import tomli_w

        path = path or config_path()
        write_atomic(path, tomli_w.dumps(asdict(self)).encode("utf-8"))
        return path
