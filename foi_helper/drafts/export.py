"""A draft's whole story as Markdown: the request, its history, the follow-ups and the answer it came from."""

from __future__ import annotations

import re
from datetime import date

from ..labels import member_display
from ..letters.deadlines import LAW_NAMES
from ..model import Letter, Member
from .draft import Draft
from .tracking import FOLLOW_UP_NAMES, due_phrase, follow_ups


def fenced(text: str) -> str:
    """`text` verbatim in a code fence longer than any run of backticks inside it (CommonMark)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def _inline(text: str) -> str:
    """One line of user text, safe inside a Markdown list item."""
    return re.sub(r"\s+", " ", text).strip().replace("<", "&lt;")


def _member(member: Member | None) -> str:
    return member_display(member)


def _letter_section(heading: str, letter: Letter) -> list[str]:
    lines = [heading, "", f"Title: {_inline(letter.title)}", ""]
    if letter.authority:
        lines[-1:] = [f"To: {_inline(letter.authority)}", ""]
    lines += [fenced(letter.body), ""]
    return lines


def export_markdown(draft: Draft, today: date) -> str:
    lines = [f"# {_inline(draft.title)}", "",
             f"- Draft: `{draft.id}`" + (f" (a copy of `{draft.copy_of}`)" if draft.copy_of else ""),
             f"- Authority: {_inline(draft.authority or 'not chosen yet')}",
             f"- Law: {LAW_NAMES.get(draft.law, draft.law)}",
             f"- Status: {draft.status.replace('_', ' ')}"]
    phrase = due_phrase(draft, today)
    if phrase:
        lines.append(f"- Next: {phrase}")
    offered = follow_ups(draft, today)
    if offered:
        lines.append(f"- Follow-ups that fit now: {', '.join(FOLLOW_UP_NAMES[k] for k in offered)}")
    if draft.request_url:
        lines.append(f"- Request page: <{draft.request_url}>")
    lines += [f"- Created {draft.created:%Y-%m-%d %H:%M} UTC, last saved {draft.updated:%Y-%m-%d %H:%M} UTC",
              "", "## History", ""]
    for event in draft.timeline():
        line = f"- {event.on.isoformat()}: {event.label}"
        if event.channel:
            line += f" by {_inline(event.channel)}"
        if event.note:
            line += f": {_inline(event.note)}"
        lines.append(line)
    lines += [""] + _letter_section("## The request", draft.letter)
    for letter in draft.follow_ups:
        lines += _letter_section(f"## Follow-up: {FOLLOW_UP_NAMES.get(letter.kind, letter.kind)}", letter)
    lines += _answer_section(draft)
    return "\n".join(lines).rstrip("\n") + "\n"


def _answer_section(draft: Draft) -> list[str]:
    a = draft.answer
    facts = [("Title", a.title), ("Department", a.department), ("House", a.house), ("UIN", a.uin),
             ("Tabled", a.date_tabled.isoformat() if a.date_tabled else None),
             ("Answered", a.date_answered.isoformat() if a.date_answered else None), ("Link", a.url)]
    lines = ["## The written answer it came from", ""]
    lines += [f"- {name}: {_inline(value)}" for name, value in facts if value]
    lines += [f"- Asked by: {_inline(_member(a.asker))}", f"- Answered by: {_inline(_member(a.answerer))}",
              f"- Points asked about: {', '.join(draft.point_ids) or 'none'}", "",
              "Question:", "", fenced(a.question), "", "Answer:", "", fenced(a.answer or "(not answered yet)"), ""]
    if draft.cited:
        lines += ["## Earlier answers cited", ""]
        for m in draft.cited:
            when = m.date_answered.isoformat() if m.date_answered else "date unknown"
            uin = f"UIN {m.uin}" if m.uin else "no UIN"
            lines.append(f"- {uin}, answered {when}: {_inline(m.heading or m.question[:80])}"
                         + (f" <{m.url}>" if m.url else ""))
        lines.append("")
    if draft.source_origin:
        lines += [f"Read from: {_inline(draft.source_origin)}", ""]
    return lines
