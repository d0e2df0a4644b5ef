"""The practice room at 80x24 (issue 12, item 6): attempts side by side with their scores in
view, toasts clear of the response box, Quit and Help in every footer, whole summary headers."""

from __future__ import annotations

from rich.console import Console
from textual.widgets import Footer
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from practice_helpers import GOOD_DISCLOSURE, GRIEF, answer
from roleplay.factory import Services
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.moment import AttemptsScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.screens.summary import SummaryScreen, turns_table
from roleplay.tui.widgets.response import ResponseBox
from tui_helpers import respond, settle, shown

SMALL = (80, 24)


def _footer_actions(app: RoleplayApp) -> dict[str, FooterKey]:
    footer = app.screen.query_one(Footer)
    return {key.action: key for key in footer.query(FooterKey)}


def _fully_shown(app: RoleplayApp, key: FooterKey) -> bool:
    region = key.region
    return region.width > 0 and region.right <= app.size.width


async def test_two_attempts_fit_side_by_side_with_their_scores(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await respond(pilot, "Yes. Anyway, tell me more about Luis.")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        await pilot.press("ctrl+t")
        await settle(pilot, until=lambda: isinstance(app.screen, AttemptsScreen))
        scroll = app.screen.query_one("#attempts")
        first, second = app.screen.query(".attempt")
        for attempt in (first, second):
            assert attempt.region.x >= scroll.region.x
            assert attempt.region.right <= scroll.region.right  # nothing cut at the side
            # Header and both criteria lines (inside the border) are on screen without scrolling.
            assert attempt.region.y + 4 <= scroll.region.bottom
            assert "Self-disclosure:" in shown(attempt) and "Immediacy:" in shown(attempt)
        assert first.region.y == second.region.y  # side by side at 80 columns


async def test_a_toast_never_covers_the_response_box(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        app.notify("A long notice that wraps over more than one line in a toast at 80 columns.")
        await settle(pilot, until=lambda: bool(app.screen.query(Toast)))
        box = app.screen.query_one(ResponseBox)
        for toast in app.screen.query(Toast):
            assert toast.region.height > 0
            assert not toast.region.overlaps(box.region)


async def test_every_footer_keeps_quit_and_help_in_view_at_80_columns(
    services: Services,
) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    session.finish()
    app = RoleplayApp(services)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        seen = []
        for go in ("home", "history", "summary", "session"):
            if go == "history":
                await pilot.press("h")
                await settle(pilot, until=lambda: isinstance(app.screen, HistoryScreen))
            elif go == "summary":
                await pilot.press("enter")
                await settle(pilot, until=lambda: isinstance(app.screen, SummaryScreen))
            elif go == "session":
                app.go_home()
                await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
                app.start_scenario(GRIEF)
                await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
            await settle(pilot)
            keys = _footer_actions(app)
            assert _fully_shown(app, keys["quit"]), go
            assert _fully_shown(app, keys["help"]), go
            seen.append(type(app.screen).__name__)
        assert seen == ["HomeScreen", "HistoryScreen", "SummaryScreen", "SessionScreen"]


async def test_summary_headers_are_whole_at_80_columns(services: Services) -> None:
    session = services.start("complaint-about-last-session")
    await answer(session, "You're right, I was late and I'm sorry. What was that like for you?")
    session.finish()
    app = RoleplayApp(services)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        app.open_session(session.record.id, summary=True)
        await settle(pilot, until=lambda: isinstance(app.screen, SummaryScreen))
        width = app.screen.query_one("#summary-turns").content_region.width
        console = Console(width=width, color_system=None)
        with console.capture() as capture:
            console.print(turns_table(app.screen.review, session))
        drawn = capture.get()
    lines = drawn.splitlines()
    header = lines[: next(i for i, line in enumerate(lines) if line.lstrip().startswith("1 "))]
    assert header and not any("\u2026" in line for line in header)  # no header cut short
    row = next(line for line in lines if line.lstrip().startswith("1 "))
    assert "rupture-repair" in row  # the moment keeps room beside the scores
    words = " ".join(drawn.split())
    for criterion in session.rubric.criteria:  # a column, or named as not used
        assert all(word in words for word in criterion.name.split()), criterion.name
    assert "Not used in this session:" in words
