"""The app's calls into the letters stage that are about showing a letter: its facts line and its formats.

Composing, checking and saving go through the letter session (foi_helper/session.py), as the CLI's do.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..labels import LAW_SHORT
from ..model import Letter, Requester

if TYPE_CHECKING:
    from ..drafts import Draft


def facts_line(letter: Letter, today: date, draft: Draft | None = None) -> str:
    """"To Home Office · FOIA 2000 · reply due by 23 July 2026 if sent today"; a sent draft's own date."""
    from ..letters import reply_due

    authority = letter.authority or "authority unknown: choose who to send it to"
    law = LAW_SHORT.get(letter.law, letter.law)
    if draft is not None and draft.sent_on is not None:
        from ..drafts.tracking import due_phrase

        step = due_phrase(draft, today) or f"sent on {draft.sent_on.day} {draft.sent_on:%B %Y}"
        return f"To {authority} · {law} · {step}"
    due = reply_due(today, letter.law).due
    return f"To {authority} · {law} · reply due by {due.day} {due:%B %Y} if sent today"


def render(letter: Letter, fmt: str, requester: Requester, today: date) -> str:
    from ..letters import render as render_letter

    return str(render_letter(letter, fmt, requester, today=today))
