"""The app's batch: f8 (or the palette's "Batch: one letter per body") saves one draft per police force."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from foi_helper.tui.screens.batch import BatchScreen
from tests.tui_helpers import app_for, async_test, notifications, settle

KNIVES = (Path(__file__).parent / "holders_samples" / "haringey-2019-03-04.txt").read_text(encoding="utf-8")
NATIONAL = KNIVES.replace("Haringey", "England")


@async_test
async def test_f8_saves_one_draft_per_force_and_says_where() -> None:
    app = app_for(NATIONAL, "knives.txt")
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, BatchScreen)
        assert dialog.choices[0].key == "police-england-wales"  # the holder's own class first
        dialog.query_one(OptionList).focus()
        await pilot.press("enter")
        await settle(pilot)
        said = [n for n in notifications(app) if "drafts saved" in n]
        assert said and said[-1].startswith("43 drafts saved, one per body, in ")
        assert str(app.store.folder) in said[-1]
        assert len(app.store.saved_drafts()) >= 43


@async_test
async def test_the_palette_offers_the_batch() -> None:
    app = app_for(NATIONAL, "knives.txt")
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        from foi_helper.tui.commands import BindingCommands

        names = [c.help for c in BindingCommands(app.screen).commands()]
        assert "Batch · f8" in names
