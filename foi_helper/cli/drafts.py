"""`foi-helper drafts [list|show ID|export ID|delete ID|sent ID [--on DATE]|status ID EVENT|follow-up ID KIND]`.

Saved drafts and their tracking. IDs can be typed in full, by their start, or by their random end (`k3x9`).
`delete` asks nothing: the file moves to the drafts folder's `deleted/` and `drafts restore ID` brings it back,
so a mistyped id costs nothing and scripts keep working.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..drafts import CHANNELS, EVENT_KINDS, Draft, DraftStore, Event
from ..drafts.export import export_markdown
from ..drafts.tracking import FOLLOW_UP_KINDS, FOLLOW_UP_NAMES, due_phrase, follow_ups, next_step
from ..errors import DraftError, FoiHelperError
from .common import parse_date, print_json, warn, warning_text

SHOW_FORMATS = ("text", "markdown", "eml", "json", "wdtk-url")  # the send formats of `foi-helper draft`


def today() -> date:
    """The CLI's clock (the drafts core takes dates; tests replace this)."""
    return date.today()


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("drafts", help="list, show, export, delete or track saved drafts",
                       description="Saved drafts and their tracking. An ID may be shortened to its start or to "
                                   "its last four letters.")
    dsub = p.add_subparsers(dest="drafts_command", metavar="ACTION")
    lp = dsub.add_parser("list", help="every draft with its status and deadline")
    lp.add_argument("--json", action="store_true", help="print the drafts as JSON")
    for name, help_text in [("show", "print a draft's letter"), ("export", "print a draft's whole history as Markdown"),
                            ("delete", "delete a draft (kept in deleted/ until restored)"),
                            ("restore", "bring back a deleted draft")]:
        sp = dsub.add_parser(name, help=help_text)
        sp.add_argument("id", metavar="ID")
        if name == "export":
            sp.add_argument("--out", metavar="PATH", help="write the Markdown to this file")
        if name == "show":
            sp.add_argument("--follow-up", metavar="KIND", choices=FOLLOW_UP_KINDS,
                            help="print the draft's saved follow-up letter of this kind instead")
            sp.add_argument("--format", choices=SHOW_FORMATS,
                            help="print it in a send format (default: text, wrapped as `foi-helper draft` "
                                 "prints it)")
    sent = dsub.add_parser("sent", help="record that a draft was sent, and print its reply deadline")
    sent.add_argument("id", metavar="ID")
    sent.add_argument("--on", metavar="DATE", help="the day it was sent (default today)")
    sent.add_argument("--by", dest="channel", default="email", metavar="CHANNEL", choices=CHANNELS,
                      help=f"how it was sent: {', '.join(CHANNELS)} (default email)")
    sent.add_argument("--note", default="", help="a note to keep with the event")
    sent.add_argument("--url", metavar="URL", help="the request's public page (e.g. on WhatDoTheyKnow)")
    st = dsub.add_parser("status", help="record what happened next (acknowledged, answered, refused, …)")
    st.add_argument("id", metavar="ID")
    st.add_argument("event", metavar="EVENT", choices=[k for k in EVENT_KINDS if k != "drafted"],
                    type=lambda s: s.strip().lower().replace("-", "_").replace(" ", "_"),
                    help=", ".join(k for k in EVENT_KINDS if k != "drafted"))
    st.add_argument("--on", metavar="DATE", help="the day it happened (default today)")
    st.add_argument("--by", dest="channel", metavar="CHANNEL", choices=CHANNELS,
                    help=f"how (for sent, review or complaint): {', '.join(CHANNELS)}")
    st.add_argument("--note", default="", help="a note to keep with the event")
    st.add_argument("--exemption", action="append", default=[], metavar="EXEMPTION",
                    help="for refused, part answered or review answered: an exemption the authority cited, "
                         "e.g. s.40(2) (repeatable); a review or complaint then disputes it")
    st.add_argument("--reason", default="", help="the authority's reason, in its words")
    st.add_argument("--reference", metavar="REF", help="the authority's reference for the request")
    fu = dsub.add_parser("follow-up", help="write a chaser, internal review, complaint or clarification letter")
    fu.add_argument("id", metavar="ID")
    fu.add_argument("kind", metavar="KIND", choices=FOLLOW_UP_KINDS, help=", ".join(FOLLOW_UP_KINDS),
                    type=lambda s: s.strip().lower().replace("-", "_").replace(" ", "_"))
    fu.add_argument("--reason", action="append", default=[], metavar="REASON",
                    help="why a review or complaint: no_reply, exemption_disputed, cost_limit_no_advice, "
                         "partial_answer, or your own sentence (repeatable; default: what the history shows)")
    fu.add_argument("--url", metavar="URL", help="the request's page (default: the one given to `drafts sent`)")
    fu.add_argument("--name", help="your name (default from the settings)")
    fu.add_argument("--email", help="your email address (default from the settings)")
    fu.add_argument("--force", action="store_true", help="write a chaser even before the reply is due")
    fu.add_argument("--no-save", action="store_true", help="print the letter without keeping it in the draft")


