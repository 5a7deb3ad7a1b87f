"""Send formats: text, markdown, eml (RFC 5322), json, and a pre-filled WhatDoTheyKnow link."""

from __future__ import annotations

import json
import re
import textwrap
import urllib.parse
from datetime import date
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any

from ..errors import LetterError
from ..model import Fix, Letter, Requester, to_json
from .compose import check_requester
from .deadlines import reply_due
from .lint import lint, middle_of

FORMATS = ("text", "markdown", "eml", "json", "wdtk-url")
WDTK_NEW = "https://www.whatdotheyknow.com/new/"
# Servers commonly refuse request lines over 8 KB (nginx's default header buffer); stay under it.
MAX_URL = 8000
WIDTH = 78  # plain-text email convention
NBSP = "\u00a0"
DATE_WORDS = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{4}\b"
)


def subject_line(letter: Letter) -> str:
    if letter.kind == "request":
        return f"Freedom of Information request: {letter.title}"
    return letter.title


def as_text(body: str, width: int = WIDTH) -> str:
    """Wrapped for a terminal or a plain-text email; numbered items get a hanging indent."""
    out: list[str] = []
    for para in body.strip().split("\n\n"):
        if "\n" in para:  # signature and address lines keep their breaks
            out.append(para)
            continue
        # Dates stay on one line ("1 January 2018"): textwrap does not break at a no-break space.
        para = DATE_WORDS.sub(lambda d: d.group(0).replace(" ", NBSP), para)
        m = re.match(r"^(\d{1,2}\.\s+)", para)
        indent = " " * len(m.group(1)) if m else ""
        out.append(
            textwrap.fill(
                para, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
            ).replace(NBSP, " ")
        )
    return "\n\n".join(out) + "\n"


def as_text_letter(letter: Letter, width: int = WIDTH) -> str:
    """The letter as text to read or paste: its subject line first (the email's subject, WhatDoTheyKnow's
    title), a blank line, then the wrapped body."""
    subject = textwrap.fill(f"Subject: {subject_line(letter)}", width, subsequent_indent=" " * len("Subject: "),
                            break_long_words=False, break_on_hyphens=False)  # folded as a long header is
    return f"{subject}\n\n" + as_text(letter.body, width)


def as_markdown(letter: Letter) -> str:
    paras = []
    for para in letter.body.strip().split("\n\n"):
        paras.append(para.replace("\n", "  \n"))  # hard line breaks in the signature and address
    return f"# {letter.title}\n\n" + "\n\n".join(paras) + "\n"


def as_eml(letter: Letter, requester: Requester, to: str | None = None) -> str:
    check_requester(requester)  # a saved draft's letter meets today's settings here, not in composing
    msg = EmailMessage()
    msg["Subject"] = subject_line(letter)
    if requester.email:
        msg["From"] = formataddr((requester.name or "", requester.email))
    if to:
        msg["To"] = to
    msg["X-Unsent"] = "1"  # mail programs open it as a draft to send, not as a received message
    msg.set_content(letter.body, charset="utf-8", cte="quoted-printable")
    return msg.as_string()


def as_json(letter: Letter, requester: Requester, today: date) -> str:
    due = reply_due(today, letter.law)
    data: dict[str, Any] = {
        "title": letter.title,
        "subject": subject_line(letter),
        "authority": letter.authority,
        "authority_url_name": letter.authority_url_name,
        "law": letter.law,
        "kind": letter.kind,
        "body": letter.body,
        "points": letter.points,
        "warnings": [to_json(w) for w in letter.warnings + lint(letter, requester)],
        "due_if_received_today": {"date": due.due.isoformat(), "rule": due.rule},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def wdtk_url(letter: Letter) -> str:
    """`/new/<url_name>?title=…&default_letter=…`: the site wraps "Dear …," and "Yours faithfully," around it."""
    if letter.kind != "request":
        raise LetterError(
            "A follow-up is sent from the request's own page on WhatDoTheyKnow; copy the text there."
        )
    if not letter.authority_url_name:
        raise LetterError(
            f"No WhatDoTheyKnow page is known for {letter.authority or 'this authority'}, so there is no link to "
            "make; choose a body WhatDoTheyKnow lists (e.g. home_office), or paste the letter's text into its "
            "form.",
            Fix("authority", "home_office"),
            Fix("format", "text"),
        )
    query = urllib.parse.urlencode(
        {"title": letter.title, "default_letter": middle_of(letter.body)}, quote_via=urllib.parse.quote
    )
    url = f"{WDTK_NEW}{urllib.parse.quote(letter.authority_url_name)}?{query}"
    if len(url) > MAX_URL:
        raise LetterError(
            f"The letter is too long for a WhatDoTheyKnow link ({len(url)} characters, limit {MAX_URL}); "
            "copy the text into the form instead.",
            Fix("format", "text"),
        )
    return url


def render(letter: Letter, fmt: str, requester: Requester, *, today: date, to: str | None = None) -> str:
    """The letter in a send format; LetterError when that format cannot carry it."""
    if fmt == "text":
        return as_text_letter(letter)
    if fmt == "markdown":
        return as_markdown(letter)
    if fmt == "eml":
        return as_eml(letter, requester, to)
    if fmt == "json":
        return as_json(letter, requester, today)
    if fmt == "wdtk-url":
        return wdtk_url(letter) + "\n"
    raise LetterError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
