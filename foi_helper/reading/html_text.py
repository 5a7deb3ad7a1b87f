"""HTML (the API's answerText, a saved page) to readable plain text.

Paragraphs become blank-line separated blocks, list items "• item" lines, and table rows aligned lines
(cells padded to their column's width) rather than one cell per line.

A single regex walk over the tags rather than `html.parser.HTMLParser`: the corpus converts up to a million
answers with this, and the walk is several times faster on the API's small fragments (benchmarks/reading_api.py).
"""

from __future__ import annotations

import re
from html import unescape

_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dl",
        "dt",
        "dd",
        "pre",
        "hr",
        "main",
        "nav",
        "aside",
        "form",
        "figure",
        "figcaption",
        "caption",
        "address",
        "body",
        "html",
    }
)
_SKIP = ("script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>", re.DOTALL)


class _Builder:
    """Collects blocks of text; a table collects rows of cells until it closes."""

    def __init__(self, tab_cells: bool = False) -> None:
        self.tab_cells = tab_cells
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.list_depth = 0
        self.last_item = False
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def text(self, data: str) -> None:
        if "&" in data:
            data = unescape(data)
        (self.cell if self.cell is not None else self.current).append(data)

    def flush(self) -> None:
        if not self.current:
            return
        lines = (" ".join(part.split()) for part in "".join(self.current).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text and text != "•":
            # Consecutive list items stay on consecutive lines; everything else is a paragraph of its own.
            if self.list_depth and text.lstrip().startswith("• ") and self.blocks and self.last_item:
                self.blocks[-1] += "\n" + text
            else:
                self.blocks.append(text)
            self.last_item = self.list_depth > 0 and text.lstrip().startswith("• ")
        self.current = []

    def start(self, tag: str) -> None:
        if tag == "br":
            (self.cell if self.cell is not None else self.current).append(
                " " if self.cell is not None else "\n"
            )
        elif tag == "li":
            self.flush()
            self.current.append("  " * max(self.list_depth - 1, 0) + "• ")
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth += 1
        elif tag == "table":
            self.flush()
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.end("tr")
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.end(tag)
            self.cell = []
        elif tag in _BLOCK:
            if self.cell is None:
                self.flush()
            else:
                self.cell.append(" ")  # a paragraph inside a table cell: keep the cell on one line

    def end(self, tag: str) -> None:
        if tag in ("td", "th"):
            if self.row is not None and self.cell is not None:
                self.row.append(unescape_cell("".join(self.cell)))
            self.cell = None
        elif tag == "tr":
            self.end("td")
            if self.table is not None and self.row is not None and any(self.row):
                self.table.append(self.row)
            self.row = None
        elif tag == "table":
            self.end("tr")
            if self.table:
                self.blocks.append(
                    "\n".join("\t".join(r) for r in self.table)
                    if self.tab_cells
                    else format_table(self.table)
                )
            self.table = None
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth = max(self.list_depth - 1, 0)
            if not self.list_depth:
                self.last_item = False
        elif (tag == "li" or tag in _BLOCK) and self.cell is None:
            self.flush()

    def result(self) -> str:
        if self.table is not None:
            self.end("table")
        self.flush()
        return "\n\n".join(self.blocks)


def unescape_cell(text: str) -> str:
    return " ".join(text.split())


def format_table(rows: list[list[str]]) -> str:
    """Rows of cells as aligned lines: each column padded to its widest cell."""
    columns = max(len(r) for r in rows)
    padded = [r + [""] * (columns - len(r)) for r in rows]
    widths = [max(len(r[c]) for r in padded) for c in range(columns)]
    lines = ["  ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)).rstrip() for r in padded]
    return "\n".join(lines)


# Fragments with only paragraphs and inline tags (most API answers) take a quicker path: split at block tags,
# drop the inline ones. Measured: about twice as fast over the 92k shared records.
_NEEDS_WALK = re.compile(
    r"<(?:table|li|ul|ol|br|script|style|pre|head|title|noscript|template|svg|iframe|object|"
    r"!|\?)",
    re.IGNORECASE,
)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK)) + r")\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")


def _paragraphs_only(html: str) -> str:
    out = []
    for piece in _BLOCK_TAG.split(html):
        if "<" in piece:
            piece = _ANY_TAG.sub("", piece)
        if "&" in piece:
            piece = unescape(piece)
        piece = " ".join(piece.split())  # str.split() is several times quicker than a regex here
        if piece:
            out.append(piece)
    return "\n\n".join(out)


def html_to_text(html: str, tab_cells: bool = False) -> str:
    """Readable plain text of an HTML fragment or page.

    With `tab_cells`, table cells are separated by tabs, as a browser's copy gives them, for the page-text
    readers (which align such rows themselves) rather than padded into columns.
    """
    if "<" not in html:
        # Question texts, and the API's list records' clipped answers: only entities and spacing to fix.
        if "&" not in html and "\n" not in html:
            return " ".join(html.split())
        text = unescape(html) if "&" in html else html
        return "\n\n".join(p for p in (" ".join(s.split()) for s in text.split("\n\n")) if p)
    if not _NEEDS_WALK.search(html):
        return _paragraphs_only(html)
    builder = _Builder(tab_cells)
    pos = 0
    lower = None
    for m in _TAG.finditer(html):
        if m.start() < pos:
            continue  # inside a skipped element (script, style, …)
        if m.start() > pos:
            builder.text(html[pos : m.start()].replace("\n", " "))
        pos = m.end()
        name = m.group(2)
        if name is None:
            continue  # comment, doctype, processing instruction
        tag = name.lower()
        if m.group(1):
            builder.end(tag)
        elif tag in _SKIP:
            lower = lower if lower is not None else html.lower()
            close = lower.find(f"</{tag}", pos)
            pos = len(html) if close < 0 else (lower.find(">", close) + 1 or len(html))
        else:
            builder.start(tag)
    if pos < len(html):
        builder.text(html[pos:].replace("\n", " "))
    return builder.result()
