"""The app asks for the latest complete year as the CLI's --latest-year does (f4), and every key a message
names is one the app binds (the hints are read from the bindings, never kept by hand)."""

from __future__ import annotations

import typing

from textual.widgets import Input, Select

from foi_helper.model import Fix, FixField
from foi_helper.tui.letter_calls import app_hint
from foi_helper.tui.screens.letter_options import LetterOptionsScreen
from tests.tui_helpers import TODAY, app_for, async_test, letter_text, main_screen, notifications, settle

OLD_ANSWER = """Ambulances

Department of Health written question – answered on 5th March 1992.

Mr. Robin Cook (Livingston) (Labour)

To ask the Secretary of State for Health what is the average age of the ambulance vehicles of the London
ambulance service.

Mr. Stephen Dorrell (Parliamentary Under-Secretary of State for Health)

This information is not collected centrally.
"""


def test_every_fix_has_a_key_the_app_binds() -> None:
    fields = typing.get_args(FixField)
    hints = {f: app_hint(Fix(f)) for f in fields}  # key_of raises when a hint names an action nobody binds
    assert all(hints[f] for f in fields if f != "date"), hints
    assert hints["sent"] == "f2, then s: mark it sent" and hints["batch"].startswith("f8")


@async_test
async def test_an_old_answer_asks_for_the_latest_year_and_f4_chooses_its_own_period() -> None:
    app = app_for(OLD_ANSWER)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        year = TODAY.year - 1
        before = letter_text(app)
        assert f"as at 31 December {year}" in before, before  # by default: over twenty years old
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LetterOptionsScreen)
        assert screen.query_one("#period", Select).value == "auto"
        screen.query_one("#period", Select).value = "answer"
        screen.query_one("#authority", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        main_screen(app)
        after = letter_text(app)
        assert "as at 5 March 1992" in after and str(year) not in after.split("Under the")[1], (
            after, notifications(app))


@async_test
async def test_putting_off_the_answer_date_says_why_there_is_no_letter() -> None:
    # Esc on "When was the written question answered?" left "Include a point … to compose one" though every
    # point was ticked: the pane now says the date is what is missing, and ctrl+r asks again.
    from foi_helper.tui.screens.answered_date import AnsweredDateScreen

    undated = OLD_ANSWER.replace("Department of Health written question – answered on 5th March 1992.\n\n", "")
    app = app_for(undated)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AnsweredDateScreen)
        await pilot.press("escape")
        await settle(pilot)
        placeholder = str(main_screen(app).query_one("#letter").placeholder)  # type: ignore[attr-defined]
        assert "date the question was answered" in placeholder and "ctrl+r" in placeholder, placeholder
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, AnsweredDateScreen)


NOT_RECORDED = """Wales Office: Internet

Wales Office written question – answered on 16th October 2024.

Mr. Norman Baker (Lewes) (Liberal Democrat)

To ask the Secretary of State for Wales how many hits the (a) most popular and (b) least popular website run by
his Department has received since 1 January 2024.

Mr. Peter Hain (Secretary of State for Wales)

The Wales Office operates one bilingual website. It does not record number of visitors.
"""


@async_test
async def test_the_letter_pane_says_why_no_letter_was_written() -> None:
    # The pane said "Include a point … to compose one" beside a point already included, when the real reason was
    # that the answer says the figures are not recorded; with no point included it says so again.
    app = app_for(NOT_RECORDED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        editor = main_screen(app).query_one("#letter")
        said = str(editor.placeholder)  # type: ignore[attr-defined]
        assert said.startswith("No letter: The answer says the figures are not recorded") and "f4" in said, said
        assert letter_text(app) == ""
        await pilot.press("f5", "space")
        await settle(pilot)
        assert str(editor.placeholder).startswith("No letter yet. Include a point")  # type: ignore[attr-defined]
