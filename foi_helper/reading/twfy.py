"""TheyWorkForYou written answer pages, as text copied from a browser.

A page (or a day's listing) holds, for each question:

    Paedophilia: Social Media                                        ← title
    Home Office written question – answered on 24th June 2019.       ← department and date answered
    Photo of Lord Moonie Lord Moonie Labour                          ← asker: image alt text, name, party
    To ask Her Majesty's Government what steps …                     ← question (several askers when grouped)
    Photo of Baroness Williams … The Minister of State, …            ← answerer: name, role
    The Government set out plans …                                   ← answer paragraphs
    Does this answer the above question? / Yes0 people think so …    ← site furniture, dropped
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from ..errors import ReadError
from ..model import Member, WrittenAnswer
from .clean import DATE_WORDS, date_in_text, squash
from .record import Byline, byline, ends_with_heading, finish, member, party_prefix, split_uin_tail

SOURCE_FORMAT = "theyworkforyou"
_T = TypeVar("_T")

HEADER = re.compile(
    rf"^(?P<dept>.+?)\s+written (?:question|answer)s?\s*[–—-]+\s*answered\s+(?:at\s+(?:\S+\s+)?)?on\s+"
    rf"(?P<date>{DATE_WORDS})\.?$",
    re.IGNORECASE,
)
PHOTO = re.compile(r"^Photo of\s+(.+)$")
_BYLINE = re.compile(r"^\s*Answered by\b", re.IGNORECASE)
_ASKED = re.compile(r"^Asked by\b", re.IGNORECASE)
# Where an answer ends: everything after, up to the next question's title, is the site's footer.
END = re.compile(
    r"^(?:Does this answer the above question\?|Would you like to ask a question like this yourself\?.*)$",
    re.IGNORECASE,
)
_END_MARK = "\x00end"
FURNITURE = re.compile(
    r"^(?:Alert me about debates like this|Does this answer the above question\?|(?:Yes|No)\s*\d+\s+"
    r"(?:people|person) thinks? (?:so|not)|Would you like to ask a question like this yourself\?.*|"
    r"Hide full answer|Show full answer|Share this(?: specific answer)?|Link to this.*|Tweet|Email|"
    r"Share on (?:Facebook|Twitter|X|Bluesky)|Hansard source.*|Watch this|Previous|Next|Read more|"
    r"Copy link|Print|Written Answers?|TheyWorkForYou|Menu|Search|Sign in|Join|Donate|Help us.*)$",
    re.IGNORECASE,
)


def looks_like(text: str) -> int:
    score = bylines = 0
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            score += 5
        elif _BYLINE.match(line):
            bylines += 2
        elif (
            line.startswith("Photo of ")
            or FURNITURE.match(line.strip())
            and ("people think" in line or "debates like this" in line)
        ):
            score += 1
    # Some copies print "Answered by …" under each question; parliament.uk pages score those lines too, so on
    # a page with TheyWorkForYou's header they count here as much, and a tie goes to this reader.
    return score + bylines if score >= 5 else score


def read(text: str) -> list[WrittenAnswer]:
    lines = [squash(line) for line in text.split("\n")]
    lines = [_END_MARK if END.match(line) else "" if FURNITURE.match(line) else line for line in lines]
    headers = [i for i, line in enumerate(lines) if HEADER.match(line)]
    answers: list[WrittenAnswer] = []
    for n, i in enumerate(headers):
        title_at = _previous_text(lines, i)
        end = len(lines) if n + 1 == len(headers) else _previous_text(lines, headers[n + 1])
        if end is None:
            end = headers[n + 1] if n + 1 < len(headers) else len(lines)
        m = HEADER.match(lines[i])
        assert m is not None
        found = _read_block(
            lines[i + 1 : end],
            m.group("dept"),
            date_in_text(m.group("date")),
            lines[title_at] if title_at is not None else None,
        )
        if house := _HOUSES.get(m.group("dept").lower()):
            # "House of Lords written question – answered on …": the House, not a department
            for a in found:
                a.house, a.department = house, None
        answers += found
    return answers


_HOUSES = {"house of lords": "Lords", "house of commons": "Commons"}


def _previous_text(lines: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    return j if j >= 0 and not HEADER.match(lines[j]) and lines[j] != _END_MARK else None


def _read_block(
    lines: list[str], department: str, answered: date | None, title: str | None
) -> list[WrittenAnswer]:
    """One question group: askers and their questions, then the answerer and the answer."""
    if _END_MARK in lines:
        lines = lines[: lines.index(_END_MARK)]
    segments: list[tuple[Member | None, list[str]]] = []
    speaker: Member | None = None
    body: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if PHOTO.match(line):
            if speaker is not None or body:
                segments.append((speaker, body))
            speaker, k = _speaker(lines, k)
            body = []
            continue
        if line:
            body.append(line)
        k += 1
    if speaker is not None or body:
        segments.append((speaker, body))
    questions = [s for s in segments if s[1] and s[1][0].startswith("To ask")]
    if not questions or all(speaker is None for speaker, _ in segments):
        return _read_without_photos(lines, department, answered, title)
    out: list[WrittenAnswer] = []
    groups = _groups(segments, lambda seg: bool(seg[1]) and seg[1][0].startswith("To ask"))
    for asked, after, heading in _with_headings(groups, title, lambda seg: seg[1]):
        if any(len(body) > 1 for _, body in asked[:-1]):
            # Grouped questions are one paragraph each: text after one, before the next asker, may be an
            # answer whose minister's line was lost. Pairing would be a guess, and a wrong answer is worse.
            raise ReadError(
                "The page's questions and answers could not be told apart: copy one question with its "
                "answer at a time."
            )
        answerer = after[0][0] if after else None
        answer_lines = [line for _, body in after for line in body]
        for asker, body in asked:
            question, uin = _question(body)
            out.append(_answer(question, uin, answer_lines, heading, department, answered, asker, answerer))
    return out


def _groups(items: list[_T], is_question: Callable[[_T], bool]) -> list[tuple[list[_T], list[_T]]]:
    """Items in (questions, what follows them) groups. Consecutive questions with one answer after them are a
    grouped question and share it; a question after an answer starts a group of its own, so each question
    gets its own answer and never its neighbour's. Items before the first question are dropped."""
    groups: list[tuple[list[_T], list[_T]]] = []
    for item in items:
        if is_question(item):
            if groups and not groups[-1][1]:
                groups[-1][0].append(item)
            else:
                groups.append(([item], []))
        elif groups:
            groups[-1][1].append(item)
    return groups


