"""No bytes pasted take the app down: the terminal's decoder shows bytes outside UTF-8 as U+FFFD, a paste of
program bytes is one notice, and a page with a few such bytes is read and says so once."""

from __future__ import annotations

from foi_helper.reading.source import lenient_incremental_decoder
from foi_helper.tui.paste_input import PasteSafeParser
from tests.conftest import EXAMPLE
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, paste, settle

ELF = bytes(range(256)) * 4 + b"\x7fELF\x02\x01\x01\x00\x00\x00\xd0a\x00\x00@\x008\x00\r\x00@\x00\x1f"


def terminal_input(data: bytes) -> str:
    """The characters the app's input thread gets from `data`: decoded as the driver decodes it."""
    decode = lenient_incremental_decoder("utf-8")().decode
    return "".join(decode(data[i:i + 7]) for i in range(0, len(data), 7)) + decode(b"", final=True)


def test_a_binary_paste_is_one_paste_event() -> None:
    parser = PasteSafeParser()
    stream = "\x1b[200~" + terminal_input(ELF) + "\x1b[201~"
    events = [e for i in range(0, len(stream), 512) for e in parser.feed(stream[i:i + 512])]
    assert [type(e).__name__ for e in events] == ["Paste"]


@async_test
async def test_pasting_binary_gives_one_notice_and_the_app_goes_on() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await paste(pilot, terminal_input(ELF))
        said = notifications(app)
        assert len(said) == 1, said
        assert "binary" in said[0]
        assert app.is_running


@async_test
async def test_a_page_with_bytes_that_are_not_utf8_gives_its_letter_and_one_warning() -> None:
    page = EXAMPLE.read_text(encoding="utf-8").replace("£300,000", "\u00a3300,000 caf\u00e9")
    data = page.encode("utf-8").replace("é".encode(), b"\xe9")  # one Latin-1 byte in a UTF-8 page
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await paste(pilot, terminal_input(data))
        await settle(pilot)
        assert main_screen(app).letter is not None and "£300,000" in letter_text(app)
        warned = [n for n in notifications(app) if "not UTF-8" in n]
        assert len(warned) == 1, notifications(app)


@async_test
async def test_open_then_escape_at_once_never_fails() -> None:
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o", "escape", "ctrl+o", "escape")
        await settle(pilot)
        assert app.is_running


@async_test
async def test_a_big_paste_is_read_without_filling_the_box_and_shows_progress() -> None:
    from textual.widgets import ProgressBar

    from foi_helper.tui.screens.start import BIG_PASTE, PasteArea, StartScreen

    seed = EXAMPLE.read_text(encoding="utf-8")
    big = (seed + "\n\n") * (BIG_PASTE // len(seed) + 2)
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        start = app.screen
        assert isinstance(start, StartScreen)
        seen: list[bool] = []
        real = start.set_busy

        def watched(busy: bool, size: int = 0) -> None:
            real(busy, size)
            seen.append(bool(start.query_one("#reading").display and start.query(ProgressBar)))

        start.set_busy = watched  # type: ignore[method-assign]
        await paste(pilot, big)
        assert seen and seen[0], "the progress bar showed while reading"
        assert start.query_one(PasteArea).text == ""  # not put in the box
        assert type(app.screen).__name__ == "PickerScreen"  # read whole: a page of several questions
