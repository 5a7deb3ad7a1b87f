"""Which format a text is in, and reading it with the right reader: the user never says where a page came from."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import ReadError
from ..model import WrittenAnswer
from . import api, hansard, parliament_page, plain, republished, twfy, wrans_xml
from . import page_url as page_url_module
from .clean import strip_controls
from .html_text import html_to_text
from .source import looks_binary

Reader = Callable[[str], list[WrittenAnswer]]
# Page-text readers, most specific first: a tie in score goes to the earlier one.
TEXT_READERS: tuple[tuple[str, Callable[[str], int], Reader], ...] = (
    ("theyworkforyou", twfy.looks_like, twfy.read),
    ("parliament_page", parliament_page.looks_like, parliament_page.read),
    ("republished", republished.looks_like, republished.read),
    ("hansard", hansard.looks_like, hansard.read),
    ("plain", plain.looks_like, plain.read),
)
# JSON, not page text that happens to open with "[HL1234]" or "[holding answer …]".
_JSON_START = re.compile(r'\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[\[{"\]]|-?\d|true\b|false\b|null\b|$))')
_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|span|table|br|a\s|article|section|main)\b", re.IGNORECASE
)


def detect(text: str) -> str:
    """The name of the format `text` is in ("api_json", "api_json_lines", "wrans_xml", "html", or a text format)."""
    kind = _structured_kind(text)
    if kind is not None:
        return kind
    score, _, name, _ = _ranked(text)[0]
    return name if score > 0 else "unknown"


def _structured_kind(text: str) -> str | None:
    """ "api_json", "api_json_lines", "wrans_xml" or "html" when the text opens as one; None for page text."""
    head = text[:65536].lstrip()  # a slice: the input may be a 100 MB JSON Lines file
    start = head[:1]
    if start and start in "{[" and _JSON_START.match(head):
        first, newline, rest = head.partition("\n")
        if newline and rest.lstrip().startswith("{") and first.rstrip().endswith("}"):
            return "api_json_lines"
        return "api_json"
    head = head[:4096]
    if start == "<":
        if (
            "<publicwhip" in head
            or "<!ENTITY" in head
            or re.match(r"<\?xml\b", head)
            and not _HTML.search(head)
        ):
            return "wrans_xml"
        return "html"
    if len(_HTML.findall(head)) >= 3:
        return "html"  # page source pasted after some stray text
    return None


def _ranked(text: str) -> list[tuple[int, int, str, Reader]]:
    """Each text reader with its score for `text`, best first (a tie goes to the earlier reader).
    Scoring walks every line with each reader's patterns, so it is done once per read: twice was half of a
    large paste's reading time."""
    scored = [(looks(text), -n, name, read) for n, (name, looks, read) in enumerate(TEXT_READERS)]
    return sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)


def read_text_formats(text: str) -> list[WrittenAnswer]:
    """Page text: the best-scoring reader, falling back to the others if it finds nothing."""
    for score, _, _, read in _ranked(text):
        if score <= 0:
            break
        found = read(text)
        if found:
            return _without_lost_answers(found)
    return []


def _lost(a: WrittenAnswer) -> bool:
    return not a.answer.strip() and not a.holding and (a.date_answered is not None or a.answerer is not None)


def _without_lost_answers(found: list[WrittenAnswer]) -> list[WrittenAnswer]:
    """A question the page says was answered (it names the answer's date or minister) but whose answer text
    is not there was cut short (a page copied in part, an excerpt's end). After questions with answers, it
    is the page's end and is kept as printed (the others are what the user came for); alone, or before an
    answered question (a page misread), it is refused rather than passed on with an empty answer that
    analysis would read as a holding one."""
    lost = [n for n, a in enumerate(found) if _lost(a)]
    answered = len(found) - len(lost)
    if lost and (not answered or lost[0] < answered):
        a = found[lost[0]]
        which = f"question {a.uin}" if a.uin else "the question"
        raise ReadError(
            f"The page says {which} was answered, but no answer text was found on it: "
            "copy the whole page, including the answer, and try again."
        )
    return found


def read_answers(text: str, page_url: str | None = None) -> list[WrittenAnswer]:
    """Every written question with its answer found in `text`, in page order. `page_url`, the address the page
    was copied from (or a line of the text that is only an address), fills what the text leaves unknown."""
    text = text.lstrip("\ufeff")
    if _structured_kind(text) is None:
        text, in_text = page_url_module.address_line(text)
        page_url = page_url or in_text
    if not text.strip():
        raise ReadError(
            "The input is empty: paste or save the page with the written question and its answer."
        )
    kind = _structured_kind(text) or "text"
    if kind not in ("api_json", "api_json_lines"):
        # JSON is cleaned field by field after decoding (an escape can hide as "\u001b" in it).
        text = strip_controls(text)
        if looks_binary(text):
            raise ReadError(
                "The text holds binary data, not a page (a program or an image?): copy the page with the "
                "written question and its answer."
            )
    if kind == "api_json":
        found = api.read_api_json(text)
    elif kind == "api_json_lines":
        found = api.read_api_json_lines(text)
    elif kind == "wrans_xml":
        found = wrans_xml.read(text)
    elif kind == "html":
        found = read_text_formats(strip_controls(html_to_text(text, tab_cells=True)))
    else:
        found = read_text_formats(text)
    found = [a for a in found if a.question.strip()]
    if found and page_url:
        page_url_module.apply(found, page_url)
    if not found:
        raise ReadError(
            "No written question was found: the text should contain a question beginning "
            '"To ask …" (copy the whole page, or save the API\'s JSON).'
        )
    return found
