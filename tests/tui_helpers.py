"""Driving the practice room with Pilot, and a fake streaming client for the LLM path."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from textual.pilot import Pilot

from roleplay.simulate.base import ReplyRequest
from roleplay.tui.app import RoleplayApp
from roleplay.tui.widgets.response import ResponseBox


async def settle(pilot: Pilot, until=None, rounds: int = 50) -> None:
    """Let workers and messages run; poll `until` in a bounded loop where given."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if until is None or until():
            return
    raise AssertionError("the app did not reach the expected state")


async def send(pilot: Pilot) -> None:
    """Press Enter in the response box; at a moment marked for a pause, skip the pause dialog
    (Escape sends without pausing), as a trainee in a hurry would."""
    from roleplay.tui.screens.reflect import PauseScreen

    await pilot.press("enter")
    await pilot.pause()
    if isinstance(pilot.app.screen, PauseScreen):
        await pilot.press("escape")


async def respond(pilot: Pilot, text: str, *, pause: bool = False) -> None:
    """Type `text` and send it. At a moment the scenario marks for a pause, the pause dialog is
    skipped (Escape) unless `pause` is True, in which case the test answers it itself."""
    from roleplay.tui.screens.reflect import PauseScreen

    app: RoleplayApp = pilot.app  # type: ignore[assignment]
    app.screen.query_one(ResponseBox).text = text
    await pilot.press("enter")
    await pilot.pause()
    if isinstance(app.screen, PauseScreen) and not pause:
        await pilot.press("escape")
    await settle(pilot)


async def send_held(pilot: Pilot, client: StreamingClient, text: str) -> None:
    """Send `text` to a client whose gate is shut; return once the reply has begun (the client
    started and the feedback card is shown), its words held back at the gate."""
    from roleplay.tui.widgets.feedback import FeedbackCard

    screen = pilot.app.screen
    screen.query_one(ResponseBox).text = text
    await send(pilot)
    for _ in range(50):
        await pilot.pause()
        if client.started.is_set() and screen.query(FeedbackCard):
            return
    raise AssertionError("the client's reply never began")


class StreamingClient:
    """Streams the planned line word by word, yielding to the event loop between words (as a
    network stream would); `gate` (when given) holds every word back."""

    kind = "llm"

    def __init__(self, gate: asyncio.Event | None = None) -> None:
        self.gate = gate
        self.started = asyncio.Event()

    def describe(self) -> str:
        return "streaming test client"

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str]:
        self.started.set()
        for word in request.planned.line.split(" "):
            if self.gate is not None:
                await self.gate.wait()
            await asyncio.sleep(0)
            yield word + " "


def shown(widget) -> str:
    """The text a Static shows, whatever it holds (Text, Content or a rich Table).

    Text is not wrapped: a phrase must not depend on where a line break falls (a temp path in
    the message moves it from run to run)."""
    from rich.console import Console

    console = Console(width=120, record=True, color_system=None, file=None)
    with console.capture() as capture:
        console.print(widget.content, soft_wrap=True)
    return capture.get()


def notified(messages: list, severity: str | None = None) -> list[str]:
    """The notifications the app raised, read from a `run_test(message_hook=messages.append)`
    list. `app._notifications` drops each one when its timeout passes, which on a busy machine
    can happen before the test looks."""
    from textual.notifications import Notify

    return [
        m.notification.message
        for m in messages
        if isinstance(m, Notify) and severity in (None, m.notification.severity)
    ]


async def palette_titles(app, query: str | None = None) -> list[str]:
    """What the command palette offers on the current screen: the app's system commands and
    the screen's own providers (`COMMANDS`), discovered, or searched for `query`."""
    titles = [c.title for c in app.get_system_commands(app.screen)]
    for provider_class in app.screen.COMMANDS:
        provider = provider_class(app.screen)
        hits = provider.search(query) if query else provider.discover()
        titles += [hit.text async for hit in hits]
    return titles
