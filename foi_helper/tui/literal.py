"""Text from outside the program (a page, the index, a draft file, a file name) as it should be shown.

Literal: never parsed as markup, so "[HL1234]" stays. Clean: Textual writes a widget's characters to the
terminal as they are (measured: "\\x1b[2J" in a Static cleared the screen), so escapes and control
characters go first.
"""

from __future__ import annotations

from textual.content import Content

Part = str | tuple[str, str] | Content


def clean(text: str) -> str:
    """`text` without terminal escapes or control characters (newlines and tabs kept)."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the usual case; the reading stage is imported only when there is something to remove
    from ..reading.clean import strip_controls  # the stage's rule, so the app and the CLI agree

    return strip_controls(text)


def literal(*parts: Part) -> Content:
    """Content from plain strings and (string, style) pairs, joined: `literal("Title: ", (title, "bold"))`."""
    cleaned: list[Part] = []
    for part in parts:
        if isinstance(part, str):
            cleaned.append(clean(part))
        elif isinstance(part, tuple):
            cleaned.append((clean(part[0]), part[1]))
        else:
            cleaned.append(part)
    return Content.assemble(*cleaned)
