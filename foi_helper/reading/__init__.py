"""Reading: a pasted page, file, API JSON or XML into `WrittenAnswer` records.

`load_source` gets text from a file or standard input (refusing binary and oversized files); `read_answers`
detects the format (detect.py) and hands it to one reader per format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import expand_address
    from .detect import read_answers
    from .source import load_source

__all__ = ["expand_address", "load_source", "read_answers"]

_LAZY = {"expand_address": ".address", "read_answers": ".detect", "load_source": ".source"}


def __getattr__(name: str) -> Any:
    # The readers load on first use: the app's paste box needs only `clean` and `source` at start.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
