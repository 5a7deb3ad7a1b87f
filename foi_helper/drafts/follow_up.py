"""Follow-up letters (clarification, chaser, internal review, complaint) filled from a saved draft."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..errors import DraftError
from ..model import Letter, Requester
from ..settings import Config
from .draft import Draft


def requester_for(name: str | None = None, email: str | None = None, config: Config | None = None) -> Requester:
    """The requester from the settings, with any name or email given on the command line or in the app."""
    config = config or Config.load()
    return Requester(name=name or config.name or None, email=email or config.email or None,
                     address=config.address or None)


def compose_for_draft(draft: Draft, kind: str, *, today: date, reasons: Sequence[str] = (),
                      request_url: str | None = None, name: str | None = None, email: str | None = None,
                      config: Config | None = None) -> Letter:
    """The follow-up letter of `kind` for `draft`: its letter, its sending date and the requester's details."""
    try:
        from ..letters import compose_follow_up
    except ImportError:
        raise DraftError("Follow-up letters are not available in this version yet; write one by hand for now.") from None
    letter: Letter = compose_follow_up(kind, original=draft.letter, requester=requester_for(name, email, config),
                                       today=today, sent_on=draft.sent_on, reasons=tuple(reasons),
                                       request_url=request_url)
    return letter if letter.kind == kind else replace(letter, kind=kind)
