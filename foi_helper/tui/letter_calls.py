"""The app's calls into the letters stage, in one place: composing, linting, the facts shown beside a letter.

No logic of its own beyond turning settings into arguments: the CLI's `draft` makes the same calls.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from ..model import Analysis, Letter, LintWarning, Match, Requester, WrittenAnswer
from ..settings import Config

if TYPE_CHECKING:
    from ..drafts import Draft
    from ..letters.batch import BatchLetter

LAW_SHORT = {"foia": "FOIA 2000", "foisa": "FOISA 2002 (Scotland)", "eir": "EIR 2004 (environmental)"}
CHANNEL = "email"  # what the lint checks assume until the user sends through WhatDoTheyKnow


def requester_from(config: Config) -> Requester:
    return Requester(name=config.name or None, email=config.email or None, address=config.address or None)


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None  # the settings screen refuses bad dates; a hand-edited file falls back to the default


def compose(answer: WrittenAnswer, analysis: Analysis, config: Config, *, today: date,
            point_ids: list[str] | None, cited: list[Match], authority: str | None = None,
            law: str | None = None) -> Letter:
    from ..letters import compose_letter

    if law is None and config.default_law not in ("", "foia"):
        law = config.default_law  # "foia" is every authority's default; only another choice overrides its own
    return compose_letter(
        answer, analysis, requester=requester_from(config), today=today, point_ids=point_ids, law=law,
        authority=authority, related=tuple(cited), date_from=_iso(config.date_from),
        date_to=_iso(config.date_to),
    )


def compose_batch(answer: WrittenAnswer, analysis: Analysis, config: Config, key: str, *, today: date,
                  point_ids: list[str] | None, cited: list[Match], law: str | None = None) -> list[BatchLetter]:
    """One letter per body of the class `key` (foi-helper draft --batch): the same arguments as `compose`."""
    from ..letters.batch import compose_batch as batch

    if law is None and config.default_law not in ("", "foia"):
        law = config.default_law
    return batch(answer, analysis, key, requester=requester_from(config), today=today, point_ids=point_ids,
                 law=law, related=tuple(cited), date_from=_iso(config.date_from), date_to=_iso(config.date_to))


def authority_known(answer: WrittenAnswer) -> bool:
    """Whether the letters stage can name the authority from the answering department alone."""
    from ..letters.authorities import authority_for

    return authority_for(answer.department) is not None


def with_body(letter: Letter, body: str) -> Letter:
    """The letter as the user left it in the editor."""
    return dataclasses.replace(letter, body=body)


def lint(letter: Letter, config: Config, channel: str = CHANNEL) -> list[LintWarning]:
    from ..letters import lint as lint_letter

    return list(lint_letter(letter, requester_from(config), channel))


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


def render(letter: Letter, fmt: str, config: Config, today: date) -> str:
    from ..letters import render as render_letter

    return str(render_letter(letter, fmt, requester_from(config), today=today))
