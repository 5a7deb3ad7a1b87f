"""`foi-helper draft FILE|-`: write the FOI request for a written answer's open points."""

from __future__ import annotations

import argparse

from ..errors import FoiHelperError
from .common import add_corpus_option

FORMATS = ("text", "markdown", "eml", "json", "wdtk-url")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("draft", help="write the FOI request letter", description="Write the FOI request letter.")
    p.add_argument("file", metavar="FILE|-", help="the page text or file (- reads standard input)")
    p.add_argument("--question", type=int, metavar="N", help="which question of a page with several (from 1)")
    p.add_argument("--points", metavar="q1,a2,…", help="the points to ask about (default: every open point)")
    p.add_argument("--law", choices=("foia", "foisa", "eir"), help="the law to request under")
    p.add_argument("--authority", metavar="NAME", help="the public authority to write to")
    p.add_argument("--name", help="your name (a request without it is not valid)")
    p.add_argument("--email", help="your email address")
    p.add_argument("--format", choices=FORMATS, default="text", help="what to print (default: text)")
    p.add_argument("--out", metavar="PATH", help="write to this file instead of standard output")
    p.add_argument("--save", action="store_true", help="save the letter as a draft and print its id last")
    add_corpus_option(p)


def run(args: argparse.Namespace) -> int:
    raise FoiHelperError("drafting letters is not built yet.")
