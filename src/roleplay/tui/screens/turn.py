"""Playing one response through the session engine on the session screen: the worker, the
events as they land (saved, scores, the client's streamed words), cancel and failure paths.

A mixin of `SessionScreen`, kept apart so each file stays one responsibility.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

from textual import work
from textual.containers import VerticalScroll
from textual.widget import Widget

from roleplay.domain.counted import counted_attempt_index
from roleplay.domain.session import PauseNotes, Turn
from roleplay.errors import RoleplayError, UsageError
from roleplay.practice.events import (
    ClientDelta,
    ClientRestart,
    ClientSpoke,
    Evaluated,
    Event,
    Notice,
    Retrying,
    Saved,
)
from roleplay.tui.screens.dialogs import ErrorScreen
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble

if TYPE_CHECKING:
    from roleplay.domain.scenario import Exemplar
    from roleplay.practice.session import PracticeSession
    from roleplay.tui.base import RoleplayScreen

    _Screen = RoleplayScreen  # the type checker sees the screen this mixin is part of
else:
    _Screen = object

log = logging.getLogger(__name__)
# The status line is one row at every width, so showing it never moves the transcript.
BUSY = "\u25cf Evaluating your response \u00b7 {name} is responding\u2026 (Escape cancels)"
SPEAKING = "\u25cf {name} is responding\u2026 (Escape cancels)"
ENDED = "Session over \u00b7 Enter: summary \u00b7 ctrl+r: retry \u00b7 ctrl+b: rewind"
ENDED_EARLY = "Ended early \u00b7 ctrl+n: carry on \u00b7 Enter: summary \u00b7 ctrl+b: rewind"


def attempt_label(turn: Turn, index: int, best: int | None) -> str:
    live = [i for i, a in enumerate(turn.attempts) if not a.withdrawn]
    if len(live) <= 1:
        return "You"
    label = f"You (attempt {live.index(index) + 1})" if index in live else "You"
    return label + (" \u2605 best" if index == best else "")


class TurnPlayback(_Screen):
    """Needs `session`, `first_name`, `observe_session`, `_relabel`, `_invites` and `_exemplars`
    from the screen."""

    # Set by the screen; declared here so the mixin's uses are type-checked.
    session: PracticeSession
    status: str
    answers_shown: int
    _bubble: ClientBubble | None
    _trainee: TraineeBubble | None
    _turn_widgets: list[Widget]
    _reply_below: bool

    if TYPE_CHECKING:

        @property
        def first_name(self) -> str: ...

        @property
        def client_name(self) -> str: ...

        def observe_session(self, status: str = "") -> None: ...

        def _relabel(self, turn_index: int) -> None: ...

        def _invites(self, turn_index: int) -> str | None: ...

        def _exemplars(self, turn_index: int) -> list[Exemplar]: ...

    @work(exclusive=True, group="turn", exit_on_error=False)
    async def run_turn(
        self, text: str, rating: dict[str, int] | None = None, pause: PauseNotes | None = None
    ) -> None:
        self._turn_widgets = []
        await self._play(self.session.submit(text, rating, pause), text)

    @work(exclusive=True, group="turn", exit_on_error=False)
    async def resume_turn(self) -> None:
        """Finish a response that was saved before the program stopped."""
        self._turn_widgets = [self._trainee] if self._trainee else []
        text = self._trainee.response if self._trainee else ""
        self.observe_session(BUSY.format(name=self.first_name))
        self.notify("Finishing the response you sent before roleplay closed.", timeout=5)
        await self._play(self.session.resume_pending(), text, restore=False)

    async def _play(
        self, events: AsyncGenerator[Event, None], text: str, restore: bool = True
    ) -> None:
        try:
            async with contextlib.aclosing(events) as stream:
                async for event in stream:
                    await self._show(event, text)
        except UsageError as exc:
            self.notify(str(exc), severity="warning", timeout=8, markup=False)
            self._put_back(text, restore)
        except RoleplayError as exc:
            self._put_back(text, restore)
            self.app.push_screen(ErrorScreen(exc.title, exc.message, _next_step(exc.hint, restore)))
        except Exception as exc:  # a bug must not lose the trainee's words or show a traceback
            log.exception("turn failed")
            self._put_back(text, restore)
            self.app.push_screen(
                ErrorScreen(
                    "Something went wrong",
                    f"Unexpected {type(exc).__name__} while answering your response.",
                    _next_step(None, restore),
                )
            )
        finally:
            self._bubble = None
            answered, self._trainee = self._trainee, None
            self.observe_session()
            if answered is not None and answered.is_attached:
                self.call_after_refresh(self._point_below, answered)

    def _put_back(self, text: str, restore: bool) -> None:
        for widget in self._turn_widgets:
            widget.remove()
        self._turn_widgets = []
        if restore and text:
            self.query_one(ResponseBox).text = text

    async def _mount(self, widget: Widget) -> None:
        self._turn_widgets.append(widget)
        await self.query_one("#transcript", VerticalScroll).mount(widget)

    async def _show(self, event: Event, text: str) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        if isinstance(event, Saved):
            turn = self.session.turns[event.turn_index]
            best = counted_attempt_index(turn, self.session.rubric.scale)
            label = attempt_label(turn, event.attempt_index, best)
            self._trainee = TraineeBubble(text, label, event.attempt_index, event.turn_index)
            await self._mount(self._trainee)
            self.observe_session(BUSY.format(name=self.first_name))
        elif isinstance(event, Evaluated):
            attempt = self.session.turns[event.turn_index].attempts[event.attempt_index]
            card = FeedbackCard(
                event.evaluation,
                self.session.rubric,
                self._invites(event.turn_index),
                attempt.self_rating,
                self._exemplars(event.turn_index),
            )
            if self._trainee is not None:
                self._trainee.highlight(card.quotes)
            await self._mount(card)
            self._relabel(event.turn_index)
            self.observe_session(SPEAKING.format(name=self.first_name))
            # Scores first: the response and its feedback stay in view while the reply arrives.
            target = self._trainee or card
            self.call_after_refresh(transcript.scroll_to_widget, target, top=True, animate=False)
            return
        elif isinstance(event, ClientDelta):
            if self._bubble is None:
                self._bubble = ClientBubble(self.client_name)
                await self._mount(self._bubble)
            self._bubble.append(event.text)
            return
        elif isinstance(event, ClientRestart) and self._bubble is not None:
            self._bubble.restart()
        elif isinstance(event, ClientSpoke):
            if self._bubble is None:
                await self._mount(ClientBubble(self.client_name, event.turn.client))
            else:
                self._bubble.settle(event.turn.client)
            self._bubble = None
            return
        elif isinstance(event, Notice):
            self.notify(event.message, severity="warning", timeout=8, markup=False)
            return
        elif isinstance(event, Retrying):
            # The status row says what the wait is for; the screen stays live (Escape cancels).
            self.observe_session(
                f"Waiting for the {event.role}'s server ({event.reason}): try {event.attempt + 1} "
                f"of {event.of} in {event.seconds:.0f} s \u00b7 Esc cancels"
            )
            return
        transcript.scroll_end(animate=False)

    def _point_below(self, answered: TraineeBubble) -> None:
        """Show the response and its scores; the status line points to a reply below the fold."""
        transcript = self.query_one("#transcript", VerticalScroll)
        transcript.scroll_to_widget(answered, top=True, animate=False)
        self._reply_below = True
        self._update_hint()
        self.answers_shown += 1

    def _update_hint(self, *_: object) -> None:
        """Runs when the transcript scrolls or grows: the hint shows while the end is unseen."""
        if not self._reply_below or self.session.busy:
            return
        transcript = self.query_one("#transcript", VerticalScroll)
        status = ENDED if self.session.finished else ""
        if transcript.scroll_y < transcript.max_scroll_y:
            below = f"\u2193 PageDown: {self.first_name}'s reply"
            status = f"{below}   {status}".strip()
        self.status = status


def _next_step(hint: str | None, restored: bool) -> str:
    where = (
        "Your words are back in the box: press Enter to send them again."
        if restored
        else "The response stays saved; reopen the session to finish it."
    )
    return f"{hint}. {where}" if hint else where
