"""`foi-helper drafts [list|show ID|export ID|delete ID|sent ID [--on DATE]]`: saved drafts and their tracking."""

from __future__ import annotations

import argparse

from ..errors import FoiHelperError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("drafts", help="list, show, export, delete or track saved drafts",
                       description="Saved drafts and their tracking.")
    dsub = p.add_subparsers(dest="drafts_command", metavar="ACTION")
    dsub.add_parser("list", help="every draft with its status and deadline")
    for name, help_text in [("show", "print a draft's letter"), ("export", "print a draft's whole history as Markdown"),
                            ("delete", "delete a draft")]:
        sp = dsub.add_parser(name, help=help_text)
        sp.add_argument("id", metavar="ID")
    sent = dsub.add_parser("sent", help="record that a draft was sent")
    sent.add_argument("id", metavar="ID")
    sent.add_argument("--on", metavar="DATE", help="the day it was sent (default today)")


def run(args: argparse.Namespace) -> int:
    raise FoiHelperError("drafts are not built yet.")
