"""`foi-helper [FILE|-]`: start the terminal app, with a written answer loaded if one is given."""

from __future__ import annotations

import argparse
import os

from ..reading import load_source
from .common import warn


def run_app(args: argparse.Namespace) -> int:
    text = origin = None
    if args.file:
        # Read before the app starts: a missing or unreadable file is one line on stderr, not a screen.
        text, origin = load_source(args.file, warn)
        if args.file == "-":
            # Standard input was the answer; the app needs the terminal back for keys.
            _reopen_terminal()
    from ..tui.app import make_app

    app = make_app(text=text, origin=origin, corpus_path=args.corpus)
    app.run()
    return int(app.return_code or 0)


def _reopen_terminal() -> None:
    """Put the terminal back on file descriptor 0: Textual reads keys from `sys.__stdin__.fileno()`."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return  # no terminal at all (a script): the app will say it cannot start
    os.dup2(fd, 0)
    os.close(fd)
