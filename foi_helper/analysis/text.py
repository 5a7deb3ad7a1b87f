"""Sentences and content words: the small vocabulary the other analysis modules share."""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations whose full stop does not end a sentence in Hansard prose ("the hon. Member", "Rt. Hon.").
_ABBREVIATIONS = ("hon", "rt", "no", "nos", "st", "mr", "mrs", "ms", "dr", "e.g", "i.e", "etc", "vs", "para",
                  "col", "cols", "co", "ltd", "inc", "approx", "govt", "dept", "fig", "prof", "sec")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(£•A-Z0-9])")
# "PQ 62542.Following the practice …": API answers sometimes lose the space after a full stop.
_GLUED_STOP = re.compile(r"(?<=[a-z0-9]{2})\.(?=[A-Z][a-z]+\s)")
_URL = re.compile(r"https?://\S+|www\.\S+")

STOPWORDS = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "from", "at", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "this", "that", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "them", "we", "our", "us", "i", "my", "you", "your", "which", "what", "whether", "if", "when", "where", "who", "whom", "whose", "why", "how", "many", "much", "any", "all", "each", "other", "such", "than", "then", "there", "here", "into", "onto", "over", "under", "about", "after", "before", "since", "during", "between", "within", "without", "per", "not", "no", "nor", "so", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "also", "more", "most", "some", "only", "own", "same", "very", "just", "being", "made", "make", "making", "taken", "take", "taking", "s", "hon", "member", "members", "secretary", "state", "department", "departments", "government", "majesty", "his", "her", "minister", "ministers", "ask", "answer", "question", "parliamentary", "pq", "potential", "assessment", "steps", "step", "recent", "recently", "plans", "plan", "policy", "policies", "number", "proportion", "information", "data", "her's", "he's", "what's", "whether", "any", "made", "has", "his"])

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")


def clip(text: str, limit: int) -> str:
    """`text` cut at a word to about `limit` characters, " …" marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;(")
    return cut + " …"


def split_sentences(text: str) -> list[str]:
    """Sentences of an answer in order; paragraphs, list items and table rows never run together."""
    out: list[str] = []
    for block in re.split(r"\n+", text):
        block = block.strip()
        if not block:
            continue
        block = _GLUED_STOP.sub(". ", block)
        out.extend(s.strip() for s in _split_block(block) if s.strip(" .•"))
    return out


def _split_block(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(block):
        before = block[start:m.start()].rstrip("\"”’)")
        last = re.search(r"([A-Za-z.]+)\.$", before)
        if last and last.group(1).lower() in _ABBREVIATIONS:
            continue
        if re.search(r"\b[A-Z]\.$", before):  # initials: "J. Smith"
            continue
        pieces.append(block[start:m.start()])
        start = m.end()
    pieces.append(block[start:])
    return pieces


def without_urls(text: str) -> str:
    return _URL.sub(" ", text)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem so "inspectors"/"inspection", "prosecutions"/"prosecuted" meet; no dictionary needed."""
    w = word.lower().strip("'’-")
    for _ in range(2):  # twice, so "inspectors" → "inspector" → "inspect" meets "inspection" → "inspect"
        # "ancy"/"ant": "consultancy" meets "consultants" (a common pair in spending answers)
        for suffix in ("ations", "ation", "ings", "ing", "ments", "ment", "ions", "ion", "ancy", "ants", "ant",
                       "ers", "ies", "ed", "es", "s", "or", "er", "e"):
            if len(w) - len(suffix) >= 4 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
    return w


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry a text's subject (stopwords, markers and URLs left out)."""
    words = _WORD.findall(without_urls(text))
    return {stem(w) for w in words if w.lower() not in STOPWORDS and len(w) > 2 and not w[0].isdigit()}


def words(text: str) -> list[str]:
    return _WORD.findall(text)
