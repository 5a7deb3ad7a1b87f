"""Settings reaching a letter the user edited (finding 4), and settings refusing a bad email (finding 8)."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from foi_helper.letters.signing import resign
from foi_helper.model import Requester
from foi_helper.settings import Config
from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.screens.settings import SettingsScreen
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, settle

BODY = "Dear Home Office,\n\nPlease send the figures.\n\nYours faithfully,\n\n[your name]\n"
NOBODY = Requester()


def test_resign_fills_the_signature_and_keeps_the_rest() -> None:
    jo = Requester("Jo Bloggs", "jo@example.org", "1 High Street\nTown")
    assert resign(BODY, NOBODY, jo) == BODY.replace("[your name]", "Jo Bloggs\n1 High Street\nTown")
    assert resign(BODY, NOBODY, NOBODY) == BODY
    moved = BODY.replace("[your name]", "[your name]\nmy own line")  # lines under it edited: name only
    assert resign(moved, Requester(address="Old Road"), Requester("Jo")) == moved.replace("[your name]", "Jo")
    # A name in the user's own sentences is not a signature.
    named = "Dear X,\n\nAs Jo asked before.\n\nYours faithfully,\n\nJo\n"
    assert resign(named, Requester("Jo"), Requester("Sam")) == named.replace("\n\nJo\n", "\n\nSam\n")
    assert resign("Dear X,\n\nYours faithfully,\n\nSigned by hand\n", NOBODY, Requester("Jo")) is None


async def _edit_then_set_name(pilot, app) -> None:  # type: ignore[no-untyped-def]
    letter = main_screen(app).query_one("#letter", TextArea)
    letter.text = "My own opening.\n\n" + letter.text
    await pilot.pause()
    await pilot.press("f3")
    await pilot.pause()
    assert isinstance(app.screen, SettingsScreen)
    app.screen.query_one("#name", Input).value = "Alex Example"
    app.screen.query_one("#email", Input).value = "alex@example.org"
    await pilot.press("ctrl+s")
    await settle(pilot)


@async_test
async def test_a_name_set_after_editing_signs_the_letter_and_keeps_the_edits(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _edit_then_set_name(pilot, app)
        assert not isinstance(app.screen, ConfirmScreen), "nothing to choose between: the edits stay"
        text = letter_text(app)
        assert text.startswith("My own opening.")
        assert "[your name]" not in text and "Alex Example" in text
        assert "no real name" not in str(main_screen(app).query_one("#lint").render())


@async_test
async def test_settings_refuse_an_email_that_is_not_an_address(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await pilot.pause()
        app.screen.query_one("#email", Input).value = "not-an-email"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen), "refused, not saved"
        assert any("does not look like an address" in n for n in notifications(app))
        assert not any(n.startswith("Settings saved") for n in notifications(app))
        assert Config.load().email == ""
