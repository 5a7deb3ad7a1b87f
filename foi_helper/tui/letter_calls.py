"""The app's calls into the letters stage that are about showing a letter: its facts line and its formats.

Composing, checking and saving go through the letter session (foi_helper/session.py), as the CLI's do.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..errors import FoiHelperError
from ..fixes import with_fix
from ..labels import LAW_NAMES, LAW_SHORT
from ..model import Fix, Letter, LintWarning, Requester

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


def app_hint(fix: Fix) -> str:
    """How to make a stage's Fix in the app: the key that does it, read from the bindings the footer shows."""
    from .app import FoiHelperApp
    from .screens.drafts import DraftsScreen
    from .screens.main import MainScreen
    from .widgets.point_list import PointList

    options = key_of(MainScreen, "letter_options")
    drafts = key_of(FoiHelperApp, "drafts")
    law = LAW_NAMES.get(fix.value, fix.value) if fix.field == "law" and fix.value else None
    hints = {
        "law": f"{options}: choose {law}" if law else f"{options}: choose the law",
        "authority": f"{options}: choose the authority",
        "latest_year": f"{options}: for the latest complete year",
        "answer_period": f"{options}: for the answer's own period",
        "points": f"{key_of(PointList, 'toggle_point')}: include a point",
        "requester": f"{key_of(FoiHelperApp, 'settings')}: your settings",
        "date": "type the date it was answered",
        "format": f"{key_of(MainScreen, 'copy_letter')} copies the letter",
        "draft": f"{drafts} lists them",
        "sent": f"{drafts}, then {key_of(DraftsScreen, 'mark_sent')}: mark it sent",
        "batch": f"{key_of(MainScreen, 'batch')}: one letter per body",
        "batch_or_authority": f"{options}: clear the authority",
    }
    return hints.get(fix.field, "")


def key_of(owner: type, action: str) -> str:
    """The first key bound to `action` on a screen, widget or app class ("f4"), as the footer names it."""
    from textual.binding import Binding

    for binding in getattr(owner, "BINDINGS", []):
        if isinstance(binding, Binding) and binding.action == action:
            return binding.key.split(",")[0]
    raise LookupError(f"{owner.__name__} binds no key to {action!r}")


def error_text(exc: FoiHelperError) -> str:
    """A user error as the app shows it: the stage's sentence with the key that fixes it."""
    return with_fix(str(exc), exc.fixes, app_hint)


def warning_text(warning: LintWarning) -> str:
    return with_fix(warning.message, warning.fix, app_hint)
