"""A saved draft: the letter exactly as edited, what it came from, and its history from drafting to complaint."""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from ..errors import DraftError
from ..model import Fix, Letter, Match, WrittenAnswer

# The life of a request, in the order it usually goes. Each kind is also the status it leaves the draft in,
# except "note", which records something without changing the status.
EVENT_KINDS: dict[str, str] = {
    "drafted": "drafted",
    "sent": "sent",
    "acknowledged": "acknowledged",
    "clarification_asked": "authority asked for clarification",
    "clarified": "clarification sent",
    "extended": "public interest extension claimed",
    "answered": "answered",
    "part_answered": "part answered",
    "refused": "refused",
    "review_requested": "internal review requested",
    "review_answered": "internal review answered",
    "complaint": "complaint made",
    "closed": "closed",
    "note": "note",
}
# Events after which the authority has replied in substance (the review and complaint windows run from them).
RESPONSE_KINDS = ("answered", "part_answered", "refused")
CHANNELS = ("email", "whatdotheyknow", "post", "web form", "hand")

# Unambiguous letters and digits: no 0/o, 1/l/i, so an id read aloud or off paper is typed right.
_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_ID_SUFFIX_LENGTH = 4


@dataclass
class Event:
    """One step in a request's history, on the day it happened (not the day it was recorded)."""

    kind: str  # one of EVENT_KINDS
    on: date
    note: str = ""
    channel: str | None = None  # for "sent" (and review/complaint): email, whatdotheyknow, post, …
    # For a refusal, a part answer or a review decision: the exemptions the authority cited ("s.40(2)") and
    # its reason in its own words; a review or complaint gives them as its grounds.
    exemptions: list[str] = field(default_factory=list)
    reason: str = ""

    def __post_init__(self) -> None:
        if self.kind not in EVENT_KINDS:
            known = ", ".join(EVENT_KINDS)
            raise DraftError(f"Unknown event {self.kind!r}; use one of: {known}.")

    @property
    def label(self) -> str:
        return EVENT_KINDS[self.kind]


@dataclass
class Draft:
    """Everything needed to reopen, resend and follow up a request, months later."""

    id: str
    created: datetime
    updated: datetime
    source_text: str  # the page or file the answer was read from, exactly as given
    source_origin: str | None  # a path, a URL, "clipboard", "stdin"; None when unknown
    answer: WrittenAnswer
    point_ids: list[str]
    letter: Letter  # the body exactly as the user left it
    cited: list[Match] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)
    follow_ups: list[Letter] = field(default_factory=list)
    copy_of: str | None = None  # set when a concurrent change made this a copy of another draft
    request_url: str | None = None  # the request's public page once sent (e.g. on WhatDoTheyKnow)
    reference: str | None = None  # the authority's reference for the request ("FOI-2026-01234")
    # The sha256 of the file this draft was loaded from (or last saved as): not stored, it is how a save
    # notices that another program changed the file meanwhile.
    loaded_digest: str | None = field(default=None, compare=False, repr=False, metadata={"persist": False})

    @classmethod
    def new(cls, source_text: str, source_origin: str | None, answer: WrittenAnswer, point_ids: list[str],
            letter: Letter, cited: Iterable[Match] = (), *, now: datetime | None = None) -> Draft:
        """A fresh draft with a new id and a "drafted" event; `now` defaults to the current time (UTC)."""
        now = now or datetime.now(UTC)
        return cls(id=new_id(letter.title or answer.title or "", now), created=now, updated=now,
                   source_text=source_text, source_origin=source_origin, answer=answer,
                   point_ids=list(point_ids), letter=letter, cited=list(cited),
                   history=[Event("drafted", now.date())])

    @property
    def title(self) -> str:
        return self.letter.title or self.answer.title or self.id

    @property
    def authority(self) -> str | None:
        return self.letter.authority

    @property
    def law(self) -> str:
        """The law whose deadlines apply: the letter's, with a Scottish authority's environmental request under
        the Scottish regulations (EISR: Scotland's working days, a 20-day review)."""
        from ..letters.laws import deadline_law
        return deadline_law(self.letter.law or "foia", self.letter.authority)

    def timeline(self) -> list[Event]:
        """The history by date (drafting first, whatever its date: a letter sent before it was saved here
        still starts as a draft); events of the same day keep the order they were recorded in."""
        return sorted(self.history, key=lambda e: (e.kind != "drafted", e.on))

    @property
    def status(self) -> str:
        """The kind of the latest event that is not a note ("drafted" when there is none)."""
        for event in reversed(self.timeline()):
            if event.kind != "note":
                return event.kind
        return "drafted"

    def last(self, *kinds: str) -> Event | None:
        """The latest event of one of `kinds`."""
        for event in reversed(self.timeline()):
            if event.kind in kinds:
                return event
        return None

    @property
    def sent_on(self) -> date | None:
        event = self.last("sent")
        return event.on if event else None

    @property
    def due(self) -> date | None:
        """The date of the next deadline (the authority's or the requester's), None when nothing is running."""
        from .tracking import next_step

        step = next_step(self)
        return step.due if step else None

    def check_event(self, event: Event) -> None:
        """Refuse an event the history cannot hold: a reply before the request was sent, a second drafting."""
        if event.kind == "drafted":
            raise DraftError("A draft is drafted once; record what happened next instead.")
        if event.kind in ("sent", "note"):
            return
        sent = self.sent_on
        if sent is None:
            raise DraftError("Record when the request was sent first.", Fix("sent", self.id))
        if event.on < sent:
            raise DraftError(f"The {event.label} date {event.on.isoformat()} is before the request was sent "
                             f"({sent.isoformat()}); check the date.")

    def days_left(self, today: date) -> int | None:
        """Working days from `today` to the next deadline: negative when overdue, None without one."""
        from .tracking import next_step, working_days_between

        step = next_step(self)
        if step is None:
            return None
        return working_days_between(today, step.due, self.law)


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def same_answer(a: WrittenAnswer, b: WrittenAnswer) -> bool:
    """Whether two answers are one written answer: the same UIN in the same House answered the same day, or
    (pasted without a UIN) the same question and answer words, whatever the spacing, case or punctuation."""
    if a.uin and b.uin:
        return (a.uin.casefold(), a.house, a.date_answered) == (b.uin.casefold(), b.house, b.date_answered)
    return _words(a.question) == _words(b.question) and _words(a.answer) == _words(b.answer) and bool(
        _words(a.question))


def slug(text: str, max_words: int = 4, max_length: int = 28) -> str:
    """Lower-case ASCII words joined by hyphens: 'Paedophilia: Social Media' → 'paedophilia-social-media'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words[:max_words]:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or "draft"


def new_id(title: str, now: datetime) -> str:
    """'261128-paedophilia-social-media-k3x9': sortable by day, readable, and unique by its random end."""
    suffix = "".join(secrets.choice(_ID_ALPHABET) for _ in range(_ID_SUFFIX_LENGTH))
    return f"{now:%y%m%d}-{slug(title)}-{suffix}"


ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")


def check_id(text: str) -> str:
    """An id (or part of one) as typed, refused when it could name a path outside the drafts folder."""
    text = text.strip().lower()
    if not ID_PATTERN.match(text):
        raise DraftError(f"{text!r} is not a draft id.", Fix("draft"))
    return text
