"""The local index of earlier written questions: SQLite, importers, the Parliament API client, search."""

from __future__ import annotations

from pathlib import Path

from ..errors import CorpusError
from ..model import Match, WrittenAnswer


class Corpus:
    @classmethod
    def open(cls, path: Path | str) -> "Corpus":
        raise CorpusError("the index is not built yet.")

    def related(self, answer: WrittenAnswer, limit: int = 5) -> list[Match]:
        raise NotImplementedError

    def close(self) -> None:
        pass
