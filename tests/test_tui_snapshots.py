"""How the app looks at 100×30 and 160×50 (SVG snapshots; update with `pytest --snapshot-update` after a
deliberate change, and look at the report before accepting)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.conftest import EXAMPLE
from tests.tui_helpers import app_for, settle


async def steady(pilot: Pilot[int]) -> None:
    """Workers done, cursors still: a snapshot must not depend on timing."""
    await settle(pilot)
    for widget in pilot.app.screen.query("TextArea, Input"):
        assert isinstance(widget, (TextArea, Input))
        widget.cursor_blink = False
    await pilot.pause()


def seeded() -> Any:
    return app_for(EXAMPLE.read_text(encoding="utf-8"), origin="seed.txt")


def test_start_view_100x30(snap_compare: Any) -> None:
    assert snap_compare(app_for(), terminal_size=(100, 30), run_before=steady)


def test_seed_letter_100x30(snap_compare: Any) -> None:
    assert snap_compare(seeded(), terminal_size=(100, 30), run_before=steady)


def test_seed_letter_160x50(snap_compare: Any) -> None:
    assert snap_compare(seeded(), terminal_size=(160, 50), run_before=steady)


def test_help_160x50(snap_compare: Any) -> None:
    async def open_help(pilot: Pilot[int]) -> None:
        await steady(pilot)
        await pilot.press("f1")
        await steady(pilot)

    assert snap_compare(app_for(), terminal_size=(160, 50), run_before=open_help)
