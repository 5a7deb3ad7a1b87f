"""Nothing a new user must read is cut off at 80×24: the answer's header (dates, the answerer's role), the
first start's buttons, the drafts' titles, and a late reply says "overdue by", not a bare day count."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Button, DataTable, Static

from foi_helper.drafts import DraftStore
from foi_helper.letters.titles import without_period
from foi_helper.tui.screens.drafts import DraftsScreen
from foi_helper.tui.screens.first_start import FirstStartScreen
from foi_helper.tui.widgets.answer_header import AnswerHeader
from tests.tui_helpers import TODAY, app_for, async_test, main_screen, settle


@async_test
async def test_the_header_shows_the_whole_date_and_the_answerers_role_at_80_and_160(seed_text: str) -> None:
    for size in ((80, 24), (160, 50)):
        app = app_for(seed_text)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            header = main_screen(app).query_one(AnswerHeader)
            shown = " ".join(header.render_line(y).text.strip() for y in range(header.content_region.height))
            shown = " ".join(shown.split())
            assert "…" not in shown, (size, shown)
            assert "Answered 2019-06-24" in shown, (size, shown)
            assert "(Department for International Development))" in shown, (size, shown)


@async_test
async def test_the_first_start_buttons_show_their_whole_labels_at_80_columns() -> None:
    app = app_for(None)
    app.config = app.config.__class__()  # no name yet: the first start asks
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        if not isinstance(app.screen, FirstStartScreen):
            app.push_screen(FirstStartScreen(app.config))
            await settle(pilot)
        for button in app.screen.query(Button):
            label = str(button.label)
            assert len(label) <= button.content_region.width, (label, button.content_region.width)
            room = button.parent.content_region  # type: ignore[union-attr]
            assert button.region.right <= room.right, (label, button.region, room)


@async_test
async def test_a_drafts_title_and_lateness_are_whole_at_80_columns(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        store = DraftStore.open()
        draft = store.saved_drafts()[0]
        from foi_helper.drafts.tracking import working_days_between
        from foi_helper.letters.deadlines import reply_due

        sent = next(TODAY - timedelta(days=n) for n in range(20, 40)
                    if working_days_between(TODAY, reply_due(TODAY - timedelta(days=n), "foia").due) == -1)
        store.mark_sent(draft.id, sent, "email")
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen)
        table = app.screen.query_one(DataTable)
        title = " ".join(str(table.get_cell_at((0, 0))).split())
        # the subject whole in the list; its period with the whole title in the note below
        assert title == without_period(draft.title) and title != draft.title, title
        note = " ".join(str(app.screen.query_one("#drafts-note", Static).render()).split())
        assert note.startswith(draft.title), note
        move = " ".join(str(table.get_cell_at((0, 2))).split())
        assert move == "Authority · overdue by 1 working day", move
        for column in table.columns.values():
            for row in range(table.row_count):
                cell = table.get_cell_at((row, list(table.columns).index(column.key)))
                longest = max(len(line) for line in str(cell).split("\n"))
                assert longest <= column.content_width, (str(cell), column.content_width)
