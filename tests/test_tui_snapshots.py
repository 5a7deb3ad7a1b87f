"""How the app looks at 80×24, 100×30 and 160×50: the paste view, the letter screen, the drafts and the keys
(SVG snapshots; update with `pytest --snapshot-update` after a deliberate change, and look at the report
before accepting)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.conftest import EXAMPLE
from tests.tui_helpers import TODAY, app_for, settle

SIZES = [(80, 24), (100, 30), (160, 50)]
SAVED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


async def steady(pilot: Pilot[int]) -> None:
    """Workers done, cursors still: a snapshot must not depend on timing."""
    await settle(pilot)
    for widget in pilot.app.screen.query("TextArea, Input"):
        assert isinstance(widget, (TextArea, Input))
        widget.cursor_blink = False
    await pilot.pause()


def seeded() -> Any:
    return app_for(EXAMPLE.read_text(encoding="utf-8"), origin="seed.txt")


def save_fixed_draft() -> None:
    """A draft of the seed with a fixed id and dates, sent a week before the tests' today."""
    from foi_helper.drafts import Draft, DraftStore
    from foi_helper.letters import compose_letter
    from foi_helper.model import Requester
    from foi_helper.pipeline import examine
    from foi_helper.reading import read_answers

    text = EXAMPLE.read_text(encoding="utf-8")
    answer = read_answers(text)[0]
    analysis = examine(answer, None).analysis
    letter = compose_letter(answer, analysis, requester=Requester(name="A Citizen", email="a@example.org"),
                            today=TODAY)
    draft = Draft.new(text, "seed.txt", answer, letter.points, letter, now=SAVED)
    draft.id = "261120-paedophilia-social-media-abcd"
    store = DraftStore.open(clock=lambda: SAVED)
    store.save(draft)
    store.mark_sent(draft.id, datetime(2026, 11, 20).date(), "email")
    store.close()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_start_view(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(app_for(), terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_seed_letter(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(seeded(), terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_seed_letter_pane(snap_compare: Any, size: tuple[int, int]) -> None:
    """f7: the letter, alone below 120 columns, focused (its border lit) at every size."""
    async def letter(pilot: Pilot[int]) -> None:
        await steady(pilot)
        await pilot.press("f7")
        await steady(pilot)

    assert snap_compare(seeded(), terminal_size=size, run_before=letter)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_drafts(snap_compare: Any, size: tuple[int, int]) -> None:
    save_fixed_draft()

    async def open_drafts(pilot: Pilot[int]) -> None:
        await steady(pilot)
        await pilot.press("f2")
        await steady(pilot)

    assert snap_compare(app_for(), terminal_size=size, run_before=open_drafts)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_help(snap_compare: Any, size: tuple[int, int]) -> None:
    async def open_help(pilot: Pilot[int]) -> None:
        await steady(pilot)
        await pilot.press("f1")
        await steady(pilot)

    assert snap_compare(seeded(), terminal_size=size, run_before=open_help)
