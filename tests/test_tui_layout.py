"""The letter screen at 80×24 and up: one pane at a time below 120 columns, the letter one key away, the
footer whole, a visible focus."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.tui_helpers import app_for, async_test, main_screen, settle


def shown(app, selector: str) -> bool:  # type: ignore[no-untyped-def]
    widget = main_screen(app).query_one(selector)
    return bool(widget.display) and all(a.display for a in widget.ancestors if hasattr(a, "display")) \
        and widget.region.width > 0


@async_test
async def test_at_80x24_f7_shows_the_letter_and_f5_the_points(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert shown(app, "#points") and not shown(app, "#letter")
        await pilot.press("f7")
        await settle(pilot)
        assert shown(app, "#letter") and not shown(app, "#points")
        assert app.focused is main_screen(app).query_one("#letter")
        assert main_screen(app).query_one("#letter").region.width >= 72  # a letter's line, whole
        await pilot.press("f6")
        await settle(pilot)
        assert shown(app, "#related-pane") and not shown(app, "#letter")
        await pilot.press("f5")
        await settle(pilot)
        assert shown(app, "#points") and app.focused is main_screen(app).query_one("#points")


@async_test
async def test_a_click_on_the_pane_bar_switches(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = main_screen(app).query_one("#pane-bar")
        text = str(bar.render())
        await pilot.click("#pane-bar", offset=(text.index("Letter"), 0))
        await settle(pilot)
        assert shown(app, "#letter")


@async_test
async def test_at_160_columns_every_pane_is_on_screen(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert shown(app, "#points") and shown(app, "#letter") and shown(app, "#related-pane")
        assert not shown(app, "#pane-bar")


@async_test
async def test_the_focused_pane_has_the_accent_border_and_the_others_not(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        points, letter = screen.query_one("#points-pane"), screen.query_one("#right")
        assert points.styles.border_top[1] != letter.styles.border_top[1]
        await pilot.press("f7")
        await settle(pilot)
        assert points.styles.border_top[1] != letter.styles.border_top[1]
        assert letter.styles.border_top[1] == screen.app.current_theme.accent or letter.has_pseudo_class(
            "focus-within")


@async_test
async def test_the_footer_fits_80_columns_on_every_screen(seed_text: str) -> None:
    app = app_for(seed_text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for keys in ([], ["f7"], ["f2"]):
            for key in keys:
                await pilot.press(key)
            await settle(pilot)
            footer = app.screen.query_one(Footer)
            # every key whole: its label ("^s Save") as wide as it needs, none overlapping the palette's
            needed = sum(len(k.key_display) + len(k.description) + 2 for k in footer.query(FooterKey))
            assert needed <= 80, f"the footer needs {needed} columns after {keys}"
