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
from .clean import DATE_WORDS, date_in_text, squash
from .layout import is_name, unglue
from .preamble import MAJESTYS_GOVERNMENT
from .record import UIN_TAIL, finish, member, split_uin_tail

SOURCE_FORMAT = "hansard"

# "13 Jul 2005 : Column 1080W", "26 Oct 2009 : Column 16Wcontinued", "25 Mar 1996 : Column: 427", "Column 268",
# and the bare "931W" / "96WA" of historic Hansard (WA: the Lords' written answers).
_COLUMN = re.compile(
    rf"^(?:(?:(?P<date>{DATE_WORDS})\s*:\s*)?Column:?\s+\d+\s*(?P<wa>W[AS]?)?\s*(?:[—–-]?\s*continued)?"
    r"|\d{1,4}\s*(?P<bare>W[AS]?))$",
    re.IGNORECASE,
)
_DEB = re.compile(rf"^(?P<house>HC|HL) Deb,?\s+(?P<date>{DATE_WORDS})(?:,?\s+vol.*)?$", re.IGNORECASE)
# "[Official Report, 21 March 2011, Vol. 525, c. 763W.]": where the answer was printed, and so its date
_OFFICIAL_REPORT = re.compile(rf"^\[?Official Report,?\s+(?P<date>{DATE_WORDS})\b[^\]]*\]?$", re.IGNORECASE)
_VOLUME = re.compile(rf"^Volume \d+:\s*debated on\s+(?:\w+day,?\s+)?(?P<date>{DATE_WORDS})$", re.IGNORECASE)
_DAY = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>{DATE_WORDS})$", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:Written Answers?(?: to Questions)?|Question|Questions|Answer|Back to top|Previous Section|"
    r"Next Section|Index|Home Page|Continue|Share|Copy link|Hansard|Skip to main content|"
    r"(?:(?:Previous Section|Next Section|Index|Home Page)\s*\|?\s*)+)$",
    re.IGNORECASE,
)
# The sites' footers: nothing after them is an answer.
_FOOTER = re.compile(
    r"^(?:Copyright ©.*|©\s*Parliamentary copyright.*|Parliamentary copyright.*|Crown copyright.*|"
    r"Licensed under the Open Parliament Licen[cs]e.*|Contains Parliamentary information licensed.*|"
    r"Prepared \d{1,2} \w+ \d{4}|House of Commons home page.*|Parliament home page.*|"
    r"search page enquiries index|Hansard 1803.2005.*)$",
    re.IGNORECASE,
)
# A speaker's name, never a label a plain page uses ("Question: To ask …", "Answer: …").
_LABELS = r"(?!(?:Q|A|Question|Answer|Reply|Response|Written question|PQ|Text|Note)\s*:)"
_NAME = rf"(?:§\s*)?(?:\d{{1,3}}\.\s+)?{_LABELS}(?P<name>[A-Z][^:§\[\]]{{1,110}}?)"
_Q_COLON = re.compile(rf"^{_NAME}:\s*(?P<q>To ask\b.*)$")
# (never a letter's "You recently asked the Secretary of State …", quoted inside an answer)
_Q_ASKED = re.compile(rf"^(?!(?:You|I|We|He|She|They|It|This|That|As)\b){_NAME}\s+asked\s+"
                      r"(?P<q>(?:the|Her|His|Mr\.? Chancellor)\b.*)$")
_A_COLON = re.compile(rf"^{_NAME}\s*(?:\[holding answer\s+(?P<h>[^\]]+)\])?\s*:\s*(?P<a>.*)$")
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
    closed: bool = False  # the answer ended; what follows belongs to no question on the page


