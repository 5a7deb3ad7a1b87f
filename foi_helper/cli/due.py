"""`foi-helper due [DATE]`: the reply deadline for a request delivered on DATE."""

from __future__ import annotations

import argparse

from ..errors import FoiHelperError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", help="the reply deadline for a request delivered on DATE",
                       description="The reply deadline for a request delivered on DATE (default today).")
    p.add_argument("date", nargs="?", metavar="DATE", help="the day the authority received it (YYYY-MM-DD)")
    p.add_argument("--law", choices=("foia", "foisa", "eir"), default="foia")
    p.add_argument("--json", action="store_true", help="the date, the rule used and the holidays skipped, as JSON")


def run(args: argparse.Namespace) -> int:
    raise FoiHelperError("deadlines are not built yet.")
