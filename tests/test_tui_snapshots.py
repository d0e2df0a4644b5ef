"""Snapshots of the main screens at 80x24 and 120x40 (pytest-textual-snapshot).

Deterministic by construction: a relative data dir inside the test's own directory (so paths on
screen are the same everywhere), fixed session ids and dates, a fixed trainee, no clock, and the
cursor blink off. Regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and
review the SVGs before committing them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from practice_helpers import GOOD_DISCLOSURE, GRIEF, HELD_BACK, answer
from roleplay.domain.session import Attempt
from roleplay.factory import Services, build_services
from roleplay.settings import Settings
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.reflect import PauseScreen
from roleplay.tui.widgets.response import ResponseBox
from tui_helpers import settle

SIZES = [(80, 24), (120, 40)]
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def snap_services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.chdir(tmp_path)
    settings = Settings(data_dir=Path("data"), offline=True, trainee="t-001", cohort="spring")
    return build_services(settings)


async def _played(services: Services, session_id: str, day: int, responses: list[str]) -> None:
    session = services.start(GRIEF)
    session.path.unlink()
    session.record.id = session_id
    session.record.started_at = START + timedelta(days=day)
    for text in responses:
        await answer(session, text)
    session.finish()


async def _history(services: Services) -> None:
    await _played(services, "grief-1", 0, ["Yes, I lost my dad and I still cry. You should too."])
    await _played(services, "grief-2", 3, [GOOD_DISCLOSURE, "I cried too, later on."])
    await _played(services, "grief-3", 7, [GOOD_DISCLOSURE, HELD_BACK])


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_home(snap_compare, snap_services: Services, size: tuple[int, int]) -> None:
    async def before(pilot) -> None:
        await _history(snap_services)
        pilot.app.read_sessions()  # played outside the app: read the index again
        await settle(pilot)

    app = RoleplayApp(snap_services, blink=False)
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_session_after_a_response(snap_compare, snap_services: Services, size) -> None:
    async def before(pilot) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        screen.query_one(ResponseBox).text = GOOD_DISCLOSURE
        await pilot.press("enter")
        await pilot.pause()
        if isinstance(pilot.app.screen, PauseScreen):  # grief's question is marked for a pause
            await pilot.press("escape")
        status = screen.query_one("#status")
        # The reply is below the fold on the small terminal. Since rubric v2 the card also lists
        # a third criterion (declining, not used here), so at 120x40 it may be too; the snapshot
        # pins which.
        small = size == (80, 24)
        await settle(
            pilot,
            until=lambda: (
                screen.answers_shown == 1 and (not small or "PageDown" in str(status.render()))
            ),
        )
        screen.query_one(ResponseBox).text = "I wonder"

    app = RoleplayApp(snap_services, scenario=GRIEF, blink=False)
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_summary(snap_compare, snap_services: Services, size) -> None:
    async def before(pilot) -> None:
        await _played(snap_services, "grief-summary", 0, [GOOD_DISCLOSURE, "I cried too, later."])
        pilot.app.open_session("grief-summary", summary=True)
        await settle(pilot)

    app = RoleplayApp(snap_services, blink=False)
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_history(snap_compare, snap_services: Services, size) -> None:
    async def before(pilot) -> None:
        await _history(snap_services)
        pilot.app.read_sessions()  # played outside the app: read the index again
        await settle(pilot)
        pilot.app.show_history()
        await settle(pilot)

    app = RoleplayApp(snap_services, blink=False)
    assert snap_compare(app, terminal_size=size, run_before=before)


def test_self_rating_prompt(snap_compare, snap_services: Services) -> None:
    async def before(pilot) -> None:
        await settle(pilot)
        pilot.app.self_rating = True
        pilot.app.screen.query_one(ResponseBox).text = GOOD_DISCLOSURE
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("4")

    app = RoleplayApp(snap_services, scenario=GRIEF, blink=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=before)


def test_resume_offer(snap_compare, snap_services: Services) -> None:
    session = snap_services.start(GRIEF)
    session.path.unlink()
    session.record.id = "grief-open"
    session.record.started_at = START
    # Only a session holding something the trainee typed is offered (here: sent, not answered).
    session.current.attempts.append(Attempt(response=GOOD_DISCLOSURE))
    snap_services.store.save(session.record)
    app = RoleplayApp(snap_services, blink=False)
    assert snap_compare(app, terminal_size=(80, 24))
