"""`foi-helper draft FILE --batch CLASS`: one letter per body of a class, in any send format, saved or not."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..atomic import write_atomic
from ..errors import FoiHelperError, LetterError
from ..letters import lint, render
from ..letters.batch import BatchLetter, batch_file_name
from ..model import Requester
from ..session import LetterSession
from .common import error_text, warn, warning_text


def _mbox(messages: list[str]) -> str:
    """Several .eml messages on one stream as an mbox (mboxrd: body lines starting "From " get a ">")."""
    out = []
    for message in messages:
        body = "\n".join(
            ">" + line if line.lstrip(">").startswith("From ") else line
            for line in message.rstrip("\n").split("\n")
        )
        out.append(f"From foi-helper@localhost Thu Jan  1 00:00:00 1970\n{body}\n")
    return "\n".join(out)


def _one_stream(rendered: list[tuple[BatchLetter, str]], fmt: str) -> str:
    if fmt == "wdtk-url":
        return "".join(text for _, text in rendered)
    if fmt == "eml":
        return _mbox([text for _, text in rendered])
    if fmt == "json":
        return "[\n" + ",\n".join(text.rstrip("\n") for _, text in rendered) + "\n]\n"
    total = len(rendered)
    parts = [
        f"===== {i}/{total}: {item.body.name} =====\n\n{text}" for i, (item, text) in enumerate(rendered, 1)
    ]
    return "\n".join(parts)


def write_batch(
    batch: list[BatchLetter], args: argparse.Namespace, requester: Requester, today: date
) -> list[BatchLetter]:
    """Render each letter in the chosen format to standard output or one file each in --out DIR; returns the
    letters that could be rendered (a body with no WhatDoTheyKnow page has no link: warned, not lost)."""
    channel = "wdtk" if args.format == "wdtk-url" else "email"
    rendered: list[tuple[BatchLetter, str]] = []
    for item in batch:
        try:
            rendered.append((item, render(item.letter, args.format, requester, today=today)))
        except LetterError as exc:
            warn(f"{item.body.name}: {error_text(exc)}")
    first = batch[0].letter if batch else None
    if first is not None:  # the same letter N times: its warnings once, not N times
        for w in first.warnings + lint(first, requester, channel):
            warn(warning_text(w))
    if args.out:
        folder = Path(args.out)
        if folder.exists() and not folder.is_dir():
            raise FoiHelperError(
                f"{folder} is a file; a batch goes to a folder (--out DIR), one file per body."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FoiHelperError(f"Cannot make the folder {folder}: {exc.strerror or exc}.") from None
        for number, (item, text) in enumerate(rendered, 1):
            # Letters carry the requester's name and addresses: readable by their owner only, like drafts.
            write_atomic(
                folder / batch_file_name(number, item, args.format), text.encode("utf-8"), mode=0o600
            )
        print(f"foi-helper: {len(rendered)} letters written to {folder}", file=sys.stderr)
    else:
        sys.stdout.write(_one_stream(rendered, args.format))
    return [item for item, _ in rendered]


def save_batch(session: LetterSession, batch: list[BatchLetter]) -> list[str]:
    """Each letter its own draft; the ids printed one a line, last on standard output."""
    from datetime import UTC, datetime

    from ..drafts import DraftStore

    store = DraftStore.open()
    ids = [store.save(draft) for draft in session.batch_drafts(batch, datetime.now(UTC))]
    for message in store.problems:
        warn(message)
    sys.stdout.write("".join(f"{draft_id}\n" for draft_id in ids))
    return ids
