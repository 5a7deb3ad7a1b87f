"""The kind of a question part, from its wording: the opening words decide first ("how many", "when",
"why"), then what the part asks about ("an estimate of the cost", "discussions with"), and a bare "whether" or
"if he will" is a decision."""

from __future__ import annotations

import re

from ..model import PointKind

_I = re.IGNORECASE
_MARKERS = re.compile(r"\(\s?(?:[a-z]|[ivx]{1,5}|\d{1,2})\s?\)")

# Opening words: the strongest signal.
_LEADS: list[tuple[PointKind, re.Pattern[str]]] = [
    ("statistics", re.compile(r"^(?:how many|what (?:number|proportion|percentage|share|rate|volume|quantity|"
                              r"level|levels)\b)", _I)),
    ("statistics", re.compile(r"^what (?:the|was the|is the|were the|are the) (?:\w+ )?(?:rate|rates|average|"
                              r"total|median|mean|volume|number|proportion|percentage)\b"
                              r"(?! (?:of )?(?:cost|spend|expenditure|funding))", _I)),
    # "what the estimated cost was of …" asks for the amount, not for the estimating (an assessment)
    ("spending", re.compile(r"^(?:how much|what (?:the )?(?:(?:estimated|expected|total|"
                            r"annual|overall|projected|forecast|likely|full|final) )*(?:cost|costs|budget|spend|"
                            r"expenditure|amount)\b)", _I)),
    ("timetable", re.compile(
        r"^(?:when|by when|by what date|on what date|on which date|what date|(?:what|which) (?:is |are |was )?"
        r"(?:the |his |her |its |their |her Department's |his Department's )?(?:planned |expected |estimated |"
        r"proposed |anticipated )?(?:timetable|timeline|timescale|timeframe|time frame|date|dates|deadline)\b)", _I)),
    # "what his response is to the call for a six-month delay in the document X": the advice on the call
    ("reasons", re.compile(r"^what (?:is )?(?:his|her|their|the Government's|the Government’s|the) "
                           r"(?:response|reply|position) (?:is |was )?(?:to|on)\b", _I)),
    ("reasons", re.compile(
        r"^(?:why|for what reasons?|what (?:the |were the |are the |was the |is the )?reasons?|"
        r"on what (?:basis|grounds)|what (?:is |was )?the (?:evidential |evidence |legal |statistical )?"
        r"(?:basis|rationale|justification))\b", _I)),
    ("actions", re.compile(
        r"^(?:what (?:further |additional |specific |recent |other )?(?:steps|measures|action|actions|support|"
        r"progress|work|initiatives|plans|mechanisms|arrangements|safeguards|provision)\b|"
        r"what (?:plans|steps) (?:he|she|they|it|his \w+|her \w+|the \w+) (?:has|have|is|are)\b|"
        r"how (?:he|she|they|the|his|her|it|we) (?:is|are|will|plans?|intends?)\b)",
        _I)),
    ("meetings", re.compile(
        r"^(?:what (?:recent |further )?(?:discussions|meetings|conversations|engagement|contact|talks)\b|"
        r"(?:with )?(?:which|what) (?:organisations|stakeholders|groups|individuals|bodies)\b.*\b(?:met|meet|"
        r"consulted|engaged|discussions))", _I)),
    ("statistics", re.compile(r"^what (?:data|figures|statistics|information) (?:his|her|the|their|its)\b[^,;]*"
                              r"\bholds? (?:on|about|relating to) (?:the )?(?:number|average|types?|proportion|"
                              r"rate|volume|level|amount of (?!money|funding))", _I)),
    ("documents", re.compile(r"^what (?:recent )?(?:reports|guidance|assessments received|advice) (?:he|she|they|"
                             r"his|her|the|it)\b[^,;]*\b(?:received|issued|commissioned|published)", _I)),
    ("correspondence", re.compile(
        r"^(?:what (?:recent )?(?:representations|correspondence|letters|emails|submissions|complaints)\b|"
        r"how many (?:letters|emails|representations|complaints))", _I)),
]

# What the part asks about, when the opening is generic ("whether", "if", "what").
_CONTENT: list[tuple[PointKind, re.Pattern[str]]] = [
    ("statistics", re.compile(r"\b(?:estimate|estimates|assessment)\b(?:(?! of )[^,;]){0,40}? of the (?:total |"
                              r"potential |likely |annual )?(?:number|proportion|percentage)\b", _I)),
    ("spending", re.compile(r"\b(?:estimate|estimates|assessment)\b(?:(?! of )[^,;]){0,40}? of the (?:total |"
                            r"potential |likely |annual |aggregate )*(?:cost|costs|amount|value|savings?)\b(?![- ]effectiveness)",
                            _I)),
    ("assessment", re.compile(r"\b(?:assessment|assessments|assessed|assess|evaluation|evaluated|evaluate|"
                              r"estimate|estimated|analysis|analysed|analyzed|modelled|review of|reviewed|consideration|"
                              r"considered|"
                              r"impact assessment)\b", _I)),
    ("meetings", re.compile(r"\b(?:discussions?|met|meet|meets|meeting|meetings|conversations?|talks|visited|"
                            r"visits?|engagement|(?:spoken|spoke|speak|speaks) (?:to|with))\b", _I)),
    ("correspondence", re.compile(r"\b(?:representations|correspondence|letters?|emails?|written to|wrote|"
                                  r"received (?:any )?(?:letters|representations|complaints))\b", _I)),
    ("documents", re.compile(r"\b(?:publish|published|place in the Library|placed in the Library|copy|copies|"
                             r"make (?:available|public)|release the|minutes of|report|guidance)\b", _I)),
    ("statistics", re.compile(r"\b(?:number of|numbers of|how many|proportion of|percentage of|rate of|"
                              r"figures|statistics|data on|average number)\b", _I)),
    ("spending", re.compile(r"(?:£|\bhow much\b|\bfunding\b|\bspend\b|\bspent\b|\bspending\b|\bbudget\b|"
                            r"\bexpenditure\b|\bcost of\b|\bamount of\b|\bvalue of\b)", _I)),
    ("timetable", re.compile(r"\b(?:timetable|timeline|timescale|by what date|what date)\b", _I)),
    ("actions", re.compile(r"\b(?:steps|measures)\b", _I)),
]
_NOT_FOR_DECISIONS = ("spending", "timetable", "actions")
_DECISION = re.compile(r"^(?:whether|if|will|is|are|does|do|has|have|what (?:his|her|the|their) "
                       r"(?:Department's |Government's )?policy is|what (?:his|her|the) policy)\b", _I)
# "whether … data …" asks for figures before it asks for a yes or no; "whether he has made an assessment"
# asks for an assessment.
_OPEN_WHAT = re.compile(r"^(?:what|which|who|whom|whose|where|in what|to what)\b", _I)


def kind_of(text: str) -> PointKind:
    """One of model.POINT_KINDS for a question part."""
    t = " ".join(_MARKERS.sub(" ", text).split())
    t = re.sub(r"^(?:if so,?\s*)", "", t, flags=_I)
    for kind, pattern in _LEADS:
        if pattern.search(t):
            return kind
    is_decision = bool(_DECISION.search(t))
    for kind, pattern in _CONTENT:
        if pattern.search(t):
            if kind == "documents" and not is_decision and not _OPEN_WHAT.search(t):
                continue
            if is_decision and kind in _NOT_FOR_DECISIONS and pattern is not _CONTENT[1][1]:
                continue  # "if he will provide funding for …" asks for a decision about funding
            return kind
    if is_decision:
        return "decision"
    return "other"
