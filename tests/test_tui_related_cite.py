"""A related question the index holds without a UIN cannot be cited: the app says so (finding 6, app half)."""

from __future__ import annotations

from textual.widgets import Static

from foi_helper.model import Match
from foi_helper.tui.screens.related_detail import RelatedDetailScreen, match_heading
from foi_helper.tui.widgets.related_list import RelatedList
from tests.tui_helpers import app_for, async_test, letter_text, main_screen, notifications, settle

BARE = Match(id=7, uin=None, house="Commons", date_tabled=None, date_answered=None, department=None,
             heading="Prisons: Staff", question="To ask how many prison officers were recruited.", score=90.0,
             url=None, answer="The information is not held centrally.")


def test_the_reader_does_not_call_an_answered_record_unanswered() -> None:
    heading = match_heading(BARE)
    assert "not answered" not in heading and "answer date unknown" in heading


@async_test
async def test_citing_a_question_without_a_uin_is_refused_with_a_reason(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = letter_text(app)
        main = main_screen(app)
        main.session.related = [BARE]  # as the index's search would have found it
        related = main.query_one(RelatedList)
        related.show([BARE])
        related.display = True
        related.focus()
        await pilot.press("c")
        await settle(pilot)
        assert related.cited == set(), "no ★ cite that the letter would ignore"
        assert any("no UIN" in n for n in notifications(app))
        assert letter_text(app) == before
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RelatedDetailScreen)
        hints = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "c: cite it" not in hints
