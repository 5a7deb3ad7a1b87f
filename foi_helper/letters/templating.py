"""Jinja2 templates for letters: the user's own copies first (sandboxed), the bundled ones otherwise.

User text (names, point wording, reasons) only ever reaches a template as data in the context; it is never
compiled as template source. Undefined variables are errors naming the template and line (StrictUndefined).
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import LetterError
from ..settings import bundled_templates_dir, user_templates_dir


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
    return SandboxedEnvironment(loader=loader, **_options())


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
    env = _user_env(user_dir, bundled) if user_copy.is_file() else _bundled_env(str(bundled))
    origin = f"your template {user_copy}" if user_copy.is_file() else f"the bundled template {name}"
    try:
        return env.get_template(name).render(**context).strip()
    except jinja2.TemplateNotFound as exc:
        raise LetterError(
            f"The letter template {exc.name} is missing from {bundled} and {user_dir}."
        ) from exc
    except jinja2.TemplateError as exc:
        where, line = _where(exc, name)
        at = f" line {line}" if line else ""
        raise LetterError(f"Error in {origin} ({where}{at}): {exc.message or exc}.") from exc
