"""`foi-helper due [DATE]`: the reply deadline for a request delivered on DATE."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..errors import FoiHelperError
from ..letters.deadlines import LAW_NAMES, Deadline, in_words, reply_due, school_reply_due
from ..model import LAWS
from .common import parse_date, print_json


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "due",
        help="the reply deadline for a request delivered on DATE",
        description="The reply deadline for a request delivered on DATE (default today).",
    )
    p.add_argument("date", nargs="?", metavar="DATE", help="the day the authority received it (YYYY-MM-DD)")
    p.add_argument("--law", choices=(*LAWS, "eisr"), default="foia",
                   help="eisr: the Environmental Information (Scotland) Regulations, for a Scottish body")
    p.add_argument("--school", action="store_true",
                   help="a school in England, Wales or Northern Ireland (20 school days or 60 working days)")
    p.add_argument(
        "--json", action="store_true", help="the date, the rule used and the holidays skipped, as JSON"
    )


def deadline_json(d: Deadline) -> dict[str, Any]:
    return {
        "received": d.start.isoformat() if d.start else None,
        "law": d.law,
        "date": d.due.isoformat(),
        "in_words": in_words(d.due),
        "rule": d.rule,
        "holidays_skipped": [{"date": day.isoformat(), "name": name} for day, name in d.holidays_skipped],
        "code_of_practice_date": d.code_of_practice_due.isoformat() if d.code_of_practice_due else None,
    }


def deadline_text(d: Deadline) -> str:
    received = d.start or d.due
    lines = [
        f"{d.due.isoformat()}  ({in_words(d.due)})",
        f"The reply is due under {LAW_NAMES[d.law]} for a request received on {in_words(received)}.",
        f"Rule: {d.rule}.",
    ]
    if d.holidays_skipped:
        lines.append(
            "Holidays skipped: "
            + "; ".join(f"{day.isoformat()} {name}" for day, name in d.holidays_skipped)
            + "."
        )
    if d.code_of_practice_due:
        lines.append(
            f"The authority may count to {d.code_of_practice_due.isoformat()} ({in_words(d.code_of_practice_due)}): "
            "the 2018 s.45 Code of Practice (para 4.2) treats a request received on a non-working day as received "
            "on the next working day."
        )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    # The only clock read: the face decides what "today" is, the core never does.
    received = parse_date(args.date, "date of receipt") if args.date is not None else date.today()
    if args.school and args.law != "foia":
        raise FoiHelperError("The schools rule is part of FOIA (s.10(4)); use --school without --law, or with "
                             "--law foia.")
    d = school_reply_due(received) if args.school else reply_due(received, args.law)
    if args.json:
        print_json(deadline_json(d))
    else:
        print(deadline_text(d), end="")
    return 0
