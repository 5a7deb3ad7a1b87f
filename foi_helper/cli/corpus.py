"""`foi-helper corpus import|update|stats`: build and keep the local index of earlier written questions."""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CorpusError
from .common import add_corpus_option, corpus_path, parse_date, print_json, warn

if TYPE_CHECKING:
    from ..corpus import Corpus


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "corpus",
        help="build or update the index of earlier questions",
        description="Build or update the local index of earlier written questions.",
    )
    csub = p.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)
    imp = csub.add_parser(
        "import", help="import files: .jsonl(.gz) API records, API .json(.gz), ParlParse .xml"
    )
    imp.add_argument("paths", nargs="+", metavar="PATH")
    add_corpus_option(imp)
    upd = csub.add_parser(
        "update",
        help="fetch new questions from the Parliament API (online)",
        description="Fetch written questions from the Parliament API into the index. An "
        "interrupted update resumes where it stopped when run again.",
    )
    upd.add_argument(
        "--since",
        metavar="DATE",
        help="fetch questions tabled from this date (YYYY-MM-DD); "
        "default: a fortnight before the newest question held, or the last 30 days",
    )
    upd.add_argument("--until", metavar="DATE", help="fetch questions tabled up to this date (YYYY-MM-DD)")
    upd.add_argument("--house", choices=("Commons", "Lords", "Bicameral"), default="Bicameral")
    upd.add_argument(
        "--full",
        action="store_true",
        help="also fetch the full text of answered questions, and the UIN and date of questions held without "
        "them (one more request each)",
    )
    upd.add_argument("--base-url", default=None, help=argparse.SUPPRESS)  # tests point it at a local server
    upd.add_argument(
        "--interval",
        type=seconds_option,
        default=0.25,
        metavar="SECONDS",
        help="least time between requests (default 0.25: be gentle with Parliament's server)",
    )
    upd.add_argument(
        "--backoff", type=seconds_option, default=1.0, help=argparse.SUPPRESS
    )  # first retry wait, seconds
    add_corpus_option(upd)
    stats = csub.add_parser("stats", help="what the index holds")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_corpus_option(stats)


def run(args: argparse.Namespace) -> int:
    from ..corpus import Corpus

    path = corpus_path(args)
    if args.corpus_command == "stats" and not path.is_file():
        from .search import NO_INDEX

        raise CorpusError(NO_INDEX)
    created = not path.exists()
    holds_records = False
    try:
        with Corpus.open(path) as corpus:
            try:
                if args.corpus_command == "import":
                    result = _import(corpus, args.paths)
                elif args.corpus_command == "update":
                    result = _update(corpus, args)
                else:
                    result = _stats(corpus, args.json)
                holds_records = True
                return result
            except BaseException:
                with contextlib.suppress(Exception):
                    holds_records = len(corpus) > 0
                raise
    finally:
        if created and not holds_records:
            # A failed first import or update (offline, a full disk) leaves no empty index behind to mislead.
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()


MAX_SECONDS_OPTION = 3600.0


def seconds_option(value: str) -> float:
    """An argparse type for a pause in seconds: a finite number from 0 to an hour (inf or nan is bad usage)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_SECONDS_OPTION:
        raise argparse.ArgumentTypeError(f"{value} is not a number of seconds from 0 to {MAX_SECONDS_OPTION:.0f}")
    return seconds


def _import(corpus: Corpus, paths: list[str]) -> int:
    started = time.monotonic()

    def progress(f: Path, i: int, n: int) -> None:
        if n > 1:
            print(f"foi-helper: importing {f} ({i + 1} of {n})", file=sys.stderr)

    result = corpus.import_paths(paths, progress=progress)
    took = time.monotonic() - started
    print(
        f"{result.added} records added, {result.updated} updated from {result.files} file(s) in {took:.1f} s; "
        f"the index holds {len(corpus)} records ({corpus.path})."
    )
    for sentence in result.damaged:
        warn(f"{sentence}.")
    if result.malformed:
        warn(
            f"{result.malformed} malformed line(s) or item(s) skipped, e.g. {', '.join(result.malformed_examples)}."
        )
    return 0


def _update(corpus: Corpus, args: argparse.Namespace) -> int:
    from ..corpus.update import enrich_missing, plan_update, run_update
    from ..parliament_api import BASE_URL, Client

    today = date.today()
    since = parse_date(args.since, "--since date") if args.since else None
    until = parse_date(args.until, "--until date") if args.until else None
    plan = plan_update(corpus, since, until, args.house, args.full, today)
    client = Client(
        base_url=args.base_url or BASE_URL,
        min_interval=args.interval,
        backoff=args.backoff,
    )
    if plan.skip:
        print(f"foi-helper: resuming the update from {plan.since} at question {plan.skip}.", file=sys.stderr)
    try:
        result = run_update(corpus, client, plan, today, progress=_progress_line())
    finally:
        sys.stderr.write("\n" if sys.stderr.isatty() else "")  # end the progress line before any error
    print(
        f"{result.fetched} questions fetched ({plan.house}, tabled from {plan.since}"
        f"{' to ' + plan.until if plan.until else ''}); {result.added} added, {result.updated} updated"
        f"{f', {result.details} full texts fetched' if plan.full else ''}; the index holds {len(corpus)} records."
    )
    if plan.full:
        try:
            asked, given = enrich_missing(corpus, client, progress=_progress_line())
        finally:
            sys.stderr.write("\n" if sys.stderr.isatty() else "")
        if asked:
            print(f"{asked} questions held without UIN or date looked up by id; {given} can now be cited.")
    return 0


def _progress_line() -> Callable[[int, int, float], None]:
    tty = sys.stderr.isatty()
    last = [0.0]

    def show(done: int, total: int, elapsed: float) -> None:
        if not tty and elapsed - last[0] < 5 and done < total:
            return  # a log, not a terminal: a line every few seconds is enough
        last[0] = elapsed
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = f", about {(total - done) / rate:.0f} s left" if rate and done < total else ""
        line = f"foi-helper: {done:,} of {total:,} questions ({rate:.0f}/s{eta})"
        # The carriage return rewrites the progress line in place: written past the cleaning edge on purpose.
        stream = getattr(sys.stderr, "raw_stream", None) or sys.stderr
        stream.write(("\r" + line.ljust(72)) if tty else line + "\n")
        stream.flush()

    return show


def _stats(corpus: Corpus, as_json: bool) -> int:
    s = corpus.stats()
    if as_json:
        print_json(s)
        return 0
    size = s["file_size"] / 1e6
    print(f"Index:        {s['path']} ({size:.1f} MB, schema {s['schema_version']})")
    print(
        f"Records:      {s['records']:,} ({s['unanswered']:,} unanswered; {s['clipped']:,} with clipped text, "
        f"{s['clipped_share']:.1%})"
    )
    print(f"Dates:        {s['first_date'] or '?'} to {s['last_date'] or '?'}")
    print("Houses:       " + ", ".join(f"{h} {n:,}" for h, n in s["houses"].items()))
    print(f"Last update:  {s['last_update'] or 'never'}")
    print("Departments:")
    for name, n in list(s["departments"].items())[:25]:
        print(f"  {n:>8,}  {name}")
    if len(s["departments"]) > 25:
        print(f"  … and {len(s['departments']) - 25} more")
    return 0
