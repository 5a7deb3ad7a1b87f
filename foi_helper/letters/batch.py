"""One letter per body of a class (every police force, every ICB): the same request, each addressed to its holder.

Each letter is composed by `compose_letter` with the body as its authority, so each carries that body's name,
law, cost limit and WhatDoTheyKnow url_name, and the holder sentence when the answer pointed to the class.
Pure, like composing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import LetterError
from ..model import Analysis, Fix, Letter, WrittenAnswer
from .compose import compose_letter
from .holders import Body, BodyClass, batch_classes, body_class

# What each send format is saved as, one file per body (--out DIR).
EXTENSIONS = {"text": "txt", "markdown": "md", "eml": "eml", "json": "json", "wdtk-url": "url.txt"}


@dataclass(frozen=True)
class BatchLetter:
    body: Body
    letter: Letter


def batch_class(key: str) -> BodyClass:
    """The class of bodies named for a batch; LetterError (listing the choices) when it is unknown or has no listed members."""
    found = body_class(key)
    choices = ", ".join(c.key for c in batch_classes())
    if found is None:
        raise LetterError(
            f"There is no class of bodies called {key!r}; choose one of: {choices}.", Fix("batch")
        )
    if not found.members:
        raise LetterError(
            f"The table does not list every member of {found.name}, so no batch can go to them; "
            f"choose one as the authority (WhatDoTheyKnow lists them at {found.category_url}), or a "
            f"class of: {choices}.",
            Fix("authority"),
            Fix("batch"),
        )
    return found


def compose_batch(answer: WrittenAnswer, analysis: Analysis, key: str, **compose: Any) -> list[BatchLetter]:
    """One letter per member of the class `key`; `compose` takes compose_letter's keyword arguments
    (requester, today, point_ids, law, related, …) except `authority`, which each body sets."""
    if compose.get("authority"):
        raise LetterError(
            "A batch goes to every body of its class, so it cannot go to one chosen authority as well.",
            Fix("batch_or_authority"),
        )
    compose.pop("authority", None)
    cls = batch_class(key)
    law = compose.pop("law", None)
    out: list[BatchLetter] = []
    for body in cls.members:
        # A law chosen for the batch (e.g. eir) holds for all; otherwise each body's own (FOISA for Police Scotland).
        letter = compose_letter(answer, analysis, authority=body.key, law=law, **compose)
        out.append(BatchLetter(body, letter))
    return out


def batch_file_name(number: int, item: BatchLetter, fmt: str) -> str:
    """`07-cumbria_police.eml`: numbered in the class's order, named for the body, safe on every file system."""
    stem = re.sub(r"[^a-z0-9_]+", "_", (item.body.url_name or item.body.key).lower()).strip("_") or "body"
    return f"{number:02d}-{stem}.{EXTENSIONS[fmt]}"
