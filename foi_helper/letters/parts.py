"""Question parts as the letter needs them: lettered parts kept with the words they share, "such X" given its
antecedent, "in each such year" given the period of the part before. "(a) knives and (b) firearms in Haringey
for 2018" split as "(a) knives" and "(b) firearms in Haringey" asks for something else entirely (docs/law.md,
the FOI officer's table). Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from ..model import Point
from ..reading.preamble import strip_preamble

MARK = re.compile(r"\((?:[a-h]|i{1,3}|iv|v|vi)\)")
_CLAUSES = re.compile(r";\s*|\s+and\s+(?=(?:how|what|whether|if|which|when)\b)|\(\d\)\s*")
_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(MARK.sub(" ", text.lower())))


def rejoin_lettered(points: list[Point], question: str, merged: dict[str, list[str]] | None = None) -> list[Point]:
    """Question points split from one lettered clause of the question, put back together as that clause (the
    first point's id): the clause keeps the place, year and group its parts share. `merged`, when given, gets
    the ids folded into each kept one ("q2" → ["q3"]), so the letter can say it asks for them too."""
    body = strip_preamble(question)[1] if question else ""
    clauses = [c.strip(" .") for c in _CLAUSES.split(body) if c and MARK.search(c)]
    out: list[Point] = []
    joined: dict[int, int] = {}  # clause index → index in out
    for p in points:
        if p.source != "question" or not MARK.search(p.text):
            out.append(p)
            continue
        words = _words(p.text)
        hit = next((i for i, c in enumerate(clauses) if words and words <= _words(c)), None)
        if hit is None or len(MARK.findall(p.text)) == len(MARK.findall(clauses[hit])):
            out.append(p)
            continue
        whole = re.sub(r"^(?:and|or)\s+", "", clauses[hit])
        if hit in joined:
            first = out[joined[hit]]
            if merged is not None:
                merged.setdefault(first.id, []).append(p.id)
            out[joined[hit]] = replace(first, status="partial" if first.status != p.status else first.status)
            continue
        joined[hit] = len(out)
        out.append(replace(p, text=whole))
    return out


_SUCH = re.compile(r"\bsuch ([a-z]+s)\b")
_STOP = {"of", "the", "a", "an", "how", "many", "much", "what", "number", "in", "on", "for", "to", "and", "or", "by",
         "were", "was", "are", "is", "that", "which", "there", "his", "her", "their", "its", "each"}


def antecedent(noun: str, before: str) -> str | None:
    """'prisons' in "how many prisons operated a policy of random testing" → "prisons that operated a policy of
    random testing": the noun with the words that describe it in the part before."""
    words = before.split()
    for i, w in enumerate(words):
        if w.lower().strip(",.") != noun:
            continue
        start = i
        while start > 0 and words[start - 1].lower() not in _STOP and not MARK.fullmatch(words[start - 1]):
            start -= 1
        if start > 0 and MARK.fullmatch(words[start - 1]):
            return None  # "(b) non-random tests": one part of a list, not what "such tests" means
        phrase = " ".join(words[start: i + 1])
        rest = " ".join(words[i + 1:])
        verb = re.match(r"^((?:that|which|who) [^,;]+|(?:promoting|operating|providing|offering|using|for|on|"
                        r"about|in receipt of) [^,;]+?)(?=\s+(?:in|for|during|since|at|between|from)\s+(?:each|the|"
                        r"\d|\(a\))|[,;]|$)", rest)
        if verb:
            phrase += " " + verb.group(1)
        elif re.match(r"^\w+ed\b", rest):  # "prisons operated a policy …" → "prisons that operated a policy …"
            clause = re.match(r"^[^,;]+?(?=\s+(?:in|for|during|since|between|from)\s+(?:each|the|\d)|[,;]|$)", rest)
            if clause:
                phrase += " that " + clause.group(0)
        return phrase.strip()
    return None


def resolve_such(points: list[Point]) -> list[Point]:
    """"such prisons" → the prisons the part before described; "in each such year" is left for the window, which
    is inherited from the part before."""
    out: list[Point] = []
    for p in points:
        prev = next((q for q in reversed(out) if q.source == "question"), None)
        if p.source == "question" and prev is not None:
            def named(m: re.Match[str], prev_text: str = prev.text) -> str:
                found = antecedent(m.group(1), prev_text)
                return found or m.group(0)
            text = _SUCH.sub(named, p.text)
            if text != p.text:
                p = replace(p, text=text)
        out.append(p)
    return out


EACH_SUCH = re.compile(r",?\s*(?:in|for|during)\s+(?:each|every|that|the same)\s+(?:such\s+)?(?:financial\s+)?"
                       r"(?:year|period|month)s?\b|,?\s*in each such (?:year|period|month)\b", re.IGNORECASE)


def inherits_period(text: str) -> bool:
    return bool(EACH_SUCH.search(text))


_THESE = re.compile(r"^(?:and\s+)?what (?:have|has) been (?:these|those|the) (?:numbers|figures|amounts)\b\s*(?P<period>.+)$",
                    re.IGNORECASE)


def hoist_trailing_period(points: list[Point]) -> list[Point]:
    """"…; and what have been these numbers in each year since 1992" is the period of the parts before, not a
    part of its own: it goes to them (as their breakdown, where the window is read from)."""
    out: list[Point] = []
    for p in points:
        m = _THESE.match(p.text.strip()) if p.source == "question" else None
        earlier = [i for i, q in enumerate(out) if q.source == "question" and q.kind in ("statistics", "spending")]
        if m and earlier:
            for i in earlier:
                out[i] = replace(out[i], breakdown=m.group("period").strip(" .;"))
            continue
        out.append(p)
    return out


# "if she will break this down by income from (i) grants, (ii) fees": a request for the figures before it in more
# detail, not a decision to be made; "if he will provide similar information on X": the same figures for X.
_BREAK_DOWN = re.compile(r"^(?:and )?(?:\(\d\)\s*)?if (?:he|she|they|the (?:Secretary of State|Minister)) will "
                         r"(?:break (?:this|these|it|them|the figures?) down|provide (?:a )?breakdown)\s+(?P<by>.+)$",
                         re.IGNORECASE)
_SIMILAR = re.compile(r"^(?:and )?(?:\(\d\)\s*)?if (?:he|she|they|the (?:Secretary of State|Minister)) will "
                      r"(?:provide|give|publish|list|place in the Library) (?:similar|the same|comparable) "
                      r"(?:information|figures|data|statistics) (?:on|for|about) (?P<what>.+)$", re.IGNORECASE)
FIGURE_KINDS = ("statistics", "spending")
_LIST_BY = re.compile(r"^(?:if (?:he|she|they) will )?list,?\s+(?:by\s+)?\(a\)\s+(?P<a>[^()]+?)\s+and\s+\(b\)\s+"
                      r"(?:by\s+)?(?P<b>[^()]+?)\s+(?P<what>the (?:number|percentage|proportion|total|amount|"
                      r"average|rate)\b.+)$", re.IGNORECASE)


def fold_breakdowns(points: list[Point]) -> list[Point]:
    """A question's "if she will break this down by …" joins the figures before it as their breakdown, and "if
    she will provide similar information on X" becomes a request for those figures for X: neither is a decision
    the department recorded."""
    out: list[Point] = []
    for p in points:
        listed = _LIST_BY.match(p.text.strip()) if p.source == "question" else None
        if listed:  # "list (a) constituencies and (b) by cities … the percentage of …": the figures, by each
            what = re.sub(r"\bpercentage number\b", "percentage", listed.group("what"))
            p = replace(p, text=what, breakdown=f"by (a) {listed.group('a')} and (b) {listed.group('b')}")
        if p.source != "question" or p.kind in FIGURE_KINDS:
            out.append(p)
            continue
        text = p.text.strip().rstrip(".;")
        down, similar = _BREAK_DOWN.match(text), _SIMILAR.match(text)
        before = next((i for i in range(len(out) - 1, -1, -1) if out[i].source == "question"), None)
        if down and before is not None and out[before].kind in FIGURE_KINDS:
            by = down.group("by").strip()
            by = by if re.match(r"^(?:by|into)\b", by) else f"by {by}"
            by = re.sub(r"^into\b", "into", by)
            first = out[before]
            joined = f"{first.breakdown}; {by}" if first.breakdown and not _covers(first.text, first.breakdown) \
                else by
            out[before] = replace(first, breakdown=joined)
            continue
        if similar:
            kind: Literal["spending", "statistics"] = "spending" if re.search(r"\b(?:expenditure|spending|spend|cost|income)\b", similar.group("what"))\
                else "statistics"
            out.append(replace(p, kind=kind, text=similar.group("what").strip()))
            continue
        out.append(p)
    return out


def _covers(text: str, breakdown: str) -> bool:
    """The breakdown is the subject's own words again (a lettered part the reading copied over)."""
    return breakdown.split(";")[0].strip() in text


_GLUED = re.compile(r"(?<=[A-Za-z,])\((?=(?:[a-h]|i{1,3}|iv|v)\))")


def unglue_marks(text: str) -> str:
    """'the proportion of(a) injuries' → 'the proportion of (a) injuries' (a page that lost the space); old
    Hansard's "five per cent. random" → "five per cent random"."""
    return _PER_CENT.sub("per cent", _GLUED.sub(" (", text)) if text else text


_PER_CENT = re.compile(r"\bper cent\.(?=,?\s+[a-z(])")
