"""The letters' data tables (`data/*.toml`: holders, published series, ended schemes), read from the package.
Pure: reads only files shipped with it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any, Protocol, TypeVar


def read_table(name: str) -> dict[str, Any]:
    """`data/<name>` as parsed TOML (the callers cache what they build from it)."""
    return tomllib.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


class _Patterned(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


Row = TypeVar("Row", bound=_Patterned)


def first_matching(rows: Sequence[Row], texts: Iterable[str | None]) -> Row | None:
    """The first row of a table whose `pattern` one of the texts matches, or None."""
    wanted = [t for t in texts if t]
    return next((row for row in rows if any(row.pattern.search(t) for t in wanted)), None)
