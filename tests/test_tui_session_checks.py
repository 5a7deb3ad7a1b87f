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
