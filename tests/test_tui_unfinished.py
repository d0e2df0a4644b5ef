"""Unfinished sessions and unsent drafts (issue 12, item 6): nothing is kept for a session nobody
answered, an unfinished one can be discarded, `--scenario` offers to carry on, and quitting or
finishing asks first when typed words would be lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from practice_helpers import GOOD_DISCLOSURE, GRIEF, HELD_BACK, answer
from roleplay.factory import Services
from roleplay.store.sessions import read_session
from roleplay.tui.app import RoleplayApp
from roleplay.tui.index import SessionIndex
from roleplay.tui.screens.dialogs import ConfirmScreen, ErrorScreen, ResumeScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.widgets.response import OPEN, OVER, ResponseBox
from tui_helpers import respond, settle, shown


def _files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "sessions").glob("*.json"))


async def _left_open(services: Services, text: str = GOOD_DISCLOSURE) -> str:
    session = services.start(GRIEF)
    await answer(session, text)
    return session.record.id


async def test_a_session_nobody_answered_leaves_no_file(services: Services, data_dir) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await pilot.press("ctrl+f")  # finish without answering
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        assert any("not kept" in n.message for n in app._notifications)
        await pilot.press("enter")  # start the highlighted scenario, then quit at once
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await pilot.press("ctrl+q")
        await settle(pilot, until=lambda: not app.is_running)
    assert _files(data_dir) == []
    again = RoleplayApp(services)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: again.sessions.loaded)
        assert isinstance(again.screen, HomeScreen)  # nothing to offer
        first = again.screen.query_one("#scenarios").get_option_at_index(0)
        assert first.id.startswith("start:")


async def test_the_first_response_writes_the_session(services: Services, data_dir) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        assert _files(data_dir) == []
        await respond(pilot, GOOD_DISCLOSURE)
        [path] = _files(data_dir)
        assert read_session(path).turns[0].attempts[0].response == GOOD_DISCLOSURE


async def test_scenario_option_offers_the_unfinished_session_of_that_scenario(
    services: Services, data_dir
) -> None:
    waiting = await _left_open(services)
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        options = app.screen.query_one("#resume-list")
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == [waiting, "new"]
        await pilot.press("enter")
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        assert app.screen.session.record.id == waiting
    fresh = RoleplayApp(services, scenario=GRIEF)
    async with fresh.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(fresh.screen, ResumeScreen))
        await pilot.press("down", "enter")  # "Start a new session"
        await settle(pilot, until=lambda: isinstance(fresh.screen, SessionScreen))
        assert fresh.screen.session.record.id != waiting
        assert not fresh.screen.session.turns[0].attempts


async def test_discard_an_unfinished_session_from_home(services: Services, data_dir) -> None:
    kept = await _left_open(services, HELD_BACK)
    dropped = await _left_open(services)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("n")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        options = app.screen.query_one("#scenarios")
        assert options.get_option_at_index(0).id == f"resume:{dropped}"  # newest first
        await pilot.press("x")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # changed my mind: nothing happens
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        assert read_session(services.store.path_for(dropped)).status == "in_progress"
        await pilot.press("x")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert f"resume:{dropped}" not in ids and f"resume:{kept}" in ids
    record = read_session(services.store.path_for(dropped))
    assert record.status == "abandoned" and record.turns[0].attempts[0].response == GOOD_DISCLOSURE
    assert read_session(services.store.path_for(kept)).status == "in_progress"


async def test_discard_from_the_start_up_offer(services: Services) -> None:
    only = await _left_open(services)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("x")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
    assert read_session(services.store.path_for(only)).status == "abandoned"


async def test_quitting_with_a_draft_asks_first(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        app.screen.query_one(ResponseBox).text = "Half a thought I have not sent"
        await pilot.press("ctrl+q")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        assert app.is_running
        assert app.screen.query_one(ResponseBox).text == "Half a thought I have not sent"
        await pilot.press("ctrl+q")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await settle(pilot, until=lambda: not app.is_running)


async def test_finishing_with_a_draft_asks_first(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await respond(pilot, GOOD_DISCLOSURE)
        screen = app.screen
        screen.query_one(ResponseBox).text = "Something I still mean to say"
        await pilot.press("ctrl+f")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await settle(pilot, until=lambda: app.screen is screen)
        assert not screen.session.finished
        await pilot.press("ctrl+f")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await settle(pilot, until=lambda: screen.session.finished)
        assert screen.session.record.status == "abandoned"


async def test_after_the_end_the_box_no_longer_invites_a_response(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        box = screen.query_one(ResponseBox)
        assert box.placeholder == OPEN
        await respond(pilot, GOOD_DISCLOSURE)
        await pilot.press("ctrl+f")
        await settle(pilot)
        await pilot.press("escape")  # back from the summary to the transcript
        await settle(pilot, until=lambda: app.screen is screen)
        assert box.disabled and box.placeholder == OVER and "Enter sends" not in box.placeholder
        await pilot.press("ctrl+n")  # carry on: the box invites a response again
        await settle(pilot, until=lambda: not box.disabled)
        assert box.placeholder == OPEN


async def test_scenario_option_escape_from_the_offer_starts_a_new_session(
    services: Services,
) -> None:
    waiting = await _left_open(services)
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        assert app.screen.session.record.id != waiting
        assert isinstance(app.focused, ResponseBox)


async def test_home_is_usable_while_sessions_are_read_and_offers_afterwards(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _left_open(services)
    gate = threading.Event()  # holds the session read back, as a slow disk would
    real_read = SessionIndex.read

    def slow_read(store):
        gate.wait(timeout=30)
        return real_read(store)

    monkeypatch.setattr(SessionIndex, "read", staticmethod(slow_read))
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home = app.screen
        assert not app.sessions.loaded and isinstance(home, HomeScreen)
        assert "reading your sessions" in shown(home.query_one("#filters"))
        await pilot.press("s", "n")  # the list answers keys; nothing goes to the trainee field
        assert home.skill is not None
        assert home.query_one("#trainee").value == "t-001"
        gate.set()
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        assert "reading" not in shown(home.query_one("#filters"))
        assert app.trainee == "t-001"


async def test_a_discard_that_cannot_be_saved_keeps_the_session_offered(
    services: Services, data_dir: Path
) -> None:
    waiting = await _left_open(services)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("n")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        sessions = data_dir / "sessions"
        sessions.rename(data_dir / "moved")
        sessions.write_text("not a directory")  # every save now fails, as on a broken disk
        await pilot.press("x")
        await settle(pilot, until=lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await settle(pilot, until=lambda: isinstance(app.screen, ErrorScreen))
        sessions.unlink()
        (data_dir / "moved").rename(sessions)
        await pilot.press("escape")
        await settle(pilot, until=lambda: isinstance(app.screen, HomeScreen))
        first = app.screen.query_one("#scenarios").get_option_at_index(0)
        assert first.id == f"resume:{waiting}"
    assert read_session(services.store.path_for(waiting)).status == "in_progress"
