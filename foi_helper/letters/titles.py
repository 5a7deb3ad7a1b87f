"""The request's title: the subject and what is asked ("…: funding, licensing and correspondence")."""

from __future__ import annotations

import re

from ..model import WrittenAnswer
from .phrasing import join_words

ASPECTS = {
    "spending": "funding",
    "tool": "licensing",
    "documents": "documents",
    "correspondence": "correspondence",
    "timetable": "timetable",
    "meetings": "meetings",
    "decision": "decisions",
    "assessment": "assessments",
    "statistics": "figures",
    "actions": "plans",
    "reasons": "briefings",
    "other": "records",
}


def request_title(answer: WrittenAnswer, kinds: list[str]) -> str:
    """A title naming the subject and what is asked ("…: funding, licensing and correspondence")."""
    subject = _subject_of_answer(answer) or (answer.title or "").strip() or "Records behind a written answer"
    aspects = list(dict.fromkeys(ASPECTS[k] for k in kinds if k in ASPECTS))[:3]
    if not any(c.isupper() for c in subject):  # WhatDoTheyKnow wants mixed case
        subject = f"Records on {subject}"
    if not aspects:
        return subject
    if ":" in subject:  # Hansard headings are "Topic: Subtopic"; a second colon would read badly
        topic, _, rest = subject.partition(":")
        subject = f"{topic.strip()} ({rest.strip()})"
    return f"{subject}: {join_words(aspects)}"


def _subject_of_answer(answer: WrittenAnswer) -> str | None:
    """The analysis stage's noun phrase for the request title, when it provides one."""
    try:
        from ..analysis import subject_of
    except ImportError:
        return None
    try:
        phrase = subject_of(answer)
    except Exception:  # noqa: BLE001 - a title is a nicety: fall back to the heading rather than fail the letter
        return None
    if not isinstance(phrase, str) or not phrase.strip() or not _fit_for_title(phrase):
        return None
    # "the number of paedophiles operating on …" → "Paedophiles operating on …": the aspects name what is asked.
    phrase = re.sub(
        r"^the (?:number|amount|proportion|level|value|cost|total) of\s+",
        "",
        phrase.strip(),
        flags=re.IGNORECASE,
    )
    return phrase[:1].upper() + phrase[1:]


def _fit_for_title(phrase: str) -> bool:
    """A noun phrase short enough for a title, not a clause ("he expects …", "whether …") nor cut off ("…")."""
    words = phrase.split()
    clause = re.match(
        r"^(?:what|whether|if|when|how|why|which|who|he|she|they|it|his|her|their|had|has|have|is|"
        r"are|was|were|will|with|to|on|in|for|of|taking|publish|make|made)\b",
        phrase.strip(),
        re.IGNORECASE,
    )
    return (
        2 <= len(words) <= 12
        and not clause
        and not phrase.rstrip().endswith(("…", "..."))
        and phrase.strip()[:1].isalpha()
    )  # "20-year plan" would make an all-lower-case title
