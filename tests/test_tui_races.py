"""Races between the app's worker threads and its UI thread, made wide enough to hit every time."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.drafts import DraftsScreen
from tests.tui_helpers import app_for, async_test, notifications, settle


@async_test
async def test_the_start_up_check_and_the_drafts_screen_share_one_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The check for autosaves opens the store on a worker while f2 opens it on the UI thread. Two stores meant
    # the dropped one kept the autosave slot it adopted locked: a recovery the user discarded came back.
    opened: list[Path | None] = []
    real_open = DraftStore.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls: type[DraftStore], folder: Path | None = None, **kwargs: object) -> DraftStore:
        opened.append(folder)
        time.sleep(0.2)  # a slow disk: both threads are inside before either has finished
        return real_open(cls, folder, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(DraftStore, "open", classmethod(slow_open))
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen)
    assert len(opened) == 1, "the worker and the UI thread each opened a store"


@async_test
async def test_a_notification_whose_toast_timed_out_is_still_seen_by_the_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On a loaded machine a test can look more than the toast's 5 s after it was raised.
    import textual.notifications

    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.notify("Raised a while ago.")
        later = time.time() + 60
        monkeypatch.setattr(textual.notifications, "time", lambda: later)
        assert not list(app._notifications), "Textual has dropped the timed-out toast"
        assert notifications(app) == ["Raised a while ago."]


@async_test
async def test_tab_completes_before_the_greyed_suggestion_has_arrived(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    # Input fetches the greyed suggestion in a worker; a tab pressed before it landed moved the focus instead.
    from textual.suggester import Suggester
    from textual.widgets import Input

    from foi_helper.tui.screens.letter_options import LetterOptions, LetterOptionsScreen
    from foi_helper.tui.screens.path_prompt import PathPromptScreen

    fetch = Suggester._get_suggestion

    async def late(self: Suggester, requester: object, value: str) -> None:
        await asyncio.sleep(5)  # a loaded machine or a slow folder: the worker answers after the tab
        await fetch(self, requester, value)  # type: ignore[arg-type]

    monkeypatch.setattr(Suggester, "_get_suggestion", late)
    (tmp_path / "answer-2019-06-24.txt").write_text("x")
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(PathPromptScreen("Open", "", str(tmp_path) + "/ans"))
        await pilot.pause()
        await pilot.press("tab")
        assert app.screen.query_one(Input).value == f"{tmp_path}/answer-2019-06-24.txt"
        app.pop_screen()
        app.push_screen(LetterOptionsScreen(LetterOptions(None, None), required=True))
        await pilot.pause()
        await pilot.press(*"home of", "tab")
        assert app.screen.query_one("#authority", Input).value == "Home Office"


@async_test
async def test_keys_typed_just_before_ctrl_s_are_in_the_saved_draft(seed_text: str) -> None:
    # ctrl+s is a priority binding: it ran as soon as it arrived, while the letter editor still held the keys
    # typed just before it in its own queue, so a fast typist's last characters were missing from the draft.
    from textual import events
    from textual.widgets import TextArea

    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        editor = app.screen.query_one("#letter", TextArea)
        editor.focus()
        editor.move_cursor(editor.document.end)
        await pilot.pause()
        for key, char in [("Z", "Z"), ("Q", "Q"), ("X", "X"), ("ctrl+s", None)]:
            app.post_message(events.Key(key, char))
        await settle(pilot)
        saved = DraftStore.open().saved_drafts()
        body = DraftStore.open().load(saved[0].id).letter.body
        assert "ZQX" in editor.text, editor.text[-80:]
        assert "ZQX" in body, (body[-80:], notifications(app))
