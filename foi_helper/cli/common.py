"""Pieces several commands share: options, the corpus path, printing JSON."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from ..dates import parse_date as parse_date  # the commands' dates: one parser
from ..errors import FoiHelperError
from ..fixes import with_fix
from ..model import Fix, LintWarning
from ..settings import default_corpus_path


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="PATH", help="use this SQLite index instead of the default one")


def corpus_path(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else default_corpus_path()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    """A warning for the user: stderr, and the exit status is unchanged."""
    print(f"foi-helper: warning: {message}", file=sys.stderr)


def positive_int(value: str) -> int:
    """An argparse type for counts and 1-based numbers: 0 or less is bad usage (exit 2), like any bad option."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
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
