"""The supervisor's review screen: one response at a time with the client's line and the judge's
verdict; the supervisor's own rating per criterion, a comment and a flag. Keyboard first: digits
rate, `a` takes the judge's scores, `n`/`p` move. Every change is saved at once by the queue
(`practice.supervision`), so closing the screen loses nothing.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from roleplay.errors import RoleplayError
from roleplay.practice.supervision import SupervisionQueue
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.text import plain


class ReviewScreen(Screen):
    BINDINGS = [
        *(Binding(str(n), f"rate({n})", f"Rate {n}", show=False) for n in range(1, 6)),
        Binding("0,minus", "rate_absent", "Not in play", show=False),
        Binding("left,shift+tab", "criterion(-1)", "Prev skill", show=False),
        Binding("right,tab", "criterion(1)", "Next skill", show=False),
        Binding("a", "agree", "Agree with judge"),
        Binding("c", "comment", "Comment"),
        Binding("f", "flag", "Flag"),
        Binding("n,pagedown", "move(1)", "Next"),
        Binding("p,pageup", "move(-1)", "Prev"),
        Binding("escape", "leave", "Done"),
    ]

    def __init__(self, queue: SupervisionQueue) -> None:
        super().__init__()
        self.queue = queue
        self.selected = 0  # which criterion the digit keys rate

    def compose(self) -> ComposeResult:
        yield Static(id="review-head", classes="session-head")
        with VerticalScroll(id="review-body"):
            yield Static(id="review-moment")
            yield Static(id="review-judge")
        # Outside the scroll: the supervisor's own ratings never scroll out of view.
        yield Static(id="review-mine")
        yield Input(
            id="review-comment",
            placeholder="Comment for the trainee (Enter saves, Escape cancels)",
        )
        yield Static(
            "1-5 rate \u00b7 0 not in play \u00b7 \u2190\u2192 skill \u00b7 a: as the judge",
            id="review-keys",
            classes="status",
        )
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#review-comment", Input).display = False
        self.refresh_view()

    # --- what is shown ----------------------------------------------------------------------
    def refresh_view(self) -> None:
        queue, target = self.queue, self.queue.current
        reviewed = target.session
        session = reviewed.session
        head = (
            f"Review \u00b7 {session.trainee} \u00b7 {session.scenario.title} \u00b7 "
            f"response {queue.index + 1} of {len(queue.targets)} \u00b7 rated {queue.rated}"
        )
        self.query_one("#review-head", Static).update(plain(head, "bold"))
        self.query_one("#review-moment", Static).update(self._moment_text())
        self.query_one("#review-judge", Static).update(self._judge_text())
        self.query_one("#review-mine", Static).update(self._mine_text())
        if reviewed.stale:
            self.notify(
                "This session changed after the review began: check the ratings still fit.",
                severity="warning",
            )

    def _moment_text(self) -> Text:
        target = self.queue.current
        text = Text()
        text.append("Client: ", style="bold")
        text.append(target.turn.client.text)
        if target.turn.client.cue:
            text.append(f" ({target.turn.client.cue})", style="italic dim")
        attempts = len(target.turn.attempts)
        label = f"Trainee (attempt {target.attempt_index + 1} of {attempts}): "
        text.append("\n" + label, style="bold")
        text.append(target.attempt.response)
        return text

    def _judge_text(self) -> Text:
        target = self.queue.current
        evaluation = target.attempt.evaluation
        text = Text()
        if evaluation is None:
            return text.append("The judge has not scored this response.", style="dim")
        text.append(f"\nJudge ({evaluation.judge}):", style="bold")
        scale = target.session.rubric.scale
        for criterion in self.queue.criteria:
            result = evaluation.criteria.get(criterion.id)
            if result is None:
                continue
            score = (
                f"{result.score}/{scale.max}"
                if result.applicable and result.score is not None
                else "not used"
            )
            text.append(f"\n  {criterion.name}: {score}", style="bold")
            if result.rationale:
                text.append(f" \u2014 {result.rationale}")
            for quote in result.evidence[:3]:
                text.append(f"\n    \u201c{quote}\u201d", style="italic")
        return text

    def _mine_text(self) -> Text:
        item = self.queue.item_of(self.queue.current)
        text = Text("Your rating: ", style="bold")
        for i, criterion in enumerate(self.queue.criteria):
            value = "\u00b7"
            if item is not None and criterion.id in item.ratings:
                rating = item.ratings[criterion.id]
                value = "not in play" if rating is None else str(rating)
            style = "reverse" if i == self.selected else ""
            text.append(f" {criterion.name}: {value} ", style=style)
            text.append(" ")
        if item is not None and item.flag:
            text.append(" \u2691 flagged for discussion", style="bold")
        if item is not None and item.comment:
            text.append("\nComment: ", style="bold")
            text.append(item.comment)
        return text

    # --- actions --------------------------------------------------------------------------
    def _guard(self, action) -> None:
        try:
            action()
        except RoleplayError as exc:
            self.notify(exc.message, severity="error", markup=False)
        self.refresh_view()

    def action_rate(self, score: int) -> None:
        criterion = self.queue.criteria[self.selected].id
        self._guard(lambda: self.queue.rate(criterion, score))
        self.action_criterion(1, wrap=False)

    def action_rate_absent(self) -> None:
        criterion = self.queue.criteria[self.selected].id
        self._guard(lambda: self.queue.rate(criterion, None))
        self.action_criterion(1, wrap=False)

    def action_criterion(self, step: int, wrap: bool = True) -> None:
        count = len(self.queue.criteria)
        target = self.selected + step
        if wrap:
            target %= count
        self.selected = max(0, min(target, count - 1))
        self.query_one("#review-mine", Static).update(self._mine_text())

    def action_agree(self) -> None:
        self._guard(self.queue.agree_with_judge)

    def action_flag(self) -> None:
        self._guard(self.queue.toggle_flag)

    def action_move(self, step: int) -> None:
        if self.queue.move(step):
            self.selected = 0
            self.refresh_view()
        else:
            self.notify("That was the last response." if step > 0 else "This is the first one.")

    def action_comment(self) -> None:
        box = self.query_one("#review-comment", Input)
        item = self.queue.item_of(self.queue.current)
        box.value = item.comment if item else ""
        box.display = True
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._guard(lambda: self.queue.comment(event.value))
        self._close_comment()

    def _close_comment(self) -> None:
        box = self.query_one("#review-comment", Input)
        box.display = False
        self.set_focus(None)

    def action_leave(self) -> None:
        box = self.query_one("#review-comment", Input)
        if box.display:
            self._close_comment()  # Escape in the comment box cancels the edit only
            return
        self.notify(f"Reviews saved ({self.queue.rated} of {len(self.queue.targets)} rated).")
        self.dismiss()
