"""The path prompt (ctrl+o, ctrl+t): an absolute or home path typed after the pre-filled folder."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Input

from foi_helper.tui.screens.path_prompt import PathPromptScreen
from foi_helper.tui.widgets.path_input import path_candidates, typed_path
from tests.tui_helpers import app_for, async_test, main_screen, notifications, settle

PAGE = (
    "Schools: Heating\n\nTo ask the Secretary of State for Education, how many schools closed because of "
    "heating failures in 2024.\n\nCatherine McKinnell (Minister)\n\nThe department does not hold this "
    "information centrally.\n"
)


def test_a_path_typed_after_the_prefilled_folder_replaces_it() -> None:
    assert typed_path("/tmp/x//tmp/x/esc.txt") == "/tmp/x/esc.txt"
    assert typed_path("/tmp/x/~/notes.txt") == "~/notes.txt"
    assert typed_path("/tmp/x/~") == "~"
    assert typed_path("/tmp/x/~draft.txt") == "/tmp/x/~draft.txt"  # a file whose name starts with ~
    assert typed_path("/tmp/x/a.txt") == "/tmp/x/a.txt"


def test_completion_follows_the_typed_path(tmp_path: Path) -> None:
    (tmp_path / "answer.txt").write_text("x")
    assert path_candidates(f"/somewhere/else/{tmp_path}/ans") == [f"{tmp_path}/answer.txt"]


@async_test
async def test_ctrl_o_with_an_absolute_path_typed_after_the_folder_opens_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE)
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        path_input = app.screen.query_one("#path", Input)
        assert path_input.value == str(Path.cwd()) + os.sep
        path_input.insert_text_at_cursor(str(page))  # typed after the pre-filled folder
        await pilot.press("enter")
        await settle(pilot)
        assert not [n for n in notifications(app) if "no file" in n]
        assert main_screen(app).answer.department == "Department for Education"


@async_test
async def test_enter_on_a_folder_keeps_the_prompt_open_with_its_files(tmp_path: Path) -> None:
    # Tab completed "se" to the folder "seed/" with the one file in it greyed after; enter then opened the
    # folder and failed. The prompt now stays, says why, and tab completes the file.
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / "answer.txt").write_text(PAGE)
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        path_input = app.screen.query_one("#path", Input)
        path_input.value = str(folder) + os.sep
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PathPromptScreen), "the prompt closed on a folder"
        assert any("is a folder" in n for n in notifications(app)), notifications(app)
        await pilot.press("tab", "enter")
        await settle(pilot)
        assert main_screen(app).answer.department == "Department for Education"
