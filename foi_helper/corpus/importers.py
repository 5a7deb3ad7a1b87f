"""Files of written questions → Records: JSON Lines of API values, API list/detail responses, ParlParse XML.

A bad line or element is counted and skipped, never fatal: a 90k-line dump with one truncated line should
still import the rest. A file that cannot be read at all is a user error (one sentence).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import CorpusError
from .records import Record, record_from_api

SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".xml", ".xml.gz")


@dataclass
class Tally:
    """What an import found beyond the records: lines or items it could not read."""

    malformed: int = 0
    examples: list[str] = field(default_factory=list)

    def bad(self, where: str) -> None:
        self.malformed += 1
        if len(self.examples) < 3:
            self.examples.append(where)


def importable(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files to import: each file given, and the importable files inside each folder given (recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and importable(f))
        elif p.is_file():
            out.append(p)
        else:
            raise CorpusError(f"There is no file or folder {p} to import.")
    return out


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
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise CorpusError(f"Cannot read {path}: {getattr(exc, 'strerror', None) or exc}.") from exc


def _jsonl(path: Path, tally: Tally) -> Iterator[Record]:
    with _open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                tally.bad(f"{path.name}:{n}")
                continue
            yield from _values(value, f"{path.name}:{n}", tally)


def _json(path: Path, tally: Tally) -> Iterator[Record]:
    with _open_text(path) as f:
        try:
            data = json.load(f)
        except ValueError as exc:
            raise CorpusError(f"{path} is not valid JSON ({exc}).") from None
    yield from _values(data, path.name, tally)


def _values(data: Any, where: str, tally: Tally) -> Iterator[Record]:
    """API shapes: a bare value, {"value": Q}, {"results": [...]} (a list page), or a list of any of these."""
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield from _values(item, f"{where}[{i}]", tally)
        return
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        yield from _values(data["results"], where, tally)
        return
    if isinstance(data, dict) and isinstance(data.get("value"), dict):
        data = data["value"]
    record = record_from_api(data) if isinstance(data, dict) else None
    if record is None:
        tally.bad(where)
    else:
        yield record
