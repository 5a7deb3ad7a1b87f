"""Plain text: a question beginning "To ask …", then its answer, with no site furniture at all.

Several questions may follow one another ("To ask … / answer / To ask … / answer"); consecutive "To ask"
paragraphs with one answer after them are a grouped question and share it.
"""

from __future__ import annotations

import re

from ..model import WrittenAnswer
from .clean import squash
from .record import ends_with_heading, finish, looks_like_heading, split_uin_tail

SOURCE_FORMAT = "plain"
QUESTION_START = re.compile(
    r"^\s*(?:\d+\.\s+|Q\d*[.:]?\s+|Question:?\s+|(?P<uin>\[\s*(?:HL\s?)?\d{1,7}\s*\])\s*)?"
    r"(To ask\b.*)$",
    re.IGNORECASE,
)
UIN_HEAD = re.compile(r"^\[\s*(HL\s?\d+|\d{1,7})\s*\]\s*")
LABEL = re.compile(r"^(?:Answer|A|Reply|Response)\s*[:.]\s*|^(?:Answer|Reply|Response)$", re.IGNORECASE)


def looks_like(text: str) -> int:
    return 1 if any(QUESTION_START.match(line) for line in text.split("\n")) else 0


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs (blank-line separated); a line that starts "To ask" starts a paragraph of its own."""
    out: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = squash(raw)
        if not line or QUESTION_START.match(line):
            if current:
                out.append(_join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        out.append(_join(current))
    return out


def _join(lines: list[str]) -> str:
    """Hard-wrapped lines become one paragraph; rows of a tab-separated table stay rows."""
    if any("\t" in line for line in lines):
        return "\n".join(lines)
    return " ".join(lines)


def read(text: str) -> list[WrittenAnswer]:
    paras = paragraphs_of(text)
    answers: list[WrittenAnswer] = []
    pending: list[str] = []  # questions waiting for their answer
    body: list[str] = []
    title: str | None = None  # the heading printed above the pending questions
    before: str | None = None  # the paragraph before the first question
    for para in paras + ["To ask"]:  # a sentinel question flushes the last group
        m = QUESTION_START.match(para)
        if m:
            if pending and (body or para == "To ask"):
                # The next question's heading ends this answer on a page of several: it is that question's.
                following = body.pop() if para != "To ask" and ends_with_heading(body) else None
                answers += _group(pending, body, title)
                pending, title = [], following
            elif not pending and not answers and before is not None and looks_like_heading(before):
                title = before
            body = []
            if para != "To ask":
                pending.append((m.group("uin") or "") + m.group(2))
        elif pending and LABEL.sub("", para):
            body.append(LABEL.sub("", para))
        elif not pending:
            before = para
    return answers


def _group(questions: list[str], body: list[str], title: str | None) -> list[WrittenAnswer]:
    """Questions printed together before one answer: each gets the answer and the others' UINs."""
    split = [_split_uin(q) for q in questions]
    uins = [uin for _, uin in split if uin]
    return [
        finish(
            WrittenAnswer(
                source_format=SOURCE_FORMAT,
                question=q,
                answer="\n\n".join(body),
                title=title,
                uin=uin,
                grouped_uins=[u for u in uins if u != uin],
            )
        )
        for q, uin in split
    ]


def _split_uin(question: str) -> tuple[str, str | None]:
    if m := UIN_HEAD.match(question):
        return question[m.end() :], m.group(1).replace(" ", "")
    return split_uin_tail(question, round_brackets=True)
