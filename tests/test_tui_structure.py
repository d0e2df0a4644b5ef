"""How the practice room is built (issue 12, item 5): the session index is read once, in a
thread, announced by one message; filters work from memory; help comes from the bindings."""

from __future__ import annotations

import threading

import pytest

from practice_helpers import GOOD_DISCLOSURE, GRIEF, answer
from roleplay.factory import Services
from roleplay.store import sessions as stored
from roleplay.tui.app import DrillCommands, RoleplayApp
from roleplay.tui.messages import SessionsLoaded
from roleplay.tui.screens.dialogs import HelpScreen, help_markdown, key_name
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from tui_helpers import respond, settle


async def test_sessions_are_read_once_in_a_thread_then_filtered_in_memory(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        session = services.start(GRIEF)
        await answer(session, GOOD_DISCLOSURE)
        session.finish()
    reads: list[str] = []
    real_read = stored.read_record

    def counted(path):
        reads.append(threading.current_thread().name)
        return real_read(path)

    monkeypatch.setattr(stored, "read_record", counted)
    messages: list[object] = []
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        assert len(reads) == 2 and threading.main_thread().name not in reads
        assert sum(isinstance(m, SessionsLoaded) for m in messages) == 1
        home = app.screen
        assert isinstance(home, HomeScreen)
        await pilot.press("s", "s", "d", "h")  # filters, then history
        await settle(pilot, until=lambda: isinstance(app.screen, HistoryScreen))
        assert home.skill is not None and home.difficulty is not None
        assert app.screen.query_one("#sessions").row_count == 2
        await pilot.press("f", "escape")
        await settle(pilot, until=lambda: app.screen is home)
        assert len(reads) == 2  # no keypress or screen resume read a file again


async def test_a_session_played_here_reaches_history_without_a_reread(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[object] = []
    real_read = stored.read_session
    monkeypatch.setattr(stored, "read_session", lambda p: reads.append(p) or real_read(p))
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await respond(pilot, GOOD_DISCLOSURE)
        await pilot.press("ctrl+f")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot, until=lambda: isinstance(app.screen, HistoryScreen))
        assert app.screen.query_one("#sessions").row_count == 1
    assert reads == []


async def test_help_lists_every_binding_of_every_screen(services: Services) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        await pilot.press("f1")
        await settle(pilot, until=lambda: isinstance(app.screen, HelpScreen))
        text = help_markdown(app.screen.sections)
        await pilot.press("pagedown")  # the help has the focus, so the keys scroll it
        help_scroll = app.screen.query_one("#help")
        await settle(pilot, until=lambda: help_scroll.scroll_y > 0)
    sections = {section.title: section for section in app.help_sections()}
    assert {"In a session", "Home", "Summary", "History", "Everywhere"} <= set(sections)
    for binding in SessionScreen.BINDINGS:
        assert f"| {key_name(binding)} | {binding.tooltip} |" in text
    for binding in HomeScreen.BINDINGS:
        assert binding.tooltip and binding.tooltip in text
    assert "| ctrl+j / alt+enter / shift+enter |" in text


async def test_drills_are_in_the_palette_on_every_screen(services: Services) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        titles = [hit.text async for hit in DrillCommands(app.screen).search("drill")]
        decks = [e.deck.title for e in services.library.drills.values()]
        assert decks and titles == [f"Drill: {title}" for title in decks]
        assert DrillCommands in app.COMMANDS
