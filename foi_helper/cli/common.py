"""Pieces several commands share: options, the corpus path, printing JSON."""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from ..dates import parse_date as parse_date  # the commands' dates: one parser
from ..errors import FoiHelperError
from ..fixes import with_fix
from ..model import Fix, LintWarning
from ..settings import default_corpus_path
from ..text_safety import json_text


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="PATH", help="use this SQLite index instead of the default one")


def corpus_path(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else default_corpus_path()


def print_json(data: Any) -> None:
    """JSON on standard output, with control and bidi characters escaped (text_safety.json_text)."""
    sys.stdout.write(json_text(data) + "\n")


# textwrap's chunking regexes cost ~0.5 s a megabyte; a paragraph longer than this is wrapped word by word.
TEXTWRAP_UP_TO = 20_000


def wrap(text: str, width: int, indent: str) -> list[str]:
    """`text` wrapped to `width` columns, each line starting with `indent`: textwrap's layout for real
    paragraphs, and a linear greedy one (breaking only at spaces) for a page of one enormous line."""
    if len(text) <= TEXTWRAP_UP_TO:
        return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)
    room = max(width - len(indent), 1)
    # The longest run of words that fits, ending before a space; a word longer than a line is cut.
    line = re.compile(rf"(.{{1,{room}}})(?: |$)|(.{{{room}}})")
    return [indent + (m.group(1) or m.group(2)) for m in line.finditer(" ".join(text.split()))]


def warn(message: str) -> None:
    """A warning for the user: stderr, and the exit status is unchanged."""
    print(f"foi-helper: warning: {message}", file=sys.stderr)


MAX_COUNT = 100_000  # more matches or questions than anyone reads; SQLite's integers end at 2**63


def positive_int(value: str) -> int:
    """An argparse type for counts and 1-based numbers: 0 or less, or more than MAX_COUNT, is bad usage (exit 2),
    like any bad option."""
    try:
        number = int(value) if len(value) <= 20 else MAX_COUNT + 1
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    if number > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{value[:24]} is more than {MAX_COUNT:,}")
    return number


def cli_hint(fix: Fix) -> str:
    """How to make a stage's Fix on the command line: the option, or the command."""
    value = fix.value
    hints = {
        "law": f"--law {value}" if value else "--law foia|foisa|eir",
        "authority": f"--authority {value}" if value else "--authority NAME",
        "points": "--points q1,a2,…",
        "requester": f"--{value} or your settings" if value else "--name, --email or your settings",
        "date": "--answered DATE, e.g. --answered 2019-06-24",
        "format": f"--format {value}" if value else "--format",
        "draft": "`foi-helper drafts list` shows them",
        "sent": f"`foi-helper drafts sent {value}`" if value else "`foi-helper drafts sent ID`",
        "batch": f"--batch {value}" if value else "`foi-helper holders` lists them with their members",
        "batch_or_authority": "leave out --authority, or leave out --batch",
        "latest_year": "--latest-year",
        "answer_period": "--answer-period",
    }
    return hints.get(fix.field, "")


def error_text(exc: FoiHelperError) -> str:
    """A user error as the CLI prints it: the stage's sentence with the option that fixes it."""
    return with_fix(str(exc), exc.fixes, cli_hint)


def warning_text(warning: LintWarning) -> str:
    """A check as the CLI prints it: the sentence with its fix, then the rule it comes from."""
    return f"{with_fix(warning.message, warning.fix, cli_hint)} ({warning.rule})"
def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE|-|URL, or --uin and --date: where the written answer comes from."""
    parser.add_argument(
        "file", nargs="?", metavar="FILE|-|URL",
        help="the page text or file (- reads standard input), or a question's TheyWorkForYou wrans or "
        "questions-statements.parliament.uk address (fetched from the Parliament API)",
    )
    parser.add_argument("--uin", help="fetch the question with this UIN from the Parliament API (with --date)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day the question was tabled or answered")
    parser.add_argument(
        "--page-url", metavar="URL",
        help="the address the page was copied from: fills the date and heading historic Hansard prints only "
        "there (nothing is fetched)",
    )


def input_text(args: argparse.Namespace) -> tuple[str, str]:
    """The text to read and where it came from: FILE, standard input, an address, or --uin with --date."""
    from ..reading import load_source
    from ..reading.address import by_uin, fetch

    if args.page_url and not re.match(r"^https?://\S+$", args.page_url):
        raise FoiHelperError(f"--page-url {args.page_url!r} is not a web address: give the page's https:// address.")
    if args.uin or args.date:
        if args.file or not (args.uin and args.date):
            raise FoiHelperError("Give either FILE|-|URL or both --uin and --date, not a mix.")
        address = by_uin(args.uin, args.date)
        return fetch(address), address.label()
    if not args.file:
        raise FoiHelperError("Give the written answer: a FILE, - for standard input, a URL, or --uin and --date.")
    return load_source(args.file, warn)
