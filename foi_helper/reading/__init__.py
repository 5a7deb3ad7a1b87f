"""Reading: a pasted page, file, API JSON or XML into `WrittenAnswer` records.

`load_source` gets text from a file or standard input (refusing binary and oversized files); `read_answers`
detects the format (detect.py) and hands it to one reader per format.
"""

from __future__ import annotations

from .address import expand_address
from .detect import read_answers
from .source import load_source

__all__ = ["expand_address", "load_source", "read_answers"]
