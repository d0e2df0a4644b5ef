"""The practice room's self-awareness pause, the client's rating and the reflection."""

from __future__ import annotations

from practice_helpers import GOOD_DISCLOSURE, GRIEF
from roleplay.factory import Services
from roleplay.store.sessions import read_session
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.reflect import PauseScreen, ReflectionScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.screens.summary import SummaryScreen
from tui_helpers import respond, settle, shown


async def test_a_marked_moment_offers_a_pause_kept_with_the_response(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF, blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        session_screen = app.screen
        assert session_screen.session.pause_marked  # grief's personal question is marked
        await respond(pilot, GOOD_DISCLOSURE, pause=True)
        assert isinstance(app.screen, PauseScreen)
        for answer in ("sad, my own mum", "to say I know", "mine"):
            await pilot.press(*answer)
            await pilot.press("enter")
        await settle(pilot, until=lambda: app.screen is session_screen)
        await settle(pilot, until=lambda: len(session_screen.session.turns) == 2)
        path = session_screen.session.path
    attempt = read_session(path).turns[0].attempts[0]
    assert attempt.response == GOOD_DISCLOSURE
    assert attempt.pause is not None
    assert (attempt.pause.feeling, attempt.pause.want, attempt.pause.whose_need) == (
        "sad, my own mum",
        "to say I know",
        "mine",
    )


async def test_the_summary_shows_the_clients_rating_and_keeps_a_reflection(
    services: Services,
) -> None:
    app = RoleplayApp(services, scenario=GRIEF, blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        session_screen = app.screen
        await respond(pilot, GOOD_DISCLOSURE)
        await pilot.press("ctrl+f")
        await settle(pilot, until=lambda: isinstance(app.screen, SummaryScreen))
        summary = app.screen
        await settle(pilot)
        rating = shown(summary.query_one("#summary-client-rating"))
        assert "rated the session (0-10)" in rating and "I felt heard" in rating
        await pilot.press("w")
        await settle(pilot, until=lambda: isinstance(app.screen, ReflectionScreen))
        app.screen.query_one("#reflection-text").text = "I wanted to rescue her."
        await pilot.press("ctrl+s")
        await settle(pilot, until=lambda: app.screen is summary)
        assert "I wanted to rescue her." in shown(summary.query_one("#summary-reflection"))
        path = session_screen.session.path
    record = read_session(path)
    assert record.reflection == "I wanted to rescue her."
    assert record.client_rating is not None