def looks_like(text: str) -> int:
    score = 0
    for raw in unglue(text).split("\n"):
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
    lines = [squash(line) for line in unglue(text).split("\n")]
    day: date | None = None
    house: str | None = None
    lords_columns = False  # "96WA": the page is the Lords' written answers
    page_day: date | None = None  # the first date the page prints: a daily page's, for questions above it
    orphan = False  # after a column marker, text continuing an answer that is not on the page
    groups: list[_Group] = []
    recent: list[str] = []  # lines since the last answer: the heading, perhaps the asker's name
    for n, line in enumerate(lines):
        if not line or _FURNITURE.match(line):
            continue
        if _FOOTER.match(line):
            if groups:
                groups[-1].closed = True
            continue
        if m := (
            _COLUMN.match(line) or _DEB.match(line) or _DAY.match(line) or _VOLUME.match(line)
            or _OFFICIAL_REPORT.match(line)
        ):
            day = date_in_text(m.group("date")) or day
            page_day = page_day or day
            if m.groupdict().get("house"):
                house = "Commons" if m.group("house").upper() == "HC" else "Lords"
            lords_columns = lords_columns or (m.groupdict().get("bare") or m.groupdict().get("wa") or "") == "WA"
            orphan = _COLUMN.match(line) is not None
            continue
        after_column, orphan = orphan, False
        current = groups[-1] if groups else None
        start = _question_start(line)
        if start is not None:
            if current is None or current.answer or current.answerer:
                current = _Group()
                groups.append(current)
            current.questions.append(_question(start, recent, day, house))
            recent = []
        elif current is not None and current.closed:
            if not line.isupper():
                recent.append(line)  # a heading, perhaps, before the next question
        elif current is not None and not current.answer and current.answerer is None:
            following = _next_text(lines, n + 1)
            if _continues_question(current.questions[-1], line):
                _continue_question(current.questions[-1], line)
            elif current.questions[-1].asker is not None and _answerer_below(lines, n):
                pass  # "Letter of correction from …:": a page that names its speakers opens the answer with one
            elif _is_person(line) and _question_start(following) is not None:
                recent.append(line)  # the next grouped question's asker, not the answerer
            else:
                _answer_start(current, line)
        elif current is not None and not recent and not _is_heading(line, lines[n + 1 : n + 7]):
            if after_column and line[:1].islower() and current.answer and current.answer[-1].endswith("."):
                # "496W" then "re-review all material …": the rest of another answer, not this one's
                current.closed = True
            elif current.answer and line[:1].islower() and not current.answer[-1].endswith((".", ":", "?")):
                current.answer[-1] += " " + line  # a hard-wrapped line
            else:
                current.answer.append(line.removeprefix("§ "))  # the speaker's next paragraph
        elif not line.isupper():  # capitals are the department's major heading ("HOME DEPARTMENT")
            recent.append(line)
    for q in (q for g in groups for q in g.questions):
        q.day = q.day or page_day  # "25 Mar 1996 : Column: 427" printed after the first answer
    return [a for g in groups for a in _answers(g, lords_columns)]


# A question ends with its UIN or a full stop; a part "(2) …" continues it.
_QUESTION_DONE = re.compile(r"(?:[.?!]|\[\s*(?:HL\s?)?\d{1,7}\s*\]|\(\d{4,7}\))\W{0,3}$")
_PART = re.compile(r"^\(\d{1,2}\)\s")


def _continues_question(q: _Question, line: str) -> bool:
    """A line that goes on with the question: a part "(2) …", the rest of a hard-wrapped or column-split
    sentence, or the question proper after "asked the Leader of the House:"."""
    if _answer_like(line):
        return False
    return bool(_PART.match(line)) or not _QUESTION_DONE.search(q.text)


def _answerer_below(lines: list[str], n: int) -> bool:
    """Whether the answerer's line comes within the next lines, before any other question, when the line at
    `n` is not one."""
    if _answer_like(lines[n]):
        return False
    for line in itertools.islice(lines, n + 1, n + 16):
        if _question_start(line) is not None:
            return False
        if _answer_like(line):
            return True
    return False


def _answer_like(line: str) -> bool:
    """ "Name: …", "Name [holding answer …]: …", "The Minister (Name): …": an answerer's line."""
    if _ROLE_NAME.match(line) and ":" in line[:200]:
        return True
    if m := _A_COLON.match(line):
        return is_name(re.sub(r"\s*\[holding answer[^\]]*\]", "", m.group("name")))
    # a name on its own line: "Mr. Ingram", "Andrew Stunell (Hazel Grove) (LD)"
    return bool(_NAME_WORDS.match(line)) and bool(_HONORIFIC_START.match(line) or _PARTY_TAIL.search(line))