def _with_headings(
    groups: list[tuple[list[_T], list[_T]]], title: str | None, lines_of: Callable[[_T], list[str]]
) -> list[tuple[list[_T], list[_T], str | None]]:
    """Each group with its heading: the block's title for the first; for the others the heading printed at the
    end of the previous answer (taken off that answer), or none when the page printed none."""
    out: list[tuple[list[_T], list[_T], str | None]] = []
    heading = title
    for n, (asked, after) in enumerate(groups):
        following: str | None = None
        if n + 1 < len(groups) and ends_with_heading([line for item in after for line in lines_of(item)]):
            following = next(lines_of(item) for item in reversed(after) if lines_of(item)).pop()
        out.append((asked, after, heading))
        heading = following
    return out


def _answer(
    question: str,
    uin: str | None,
    answer_lines: list[str],
    title: str | None,
    department: str,
    answered: date | None,
    asker: Member | None,
    answerer: Member | None,
) -> WrittenAnswer:
    return finish(
        WrittenAnswer(
            source_format=SOURCE_FORMAT,
            question=question,
            answer="\n\n".join(answer_lines),
            title=title,
            department=department,
            date_answered=answered,
            asker=asker,
            answerer=answerer,
            uin=uin,
        )
    )


def _question(body: list[str]) -> tuple[str, str | None]:
    return split_uin_tail("\n\n".join(body), round_brackets=True)


