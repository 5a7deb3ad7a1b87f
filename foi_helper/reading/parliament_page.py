"""parliament.uk written questions pages, as copied from a browser: the questions-statements site and the older
written-questions-answers listing pages.

Old listing (one record after another, "Q"/"A" markers, pop-up help text dragged along by the copy):

    Q / Asked by Scott Mann / (North Cornwall) / [N] / Close / Named Day / 'Named day' questions only occur …
    Asked on: 11 April 2019 / Department for International Trade / Trade Agreements: China / Commons
    To ask the Secretary of State for International Trade, … / A / Answered by: George Hollingbery
    Answered on: 25 April 2019 / <answer paragraphs> / Grouped Questions: 70481 | 70482

Newer detail pages: "<heading> / Question for Department for Education / UIN 12345, tabled on 10 February 2020 /
Asked by / Jane Smith / Labour, Exampleton / Question / To ask … / Answered on / 17 February 2020 / Answered by /
Nick Gibb / … / Answer / <paragraphs>", with "Holding answer received on …" and corrected answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..errors import ReadError
from ..model import Member, WrittenAnswer
from .clean import date_in_text, squash
from .record import byline, ends_with_heading, finish, member, member_line, party_prefix, split_uin_tail

SOURCE_FORMAT = "parliament_page"

_FURNITURE = re.compile(
    r"^(?:Close|Named Day|Registered Interest|\[[A-Z]\]|Expand all answers|Print selected|Show|by:|Find by:|"
    r"UIN|Showing \d+\s*-\s*\d+ out of \d+|Results per page.*|Indicates that a relevant interest has been declared\.?|"
    r"'?Named day'? questions only occur.*|.*MPs may not table more than five named day questions.*|"
    r"Unique Identifying Number\s*[–-].*|Written questions(?:, answers and statements| and answers)?|"
    r"Written questions allow Members.*|Historical written answers can be found in Hansard\.?|"
    r"Find the latest written questions and answers.*|We welcome your feedback.*|Skip to main content|"
    r"Answered|Question|Answer|Share|Print|Copy link|Back to (?:search|results).*|Withdrawn|Attachments?|"
    r"This question was answered on .*)$",
    re.IGNORECASE,
)
_ASKED_BY = re.compile(r"^Asked by:?\s*(.*)$", re.IGNORECASE)
_ASKED_ON = re.compile(r"^(?:Asked|Tabled|Date tabled)(?: on)?:?\s*(.*)$", re.IGNORECASE)
_ANSWERED_BY = re.compile(r"^Answered by:?\s*(.*)$", re.IGNORECASE)
_ANSWERED_ON = re.compile(r"^(?:Answered on|Date answered):?\s*(.*)$", re.IGNORECASE)
_QUESTION_FOR = re.compile(r"^Question (?:for|to)(?: the)?:?\s*(.+?):?$", re.IGNORECASE)
_UIN = re.compile(
    r"^(?:UIN:?\s*|Written question\s*[–-]\s*|Question UIN:?\s*)(HL\s?\d+|\d+)(?:,?\s*tabled on\s*(.+))?$",
    re.IGNORECASE,
)
_HOLDING = re.compile(r"^Holding answer (?:received|given)(?: on)?:?\s*(.*)$", re.IGNORECASE)
_CORRECTED = re.compile(
    r"^(?:Corrected answer|Answer corrected|This answer (?:has been|was) corrected|"
    r"Correct(?:ed|ing) (?:on|by)|Correction)\b",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(r"^(?:Original answer|Previous answer)\b", re.IGNORECASE)
_GROUPED = re.compile(
    r"^(?:Grouped (?:Questions?|with)|This question was grouped with)[^:]*:?\s*(.*)$", re.IGNORECASE
)
_PENDING = re.compile(r"^(?:Awaiting answer|Unanswered|Not yet answered|Answer awaited)$", re.IGNORECASE)
_HOUSE = {"commons": "Commons", "lords": "Lords", "house of commons": "Commons", "house of lords": "Lords"}
_PARENS = re.compile(r"^\((.*)\)$")
# Pages with the labels inline print the asker's party as "Member of Parliament (Labour) for Somewhere South".
_MEMBER_OF = re.compile(r"^Member of (?:Parliament|the House of Lords)\s*\(([^)]*)\)", re.IGNORECASE)


@dataclass
class _Record:
    title: str | None = None
    free: list[str] = field(default_factory=list)  # unlabelled lines before the question: department, heading
    department: str | None = None
    house: str | None = None
    uin: str | None = None
    tabled: date | None = None
    answered: date | None = None
    holding_date: date | None = None
    asker: Member | None = None
    answerer: Member | None = None
    question: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    corrected: bool = False
    grouped: list[str] = field(default_factory=list)
    state: str = "meta"  # meta → question → answer → original (a corrected answer's superseded text)


def looks_like(text: str) -> int:
    labels = (_ASKED_ON, _ANSWERED_BY, _ANSWERED_ON, _QUESTION_FOR, _UIN, _HOLDING, _GROUPED)
    score = 0
    for line in text.split("\n"):
        line = line.strip()
        if line and any(p.match(line) for p in labels):
            score += 2
    return score


def read(text: str) -> list[WrittenAnswer]:
    lines = [squash(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    records: list[_Record] = []
    current = _Record()
    k = 0
    while k < len(lines):
        line = lines[k]
        if _starts_record(lines, k, current):
            if current.question:
                records.append(current)
            following = _Record()
            # Pages without "Q" markers print the next question's heading after this answer, then "Asked by"
            # or the question itself. (The old listing's heading comes after "Q" and "Asked on": not popped.)
            starts_with = lines[k].startswith("To ask") or _ASKED_BY.match(lines[k])
            if starts_with and ends_with_heading(current.answer):
                following.title = current.answer.pop()
            current = following
            if k + 1 < len(lines) and _QUESTION_FOR.match(lines[k + 1]) and not _label(line):
                current.title = line
                k += 1
                continue
        k = _take(lines, k, current)
    if current.question:
        records.append(current)
    lost = [n for n, r in enumerate(records) if _lost_answer(r)]
    answered = len(records) - len(lost)
    if lost and (not answered or lost[0] < answered):
        _refuse_lost_answer(records[lost[0]])  # only the page's last questions can be cut short
    return [_finish(r) for r in records]


def _lost_answer(r: _Record) -> bool:
    """A record the page calls answered but whose answer was not found (cut short): kept at the end of a page
    of answers, refused when it is the only one or comes before an answered one."""
    return not (r.answer or r.holding_date is not None or (r.answered is None and r.answerer is None))


def _refuse_lost_answer(r: _Record) -> None:
    """Say the answer was not found, rather than pass on an empty answer, which later stages would take for a
    holding answer."""
    which = f"question {r.uin}" if r.uin else "the question"
    when = f" on {r.answered.day} {r.answered:%B %Y}" if r.answered else ""
    raise ReadError(
        f"The page says {which} was answered{when}, but no answer text was found on it: "
        "copy the whole page, including the answer, and try again."
    )


def _label(line: str) -> bool:
    return any(
        p.match(line)
        for p in (_ASKED_BY, _ASKED_ON, _ANSWERED_BY, _ANSWERED_ON, _QUESTION_FOR, _UIN, _HOLDING, _GROUPED)
    )


def _starts_record(lines: list[str], k: int, current: _Record) -> bool:
    """A new record starts at "Q", "Asked by", "Question for", a UIN line, or a heading above "Question for"."""
    if current.state not in ("answer", "original", "question"):
        return False
    line = lines[k]
    if line == "Q" or _QUESTION_FOR.match(line) or _UIN.match(line):
        return True
    if line.startswith("To ask") and current.state in ("answer", "original") and current.answer:
        # A question after an answer is the next record's, even with no "Q" or heading label before it: it
        # must never be read into the previous question's answer.
        return True
    if _ASKED_BY.match(line):
        # Pages with inline labels print the question before "Asked by …": it is this record's asker then.
        return current.state != "question"
    if current.state != "question" and _ASKED_ON.match(line) and not _ANSWERED_ON.match(line):
        return True
    return k + 1 < len(lines) and bool(_QUESTION_FOR.match(lines[k + 1])) and not _label(line)


def _next_value(lines: list[str], k: int, inline: str) -> tuple[str, int]:
    """A label's value: on the label's line, or (when the label stands alone) on the next line."""
    if inline:
        return inline, k + 1
    if k + 1 < len(lines) and not _label(lines[k + 1]) and not lines[k + 1].startswith("To ask"):
        return lines[k + 1], k + 2
    return "", k + 1


def _take(lines: list[str], k: int, r: _Record) -> int:
    """Read the line at `k` into `r`; returns the index of the next line to read."""
    after_label = _take_label(lines, k, r)
    if after_label is not None:
        return after_label
    after_member = _take_member(lines, k, r)
    if after_member is not None:
        return after_member
    _take_text(lines, k, r)
    return k + 1


def _take_label(lines: list[str], k: int, r: _Record) -> int | None:
    """A labelled line ("Asked by", "Answered on", "UIN …", …); None when the line carries no label."""
    line = lines[k]
    if m := _ASKED_BY.match(line):
        value, k = _next_value(lines, k, m.group(1))
        said = byline(value)
        r.tabled, r.department = r.tabled or said.when, r.department or said.department
        r.asker, k = _member(said.name, lines, k)
        return k
    if (m := _ANSWERED_ON.match(line)) and r.state != "original":
        value, k = _next_value(lines, k, m.group(1))
        r.answered, r.state = date_in_text(value), "answer"
        return k
    if (m := _ASKED_ON.match(line)) and r.state == "meta":
        value, k = _next_value(lines, k, m.group(1))
        r.tabled = date_in_text(value)
        r.free = []  # department and heading follow "Asked on" in the old layout
        return k
    if (m := _ANSWERED_BY.match(line)) and r.state != "original":
        value, k = _next_value(lines, k, m.group(1))
        said = byline(value)
        r.answered = r.answered or said.when
        r.answerer, k = _member(said.name, lines, k)
        r.state = "answer"
        return k
    if m := _HOLDING.match(line):
        value, k = _next_value(lines, k, m.group(1))
        r.holding_date = date_in_text(value)
        return k
    if m := _QUESTION_FOR.match(line):
        r.department = m.group(1)
    elif m := _UIN.match(line):
        r.uin = m.group(1).replace(" ", "")
        r.tabled = date_in_text(m.group(2)) or r.tabled
    elif m := _GROUPED.match(line):
        r.grouped += re.findall(r"HL\s?\d+|\d+", m.group(1))
    elif _CORRECTED.match(line):
        r.corrected = True
    elif _ORIGINAL.match(line) and r.state == "answer":
        r.state = "original"
    elif line == "A" and r.state == "question":
        r.state = "answer"
    elif not (_FURNITURE.match(line) or line == "Q" or _PENDING.match(line)):
        return None
    return k + 1


def _take_member(lines: list[str], k: int, r: _Record) -> int | None:
    """An unlabelled member ("Name Party, Seat", or name and party on two lines) where one is expected."""
    wants_asker = r.state == "meta" and r.asker is None
    wants_answerer = r.state == "answer" and r.answerer is None and not r.answer
    if not (wants_asker or wants_answerer):
        return None
    found: tuple[Member | None, int] | None = None
    if one_line := member_line(lines[k]):
        found = (one_line, k + 1)
    else:
        found = _name_then_party(lines, k)
    if found is None:
        return None
    if wants_asker:
        r.asker = found[0]
    else:
        r.answerer = found[0]
    return found[1]


def _take_text(lines: list[str], k: int, r: _Record) -> None:
    """Unlabelled text: the heading, department and house before the question, the question, the answer."""
    line = lines[k]
    if r.state == "meta" and r.title is None and k + 1 < len(lines) and _QUESTION_FOR.match(lines[k + 1]):
        r.title = line  # the newer pages print the heading above "Question for …"
    elif r.state == "meta" and line.startswith("To ask"):
        r.state = "question"
        r.question.append(line)
    elif r.state == "meta":
        if line.lower() in _HOUSE:
            r.house = _HOUSE[line.lower()]
        elif not _PARENS.match(line):
            r.free.append(line)
    elif r.state == "question":
        r.question.append(line)
    elif r.state == "answer":
        r.answer.append(line)


_PERSON = re.compile(r"^(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|le)){1,6}$")


def _name_then_party(lines: list[str], k: int) -> tuple[Member | None, int] | None:
    """A name on its own line with the party (and seat) on the next, as the newer pages lay members out."""
    if k + 1 >= len(lines) or not _PERSON.match(lines[k]) or _label(lines[k]):
        return None
    party = party_prefix(lines[k + 1])
    if party is None or len(lines[k + 1]) > 100 or lines[k + 1].startswith("To ask"):
        return None
    return _member(lines[k], lines, k + 1)


def _member(value: str, lines: list[str], k: int) -> tuple[Member | None, int]:
    """ "Name (Party - Constituency)", or "Name" with "(Constituency)" or "Party, Constituency" on the next line."""
    party = role = None
    inline = re.match(r"^(.*?)\s*\((.*)\)$", value)
    if inline:
        value, party = inline.group(1), party_prefix(inline.group(2))
    elif k < len(lines) and (m := _PARENS.match(lines[k]) or _MEMBER_OF.match(lines[k])):
        party = party_prefix(m.group(1))
        k += 1
    elif k < len(lines) and party_prefix(lines[k]) and len(lines[k]) < 100 and not _label(lines[k]):
        party = party_prefix(lines[k])
        k += 1
    if (
        k < len(lines)
        and re.match(
            r"^(?:Minister|Parliamentary|Secretary|The |Lord[s]? in Waiting|Baroness in "
            r"Waiting|Chancellor|Solicitor|Attorney|Leader|Financial|Exchequer)",
            lines[k],
        )
        and len(lines[k]) < 160
        and not lines[k].startswith("To ask")
        # A role is a title, never a sentence: "The number of hearings … was not recorded." is the answer.
        and not lines[k].rstrip().endswith((".", "?", "!"))
    ):
        role = lines[k]
        k += 1
    flipped = re.match(r"^([^,]+),\s*([^,]+)$", value)
    if flipped and len(flipped.group(2).split()) <= 3:
        value = f"{flipped.group(2)} {flipped.group(1)}"  # "Smith, Jane" → "Jane Smith"
    return member(value, party=party, role=role), k


def _finish(r: _Record) -> WrittenAnswer:
    free = r.free[-2:]
    heading = r.title
    department = r.department
    if department is None and len(free) == 2:
        department, heading = free[0], heading or free[1]
    elif (
        department is None
        and len(free) == 1
        and re.search(
            r"^(?:Department|Ministry|Office|Cabinet|Treasury|HM )|(?:Office|Commission|Commissioners|Treasury|"
            r"Department)$",
            free[0],
        )
    ):
        department = free[0]
    elif heading is None and len(free) >= 1:
        heading = free[-1]
    holding = r.holding_date is not None and (r.answered is None or r.holding_date == r.answered)
    uin = r.uin
    if heading and uin is None:
        heading, uin = split_uin_tail(heading)  # "Prisons: Drugs [HL1234]": the heading carries the UIN
    return finish(
        WrittenAnswer(
            source_format=SOURCE_FORMAT,
            question="\n\n".join(r.question),
            answer="\n\n".join(r.answer),
            title=heading,
            department=department,
            house=r.house,
            uin=uin,
            date_tabled=r.tabled,
            date_answered=r.answered,
            holding=holding,
            holding_answer=r.holding_date,
            asker=r.asker,
            answerer=r.answerer,
            corrected=r.corrected,
            grouped_uins=[g.replace(" ", "") for g in r.grouped if g.replace(" ", "") != uin],
            url=_url(uin, r.tabled),
        )
    )


_DETAIL = "https://questions-statements.parliament.uk/written-questions/detail"


def _url(uin: str | None, tabled: date | None) -> str | None:
    if uin and tabled:
        return f"{_DETAIL}/{tabled.isoformat()}/{uin}"
    return None