_HONORIFIC_START = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl|Countess)\b")
_PARTY_TAIL = re.compile(r"\((?:Con|Lab|LD|Lib Dem|SNP|DUP|PC|SDLP|UUP|Green|Ind|Lab/Co-op|Alliance|Reform)\)$")


def _continue_question(q: _Question, line: str) -> None:
    if _PART.match(line):
        q.text += "\n\n" + line
    elif q.text.endswith(":"):
        # "Lord Lucas asked the Leader of the House:" / "In respect of …": the question proper
        opening = q.text[:-1].rstrip()
        joiner = " " if re.search(rf"{MAJESTYS_GOVERNMENT}$", opening) else ", "
        q.text = f"{opening}{joiner}{line[:1].lower()}{line[1:]}"
    else:
        q.text += " " + line


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
    if name:
        name = re.sub(r"\s*\((?:[^()]*)\)", "", name)  # constituency and party in brackets
    if title and (labelled := _LABELLED_TITLE.match(title)):
        title = _SECTION_BEFORE.sub("", labelled.group("rest").strip())
    return _Question(text, member(name), None, title, day, house)


# A memo's labelled heading: "Title: Women and equalities Equal Opportunities: nationality", the department's
# section in sentence case before the question's own heading.
_LABELLED_TITLE = re.compile(r"^Title:\s+(?P<rest>.{3,120})$")
_SECTION_BEFORE = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+)* (?<!\band )(?<!\bof )(?<!\bfor )(?<!\bthe )(?=[A-Z][a-z]+(?: [A-Z][a-z]+)*:)"
)


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
        group.holding_date = date_in_text(m.group("h"))
        if m.group("a"):
            group.answer.append(m.group("a"))
        return
    if not line.startswith("§") and (m := _A_COLON.match(line)) and len(m.group("name").split()) <= 8:
        group.answerer = member(m.group("name"))
        group.holding_date = date_in_text(m.group("h"))
        if m.group("a").strip():
            group.answer.append(m.group("a"))
        return
    if m := _A_SECTION.match(line):
        group.holding_date = date_in_text(m.group("h"))
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


# hansard.parliament.uk prints the UIN in round brackets after the question's last word: "… the Tote. (92573)".
_ROUND_UIN = re.compile(r"(?<=[.;?:,])\s*\((\d{4,7})\)\s*$")


def _split_uins(text: str) -> tuple[str, list[str]]:
    """The question without the UINs its parts end with ("(1) … [18925]" / "(2) … [18921]"), and those UINs."""
    parts, uins = [], []
    for part in text.split("\n\n"):
        part, uin = split_uin_tail(part)
        if uin is None and (m := _ROUND_UIN.search(part)):
            part, uin = part[: m.start()], m.group(1)
        parts.append(part.rstrip())
        uins += [uin] if uin else []
    return "\n\n".join(parts), uins


def _answers(group: _Group, lords_columns: bool = False) -> list[WrittenAnswer]:
    split = [_split_uins(q.text) for q in group.questions]
    uins = [u for _, own in split for u in own]
    out = []
    for q, (text, own) in zip(group.questions, split):
        answered = q.day
        uin = own[0] if own else None
        lords = lords_columns or bool(uin and uin.startswith("HL")) or _peer_asks(q)
        out.append(
            finish(
                WrittenAnswer(
                    source_format=SOURCE_FORMAT,
                    question=text,
                    answer="\n\n".join(group.answer),
                    title=q.title,
                    house=q.house or ("Lords" if lords else None),
                    uin=uin,
                    date_answered=answered,
                    asker=q.asker,
                    answerer=group.answerer,
                    holding=group.holding_date is not None and group.holding_date == answered,
                    holding_answer=group.holding_date,
                    grouped_uins=[u for u in uins if u != uin],
                )
            )
        )
    return out


_PEER = re.compile(r"^(?:Lord|Baroness|Viscount|Viscountess|Earl|Countess|Marquess|Duke|The Lord Bishop)\b")


def _peer_asks(q: _Question) -> bool:
    """A peer asking "the Leader of the House" (not a Secretary of State) asks in the Lords."""
    name = q.asker.name if q.asker and q.asker.name else ""
    return bool(_PEER.match(name)) and not q.text.startswith("To ask the Secretary of State")
