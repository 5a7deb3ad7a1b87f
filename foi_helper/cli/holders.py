"""`foi-helper holders [CLASS]`: the classes of bodies a batch of letters can go to, or one class's members."""

from __future__ import annotations

import argparse
import sys

from ..errors import FoiHelperError
from ..letters.holders import body_class, holder_table
from .common import print_json


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "holders",
        help="list the classes of bodies that hold records (for draft --batch)",
        description="List the classes of bodies that hold records a department does not, or one class's members "
        "with their WhatDoTheyKnow url_names. A class with members can take a batch: draft FILE --batch CLASS.",
    )
    p.add_argument("cls", nargs="?", metavar="CLASS", help="a class to list the members of")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    table = holder_table()
    if not args.cls:
        rows = [
            {
                "class": c.key,
                "name": c.name,
                "members": len(c.members),
                "category": c.category,
                "batch": bool(c.members),
            }
            for c in table.classes.values()
        ]
        if args.json:
            print_json(rows)
            return 0
        width = max(len(c) for c in table.classes)
        for c in table.classes.values():
            what = f"{len(c.members)} bodies" if c.members else f"not listed: {c.category_url}"
            sys.stdout.write(f"{c.key:<{width}}  {c.name} ({what})\n")
        return 0
    cls = body_class(args.cls)
    if cls is None:
        raise FoiHelperError(f"There is no class called {args.cls!r}; `foi-helper holders` lists them.")
    members = [
        {"name": b.name, "url_name": b.url_name, "law": b.law, "no_url_name": b.no_url_name}
        for b in cls.members
    ]
    if args.json:
        print_json({"class": cls.key, "name": cls.name, "category": cls.category, "members": members})
        return 0
    if not members:
        sys.stdout.write(f"{cls.name}: not listed here; WhatDoTheyKnow lists them at {cls.category_url}\n")
        return 0
    for b in cls.members:
        sys.stdout.write(f"{b.url_name or '(no WhatDoTheyKnow page)'}\t{b.name}\n")
    return 0
