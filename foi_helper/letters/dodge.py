"""What the answer dodged, and what it says exists or is published: the facts the letter leads with.

An FOI officer answers the side items and lets the point the requester cared about hit the cost limit when it
comes last (docs/law.md), so the first items ask for what the question asked and the answer did not give:
the named organisation the answer never mentions, the figures by the class the question names. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import Analysis, Point, WrittenAnswer
from .phrasing import named_document

# A named organisation in the question, as the object of a preposition that makes it an actor ("operating on
# Twitter", "meetings with Meta", "funding from Google"); "in Haringey" is a place, not an organisation.
_ORG_AFTER = re.compile(
    r"\b(?:on|by|with|from|to)\s+((?!To\b)(?:[A-Z][\w&'’.-]*)(?:\s+(?!To\b|The\b)(?:[A-Z][\w&'’.-]*|of|and|for))*)"
    r"(?=\s+and\s+other\b|\W|$)"
)
_NOT_ORGS = re.compile(
    r"^(?:The|His|Her|Their|Its|Government|Department|Ministers?|Secretary|State|Parliament|House|Commons|Lords|UK|"
    r"United Kingdom|England|Wales|Scotland|Northern Ireland|Britain|Great Britain|British|English|Welsh|Scottish|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Her Majesty|"
    r"His Majesty|Majesty|NHS|Treasury|Office)\b"
)
# "X on Twitter and other social media platforms" → X, broken down by platform, in particular for Twitter.
_AND_OTHER = re.compile(
    r"^(?P<what>.+?)\s+(?P<prep>on|in|at|by|from|using|through)\s+(?P<one>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
    r"\s+and other\s+(?P<class>[\w -]+?)s\b(?P<rest>.*)$"
)
# The answer's own name for the subject: a term it defines ("child sexual exploitation and abuse (CSEA)").
_DEFINED = re.compile(r"\b([a-z][a-z -]{6,80}?)\s+\(([A-Z]{2,6})\)")


def dodged_organisation(point: Point, answer_text: str, question: str = "") -> str | None:
    """An organisation the question names and the answer never mentions, for a question point not answered
    (a "what steps" point reads the whole question: its object may have been split off as another point)."""
    if point.source != "question" or point.status == "answered":
        return None
    text = f"{point.text} {question}" if point.kind == "actions" else point.text
    for m in _ORG_AFTER.finditer(text):
        name = re.sub(r"\s+(?:and|of|for)$", "", m.group(1).rstrip(".’'")).strip()
        if _NOT_ORGS.match(name) or len(name) < 2:
            continue
        if name.lower() not in answer_text.lower():
            return name
    return None


@dataclass(frozen=True)
class ByClass:
    """'the number of paedophiles operating on Twitter and other social media platforms' read as figures for
    the class (social media platform), in particular for one member of it (Twitter)."""

    what: str
    one: str
    klass: str


def by_class(text: str) -> ByClass | None:
    m = _AND_OTHER.match(text.strip())
    if not m or m.group("rest").strip():
        return None
    klass = m.group("class").strip()
    what = re.sub(r"\s+(?:operating|active|working|present|found)$", "", m.group("what").strip())
    return ByClass(what=what, one=m.group("one"), klass=klass.split()[-1] if len(klass.split()) > 2 else klass)


def answer_topic(answer_text: str) -> str | None:
    """The subject in the answer's own defined words ("child sexual exploitation and abuse"), if it defines one."""
    m = _DEFINED.search(answer_text)
    if not m:
        return None
    words, acronym = m.group(1).split(), m.group(2)
    # Keep as many trailing words as the acronym has letters (conjunctions do not count toward it).
    kept: list[str] = []
    letters = 0
    for word in reversed(words):
        kept.insert(0, word)
        if word not in ("and", "of", "or", "the", "for", "in", "on"):
            letters += 1
        if letters == len(acronym):
            break
    return " ".join(kept) if letters == len(acronym) else None


_PUBLISHED = re.compile(r"\b(?:published|set out|sets out|available (?:on|at|from)|laid before Parliament|"
                        r"may be found|can be found)\b",
                        re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|due|forthcoming|not yet|upcoming|later this|in due course|intends? to)\b",
                     re.IGNORECASE)


