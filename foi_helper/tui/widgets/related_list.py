"""Earlier questions from the index: score, date, department, heading; enter shows one, c cites it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...model import Match
from ..literal import literal


def match_content(match: Match, cited: bool, referred: bool = False) -> Content:
    when = match.date_answered or match.date_tabled
    heading = match.heading or " ".join(match.question.split())[:100]
    department = match.department or "department ?"
    parts: list[Content | str | tuple[str, str]] = [
        # badges with their own background, readable on the highlighted row (see point_list.STATUS_COLOURS)
        (" ★ cite " if cited else "", "bold #000000 on #5fbf5f"), ("  " if cited else "", ""),
        (" ↪ the answer refers to it " if referred else "", "bold #000000 on #56b6c2"),
        ("  " if referred else "", ""),
        (f"{match.score:3.0f}", "bold"), "  ",
        (when.isoformat() if when else "date ?", ""), "  ",
        (heading, "bold"), "\n",
        (f"      {match.uin or 'UIN ?'} · {match.house or 'house ?'} · {department}", "dim"),
        ("\n      " + match.why if match.why else "", "italic"),
    ]
    return literal(*parts)


class RelatedList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Read the question in full", show=False),
        Binding("c", "cite", "Cite in letter (or stop citing)"),
    ]

    class Show(Message):
        """The user asked to read this match in full."""

        def __init__(self, match: Match) -> None:
            super().__init__()
            self.match = match

    class CiteToggled(Message):
        """The user asked to cite this match, or to stop citing it (the letter session decides)."""

        def __init__(self, match: Match) -> None:
            super().__init__()
            self.match = match

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.locked = ""  # why the list cannot change the letter (it was sent); "" when it can
        self.matches: list[Match] = []
        self.cited: set[int] = set()
        self.referred: set[int] = set()

    def show(self, matches: list[Match], cited: set[int] | None = None, referred: set[int] | None = None) -> None:
        self.matches = matches
        self.cited = set(cited or ())
        self.referred = set(referred or ())
        self.set_options([Option(self._content(m), id=str(m.id)) for m in matches])
        if matches:
            self.highlighted = 0  # so enter and c act at once, without a first arrow key

    def _content(self, match: Match) -> Content:
        return match_content(match, match.id in self.cited, match.id in self.referred)

    def cited_matches(self) -> list[Match]:
        return [m for m in self.matches if m.id in self.cited]

    def toggle_cite(self, index: int) -> None:
        if self.locked:  # the letter was sent: it stays as sent
            self.notify(self.locked, severity="warning", markup=False)
            return
        self.post_message(self.CiteToggled(self.matches[index]))

    def set_cited(self, cited: set[int]) -> None:
        """Mark the cited matches (★), as the letter session holds them."""
        for index, match in enumerate(self.matches):
            if (match.id in cited) != (match.id in self.cited):
                self.cited ^= {match.id}
                self.replace_option_prompt_at_index(index, self._content(match))

    def action_cite(self) -> None:
        if self.highlighted is not None and self.matches:
            self.toggle_cite(self.highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Show(self.matches[event.option_index]))
