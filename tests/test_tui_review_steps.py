"""The internal review as a new user meets it: the follow-up list starts on what fits now, the grounds screen
says how to go on and shows its ticks in plain text (a late refusal is a reply: "no reply" stays unticked),
s.12 is named as cost (not an exemption), and the saved letter keeps its paragraphs."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from textual.widgets import Button, Input, OptionList, Select, SelectionList, Static, TextArea

from foi_helper.drafts import DraftStore
from foi_helper.tui.screens.follow_up import FollowUpKindScreen, FollowUpLetterScreen
from foi_helper.tui.screens.grounds import GroundsScreen
from foi_helper.tui.screens.record_event import RecordEventScreen
from tests.test_tui_tracking import saved_and_listed
from tests.tui_helpers import TODAY, app_for, async_test, settle


async def refused_on_cost(pilot, app, sent_days_ago: int) -> str:  # type: ignore[no-untyped-def]
    app.config = dataclasses.replace(app.config, name="A Citizen", email="a@example.org")
    draft_id = await saved_and_listed(pilot, app)
    DraftStore.open().mark_sent(draft_id, TODAY - timedelta(days=sent_days_ago))
    app.screen.reload()
    await pilot.press("r")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, RecordEventScreen)
    screen.query_one(Select).value = "refused"
    await settle(pilot)
    labels = " ".join(str(s.render()) for s in screen.query(Static))
    assert "Exemptions cited" not in labels and "s.12" in labels, labels
    screen.query_one("#event-on", Input).value = (TODAY - timedelta(days=1)).isoformat()
    screen.query_one("#event-exemptions", Input).value = "s.12"
    await pilot.press("ctrl+s")
    await settle(pilot)
    return draft_id


@async_test
async def test_a_late_refusal_on_cost_gives_a_review_that_reads_right(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await refused_on_cost(pilot, app, sent_days_ago=60)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpKindScreen)
        kinds = app.screen.query_one(OptionList)
        assert kinds.highlighted is not None
        assert "(fits now)" in str(kinds.get_option_at_index(kinds.highlighted).prompt)
        await pilot.press("enter")
        await settle(pilot)
        grounds = app.screen
        assert isinstance(grounds, GroundsScreen)
        button = grounds.query_one(Button)
        assert button.display and "Write" in str(button.label)
        assert button.region.bottom <= grounds.query_one(".dialog").region.bottom - 1, "the button is cut off"
        selected = grounds.query_one(SelectionList).selected
        # a reply came (late): "no reply" is not ticked, and the box says so in plain text
        assert "no_reply" not in selected and "cost_limit_no_advice" in selected, selected
        shown = [grounds.query_one(SelectionList).render_line(i).text for i in range(5)]
        ticked = [s for s in shown if s.startswith("▐X▌")]
        unticked = [s for s in shown if s.startswith("▐ ▌")]
        assert len(ticked) == len(selected) and len(unticked) == 5 - len(selected), shown
        assert any(s.startswith("▐ ▌ No reply") for s in shown), shown
        # enter writes the letter, as the hint says; in the list it used to tick the highlighted ground, so
        # "no reply in time" went into the letter of a reply that came
        assert grounds.focused is grounds.query_one(SelectionList)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FollowUpLetterScreen)
        body = app.screen.query_one(TextArea).text
        assert "reply within" not in body.lower(), body
        assert "withheld information under s.12" not in body
        assert "refused the request on cost under s.12" in body, body
        assert "review.\n\n" in body, body


@async_test
async def test_a_refusal_in_time_leaves_no_reply_unticked(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await refused_on_cost(pilot, app, sent_days_ago=10)
        await pilot.press("f")
        await settle(pilot)
        kinds = app.screen.query_one(OptionList)
        kinds.highlighted = [o.id for o in kinds._options].index("internal_review")
        await pilot.press("enter")
        await settle(pilot)
        assert "no_reply" not in app.screen.query_one(SelectionList).selected
