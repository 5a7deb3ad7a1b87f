"""Quitting after deleting the draft that is open asks first: the letter is no longer saved (finding 10)."""

from __future__ import annotations

from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.screens.drafts import DraftsScreen
from tests.tui_helpers import app_for, async_test, main_screen, settle


@async_test
async def test_deleting_the_open_draft_then_quitting_asks(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not main_screen(app).dirty
        await pilot.press("f2", "d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, DraftsScreen)
        await pilot.press("escape")
        await pilot.pause()
        main = main_screen(app)
        assert main.draft is None and main.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "the letter on screen is no longer saved anywhere"
        await pilot.press("y")  # save it again
        await pilot.pause()
        assert main.draft is not None


@async_test
async def test_quitting_with_a_letter_never_saved_asks_as_the_help_says(seed_text: str) -> None:
    # The help says ctrl+q asks "if the letter is not saved"; a composed letter never saved went without a word.
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        assert main.letter is not None and main.draft is None and not main.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "quit without asking"
        await pilot.press("y")
        await settle(pilot)
        assert main.draft is not None


@async_test
async def test_quitting_after_saving_does_not_ask(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
