"""Splitting a question's body into the parts it really asks, each in its own words.

Parts come from semicolons ("…; and what …"), "and if so, …", "whether … and what …", and lettered or
numbered lists ("(a) … (b) …", "(1) … (2) …"). A list of places, years, bodies or categories ("in (i) England
and (ii) Wales", "broken down by (a) sex and (b) age", a list nested inside a part, or a second list after the
first) is the part's breakdown, not a new part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import content_stems

_STATEMENT = re.compile(
    r"[;,]?\s*and\s+(?:if|whether)\s+(?:he|she|they|the\s+\w+(?:\s+\w+)?|his|her)\s+will\s+make\s+a\s+"
    r"(?:further\s+)?statement(?:\s+on\s+(?:the|this|that)\s+matter)?\s*[.?]?\s*$",
    re.IGNORECASE,
)
_MARKER = re.compile(r"\(\s?([a-z]|[ivx]{1,5}|\d{1,2})\s?\)")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_WH_SPLIT = re.compile(
    r",?\s+and\s+(?=(?:what|how|whether|when|which|who|why|if|for what|on what|by what|in what)\b"
    r"(?!\s+so\b))",
    re.IGNORECASE,
)
_IF_SO = re.compile(r",?\s+and,?\s+(?=if so\b)|;\s*(?=if so\b)", re.IGNORECASE)
# Dimensions a count is broken down by; "per nurse" is a rate, not a breakdown, so "per" is left out.
_DIMENSIONS = (r"region|regions|year|years|month|months|quarter|age|sex|gender|ethnicity|nationality|nation|"
               r"local authority|local authority area|constituency|constituencies|police force(?: area)?|"
               r"county|grade|type|category|trust|school|prison|department|country|reason|outcome")
_BREAKDOWN = re.compile(
    rf"\b(?:(?:broken down|split|disaggregated|categorised|analysed)\s+by\b[^,;]*|"
    rf"in each\b[^,;]*|for each\b[^,;]*|each year\b[^,;]*|in every\b[^,;]*|"
    rf"by (?:each |their |his |her |its )?(?:{_DIMENSIONS})\b[^,;]*)",
    re.IGNORECASE,
)
_LIST_PREPOSITION = re.compile(
    r"\b(?:broken down by|split by|by|in|for|across|between|from|among|during|over|for each of|in each of)\s*$",
    re.IGNORECASE)


@dataclass
class Part:
    """One part of a question: its words, and the breakdown it asks for ("by region and year") if any."""

    text: str
    breakdown: str | None = None
    focus: str | None = None  # for a list item, its own words: what sets "(b) Y" apart from "(a) X"


@dataclass
class _Run:
    scheme: str  # "letter" | "roman" | "digit"
    markers: list[re.Match[str]]


def split_into_parts(body: str) -> list[Part]:
    """The parts a question body asks, in order. The formal "and if he will make a statement" is dropped."""
    text = _STATEMENT.sub("", " ".join(body.split())).strip().rstrip("?.").strip()
    parts: list[Part] = []
    for clause in _clauses(text):
        parts.extend(_split_lists(clause))
    return [p for p in parts if len(p.text.split()) >= 2] or ([Part(text)] if text else [])


def _clauses(text: str) -> list[str]:
    out: list[str] = []
    for piece in _top_level_split(text, ";"):
        piece = re.sub(r"^(?:and|also)\s+", "", piece.strip(), flags=re.IGNORECASE)
        for sub in _IF_SO.split(piece):
            out.extend(_split_wh(sub.strip()))
    return [c.strip(" ,") for c in out if c.strip(" ,")]


def _top_level_split(text: str, sep: str) -> list[str]:
    if sep not in text:
        return [text]  # most questions: no character-by-character walk
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if ch == sep and depth <= 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def _split_wh(clause: str) -> list[str]:
    """"whether … and what …": split where a new question word starts, if both sides are real questions."""
    out: list[str] = []
    start = 0
    for m in _WH_SPLIT.finditer(clause):
        left, right = clause[start:m.start()], clause[m.end():]
        if len(left.split()) >= 4 and len(right.split()) >= 4 and _MARKER.search(left[-12:]) is None:
            out.append(left)
            start = m.end()
    out.append(clause[start:])
    return out


def _runs(clause: str) -> list[_Run]:
    """Marker runs: (a)(b)(c), (i)(ii), (1)(2); a second "(a)" starts a new run."""
    runs: list[_Run] = []
    for m in _MARKER.finditer(clause):
        label = m.group(1)
        placed = False
        for run in reversed(runs):
            last = run.markers[-1].group(1)
            if run.scheme == "letter" and len(label) == 1 and label.isalpha() and ord(label) == ord(last) + 1 or run.scheme == "roman" and label in _ROMAN and last in _ROMAN and \
                    _ROMAN.index(label) == _ROMAN.index(last) + 1 or run.scheme == "digit" and label.isdigit() and int(label) == int(last) + 1:
                run.markers.append(m)
                placed = True
            if placed:
                break
        if not placed and label in ("a", "i", "1"):
            scheme = {"a": "letter", "i": "roman", "1": "digit"}[label]
            runs.append(_Run(scheme, [m]))
    return [r for r in runs if len(r.markers) >= 2]


def _item_end(clause: str, run: _Run, k: int) -> int:
    return run.markers[k + 1].start() if k + 1 < len(run.markers) else len(clause)


def _is_breakdown(clause: str, run: _Run, index: int, items: list[str]) -> bool:
    if index > 0:  # a later list ("… in (a) 2020, (b) 2021") breaks down the parts before it
        return True
    before = clause[:run.markers[0].start()]
    if _LIST_PREPOSITION.search(before):
        return True
    return bool(len(items) > 4 or all(re.match(r"\s*(?:\d{4}|to date|the (?:last|past))", i) for i in items))


def _distinct(item: str, others: list[str]) -> str:
    """The words of a list item its siblings do not share: "(b) previously donated to the Labour Party" beside
    "(a) worked for the Labour Party" → "previously donated"."""
    shared = set().union(*(content_stems(o) for o in others)) if others else set()
    return " ".join(w for w in _MARKER.sub(" ", item).split() if not (content_stems(w) & shared))


def _clean_item(text: str) -> str:
    return re.sub(r"[\s,]*(?:,|\band\b|\bor\b)\s*$", "", text).strip()


def _split_lists(clause: str) -> list[Part]:
    runs = _runs(clause)
    general = _breakdown_phrase(clause, runs)
    if not runs:
        return [Part(clause, general)]
    first, others = runs[0], runs[1:]
    starts = [r.markers[0].start() for r in others]
    ends = [_item_end(clause, first, k) for k in range(len(first.markers))]
    # the last item's words stop where a later list begins (for the first item's scope test only)
    items = [_clean_item(clause[m.end():min([e] + [s for s in starts if s > m.end()])])
             for m, e in zip(first.markers, ends)]
    breakdowns = [(_list_breakdown(clause, r), r) for r in others]
    stem_words = len(clause[:first.markers[0].start()].split())
    # "what the (a) role and (b) organisation of the body are": bare nouns under a short stem share one
    # predicate; split, "(a) role" would be a fragment, so the list is the part's breakdown instead.
    fragments = stem_words <= 4 and all(len(i.split()) <= 3 for i in items[:-1])
    if fragments or _is_breakdown(clause, first, 0, items):
        joined = "; ".join([_list_breakdown(clause, first)] + [b for b, _ in breakdowns if b])
        return [Part(clause, _join(joined, general))]
    stem = clause[:first.markers[0].start()].rstrip()
    # A later list in the last item qualifies every item when the items before it are bare nouns
    # ("(a) principals and (b) dependents have been relocated under pathway (i) one and (ii) two"), and only
    # the last item otherwise; a restarted "(a) 2020, (b) 2021" list always qualifies them all.
    shared_tail = all(len(i.split()) <= 3 for i in items[:-1])
    parts: list[Part] = []
    whole = [clause[m.end():e] for m, e in zip(first.markers, ends)]
    own_words = [_distinct(whole[k], whole[:k] + whole[k + 1:]) for k in range(len(whole))]
    for k, (m, end) in enumerate(zip(first.markers, ends)):
        own = [b for b, r in breakdowns if m.start() < r.markers[0].start() < end
               or (r.markers[0].start() >= end and (shared_tail or r.scheme == first.scheme))]
        text = _clean_item(f"{stem} {clause[m.start():end]}".strip())
        parts.append(Part(text, _join("; ".join(own), general), own_words[k] or None))
    return parts


def _list_breakdown(clause: str, run: _Run) -> str:
    """The words of a list used as a breakdown, from the preposition before it: "in (i) England and (ii) Wales"."""
    before = clause[:run.markers[0].start()]
    prep = re.search(r"(?:\b(?:broken down by|split by|by|in|across|between|from|among|during|over|for|on|"
                     r"of|with|to)\s*)?$", before)
    start = prep.start() if prep and prep.group(0).strip() else run.markers[0].start()
    last = run.markers[-1]
    tail = clause[last.end():]
    stop = re.search(r"[,;]|\s(?:and|or)\s(?!\()|\s(?:in|for|on|since)\s", tail[1:])
    end = last.end() + (stop.start() + 1 if stop else len(tail))
    return clause[start:end].strip(" ,")


def _breakdown_phrase(clause: str, runs: list[_Run]) -> str | None:
    m = _BREAKDOWN.search(_MARKER.sub(" ", clause))
    return " ".join(m.group(0).split()).strip(" ,") if m else None


def _join(a: str | None, b: str | None) -> str | None:
    if a and b and set(b.lower().split()) <= set(_MARKER.sub(" ", a).lower().split()):
        return a  # the general phrase only repeats the list ("broken down by region and year")
    if a and b and b not in a:
        return f"{a}; {b}"
    return a or b or None


def breakdown_beyond(text: str, breakdown: str | None) -> str | None:
    """The breakdown as a reader needs it shown beside the part: None when the part's own words already say it
    ("… in the (a) 2021-22 and (b) 2022-23 financial years" beside its breakdown of the same words)."""
    if not breakdown:
        return None
    words = set(re.findall(r"[\w'’-]+", text.lower()))
    return None if set(re.findall(r"[\w'’-]+", breakdown.lower())) <= words else breakdown
