"""No bytes pasted take the app down: bytes outside UTF-8 are read as Windows-1252 and said once."""

from __future__ import annotations

from pathlib import Path

from foi_helper.tui.paste_input import PasteSafeParser, take_undecoded, tolerant_incremental_decoder
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, paste, settle

ELF = bytes(range(256)) * 4 + b"\x7fELF\x02\x01\x01\x00\x00\x00\xd0a\x00\x00@\x008\x00\r\x00@\x00\x1f"


def terminal_input(data: bytes) -> str:
    """The characters the app's input thread gets from `data`: decoded as the driver decodes it."""
    decode = tolerant_incremental_decoder("utf-8")().decode
    return "".join(decode(data[i:i + 7]) for i in range(0, len(data), 7)) + decode(b"", final=True)


def test_bytes_outside_utf8_never_stop_the_input_thread_and_are_counted() -> None:
    take_undecoded()
    text = terminal_input("café £5 – ".encode("cp1252") + "naïve".encode())
    assert text == "café £5 – naïve"
    assert take_undecoded() == 3  # é, £, – in cp1252 (the ï was UTF-8)
    assert take_undecoded() == 0


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
        take_undecoded()
        await paste(pilot, terminal_input(ELF))
        said = notifications(app)
        assert len(said) == 1, said
        assert "not text (UTF-8)" in said[0] and "No written question" in said[0]
        assert app.is_running


@async_test
async def test_a_latin1_page_gives_its_letter_and_one_warning(tmp_path: Path) -> None:
    from tests.conftest import EXAMPLE

    page = EXAMPLE.read_text(encoding="utf-8")
    assert "£300,000" in page
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        take_undecoded()
        await paste(pilot, terminal_input(page.encode("cp1252", errors="replace")))
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
