"""The installed version, read from the package metadata (pyproject.toml's `version`), never written twice."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def installed_version() -> str:
    """"0.1.0"; "unknown" when running from a folder that was never installed."""
    try:
        return version("foi-helper")
    except PackageNotFoundError:
        return "unknown"


__version__ = installed_version()
