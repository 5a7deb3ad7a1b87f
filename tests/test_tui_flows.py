"""The app as a person uses it: paste, read the points, shape the letter, copy it, save it (Pilot tests).

Each test is one sitting at the keyboard, so a flow is checked in the order a user meets it (and the suite
starts few apps: each costs a few hundred milliseconds).
"""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.screens.picker import PickerScreen
from foi_helper.tui.screens.start import StartScreen
from foi_helper.tui.widgets.point_list import PointList
from tests.conftest import EXAMPLE
from tests.tui_helpers import (
    TWO_QUESTIONS,
    app_for,
    async_test,
    letter_text,
    main_screen,
    notifications,
    paste,
    settle,
    wait_until,
)


@pytest.fixture
def seed() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@async_test
async def test_paste_then_shape_the_letter_with_the_points(seed: str) -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await paste(pilot, seed)
        main = main_screen(app)
        points = main.query_one(PointList)
        assert any("Twitter" in p.text and p.status == "unanswered" for p in points.points)
        assert letter_text(app).startswith("Dear Home Office,")
        note = str(main.query_one("#related-note").render())
        assert "f9 builds it" in note, "without an index, it says how to get one"
        assert not main.edited and not main.dirty

        # space leaves a point out of the letter, and in again
        before, included = letter_text(app), points.included_ids()
        points.focus()
        points.highlighted = [p.id for p in points.points].index(included[0])
        await pilot.press("space")
        await settle(pilot)
        assert main.letter is not None and included[0] not in main.letter.points
        assert letter_text(app) != before
        await pilot.press("space")
        await settle(pilot)
        assert letter_text(app) == before, "the item comes back where it was"

        # once the user has written in the letter, a change of points asks before recomposing
        letter = main.query_one("#letter", TextArea)
        letter.focus()
        letter.move_cursor((0, 0))
        await pilot.press(*"NB ")
        await settle(pilot)
        assert main.edited and main.dirty
        points.focus()
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert letter_text(app).startswith("NB Dear Home Office,")
        await pilot.press("ctrl+r", "y")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Home Office,")
    assert not (app.corpus_path).exists(), "looking for related questions never creates an empty index"


@async_test
async def test_file_from_the_command_line_copied_saved_and_quit(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        assert "Paedophilia: Social Media" in str(main.query_one("#answer-header").render())
        await pilot.press("ctrl+l")
        assert app.clipboard == letter_text(app) and app.clipboard.startswith("Dear Home Office,")
        await settle(pilot)
        assert any("clipboard" in m for m in notifications(app)), "the user is told which clipboard took it"
        main.query_one("#letter", TextArea).insert("P.S. [HL1234] stays literal.\n", (0, 0))
        await settle(pilot)
        await pilot.press("ctrl+s")
        drafts = DraftStore.open().saved_drafts()
        assert len(drafts) == 1 and drafts[0].letter.body == letter_text(app)
        assert drafts[0].answer.title == "Paedophilia: Social Media"
        assert not main.dirty
        await pilot.press("ctrl+q")  # saved: no question asked
        await settle(pilot)
    assert app.return_code == 0


@async_test
async def test_unsaved_work_is_autosaved_offered_back_and_saved_on_quit(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        main.query_one("#letter", TextArea).insert("Unsaved words. ", (0, 0))
        # The autosave starts AUTOSAVE_DELAY after the last change (it makes the draft); a worker writes it.
        await wait_until(pilot, lambda: main.draft is not None, "the autosave to start")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "quitting with unsaved changes asks"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main, "escape stays in the app"
    # The session ended without a save (as after a crash): the next start offers the autosave back.
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)  # the check for autosaves runs in a worker: a pause alone can come before it ends
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert letter_text(app).startswith("Unsaved words. Dear Home Office,")
        assert main_screen(app).dirty, "recovered, not yet saved"
        await pilot.press("ctrl+q", "y")  # "save draft" on quit
        await settle(pilot)
    saved = DraftStore.open().saved_drafts()
    assert len(saved) == 1 and saved[0].letter.body.startswith("Unsaved words.")


@async_test
async def test_a_page_with_several_questions_shows_the_picker_literally() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await paste(pilot, TWO_QUESTIONS)
        assert isinstance(app.screen, PickerScreen)
        svg = app.export_screenshot().replace("&#160;", " ")
        assert "Prisons: Staff [HL1234]" in svg, "parliamentary text is never read as markup"
        await pilot.press("enter")
        await settle(pilot)
        assert "[HL1234]" in str(main_screen(app).query_one("#answer-header").render())
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen), "a letter never saved is not dropped without a word"
        await pilot.press("n")
        await settle(pilot)
        await paste(pilot, TWO_QUESTIONS)
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
