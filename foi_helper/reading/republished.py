"""Sites that republish written questions (Parallel Parliament and the like), one block per question:

    Written Question
    Schools: Mental Health
    Monday 10th February 2020
    Asked by: Jane Smith (Labour - Exampleton)
    Question to the Department for Education:
    To ask the Secretary of State for Education, … [12345]
    Answered by Nick Gibb - Minister of State (Education)
    This question was answered on 17th February 2020
    <answer paragraphs>

The date under the heading is the day the question was tabled when the block also says when it was answered;
on listings that print no "answered on" line it is the day of the answer. A page may list many blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Member, WrittenAnswer
from .clean import date_in_text, squash
from .record import byline, ends_with_heading, finish, member, party_prefix, split_uin_tail

SOURCE_FORMAT = "republished"

_START = re.compile(r"^Written (?:Question|Parliamentary Question)s?$", re.IGNORECASE)
_ASKED_BY = re.compile(r"^Asked by:?\s*(.+?)(?:\s*\((.*)\))?$", re.IGNORECASE)
_NAME_PARTY = re.compile(r"^(.+?)(?:\s*\((.*)\))?$")  # "Jane Smith (Labour - Exampleton)"
_NAME_ROLE = re.compile(r"^(.+?)(?:\s+[–-]\s+(.+))?$")  # "Nick Gibb - Minister of State (Education)"
_QUESTION_TO = re.compile(r"^Question (?:to|for)(?: the)?\s+(.+?):?$", re.IGNORECASE)
_ANSWERED_BY = re.compile(r"^Answered by:?\s*(.+?)(?:\s+[–-]\s+(.+))?$", re.IGNORECASE)
_ANSWERED_ON = re.compile(
    r"^(?:This question was answered on|Answered on:?|Date answered:?)\s*(.+?)\.?$", re.IGNORECASE
)
_HOLDING = re.compile(
    r"^(?:A )?Holding answer (?:was )?(?:given|received)?\s*(?:on)?:?\s*(.*)$", re.IGNORECASE
)
_CORRECTED = re.compile(
    r"^(?:This answer (?:was|has been) corrected|Corrected answer|Answer corrected)\b", re.IGNORECASE
)
_ORIGINAL = re.compile(r"^(?:Original answer|Previous answer)\b", re.IGNORECASE)
_GROUPED = re.compile(r"^(?:This question was grouped with|Grouped Questions?)[^:]*:?\s*(.*)$", re.IGNORECASE)
# A question ends with its UIN or a full stop; a part "(2) …" continues it.
_QUESTION_DONE = re.compile(r"(?:[.?!]|\[\s*(?:HL\s?)?\d{1,7}\s*\])\W{0,3}$")
_PART = re.compile(r"^\(\d{1,2}\)\s")
_FURNITURE = re.compile(
    r"^(?:Source Page:.*|View (?:source|Question).*|Tweet(?: this)?|Share|Hide Answer|Show Answer|"
    r"Sign up to .*|Comment|Parallel Parliament|Department Publications.*|Question Link|Found:.*|"
    r"\(\d+ (?:years?|months?|days?|weeks?) ago\))$",
    re.IGNORECASE,
)


def looks_like(text: str) -> int:
    score = 0
    for line in text.split("\n"):
        line = line.strip()
        if _START.match(line) or _QUESTION_TO.match(line) and line.endswith(":"):
            score += 3
        elif line.startswith("Answered by ") and " - " in line:
            score += 2
    return score


def read(text: str) -> list[WrittenAnswer]:
    lines = [squash(line) for line in text.split("\n")]
    lines = [line for line in lines if line and not _FURNITURE.match(line)]
    starts = [i for i, line in enumerate(lines) if _START.match(line)] or [0]
    found: list[WrittenAnswer] = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = lines[s + 1 if _START.match(lines[s]) else s : end]
        found += _read_blocks(block)
    return found


@dataclass
class _Block:
    """What one "Written Question" block says, filled a line at a time."""

    head: list[str] = field(default_factory=list)  # the heading and the date tabled
    question: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    asker: Member | None = None
    answerer: Member | None = None
    department: str | None = None
    answered: date | None = None
    tabled: date | None = None
    holding_date: date | None = None
    corrected: bool = False
    grouped: list[str] = field(default_factory=list)
    state: str = "head"  # head → question → answer → original (a corrected answer's superseded text)

    def take(self, line: str) -> None:
        if _ASKED_BY.match(line):
            # The byline may end "on 3 March 2025, Ministry of Justice.": name, date and department apart.
            said = byline(line)
            m = _NAME_PARTY.match(said.name)
            self.asker = member(m.group(1), party=party_prefix(m.group(2) or "")) if m else None
            self.tabled = self.tabled or said.when
            self.department = self.department or said.department
        elif m := _QUESTION_TO.match(line):
            self.department = m.group(1)
        elif _ANSWERED_BY.match(line) and self.state != "original":
            said = byline(line)
            m = _NAME_ROLE.match(said.name)
            self.answerer, self.state = (member(m.group(1), role=m.group(2)) if m else None), "answer"
            self.answered = self.answered or said.when
        elif (m := _ANSWERED_ON.match(line)) and self.state != "original":
            self.answered, self.state = date_in_text(m.group(1)), "answer"
        elif m := _HOLDING.match(line):
            self.holding_date = date_in_text(m.group(1))
        elif m := _GROUPED.match(line):
            self.grouped += [g.replace(" ", "") for g in re.findall(r"HL\s?\d+|\d+", m.group(1))]
        elif _CORRECTED.match(line):
            self.corrected = True
        elif _ORIGINAL.match(line):
            self.state = "original"
        elif line.startswith("To ask") and self.state in ("head", "question"):
            self.state = "question"
            self.question.append(line)
        elif self.state == "question" and _QUESTION_DONE.search(self.question[-1]) and not _PART.match(line):
            # A copy without the "Answered by" line: the question has ended, and the answer follows.
            self.state = "answer"
            self.answer.append(line)
        elif self.state in ("head", "question", "answer"):
            getattr(self, self.state).append(line)


def _read_blocks(lines: list[str]) -> list[WrittenAnswer]:
    """The questions of one block. A question after an answer starts another (a page that did not print
    "Written Question" again): it must never be read into the previous question's answer."""
    blocks = [_Block()]
    for line in lines:
        current = blocks[-1]
        if line.startswith("To ask") and current.state in ("answer", "original") and current.answer:
            following = _Block()
            if ends_with_heading(current.answer):
                following.head.append(current.answer.pop())  # the next question's heading
            blocks.append(following)
        blocks[-1].take(line)
    return [a for a in (_finish(b) for b in blocks) if a is not None]


def _finish(block: _Block) -> WrittenAnswer | None:
    if not block.question:
        return None
    text, uin = split_uin_tail("\n\n".join(block.question))
    answered, holding_date = block.answered, block.holding_date
    tabled = block.tabled
    head_date = next((d for d in (date_in_text(h) for h in block.head) if d), None)
    if head_date is not None and answered is None and (block.answer or block.answerer):
        # Parallel Parliament's listings print one date under the heading and no "answered on" line: what the
        # answers say shows it is the day of the answer (of the holding reply, for one); over a question not
        # answered yet, it is the day it was tabled.
        answered = head_date
    elif head_date is not None and tabled is None:
        tabled = head_date
    return finish(
        WrittenAnswer(
            source_format=SOURCE_FORMAT,
            question=text,
            answer="\n\n".join(block.answer),
            title=next((h for h in block.head if date_in_text(h) is None), None),
            department=block.department,
            uin=uin,
            date_tabled=tabled,
            date_answered=answered,
            holding=holding_date is not None and (answered is None or holding_date == answered),
            holding_answer=holding_date,
            asker=block.asker,
            answerer=block.answerer,
            corrected=block.corrected,
            grouped_uins=[g for g in block.grouped if g != uin],
        )
    )
