"""Every action is in the command palette, from the same bindings as the footer and the help, found by the
words people use; an export is private to its user."""

from __future__ import annotations

import stat
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input

from foi_helper.tui.commands import AppCommands, BindingCommands
from foi_helper.tui.screens.drafts import DraftsScreen
from foi_helper.tui.screens.main import MainScreen
from tests.tui_helpers import app_for, async_test, main_screen, settle


async def titles_for(app, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What the palette would offer for `query` on the screen on top, best first."""
    hits = []
    for provider_class in (BindingCommands, AppCommands):
        provider = provider_class(app.screen)
        async for hit in provider.search(query):
            hits.append(hit)
    return [hit.text for hit in sorted(hits, key=lambda h: -h.score)]


@async_test
async def test_every_binding_of_the_letter_screen_is_in_its_palette(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in BindingCommands(app.screen).commands()]
        for binding in MainScreen.BINDINGS:
            assert binding.tooltip in titles  # type: ignore[union-attr]
        assert "Include the point in the letter, or leave it out" in titles
        assert "Cite in letter (or stop citing)" in titles
        help_of = {c.help: c.title for c in BindingCommands(app.screen).commands()}
        assert ".json" in help_of["Export · ^t"]


@async_test
async def test_the_words_people_use_find_the_action(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert (await titles_for(app, "recompose"))[0] == "Compose the letter again from the points"
        assert (await titles_for(app, "include point"))[0] == "Include the point in the letter, or leave it out"
        assert (await titles_for(app, "cite"))[0].startswith("Cite")
        assert "The letter, to read and edit" in (await titles_for(app, "letter"))[:3]
        # on the letter screen, the tracking words lead to the drafts screen where they are done (a new user
        # found nothing for "chaser" or "restore"), and the period to the authority dialog
        drafts = "Saved drafts: open, delete, mark sent, follow up"
        for words in ("chaser", "restore", "internal review", "mark sent"):
            assert drafts in (await titles_for(app, words))[:2], words
        for words in ("latest year", "period"):
            assert (await titles_for(app, words))[0] == "Choose the authority, the law and the period", words
        await pilot.press("ctrl+s", "f2")
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen)
        titles = {c.help.split(" · ")[0]: c.title for c in BindingCommands(app.screen).commands()}
        assert (await titles_for(app, "mark sent"))[0] == titles["Sent"]
        assert titles["Follow-up"] in (await titles_for(app, "chaser"))[:2]
        assert titles["Follow-up"] in (await titles_for(app, "follow-up"))[:2]
        assert titles["Delete"] in (await titles_for(app, "delete"))[:2]
        for words in ("recompose", "copy", "period"):  # done on the letter: open the draft
            assert titles["Open"] in (await titles_for(app, words))[:2], words


@async_test
async def test_choosing_a_palette_entry_runs_the_action(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"letter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert main_screen(app).pane == "letter"


@async_test
async def test_quit_asks_first_and_exports_are_private(seed_text: str, tmp_path: Path) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        system = [c.title for c in app.get_system_commands(app.screen)]
        assert "Quit" not in system  # Textual's quits at once; ours (a binding) asks first
        quit_title = {c.help: c.title for c in AppCommands(app.screen).commands()}["Quit · ^q"]
        assert "asking first" in quit_title
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "request.txt")
        await pilot.press("enter")
        await pilot.pause()
        mode = stat.S_IMODE((tmp_path / "request.txt").stat().st_mode)
        assert mode == 0o600, oct(mode)  # it carries the requester's name, email and address
