"""The local index of earlier written questions: SQLite, importers, the Parliament API client, search.

from foi_helper.corpus import Corpus
with Corpus.open(path) as corpus:
    corpus.import_file("questions.jsonl.gz")
    matches = corpus.search("social media paedophiles", limit=10)
"""

from __future__ import annotations

from ..errors import CorpusError
from .index import Corpus, ImportResult

__all__ = ["Corpus", "CorpusError", "ImportResult"]
