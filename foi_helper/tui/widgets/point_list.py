"""The points of the answer: a status mark, the kind, the point, the reason, a checkbox (space toggles)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...analysis.split import breakdown_beyond
from ...labels import status_mark
from ...model import Point
from ..literal import literal

# Each mark is a badge with its own background, so it reads on the highlighted row too (red text on the blue
# highlight was 1.1:1); each pair is at least 6.5:1 (WCAG AA asks 4.5:1).
STATUS_COLOURS = {"answered": "#000000 on #5fbf5f", "partial": "#000000 on #e5c07b",
                  "unanswered": "#ffffff on #b22222", "follow_up": "#000000 on #56b6c2"}


def point_content(point: Point, included: bool) -> Content:
    mark, colour = status_mark(point.status), STATUS_COLOURS.get(point.status, "")
    box = "[x]" if included else "[ ]"
    parts: list[Content | str | tuple[str, str]] = [
        # the box carries its own mark: a click there ticks (see PointList._on_click)
        (box, "bold @box=1"), " ", (f" {mark} ", f"bold {colour}".strip()), "  ", (point.kind, "italic"),
        (f"  {point.id}", "dim"), "\n", point.text,
    ]
    extra = breakdown_beyond(point.text, point.breakdown)
    if extra:
        parts += [(f" ({extra})", "dim")]
    if point.reason:
        parts += ["\n", (point.reason, "dim italic")]
    return literal(*parts)


class PointList(OptionList):
    """Posts `Toggled` with the included ids whenever the user includes or leaves out a point."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # not in the footer: the section title says it, and the footer needs the room at 100 columns
        Binding("space", "toggle_point", "Toggle point",
                tooltip="Include the point in the letter, or leave it out",
                show=False),
    ]

    class Toggled(Message):
        def __init__(self, point_id: str, included: list[str]) -> None:
            super().__init__()
            self.point_id = point_id
            self.included = included

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.locked = ""  # why the list cannot change the letter (it was sent); "" when it can
        self.points: list[Point] = []
        self.included: set[str] = set()

    def show(self, points: list[Point], included: list[str]) -> None:
        self.points = points
        self.included = set(included)
        highlighted = self.highlighted
        self.set_options([Option(point_content(p, p.id in self.included), id=p.id) for p in points])
        if points:
            self.highlighted = min(highlighted or 0, len(points) - 1)

    def included_ids(self) -> list[str]:
        """The included points, in the order the analysis gave them."""
        return [p.id for p in self.points if p.id in self.included]

    def set_included(self, included: list[str]) -> None:
        self.show(self.points, included)

    def action_toggle_point(self) -> None:
        if self.locked:  # the letter was sent: it stays as sent
            self.notify(self.locked, severity="warning", markup=False)
            return
        if self.highlighted is None or not self.points:
            return
        point = self.points[self.highlighted]
        self.included ^= {point.id}
        self.replace_option_prompt_at_index(self.highlighted, point_content(point, point.id in self.included))
        self.post_message(self.Toggled(point.id, self.included_ids()))

    async def _on_click(self, event: events.Click) -> None:
        """A click on a point's box ticks it; on its text it only highlights the point (reading is not
        choosing). Enter and space still tick the highlighted point."""
        event.prevent_default()  # OptionList's own handler would select (tick) wherever the click fell
        clicked: int | None = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        self.highlighted = clicked
        if event.style.meta.get("@box"):
            self.action_toggle_point()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # enter on a point toggles it too: the one thing a point can do
        event.stop()
        self.action_toggle_point()
