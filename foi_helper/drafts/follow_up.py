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
_COST_SECTION = re.compile(r"(?:s\.?\s?|section\s)12(?:\(\d\))?", re.IGNORECASE)
_AWAITING_REPLY = ("sent", "acknowledged", "clarified", "extended")


def recorded_grounds(draft: Draft) -> tuple[str, ...]:
    """The review reasons of the recorded refusal (or part answer, or review decision): those its note, the
    exemptions cited and the reason given point to (refusal_grounds), and, when exemptions were recorded, a
    sentence naming them and the reply's date."""
    from ..letters.deadlines import in_words

    # the latest of them that says anything (a review decision recorded bare leaves the refusal's grounds)
    said_something = [e for e in draft.timeline() if e.kind in (*RESPONSE_KINDS, "review_answered")
                      and (e.note or e.exemptions or e.reason)]
    if not said_something:
        return ()
    event = said_something[-1]
    grounds = list(refusal_grounds(" ".join([event.note, *event.exemptions, event.reason])))
    if event.exemptions:
        # section 12 (cost) is a refusal of the whole request, not an exemption withholding information
        cost = [e.strip() for e in event.exemptions if _COST_SECTION.fullmatch(e.strip())]
        exempt = [e.strip() for e in event.exemptions if e.strip() not in cost]
        said = f", saying: \u201c{event.reason.strip()}\u201d" if event.reason.strip() else ""
        done = [f"withheld information under {', '.join(exempt)}"] if exempt else []
        done += [f"refused the request on cost under {', '.join(cost)}"] if cost else []
        grounds.append(f"The reply of {in_words(event.on)} {' and '.join(done)}{said}.")
    return tuple(grounds)


def reasons_from_history(draft: Draft, kind: str, today: date) -> tuple[str, ...]:
    """The reasons a review or complaint can give from the history alone: no reply in time, a partial answer,
    and the grounds the recorded refusal gave (cost without advice, an exemption, "not held"), naming the
    exemptions and the reason when they were recorded."""
    if kind not in ("internal_review", "complaint"):
        return ()
    step = next_step(draft)
    if draft.status in _AWAITING_REPLY and step is not None and today > step.due:
        return ("no_reply",)
    refusal = draft.last("refused", "part_answered")
    grounds = recorded_grounds(draft)
    if draft.status == "part_answered" or (refusal is not None and refusal.kind == "part_answered"):
        return ("partial_answer", *grounds)
    return grounds  # a refusal recorded without its grounds: the requester says what is wrong


def refusal_grounds(note: str) -> tuple[str, ...]:
    """The review reasons a recorded refusal's own words point to ("s.12 cost", "section 40", "not held")."""
    text = note.lower()
    out: list[str] = []
    if re.search(r"\b(?:s\.?\s?12|section 12|cost|12\(4\)\(b\)|manifestly unreasonable)\b", text):
        out.append("cost_limit_no_advice")
    if re.search(r"\bnot held\b|\bdoes not hold\b|\bno (?:information|records?) (?:is |are )?held\b", text):
        out.append("not_held_doubted")
    if re.search(r"\b(?:s\.?\s?(?:2[1-9]|3\d|4[0-4])|section (?:2[1-9]|3\d|4[0-4])|exempt|exemption|exception|"
                 r"regulation 12\(5\))", text):
        out.append("exemption_disputed")
    return tuple(out)


class OutOfTurn(DraftError):
    """A follow-up the request's history does not support yet (or any more); each face says what fits instead."""


class EarlyChaser(OutOfTurn):
    """A chaser before the reply is due; each face says how to write one anyway."""


_CHASER_AFTER = {"answered": "answered", "part_answered": "part answered", "refused": "refused",
                 "review_answered": "internal review answered", "complaint": "complaint made", "closed": "closed"}


def _refuse_out_of_turn(draft: Draft, kind: str, today: date) -> None:
    """A chaser says no reply came, so none follows a recorded reply; a complaint to the Commissioner comes after
    an internal review was answered or its time ran out (FOIA s.50(2)(a): the complaints procedure first), or
    when the reply itself never came."""
    from ..letters.deadlines import in_words

    reply = draft.last("answered", "part_answered", "refused", "review_answered")
    if kind == "chaser" and draft.status in _CHASER_AFTER:
        when = f" on {in_words(reply.on)}" if reply else ""
        instead = "ask for an internal review instead" if draft.status in ("part_answered", "refused") else \
            "no reply is outstanding"
        raise OutOfTurn(f"The history records the request as {_CHASER_AFTER[draft.status]}{when}, so a chaser "
                        f"saying no reply came would contradict it: {instead}.")
    if kind == "complaint":
        step = next_step(draft)
        overdue = step is not None and step.whose == "authority" and today > step.due
        if draft.status == "review_answered" or (draft.status == "review_requested" and overdue) or (
                draft.status in _AWAITING_REPLY and overdue):
            return
        if draft.status in ("part_answered", "refused", "answered"):
            raise OutOfTurn("The Commissioner expects an internal review first: ask the authority for one (the "
                            "internal review letter), and complain once it is answered or 20 working days pass.")
        if draft.status == "review_requested":
            assert step is not None
            raise OutOfTurn(f"The internal review is due by {in_words(step.due)}; a complaint fits once it is "
                            "answered or that date has passed.")
        raise OutOfTurn("Nothing in the request's history yet gives grounds for a complaint to the Commissioner: "
                        "record the authority's reply, or wait until it is overdue.")


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

    A chaser says the reply is overdue, so one written before the deadline has passed is refused unless `force`;
    a chaser after a recorded reply, or a complaint before the internal review, is refused (OutOfTurn) unless
    `force`."""
    from ..letters import compose_follow_up
    if not force:
        _refuse_out_of_turn(draft, kind, today)
    if kind == "chaser" and not force:
        _refuse_early_chaser(draft, today)
    refusal = draft.last("refused", "part_answered")
    review = draft.last("review_requested")
    decided = draft.last("review_answered")
    letter: Letter = compose_follow_up(kind, original=draft.letter,
                                       requester=requester_for(name, email, config, signed_name(draft.letter.body)),
                                       today=today, sent_on=draft.sent_on,
                                       reasons=tuple(reasons) or reasons_from_history(draft, kind, today),
                                       request_url=request_url or draft.request_url,
                                       refused_on=refusal.on if refusal else None,
                                       refusal_note=refusal.note if refusal else None,
                                       review_requested_on=review.on if review else None,
                                       review_answered_on=decided.on if decided else None,
                                       reference=draft.reference)
    return letter if letter.kind == kind else replace(letter, kind=kind)
