"""Crafted session files in the data dir: the practice room refuses them with a message and
shows every stored text literally (issue 11, item 10)."""

from __future__ import annotations

import json

from rich.text import Text

from practice_helpers import GOOD_DISCLOSURE, GRIEF, answer
from roleplay.factory import Services
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.dialogs import ErrorScreen, ResumeScreen
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from tui_helpers import palette_titles, settle, shown

CLICK = "[@click=app.quit]quit[/]"


async def _crafted(services: Services, change) -> str:
    """A session with one answered turn, its file then edited by `change(raw_json)`."""
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    raw = json.loads(session.path.read_text())
    change(raw)
    session.path.write_text(json.dumps(raw))
    return session.record.id


def _home_ids(app: RoleplayApp) -> list[str | None]:
    options = app.screen.query_one("#scenarios")
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_a_session_without_turns_is_never_offered_and_never_crashes(
    services: Services,
) -> None:
    session_id = await _crafted(services, lambda raw: raw.update(turns=[]))
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        assert isinstance(app.screen, HomeScreen)  # no resume offer for it
        assert f"resume:{session_id}" not in _home_ids(app)
        app.open_session(session_id)  # as a stale palette entry or history row would
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        text = " ".join(" ".join(shown(w) for w in app.screen.query("Static")).split())
        # refused by the record reader (store/sessions.py) or the screen's own guard
        assert "no turns" in text or "turns: List should have at least 1 item" in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and app.is_running


async def test_a_turn_naming_an_unknown_moment_is_refused_before_any_submit(
    services: Services,
) -> None:
    def unknown_beat(raw: dict) -> None:
        raw["turns"][-1]["beat"] = "no-such-beat"

    session_id = await _crafted(services, unknown_beat)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        assert not isinstance(app.screen, ResumeScreen)
        app.open_session(session_id)
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        text = " ".join(shown(w) for w in app.screen.query("Static"))
        assert "no-such-beat" in text
        assert "does not have" in text or "not in the session's scenario" in text
        assert not any(isinstance(s, SessionScreen) for s in app.screen_stack)


async def test_history_shows_markup_in_titles_and_trainee_ids_literally(
    services: Services,
) -> None:
    trainee = "[/bold]t-001"
    title = f"[/bold] Grief {CLICK}"

    def hostile(raw: dict) -> None:
        raw["trainee"] = trainee
        raw["scenario"]["title"] = title
        raw["status"] = "completed"

    session_id = await _crafted(services, hostile)
    app = RoleplayApp(services, trainee=trainee)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, until=lambda: app.sessions.loaded)
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        table = screen.query_one("#sessions")
        cell = table.get_row(session_id)[1]
        assert isinstance(cell, Text) and cell.plain.startswith("[/bold] Grief [@click")
        assert trainee in shown(screen.query_one("#history-filter"))
        # Clicking the title cell is a row selection, never the quit action the title spells.
        await pilot.click("#sessions", offset=(20, 1))
        await settle(pilot)
        assert app.is_running
        titles = await palette_titles(app)
        assert "Open session summary" in titles


async def test_palette_entries_show_a_markup_title_literally(services: Services) -> None:
    def hostile(raw: dict) -> None:
        raw["scenario"]["title"] = f"[/bold] {CLICK}"

    await _crafted(services, hostile)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        prompt = app.screen.query_one("#resume-list").get_option_at_index(0).prompt
        assert prompt.plain.startswith(f"[/bold] {CLICK}")
        await pilot.press("n")
        await settle(pilot)
        resume = [t for t in await palette_titles(app, "resume") if t.startswith("Resume:")]
        assert resume == [f"Resume: [/bold] {CLICK}"]
        assert app.is_running


async def test_a_frozen_scenario_that_does_not_parse_is_refused_with_a_message(
    services: Services,
) -> None:
    def broken_client(raw: dict) -> None:
        raw["scenario"]["frozen"]["client"] = 5

    session_id = await _crafted(services, broken_client)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("enter")
        await settle(pilot, until=lambda: isinstance(app.screen, ErrorScreen))
        text = " ".join(" ".join(shown(w) for w in app.screen.query("Static")).split())
        assert "does not parse" in text
        await pilot.press("escape")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        assert f"resume:{session_id}" not in _home_ids(app)  # not offered again
        assert app.is_running
