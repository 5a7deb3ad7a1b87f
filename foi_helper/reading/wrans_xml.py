"""ParlParse "wrans" XML (TheyWorkForYou's answersYYYY-MM-DD.xml, lordswransYYYY-MM-DD.xml), parsed safely.

    <publicwhip>
      <major-heading id="uk.org.publicwhip/wrans/2019-06-24.0.mh">Home Office</major-heading>   ← department
      <minor-heading id="uk.org.publicwhip/wrans/2019-06-24.HL16123.h">Paedophilia</minor-heading>  ← title
      <ques id="….q0" speakername="Lord Moonie"><p qnum="HL16123">To ask …</p></ques>   ← q1, q2… when grouped
      <reply id="….r0" speakername="Baroness Williams of Trafford"><p>…</p></reply>
    </publicwhip>

defusedxml refuses entity declarations and DTDs outright, so a "billion laughs" file cannot expand in memory.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date

import defusedxml
import defusedxml.ElementTree as SafeET

from ..bounded import LimitError, check_xml
from ..errors import ReadError
from ..model import Member, WrittenAnswer
from .clean import api_date, squash
from .html_text import html_to_text
from .preamble import department_from_question
from .record import finish, member

SOURCE_FORMAT = "parlparse_xml"
TWFY_URL = "https://www.theyworkforyou.com/wrans/?id={key}"
_ID_DATE = re.compile(r"/wrans/(\d{4}-\d{2}-\d{2})\.")
_ID_KEY = re.compile(r"/wrans/(\d{4}-\d{2}-\d{2}\.[^.]+)\.")


def parse(text: str) -> ET.Element:
    try:
        check_xml(text)  # reading the elements recurses as deep as they nest
    except LimitError as exc:
        raise ReadError(f"The XML is not a ParlParse file foi-helper can read ({exc}).") from None
    try:
        root: ET.Element = SafeET.fromstring(text)
        return root
    except defusedxml.DefusedXmlException:
        raise ReadError(
            "The XML declares entities or a DTD, which could make it expand without limit; "
            "it was refused (ParlParse files never need them)."
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise ReadError(
            f"The XML is broken or cut short (line {line}, column {column}): "
            "save the whole file and try again."
        ) from None


def _content(element: ET.Element) -> str:
    """The element's paragraphs (and any tables inside them) as plain text."""
    parts = [element.text or ""]
    parts += [ET.tostring(child, encoding="unicode") for child in element]
    return html_to_text("".join(parts))


def _heading(element: ET.Element) -> str | None:
    text = squash("".join(element.itertext()))
    return text or None


def _department(heading: str | None, question: str) -> str | None:
    """Newer files head each department by its name; older ones print a Hansard section in capitals
    ("HOME DEPARTMENT"), which is not a department's name: the question's opening names it better."""
    if heading is None or not heading.isupper():
        return heading
    named = department_from_question(question)
    if named:
        return named
    return heading.title().replace(" And ", " and ").replace(" Of ", " of ").replace(" For ", " for ")


@dataclass
class _Question:
    text: str
    asker: Member | None
    uin: str | None
    day: date | None


@dataclass
class _Walk:
    """The headings in force and the questions waiting for their reply, walking the file in order."""

    answers: list[WrittenAnswer] = field(default_factory=list)
    department: str | None = None
    title: str | None = None
    key: str | None = None
    pending: list[_Question] = field(default_factory=list)

    def element(self, element: ET.Element) -> None:
        if element.tag in ("major-heading", "minor-heading") and self.pending:
            self.flush(None)  # questions printed without a reply (unanswered when the file was made)
        if element.tag == "major-heading":
            self.department = _heading(element)
        elif element.tag == "minor-heading":
            self.title = _heading(element)
            m = _ID_KEY.search(element.get("id") or "")
            self.key = f"{m.group(1)}.h" if m else None
        elif element.tag == "ques":
            qnums = [q for q in (p.get("qnum") for p in element.iter("p")) if q]
            m = _ID_DATE.search(element.get("id") or "")
            self.pending.append(
                _Question(
                    _content(element),
                    member(element.get("speakername")),
                    squash(qnums[0]) if qnums else None,
                    api_date(m.group(1)) if m else None,
                )
            )
        elif element.tag == "reply":
            self.flush(element)

    def flush(self, reply: ET.Element | None) -> None:
        """The waiting questions, answered together by `reply` (grouped), or unanswered when it is None."""
        answer = _content(reply) if reply is not None else ""
        answerer = member(reply.get("speakername")) if reply is not None else None
        uins = [q.uin for q in self.pending if q.uin]
        for q in self.pending:
            self.answers.append(
                finish(
                    WrittenAnswer(
                        source_format=SOURCE_FORMAT,
                        question=q.text,
                        answer=answer,
                        title=self.title,
                        department=_department(self.department, q.text),
                        uin=q.uin,
                        date_answered=q.day if reply is not None else None,
                        asker=q.asker,
                        answerer=answerer,
                        url=TWFY_URL.format(key=self.key) if self.key else None,
                        grouped_uins=[u for u in uins if u != q.uin],
                    )
                )
            )
        self.pending.clear()


def read(text: str) -> list[WrittenAnswer]:
    root = parse(text)
    if root.tag != "publicwhip":
        raise ReadError(
            f"This XML is not a ParlParse written answers file (its root is <{root.tag}>, not <publicwhip>)."
        )
    walk = _Walk()
    for element in root:
        walk.element(element)
    if walk.pending:
        walk.flush(None)
    return walk.answers
