"""The pane switcher shown when only one pane fits: which one is on screen, the key to each, a click to go."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ..literal import literal

PANES = (("points", "f5", "Points"), ("related", "f6", "Related"), ("letter", "f7", "Letter"))


class PaneBar(Static):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.counts: dict[str, str] = {}
        self.current = "points"

    def show(self, current: str) -> None:
        self.current = current
        parts: list[Content | str | tuple[str, str]] = []
        for pane, key, name in PANES:
            label = f" {key} {name}" + (f" {self.counts[pane]}" if self.counts.get(pane) else "") + " "
            style = "bold reverse" if pane == current else ""
            # the click runs the same action as the key (Content's own click meta, not markup from text)
            parts.append(literal((label, style)).stylize(f"@click=screen.show_pane('{pane}')"))
            parts.append(" ")
        self.update(literal(*parts))
