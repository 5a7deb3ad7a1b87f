"""The Parliament Written Questions API (questions-statements-api.parliament.uk) and its JSON shapes.

A record is the API's `value` object (QuestionsViewModel; fields in ../shared/data/.../SOURCE.md). The same
function serves the reader (a pasted or saved response) and the corpus importer, so it is kept lean: the
importer runs it over up to a million records.
"""

from __future__ import annotations

from typing import Any

from ..bounded import LimitError, json_loads
from ..errors import ReadError
from ..model import Member, WrittenAnswer
from .clean import api_date, squash, strip_controls
from .html_text import html_to_text
from .preamble import department_from_question, house_from_question

SOURCE_FORMAT = "parliament_api"
PAGE_URL = "https://questions-statements.parliament.uk/written-questions/detail/{date}/{uin}"
# The list endpoint cuts questionText at 255 characters with no mark, and answerText at 255 plus "...":
# over the shared list-*.json.gz, 15,647 questions are exactly 255 long and none longer, and 19,524 answers
# are 258 long ending "...".
CLIP_LENGTH = 255


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value or None  # the usual case, with no regex work (the importer runs this a million times)
    # a one-line field (a heading, a name): a line break in it ("Bank Services: Post Offices\r\n") is a space
    cleaned = " ".join(squash(strip_controls(value)).split())
    return cleaned or None


def _html(value: Any) -> str:
    # Cleaned after the HTML is read too: an entity (&#x202E;, &#13;) becomes its character only then.
    return strip_controls(html_to_text(strip_controls(value))) if isinstance(value, str) and value else ""


def _uins(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(g) for g in value if isinstance(g, (str, int)) and not isinstance(g, bool)]


def _member(value: Any) -> Member | None:
    """A member object (with expandMember=true: name, party, memberFrom, …) as a Member; None when absent."""
    if not isinstance(value, dict):
        return None
    name = _text(value.get("name")) or _text(value.get("listAs"))
    if name is None:
        return None
    return Member(name=name, party=_text(value.get("party")), role=None)


def question_clipped(question: Any, answer: Any) -> bool:
    """Whether a record's question is the list endpoint's cut-short form rather than its full text."""
    if not isinstance(question, str) or len(question) not in (CLIP_LENGTH, CLIP_LENGTH + 3):
        return False
    if len(question) == CLIP_LENGTH + 3 and not question.endswith("..."):
        return False
    # A question exactly 255 long may be whole; the detail endpoint's answers are HTML, the list's plain text.
    return not (isinstance(answer, str) and answer.lstrip().startswith("<"))


def answer_clipped(answer: Any) -> bool:
    """Whether a record's answer is the list endpoint's cut-short form (255 characters and "...")."""
    return isinstance(answer, str) and len(answer) == CLIP_LENGTH + 3 and answer.endswith("...")


def clipped_by_list(question: Any, answer: Any) -> bool:
    """Whether a record's text is the list endpoint's cut-short form rather than the full text."""
    return answer_clipped(answer) or question_clipped(question, answer)


def written_answer_from_api(value: dict[str, Any]) -> WrittenAnswer:
    """One API `value` object as a WrittenAnswer (answerText HTML as plain text; unknown fields None)."""
    question = _html(value.get("questionText"))
    answer = _html(value.get("answerText"))
    house = value.get("house")
    house = house if house in ("Commons", "Lords") else house_from_question(question)
    department = _text(value.get("answeringBodyName")) or department_from_question(question)
    raw_uin = value.get("uin")
    uin = str(raw_uin) if isinstance(raw_uin, int) and not isinstance(raw_uin, bool) else _text(raw_uin)
    tabled = api_date(value.get("dateTabled"))
    record_id = value.get("id")
    return WrittenAnswer(
        source_format=SOURCE_FORMAT,
        question=question,
        answer=answer,
        title=_text(value.get("heading")),
        department=department,
        house=house,
        uin=uin,
        date_tabled=tabled,
        date_answered=api_date(value.get("dateAnswered")),
        url=PAGE_URL.format(date=tabled.isoformat(), uin=uin) if tabled and uin else None,
        holding=value.get("answerIsHolding") is True,
        asker=_member(value.get("askingMember")),
        answerer=_member(value.get("answeringMember")),
        corrected=value.get("answerIsCorrection") is True,
        grouped_uins=_uins(value.get("groupedQuestions")),
        record_id=record_id if isinstance(record_id, int) and not isinstance(record_id, bool) else None,
        clipped=clipped_by_list(value.get("questionText"), value.get("answerText")),
    )


def _is_question(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("questionText"), str)


def values_in(document: Any) -> list[dict[str, Any]] | None:
    """The `value` objects of a detail response, a list response, a JSON list of them, or a bare value."""
    if isinstance(document, dict):
        if _is_question(document):
            return [document]
        if _is_question(document.get("value")):
            return [document["value"]]
        if isinstance(document.get("results"), list):
            return values_in(document["results"])
        return None
    if isinstance(document, list):
        found: list[dict[str, Any]] = []
        for item in document:
            found += values_in(item) or []
        return found
    return None


def read_api_json(text: str) -> list[WrittenAnswer]:
    """Every question in an API response (detail, list, JSON list of values); ReadError if it is not one."""
    try:
        document = json_loads(text)
    except LimitError as exc:
        raise ReadError(
            f"The JSON cannot be read as an API response ({exc}): save the whole API response and try again."
        ) from None
    values = values_in(document)
    if values is None:
        raise ReadError(
            "This JSON is not a Parliament Written Questions API response (no questionText found)."
        )
    return [written_answer_from_api(v) for v in values]


def read_api_json_lines(text: str) -> list[WrittenAnswer]:
    """JSON Lines, one API `value` (or `{"value": …}`) per line, as the mySociety dataset stores them."""
    answers: list[WrittenAnswer] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            document = json_loads(line)
        except LimitError as exc:
            raise ReadError(f"Line {number} of the JSON Lines file cannot be read ({exc}).") from None
        values = values_in(document)
        if values is None:
            raise ReadError(f"Line {number} of the JSON Lines file is not a written question record.")
        answers += [written_answer_from_api(v) for v in values]
    return answers
