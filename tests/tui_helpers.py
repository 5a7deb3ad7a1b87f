"""Shared pieces of the app's Pilot tests: a fixed date, pasting, waiting for the workers."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import time
import weakref
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

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
    app.ask_first_start = False  # the first-start questions have their own tests (test_tui_first_start.py)
    app.AUTOSAVE_DELAY = 0.05  # type: ignore[misc]  # the tests wait for it; users get 1 s
    _record_notifications(app)
    return app


# Every notification each app raised, oldest first (see _record_notifications).
_RAISED: weakref.WeakKeyDictionary[App[Any], list[str]] = weakref.WeakKeyDictionary()


def _record_notifications(app: FoiHelperApp) -> None:
    """Keep every notification's message. Textual drops a notification from `app._notifications` once its
    timeout (5 s by default) has passed, and on a loaded machine a test can look later than that: a toast
    raised before a slow worker was gone by the time the test checked it."""
    raised = _RAISED.setdefault(app, [])
    notify = app.notify  # widgets' and screens' notify go through the app's

    @functools.wraps(notify)
    def recorded(message: str, *args: Any, **kwargs: Any) -> None:
        raised.append(message)
        notify(message, *args, **kwargs)

    app.notify = recorded  # type: ignore[method-assign]


SETTLE_TIMEOUT = 30.0  # seconds; the app settles in well under one even on a loaded 2-core CI machine


async def workers_done(app: App[Any], timeout: float = SETTLE_TIMEOUT) -> None:
    """Wait for every worker the app has now. One that failed or was cancelled (an exclusive worker replaced)
    counts as done: the app reports failures itself (on_worker_state_changed), and that is what tests check.
    (`workers.wait_for_complete()` instead raises the first failure, but only if the worker is still running
    when the wait starts: the bad-input tests failed that way on a slow machine.)"""
    deadline = time.monotonic() + timeout
    for worker in list(app.workers):
        if worker.is_finished:
            continue
        with contextlib.suppress(WorkerFailed, WorkerCancelled):
            try:
                await asyncio.wait_for(worker.wait(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise AssertionError(f"worker {worker.name!r} still running after {timeout:.0f} s") from None


def _quiet(app: App[Any]) -> bool:
    """No worker running and no message waiting, in the app or in any widget of any screen on the stack."""
    if any(not worker.is_finished for worker in app.workers):
        return False
    nodes = [app, *(node for screen in app.screen_stack for node in screen.walk_children(with_self=True))]
    return all(node.message_queue_size == 0 for node in nodes)


async def settle(pilot: Pilot[int]) -> None:
    """Wait until the app is quiet: workers finished and every message they (and the keys) caused handled.

    A result travels several hops (worker → message to the app → a new screen or worker → its message …), and
    on a loaded machine Pilot.pause()'s wait for idle can end after a single event-loop turn, since a starved
    process looks idle. So a fixed number of pauses is not enough: wait until quiet twice running, bounded.
    """
    app = pilot.app
    deadline = time.monotonic() + SETTLE_TIMEOUT
    quiet_turns = 0
    while quiet_turns < 2:
        if time.monotonic() > deadline:
            running = [w.name for w in app.workers if not w.is_finished]
            raise AssertionError(f"the app was still busy after {SETTLE_TIMEOUT:.0f} s (workers: {running})")
        await workers_done(app, max(0.0, deadline - time.monotonic()))
        await pilot.pause()
        quiet_turns = quiet_turns + 1 if _quiet(app) else 0


async def wait_until(pilot: Pilot[int], condition: Callable[[], object], what: str,
                     timeout: float = SETTLE_TIMEOUT) -> None:
    """Pause until `condition()` is true (a timer's effect, say), failing with `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        await pilot.pause(0.01)


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
    """Every notification the app raised, including those whose toast has timed out."""
    return list(_RAISED.get(app, []))
