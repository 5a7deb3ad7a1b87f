"""The checks the CLI's draft makes, made by the app too, because both ask the same letter session."""

from __future__ import annotations

from pathlib import Path

import pytest

from foi_helper.cli import main
from foi_helper.settings import Config
from tests.conftest import EXAMPLE
from tests.tui_helpers import app_for, async_test, main_screen, notifications, settle

CLIPPED = Path(__file__).parent / "reading_samples" / "api_detail_clipped_by_list.json"


@async_test
async def test_saving_a_second_letter_about_the_same_answer_warns_of_a_repeated_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["draft", str(EXAMPLE), "--name", "Alex Example", "--save"]) == 0
    first_id = capsys.readouterr().out.strip().splitlines()[-1]
    app = app_for(EXAMPLE.read_text(encoding="utf-8"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        (warning,) = [n for n in notifications(app) if "repeated request" in n]
        assert first_id in warning and warning.endswith("(FOIA s.14(2))")
        await pilot.press("ctrl+s")  # saving the same draft again is no repeat
        await settle(pilot)
        assert len([n for n in notifications(app) if "repeated request" in n]) == 1


@async_test
async def test_a_text_cut_short_by_the_api_list_is_among_the_checks() -> None:
    Config(name="Alex Example", email="alex@example.org").save()
    app = app_for(CLIPPED.read_text(encoding="utf-8"), origin=str(CLIPPED))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lint = str(main_screen(app).query_one("#lint").render())
        assert "cut short" in lint and "255 characters" in lint


UNDATED = """To ask the Secretary of State for Defence, how many Ajax vehicles have been delivered to the Army in \
each of the last three years.

I will reply to the hon. Member as soon as possible.
"""


@async_test
async def test_a_page_without_its_answer_date_asks_for_it_before_composing() -> None:
    from textual.widgets import Input

    from foi_helper.tui.screens.answered_date import AnsweredDateScreen
    from tests.tui_helpers import letter_text

    Config(name="Alex Example", email="alex@example.org").save()
    app = app_for(UNDATED, origin="undated.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, AnsweredDateScreen), "the periods count from it: asked, never guessed"
        assert app.main_screen() is not None and app.main_screen().session.letter is None  # type: ignore[union-attr]
        app.screen.query_one(Input).value = "1 March"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnsweredDateScreen) and any("not a date" in n for n in notifications(app))
        app.screen.query_one(Input).value = "2025-03-01"
        await pilot.press("enter")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Ministry of Defence,")
        assert main_screen(app).session.answer.date_answered is not None
