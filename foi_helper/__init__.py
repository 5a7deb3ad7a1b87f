"""foi-helper: turn a minister's evasive written answer into a Freedom of Information request for the records.

The public API (docs/architecture.md), usable without the terminal app:

    from foi_helper import read_answers, analyse, Corpus, compose_letter, DraftStore
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import CorpusError, DraftError, FoiHelperError, LetterError, ReadError
from .model import Analysis, Evasion, Letter, Match, Member, Point, Requester, WrittenAnswer

if TYPE_CHECKING:
    from .analysis import analyse
    from .corpus import Corpus
    from .drafts import DraftStore
    from .letters import compose_letter
    from .reading import read_answers
    from .version import __version__

__all__ = [  # noqa: RUF022 - in the order of the stages, as the docstring lists them
    "read_answers", "analyse", "Corpus", "compose_letter", "DraftStore",
    "WrittenAnswer", "Member", "Point", "Evasion", "Analysis", "Match", "Letter", "Requester",
    "FoiHelperError", "ReadError", "CorpusError", "LetterError", "DraftError", "__version__",
]

_LAZY = {
    "read_answers": ".reading",
    "analyse": ".analysis",
    "Corpus": ".corpus",
    "compose_letter": ".letters",
    "DraftStore": ".drafts",
    "__version__": ".version",
}


def __getattr__(name: str) -> Any:
    # Stages (and the version, read from package metadata) load on first use, so `import foi_helper` stays quick.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
