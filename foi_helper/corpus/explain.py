"""Why an earlier question is offered as related, in words a requester reads.

"also asks for the number of paedophiles on social media; its answer gave figures for 2022 and 2023;
no UIN in the index, so a letter cannot name it". Built from the earlier question's own parts (what it asks),
its answer (figures and the years they cover, or a refusal a letter can cite) and whether a letter can name
it. Pure: the same match always gets the same words.
"""

from __future__ import annotations

import re

from ..analysis.evasions import PATTERNS
from ..analysis.kinds import kind_of
from ..analysis.split import split_into_parts
from ..analysis.text import clip
from ..model import Match
from ..reading.preamble import after_addressee as strip_preamble

MAX_ASK = 90  # characters of what the earlier question asks
ANSWER_READ = 1500  # characters of its answer read for figures or a refusal (ten of them for every search)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)(?:[-/–](?:\d{2}|\d{4}))?\b")
_FIGURE = re.compile(
    r"(?:£\s?\d|\b\d[\d,.]*\s?(?:%|per cent|million|billion|thousand)|\b\d{1,3}(?:,\d{3})+\b|"
    r"\b\d+\.\d+\b|\b\d{2,}\b)"
)
_DIGIT = re.compile(r"\d")  # every figure has one: a sentence without is not searched for figures
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_HOW_MANY = re.compile(r"^how many (.+)$", re.IGNORECASE)
_HOW_MUCH = re.compile(
    r"^how much (?:(?:funding|money) )?(?:(?:his|her|their|the|its) \w+ )?(?:has |have )?"
    r"(?:been )?(?:spent|allocated|paid|invested|provided|given|received)? ?(?:on|to|for|in)? ?(.+)$",
    re.IGNORECASE,
)
_WHO = r"(?:he|she|they|it|we|the Government|(?:his|her|their|its|the) (?:Department|Ministry|Office))"
# The openings of written questions, said without the minister's pronouns.
_LEADS = [
    (
        re.compile(
            rf"^what (?:further |additional |recent |specific )?(?:steps|action|measures) {_WHO} "
            rf"(?:is|are|has|have|will) (?:taking|taken|take|been taking)\s+",
            re.IGNORECASE,
        ),
        "what is being done ",
    ),
    (
        re.compile(
            rf"^what (?:recent )?progress {_WHO} (?:has|have) made (?:on|in|towards?)\s*", re.IGNORECASE
        ),
        "what progress has been made on ",
    ),
    (
        re.compile(
            rf"^what (?:recent )?(?:discussions|meetings|conversations) {_WHO} (?:has|have) had with\s*",
            re.IGNORECASE,
        ),
        "about discussions with ",
    ),
    (
        re.compile(rf"^whether {_WHO} (?:has|have) had (?:recent )?discussions with\s*", re.IGNORECASE),
        "whether there were discussions with ",
    ),
    (
        re.compile(
            rf"^what (?:recent )?(?:assessment|estimate|evaluation) {_WHO} (?:has|have) made of\s*",
            re.IGNORECASE,
        ),
        "for an assessment of ",
    ),
    (
        re.compile(
            rf"^whether {_WHO} (?:has|have) made (?:an? )?(?:recent )?(?:assessment|estimate) of\s*",
            re.IGNORECASE,
        ),
        "whether there is an assessment of ",
    ),
    (
        re.compile(rf"^what resources {_WHO} (?:has|have) (?:allocated|provided|given) to\s*", re.IGNORECASE),
        "what resources were given to ",
    ),
]
_REFUSALS = {
    "not_held": "its answer said the information is not held (a reply to cite)",
    "disproportionate_cost": "its answer refused on cost (a reply to cite)",
    "no_comment": "its answer declined to give details",
    "refers_elsewhere": "its answer pointed to another answer",
}


def explain(match: Match, query_kinds: set[str] | None = None) -> str:
    """One line: what the earlier question asks, what its answer gave, and whether a letter can cite it.
    `query_kinds`: the kinds of the parts the requester's own question asks ("statistics" …), so that a
    match asking the same kind of thing "also asks"."""
    clauses = [c for c in (_asks(match, query_kinds or set()), _gave(match)) if c]
    if not match.uin:
        clauses.append("no UIN in the index, so a letter cannot name it")
    elif not (match.date_tabled or match.date_answered):
        clauses.append("no date in the index, so a letter cannot name it")
    return "; ".join(clauses)


def kinds_asked(question: str) -> set[str]:
    """The kinds of the parts a question asks."""
    return {kind_of(p.text) for p in split_into_parts(strip_preamble(question))}


def _asks(match: Match, query_kinds: set[str]) -> str:
    parts = split_into_parts(strip_preamble(match.question))
    if not parts:
        return ""
    part = parts[0]
    kind = kind_of(part.text)
    text = " ".join(part.text.split()).rstrip(" .;,")
    also = "also " if kind in query_kinds and kind != "other" else ""
    if m := _HOW_MANY.match(text):
        said = f"{also}asks for the number of {m.group(1)}"
    elif kind == "spending" and (m := _HOW_MUCH.match(text)) and m.group(1):
        said = f"{also}asks what was spent on {m.group(1)}"
    else:
        for lead, plain in _LEADS:
            if lead.search(text):
                text = lead.sub(plain, text, count=1)
                break
        said = f"{also}asks {text}"
    if part.breakdown:
        said += f", by {part.breakdown.removeprefix('by ')}"
    if len(parts) > 1:
        said += f" (and {len(parts) - 1} more part{'s' if len(parts) > 2 else ''})"
    return clip(said, MAX_ASK + len(also) + 20)


def _gave(match: Match) -> str:
    if not match.answer:
        return "not answered yet"
    # A plain split is enough to find figures and refusals (the analysis's sentence splitter costs ten times as
    # much, and ten matches are explained for every search).
    sentences = _SENTENCE.split(match.answer[:ANSWER_READ])
    for kind, pattern in PATTERNS:
        if kind in _REFUSALS and any(pattern.search(s) for s in sentences[:3]):
            return _REFUSALS[kind]
    figures = [s for s in sentences if _DIGIT.search(s) and _FIGURE.search(_YEAR.sub(" ", s))]
    if not figures:
        return ""
    years = sorted({y[:4] for s in figures for y in _YEAR.findall(s)})
    if not years:
        return "its answer gave figures"
    if len(years) > 3:
        listed = f"{years[0]} to {years[-1]}"
    else:
        listed = " and ".join(years) if len(years) <= 2 else f"{years[0]}, {years[1]} and {years[2]}"
    return f"its answer gave figures for {listed}"
