"""Files of written questions → Records: JSON Lines of API values, API list/detail responses, ParlParse XML.

A bad line or element is counted and skipped, never fatal: a 90k-line dump with one truncated line should
still import the rest. A file that cannot be read at all is a user error (one sentence).
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..atomic import regular_file
from ..bounded import json_loads
from ..errors import CorpusError
from .records import Record, record_from_api

SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".xml", ".xml.gz")


@dataclass
class Tally:
    """What an import found beyond the records: lines or items it could not read."""

    malformed: int = 0
    examples: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # files whose reading stopped early, one sentence each

    def bad(self, where: str) -> None:
        self.malformed += 1
        if len(self.examples) < 3:
            self.examples.append(where)


def importable(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


MAX_ENTRIES = 200_000  # entries looked at inside the folders given: a dump is a few thousand files


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files to import: each file given, and the importable files inside each folder given (recursively,
    never through a symlinked folder, so a link loop or a link to / cannot make it walk for ever)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += _walk(p)
        elif p.is_file():
            out.append(p)
        else:
            raise CorpusError(f"There is no file or folder {p} to import.")
    return out


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    seen = 0
    for root, dirs, files in os.walk(folder, onerror=lambda exc: None):
        seen += len(dirs) + len(files)
        if seen > MAX_ENTRIES:
            raise CorpusError(f"{folder} holds more than {MAX_ENTRIES:,} files and folders; give the folder that "
                              "holds the files to import.")
        dirs.sort()
        for name in sorted(files):
            f = Path(root, name)
            if importable(f) and regular_file(f):
                found.append(f)
    return found


def _open_text(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def read_records(path: Path, tally: Tally) -> Iterator[Record]:
    """The records in one file, by its name (and, for .json, its content)."""
    name = path.name.lower().removesuffix(".gz")
    try:
        if name.endswith(".jsonl"):
            yield from _jsonl(path, tally)
        elif name.endswith(".json"):
            yield from _json(path, tally)
        elif name.endswith(".xml"):
            from .parlparse import records_from_xml

            with _open_text(path) as f:
                yield from records_from_xml(f.read(), path.name, tally)
        else:
            raise CorpusError(
                f"{path} is not a file foi-helper can import; give .jsonl, .json (API responses) or ParlParse .xml, "
                "optionally gzipped."
            )
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
        raise CorpusError(f"Cannot read {path}: {getattr(exc, 'strerror', None) or exc}.") from exc


def _jsonl(path: Path, tally: Tally) -> Iterator[Record]:
    """Each line's records; a bad line of any kind is counted and skipped. A file damaged part way (a corrupt
    gzip block, a cut download) stops there: the records read before it are kept, and `tally.damaged` says so."""
    with _open_text(path) as f:
        n = 0
        while True:
            try:
                line = f.readline(MAX_LINE_CHARS + 1)
            except (OSError, EOFError, zlib.error) as exc:
                if n == 0:
                    raise
                tally.damaged.append(f"{path.name} is damaged after line {n} ({_reason(exc)}); the lines before "
                                     "it were imported")
                return
            if not line:
                return
            n += 1
            if len(line) > MAX_LINE_CHARS:
                _skip_rest_of_line(f)
                tally.bad(f"{path.name}:{n}")
                continue
            if not line.strip():
                continue
            try:
                value = json_loads(line)
            except ValueError:  # LimitError: broken, too deep, a number too long
                tally.bad(f"{path.name}:{n}")
                continue
            yield from _values(value, f"{path.name}:{n}", tally)


MAX_LINE_CHARS = 16_000_000  # one API record with its answer is under 1 MB
MAX_JSON_CHARS = 2_000_000_000


def _skip_rest_of_line(f: IO[str]) -> None:
    while (part := f.readline(MAX_LINE_CHARS)) and not part.endswith("\n"):
        pass


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc or type(exc).__name__)


def _json(path: Path, tally: Tally) -> Iterator[Record]:
    with _open_text(path) as f:
        text = f.read(MAX_JSON_CHARS + 1)
    try:
        data = json_loads(text, max_chars=MAX_JSON_CHARS)
    except ValueError as exc:
        raise CorpusError(f"{path} is not valid JSON to import ({exc}).") from None
    yield from _values(data, path.name, tally)


def _values(data: Any, where: str, tally: Tally, depth: int = 0) -> Iterator[Record]:
    """API shapes: a bare value, {"value": Q}, {"results": [...]} (a list page), or a list of any of these."""
    if depth > 8:
        tally.bad(where)
        return
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield from _values(item, f"{where}[{i}]", tally, depth + 1)
        return
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        yield from _values(data["results"], where, tally, depth + 1)
        return
    if isinstance(data, dict) and isinstance(data.get("value"), dict):
        data = data["value"]
    try:
        record = record_from_api(data) if isinstance(data, dict) else None
    except (TypeError, ValueError, OverflowError):  # a value of a shape no real record has
        record = None
    if record is None:
        tally.bad(where)
    else:
        yield record
