"""A terminal paste holding escape sequences reads exactly as the same text opened from a file (finding 5)."""

from __future__ import annotations

from textual import events

from foi_helper.reading import read_answers
from foi_helper.reading.clean import strip_controls
from foi_helper.tui.paste_input import PASTE_END, PASTE_START, PasteSafeParser, install
from tests.tui_helpers import app_for, async_test, settle

PAGE = (
    "Schools: Heating\x1b[31m RED\x1b[0m\n\n"
    "To ask the Secretary of State for Education, how many schools \x1b]0;PWNED\x07closed because of heating "
    "failures in 2024\x1b[2J; and what [b]assessment[/b] she has made.\n\n"
    "Catherine McKinnell (Minister)\n\n"
    "The department does not hold this information centrally. \x1b[5mBlink\x1b[0m\x08\x08 end.\n"
)


def parse(chunks: list[str]) -> list[object]:
    parser = PasteSafeParser()
    return [event for chunk in chunks for event in parser.feed(chunk)]


def test_a_paste_with_escapes_arrives_whole_and_cleaned_like_a_file() -> None:
    raw = PASTE_START + PAGE.replace("\n", "\r") + PASTE_END  # terminals send a pasted newline as CR
    for chunks in ([raw], [raw[:3], raw[3:40], raw[40:-4], raw[-4:]]):  # markers split across reads too
        events_seen = parse(chunks)
        assert [type(e) for e in events_seen] == [events.Paste], events_seen  # no keys replayed
        assert events_seen[0].text == strip_controls(PAGE)  # type: ignore[attr-defined]


def test_keys_outside_a_paste_still_arrive() -> None:
    seen = parse(["a", "\x1b[A", "b"])
    assert [e.key for e in seen if isinstance(e, events.Key)] == ["a", "up", "b"]


def test_the_app_reads_its_input_with_the_paste_safe_parser() -> None:
    from textual.drivers import linux_driver

    install(linux_driver.LinuxDriver)
    assert linux_driver.XTermParser is PasteSafeParser


@async_test
async def test_pasting_a_page_with_escapes_shows_what_opening_it_shows() -> None:
    from_file = read_answers(PAGE)[0]
    pasted = parse([PASTE_START + PAGE + PASTE_END])[0]
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.focused.post_message(pasted)  # type: ignore[union-attr, arg-type]
        await settle(pilot)
        main = app.main_screen()  # beneath the dialog asking the answer's date, which the page does not give
        assert main is not None and main.answer.question == from_file.question
        assert "closed because of heating failures" in main.answer.question
        assert main.answer.department == from_file.department == "Department for Education"