def run(args: argparse.Namespace) -> int:
    store = DraftStore.open()
    action = args.drafts_command or "list"
    handlers = {"list": _list, "show": _show, "export": _export, "delete": _delete, "restore": _restore,
                "sent": _sent, "status": _status, "follow-up": _follow_up}
    try:
        return handlers[action](store, args)
    finally:
        for message in store.problems + store.notices:
            warn(message)


def _event_date(args: argparse.Namespace) -> date:
    on = parse_date(args.on) if args.on is not None else today()
    if on > today():
        raise DraftError(f"The date {on.isoformat()} is in the future; record events on the day they happened.")
    return on


def _list(store: DraftStore, args: argparse.Namespace) -> int:
    drafts, now = store.saved_drafts(), today()
    if getattr(args, "json", False):
        print_json([_summary(d, now) for d in drafts])
        return 0
    if not drafts:
        print("No drafts yet; `foi-helper draft FILE --save` saves one.")
        return 0
    id_width = max(len(d.id) for d in drafts)
    status_width = max(len(d.status) for d in drafts)
    for d in drafts:
        print(f"{d.id:<{id_width}}  {d.status.replace('_', ' '):<{status_width}}  {d.authority or '(no authority)'}"
              f"  {d.title}")
        phrase = due_phrase(d, now)
        if phrase:
            print(f"{'':<{id_width}}  {phrase}")
        offered = follow_ups(d, now)
        if offered:
            print(f"{'':<{id_width}}  follow-ups: {', '.join(offered)} "
                  f"(foi-helper drafts follow-up {d.id} KIND)")
    return 0


def _summary(d: Draft, now: date) -> dict[str, Any]:
    step = next_step(d)
    return {"id": d.id, "title": d.title, "authority": d.authority, "law": d.law, "status": d.status,
            "sent_on": d.sent_on.isoformat() if d.sent_on else None,
            "due": step.due.isoformat() if step else None, "whose_move": step.whose if step else None,
            "next": step.what if step else None, "days_left": d.days_left(now),
            "follow_ups": follow_ups(d, now), "created": d.created.isoformat(), "updated": d.updated.isoformat()}


def as_text(body: str) -> str:
    from ..letters.render import as_text as wrapped  # imported when used: `drafts list` stays quick to start

    return wrapped(body)


def _write_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _show(store: DraftStore, args: argparse.Namespace) -> int:
    draft = store.load(args.id)
    letter = draft.letter
    if args.follow_up:
        letters = [f for f in draft.follow_ups if f.kind == args.follow_up]
        if not letters:
            raise DraftError(f"The draft {draft.id} has no saved {FOLLOW_UP_NAMES[args.follow_up]}; "
                             f"`foi-helper drafts follow-up {draft.id} {args.follow_up}` writes one.")
        letter = letters[-1]
    if args.format and args.format != "text":
        from ..drafts.follow_up import requester_for
        from ..letters.render import render

        if args.format == "wdtk-url" and letter.kind == "request" and not letter.authority_url_name:
            # render's sentence suggests draft's --authority, which a saved draft cannot take.
            raise DraftError(f"No WhatDoTheyKnow page is known for {letter.authority or 'this authority'}, so "
                             "there is no link to print; print the text (--format text) to paste into its form.")
        _write_text(render(letter, args.format, requester_for(), today=today()))
    else:
        from ..letters.render import as_text_letter

        _write_text(as_text_letter(letter))  # as `draft` prints it; lines the user broke stay broken
    return 0


