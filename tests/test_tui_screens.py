"""The app's other screens as a person uses them: related questions, drafts, settings, export, help."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, TextArea

from foi_helper.corpus import Corpus
from foi_helper.drafts import DraftStore
from foi_helper.settings import Config
from foi_helper.tui.screens.confirm import ConfirmScreen
from foi_helper.tui.screens.drafts import DraftsScreen
from foi_helper.tui.screens.follow_up import FollowUpKindScreen, FollowUpLetterScreen
from foi_helper.tui.screens.help import HelpScreen
from foi_helper.tui.screens.letter_options import LetterOptionsScreen
from foi_helper.tui.screens.related_detail import RelatedDetailScreen
from foi_helper.tui.screens.settings import SettingsScreen
from foi_helper.tui.widgets.related_list import RelatedList
from tests.conftest import EXAMPLE
from tests.tui_helpers import TODAY, app_for, async_test, letter_text, main_screen, notifications, settle

EARLIER = {
    "id": 900001, "uin": "HL9999", "house": "Lords", "heading": "Social Media: Child Sexual Abuse [HL9999]",
    "questionText": "To ask Her Majesty's Government what steps they are taking to stop paedophiles using "
                    "Twitter and other social media platforms to groom children.",
    "answerText": "<p>The Online Harms White Paper sets out our plans [HL1234].</p>",
    "answeringBodyName": "Home Office", "dateTabled": "2019-03-01", "dateAnswered": "2019-03-15",
}


@pytest.fixture
def seed() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    source = tmp_path / "earlier.jsonl"
    source.write_text(json.dumps({"value": EARLIER}) + "\n", encoding="utf-8")
    path = tmp_path / "index.sqlite3"
    with Corpus.open(path) as index:
        index.import_file(source)
    return path


@async_test
async def test_related_question_shown_in_full_and_cited(seed: str, corpus: Path) -> None:
    app = app_for(seed)
    app.corpus_path = corpus
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        related = main_screen(app).query_one(RelatedList)
        assert [m.uin for m in related.matches] == ["HL9999"]
        related.focus()
        related.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RelatedDetailScreen)
        assert "[HL1234]" in app.export_screenshot().replace("&#160;", " "), "answer text shown literally"
        await pilot.press("c")
        await settle(pilot)
        assert related.cited_matches() and "HL9999" in letter_text(app)


@async_test
async def test_drafts_screen_marks_sent_follows_up_opens_and_deletes(seed: str) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        main_screen(app).query_one("#letter", TextArea).insert("My own words.\n", (0, 0))
        await pilot.pause()
        await pilot.press("ctrl+s", "f2")
        await pilot.pause()
        assert isinstance(app.screen, DraftsScreen)
        assert app.screen.query_one(DataTable).row_count == 1
        draft_id = app.screen.drafts[0].id
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one(Input).value = TODAY.isoformat()
        await pilot.press("enter")
        await pilot.pause()
        assert DraftStore.open().load(draft_id).status == "sent"
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpKindScreen)
        await pilot.press("enter")  # a clarification (a chaser on the day it was sent is refused as early)
        await pilot.pause()
        assert isinstance(app.screen, FollowUpLetterScreen)
        await pilot.press("ctrl+l")
        assert app.clipboard == app.screen.query_one(TextArea).text
        await pilot.press("ctrl+s", "escape")
        await pilot.pause()
        assert DraftStore.open().load(draft_id).follow_ups
        await pilot.press("enter")  # open the draft: back to the letter as the user left it
        await settle(pilot)
        assert letter_text(app).startswith("My own words.")
        assert not main_screen(app).dirty
        await pilot.press("f2", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert DraftStore.open().saved_drafts() == []


@async_test
async def test_settings_sign_the_letter_and_export_writes_it(seed: str, tmp_path: Path) -> None:
    app = app_for(seed)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "[your name]" in letter_text(app)
        lint = main_screen(app).query_one("#lint")
        assert "no real name" in str(lint.render()), "the checks say the request is not valid yet"
        assert "f3 opens the settings" in str(lint.render()), "and how to put it right"
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#name", Input).value = "Alex Example"
        app.screen.query_one("#email", Input).value = "alex@example.org"
        app.screen.query_one("#date_from", Input).value = "2019-13-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen), "a bad date is refused, not saved"
        app.screen.query_one("#date_from", Input).value = "2019-01-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert Config.load().name == "Alex Example"
        assert letter_text(app).rstrip().endswith("Alex Example")
        assert "no real name" not in str(main_screen(app).query_one("#lint").render())

        # export: the file's ending chooses the format
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "request.eml")
        await pilot.press("enter")
        await pilot.pause()
        eml = (tmp_path / "request.eml").read_text(encoding="utf-8")
        assert "Subject: Freedom of Information request" in eml and "Alex Example" in eml
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "request.pdf")
        await pilot.press("enter")
        await pilot.pause()
        assert any(".txt, .md, .eml or .json" in m for m in notifications(app))


@async_test
async def test_help_lists_every_key() -> None:
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=100, record=True, file=io.StringIO())
        console.print(app.screen.grid)
        lines = console.export_text().splitlines()
        keys = ("ctrl+s", "ctrl+l", "ctrl+t", "ctrl+b", "ctrl+o", "ctrl+q", "f2", "f3", "f4", "f5", "f6", "f7",
                "space", "c")
        for key in keys:
            assert any(line.startswith(key + " ") for line in lines), key


@async_test
async def test_an_unknown_department_asks_who_to_write_to(seed: str) -> None:
    page = seed.replace("Home Office written question", "Office of the Made-Up Things written question")
    app = app_for(page)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LetterOptionsScreen)
        app.screen.query_one(Input).value = "Cabinet Office"
        await pilot.press("enter")
        await settle(pilot)
        assert letter_text(app).startswith("Dear Cabinet Office,")


@async_test
async def test_a_corrupt_draft_file_is_named_and_the_others_still_list() -> None:
    from foi_helper.settings import drafts_dir

    drafts_dir().mkdir(parents=True, exist_ok=True)
    (drafts_dir() / "261101-broken-abcd.toml").write_text("this is = not [valid toml", encoding="utf-8")
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, DraftsScreen)
        note = str(app.screen.query_one("#drafts-note").render())
        assert "261101-broken-abcd" in note and "No drafts yet" in note


@async_test
async def test_an_earlier_answer_the_minister_refers_to_comes_first(corpus: Path) -> None:
    page = json.dumps({"value": {
        "id": 900002, "uin": "HL10001", "house": "Lords", "heading": "Children: Online Grooming",
        "questionText": "To ask His Majesty's Government how many children were groomed online in 2018.",
        "answerText": "<p>I refer the noble Lord to the answer I gave on 15 March 2019 to Question HL9999.</p>",
        "answeringBodyName": "Home Office", "dateTabled": "2019-05-01", "dateAnswered": "2019-05-10",
    }})
    app = app_for(page)
    app.corpus_path = corpus
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        related = main_screen(app).query_one(RelatedList)
        assert related.matches and related.matches[0].uin == "HL9999"
        assert related.matches[0].id in related.referred
        assert "the answer refers to it" in related.get_option_at_index(0).prompt.plain


@async_test
async def test_a_discard_the_drafts_folder_refuses_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from foi_helper.errors import DraftError

    def refused(self: DraftStore, draft_id: str) -> None:
        raise DraftError("The drafts folder is locked by another foi-helper.")

    monkeypatch.setattr(DraftStore, "discard_autosave", refused)
    app = app_for()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.discard_autosave("261101-any-abcd")
        await settle(pilot)
        assert "The drafts folder is locked by another foi-helper." in notifications(app)
