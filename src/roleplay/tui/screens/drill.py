"""Drill mode: one short client statement at a time, answered, scored, repeated until it comes
easily; after each set the trainee says how hard it felt and the next set follows.

The screen shows what the drill engine (`practice.drill.DrillSession`) reports; the judging runs in
a worker so the box stays live.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from roleplay.domain.drill import RATING_LABELS, RATINGS, Rating
from roleplay.errors import RoleplayError
from roleplay.practice.drill import DrillSession, drill_feedback
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.text import plain


class DrillRatingScreen(ModalScreen[Rating | None]):
    """After a set: how did it feel? The answer sets the next set's level."""

    BINDINGS = [
        *(Binding(str(i), f"rate('{r}')", RATING_LABELS[r]) for i, r in enumerate(RATINGS, 1)),
        Binding("escape", "dismiss_none", "Back"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("That was the end of the set. How did it feel?", classes="dialog-title")
            for i, rating in enumerate(RATINGS, 1):
                yield Static(f"{i}  {RATING_LABELS[rating]}")
            yield Static(
                "Too easy moves the next set up a level, too hard moves it down.",
                classes="dialog-keys",
            )

    def action_rate(self, rating: Rating) -> None:
        self.dismiss(rating)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class DrillScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "again", "Again"),
        Binding("ctrl+n", "next", "Next"),
        Binding("ctrl+e", "exemplar", "Exemplar"),
        Binding("escape", "leave", "Finish"),
    ]

    def __init__(self, drill: DrillSession) -> None:
        super().__init__()
        self.drill = drill
        self.busy = False
        self.answered = False  # the current statement has feedback on screen

    def compose(self) -> ComposeResult:
        yield Static(id="drill-head", classes="session-head")
        with VerticalScroll(id="drill-body"):
            yield Static(id="drill-statement", classes="client")
            yield Vertical(id="drill-feedback")
        yield Static(id="drill-status", classes="status")
        yield ResponseBox(id="drill-response")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show_statement()

    # --- what is on screen -------------------------------------------------------------------
    def show_statement(self) -> None:
        drill, statement = self.drill, self.drill.statement
        drill_set = drill.current_set
        assert drill_set is not None
        self.query_one("#drill-head", Static).update(
            plain(
                f"Drill \u00b7 {drill.deck.title} \u00b7 {drill.level} set \u00b7 "
                f"{drill.position + 1} of {len(drill_set.items)}",
                "bold",
            )
        )
        body = Text()
        body.append("Client: ", style="bold")
        body.append(statement.client)
        if statement.cue:
            body.append(f"\n({statement.cue})", style="italic dim")
        self.query_one("#drill-statement", Static).update(body)
        self.query_one("#drill-feedback", Vertical).remove_children()
        self.answered = False
        self.set_status("Type your response. Enter sends it.")
        self.query_one(ResponseBox).focus()

    def set_status(self, text: str) -> None:
        self.query_one("#drill-status", Static).update(plain(text, "dim"))

    # --- answering ---------------------------------------------------------------------------
    def on_response_box_submitted(self, event: ResponseBox.Submitted) -> None:
        event.stop()
        if self.busy:
            return
        self.busy = True
        self.set_status("Scoring your response\u2026")
        self.answer(event.text)

    @work(exclusive=True, group="drill", exit_on_error=False)
    async def answer(self, text: str) -> None:
        try:
            evaluation = await self.drill.answer(text)
        except RoleplayError as exc:
            self.busy = False
            self.set_status(exc.message)
            return
        self.busy = False
        self.query_one(ResponseBox).clear()
        box = self.query_one("#drill-feedback", Vertical)
        await box.remove_children()
        said = Text()
        said.append("You: ", style="bold")
        said.append(self.drill.item.attempts[-1].response)
        await box.mount(Static(said, classes="trainee"))
        invites = self.drill.statement.invites or self.drill.deck.skill
        view = drill_feedback(self.drill, evaluation)
        await box.mount(FeedbackCard(evaluation, self.drill.rubric, invites, view=view))
        await box.mount(Static(self._exemplar_text(), classes="exemplar"))
        self.answered = True
        next_key = "ctrl+n: rate the set" if self.drill.at_set_end else "ctrl+n: next"
        self.set_status(f"ctrl+r: say it again \u00b7 {next_key} \u00b7 Escape: finish")
        self.query_one("#drill-body", VerticalScroll).scroll_end(animate=False)

    def _exemplar_text(self) -> Text:
        statement = self.drill.statement
        text = Text()
        text.append("An instructor's answer: ", style="bold")
        text.append(statement.exemplar)
        if statement.why:
            text.append(f"\n{statement.why}", style="dim")
        return text

    # --- actions -----------------------------------------------------------------------------
    def action_again(self) -> None:
        """Repetition is the point: the same statement, a fresh box."""
        if not self.busy:
            self.show_statement()

    def action_exemplar(self) -> None:
        self.notify(self._exemplar_text().plain, title="Exemplar", timeout=10, markup=False)

    def action_next(self) -> None:
        if self.busy:
            return
        if self.drill.advance():
            self.show_statement()
        else:
            self.app.push_screen(DrillRatingScreen(), self._rated)

    def _rated(self, rating: Rating | None) -> None:
        if rating is None:
            return
        level = self.drill.rate(rating)
        self.notify(f"Next set: {level}.", timeout=4)
        self.show_statement()

    def action_leave(self) -> None:
        if self.busy:
            self.workers.cancel_group(self, "drill")
            self.busy = False
        path = self.drill.finish()
        self.notify(f"Drill saved: {path}", timeout=6, markup=False)
        self.dismiss()
