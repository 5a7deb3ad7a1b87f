"""Finishing a WrittenAnswer read from page text: what the question itself tells, members' names and parties."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from ..model import Member, WrittenAnswer
from .clean import DATE_WORDS, align_tab_rows, date_in_text, squash, strip_controls, tidy_block
from .preamble import department_from_question, house_from_question

# Party labels as the sites print them; a word after a member's name is taken as a party only if it is one.
PARTIES = (
    "Labour/Co-operative",
    "Labour (Co-op)",
    "Labour",
    "Conservative",
    "Liberal Democrat",
    "Liberal Democrats",
    "Scottish National Party",
    "SNP",
    "Crossbench",
    "Non-affiliated",
    "Bishops",
    "Bishop",
    "Green Party",
    "Green",
    "Plaid Cymru",
    "Democratic Unionist Party",
    "DUP",
    "Sinn Féin",
    "Social Democratic & Labour Party",
    "Social Democratic and Labour Party",
    "SDLP",
    "Alliance",
    "Reform UK",
    "Independent",
    "UKIP",
    "UK Independence Party",
    "Ulster Unionist Party",
    "UUP",
    "Speaker",
    "Lord Speaker",
    "Traditional Unionist Voice",
    "Workers Party",
    "Your Party",
    "Alba Party",
    "Change UK",
    "The Independent Group",
    "Independent Ulster Unionist",
    "Respect",
    "Conservative Independent",
    "Labour Independent",
    "Independent Labour",
)
_PARTY = re.compile(
    r"^(" + "|".join(re.escape(p) for p in sorted(PARTIES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_CANONICAL = {p.lower(): p for p in PARTIES}


def party_prefix(text: str) -> str | None:
    """The party `text` starts with ("Labour, Exampleton" → "Labour"), or None."""
    m = _PARTY.match(text.strip())
    return _CANONICAL[m.group(1).lower()] if m else None


_MEMBER_LINE = re.compile(
    r"^(?P<name>(?:(?:[A-Z][\w'’.-]*|of|de|van|le)\s+){1,7}?)(?P<party>"
    + "|".join(re.escape(p) for p in sorted(PARTIES, key=len, reverse=True))
    + r")(?:,\s*(?P<seat>[^,]{2,80}))?$"
)


def member_line(text: str) -> Member | None:
    """A line naming a member and their party, as listings print them: "Jane Smith Labour, Exampleton"."""
    m = _MEMBER_LINE.match(text.strip())
    if not m or ":" in m.group("name"):
        return None
    return member(m.group("name"), party=_CANONICAL[m.group("party").lower()])


def member(name: str | None, party: str | None = None, role: str | None = None) -> Member | None:
    name = squash(name) if name else None
    if not name:
        return None
    return Member(name=name, party=squash(party) if party else None, role=squash(role) if role else None)


# "Asked by Lord Example on 3 March 2025, Ministry of Justice." / "Answered by Lord Timpson on 17 March 2025":
# parliament.uk's newer pages (and copies of them) print label, name, date and department on one line.
_BY_LABEL = re.compile(r"^(?:Asked|Answered|Tabled)\s+by\s*:?\s*", re.IGNORECASE)
_BY_DATE = re.compile(
    rf"\s+on\s*:?\s+(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?P<date>{DATE_WORDS}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    """Who asked or answered, split from the label, date and department printed on the same line."""

    name: str
    when: date | None = None
    department: str | None = None


def byline(text: str) -> Byline:
    """ "Asked by Lord Example on 3 March 2025, Ministry of Justice." → Lord Example, 2025-03-03, Ministry
    of Justice; "Answered by: Jane Smith" → Jane Smith. Text with no label or date is the name as it is."""
    text = _BY_LABEL.sub("", squash(text))
    when = department = None
    if m := _BY_DATE.search(text):
        when = date_in_text(m.group("date"))
        rest = m.group("rest").strip(" ,.;:–—-")
        text = text[: m.start()]
        if rest.startswith("("):
            text = f"{text} {rest}"  # "Jane Smith on 3 March 2025 (Labour)": the party stays with the name
        # Only a short remainder is a department; anything longer is not a byline's tail.
        elif rest[:1].isupper() and len(rest) <= 100 and not rest.startswith("To ask"):
            department = rest
    return Byline(text.strip(" ,.;:"), when, department)


def ends_with_heading(paragraphs: list[str]) -> bool:
    """Whether the last of an answer's paragraphs is the next question's heading ("Schools: Mobile Phones")
    rather than answer text: a page listing several questions prints each one's heading right after the
    previous answer. The answer must keep at least one paragraph."""
    return len(paragraphs) >= 2 and looks_like_heading(paragraphs[-1])


def looks_like_heading(text: str) -> bool:
    """A question's heading is short and unpunctuated: "Schools: Mobile Phones", never a sentence."""
    last = text.strip()
    # "Subject: Detail" headings run long ("Ministry of Housing, Communities and Local Government: Pentland
    # Communications and Sovereign Strategy", 103 characters); other unpunctuated lines are held shorter.
    most, words = (160, 24) if ": " in last else (100, 12)
    short = len(last) <= most and len(last.split()) <= words
    return (
        0 < len(last)
        and short
        and (last[0].isupper() or last[0].isdigit())  # "10 Downing Street: Security"
        and last[-1] not in ".,;:!?…"
        and "\t" not in last
        and not last.startswith("To ask")
        and not _BY_LABEL.match(last)
    )


