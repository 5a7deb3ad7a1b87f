"""HTML (the API's answerText, a saved page) to readable plain text.

Paragraphs become blank-line separated blocks, list items "• item" lines, and table rows aligned lines
(cells padded to their column's width) rather than one cell per line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "section", "article", "header", "footer", "blockquote", "h1", "h2", "h3", "h4", "h5",
          "h6", "ul", "ol", "dl", "dt", "dd", "pre", "hr", "main", "nav", "aside", "form", "figure"}
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.list_depth = 0

    # text -------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        target = self.cell if self.cell is not None else self.current
        target.append(data)

    def flush(self) -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.current))
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = re.sub(r"\n{2,}", "\n", text).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    # tags -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            (self.cell if self.cell is not None else self.current).append("\n" if self.cell is None else " ")
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
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in _BLOCK:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.table is not None and self.row is not None:
            if any(self.row):
                self.table.append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            if self.table:
                self.blocks.append(format_table(self.table))
            self.table = self.row = self.cell = None
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_depth = max(self.list_depth - 1, 0)
        elif tag == "li" or tag in _BLOCK:
            self.flush()

    def text(self) -> str:
        self.flush()
        return "\n\n".join(self.blocks)


def format_table(rows: list[list[str]]) -> str:
    """Rows of cells as aligned lines: each column padded to its widest cell."""
    columns = max(len(r) for r in rows)
    padded = [r + [""] * (columns - len(r)) for r in rows]
    widths = [max(len(r[c]) for r in padded) for c in range(columns)]
    lines = ["  ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)).rstrip() for r in padded]
    return "\n".join(lines)


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML fragment or page."""
    builder = _TextBuilder()
    builder.feed(html)
    builder.close()
    return builder.text()
