"""The first start asks for the requester's name and email before the first letter, and offers the index of
earlier questions: nothing goes online without a yes; an import shows its progress and builds the index."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from foi_helper.settings import Config, config_path
from foi_helper.tui.screens.first_start import FirstStartScreen
from foi_helper.tui.screens.index import IndexScreen
from tests.conftest import SHARED_DATA, needs_shared
from tests.tui_helpers import app_for, async_test, letter_text, notifications, settle, wait_until

MONTH = SHARED_DATA / "parliament-written-questions" / "list-2024-12.json.gz"


def first_start_app(text: str | None = None):  # type: ignore[no-untyped-def]
    app = app_for(text)
    app.ask_first_start = True
    return app


@async_test
async def test_the_first_start_asks_name_and_email_and_the_letter_is_signed(seed_text: str) -> None:
    app = first_start_app(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, FirstStartScreen)
        assert "online" in str(app.screen.query_one("#first-index").render())
        await pilot.press("ctrl+s")  # nothing typed: refused, still asked
        await settle(pilot)
        assert isinstance(app.screen, FirstStartScreen) and not config_path().is_file()
        app.screen.query_one("#first-name", Input).value = "Ada Citizen"
        app.screen.query_one("#first-email", Input).value = "ada@example.org"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert Config.load().name == "Ada Citizen" and app.config.email == "ada@example.org"
        assert "Ada Citizen" in letter_text(app)
        assert not any(w.name for w in app.workers if w.group == "index")  # nothing went online


@async_test
async def test_keys_typed_fast_through_a_tab_reach_the_next_box() -> None:
    # tmux or a quick typist: "Alex<Tab>a@b" all queued in the name box before it read the Tab
    from textual import events

    app = first_start_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        name = app.screen.query_one("#first-name", Input)
        typed = [("A", "A"), ("l", "l"), ("tab", None), *((c, c) for c in "a@b.org"), ("tab", None), ("1", "1")]
        for key, char in typed:
            name.post_message(events.Key(key, char))  # every key in the name box's queue at once
        await pilot.press("ctrl+s")  # straight after: saves what was typed, in the boxes it was typed for
        await settle(pilot)
        saved = Config.load()
        assert (saved.name, saved.email, saved.address) == ("Al", "a@b.org", "1")


@async_test
async def test_later_asks_again_next_time() -> None:
    app = first_start_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, FirstStartScreen) and not config_path().is_file()


@needs_shared(MONTH)
@async_test
async def test_importing_a_file_builds_the_index_with_a_progress_bar(foi_home: Path) -> None:
    app = first_start_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one("#first-name", Input).value = "Ada Citizen"
        app.screen.query_one("#first-email", Input).value = "ada@example.org"
        await pilot.click("#save-import")
        await settle(pilot)
        app.screen.query_one(Input).value = str(MONTH)
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, IndexScreen) and app.corpus_path.is_file(),
                         "the import")
        await settle(pilot)
        assert any("index of earlier questions is ready" in n for n in notifications(app)), notifications(app)