def _export(store: DraftStore, args: argparse.Namespace) -> int:
    text = export_markdown(store.load(args.id), today())
    if args.out:
        try:
            write_atomic(Path(args.out), text.encode("utf-8"), mode=0o600)
        except FoiHelperError as exc:
            raise DraftError(str(exc), *exc.fixes) from exc
        print(f"Wrote {args.out}")
    else:
        _write_text(text)
    return 0


def _delete(store: DraftStore, args: argparse.Namespace) -> int:
    draft_id = store.delete(args.id)
    print(f"Deleted {draft_id}; `foi-helper drafts restore {draft_id}` brings it back.")
    return 0


def _restore(store: DraftStore, args: argparse.Namespace) -> int:
    draft_id = store.restore(args.id)
    print(f"Restored {draft_id}.")
    return 0


def _sent(store: DraftStore, args: argparse.Namespace) -> int:
    earlier = store.load(args.id).sent_on
    draft = store.mark_sent(args.id, _event_date(args), channel=args.channel, note=args.note,
                            request_url=args.url)
    if earlier is not None:
        warn(f"this replaces the earlier sending date {earlier.isoformat()}: the reply deadline now counts from "
             f"{draft.sent_on.isoformat() if draft.sent_on else 'the new date'}.")
    _print_next(draft)
    return 0


def _status(store: DraftStore, args: argparse.Namespace) -> int:
    from ..drafts.tracking import record_reply

    event = Event(args.event, _event_date(args), note=args.note, channel=args.channel,
                  exemptions=[e.strip() for e in args.exemption if e.strip()], reason=args.reason.strip())
    draft = record_reply(store, args.id, event, args.reference)
    _print_next(draft)
    return 0


def _print_next(draft: Draft) -> None:
    from ..letters.deadlines import in_words, reply_due

    event = draft.history[-1]
    print(f"{draft.id}: {event.label} on {event.on.isoformat()}" + (f" by {event.channel}" if event.channel else ""))
    step = next_step(draft)
    if step is None:
        return
    print(f"Next: {step.what}, due by {in_words(step.due)} ({step.due.isoformat()}).")
    print(f"Rule: {step.rule}.")
    start = draft.last("sent", "clarified")
    if draft.status in ("sent", "acknowledged", "clarified") and start is not None:
        alt = reply_due(start.on, draft.law).code_of_practice_due
        if alt:
            print(f"Some authorities follow the 2018 Code of Practice reading, which gives {alt.isoformat()}.")
    offered = follow_ups(draft, today())
    if offered:
        print(f"Follow-ups that fit now: {', '.join(offered)} (foi-helper drafts follow-up {draft.id} KIND).")


def _follow_up(store: DraftStore, args: argparse.Namespace) -> int:
    from ..drafts.follow_up import OutOfTurn, compose_for_draft, requester_for, signed_name
    from ..letters import lint

    draft = store.load(args.id)
    try:
        letter = compose_for_draft(draft, args.kind, today=today(), reasons=tuple(args.reason),
                                   request_url=args.url, name=args.name, email=args.email, force=args.force)
    except OutOfTurn as exc:
        raise DraftError(f"{str(exc).rstrip('.')}; pass --force to write it anyway.") from exc
    # The same checks as `draft` (a follow-up with no real name is no better than a request without one), but
    # not the address one: a follow-up goes to the correspondence the request itself gave an address for.
    requester = requester_for(args.name, args.email, signed=signed_name(draft.letter.body))
    for w in lint(letter, requester, "email"):
        if w.code != "no-address":
            warn(warning_text(w))
    if not args.no_save:
        def keep(d: Draft) -> None:
            if not any(f.kind == letter.kind and f.body == letter.body for f in d.follow_ups):
                d.follow_ups.append(letter)
        store.update(draft.id, keep)
    from ..letters.render import as_text_letter

    _write_text(as_text_letter(letter))  # as `drafts show` prints it
    return 0
