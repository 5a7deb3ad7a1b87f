"""Drafts to TOML and back, exactly.

TOML has no null, so None is written by leaving the key out, and a missing key of an optional field reads back
as None (a missing key of any other field takes the field's default, so files written before a field existed
still load). Dates are TOML local dates, times are offset date-times in UTC. Every text is checked to read back
byte for byte before it is written: multi-line strings keep letters readable and diffable, but TOML parsers turn
a CR LF inside them into LF, so a draft holding a carriage return is written with escaped one-line strings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import tomllib
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, Union

import tomli_w

from ..bounded import LimitError, toml_loads
from ..errors import DraftError
from ..typed_dates import within_years
from .draft import Draft

FORMAT = 1  # bumped when a change needs old files migrated
MAX_DRAFT_BYTES = 32_000_000  # a draft holds one page and a few letters: the largest real one is under 1 MB


class FormatError(ValueError):
    """The file parsed as TOML but does not hold a draft of this format."""


class NewerFormatError(FormatError):
    """The file was written by a newer foi-helper."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ── encoding ─────────────────────────────────────────────────────────────────────────────────────────────────


def _persisted(cls: type) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(cls) if f.metadata.get("persist", True)]


def encode(value: Any) -> Any:
    """A dataclass tree as TOML-ready dicts and lists, None values left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in _persisted(type(value)):
            item = getattr(value, f.name)
            if item is not None:
                out[f.name] = encode(item)
        return out
    if isinstance(value, (list, tuple)):
        if any(item is None for item in value):
            raise DraftError("A draft cannot hold an empty entry in a list; this is a bug, please report it.")
        return [encode(item) for item in value]
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise DraftError("The draft holds characters that cannot be saved as UTF-8 (a lone surrogate); "
                             "retype the damaged part of the text.") from None
        return value
    if isinstance(value, datetime) and value.tzinfo is None:
        raise DraftError("A draft time has no time zone; this is a bug, please report it.")
    return value


def dumps(draft: Draft, extra: dict[str, Any] | None = None) -> bytes:
    """The draft as the UTF-8 bytes of a TOML file, verified to read back as the same data."""
    data: dict[str, Any] = {"format": FORMAT, **(extra or {}), **encode(draft)}
    for multiline in (True, False):
        text = tomli_w.dumps(data, multiline_strings=multiline)
        if _same(tomllib.loads(text), data):
            return text.encode("utf-8")
    raise DraftError("The draft could not be written as TOML that reads back the same; this is a bug, please report it.")


def _same(a: Any, b: Any) -> bool:
    """Equal data, with NaN equal to NaN (a score can be NaN, and NaN != NaN would refuse to save it)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


# ── decoding ─────────────────────────────────────────────────────────────────────────────────────────────────


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType) and type(None) in typing.get_args(tp)


def decode(tp: Any, value: Any, where: str) -> Any:
    """`value` (from tomllib) as type `tp`; FormatError naming the key when it does not fit."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in typing.get_args(tp):
            return None
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) != 1:
            raise FormatError(f"{where}: unsupported type {tp}")
        return decode(options[0], value, where)
    if origin is Literal:
        if value not in typing.get_args(tp):
            raise FormatError(f"{where}: {value!r} is not one of {typing.get_args(tp)}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise FormatError(f"{where}: expected a list")
        (item_type,) = typing.get_args(tp)
        return [decode(item_type, item, f"{where}[{i}]") for i, item in enumerate(value)]
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, value, where)
    return _decode_scalar(tp, value, where)


def _decode_scalar(tp: Any, value: Any, where: str) -> Any:
    if tp is Any:
        return value
    if tp is datetime:
        if not isinstance(value, datetime):
            raise FormatError(f"{where}: expected a date and time")
        return value
    if tp is date:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise FormatError(f"{where}: expected a date")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise FormatError(f"{where}: expected a number")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FormatError(f"{where}: expected a whole number")
        return value
    if tp in (str, bool):
        if type(value) is not tp:
            raise FormatError(f"{where}: expected {tp.__name__}")
        return value
    raise FormatError(f"{where}: unsupported type {tp}")


def _decode_dataclass(cls: type, value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise FormatError(f"{where}: expected a table")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in _persisted(cls):
        key = f"{where}.{f.name}" if where else f.name
        if f.name in value:
            kwargs[f.name] = decode(hints[f.name], value[f.name], key)
        elif _is_optional(hints[f.name]):
            kwargs[f.name] = None  # None is written as a missing key
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise FormatError(f"{key} is missing")
    for name in _TRACKED_DATES.get(cls.__name__, ()):
        # Dates a person gave (sending, events) and the draft's own times: no deadline can be counted from
        # 9999-12-31. The answer's own dates are the page's, kept whatever they say.
        day = kwargs.get(name)
        if isinstance(day, date) and not within_years(day.date() if isinstance(day, datetime) else day):
            raise FormatError(f"{where}.{name}: {day.isoformat()} is outside the years 1900 to 2200")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError, DraftError) as exc:
        raise FormatError(f"{where or 'draft'}: {exc}") from exc


_TRACKED_DATES = {"Event": ("on",), "Draft": ("created", "updated")}


def loads(data: bytes) -> tuple[Draft, dict[str, Any]]:
    """A draft from a file's bytes, and the file's whole table (for keys outside the draft, e.g. autosave's).

    Raises FormatError (a LimitError when too big, too deep or not TOML) when the bytes are not a draft.
    """
    try:
        table = toml_loads(data, max_chars=MAX_DRAFT_BYTES)
    except LimitError as exc:
        raise FormatError(str(exc)) from None
    version = table.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError("no format number")
    if version > FORMAT:
        raise NewerFormatError(f"format {version}")
    draft = _decode_dataclass(Draft, table, "")
    if draft.created.tzinfo is None or draft.updated.tzinfo is None:
        raise FormatError("times must carry a time zone")
    return draft, table
