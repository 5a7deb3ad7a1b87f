"""`foi-helper search TEXT`: earlier written questions like TEXT, from the local index."""

from __future__ import annotations

import argparse
import sys
import textwrap

from ..errors import CorpusError
from ..model import Match, to_json
from .common import add_corpus_option, corpus_path, parse_date, positive_int, print_json, wrap

NO_INDEX = (
    "There is no index of earlier written questions yet: run `foi-helper corpus update` (online) or "
    "`foi-helper corpus import FILE` to make one."
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search", help="search earlier written questions", description="Search the local index."
    )
    p.add_argument("text", metavar="TEXT", help="words or a whole question")
    p.add_argument("--limit", type=positive_int, default=10, metavar="N", help="how many matches (default 10)")
    p.add_argument("--department", metavar="NAME", help="only questions to this department")
    p.add_argument("--before", metavar="DATE", help="only questions tabled before this date (YYYY-MM-DD)")
    p.add_argument("--after", metavar="DATE", help="only questions tabled after this date (YYYY-MM-DD)")
    p.add_argument("--house", choices=("Commons", "Lords"), help="only questions in this House")
    p.add_argument("--json", action="store_true", help="print a JSON list of matches")
    add_corpus_option(p)


def run(args: argparse.Namespace) -> int:
    path = corpus_path(args)
    if not path.is_file():
        raise CorpusError(NO_INDEX)
    before = parse_date(args.before, "--before date") if args.before else None
    after = parse_date(args.after, "--after date") if args.after else None
    from ..corpus import Corpus

    with Corpus.open(path) as corpus:
        if not len(corpus):
            raise CorpusError(
                NO_INDEX.replace("There is no index", f"The index {path} is empty, so there is no index")
            )
        matches = corpus.search(
            args.text,
            limit=args.limit,
            before=before,
            department=args.department,
            house=args.house,
            after=after,
        )
    if args.json:
        print_json(to_json(matches))
        return 0
    if not matches:
        print("No earlier written questions match.", file=sys.stderr)
        return 0
    sys.stdout.write("\n".join(describe(m) for m in matches))
    return 0


def describe(m: Match) -> str:
    """A match as a few readable lines: score, date, UIN, department, heading, question, why it matched."""
    when = m.date_answered or m.date_tabled
    head = (
        f"{m.score:5.1f}  {when.isoformat() if when else '????-??-??'}  UIN {m.uin or '?'}  "
        f"{m.department or '(department unknown)'}"
    )
    lines = [head]
    if m.heading:
        lines.append(f"       {m.heading}")
    lines += wrap(m.question, 100, "       ")
    if m.why:
        lines += textwrap.wrap(m.why, 100, initial_indent="       → ", subsequent_indent="         ")
    if m.shared_terms:
        lines.append("       shares: " + ", ".join(m.shared_terms[:8]))
    if m.url:
        lines.append(f"       {m.url}")
    return "\n".join(lines) + "\n"