# A question's UIN printed after it: "… a statement. [12345]", "[HL1234]". Plain text and TheyWorkForYou also
# print it in round brackets ("(12345)"); Hansard and republished pages do not, and there a "(2019)" ends prose.
UIN_TAIL = re.compile(r"\s*\[\s*(HL\s?\d+|\d{1,7})\s*\]\s*$")
_UIN_TAIL_ANY = re.compile(r"\s*[\[(]\s*(HL\s?\d+|\d{1,7})\s*[\])]\s*$")


def split_uin_tail(text: str, round_brackets: bool = False) -> tuple[str, str | None]:
    """(text without the UIN at its end, the UIN with spaces dropped: "HL 1234" → "HL1234"), or (text, None)."""
    m = (_UIN_TAIL_ANY if round_brackets else UIN_TAIL).search(text)
    return (text[: m.start()], m.group(1).replace(" ", "")) if m else (text, None)


def _drop_uin_marks(question: str, uins: list[str]) -> str:
    """The question without its own "[HL1234]" printed inside it ("… five years [HL1234]; and what …"): a
    page's marker, not the member's words, which the letter would otherwise quote."""
    for uin in uins:
        spaced = r"\s?".join(re.escape(part) for part in re.split(r"(?<=HL)", uin) if part)
        question = re.sub(rf"\s*\[\s*{spaced}\s*\](?=\s*[;,.:]|\s|$)", "", question)
    return question.strip()


# Holding replies as pages print them, when no label says so: the answer shown is not the answer yet.
_HOLDING_REPLY = re.compile(
    r"\bwill not be possible to answer this question within the usual time period\b|"
    r"\b(?:I|we) (?:shall|will) let the (?:hon\.|right hon\.|noble) (?:Member|Lord|Baroness|Friend|Gentleman|"
    r"Lady) have (?:a|an) (?:reply|answer) as soon as possible\b|"
    r"\b(?:I|we) (?:shall|will) (?:reply|write) to the hon\. (?:Member|Gentleman|Lady) as soon as possible\b",
    re.IGNORECASE,
)


_MENU = re.compile(
    r"^(?:(?:Previous Section|Next Section|Index|Home Page|Back to top|Skip to main content|Answers?|Questions?|"
    r"Written Answers?(?: to Questions)?)\s*[|:]?\s*)+$",
    re.IGNORECASE,
)
_DAY_NAME = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?", re.IGNORECASE)
_HONORIFIC_NAME = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl|Countess)\.?\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}$"
)


def title_ok(title: str) -> bool:
    """A question's heading is never a date, a site menu, a member's name, a table row or a sentence."""
    text = title.strip()
    if not text or _MENU.match(text) or "|" in text or text.endswith((".", ":", ";", ",")):
        return False
    if _HONORIFIC_NAME.match(text):
        return False
    undated = re.sub(DATE_WORDS, "", _DAY_NAME.sub("", text), flags=re.IGNORECASE).strip(" ,.")
    return date_in_text(text) is None or len(undated) >= 4


def finish(answer: WrittenAnswer) -> WrittenAnswer:
    """Fill what the question's own words say (house, department), and clean every text field."""
    changes: dict[str, Any] = {}
    for f in fields(answer):
        value = getattr(answer, f.name)
        if isinstance(value, str):
            cleaned = strip_controls(value)
            if f.name in ("question", "answer"):
                cleaned = tidy_block(align_tab_rows(cleaned))
            else:
                cleaned = squash(cleaned.replace("\t", " ").replace("\n", " "))
            if cleaned != value:
                changes[f.name] = (
                    cleaned if cleaned or f.name in ("question", "answer", "source_format") else None
                )
    for key in ("asker", "answerer"):
        m = getattr(answer, key)
        if m is not None:
            changes[key] = member(*(strip_controls(v) if v else None for v in (m.name, m.party, m.role)))
    done = replace(answer, **changes) if changes else answer
    if done.title is not None and not title_ok(done.title):
        done.title = None
    if done.uin:
        done.question = _drop_uin_marks(done.question, [done.uin, *done.grouped_uins])
    if done.house is None:
        done.house = house_from_question(done.question)
    if not done.holding and len(done.answer) < 600 and _HOLDING_REPLY.search(done.answer):
        done.holding = True
    if done.department is None:
        # Lords questions to "Her Majesty's Government" name none; "the Leader of the House" is one
        done.department = department_from_question(done.question)
    return done
