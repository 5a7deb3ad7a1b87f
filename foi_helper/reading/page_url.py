"""What a page's address says that its text may not: the day of the answers and the heading's slug.

    https://api.parliament.uk/historic-hansard/written-answers/2003/nov/19/illicit-arms-purchases
    https://publications.parliament.uk/pa/cm199192/cmhansrd/1992-03-05/Writtens-5.html
    https://publications.parliament.uk/pa/cm199596/cmhansrd/vo960325/text/60325w10.htm
    https://hansard.parliament.uk/Commons/2007-11-26/debates/07112736000040/HospitalBedsGreaterLondon

Historic Hansard pages print neither date nor heading: both are only in the address. The address is the
user's (given with the page, or as a line of its own at the top or bottom of the pasted text); nothing is
fetched from it. What the text says always wins over what the address says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import WrittenAnswer
from .clean import MONTH_NUMBERS

_HISTORIC = re.compile(
    r"historic-hansard/(?P<kind>written[-_]answers|lords|commons)/(?P<y>\d{4})/(?P<m>[a-z]{3})/(?P<d>\d{1,2})"
    r"(?:/(?P<slug>[a-z0-9-]+))?",
    re.IGNORECASE,
)
_CMHANSRD_DAY = re.compile(r"/pa/(?P<h>cm|ld)\d{6}/\w+/(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)/", re.IGNORECASE)
_CMHANSRD_VO = re.compile(r"/pa/(?P<h>cm|ld)\d{6}/\w+/(?:vo|cm|ld)(?P<y>\d\d)(?P<m>\d\d)(?P<d>\d\d)/", re.IGNORECASE)
_MODERN = re.compile(r"hansard\.parliament\.uk/(?P<h>Commons|Lords)/(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)/")
_LINE_URL = re.compile(r"^\s*(https?://\S+)\s*$")


@dataclass(frozen=True)
class PageFacts:
    day: date | None = None
    title: str | None = None
    house: str | None = None


def facts(url: str) -> PageFacts:
    """The day, heading and House a page's address names (each None when it names none)."""
    if m := _HISTORIC.search(url):
        day = _day(int(m.group("y")), MONTH_NUMBERS.get(m.group("m").lower()), int(m.group("d")))
        house = {"lords": "Lords", "commons": "Commons"}.get(m.group("kind").lower())
        return PageFacts(day, _title(m.group("slug")), house)
    for pattern in (_CMHANSRD_DAY, _CMHANSRD_VO):
        if m := pattern.search(url):
            year = int(m.group("y"))
            year += 0 if year > 99 else (1900 if year >= 50 else 2000)
            house = "Commons" if m.group("h").lower() == "cm" else "Lords"
            return PageFacts(_day(year, int(m.group("m")), int(m.group("d"))), None, house)
    if m := _MODERN.search(url):
        return PageFacts(_day(int(m.group("y")), int(m.group("m")), int(m.group("d"))), None, m.group("h"))
    return PageFacts()


def _day(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month, day) if month else None
    except ValueError:
        return None


def _title(slug: str | None) -> str | None:
    """ "illicit-arms-purchases" → "Illicit Arms Purchases"; "correspondence-4" → "Correspondence"."""
    if not slug:
        return None
    words = [w for w in re.sub(r"-\d+$", "", slug).split("-") if w]
    small = {"and", "of", "the", "in", "on", "for", "to", "a", "an", "at", "by", "with"}
    out = [w if n and w in small else w[:1].upper() + w[1:] for n, w in enumerate(words)]
    return " ".join(out) or None


def address_line(text: str) -> tuple[str, str | None]:
    """The text without a line at its top or bottom that is only a web address, and that address."""
    lines = text.split("\n")
    for index in (0, -1):
        nonblank = [n for n, line in enumerate(lines) if line.strip()]
        if not nonblank:
            break
        at = nonblank[index]
        if m := _LINE_URL.match(lines[at]):
            del lines[at]
            return "\n".join(lines), m.group(1)
    return text, None


def apply(answers: list[WrittenAnswer], url: str) -> None:
    """Fill what the page's text left unknown from its address: day answered, heading, House, the address."""
    found = facts(url)
    for a in answers:
        if a.source_format == "parliament_api":
            continue  # an API record says all of it itself
        a.url = a.url or url
        if a.date_answered is None and found.day is not None and a.source_format == "hansard":
            a.date_answered = found.day
        if a.title is None and found.title is not None and len(answers) == 1:
            a.title = found.title
        if a.house is None and found.house is not None:
            a.house = found.house
