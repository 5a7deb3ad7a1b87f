"""Smaller pieces of the app: path completion, opening files, WhatDoTheyKnow without a browser, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from foi_helper.tui.screens.path_prompt import PathPromptScreen
from foi_helper.tui.widgets.path_input import PathSuggester, path_candidates
from tests.conftest import EXAMPLE
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, settle


def test_path_candidates_complete_folders_and_files(tmp_path: Path) -> None:
    (tmp_path / "answers").mkdir()
    (tmp_path / "answer.txt").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    base = f"{tmp_path}/"
    assert path_candidates(base + "ans") == [base + "answer.txt", base + "answers/"]
    assert path_candidates(base) == [base + "answer.txt", base + "answers/"], "hidden files only when asked"
    assert path_candidates(base + ".h") == [base + ".hidden"]
    assert path_candidates(base + "nothing-like-it") == []
    assert path_candidates(f"{tmp_path}/missing-folder/x") == []


@async_test
async def test_suggestion_completes_as_far_as_the_names_agree(tmp_path: Path) -> None:
    (tmp_path / "answer-2019.txt").write_text("x")
    (tmp_path / "answer-2020.txt").write_text("x")
    suggester = PathSuggester()
    assert await suggester.get_suggestion(f"{tmp_path}/an") == f"{tmp_path}/answer-20"
    assert await suggester.get_suggestion(f"{tmp_path}/answer-2019") == f"{tmp_path}/answer-2019.txt"


@async_test
async def test_ctrl_o_opens_a_file_with_tab_completion() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        path_input = app.screen.query_one(Input)
        path_input.value = str(EXAMPLE)[:-8]  # "…2019-06" : tab completes the rest
        await pilot.pause()
        await pilot.press("tab")
        assert path_input.value == str(EXAMPLE)
        await pilot.press("enter")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Home Office,")


@async_test
async def test_opening_a_missing_file_is_one_sentence() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_path("/no/such/answer.txt")
        await pilot.pause()
        assert any("There is no file /no/such/answer.txt" in m for m in notifications(app))


@async_test
async def test_whatdotheyknow_without_a_browser_copies_the_link_and_the_palette_has_it_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)
    app = app_for(EXAMPLE.read_text(encoding="utf-8"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main_screen(app).query_one("#letter", TextArea).insert("Write to me at alex@example.org.\n", (0, 0))
        await settle(pilot)
        await pilot.press("ctrl+b")
        assert any("published" in m and "email" in m.lower() for m in notifications(app)), "warned before"
        assert app.clipboard.startswith("https://www.whatdotheyknow.com/new/home_office?")
        await settle(pilot)
        assert any("No graphical browser" in m for m in notifications(app))
        assert any(m.startswith("The pre-filled WhatDoTheyKnow link") for m in notifications(app))
        from foi_helper.tui.commands import AppCommands, BindingCommands

        names = {c.help.split(" · ")[0] for p in (AppCommands, BindingCommands) for c in p(app.screen).commands()}
        assert {"Copy", "Save", "Export", "WhatDoTheyKnow", "Recompose", "Authority", "Open", "New", "Drafts",
                "Settings", "Help", "Quit", "Points", "Related", "Letter"} <= names


def test_a_missing_file_on_the_command_line_is_one_line_before_any_screen(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from foi_helper.cli import main

    assert main(["/no/such/answer.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("foi-helper: There is no file /no/such/answer.txt") and err.count("\n") == 1


@async_test
async def test_a_failing_stage_is_a_notification_and_the_app_carries_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import foi_helper.pipeline

    def broken(answer: object, corpus: object) -> None:
        raise RuntimeError("analysis bug")

    monkeypatch.setattr(foi_helper.pipeline, "examine", broken)
    app = app_for(EXAMPLE.read_text(encoding="utf-8"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert any("analysis bug" in m for m in notifications(app))
        assert not main_screen(app).query_one("#points").loading, "the spinner stops"
        await pilot.press("f1")  # still answering keys
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


@async_test
async def test_terminal_escapes_in_a_paste_never_reach_the_terminal() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.focused.post_message(events.Paste("Notes \x1b[2J\x1b]52;c;SGVsbG8=\x07 x\x1b[31m"))  # type: ignore[union-attr]
        await settle(pilot)
        text = app.screen.query_one("#paste", TextArea).text
        assert "\x1b" not in text and text.startswith("Notes ")


def test_outside_text_is_shown_literally_and_without_escapes() -> None:
    from foi_helper.model import Match, Point
    from foi_helper.tui.widgets.point_list import point_content
    from foi_helper.tui.widgets.related_list import match_content

    match = Match(id=1, uin="HL1234", house="Lords", date_tabled=None, date_answered=None, department=None,
                  heading="Prisons [HL1234]\x1b[2J", question="To ask [b]bold[/b]?", score=80.0, url=None)
    point = Point("q1", "question", "statistics", "unanswered", "how many [HL1234]\x1b]52;c;eA==\x07 staff")
    for content in (match_content(match, cited=True), point_content(point, included=True)):
        assert "[HL1234]" in content.plain and "\x1b" not in content.plain and "\x07" not in content.plain
