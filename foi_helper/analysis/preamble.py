"""The question's preamble: who is asked ("To ask the Secretary of State for X,"), and the earlier answers or
papers it builds on ("pursuant to the Answer of …", "with reference to …"). The body is what is asked."""

from __future__ import annotations

import re

# A question body starts with an interrogative; department names after a comma are capitalised ("Environment,
# Food and Rural Affairs"), so the first comma followed by one of these ends the addressee.
BODY_START = re.compile(
    r"(?:what|which|how|whether|if|when|who|whom|whose|why|where|for what|on what|by what|in what|at what|"
    r"from what|to what|with what|will|is|are|does|do|has|have|can|the (?:number|cost|amount)|"
    r"pursuant|with reference|further to|following|in the light of|in light of|"
    r"with regard to|in relation to|regarding|referring to|in view of)\b",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(r"^\s*To ask (?:the |His |Her )?", re.IGNORECASE)
_LORDS = re.compile(r"^\s*To ask (?:His|Her) Majesty'?’?s Government,?\s*", re.IGNORECASE)
_CONTEXT = re.compile(
    r"^(?:pursuant to|with reference to|further to|following|in the light of|in light of|with regard to|"
    r"in relation to|regarding|referring to|in view of)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(
    r"(?:what|which|how|whether|if|when|who|whom|whose|why|where|for what|on what|by what|in what|to what|"
    r"at what|from what|will|is|are|does|has|can)\b",
    re.IGNORECASE,
)


def strip_preamble(question: str) -> tuple[str, str]:
    """(preamble, body): "To ask …," and any "pursuant to …, " or "with reference to …, " context clauses
    go in the preamble; the body is the question proper, in its own words."""
    text = " ".join(question.split())
    cut = _addressee_end(text)
    preamble, body = text[:cut], text[cut:]
    while _CONTEXT.match(body):
        end = _context_end(body)
        if end is None:
            # "further to her oral contribution on 20th January 2026 whether …": no comma before the question
            m = re.search(r"\s(?=(?:whether|what|how many|how much|if|when|which|why|for what)\b)", body)
            if m is None or len(body[:m.start()].split()) < 5:
                break
            end = m.end()
        preamble, body = preamble + body[:end], body[end:]
    return preamble.strip(), body.strip()


def _addressee_end(text: str) -> int:
    lords = _LORDS.match(text)
    if lords:
        return lords.end()
    if not _ADDRESSEE.match(text):
        return 0
    for m in re.finditer(r",\s*", text):
        rest = text[m.end():]
        if rest.lower().startswith("representing"):  # "the hon. Member for X, representing the Commission,"
            continue
        if BODY_START.match(rest):
            return m.end()
    # "To ask the Prime Minister what …" has no comma: cut before the first interrogative word
    bare = re.search(r"\s(?=(?:what|how|whether|if|when|which|who|why)\b)", text)
    return bare.end() if bare else 0


def _context_end(body: str) -> int | None:
    """End of a leading context clause: the first comma followed by a question word."""
    for m in re.finditer(r",\s*", body):
        if _QUESTION_WORD.match(body[m.end():]):
            return m.end()
    return None
