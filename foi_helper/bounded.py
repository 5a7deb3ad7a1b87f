"""Parsing untrusted JSON, TOML and XML within limits checked before the parser runs.

The standard parsers recurse once per nesting level: `[[[[…]]]]` 100,000 deep ends in RecursionError (or, for
XML walked recursively, a crash), and a 400 MB reply is read whole. Every file and reply foi-helper parses
(drafts, settings, index lines, API replies, pages) goes through here: too big, too deep or unreadable is one
`LimitError` (a ValueError) whose message is a phrase for the caller's sentence.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

MAX_DEPTH = 64  # the deepest real document (an API detail reply, a draft) nests 6 levels
MAX_INT_DIGITS = 4300  # Python's own limit for int(str): longer numbers are refused, not converted slowly

# Strings (whose brackets do not count) and brackets; unrolled loops, so scanning is linear in the text.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_TOML_TOKENS = re.compile(
    r'"""[^\\]*?(?:\\.[^\\]*?)*?"""|\'\'\'.*?\'\'\'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]',
    re.DOTALL,
)
_XML_TAGS = re.compile(r"<(/?)[A-Za-z_][^<>]*?(/?)>|<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.DOTALL)


class LimitError(ValueError):
    """The text is too big, too deeply nested or not readable; the message says which, as a phrase."""


def too_deep(text: str, tokens: re.Pattern[str], limit: int) -> bool:
    """Whether the brackets of `text` nest deeper than `limit` outside strings and comments."""
    if text.count("[") + text.count("{") <= limit:
        return False  # counted in C: the usual case needs no scan
    depth = 0
    for m in tokens.finditer(text):
        c = m.group(0)
        if c == "[" or c == "{":
            depth += 1
            if depth > limit:
                return True
        elif c == "]" or c == "}":
            depth -= 1
    return False


def _check_size(text: str | bytes, max_chars: int) -> None:
    if len(text) > max_chars:
        raise LimitError(f"it is larger than {max_chars // 1_000_000 or 1} MB")


def _checked_text(text: str | bytes, max_chars: int, tokens: re.Pattern[str], max_depth: int) -> str:
    """The text to parse, once it is known to be small enough, UTF-8 and nested no deeper than `max_depth`."""
    _check_size(text, max_chars)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise LimitError("it is not UTF-8 text") from None
    if too_deep(text, tokens, max_depth):
        raise LimitError(f"it nests deeper than {max_depth} levels")
    return text


def json_loads(text: str | bytes, *, max_chars: int = 64_000_000, max_depth: int = MAX_DEPTH) -> Any:
    """`json.loads` within limits: LimitError when too big, nested deeper than `max_depth`, broken, or holding a
    number longer than Python converts."""
    text = _checked_text(text, max_chars, _JSON_TOKENS, max_depth)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LimitError(f"it is broken or cut short at line {exc.lineno}, column {exc.colno}") from None
    except ValueError:  # a number longer than MAX_INT_DIGITS
        raise LimitError(f"it holds a number longer than {MAX_INT_DIGITS} digits") from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise LimitError("it nests too deeply") from None


def toml_loads(text: str | bytes, *, max_chars: int = 16_000_000, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """`tomllib.loads` within limits (see json_loads)."""
    text = _checked_text(text, max_chars, _TOML_TOKENS, max_depth)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LimitError(f"it is not valid TOML ({exc})") from None
    except (ValueError, RecursionError, OverflowError) as exc:  # a huge number or date the parser refuses
        raise LimitError(f"it holds a value TOML cannot hold ({type(exc).__name__})") from None


MAX_XML_DEPTH = MAX_DEPTH * 4  # ParlParse nests ~6 levels; HTML tables inside answers a few more


def check_xml(text: str, limit: int = MAX_XML_DEPTH) -> None:
    """LimitError when an XML text's elements nest deeper than `limit` (walking them would recurse as deep)."""
    if text.count("<") <= limit:
        return
    depth = 0
    for m in _XML_TAGS.finditer(text):
        closing, empty = m.group(1), m.group(2)
        if closing is None or empty:  # a comment, CDATA or <x/>
            continue
        depth += -1 if closing else 1
        if depth > limit:
            raise LimitError(f"its elements nest deeper than {limit} levels")
