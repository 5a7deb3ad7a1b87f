"""Jinja2 templates for letters: the user's own copies first (sandboxed), the bundled ones otherwise.

User text (names, point wording, reasons) only ever reaches a template as data in the context; it is never
compiled as template source. Undefined variables are errors naming the template and line (StrictUndefined).

A user's template is also bounded: it may run for TIME_LIMIT seconds and write MAX_OUTPUT characters, a `*` or
`**` may not build a value larger than that, and any error in it (recursion, 1/0, a binary file) is one sentence
naming the file and line. Every template's output passes the output sanitiser (text_safety.clean_text).
"""

from __future__ import annotations

import math
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from types import FrameType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import LetterError
from ..settings import bundled_templates_dir, user_templates_dir
from ..text_safety import clean_text

TIME_LIMIT = 5.0  # seconds: the bundled letter renders in milliseconds
MAX_OUTPUT = 1_000_000  # characters: a long letter is 20,000


class TemplateLimit(Exception):
    """A user's template went past a bound (time, output size, the size of a value it built)."""


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with `*` and `**` and calls checked so one expression cannot build gigabytes."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _numbers(left, right) and abs(left) > 1 and (
            abs(right) * math.log2(abs(left)) > 4096
        ):
            raise TemplateLimit("a power too large to compute")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
                    raise TemplateLimit(f"a value longer than {MAX_OUTPUT:,} characters")
        return super().call_binop(context, operator, left, right)

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        # str.ljust(10**10), "x".zfill(…), range(10**9): a size argument past the bound.
        if any(isinstance(a, int) and not isinstance(a, bool) and a > MAX_OUTPUT for a in (*args, *kwargs.values())):
            raise TemplateLimit(f"a call with a number larger than {MAX_OUTPUT:,}")
        return super().call(context, obj, *args, **kwargs)


def _numbers(*values: Any) -> bool:
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _options() -> dict[str, Any]:
    # Autoescape off: the output is plain text (letters, emails), not HTML.
    return {
        "undefined": jinja2.StrictUndefined,
        "autoescape": False,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": False,
    }


@lru_cache(maxsize=4)
def _bundled_env(folder: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), **_options())


def _user_env(user: Path, bundled: Path) -> jinja2.Environment:
    # Sandboxed: a template someone shared with the user cannot reach Python internals. It may include the
    # bundled templates it does not override.
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(user)), jinja2.FileSystemLoader(str(bundled))])
    return _BoundedSandbox(loader=loader, **_options())


def _where(exc: BaseException, name: str) -> tuple[str, int | None]:
    """The template and line an error happened in (Jinja2 maps its frames back to template lines)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.name or name, exc.lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return Path(frame.filename).name if "/" in frame.filename else frame.filename, frame.lineno
    return name, None


def render_template(name: str, context: dict[str, Any]) -> str:
    """Render `name` (e.g. "points/spending.txt.j2") with `context`; LetterError names template and line."""
    user_dir, bundled = user_templates_dir(), bundled_templates_dir()
    user_copy = user_dir / name
    users = user_copy.is_file()
    env = _user_env(user_dir, bundled) if users else _bundled_env(str(bundled))
    origin = f"your template {user_copy}" if users else f"the bundled template {name}"
    try:
        if users:
            text = _bounded_render(env.get_template(name), context)
        else:
            text = env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise LetterError(
            f"The letter template {exc.name} is missing from {bundled} and {user_dir}."
        ) from exc
    except jinja2.TemplateError as exc:
        where, line = _where(exc, name)
        at = f" line {line}" if line else ""
        raise LetterError(f"Error in {origin} ({where}{at}): {_phrase(exc.message or str(exc))}.") from exc
    except UnicodeDecodeError as exc:
        raise LetterError(f"Error in {origin}: it is not UTF-8 text (a binary file?); fix or remove it.") from exc
    except Exception as exc:  # anything a user's template can do wrong, as one sentence
        where, line = _where(exc, name)
        at = f" line {line}" if line else ""
        raise LetterError(f"Error in {origin} ({where}{at}): {_describe(exc)}; fix or remove it.") from exc
    return clean_text(text).strip()


def _bounded_render(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render within TIME_LIMIT and MAX_OUTPUT: a tracer on the template's own frames stops a loop that runs
    too long, even one that writes nothing."""
    deadline = time.monotonic() + TIME_LIMIT
    previous = sys.gettrace()
    sys.settrace(_tracer(deadline))
    try:
        parts: list[str] = []
        size = 0
        pieces: Iterator[str] = template.generate(**context)
        for piece in pieces:
            size += len(piece)
            if size > MAX_OUTPUT:
                raise TemplateLimit(f"it writes more than {MAX_OUTPUT:,} characters")
            parts.append(piece)
        return "".join(parts)
    finally:
        sys.settrace(previous)


def _tracer(deadline: float) -> Callable[[FrameType, str, Any], Any]:
    def in_template(frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise TemplateLimit(f"it ran for more than {TIME_LIMIT:.0f} seconds")
        return in_template

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename.endswith(".j2"):
            return in_template(frame, event, arg)
        return None

    return on_call


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TemplateLimit):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "it calls itself without end (recursion)"
    if isinstance(exc, MemoryError):
        return "it builds a value too large for memory"
    return _phrase(f"{type(exc).__name__}: {exc}")


def _phrase(text: str) -> str:
    from ..text_safety import clean_line

    return clean_line(text).rstrip(".")[:300]