def _speaker(lines: list[str], k: int) -> tuple[Member | None, int]:
    """A "Photo of NAME NAME REST" line (or "Photo of NAME" / "NAME" / "REST" lines) as a Member."""
    words = PHOTO.match(lines[k]).group(1).split(" ")  # type: ignore[union-attr]
    for size in range(len(words) // 2, 0, -1):
        if words[:size] == words[size : 2 * size]:
            name, rest = " ".join(words[:size]), " ".join(words[2 * size :])
            return _member_with_rest(name, rest), k + 1
    # Some browsers put the image's alt text, the name and the party or role on lines of their own.
    name = " ".join(words)
    k += 1
    while k < len(lines) and not lines[k]:
        k += 1
    if k < len(lines) and lines[k] == name:
        k += 1
        while k < len(lines) and not lines[k]:
            k += 1
        if (
            k < len(lines)
            and not lines[k].startswith("To ask")
            and len(lines[k]) < 160
            and (party_prefix(lines[k]) or _is_role(lines[k]))
        ):
            return _member_with_rest(name, lines[k]), k + 1
    return member(name), k


def _is_role(text: str) -> bool:
    return bool(
        re.match(
            r"^(?:The |Shadow |Minister|Parliamentary|Secretary|Under-Secretary|Lord[s]? in Waiting|"
            r"Baroness in Waiting|Chancellor|Solicitor|Attorney|Leader|Chief|Deputy|Financial|"
            r"Exchequer|Paymaster|Advocate|Spokesperson|Chair)",
            text,
        )
    )


def _member_with_rest(name: str, rest: str) -> Member | None:
    party = party_prefix(rest) if rest else None
    if party and not _is_role(rest):
        return member(name, party=party)
    return member(name, role=rest or None)


@dataclass
class _Para:
    """A paragraph of a copy without photos, with who asked it when it is a question under an "Asked by …"."""

    lines: list[str]
    asker: Member | None = None
    tabled: date | None = None


def _read_without_photos(
    lines: list[str], department: str, answered: date | None, title: str | None
) -> list[WrittenAnswer]:
    """A copy that lost the "Photo of" lines: each "To ask" paragraph (consecutive ones grouped), an optional
    speaker line, the answer, and before the next question its heading."""
    body: list[_Para] = []
    asked_by: Byline | None = None
    previous = ""
    for line in lines:
        wrapped, previous = previous, line
        if (line and wrapped and body and body[-1].lines[0].startswith("To ask") and line[:1].islower()
                and not body[-1].lines[0].rstrip().endswith((".", "?", "]", ")"))):
            body[-1].lines[0] += " " + line  # a question hard-wrapped in the copy goes on on the next line
            continue
        if _ASKED.match(line):
            asked_by = byline(line)  # "Asked by Jane Smith on …": not answer text, the next question's asker
        elif line.startswith("To ask") and asked_by is not None:
            body.append(_Para([line], member(asked_by.name), asked_by.when))
            asked_by = None
        elif line:
            body.append(_Para([line]))
    groups = _groups(body, lambda para: para.lines[0].startswith("To ask"))
    out: list[WrittenAnswer] = []
    for asked, after, heading in _with_headings(groups, title, lambda para: para.lines):
        rest = [para.lines[0] for para in after if para.lines]
        answerer = None
        if rest and len(rest[0]) < 200 and not rest[0].rstrip().endswith((".", ":", "?")):
            answerer = _speaker_line(rest.pop(0))
        for para in asked:
            question, uin = _question(para.lines)
            found = _answer(question, uin, rest, heading, department, answered, para.asker, answerer)
            found.date_tabled = para.tabled
            out.append(found)
    return out


def _speaker_line(text: str) -> Member | None:
    """ "Answered by Catherine McKinnell", "Catherine McKinnell (Parliamentary Under-Secretary of State for
    Education)" or "Baroness Vere of Norbiton The Parliamentary Under-Secretary …" as a Member."""
    name = byline(text).name
    if m := re.match(r"^([^()]+?)\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)$", name):
        return member(m.group(1), role=m.group(2))
    name, _, role = name.partition(" The ")
    return member(name, role=f"The {role}" if role else None)
