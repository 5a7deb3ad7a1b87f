"""Hansard written answers: daily pages (several questions a page, column markers) and hansard.parliament.uk text.

    13 Jul 2005 : Column 1080W                                  ← column marker (dropped; gives the date)
    Identity Cards                                               ← heading
    Mr. Hoban: To ask the Secretary of State for … scheme. [10234]   ← asker, question, UIN
    Andy Burnham [holding answer 7 July 2005]: The estimated …  ← answerer, answer

Older volumes print "§ Mr. Dalyell asked the Secretary of State for Defence what …" and "§ The Minister of
State (Mr. Archie Hamilton) I refer …"; the Lords print "[HL1234]" UINs. Questions printed one after another
before a single reply were answered together (grouped).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Member, WrittenAnswer
from .clean import DATE_WORDS, parse_date, squash
from .preamble import MAJESTYS_GOVERNMENT
from .record import UIN_TAIL, finish, member, split_uin_tail

SOURCE_FORMAT = "hansard"

_COLUMN = re.compile(rf"^(?:(?P<date>{DATE_WORDS})\s*:\s*)?Column\s+\d+\s*W[AS]?$", re.IGNORECASE)
_DEB = re.compile(rf"^(?P<house>HC|HL) Deb,?\s+(?P<date>{DATE_WORDS})(?:,?\s+vol.*)?$", re.IGNORECASE)
_VOLUME = re.compile(rf"^Volume \d+:\s*debated on\s+(?:\w+day,?\s+)?(?P<date>{DATE_WORDS})$", re.IGNORECASE)
_DAY = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>{DATE_WORDS})$", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:Written Answers?(?: to Questions)?|Question|Questions|Back to top|Previous Section|"
    r"Next Section|Index|Home Page|Continue|Share|Copy link|Hansard)$",
    re.IGNORECASE,
)
# A speaker's name, never a label a plain page uses ("Question: To ask …", "Answer: …").
_LABELS = r"(?!(?:Q|A|Question|Answer|Reply|Response|Written question|PQ|Text|Note)\s*:)"
_NAME = rf"(?:§\s*)?{_LABELS}(?P<name>[A-Z][^:§\[\]]{{1,110}}?)"
_Q_COLON = re.compile(rf"^{_NAME}:\s*(?P<q>To ask\b.*)$")
_Q_ASKED = re.compile(rf"^{_NAME}\s+asked\s+(?P<q>(?:the|Her|His)\b.*)$")
_A_COLON = re.compile(rf"^{_NAME}\s*(?:\[holding answer\s+(?P<h>[^\]]+)\])?\s*:\s*(?P<a>\S.*)$")
_A_SECTION = re.compile(r"^§\s*(?:\[holding answer\s+(?P<h>[^\]]+)\]\s*)?(?P<rest>.+)$")
_ROLE_NAME = re.compile(
    r"^(?P<role>The [^()]{3,150}?)\s*\((?P<name>[^()]{3,60})\)\s*(?:\[holding answer\s+"
    r"(?P<h>[^\]]+)\])?\s*:?\s*(?P<a>.*)$"
)
_HONORIFIC = re.compile(
    r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl|Countess|"
    r"Marquess|Duke|The Earl of|The Lord|Rev|Professor)\.?(?:\s+(?:[A-Z][\w'’.-]*|of|and|"
    r"de|la|van))*?)\s+(?P<a>(?:I|The|This|It|In|My|We|Our|There|No|Yes|As|A|An|Information|"
    r"Figures|Details|Data|Since|All|Following|Under|On|At|Such|These|Those|Officials|"
    r"Ministers|Government|Decisions|Responsibility|Discussions|Each|Every|Table)\b.*)$"
)
_NAME_WORDS = re.compile(
    r"^(?:§\s*)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|de|la|van|the|\([^)]*\)))*$"
)


@dataclass
class _Question:
    text: str
    asker: Member | None
    uin: str | None
    title: str | None
    day: date | None
    house: str | None


@dataclass
class _Group:
    questions: list[_Question] = field(default_factory=list)
    answerer: Member | None = None
    holding_date: date | None = None
    answer: list[str] = field(default_factory=list)


def looks_like(text: str) -> int:
    score = 0
    for raw in text.split("\n"):
        line = squash(raw)
        if (
            _COLUMN.match(line)
            or _DEB.match(line)
            or _VOLUME.match(line)
            or line.startswith("§")
            or "[holding answer" in line
            or _Q_COLON.match(line)
            or _Q_ASKED.match(line)
        ):
            score += 2
        elif line.startswith("To ask") and UIN_TAIL.search(line):
            score += 1
    return score


def _question_start(line: str) -> tuple[str | None, str] | None:
    if line.startswith("To ask"):
        return None, line
    if m := _Q_COLON.match(line):
        return m.group("name"), m.group("q")
    if m := _Q_ASKED.match(line):
        q = m.group("q")
        # "asked Her Majesty's Government: What steps …" → the tabled form "To ask Her Majesty's Government what …"
        q = re.sub(
            rf"^({MAJESTYS_GOVERNMENT}):\s*(\w)",
            lambda g: f"{g.group(1)} {g.group(2).lower()}",
            q,
        )
        return m.group("name"), "To ask " + q
    return None


def read(text: str) -> list[WrittenAnswer]:
    lines = [squash(line) for line in text.split("\n")]
    day: date | None = None
    house: str | None = None
    groups: list[_Group] = []
    recent: list[str] = []  # lines since the last answer: the heading, perhaps the asker's name
    for n, line in enumerate(lines):
        if not line or _FURNITURE.match(line):
            continue
        if m := _COLUMN.match(line) or _DEB.match(line) or _DAY.match(line) or _VOLUME.match(line):
            day = parse_date(m.group("date")) or day
            if m.groupdict().get("house"):
                house = "Commons" if m.group("house").upper() == "HC" else "Lords"
            continue
        current = groups[-1] if groups else None
        start = _question_start(line)
        if start is not None:
            if current is None or current.answer or current.answerer:
                current = _Group()
                groups.append(current)
            current.questions.append(_question(start, recent, day, house))
            recent = []
        elif current is not None and not current.answer and current.answerer is None:
            following = _next_text(lines, n + 1)
            if _is_person(line) and _question_start(following) is not None:
                recent.append(line)  # the next grouped question's asker, not the answerer
            else:
                _answer_start(current, line)
        elif current is not None and not recent and not _is_heading(line, lines[n + 1 : n + 7]):
            current.answer.append(line)
        elif not line.isupper():  # capitals are the department's major heading ("HOME DEPARTMENT")
            recent.append(line)
    return [a for g in groups for a in _answers(g)]


def _next_text(lines: list[str], k: int) -> str:
    """The first line from `k` on that is neither blank nor furniture ("" if none). Walks the list in place:
    copying the rest of the page for each line made a 15 MB paste take minutes (quadratic in its lines)."""
    for x in itertools.islice(lines, k, None):
        if x and not _FURNITURE.match(x):
            return x
    return ""


def _question(
    start: tuple[str | None, str], recent: list[str], day: date | None, house: str | None
) -> _Question:
    name, text = start
    title = recent[-1] if recent else None
    if name is None and recent and _is_person(recent[-1]):
        # hansard.parliament.uk prints the asker's name ("Mr Mark Hoban (Fareham) (Con)") on its own line.
        name, title = recent[-1], recent[-2] if len(recent) > 1 else None
    text, uin = split_uin_tail(text)
    if name:
        name = re.sub(r"\s*\((?:[^()]*)\)", "", name)  # constituency and party in brackets
    return _Question(text, member(name), uin, title, day, house)


def _is_person(line: str) -> bool:
    return bool(_NAME_WORDS.match(line)) and (
        "(" in line
        or bool(
            re.match(
                r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl|Countess|Marquess|Duke|Rev)\b",
                line,
            )
        )
    )


def _is_heading(line: str, rest: list[str]) -> bool:
    """A short line without a full stop, followed (after furniture) by a question, starts the next item.
    `rest` is the next six lines only: a slice of the whole rest of the page per line was quadratic."""
    if len(line) > 120 or line.endswith((".", ":", ";", ",")):
        return False
    for nxt in rest[:6]:
        if not nxt or _FURNITURE.match(nxt) or _COLUMN.match(nxt):
            continue
        if _question_start(nxt) is not None:
            return True
        if _NAME_WORDS.match(nxt):
            continue  # heading, then the asker's name on its own line, then "To ask …"
        return False
    return line.isupper()


def _answer_start(group: _Group, line: str) -> None:
    """The first line after the questions: "Name: answer", "§ Name answer", or a name on its own line."""
    m = _ROLE_NAME.match(line.lstrip("§ "))
    if m:
        group.answerer = member(m.group("name"), role=m.group("role"))
        group.holding_date = parse_date(m.group("h"))
        if m.group("a"):
            group.answer.append(m.group("a"))
        return
    if not line.startswith("§") and (m := _A_COLON.match(line)) and len(m.group("name").split()) <= 8:
        group.answerer = member(m.group("name"))
        group.holding_date = parse_date(m.group("h"))
        group.answer.append(m.group("a"))
        return
    if m := _A_SECTION.match(line):
        group.holding_date = parse_date(m.group("h"))
        rest_text = m.group("rest")
        if hm := _HONORIFIC.match(rest_text):
            group.answerer = member(hm.group("name"))
            group.answer.append(hm.group("a"))
        else:
            group.answer.append(rest_text)
        return
    if _NAME_WORDS.match(line) and len(line.split()) <= 8:
        name = re.sub(r"\s*\[holding answer[^\]]*\]", "", line)
        group.answerer = member(name)
        return
    group.answer.append(line)


def _answers(group: _Group) -> list[WrittenAnswer]:
    uins = [q.uin for q in group.questions if q.uin]
    out = []
    for q in group.questions:
        answered = q.day
        out.append(
            finish(
                WrittenAnswer(
                    source_format=SOURCE_FORMAT,
                    question=q.text,
                    answer="\n\n".join(group.answer),
                    title=q.title,
                    house=q.house or ("Lords" if q.uin and q.uin.startswith("HL") else None),
                    uin=q.uin,
                    date_answered=answered,
                    asker=q.asker,
                    answerer=group.answerer,
                    holding=group.holding_date is not None and group.holding_date == answered,
                    grouped_uins=[u for u in uins if u != q.uin],
                )
            )
        )
    return out