# "Statistics … may be found as part of the Office for National Statistics release: Crime in England and Wales:
# year ending September 2023" — a publication the answer points to, named in its own words.
_POINTED_TO = re.compile(r"\b(?:published|found|available|set out)\s+(?:as part of|in|on|at|within)\s+"
                         r"(the (?:[A-Z][\w'’-]*\s*|of\s+|and\s+|for\s+)+(?:release|bulletin|statistics|"
                         r"publication|report|tables?|dataset)(?::\s*[A-Z][^.;<\n]{3,90}?)?)(?=\s*(?:\.|;|,|$|\n|<|https?:))")


def published_documents(answer_text: str) -> list[str]:
    """Documents the answer presents as already out ("set out … in the Online Harms White Paper", "found as part
    of the Office for National Statistics release: …"): excluded from the request by name, since published
    information is exempt (FOIA s.21)."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])|\n+", answer_text):
        if not _PUBLISHED.search(sentence) and not _POINTED_TO.search(sentence) or _FUTURE.search(sentence):
            continue
        pointed = _POINTED_TO.search(sentence)
        name = pointed.group(1).strip() if pointed else named_document(sentence)
        if not name or re.search(r"\bcodes? of practice\b", name, re.IGNORECASE):
            continue
        words = set(name.lower().split()) - {"the"}
        # "the White Paper" after "the Online Harms White Paper" names the same document again.
        if not any(words <= set(o.lower().split()) for o in out):
            out.append(name)
    return out[:3]


_WILL_WRITE = re.compile(
    r"\b(?:I|we|he|she|[Tt]he (?:\w+ )?(?:Chief Executive|Minister|Secretary of State))\s+(?:will|shall)\s+"
    r"(?:write)(?: to (?:the (?:hon\.|honourable|noble|right hon\.)\s*)?(?:Member|Lord|Baroness|Lady|him|her))?",
)
_LIBRARY = re.compile(r"\b(?:placed|place|deposited|deposit) (?:a )?cop(?:y|ies)(?: of [^.;]{3,80}?)? in the "
                      r"(?:Library|Libraries)\b|\bin the Library of the House\b", re.IGNORECASE)


@dataclass(frozen=True)
class Promised:
    """A record the answer says exists or will follow: a letter to the member, a copy in the Library."""

    what: str  # "letter" | "library"
    sentence: str


def promised_records(answer_text: str) -> list[Promised]:
    out: list[Promised] = []
    for sentence in re.split(r"(?<=[.;])\s+|\n+", answer_text):
        if _WILL_WRITE.search(sentence):
            out.append(Promised("letter", sentence.strip()))
        elif _LIBRARY.search(sentence):
            out.append(Promised("library", sentence.strip()))
    return out


# A holding reply older than this is history: the substantive answer (or letter) has long followed or never will.
HOLDING_STALE_DAYS = 90


def holding_is_stale(answer: WrittenAnswer, today: date) -> bool:
    return answer.date_answered is not None and (today - answer.date_answered).days > HOLDING_STALE_DAYS


_MET = re.compile(r"\b(?:has|have) (?:now |since |already )?been (?:published|issued|laid|launched|completed)|"
                  r"\bwas (?:published|issued|laid|launched) (?:on|in)\b|\b(?:is|are) now (?:available|published)\b",
                  re.IGNORECASE)


def commitment_met(point: Point, analysis: Analysis, answer_text: str) -> bool:
    """A commitment the answer itself says is met ("the report was published in March"): nothing to chase."""
    if point.source != "answer" or point.kind != "timetable":
        return False
    words = {w for w in re.findall(r"[a-z]{5,}", point.text.lower())}
    for sentence in re.split(r"(?<=[.;])\s+|\n+", answer_text):
        if sentence.strip() == (point.evidence or "").strip() or not _MET.search(sentence):
            continue
        if words and len(words & set(re.findall(r"[a-z]{5,}", sentence.lower()))) / len(words) >= 0.5:
            return True
    return False
