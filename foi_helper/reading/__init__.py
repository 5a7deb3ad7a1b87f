"""Reading: a pasted page, file, API JSON or XML into `WrittenAnswer` records."""

from __future__ import annotations

from ..errors import ReadError
from ..model import WrittenAnswer


def load_source(path: str) -> tuple[str, str]:
    """The text of a file (or of standard input for "-"), and a name for where it came from."""
    raise ReadError("reading files is not built yet.")


def read_answers(text: str) -> list[WrittenAnswer]:
    """Every written question with its answer found in `text`, in page order."""
    raise ReadError("reading is not built yet.")
