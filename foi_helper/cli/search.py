"""`foi-helper search TEXT`: earlier written questions like TEXT, from the local index."""

from __future__ import annotations

import argparse

from ..errors import FoiHelperError
from .common import add_corpus_option


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="search earlier written questions", description="Search the local index.")
    p.add_argument("text", metavar="TEXT", help="words or a whole question")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many matches (default 10)")
    p.add_argument("--department", metavar="NAME", help="only questions to this department")
    p.add_argument("--before", metavar="DATE", help="only questions tabled before this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print a JSON list of matches")
    add_corpus_option(p)


def run(args: argparse.Namespace) -> int:
    raise FoiHelperError("searching is not built yet.")
