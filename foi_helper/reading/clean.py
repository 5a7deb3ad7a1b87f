"""Cleaning text before anyone sees it: terminal escapes, control characters, odd spaces, dates.

Pasted pages and API records are untrusted: an ESC sequence in a question could move the cursor, recolour or
retitle the user's terminal, and a bidi override could make text read differently from what it says.
"""

from __future__ import annotations

import re
from datetime import date

from ..text_safety import clean_text

# Re-exported: they live in preamble.py with the rest of the question's opening, and the corpus imports them
# from here.
from .preamble import department_from_question as department_from_question
from .preamble import house_from_question as house_from_question

# Tabs are not squashed: a table copied from a browser arrives as tab-separated cells (see align_tab_rows).
_SPACES = re.compile("[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_TAB_SPACES = re.compile(" *\t *")
# What _SPACES would change: replacing every single space by itself cost ~0.4 s a megabyte, once per reader.
_SPACES_TO_SQUASH = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|  ")


def strip_controls(text: str) -> str:
    """`text` without terminal escape sequences or control characters (\\n and \\t kept; \\r\\n → \\n): the
    one sanitiser every output shares (text_safety.py)."""
    return clean_text(text)


def squash(text: str) -> str:
    """One line: runs of spaces (including no-break spaces) become one space, ends trimmed; tabs kept."""
    if _SPACES_TO_SQUASH.search(text):
        text = _SPACES.sub(" ", text)
    if "\t" in text:
        text = _TAB_SPACES.sub("\t", text)
    return text.strip(" ")


def align_tab_rows(text: str) -> str:
    """Runs of tab-separated lines (a table copied from a browser) as aligned rows, one row a line."""
    if "\t" not in text:
        return text
    from .html_text import format_table

    out: list[str] = []
    rows: list[list[str]] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "\t" in line:
            rows.append([cell.strip() for cell in line.strip("\t").split("\t")])
            continue
        if rows and not line.strip() and any("\t" in x for x in lines[n + 1 : n + 2]):
            continue  # a blank line between rows of one table
        if rows:
            out += [format_table(rows), ""]
            rows = []
        out.append(line)
    if rows:
        out.append(format_table(rows))
    return "\n".join(out)


def paragraphs(lines: list[str]) -> str:
    """Lines of a block as paragraphs separated by a blank line (blank input lines dropped)."""
    return "\n\n".join(s for s in (squash(line) for line in lines) if s)


def tidy_block(text: str) -> str:
    """Multi-line text: spaces squashed in each line (table alignment kept), at most one blank line in a row."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        # A line with aligned columns (two or more spaces between cells) keeps its spacing.
        out.append(line if "  " in line.strip() else squash(line))
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


# Month names and their usual abbreviations → month numbers (the analysis reads dates with it too).
MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTH_NUMBERS.update({name[:3]: num for name, num in list(MONTH_NUMBERS.items())})
MONTH_NUMBERS["sept"] = 9
MONTH_NAMES = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE_WORDS = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\.?,?\s+\d{{4}}"
_DATE_WORDS = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})", re.IGNORECASE)
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def date_in_text(text: str | None) -> date | None:
    """The first date in `text` ("24th June 2019", "24 Jun 2019", "2019-06-24", "24/06/2019"), or None."""
    if not text:
        return None
    found: list[tuple[int, date]] = []
    for pattern, order in ((_DATE_WORDS, "dmy"), (_DATE_ISO, "ymd"), (_DATE_SLASH, "dmy")):
        m = pattern.search(text)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if order == "ymd":
                value = date(int(a), int(b), int(c))
            else:
                month = MONTH_NUMBERS[b.lower().rstrip(".")] if not b.isdigit() else int(b)
                value = date(int(c), month, int(a))
        except (ValueError, KeyError):
            continue
        found.append((m.start(), value))
    return min(found)[1] if found else None


def api_date(value: object) -> date | None:
    """An API timestamp ("2024-07-25T00:00:00") as a date; None for null or nonsense."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
