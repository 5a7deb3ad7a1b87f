"""Follow-up letters (clarification, chaser, internal review, complaint) filled from a saved draft."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..errors import DraftError
from ..model import Letter, Requester
from ..settings import Config
from .draft import Draft
from .tracking import next_step

# Reasons (keys of the letters stage's REASON_TEXT) that a draft's own history shows; the rest (an exemption
# disputed, the cost limit applied without advice) only the requester can judge from the reply.
_AWAITING_REPLY = ("sent", "acknowledged", "clarified", "extended")


def reasons_from_history(draft: Draft, kind: str, today: date) -> tuple[str, ...]:
    """The reasons a review or complaint can give from the history alone: no reply in time, a partial answer."""
    if kind not in ("internal_review", "complaint"):
        return ()
    step = next_step(draft)
    if draft.status in _AWAITING_REPLY and step is not None and today > step.due:
        return ("no_reply",)
    if draft.status == "part_answered":
        return ("partial_answer",)
    return ()


class EarlyChaser(DraftError):
    """A chaser before the reply is due; each face says how to write one anyway."""


def _refuse_early_chaser(draft: Draft, today: date) -> None:
    """FOIA s.10(1)/FOISA s.10(1)/EIR reg 5(2): the authority has the whole of its last working day."""
    from ..letters.deadlines import in_words

    step = next_step(draft)
    if step is not None and step.whose == "authority" and today <= step.due:
        raise EarlyChaser(f"{step.what[0].upper()}{step.what[1:]} is not due until {in_words(step.due)}, so a "
                          f"chaser would be early.")


def requester_for(name: str | None = None, email: str | None = None, config: Config | None = None,
                  signed: str | None = None) -> Requester:
    """The requester from the settings, with any name or email given on the command line or in the app;
    `signed` (the name that signed the request) when neither gives a name."""
    return (config or Config.load()).requester(name, email, signed)


def signed_name(body: str) -> str | None:
    """The first line after the letter's sign-off ("Yours faithfully,"), unless it is still a placeholder."""
    from ..letters.lint import PLACEHOLDER, SIGN_OFF

    parts = SIGN_OFF.split(body)
    if len(parts) < 2:
        return None
    lines = [line.strip() for line in parts[-1].splitlines() if line.strip()]
    return lines[0] if lines and not PLACEHOLDER.search(lines[0]) else None


def compose_for_draft(draft: Draft, kind: str, *, today: date, reasons: Sequence[str] = (),
                      request_url: str | None = None, name: str | None = None, email: str | None = None,
                      config: Config | None = None, force: bool = False) -> Letter:
    """The follow-up letter of `kind` for `draft`: its letter, its sending date, its request page, the
    requester's details, and (unless `reasons` are given) the reasons its history shows.

    A chaser says the reply is overdue, so one written before the deadline has passed is refused unless `force`."""
    from ..letters import compose_follow_up
    if kind == "chaser" and not force:
        _refuse_early_chaser(draft, today)
    letter: Letter = compose_follow_up(kind, original=draft.letter,
                                       requester=requester_for(name, email, config, signed_name(draft.letter.body)),
                                       today=today, sent_on=draft.sent_on,
                                       reasons=tuple(reasons) or reasons_from_history(draft, kind, today),
                                       request_url=request_url or draft.request_url)
    return letter if letter.kind == kind else replace(letter, kind=kind)
