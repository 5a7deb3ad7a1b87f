"""Opt-in pytest plugin: run the app's Pilot tests as if on a slow, loaded CI machine, to find timing flakes.

    .venv/bin/python -m pytest -p tests.tui_stress -n 2 tests/test_tui_*.py

CPU load alone (busy loops beside the tests) rarely shows a timing assumption here; these two do, every run:
- every worker starts late, by a random 0..TUI_STRESS_DELAY s (default 0.25): a thread worker's function, an
  async worker's coroutine (Input's suggestions). A test that looks before a worker has finished fails.
- Pilot.pause() waits a single event-loop turn for "idle" instead of until the process looks idle, as happens
  when the process is starved of CPU (its CPU time hardly advances, so it seems idle at once). A test that
  counts on a fixed number of pauses to carry a result through several hops fails.
Before the fixes of 28 November five or six tests failed in every such run (5 of 5); with `settle`,
`wait_until` (tui_helpers.py) and the app's own fixes none does (5 of 5 runs clean). A test that needs a wider
window than this gives (a slow disk, a notification outliving its toast) makes it itself: see
test_tui_races.py.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import random
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
import textual.pilot
import textual.worker

DELAY = float(os.environ.get("TUI_STRESS_DELAY", "0.25"))


def pytest_configure(config: pytest.Config) -> None:
    Worker = textual.worker.Worker
    run_threaded, run_async = Worker._run_threaded, Worker._run_async

    async def late_threaded(self: Any) -> Any:
        work = self._work
        func = getattr(work, "func", work)  # @work wraps the method in a functools.partial
        if callable(work) and not inspect.iscoroutinefunction(func):

            def late(work: Callable[[], Any] = work) -> Any:
                time.sleep(random.uniform(0, DELAY))
                return work()

            self._work = late
        return await run_threaded(self)

    async def late_async(self: Any) -> Any:
        try:
            await asyncio.sleep(random.uniform(0, DELAY))
        except asyncio.CancelledError:
            if isinstance(self._work, Coroutine):
                self._work.close()  # cancelled before it started: no "never awaited" warning
            raise
        return await run_async(self)

    async def one_turn(min_sleep: float = 0, max_sleep: float = 1) -> None:
        await asyncio.sleep(0)

    Worker._run_threaded = late_threaded  # type: ignore[method-assign]
    Worker._run_async = late_async  # type: ignore[method-assign]
    textual.pilot.wait_for_idle = one_turn  # type: ignore[assignment]
