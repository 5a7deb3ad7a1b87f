"""The letters' data tables (`data/*.toml`: holders, published series, ended schemes), read from the package.
Pure: reads only files shipped with it."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def read_table(name: str) -> dict[str, Any]:
    """`data/<name>` as parsed TOML (the callers cache what they build from it)."""
    return tomllib.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))
