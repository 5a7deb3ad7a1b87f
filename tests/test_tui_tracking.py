"""The whole tracking loop in the app: sent, what the authority did (with its reference, exemptions and
reason), the review's grounds from the refusal, a deleted draft restored, a sent letter kept as sent."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from textual.widgets import Input, OptionList, Select, SelectionList, TextArea

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.drafts import DraftsScreen
from foi_helper.tui.screens.follow_up import FollowUpKindScreen, FollowUpLetterScreen
from foi_helper.tui.screens.grounds import GroundsScreen
from foi_helper.tui.screens.mark_sent import MarkSentScreen
from foi_helper.tui.screens.record_event import RecordEventScreen
from tests.tui_helpers import TODAY, app_for, async_test, letter_text, main_screen, notifications, settle


async def saved_and_listed(pilot, app) -> str:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)
    await pilot.press("f2")
    await settle(pilot)
    assert isinstance(app.screen, DraftsScreen)
    return DraftStore.open().saved_drafts()[0].id


@async_test
async def test_enter_on_the_channel_records_the_sending(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await saved_and_listed(pilot, app)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, MarkSentScreen)
        app.screen.query_one("#sent-on", Input).value = (TODAY - timedelta(days=3)).isoformat()
        app.screen.query_one(Select).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen)
        assert DraftStore.open().load(draft_id).sent_on == TODAY - timedelta(days=3)


@async_test
async def test_a_date_typed_fast_and_enter_records_the_typed_date(seed_text: str) -> None:
    # Keys arriving in one burst (a fast typist, a paste, a loaded machine): enter was a priority binding that
    # read the box before the box had taken the characters typed just before it, and refused a complete date.
    from textual import events

    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await saved_and_listed(pilot, app)
        await pilot.press("s")
        await settle(pilot)
        box = app.screen.query_one("#sent-on", Input)
        box.value = ""
        await pilot.pause()
        typed = (TODAY - timedelta(days=3)).isoformat()
        for key in [*typed, "enter"]:
            name = {"-": "minus"}.get(key, key)
            app.post_message(events.Key(name, key if key != "enter" else "\r"))
        await settle(pilot)
        assert isinstance(app.screen, DraftsScreen), notifications(app)
        assert DraftStore.open().load(draft_id).sent_on == TODAY - timedelta(days=3)


@async_test
async def test_sent_refused_then_internal_review_with_the_refusals_grounds(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        app.config = dataclasses.replace(app.config, name="A Citizen", email="a@example.org")
        draft_id = await saved_and_listed(pilot, app)
        DraftStore.open().mark_sent(draft_id, TODAY - timedelta(days=30))
        app.screen.reload()  # type: ignore[attr-defined]
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, RecordEventScreen)
        screen.query_one(Select).value = "refused"
        await settle(pilot)
        assert screen.query_one("#grounds-box").display
        screen.query_one("#event-on", Input).value = (TODAY - timedelta(days=2)).isoformat()
        screen.query_one("#event-reference", Input).value = "FOI-2026-777"
        screen.query_one("#event-exemptions", Input).value = "s.43(2), s.40(2)"
        screen.query_one("#event-reason", Input).value = "commercial interests"
        await pilot.press("ctrl+s")
        await settle(pilot)
        draft = DraftStore.open().load(draft_id)
        assert draft.status == "refused" and draft.reference == "FOI-2026-777"
        assert draft.history[-1].exemptions == ["s.43(2)", "s.40(2)"]
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpKindScreen)
        kinds = app.screen.query_one(OptionList)
        kinds.highlighted = [o.id for o in kinds._options].index("internal_review")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, GroundsScreen)
        assert "exemption_disputed" in app.screen.query_one(SelectionList).selected
        assert "no_reply" not in app.screen.query_one(SelectionList).selected
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpLetterScreen)
        body = app.screen.query_one(TextArea).text
        assert "s.43(2), s.40(2)" in body and "commercial interests" in body
        await pilot.press("ctrl+s")  # kept with the draft: the history moves on only when it is sent
        await settle(pilot)
        assert any('r, then "internal review requested"' in n for n in notifications(app)), notifications(app)


@async_test
async def test_a_deleted_draft_is_restored_from_the_drafts_screen(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await saved_and_listed(pilot, app)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert DraftStore.open().saved_drafts() == []
        assert any("u restores it" in n for n in notifications(app))
        assert not any("foi-helper" in n for n in notifications(app))  # no CLI command in the app
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert [d.id for d in DraftStore.open().saved_drafts()] == [draft_id]


@async_test
async def test_a_sent_drafts_letter_is_kept_as_sent(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        draft_id = await saved_and_listed(pilot, app)
        DraftStore.open().mark_sent(draft_id, TODAY - timedelta(days=3))
        app.screen.reload()  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        main = main_screen(app)
        before = letter_text(app)
        assert main.query_one("#letter", TextArea).read_only
        await pilot.press("ctrl+r")
        await pilot.press("f5", "space")
        await settle(pilot)
        assert letter_text(app) == before and not main.dirty
        assert any("stays as sent" in n for n in notifications(app))
