"""Pieces several commands share: options, the corpus path, printing JSON."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import FoiHelperError
from ..settings import default_corpus_path


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="PATH", help="use this SQLite index instead of the default one")


def corpus_path(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else default_corpus_path()


def parse_date(value: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FoiHelperError(f"The {what} {value!r} is not a date; write it as YYYY-MM-DD.") from None


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
