"""The command palette says what the keys do, and an export is private to its user (finding 11)."""

from __future__ import annotations

import stat
from pathlib import Path

from textual.widgets import Input

from tests.tui_helpers import app_for, async_test, settle


@async_test
async def test_palette_quit_and_export_say_what_they_do_and_exports_are_private(
        seed_text: str, tmp_path: Path) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert list(commands).count("Quit") == 1
        assert "asks first" in commands["Quit"] and "as soon as possible" not in commands["Quit"]
        assert ".json" in commands["Export letter"]
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "request.txt")
        await pilot.press("enter")
        await pilot.pause()
        mode = stat.S_IMODE((tmp_path / "request.txt").stat().st_mode)
        assert mode == 0o600, oct(mode)  # it carries the requester's name, email and address
