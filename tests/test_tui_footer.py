"""The key footer (`KeyFooter`): it shows the keys in force after every change of state, and a
burst of "bindings changed" signals, or one that changes nothing shown, does not rebuild it."""

from __future__ import annotations

import asyncio
import dataclasses

from textual.widgets._footer import FooterKey

from practice_helpers import GOOD_DISCLOSURE, GRIEF
from roleplay.factory import Services
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.widgets.footer import KeyFooter
from tui_helpers import StreamingClient, send_held, settle


def _keys(app: RoleplayApp) -> list[FooterKey]:
    return list(app.screen.query_one(KeyFooter).query(FooterKey))


def _actions(app: RoleplayApp) -> dict[str, bool]:
    """Each action the footer shows, and whether it is drawn enabled (not greyed)."""
    return {key.action: not key.has_class("-disabled") for key in _keys(app)}


async def test_the_footer_follows_the_room_through_a_reply(services: Services) -> None:
    gate = asyncio.Event()
    client = StreamingClient(gate)
    app = RoleplayApp(dataclasses.replace(services, client=client), scenario=GRIEF)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        idle = _actions(app)
        assert "cancel" not in idle and idle["retry"] and idle["quit"]

        await send_held(pilot, client, GOOD_DISCLOSURE)
        assert screen.session.busy
        busy = _actions(app)
        assert busy["cancel"]  # escape withdraws the reply: shown while the client speaks
        assert not busy["retry"] and not busy["finish"]  # greyed until the reply is in

        gate.set()
        await settle(pilot, until=lambda: not screen.session.busy)
        await settle(pilot)
        after = _actions(app)
        assert "cancel" not in after and after["retry"] and after["finish"]


async def test_signals_that_change_nothing_shown_keep_the_keys(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, SessionScreen))
        await settle(pilot)
        before = _keys(app)
        assert before
        for _ in range(5):  # a burst, as one keypress sends (focus, busy flag, status)
            app.screen.refresh_bindings()
        await settle(pilot)
        after = _keys(app)
        assert after == before and all(a is b for a, b in zip(after, before, strict=True))
