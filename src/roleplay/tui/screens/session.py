"""A practice session: the transcript, the response box, feedback after each response.

The screen only shows what the session engine reports; retry, rewind and finishing are the
engine's (`PracticeSession`), the look-back is `practice.review`'s.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from roleplay.domain.common import END
from roleplay.domain.session import Turn
from roleplay.errors import RoleplayError, UsageError
from roleplay.practice.events import (
    ClientDelta,
    ClientRestart,
    ClientSpoke,
    Evaluated,
    Event,
    Notice,
    Saved,
)
from roleplay.practice.review import best_attempt_index
from roleplay.practice.session import PracticeSession
from roleplay.tui.screens.dialogs import ErrorScreen, RewindScreen
from roleplay.tui.screens.moment import (
    AttemptsScreen,
    ExemplarsScreen,
    RatingChoice,
    SelfRatingScreen,
)
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.text import clip, plain
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble

log = logging.getLogger(__name__)
# The status line is one row at every width, so showing it never moves the transcript.
BUSY = "\u25cf Evaluating your response \u00b7 {name} is responding\u2026 (Escape cancels)"
SPEAKING = "\u25cf {name} is responding\u2026 (Escape cancels)"
ENDED = "Session over \u00b7 Enter: summary \u00b7 ctrl+r: retry \u00b7 ctrl+b: rewind"


def attempt_label(turn: Turn, index: int, best: int | None) -> str:
    live = [i for i, a in enumerate(turn.attempts) if not a.withdrawn]
    if len(live) <= 1:
        return "You"
    label = f"You (attempt {live.index(index) + 1})" if index in live else "You"
    return label + (" \u2605 best" if index == best else "")


class SessionScreen(Screen):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel reply"),
        Binding("enter", "summary", "Summary"),
        Binding("ctrl+r", "retry", "Retry"),
        Binding("ctrl+b", "rewind", "Rewind"),
        Binding("ctrl+o", "exemplars", "Exemplars"),
        Binding("ctrl+t", "attempts", "Attempts", show=False),
        Binding("ctrl+g", "toggle_rating", "Self-rating", show=False),
        Binding("ctrl+f", "finish", "Finish"),
        # The box keeps the focus, so paging scrolls the transcript from there.
        Binding("pageup", "page(-1)", "Scroll up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Scroll down", show=False, priority=True),
    ]

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session
        self._pending_text = ""
        self._bubble: ClientBubble | None = None
        self._trainee: TraineeBubble | None = None
        self._turn_widgets: list[Widget] = []
        # Counts answered responses whose feedback has been scrolled into view (tests wait on it).
        self.answers_shown = 0
        self._reply_below = False

    @property
    def client_name(self) -> str:
        return self.session.scenario.client.name

    @property
    def first_name(self) -> str:
        return clip(self.client_name.split()[0], 20)

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="session-header")
        yield VerticalScroll(id="transcript", can_focus=True)
        yield Static("", id="status")
        yield ResponseBox(id="response")
        yield Footer()

    async def on_mount(self) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        self.watch(transcript, "scroll_y", self._update_hint, init=False)
        self.watch(transcript, "virtual_size", self._update_hint, init=False)
        await self.render_transcript()
        if self.session.pending_attempt is not None:
            self.resume_turn()
            return
        self.sync_state()
        unsent = self._withdrawn_text()
        if unsent:
            self.query_one(ResponseBox).text = unsent
            self.notify("Your last response was never answered; it is back in the box.")

    def _withdrawn_text(self) -> str | None:
        """A response cancelled (or cut off by quitting) at the moment the trainee is on."""
        if self.session.finished or not self.session.current.attempts:
            return None
        last = self.session.current.attempts[-1]
        return last.response if last.withdrawn else None

    def _header(self) -> Text:
        scenario = self.session.scenario
        rel = scenario.relationship
        out = Text()
        out.append_text(plain(clip(scenario.title, 60), "bold"))
        out.append(f"  \u00b7  turn {len(self.session.turns)}")
        if getattr(self.app, "self_rating", False):
            out.append("  \u00b7  self-rating on")
        out.append(
            f"\n{clip(scenario.client.name, 30)} \u00b7 session {rel.session_number} \u00b7 "
            f"alliance {rel.alliance} \u00b7 {self.app.services.describe_engine()}",
            style="dim",
        )
        return out

    async def render_transcript(self) -> None:
        """Draw every turn from the record (after a retry or rewind, or on resume)."""
        self._reply_below = False
        transcript = self.query_one("#transcript", VerticalScroll)
        await transcript.remove_children()
        widgets: list[Widget] = []
        for turn_index, turn in enumerate(self.session.turns):
            widgets.append(ClientBubble(self.client_name, turn.client))
            best = best_attempt_index(turn, self.session.rubric)
            for index, attempt in enumerate(turn.attempts):
                if attempt.withdrawn:
                    continue
                label = attempt_label(turn, index, best)
                bubble = TraineeBubble(attempt.response, label, index, turn_index)
                widgets.append(bubble)
                if attempt.evaluation:
                    card = FeedbackCard(
                        attempt.evaluation,
                        self.session.rubric,
                        self._invites(turn_index),
                        attempt.self_rating,
                    )
                    bubble.highlight(card.quotes)
                    widgets.append(card)
                else:
                    self._trainee = bubble
        await transcript.mount_all(widgets)
        transcript.scroll_end(animate=False)
        self.query_one("#session-header", Static).update(self._header())

    def _relabel(self, turn_index: int) -> None:
        """Attempt numbers and the best-attempt star, once a new score may have changed them."""
        turn = self.session.turns[turn_index]
        best = best_attempt_index(turn, self.session.rubric)
        for bubble in self.query(TraineeBubble):
            if bubble.turn_index == turn_index:
                bubble.relabel(attempt_label(turn, bubble.attempt_index, best))

    def _invites(self, turn_index: int) -> str | None:
        beat = self.session.turns[turn_index].beat
        return None if beat == END else self.session.scenario.beat(beat).invites

    def sync_state(self, status: str = "") -> None:
        box = self.query_one(ResponseBox)
        ended = self.session.finished
        box.disabled = ended or self.session.busy
        if ended and not status:
            status = ENDED
        self.query_one("#status", Static).update(status)
        self.query_one("#session-header", Static).update(self._header())
        self.refresh_bindings()
        if not self.session.busy:
            if ended:
                self.query_one("#transcript").focus()
            else:
                box.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return self.session.busy
        if action == "summary":
            return self.session.finished and not self.session.busy
        if action in ("retry", "rewind", "finish"):
            return None if self.session.busy else True
        return True

    # --- a response ------------------------------------------------------------------------
    def on_response_box_submitted(self, event: ResponseBox.Submitted) -> None:
        if self.session.busy or self.session.finished:
            return
        text = event.text
        if getattr(self.app, "self_rating", False):
            self.app.push_screen(
                SelfRatingScreen(self.session.rubric), lambda c: self._after_rating(text, c)
            )
        else:
            self._send(text, None)

    def _after_rating(self, text: str, choice: RatingChoice | None) -> None:
        if choice is not None and choice.send:
            self._send(text, choice.rating)
        else:
            self.query_one(ResponseBox).focus()

    def _send(self, text: str, rating: dict[str, int] | None) -> None:
        self._pending_text = text
        self._reply_below = False
        self.query_one(ResponseBox).clear()
        self.run_turn(text, rating)

    @work(exclusive=True, group="turn", exit_on_error=False)
    async def run_turn(self, text: str, rating: dict[str, int] | None = None) -> None:
        self._turn_widgets = []
        await self._play(self.session.submit(text, rating), text)

    @work(exclusive=True, group="turn", exit_on_error=False)
    async def resume_turn(self) -> None:
        """Finish a response that was saved before the program stopped."""
        self._turn_widgets = [self._trainee] if self._trainee else []
        text = self._trainee.response if self._trainee else ""
        self.sync_state(BUSY.format(name=self.first_name))
        self.notify("Finishing the response you sent before roleplay closed.", timeout=5)
        await self._play(self.session.resume_pending(), text, restore=False)

    async def _play(self, events: AsyncIterator[Event], text: str, restore: bool = True) -> None:
        try:
            async with contextlib.aclosing(events) as stream:
                async for event in stream:
                    await self._show(event, text)
        except UsageError as exc:
            self.notify(str(exc), severity="warning", timeout=8)
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
            self.sync_state()
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
            best = best_attempt_index(turn, self.session.rubric)
            label = attempt_label(turn, event.attempt_index, best)
            self._trainee = TraineeBubble(text, label, event.attempt_index, event.turn_index)
            await self._mount(self._trainee)
            self.sync_state(BUSY.format(name=self.first_name))
        elif isinstance(event, Evaluated):
            attempt = self.session.turns[event.turn_index].attempts[event.attempt_index]
            card = FeedbackCard(
                event.evaluation,
                self.session.rubric,
                self._invites(event.turn_index),
                attempt.self_rating,
            )
            if self._trainee is not None:
                self._trainee.highlight(card.quotes)
            await self._mount(card)
            self._relabel(event.turn_index)
            self.sync_state(SPEAKING.format(name=self.first_name))
            # Scores first: the response and its feedback stay in view while the reply arrives.
            transcript.scroll_to_widget(self._trainee or card, top=True, animate=False)
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
            self.notify(event.message, severity="warning", timeout=8)
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
        self.query_one("#status", Static).update(status)

    # --- actions ---------------------------------------------------------------------------
    def action_page(self, direction: int) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        if direction < 0:
            transcript.scroll_page_up(animate=False)
        else:
            transcript.scroll_page_down(animate=False)

    def action_cancel(self) -> None:
        """Escape: stop waiting, keep the attempt on disk as withdrawn, put the words back."""
        if not self.session.busy:
            return
        self.workers.cancel_group(self, "turn")
        self._put_back(self._pending_text, True)
        self._bubble = self._trainee = None
        self.notify("Cancelled. Your response is back in the box.", timeout=4)

    async def action_retry(self) -> None:
        if self.session.busy:
            return
        try:
            index = self.session.retry()
        except RoleplayError as exc:
            self.notify(str(exc), severity="warning")
            return
        await self.render_transcript()
        self.sync_state()
        self.notify(
            f"Try turn {index + 1} again. Your earlier attempt stays above; the best one counts.",
            timeout=6,
        )

    def action_rewind(self) -> None:
        if self.session.busy:
            return
        if not any(a.counts for t in self.session.turns for a in t.attempts):
            self.notify("Nothing to rewind to yet: answer the client first.", severity="warning")
            return
        self.app.push_screen(RewindScreen(self.session), self._rewind_to)

    async def _rewind_to(self, index: int | None) -> None:
        if index is None:
            return
        try:
            self.session.rewind(index)
        except RoleplayError as exc:
            self.notify(str(exc), severity="warning")
            return
        await self.render_transcript()
        self.sync_state()
        self.notify(f"Back at turn {index + 1}. Later turns are set aside, not deleted.")

    def _answered_turn(self) -> int | None:
        answered = [
            i for i, t in enumerate(self.session.turns) if any(a.counts for a in t.attempts)
        ]
        return answered[-1] if answered else None

    def action_exemplars(self) -> None:
        index = self._answered_turn()
        if index is None:
            self.notify("Answer the client first; the exemplars follow your own try.")
            return
        beat = self.session.scenario.beat(self.session.turns[index].beat)
        self.app.push_screen(ExemplarsScreen(beat, self.session.rubric, index + 1))

    def action_attempts(self) -> None:
        index = self._answered_turn()
        if index is None:
            self.notify("No attempts yet.")
            return
        turn = self.session.turns[index]
        self.app.push_screen(AttemptsScreen(turn, self.session.rubric, index + 1))

    def action_toggle_rating(self) -> None:
        on = self.app.toggle_self_rating()
        self.sync_state()
        if on:
            self.notify("Self-rating on: after Enter, rate yourself with number keys first.")
        else:
            self.notify("Self-rating off.")

    def action_finish(self) -> None:
        if self.session.busy:
            return
        self.app.show_summary(self.session, finish=True)

    def action_summary(self) -> None:
        if self.session.finished and not self.session.busy:
            self.app.show_summary(self.session, finish=False)

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Retry this moment", "Answer the last moment again", self.action_retry)
        yield SystemCommand("Rewind to a turn", "Go back and branch", self.action_rewind)
        yield SystemCommand("Exemplars", "The instructor's examples", self.action_exemplars)
        yield SystemCommand("Attempts side by side", "Compare tries", self.action_attempts)
        yield SystemCommand("Finish session", "End and see the summary", self.action_finish)
        if self.session.busy:
            yield SystemCommand("Cancel reply", "Put the response back", self.action_cancel)
        if self.session.finished:
            yield SystemCommand("Summary", "Scores, strengths, growth edges", self.action_summary)


def _next_step(hint: str | None, restored: bool) -> str:
    where = (
        "Your words are back in the box: press Enter to send them again."
        if restored
        else "The response stays saved; reopen the session to finish it."
    )
    return f"{hint}. {where}" if hint else where
