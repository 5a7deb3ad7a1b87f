"""`foi-helper draft FILE|-`: write the FOI request for a written answer's open points."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from ..atomic import write_atomic
from ..errors import FoiHelperError
from ..letters import render
from ..letters.citations import citable_related
from ..model import LAWS, Letter, Requester, WrittenAnswer, as_law
from ..reading import read_answers
from ..session import LetterOptions, LetterSession
from ..settings import Config
from ..text_safety import clean_text
from .analyse import examine_all
from .common import (
    add_corpus_option,
    add_input_arguments,
    input_text,
    parse_date,
    positive_int,
    warn,
    warning_text,
)

FORMATS = ("text", "markdown", "eml", "json", "wdtk-url")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "draft", help="write the FOI request letter", description="Write the FOI request letter."
    )
    add_input_arguments(p)
    p.add_argument("--question", type=positive_int, metavar="N", help="which question of a page with several (from 1)")
    p.add_argument("--points", metavar="q1,a2,…", help="the points to ask about (default: every open point)")
    p.add_argument("--law", choices=LAWS, help="the law to request under")
    p.add_argument("--authority", metavar="NAME", help="the public authority to write to")
    p.add_argument("--name", help="your name (a request without it is not valid)")
    p.add_argument("--email", help="your email address")
    p.add_argument("--answered", metavar="DATE", help="the date the question was answered (YYYY-MM-DD), when the "
                   "page does not say")
    period = p.add_mutually_exclusive_group()
    period.add_argument("--latest-year", action="store_const", const=True, dest="latest_year",
                        help="ask for the latest complete calendar year instead of the answer's own period (the "
                        "default for an answer over twenty years old)")
    period.add_argument("--answer-period", action="store_const", const=False, dest="latest_year",
                        help="ask for the answer's own period alone, even when the answer is over ten years old")
    p.add_argument("--format", choices=FORMATS, default="text", help="what to print (default: text)")
    p.add_argument("--out", metavar="PATH", help="write to this file instead of standard output")
    p.add_argument("--save", action="store_true", help="save the letter as a draft and print its id last")
    p.add_argument("--batch", metavar="CLASS", help="one letter per body of a class, e.g. police-england-wales "
                   "(foi-helper holders lists them); --out is then a folder, --save saves each")
    add_corpus_option(p)


def pick_answer(answers: list[WrittenAnswer], number: int | None) -> WrittenAnswer:
    if number is None:
        if len(answers) > 1:
            warn(
                f"the page holds {len(answers)} questions; drafting for the first (choose with --question N)."
            )
        return answers[0]
    if not 1 <= number <= len(answers):
        raise FoiHelperError(
            f"There is no question {number}: the page holds {len(answers)} (--question 1 to {len(answers)})."
        )
    return answers[number - 1]


def output(text: str, out: str | None) -> None:
    if out:
        # The letter carries the requester's name and addresses: readable by its owner only, like drafts.
        write_atomic(Path(out), clean_text(text).encode("utf-8"), mode=0o600)
    else:
        sys.stdout.write(text)


def session_from(args: argparse.Namespace, text: str, origin: str, answer: WrittenAnswer,
                 settings: Config) -> LetterSession:
    """The letter session the options describe: the settings, with --name, --email, --law and --authority
    ahead of them. The app fills the same session from its screens."""
    return LetterSession(text, origin, answer, settings=settings, name=args.name, email=args.email,
                         options=LetterOptions(authority=args.authority, law=as_law(args.law),
                                               latest_year=getattr(args, "latest_year", None)))


def run(args: argparse.Namespace) -> int:
    text, origin = input_text(args)
    answer = pick_answer(read_answers(text, args.page_url), args.question)
    today = date.today()  # the face reads the clock; composing never does
    session = session_from(args, text, origin, answer, Config.load())
    if getattr(args, "answered", None):
        session.set_answered(parse_date(args.answered, "--answered date"), today)
    findings = examine_all([session.answer], args, warn_clipped=False)[0]  # the session's checks say it
    session.related, session.referred = findings.related, findings.referenced
    session.cite_all(citable_related(answer, findings.related, today=today))
    point_ids = [p for p in re.split(r"[,\s]+", args.points) if p] if args.points else None
    if args.batch:
        session.analysis = findings.analysis
        return _run_batch(args, session, today, point_ids)
    # An unknown answering body is never guessed: compose_letter's error asks for the authority; an unknown
    # answer date is never guessed either: AnswerDateUnknown asks for it.
    session.start(findings.analysis, today, point_ids)
    letter = session.current_letter()
    assert letter is not None  # start() raises rather than leave a session with points and no letter
    channel = "wdtk" if args.format == "wdtk-url" else "email"
    for w in session.checks(channel):
        warn(warning_text(w))
    rendered = _rendered(letter, args.format, session.requester(), today)
    # Saved before anything is printed: a reader that goes away (`| head`, a closed stdout) cannot cost the draft.
    draft_id = _save(session) if args.save else None
    if draft_id:
        # Said on stderr too: `| head`, a closed stdout or a reader gone can drop the id printed below.
        print(f"foi-helper: saved as draft {draft_id}.", file=sys.stderr)
    output(rendered, args.out)
    if draft_id:
        # The id is the last line of standard output (docs/architecture.md), also when the letter went to --out.
        sys.stdout.write(f"{draft_id}\n")
    sys.stdout.flush()
    return 0


def _run_batch(args: argparse.Namespace, session: LetterSession, today: date, point_ids: list[str] | None) -> int:
    from .batch import save_batch, write_batch

    batch = session.compose_batch(args.batch, today, point_ids)
    written = write_batch(batch, args, session.requester(), today)
    if args.save:
        save_batch(session, written)
    return 0 if len(written) == len(batch) else 1


def _rendered(letter: Letter, fmt: str, requester: Requester, today: date) -> str:
    # No fallback for wdtk-url: what it prints is opened as a link, so it is a link or an error, never a letter.
    return render(letter, fmt, requester, today=today)


def _save(session: LetterSession) -> str:
    from ..drafts import DraftStore

    draft = session.to_draft(datetime.now(UTC))
    assert draft is not None
    store = DraftStore.open()
    earlier = store.drafts_of(session.answer)
    draft_id = store.save(draft)
    session.saved(draft_id)
    for message in store.problems:
        warn(message)
    if (repeat := session.repeat_warning(earlier)) is not None:
        warn(warning_text(repeat))
    return draft_id
