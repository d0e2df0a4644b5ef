"""A practice session: the transcript, the response box, feedback after each response. The
screen shows what the engine (`PracticeSession`) reports; the look-back is `practice.review`'s."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from roleplay.domain.common import END
from roleplay.domain.counted import counted_attempt_index
from roleplay.domain.scenario import Exemplar
from roleplay.domain.session import PauseNotes
from roleplay.errors import RoleplayError
from roleplay.factory import Services
from roleplay.practice.session import PracticeSession
from roleplay.tui.base import RoleplayScreen
from roleplay.tui.commands import EntriesProvider, Entry
from roleplay.tui.screens.dialogs import ConfirmScreen, RewindScreen
from roleplay.tui.screens.moment import (
    AttemptsScreen,
    ExemplarsScreen,
    RatingChoice,
    SelfRatingScreen,
)
from roleplay.tui.screens.reflect import PauseScreen
from roleplay.tui.screens.session_keys import SESSION_KEYS
from roleplay.tui.screens.turn import ENDED, ENDED_EARLY, TurnPlayback, attempt_label
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.text import clip, plain
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble


def engine_label(services: Services) -> str:
    """Short enough for the header: the server and client model, or the offline engine."""
    engine = services.engine
    if engine.mode == "offline":
        return "offline engine"
    return f"{engine.server} \u00b7 {engine.model}"


class SessionCommands(EntriesProvider):
    def entries(self) -> Iterable[Entry]:
        screen = self.screen
        if not isinstance(screen, SessionScreen):
            return
        yield Entry("Retry this moment", "Answer the last moment again", screen.action_retry)
        yield Entry("Rewind to a turn", "Go back and branch", screen.action_rewind)
        yield Entry("Exemplars", "The instructor's examples", screen.action_exemplars)
        yield Entry("Attempts side by side", "Compare tries", screen.action_attempts)
        yield Entry("Finish session", "End and see the summary", screen.action_finish)
        if screen.busy:
            yield Entry("Cancel reply", "Put the response back", screen.action_cancel)
        if screen.finished:
            yield Entry("Summary", "Scores, strengths, growth edges", screen.action_summary)
        if screen.ended_early:
            yield Entry("Carry on", "Reopen the session you ended", screen.action_carry_on)


class SessionScreen(TurnPlayback, RoleplayScreen):
    BINDINGS = SESSION_KEYS
    COMMANDS = {SessionCommands}

    # The engine's state as the screen shows it; the watchers update the box, keys and status.
    busy: reactive[bool] = reactive(False, init=False)
    finished: reactive[bool] = reactive(False, init=False)
    status: reactive[str] = reactive("", init=False)

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
        yield KeyFooter()

    async def on_mount(self) -> None:
        transcript = self.query_one("#transcript", VerticalScroll)
        self.watch(transcript, "scroll_y", self._update_hint, init=False)
        self.watch(transcript, "virtual_size", self._update_hint, init=False)
        await self.render_transcript()
        if self.session.pending_attempt is not None:
            self.resume_turn()
            return
        self.observe_session()
        self._apply_state()
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
        if self.roleplay.self_rating:
            out.append("  \u00b7  self-rating on")
        out.append(
            f"\n{clip(scenario.client.name, 30)} \u00b7 session {rel.session_number} \u00b7 "
            f"alliance {rel.alliance} \u00b7 {engine_label(self.services)}",
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

    def observe_session(self, status: str = "") -> None:
        """Copy the engine's state into the reactives; the watchers do the rest."""
        self.busy = self.session.busy
        self.finished = self.session.finished
        if self.finished and not status:
            status = ENDED_EARLY if self.ended_early else ENDED
        self.status = status
        self.query_one("#session-header", Static).update(self._header())
        self.roleplay.remember(self.session.record)

    def watch_busy(self) -> None:
        self._apply_state()

    def watch_finished(self) -> None:
        self._apply_state()

    def watch_status(self, status: str) -> None:
        self.query_one("#status", Static).update(plain(status))

    def _apply_state(self) -> None:
        box = self.query_one(ResponseBox)
        box.disabled = self.finished or self.busy
        box.over = self.finished
        self.refresh_bindings()
        if not self.busy:
            if self.finished:
                self.query_one("#transcript").focus()
            else:
                box.focus()

    @property
    def draft(self) -> str:
        """Words in the box that were never sent (and so are saved nowhere)."""
        text = self.query_one(ResponseBox).text
        if not text.strip() or text == self._withdrawn_text():
            return ""
        return text

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
        self.observe_session()  # back from the summary: the session may have ended meanwhile

    def action_carry_on(self) -> None:
        if self.ended_early and not self.session.busy:
            self.session.rewind(len(self.session.turns) - 1)  # reopens; sets nothing aside
            self.observe_session()
            self.notify("Carrying on where you stopped.")

    # --- a response ------------------------------------------------------------------------
    def on_response_box_submitted(self, event: ResponseBox.Submitted) -> None:
        if self.session.busy or self.session.finished:
            return
        text = event.text
        if self.session.pause_marked:  # a pause to notice what the moment stirs, first
            self.app.push_screen(PauseScreen(), lambda notes: self._after_pause(text, notes))
        else:
            self._after_pause(text, None)

    def _after_pause(self, text: str, notes: PauseNotes | None) -> None:
        if self.roleplay.self_rating:
            self.app.push_screen(
                SelfRatingScreen(self.session.rubric),
                lambda c: self._after_rating(text, c, notes),
            )
        else:
            self._send(text, None, notes)

    def _after_rating(
        self, text: str, choice: RatingChoice | None, notes: PauseNotes | None = None
    ) -> None:
        if choice is not None and choice.send:
            self._send(text, choice.rating, notes)
        else:
            self.query_one(ResponseBox).focus()

    def _send(
        self, text: str, rating: dict[str, int] | None, notes: PauseNotes | None = None
    ) -> None:
        self._pending_text = text
        self._reply_below = False
        self.query_one(ResponseBox).clear()
        self.run_turn(text, rating, notes)

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
            self.notify(str(exc), severity="warning", markup=False)
            return
        await self.render_transcript()
        self.observe_session()
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
            self.notify(str(exc), severity="warning", markup=False)
            return
        await self.render_transcript()
        self.observe_session()
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
        on = self.roleplay.toggle_self_rating()
        self.observe_session()
        if on:
            self.notify("Self-rating on: after Enter, rate yourself with number keys first.")
        else:
            self.notify("Self-rating off.")

    def action_finish(self) -> None:
        if self.session.busy:
            return
        if not self.draft:
            self.roleplay.show_summary(self.session, finish=True)
            return
        self.app.push_screen(
            ConfirmScreen(
                "Finish and lose your draft?",
                "What you typed in the box has not been sent, so it is not saved. "
                "Send it with Enter first to have it scored.",
                "finish",
            ),
            self._finish_confirmed,
        )

    def _finish_confirmed(self, yes: bool | None) -> None:
        if yes:
            self.roleplay.show_summary(self.session, finish=True)
        else:
            self.query_one(ResponseBox).focus()

    def action_summary(self) -> None:
        if self.session.finished and not self.session.busy:
            self.roleplay.show_summary(self.session, finish=False)
