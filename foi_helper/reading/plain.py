"""Plain text: a question beginning "To ask …", then its answer, with no site furniture at all.

Several questions may follow one another ("To ask … / answer / To ask … / answer"); consecutive "To ask"
paragraphs with one answer after them are a grouped question and share it.
"""

from __future__ import annotations

import re

from ..model import WrittenAnswer
from .clean import squash
from .record import finish

SOURCE_FORMAT = "plain"
QUESTION_START = re.compile(r"^\s*(?:\d+\.\s+|Q\d*[.:]?\s+|Question:?\s+)?(To ask\b.*)$", re.I)
UIN_TAIL = re.compile(r"\s*[\[(]\s*(HL\s?\d+|\d{1,7})\s*[\])]\s*$")
LABEL = re.compile(r"^(?:Answer|A|Reply|Response)\s*[:.]?\s*$", re.I)


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
                out.append(" ".join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        out.append(" ".join(current))
    return out


def read(text: str) -> list[WrittenAnswer]:
    paras = paragraphs_of(text)
    answers: list[WrittenAnswer] = []
    pending: list[str] = []  # questions waiting for their answer
    body: list[str] = []
    for para in paras + ["To ask"]:  # a sentinel question flushes the last group
        m = QUESTION_START.match(para)
        if m:
            if pending and body:
                answers += [_answer(q, body) for q in pending]
                pending = []
            elif pending and para == "To ask":
                answers += [_answer(q, []) for q in pending]
            body = []
            if para != "To ask":
                pending.append(m.group(1))
        elif pending and not LABEL.match(para):
            body.append(para)
    return answers


def _answer(question: str, body: list[str]) -> WrittenAnswer:
    uin = None
    m = UIN_TAIL.search(question)
    if m:
        question, uin = question[:m.start()], m.group(1).replace(" ", "")
    return finish(WrittenAnswer(source_format=SOURCE_FORMAT, question=question, answer="\n\n".join(body), uin=uin))
