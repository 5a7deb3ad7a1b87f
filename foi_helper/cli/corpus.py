"""`foi-helper corpus import|update|stats`: build and keep the local index of earlier written questions."""

from __future__ import annotations

import argparse

from ..errors import FoiHelperError
from .common import add_corpus_option


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("corpus", help="build or update the index of earlier questions",
                       description="Build or update the local index of earlier written questions.")
    csub = p.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)
    imp = csub.add_parser("import", help="import files: .jsonl(.gz) API records, API .json(.gz), ParlParse .xml")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    add_corpus_option(imp)
    upd = csub.add_parser("update", help="fetch new questions from the Parliament API (online)")
    upd.add_argument("--since", metavar="DATE", help="fetch questions tabled from this date (YYYY-MM-DD)")
    upd.add_argument("--house", choices=("Commons", "Lords", "Bicameral"), default="Bicameral")
    add_corpus_option(upd)
    stats = csub.add_parser("stats", help="what the index holds")
    add_corpus_option(stats)


def run(args: argparse.Namespace) -> int:
    raise FoiHelperError("the index is not built yet.")
