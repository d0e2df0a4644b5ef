"""A practice session: the transcript, the response box, feedback after each response.

The screen only shows what the session engine reports; retry, rewind and finishing are the
engine's (`PracticeSession`), the look-back is `practice.review`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from roleplay.domain.common import END
from roleplay.domain.counted import counted_attempt_index
from roleplay.domain.scenario import Exemplar
from roleplay.errors import RoleplayError
from roleplay.factory import Services
from roleplay.practice.session import PracticeSession
from roleplay.tui.screens.dialogs import RewindScreen
from roleplay.tui.screens.moment import (
    AttemptsScreen,
    ExemplarsScreen,
    RatingChoice,
    SelfRatingScreen,
)
from roleplay.tui.screens.turn import ENDED, ENDED_EARLY, TurnPlayback, attempt_label
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.text import clip, plain
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble


def engine_label(services: Services) -> str:
    """Short enough for the header: the server and client model, or the offline engine."""
    engine = services.engine
    if engine.mode == "offline":
        return "offline engine"
    return f"{engine.server} \u00b7 {engine.model}"


class SessionScreen(TurnPlayback, Screen):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel reply"),
        Binding("enter", "summary", "Summary"),
        Binding("ctrl+r", "retry", "Retry"),
        Binding("ctrl+b", "rewind", "Rewind"),
        Binding("ctrl+o", "exemplars", "Exemplars"),
        Binding("ctrl+t", "attempts", "Attempts", show=False),
        Binding("ctrl+g", "toggle_rating", "Self-rating", show=False),
        Binding("ctrl+f", "finish", "Finish"),
        Binding("ctrl+n", "carry_on", "Carry on"),
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
            f"alliance {rel.alliance} \u00b7 {engine_label(self.app.services)}",
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
            best = counted_attempt_index(turn, self.session.rubric.scale)
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
                        self._exemplars(turn_index),
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
        best = counted_attempt_index(turn, self.session.rubric.scale)
        for bubble in self.query(TraineeBubble):
            if bubble.turn_index == turn_index:
                bubble.relabel(attempt_label(turn, bubble.attempt_index, best))

    def _invites(self, turn_index: int) -> str | None:
        beat = self.session.turns[turn_index].beat
        return None if beat == END else self.session.scenario.beat(beat).invites

    def _exemplars(self, turn_index: int) -> list[Exemplar]:
        beat = self.session.turns[turn_index].beat
        return [] if beat == END else self.session.scenario.beat(beat).exemplars

    def sync_state(self, status: str = "") -> None:
        box = self.query_one(ResponseBox)
        ended = self.session.finished
        box.disabled = ended or self.session.busy
        if ended and not status:
            status = ENDED_EARLY if self.ended_early else ENDED
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
        if action == "carry_on":
            return self.ended_early and not self.session.busy
        if action in ("retry", "rewind", "finish"):
            return None if self.session.busy else True
        return True

    @property
    def ended_early(self) -> bool:
        """Finished with ctrl+f before the scenario's last line: the trainee may carry on."""
        return self.session.record.status == "abandoned" and self.session.current.beat != END

    def on_screen_resume(self) -> None:
        self.sync_state()  # back from the summary: the session may have ended meanwhile

    def action_carry_on(self) -> None:
        if self.ended_early and not self.session.busy:
            self.session.rewind(len(self.session.turns) - 1)  # reopens; sets nothing aside
            self.sync_state()
            self.notify("Carrying on where you stopped.")

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
        self.app.push_screen(
            ExemplarsScreen(beat, self.session.rubric, index + 1), self._maybe_retry
        )

    def action_attempts(self) -> None:
        index = self._answered_turn()
        if index is None:
            self.notify("No attempts yet.")
            return
        turn = self.session.turns[index]
        self.app.push_screen(
            AttemptsScreen(turn, self.session.rubric, index + 1), self._maybe_retry
        )

    async def _maybe_retry(self, choice: str | None) -> None:
        if choice == "retry":
            await self.action_retry()

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
        if self.ended_early:
            yield SystemCommand("Carry on", "Reopen the session you ended", self.action_carry_on)
