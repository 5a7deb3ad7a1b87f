"""The app as a person uses it: paste, read the points, shape the letter, copy it, save it (Pilot tests)."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.screens.picker import PickerScreen
from foi_helper.tui.screens.start import StartScreen
from foi_helper.tui.widgets.point_list import PointList
from tests.conftest import SEED, needs_shared
from tests.tui_helpers import (
    TWO_QUESTIONS,
    app_for,
    async_test,
    letter_text,
    main_screen,
    notifications,
    paste,
    settle,
)

pytestmark = needs_shared(SEED)


@pytest.fixture
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@async_test
async def test_paste_shows_points_and_letter(seed: str) -> None:
    app = app_for()
    async with app.run_test(size=(160, 50)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await paste(pilot, seed)
        main = main_screen(app)
        points = main.query_one(PointList)
        assert any("Twitter" in p.text and p.status == "unanswered" for p in points.points)
        assert points.included_ids(), "the open points start included in the letter"
        assert letter_text(app).startswith("Dear Home Office,")
        assert not main.edited and not main.dirty


@async_test
async def test_file_given_on_the_command_line_opens_loaded(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "Paedophilia: Social Media" in str(main_screen(app).query_one("#answer-header").render())
        assert "Dear Home Office," in letter_text(app)


@async_test
async def test_toggling_a_point_changes_the_letter(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        points = main.query_one(PointList)
        before, included = letter_text(app), points.included_ids()
        points.focus()
        points.highlighted = [p.id for p in points.points].index(included[0])
        await pilot.press("space")
        await settle(pilot)
        assert included[0] not in points.included_ids()
        assert main.letter is not None and included[0] not in main.letter.points
        assert letter_text(app) != before
        await pilot.press("space")
        await settle(pilot)
        assert letter_text(app) == before, "including the point again brings its item back"


@async_test
async def test_an_edited_letter_is_not_regenerated_without_asking(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        letter = main.query_one("#letter", TextArea)
        letter.focus()
        letter.move_cursor((0, 0))
        await pilot.press(*"NB ")
        await settle(pilot)
        assert main.edited and main.dirty
        points = main.query_one(PointList)
        points.focus()
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen), "regenerating an edited letter asks first"
        await pilot.press("n")
        await settle(pilot)
        assert letter_text(app).startswith("NB Dear Home Office,")
        await pilot.press("ctrl+r", "y")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Home Office,")


@async_test
async def test_copy_puts_the_letter_on_the_clipboard(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+l")
        assert app.clipboard == letter_text(app)
        assert app.clipboard.startswith("Dear Home Office,")
        assert any("clipboard" in m for m in notifications(app))


@async_test
async def test_ctrl_s_saves_a_draft_that_reopens(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        main.query_one("#letter", TextArea).insert("P.S. [HL1234] stays literal.\n", (0, 0))
        await settle(pilot)
        await pilot.press("ctrl+s")
        drafts = DraftStore.open().list()
        assert len(drafts) == 1 and drafts[0].letter.body == letter_text(app)
        assert drafts[0].answer.title == "Paedophilia: Social Media"
        assert not main.dirty
        await pilot.press("ctrl+q")  # saved: quits without asking
        await settle(pilot)
    assert app.return_code == 0


@async_test
async def test_quit_with_unsaved_changes_asks(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        main.query_one("#letter", TextArea).insert("x", (0, 0))
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main, "escape stays in the app"
        await pilot.press("ctrl+q", "y")
        await settle(pilot)
    assert len(DraftStore.open().list()) == 1, "'save draft' on quit saved it"


@async_test
async def test_autosave_follows_an_edit(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main_screen(app).query_one("#letter", TextArea).insert("edited ", (0, 0))
        await pilot.pause(0.2)
        await settle(pilot)
    # The session has ended without a save (as after a crash): its autosave is what is offered back.
    recovered = DraftStore.open().recoverable()
    assert recovered and recovered[0].letter.body.startswith("edited Dear Home Office,")


@async_test
async def test_a_page_with_several_questions_shows_the_picker() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await paste(pilot, TWO_QUESTIONS)
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert main_screen(app).answer.title == "Schools: Asbestos"


@async_test
async def test_bad_input_is_a_notification_not_a_crash() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await paste(pilot, "just some words, no question here")
        assert isinstance(app.screen, StartScreen)
        assert any("No written question was found" in m for m in notifications(app))
        assert not app.screen.query_one("#paste").loading, "the spinner stops after a failure"


@async_test
async def test_parliamentary_text_is_shown_literally() -> None:
    app = app_for()
    async with app.run_test(size=(160, 50)) as pilot:
        await paste(pilot, TWO_QUESTIONS)
        svg = app.export_screenshot()
        assert "Prisons:&#160;Staff&#160;[HL1234]" in svg or "Prisons: Staff [HL1234]" in svg
        await pilot.press("enter")
        await settle(pilot)
        assert "[HL1234]" in str(main_screen(app).query_one("#answer-header").render())
