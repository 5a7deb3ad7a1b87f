"""Shared pieces of the app's Pilot tests: a fixed date, pasting, waiting for the workers."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from textual import events
from textual.pilot import Pilot

from foi_helper.tui.app import FoiHelperApp, make_app
from foi_helper.tui.screens.main import MainScreen

TODAY = date(2026, 11, 27)  # a Friday, so "reply due by" is the same in every run

# Two Parliament API records in one JSON list: a page with several questions (the picker's case).
TWO_QUESTIONS = json.dumps([
    {"value": {
        "id": 1, "uin": "HL1234", "house": "Lords", "heading": "Prisons: Staff [HL1234]",
        "questionText": "To ask His Majesty's Government how many prison officers were recruited in 2023.",
        "answerText": "<p>The information is not held centrally.</p>",
        "answeringBodyName": "Ministry of Justice", "dateTabled": "2024-01-10", "dateAnswered": "2024-01-20",
    }},
    {"value": {
        "id": 2, "uin": "12345", "house": "Commons", "heading": "Schools: Asbestos",
        "questionText": "To ask the Secretary of State for Education, how many schools contain asbestos.",
        "answerText": "<p>We will publish figures in due course.</p>",
        "answeringBodyName": "Department for Education", "dateTabled": "2024-02-01",
        "dateAnswered": "2024-02-08",
    }},
])


def async_test(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async Pilot test on its own event loop (no asyncio plugin needed); fixtures pass through."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))  # type: ignore[arg-type]

    return run


def app_for(text: str | None = None, origin: str | None = "seed.txt") -> FoiHelperApp:
    app = make_app(text=text, origin=origin if text is not None else None)
    app.fixed_today = TODAY
    app.AUTOSAVE_DELAY = 0.05  # type: ignore[misc]  # the tests wait for it; users get 1 s
    return app


async def settle(pilot: Pilot[int]) -> None:
    """Wait for every worker, then for the messages they posted to be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def paste(pilot: Pilot[int], text: str) -> None:
    """A terminal paste (bracketed paste) arrives as one Paste event at the focused widget."""
    focused = pilot.app.focused
    assert focused is not None
    focused.post_message(events.Paste(text))
    await pilot.pause()
    await settle(pilot)


def main_screen(app: FoiHelperApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen), f"expected the main screen, got {screen!r}"
    return screen


def letter_text(app: FoiHelperApp) -> str:
    from textual.widgets import TextArea

    return main_screen(app).query_one("#letter", TextArea).text


def notifications(app: FoiHelperApp) -> list[str]:
    return [n.message for n in app._notifications]
