"""Follow-up letters (clarification, chaser, internal review, complaint) filled from a saved draft."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..errors import DraftError
from ..model import Letter, Requester
from ..settings import Config
from .draft import RESPONSE_KINDS, Draft
from .tracking import next_step

# Reasons (keys of the letters stage's REASON_TEXT) that a draft's own history shows; the rest (an exemption
# disputed, the cost limit applied without advice) only the requester can judge from the reply.
_AWAITING_REPLY = ("sent", "acknowledged", "clarified", "extended")


# Exemptions that mean the cost limit (FOIA/FOISA s.12, EIR reg 12(4)(b)): the grounds are then the advice
# on narrowing the request that s.16 (FOISA s.15, EIR reg 9) requires, not a disputed exemption.
_COST = re.compile(r"^(?:s(?:ection)?\.?\s*12\b(?!\s*\(4\)\(a\))|reg(?:ulation)?\.?\s*12\s*\(4\)\s*\(b\)|cost)",
                   re.IGNORECASE)


def refusal_grounds(draft: Draft) -> tuple[str, ...]:
    """The grounds the recorded refusal (or part answer, or review decision) gives a review or complaint: the
    cost limit without advice, or the exemptions disputed, with a sentence naming them and the reply's date."""
    from ..letters.deadlines import in_words

    event = draft.last(*RESPONSE_KINDS, "review_answered")
    if event is None or not event.exemptions:
        return ()
    cost = [e for e in event.exemptions if _COST.match(e.strip())]
    others = [e for e in event.exemptions if e not in cost]
    grounds: list[str] = (["cost_limit_no_advice"] if cost else []) + (["exemption_disputed"] if others else [])
    cited = ", ".join(e.strip() for e in event.exemptions)
    said = f", saying: \u201c{event.reason.strip()}\u201d" if event.reason.strip() else ""
    grounds.append(f"The reply of {in_words(event.on)} withheld information under {cited}{said}.")
    return tuple(grounds)


def reasons_from_history(draft: Draft, kind: str, today: date) -> tuple[str, ...]:
    """The reasons a review or complaint can give from the history alone: no reply in time, a partial answer,
    the exemptions of the recorded refusal."""
    if kind not in ("internal_review", "complaint"):
        return ()
    step = next_step(draft)
    if draft.status in _AWAITING_REPLY and step is not None and today > step.due:
        return ("no_reply",)
    partial = ("partial_answer",) if draft.status == "part_answered" else ()
    if draft.status in ("part_answered", "refused", "review_answered"):
        return partial + refusal_grounds(draft)
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
