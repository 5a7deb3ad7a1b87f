"""Benefits, taxes and schemes that have ended (`data/ended_schemes.toml`): an old answer about one of them has
no later year of figures to ask for instead of its own. Pure: reads the table shipped in the package."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .tables import first_matching, read_table


@dataclass(frozen=True)
class Ended:
    name: str
    pattern: re.Pattern[str]
    ended: int
    after: str

    def sentence(self) -> str:
        return f"{self.name} ended in {self.ended} (replaced by {self.after})"


@functools.cache
def ended_table() -> tuple[Ended, ...]:
    """The table shipped in the package, read once."""
    raw = read_table("ended_schemes.toml")
    return tuple(Ended(s["name"], re.compile(s["pattern"], re.IGNORECASE), int(s["ended"]), s["after"])
                 for s in raw["scheme"])


def ended_scheme(texts: Iterable[str]) -> Ended | None:
    """The first ended scheme one of the texts asks about; None when none does."""
    return first_matching(ended_table(), texts)
