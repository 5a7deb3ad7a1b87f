"""The drafts list fits the terminal, and a sent draft shows its real reply date (finding 9)."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, Static

from foi_helper.drafts import DraftStore
from foi_helper.drafts.tracking import due_phrase, next_step
from foi_helper.tui.screens.drafts import DraftsScreen
from tests.tui_helpers import TODAY, app_for, async_test, main_screen, settle


async def _saved_and_sent(pilot, app) -> str:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("ctrl+s")
    await pilot.pause()
    store = DraftStore.open()
    draft_id = store.saved_drafts()[0].id
    store.mark_sent(draft_id, TODAY - timedelta(days=7), "email")
    return draft_id


@async_test
async def test_the_drafts_list_fits_100_columns_with_whose_move_and_by_when(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        draft_id = await _saved_and_sent(pilot, app)
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftsScreen)
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert "Changed" in labels
        widths = sum(c.get_render_width(table) for c in table.columns.values())
        assert widths <= 100 - 2, f"columns {widths} wide in a 100-column terminal"
        cell = str(table.get_cell_at((0, labels.index("Whose move, by when"))))
        step = next_step(DraftStore.open().load(draft_id))
        assert step is not None and cell == f"Authority · {step.due.day} {step.due:%b %Y}"
        assert draft_id in str(screen.query_one("#drafts-note", Static).render())  # the id is still shown


@async_test
async def test_opening_a_sent_draft_gives_its_real_reply_date(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        draft_id = await _saved_and_sent(pilot, app)
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        facts = str(main_screen(app).query_one("#letter-facts", Static).render())
        assert "if sent today" not in facts
        assert due_phrase(DraftStore.open().load(draft_id), TODAY) in facts


@async_test
async def test_the_drafts_list_fits_80_columns(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await _saved_and_sent(pilot, app)
        await pilot.press("f2")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        widths = sum(c.get_render_width(table) for c in table.columns.values())
        assert widths <= 80 - 2, f"columns {widths} wide in an 80-column terminal"
        assert "Authority ·" in str(table.get_cell_at((0, 2)))
