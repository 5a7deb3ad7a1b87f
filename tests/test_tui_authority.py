"""An answer whose department is unknown: the authority dialog leads somewhere (finding 3)."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from foi_helper.tui.screens.letter_options import LetterOptionsScreen
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, settle

NO_DEPARTMENT = (
    "Prisons: Staff\n\nTo ask His Majesty's Government how many prison officers were recruited in 2023.\n\n"
    "Lord Example\n\nThe information is not held centrally.\n"
)


@async_test
async def test_an_unknown_authority_is_asked_for_and_the_dialog_completes_and_refuses_empty() -> None:
    app = app_for(NO_DEPARTMENT, "pasted text")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, LetterOptionsScreen)
        field = dialog.query_one("#authority", Input)
        assert field.placeholder.startswith("Type")  # not a grey name that looks filled in
        await pilot.press("enter")  # nothing typed: say so, and stay
        await pilot.pause()
        assert app.screen is dialog
        assert any("Type the authority" in n for n in notifications(app))
        await pilot.press(*"home of", "tab")  # tab completes, as the dialog says
        await pilot.pause()
        assert field.value == "Home Office"
        await pilot.press("enter")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Home Office,")


@async_test
async def test_cancelling_the_authority_says_how_to_choose_it() -> None:
    app = app_for(NO_DEPARTMENT, "pasted text")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LetterOptionsScreen)
        await pilot.press("escape")
        await pilot.pause()
        letter = main_screen(app).query_one("#letter", TextArea)
        assert letter.text == ""
        assert "f4" in str(letter.placeholder) and "authority" in str(letter.placeholder)
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, LetterOptionsScreen)
