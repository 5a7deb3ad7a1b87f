"""ParlParse / TheyWorkForYou "wrans" XML (answersYYYY-MM-DD.xml, lordswransYYYY-MM-DD.xml) → Records.

Layout (SOURCE.md): `<major-heading>` names the department, `<minor-heading id="…/wrans/DATE.UIN.h">` the
title; then one `<ques>` per question (q0, q1… when grouped) and the `<reply>` that answers them all.
The XML carries no API id, so a record's id is derived from its ParlParse id (negative, so it can never
collide with the API's positive ids) and stays the same on every re-import.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..bounded import LimitError, check_xml
from ..errors import CorpusError
from .records import Record
from .text import addressee

if TYPE_CHECKING:
    from .importers import Tally

_GID = re.compile(r"wrans/(\d{4}-\d{2}-\d{2})\.([^.]+)\.")
TWFY_PAGE = "https://www.theyworkforyou.com/wrans/?id={date}.{uin}.h"


def _text(el: Element) -> str:
    paras = ["".join(p.itertext()).strip() for p in el.iter("p")]
    paras = [re.sub(r"\s+", " ", p) for p in paras if p]
    return "\n\n".join(paras) if paras else re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def stable_id(gid: str) -> int:
    return -int.from_bytes(hashlib.blake2b(gid.encode(), digest_size=7).digest(), "big") - 1


def records_from_xml(xml: str, name: str, tally: Tally) -> list[Record]:
    try:
        check_xml(xml)  # walking the elements recurses as deep as they nest
    except LimitError as exc:
        raise CorpusError(f"{name} is not ParlParse XML foi-helper can import ({exc}).") from None
    try:
        root = SafeET.fromstring(xml)
    except DefusedXmlException:
        # defusedxml's exceptions print as reprs ("EntitiesForbidden(name='lol', …)"): say what it means.
        raise CorpusError(
            f"{name} declares XML entities or a DTD, which could make it expand without limit, "
            "so it was not imported (ParlParse files never need them)."
        ) from None
    except SafeET.ParseError as exc:
        raise CorpusError(f"{name} is not readable ParlParse XML ({exc}).") from None
    lords = name.lower().startswith("lords")
    out: list[Record] = []
    department = heading = None
    pending: list[tuple[str, Element]] = []
    for el in root:
        if el.tag == "major-heading":
            department, pending = _text(el) or None, []
        elif el.tag == "minor-heading":
            heading, pending = _text(el) or None, []
        elif el.tag == "ques":
            pending.append((el.get("id") or "", el))
        elif el.tag == "reply":
            out += _records(pending, el, department, heading, lords, name, tally)
            pending = []
    # Questions with no reply in the file are still records, unanswered.
    return out + _records(pending, None, department, heading, lords, name, tally)


def _records(
    pending: list[tuple[str, Element]],
    reply: Element | None,
    department: str | None,
    heading: str | None,
    lords: bool,
    name: str,
    tally: Tally,
) -> list[Record]:
    answer = _text(reply) if reply is not None else ""
    answerer = reply.get("speakername") if reply is not None else None
    out: list[Record] = []
    for gid, ques in pending:
        record = _record(gid, ques, answer, answerer, department, heading, lords)
        if record is None:
            tally.bad(f"{name}:{gid or 'ques'}")
        else:
            out.append(record)
    return out


def _record(
    gid: str,
    ques: Element,
    answer: str,
    answerer: str | None,
    department: str | None,
    heading: str | None,
    lords: bool,
) -> Record | None:
    m = _GID.search(gid)
    question = _text(ques)
    if not m or not question:
        return None
    day = m.group(1)
    qnum = next((p.get("qnum") for p in ques.iter("p") if p.get("qnum")), None) or m.group(2)
    house = "Lords" if lords or qnum.upper().startswith("HL") else "Commons"
    return Record(
        id=stable_id(gid),
        question=question,
        answer=answer or None,
        uin=qnum,
        house=house,
        date_answered=day,
        department=department,
        addressee=addressee(question),
        heading=heading,
        asker=ques.get("speakername"),
        answerer=answerer,
        url=TWFY_PAGE.format(date=day, uin=m.group(2)),
    )
