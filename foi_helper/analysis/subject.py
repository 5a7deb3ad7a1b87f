"""A short noun phrase naming what a question is about, for a request's title ("Online child sexual
exploitation on Twitter: figures and funding"): the question's object with its scaffolding ("what steps
… to address", "what assessment … has made of") taken off."""

from __future__ import annotations

import re

from ..model import WrittenAnswer
from ..reading.preamble import strip_preamble
from .split import split_into_parts

_I = re.IGNORECASE
_WHO = r"(?:he|she|they|it|we|the \w+(?: \w+)?|his \w+(?: \w+)?|her \w+(?: \w+)?|their \w+|its \w+)"
_SCAFFOLDING = [
    re.compile(r"^what (?:further |additional |specific |recent |other )?(?:steps|measures|action|actions|"
               r"plans|support|progress|work)\b[^,]*?\b(?:taking|take|taken|made|making|doing|providing)\b"
               r"(?:,? or (?:intends?|plans?) to take,?)?\s+(?:(?:on|in|towards?|with)\s+)?"
               r"(?:to\s+)?(?:help\s+)?(?:(?:address|tackl|reduc|improv|support|increas|prevent|ensur|protect|"
               r"promot|encourag|deliver|establish|explor|expand|strengthen|end|stop|meet|rais|introduc|develop|"
               r"implement|build|creat|set(?:t)?)(?:e|ing)?(?:\s+up)?\b|respond(?:ing)? to\b)?\s*", _I),
    re.compile(r"^(?:what|whether|if) (?:recent |further )?(?:assessment|estimate|evaluation|analysis|"
               r"consideration)s?\b.*?\b(?:made|make|given|carried out|undertaken)\b(?: \w+)?? (?:of|on|to)\s+"
               r"(?:the\s+)?(?:potential\s+|likely\s+)?(?:(?:impact|effectiveness|merits|implications|adequacy|"
               r"effect|effects|readiness|role|cost effectiveness|level)\s+(?:of|on|for)\s+)?", _I),
    re.compile(rf"^if {_WHO} will make an? (?:assessment|estimate|evaluation) of\s+(?:the\s+)?"
               rf"(?:potential\s+)?(?:(?:impact|effectiveness|merits|implications)\s+of\s+)?", _I),
    re.compile(r"^what (?:recent )?(?:discussions|meetings|conversations|representations|correspondence)\b"
               r".*?\b(?:had|held|received|made)\b\s+", _I),
    re.compile(rf"^(?:whether|if) {_WHO} (?:has|have|had|is|are|will|plans?|intends?|does|did)\b"
               rf"(?: \w+ly)?(?: (?:plans?|intends?|made|make|taken|take|to|been|any|an|a))*\s+", _I),
    re.compile(r"^(?:what|which) (?:information|data) .*?\bholds? on\s+", _I),
    re.compile(r"^(?:for what reasons?|why|what the reasons? (?:are|were|is|was)|when|on what date|by what date|"
               r"what (?:is |was )?the (?:planned |expected )?(?:timetable|timeline|date) (?:is )?for)\s+", _I),
]
_CUT = re.compile(r",|;|\s(?:in each|for each|broken down by|since \d|in the last|over the last|in the \w+ "
                  r"(?:\w+ )?years?)\b", _I)
_MARKERS = re.compile(r"\(\s?(?:[a-z]|[ivx]{1,5}|\d{1,2})\s?\)\s*")


def subject_of(answer: WrittenAnswer) -> str:
    """What the question is about, as a short noun phrase (falls back to the answer's title)."""
    _preamble, body = strip_preamble(answer.question)
    parts = split_into_parts(body) if body else []
    text = parts[-1].text if parts and _is_embedded_count(parts) else (parts[0].text if parts else "")
    text = _MARKERS.sub("", text).strip()
    for pattern in _SCAFFOLDING:
        stripped = pattern.sub("", text, count=1)
        if stripped != text and len(stripped.split()) >= 2:
            text = stripped
            break
    if re.match(r"how many\s", text, _I):
        # "how many X have received Y" → "the number of X that have received Y"
        text = "the number of " + re.sub(r"\s(?=(?:have|has|are|is|were|was|did|do|will|would|could|can)\s)",
                                         " that ", text[9:], count=1)
    text = _CUT.split(text)[0].strip()
    words = text.split()
    if len(words) < 2:
        return (answer.title or body or answer.question).strip()
    if len(words) > 18:
        text = " ".join(words[:18]) + "…"
    return text.rstrip(" .?")


def _is_embedded_count(parts: list) -> bool:  # type: ignore[type-arg]
    return len(parts) > 1 and parts[-1].text.lower().startswith("the number of")
