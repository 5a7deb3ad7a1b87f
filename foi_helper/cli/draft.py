"""`foi-helper draft FILE|-`: write the FOI request for a written answer's open points."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_atomic
from ..errors import FoiHelperError
from ..letters import compose_letter, lint, render
from ..letters.citations import citable_related
from ..letters.windows import AnswerDateUnknown
from ..model import Analysis, Letter, Match, Requester, WrittenAnswer

if TYPE_CHECKING:
    from ..drafts import Draft
from ..reading import read_answers
from ..settings import Config
from ..text_safety import clean_text
from .analyse import examine_all
from .common import add_corpus_option, add_input_arguments, input_text, parse_date, positive_int, warn

FORMATS = ("text", "markdown", "eml", "json", "wdtk-url")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "draft", help="write the FOI request letter", description="Write the FOI request letter."
    )
    add_input_arguments(p)
    p.add_argument("--question", type=positive_int, metavar="N", help="which question of a page with several (from 1)")
    p.add_argument("--points", metavar="q1,a2,…", help="the points to ask about (default: every open point)")
    p.add_argument("--law", choices=("foia", "foisa", "eir"), help="the law to request under")
    p.add_argument("--authority", metavar="NAME", help="the public authority to write to")
    p.add_argument("--name", help="your name (a request without it is not valid)")
    p.add_argument("--email", help="your email address")
    p.add_argument("--answered", metavar="DATE", help="the date the question was answered (YYYY-MM-DD), when the "
                   "page does not say")
    p.add_argument("--latest-year", action="store_true",
                   help="ask for the latest complete calendar year instead of the answer's own period")
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


def requester_from(args: argparse.Namespace, config: Config) -> Requester:
    return Requester(
        name=(args.name or config.name or None),
        email=(args.email or config.email or None),
        address=(config.address or None),
    )


def _default_law(config: Config) -> str | None:
    # "foia" is every authority's default; only another choice in the settings overrides the authority's own.
    return config.default_law if config.default_law not in ("", "foia") else None


def _config_date(value: str, what: str) -> date | None:
    return parse_date(value, f"{what} in your settings") if value else None


def output(text: str, out: str | None) -> None:
    if out:
        # The letter carries the requester's name and addresses: readable by its owner only, like drafts.
        write_atomic(Path(out), clean_text(text).encode("utf-8"), mode=0o600)
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    text, origin = input_text(args)
    answer = pick_answer(read_answers(text, args.page_url), args.question)
    if getattr(args, "answered", None):
        answered = parse_date(args.answered, "--answered date")
        if answered > date.today():
            raise FoiHelperError(f"The --answered date {answered.isoformat()} is in the future; give the date the "
                                 "question was answered.")
        answer = replace(answer, date_answered=answered)
    findings = examine_all([answer], args)[0]
    analysis = findings.analysis
    today = date.today()  # the face reads the clock; composing never does
    related = citable_related(answer, findings.related, today=today)
    config = Config.load()
    requester = requester_from(args, config)
    point_ids = [p for p in re.split(r"[,\s]+", args.points) if p] if args.points else None
    options: dict[str, Any] = {
        "requester": requester,
        "today": today,
        "point_ids": point_ids,
        "law": args.law or _default_law(config),
        "authority": args.authority,
        "related": related,
        "date_from": _config_date(config.date_from, "date_from"),
        "date_to": _config_date(config.date_to, "date_to"),
        "latest_year": bool(getattr(args, "latest_year", False)),
    }
    try:
        if args.batch:
            return _run_batch(args, text, origin, answer, analysis, related, options)
        letter = compose_letter(answer, analysis, **options)
    except AnswerDateUnknown as e:
        raise FoiHelperError("The page does not say when the question was answered, and the letter's periods are "
                             "counted from that date: give it with --answered DATE (e.g. --answered 2019-06-24).") from e
    # An unknown answering body is never guessed: compose_letter's error asks for --authority.
    channel = "wdtk" if args.format == "wdtk-url" else "email"
    for w in letter.warnings + lint(letter, requester, channel):
        warn(f"{w.message} ({w.rule})")
    rendered = _rendered(letter, args.format, requester, today)
    # Saved before anything is printed: a reader that goes away (`| head`, a closed stdout) cannot cost the draft.
    draft_id = _save(text, origin, answer, letter.points, letter, related) if args.save else None
    if draft_id:
        # Said on stderr too: `| head`, a closed stdout or a reader gone can drop the id printed below.
        print(f"foi-helper: saved as draft {draft_id}.", file=sys.stderr)
    output(rendered, args.out)
    if draft_id:
        # The id is the last line of standard output (DESIGN.md), also when the letter went to --out.
        sys.stdout.write(f"{draft_id}\n")
    sys.stdout.flush()
    return 0


def _run_batch(
    args: argparse.Namespace, text: str, origin: str, answer: WrittenAnswer, analysis: Analysis,
    related: list[Match], options: dict[str, Any],
) -> int:
    from ..letters.batch import compose_batch
    from .batch import save_batch, write_batch

    batch = compose_batch(answer, analysis, args.batch, **options)
    written = write_batch(batch, args, options["requester"], options["today"])
    if args.save:
        save_batch(text, origin, answer, written, related)
    return 0 if len(written) == len(batch) else 1


def _rendered(letter: Letter, fmt: str, requester: Requester, today: date) -> str:
    # No fallback for wdtk-url: what it prints is opened as a link, so it is a link or an error, never a letter.
    return render(letter, fmt, requester, today=today)


def _save(
    text: str, origin: str, answer: WrittenAnswer, point_ids: list[str], letter: Letter, related: list[Match]
) -> str:
    from ..drafts import Draft, DraftStore

    draft = Draft.new(
        source_text=text,
        source_origin=origin,
        answer=answer,
        point_ids=point_ids,
        letter=letter,
        cited=related,
        now=datetime.now(UTC),
    )
    store = DraftStore.open()
    earlier = store.drafts_of(answer)
    draft_id = store.save(draft)
    for message in store.problems:
        warn(message)
    if earlier:
        _warn_repeat(earlier, letter.law)
    return draft_id


REPEAT_RULE = {"foia": "FOIA s.14(2)", "foisa": "FOISA s.14(2)", "eir": "EIR reg 12(4)(b)"}


def _warn_repeat(earlier: list[Draft], law: str) -> None:
    listed = "; ".join(f"{d.id}, {d.status.replace('_', ' ')}" for d in earlier[:3])
    more = f"; and {len(earlier) - 3} more" if len(earlier) > 3 else ""
    rule = REPEAT_RULE.get(law, REPEAT_RULE["foia"])
    # An authority that has answered a request need not answer an identical or substantially similar one from
    # the same person until a reasonable interval has passed.
    warn(f"you already have {len(earlier)} draft{'s' if len(earlier) > 1 else ''} about this written answer "
         f"({listed}{more}); the same request again can be refused as a repeated request unless a reasonable "
         f"interval has passed, so send one of them or delete the others ({rule}).")
