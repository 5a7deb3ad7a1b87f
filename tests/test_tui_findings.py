"""The smaller findings on the letter screen: a click on a point's text only highlights it, the counts say
what the letter holds after "Keep my edits", an unsigned export warns, a saved draft's title is stable."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.widgets.point_list import PointList
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, settle


@async_test
async def test_a_click_on_a_points_text_highlights_and_on_its_box_ticks(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        points = main_screen(app).query_one(PointList)
        before = points.included_ids()
        await pilot.click(PointList, offset=(30, 2))  # the first point's text
        await settle(pilot)
        assert points.included_ids() == before
        await pilot.click(PointList, offset=(2, 0))  # its box
        await settle(pilot)
        assert points.included_ids() != before


@async_test
async def test_after_keep_my_edits_the_count_says_what_the_letter_holds(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        main = main_screen(app)
        editor = main.query_one("#letter", TextArea)
        editor.text = editor.text + "\nMy own line."
        await settle(pilot)
        points = main.query_one(PointList)
        points.highlighted = points.included_ids().index(points.included_ids()[0]) and 0
        points.highlighted = [p.id for p in points.points].index(points.included_ids()[0])
        await pilot.press("f5", "space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep my edits
        await settle(pilot)
        title = str(main.query_one("#points-pane").border_title)
        in_letter = len(main.letter.points) if main.letter else 0
        assert f"the letter has {in_letter}" in title, title
        assert "My own line." in letter_text(app)


@async_test
async def test_an_unsigned_export_warns(seed_text: str, tmp_path: Path) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        app.screen.query_one(Input).value = str(tmp_path / "request.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert (tmp_path / "request.txt").is_file()
        assert any("not signed" in n or "no real name" in n for n in notifications(app)), notifications(app)


@async_test
async def test_a_saved_drafts_title_is_the_same_on_reopening(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = DraftStore.open().saved_drafts()[0]
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert main_screen(app).draft is not None
        await pilot.press("ctrl+s")
        await settle(pilot)
        again = DraftStore.open().load(saved.id)
        assert again.title == saved.title


@async_test
async def test_a_scottish_body_switches_the_law_deadline_and_wording_with_no_cli_flag(seed_text: str) -> None:
    from textual.widgets import Static

    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")  # a saved draft: its options carry the law it was saved with (FOIA)
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        field = app.screen.query_one("#authority", Input)
        field.value = "Scottish Government"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("y")  # recompose (the reopened letter counts as the user's)
            await settle(pilot)
        main = main_screen(app)
        assert main.letter is not None and main.letter.law == "foisa"
        assert "Freedom of Information (Scotland) Act 2002" in letter_text(app)
        facts = str(main.query_one("#letter-facts", Static).render())
        assert "FOISA" in facts
        lint = str(main.query_one("#lint", Static).render())
        assert "--law" not in lint and not any("--" in n for n in notifications(app))
