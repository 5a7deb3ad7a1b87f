"""The answer's header: title, department, house, dates, asker, answerer, UIN; unknown fields are marked."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import Static

from ...labels import member_display
from ...model import Member, WrittenAnswer
from ..literal import literal

UNKNOWN = "?"  # marked, never guessed


def _member(member: Member | None) -> str:
    return member_display(member, UNKNOWN)


def _date(value: date | None) -> str:
    return value.isoformat() if value else UNKNOWN


def header_content(answer: WrittenAnswer, origin: str | None = None) -> Content:
    def field(label: str, value: str) -> Content:
        style = "dim italic" if value == UNKNOWN else ""
        return literal((f"{label} ", "dim"), (value, style), "   ")

    title = answer.title or "Untitled written question"
    if answer.holding:
        title += "  (holding answer)"
    parts: list[Content | str | tuple[str, str]] = [
        (title, "bold"),
        (f"   from {origin}" if origin else "", "dim"),
        "\n",
        field("Department", answer.department or UNKNOWN),
        field("House", answer.house or UNKNOWN),
        field("UIN", answer.uin or UNKNOWN),
        field("Tabled", _date(answer.date_tabled)),
        field("Answered", _date(answer.date_answered)),
        "\n",
        field("Asked by", _member(answer.asker)),
        field("Answered by", _member(answer.answerer)),
    ]
    return literal(*parts)


class AnswerHeader(Static):
    def show(self, answer: WrittenAnswer, origin: str | None = None) -> None:
        self.update(header_content(answer, origin))
