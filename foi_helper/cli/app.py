"""`foi-helper [FILE|-]`: start the terminal app, with a written answer loaded if one is given."""

from __future__ import annotations

import argparse
import sys

from ..reading import load_source


def run_app(args: argparse.Namespace) -> int:
    text = origin = None
    if args.file:
        text, origin = load_source(args.file)
        if args.file == "-":
            # Standard input was the answer; the app needs the terminal back for keys.
            _reopen_terminal()
    from ..tui.app import make_app

    app = make_app(text=text, origin=origin, corpus_path=args.corpus)
    app.run()
    return int(app.return_code or 0)


def _reopen_terminal() -> None:
    try:
        sys.stdin = open("/dev/tty")  # noqa: SIM115 - lives as long as the app
    except OSError:
        pass
