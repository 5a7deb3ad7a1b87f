"""The app reads what the CLI reads: a pasted question address or a start argument fetches the record (from a
local server here), and a paste of bytes that are no text is one sentence while the app stays up."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from foi_helper.reading import load_source
from tests.conftest import needs_shared
from tests.test_reading_address import AUGUST, Replay, _answered, serving
from tests.tui_helpers import app_for, async_test, main_screen, notifications, paste, settle

pytestmark = needs_shared(AUGUST)

PROGRAM = (bytes(range(256)) * 4 + b"\x7fELF\x02\x01\x01\x00" * 50).decode("utf-8", errors="replace")


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[Replay]:
    with serving(monkeypatch) as server:
        yield server


def _twfy(v: dict[str, Any]) -> str:
    return f"https://www.theyworkforyou.com/wrans/?id={v['dateAnswered'][:10]}a.{v['uin']}.h"


@async_test
async def test_a_pasted_address_opens_the_question(api: Replay) -> None:
    v = _answered(api)
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await paste(pilot, _twfy(v))
        assert main_screen(app).answer.uin == v["uin"]
        assert main_screen(app).answer.answer.endswith("In full.")


@async_test
async def test_an_address_given_at_start_opens_the_question(api: Replay) -> None:
    v = _answered(api)
    text, origin = load_source(_twfy(v))  # what `foi-helper URL` does before the app starts
    app = app_for(text, origin)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert main_screen(app).answer.uin == v["uin"]


@async_test
async def test_a_paste_of_program_bytes_is_one_sentence_and_the_app_stays_up() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await paste(pilot, PROGRAM)
        assert any("binary data" in n for n in notifications(app))
        assert app.is_running

