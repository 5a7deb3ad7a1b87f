"""Small things a new user met at 80×24: the "What happened" list stays inside its dialog, each pane shows one
scrollbar, a rejected binary paste leaves the box empty, and the letter pane says it is reading meanwhile."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Select, TextArea

from foi_helper.tui.screens.record_event import RecordEventScreen
from foi_helper.tui.screens.start import PasteArea
from tests.test_tui_bytes import ELF, terminal_input
from tests.test_tui_tracking import saved_and_listed
from tests.tui_helpers import app_for, async_test, main_screen, paste, settle


@async_test
async def test_the_what_happened_list_stays_inside_its_dialog(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await saved_and_listed(pilot, app)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RecordEventScreen)
        app.screen.query_one(Select).focus()
        await pilot.press("enter")
        await settle(pilot)
        overlay = app.screen.query_one("SelectOverlay")
        dialog = app.screen.query_one(".dialog")
        assert overlay.display and overlay.region.bottom <= dialog.region.bottom - 1, (overlay.region,
                                                                                        dialog.region)


def shown_scrollbars(pane: Widget) -> int:
    return sum(1 for w in [pane, *pane.walk_children(Widget)]
               if w.display and w.show_vertical_scrollbar and w.scrollbar_size_vertical > 0)


@async_test
async def test_each_pane_shows_one_scrollbar_at_most(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        for key, pane in (("f5", "#points-pane"), ("f7", "#right")):
            await pilot.press(key)
            await settle(pilot)
            assert shown_scrollbars(main.query_one(pane)) <= 1, pane


@async_test
async def test_a_rejected_binary_paste_leaves_the_box_empty() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(PasteArea).focus()
        await paste(pilot, terminal_input(ELF))
        await settle(pilot)
        assert app.screen.query_one(PasteArea).text == "", type(app.focused)


@async_test
async def test_the_letter_pane_says_it_is_reading_before_the_analysis(seed_text: str) -> None:
    from foi_helper.reading import read_answers

    app = app_for()
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        examine = app.examine_answer
        app.examine_answer = lambda answer: None  # type: ignore[method-assign] # the analysis held back
        main = app.open_answer(seed_text, "seed.txt", read_answers(seed_text)[0])
        await pilot.pause()
        assert main.session.analysis is None
        assert "Reading" in str(main.query_one("#letter", TextArea).placeholder)
        examine(main.answer)
        await settle(pilot)
        assert "Reading" not in str(main_screen(app).query_one("#letter", TextArea).placeholder)
