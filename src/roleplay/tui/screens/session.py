"""A practice session: the transcript, the response box, feedback after each response."""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from roleplay.errors import RoleplayError
from roleplay.practice.events import (
    ClientDelta,
    ClientRestart,
    ClientSpoke,
    Evaluated,
    Event,
    Notice,
    Saved,
)
from roleplay.practice.session import PracticeSession
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble


class SessionScreen(Screen):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel reply", show=False),
        Binding("ctrl+r", "retry", "Retry moment"),
    ]

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session
        self._pending_text = ""
        self._bubble: ClientBubble | None = None
        self._trainee: TraineeBubble | None = None

    @property
    def client_name(self) -> str:
        return self.session.scenario.client.name

    def compose(self) -> ComposeResult:
        scenario = self.session.scenario
        rel = scenario.relationship
        yield Static(
            Text.assemble(
                (scenario.title, "bold"),
                f"  \u00b7  {scenario.client.name}  \u00b7  session {rel.session_number}, "
                f"alliance {rel.alliance}  \u00b7  {self.app.services.describe_engine()}",
            ),
            id="session-header",
        )
        yield VerticalScroll(id="transcript")
        yield Static("", id="status")
        yield ResponseBox(id="response")
        yield Footer()

    def on_mount(self) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        for turn in self.session.turns:
            transcript.mount(ClientBubble(self.client_name, turn.client))
            for number, attempt in enumerate(turn.live_attempts, start=1):
                transcript.mount(TraineeBubble(attempt.response, number))
                if attempt.evaluation:
                    transcript.mount(FeedbackCard(attempt.evaluation, self.session.rubric))
        transcript.scroll_end(animate=False)
        self._sync_state()
        self.query_one(ResponseBox).focus()

    def _sync_state(self, status: str = "") -> None:
        box = self.query_one(ResponseBox)
        ended = self.session.finished
        box.disabled = ended or self.session.busy
        if ended and not status:
            status = (
                f"Session complete. Saved to {self.session.path}. "
                "ctrl+r retries the last moment; ctrl+q quits."
            )
        self.query_one("#status", Static).update(status)

    def on_response_box_submitted(self, event: ResponseBox.Submitted) -> None:
        if self.session.busy or self.session.finished:
            return
        self._pending_text = event.text
        event.box.clear()
        self.run_turn(event.text)

    @work(exclusive=True, group="turn", exit_on_error=False)
    async def run_turn(self, text: str) -> None:
        attempt = len(self.session.current.live_attempts) + 1
        try:
            async with contextlib.aclosing(self.session.submit(text)) as events:
                async for event in events:
                    await self._show(event, text, attempt)
        except RoleplayError as exc:
            self.notify(exc.message + (f" ({exc.hint})" if exc.hint else ""), severity="error")
            self.query_one(ResponseBox).text = text
        finally:
            self._sync_state()
            if not self.session.finished:
                self.query_one(ResponseBox).focus()

    async def _show(self, event: Event, text: str, attempt: int) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        if isinstance(event, Saved):
            self._trainee = TraineeBubble(text, attempt)
            await transcript.mount(self._trainee)
            self._sync_state("Evaluating\u2026  The client is responding\u2026  (Escape cancels)")
        elif isinstance(event, Evaluated):
            await transcript.mount(FeedbackCard(event.evaluation, self.session.rubric))
        elif isinstance(event, ClientDelta):
            if self._bubble is None:
                self._bubble = ClientBubble(self.client_name)
                await transcript.mount(self._bubble)
            self._bubble.append(event.text)
        elif isinstance(event, ClientRestart) and self._bubble is not None:
            self._bubble.restart()
        elif isinstance(event, ClientSpoke):
            if self._bubble is None:
                await transcript.mount(ClientBubble(self.client_name, event.turn.client))
            else:
                self._bubble.settle(event.turn.client)
            self._bubble = None
        elif isinstance(event, Notice):
            self.notify(event.message, severity="warning", timeout=8)
        transcript.scroll_end(animate=False)

    def action_cancel(self) -> None:
        """Escape: stop waiting, keep the attempt on disk as withdrawn, put the words back."""
        if not self.session.busy:
            return
        self.workers.cancel_group(self, "turn")
        for widget in (self._trainee, self._bubble):
            if widget is not None:
                widget.remove()
        self._trainee = self._bubble = None
        box = self.query_one(ResponseBox)
        box.text = self._pending_text
        self.notify("Cancelled. Your response is back in the box.", timeout=4)

    def action_retry(self) -> None:
        if self.session.busy:
            return
        try:
            self.session.retry()
        except RoleplayError as exc:
            self.notify(exc.message, severity="warning")
            return
        self.app.switch_screen(SessionScreen(self.session))
