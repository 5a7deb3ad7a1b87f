"""Official statistics that publish figures written questions ask for (`data/published_series.toml`).

A letter asking for figures of such a kind names the series, so the officer can point to what is published
there (FOIA s.21) and search only for what it does not show. Pure: reads the table shipped in the package."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .tables import first_matching, read_table


@dataclass(frozen=True)
class Series:
    key: str
    pattern: re.Pattern[str]
    name: str


@functools.cache
def series_table() -> tuple[Series, ...]:
    """The table shipped in the package, read once."""
    raw = read_table("published_series.toml")
    return tuple(Series(s["key"], re.compile(s["pattern"], re.IGNORECASE), s["name"]) for s in raw["series"])


def published_series(subjects: Iterable[str]) -> Series | None:
    """The first series whose kind of figures one of the subjects asks for, or None."""
    return first_matching(series_table(), subjects)
