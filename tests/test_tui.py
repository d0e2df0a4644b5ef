"""The practice room, driven the Textual way with Pilot."""

from __future__ import annotations

from pathlib import Path

from roleplay.factory import Services
from roleplay.store.sessions import read_session
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble
from tui_helpers import send

GOOD = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?"
)


async def test_scenario_flag_opens_the_session_with_the_box_focused(services: Services) -> None:
    app = RoleplayApp(services, scenario="grief-have-you-lost-a-parent")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert isinstance(app.focused, ResponseBox)


async def test_enter_submits_then_scores_then_the_client_speaks(services: Services) -> None:
    app = RoleplayApp(services, scenario="grief-have-you-lost-a-parent")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = app.screen.query_one(ResponseBox)
        box.text = GOOD
        await send(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        cards = screen.query(FeedbackCard)
        assert len(cards) == 1
        assert set(cards.first().evaluation.criteria) >= {"self_disclosure", "immediacy"}
        children = list(screen.query_one("#transcript").children)
        kinds = [type(c) for c in children]
        assert kinds == [ClientBubble, TraineeBubble, FeedbackCard, ClientBubble]
        assert box.text == ""
        session = screen.session
        await pilot.press("ctrl+q")
    saved = read_session(session.path)
    assert saved.turns[0].attempts[0].response == GOOD


async def test_ctrl_j_adds_a_new_line_instead_of_submitting(services: Services) -> None:
    app = RoleplayApp(services, scenario="grief-have-you-lost-a-parent")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h", "i", "ctrl+j", "y", "o", "u")
        assert app.screen.query_one(ResponseBox).text == "hi\nyou"
        assert not app.screen.query(TraineeBubble)


async def test_home_lists_scenarios_and_starts_one(services: Services) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await send(pilot)
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)


async def test_trainee_markup_is_shown_literally(services: Services, data_dir: Path) -> None:
    app = RoleplayApp(services, scenario="grief-have-you-lost-a-parent")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(ResponseBox).text = "[bold red]I hear you[/] [link=x]x[/link]"
        await send(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        bubble = app.screen.query(TraineeBubble).first()
        assert "[bold red]" in str(bubble.render())
