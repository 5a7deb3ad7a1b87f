"""The command line: `foi-helper [FILE|-]` starts the app; subcommands run one stage each (docs/architecture.md).

Exit status: 0 on success; 1 on a user error, with one sentence on stderr; 2 on bad usage (argparse).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence

from ..errors import FoiHelperError
from ..text_safety import CleanStream
from . import analyse, corpus, draft, drafts, due, holders, search

COMMANDS = {
    "analyse": analyse,
    "draft": draft,
    "search": search,
    "corpus": corpus,
    "drafts": drafts,
    "due": due,
    "holders": holders,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foi-helper",
        description=(
            "Turn a minister's evasive written answer into a Freedom of Information request for the records. "
            "With no command (or a FILE, or - for standard input) it starts the terminal app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="foi-helper", description="Start the terminal app.")
    parser.add_argument(
        "file", nargs="?", metavar="FILE|-|URL",
        help="a written answer to open (- reads standard input), or a question's TheyWorkForYou or "
        "questions-statements.parliament.uk address (fetched from the Parliament API)",
    )
    parser.add_argument("--corpus", metavar="PATH", help="the index of earlier questions to search")
    return parser


def _version() -> str:
    from ..version import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")):
            app_args = build_app_parser().parse_args(args_list)
            from .app import run_app

            return run_app(app_args)
        with clean_streams():
            return _run_command(args_list)
    except FoiHelperError as exc:  # the app's own start (a missing FILE) fails before any screen
        print(f"foi-helper: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("foi-helper: interrupted.", file=sys.stderr)
        return 130


def _run_command(args_list: list[str]) -> int:
    try:
        args = build_parser().parse_args(args_list)
        module = COMMANDS[args.command]
        return int(module.run(args) or 0)
    except FoiHelperError as exc:
        from .common import error_text

        print(f"foi-helper: {error_text(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`), or standard output was closed: not an error worth
        # a traceback. What must not be lost (a saved draft's id) was said on stderr before this.
        silence_stdout()
        return 0


@contextlib.contextmanager
def clean_streams() -> Iterator[None]:
    """Standard output and error pass only cleaned text while a command runs (text_safety.CleanStream)."""
    _reserve_closed_stdout()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(sys.stdout), CleanStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _reserve_closed_stdout() -> None:
    # Started with standard output closed (`>&-`), the next file opened (the index, a draft) would get fd 1
    # and anything written to standard output would land in it: /dev/null holds the place.
    try:
        os.fstat(1)
    except OSError:
        fd = os.open(os.devnull, os.O_WRONLY)
        if fd != 1:
            os.dup2(fd, 1)
            os.close(fd)


def silence_stdout() -> None:
    """After a broken pipe: point standard output at /dev/null so the flush at exit cannot fail again."""
    if getattr(sys.stdout, "raw_stream", sys.stdout) is not sys.__stdout__:
        return  # a stream of the caller's (a test's capture), not the process's own
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(fd)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
