"""Modals about one moment: rate yourself first, the exemplars, attempts side by side."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from roleplay.domain.counted import counted_attempt_index
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Beat
from roleplay.domain.session import Turn
from roleplay.tui.widgets.feedback import score_bar
from roleplay.tui.widgets.text import plain


@dataclass(frozen=True)
class RatingChoice:
    """`send` False: go back to editing. `rating` None: send without a self-rating."""

    send: bool
    rating: dict[str, int] | None = None


class SelfRatingScreen(ModalScreen[RatingChoice]):
    """Before the scores: one number key per skill (0 = I did not use it). Quick by design."""

    BINDINGS = [
        Binding("escape", "back", "Back to editing"),
        Binding("s", "skip", "Send without rating"),
        Binding("backspace", "undo", "Undo", show=False),
    ]

    def __init__(self, rubric: Rubric) -> None:
        super().__init__()
        self.rubric = rubric
        self.ratings: dict[str, int | None] = {}

    @property
    def current(self) -> int:
        return len(self.ratings)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog rating"):
            yield Static("Rate your response before you see the scores", classes="dialog-title")
            yield Static(id="rating-body")
            scale = self.rubric.scale
            yield Static(
                f"{scale.min}-{scale.max}: your score \u00b7 0: I did not use it \u00b7 "
                "s: send without rating \u00b7 Escape: back to editing",
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        body = Text()
        for index, criterion in enumerate(self.rubric.criteria):
            marker = "\u25b8 " if index == self.current else "  "
            body.append(marker + f"{criterion.name}: ", style="bold")
            if criterion.id in self.ratings:
                value = self.ratings[criterion.id]
                body.append("not used" if value is None else str(value))
            elif index == self.current:
                body.append("?", style="reverse")
            body.append("\n")
        self.query_one("#rating-body", Static).update(body)

    def on_key(self, event) -> None:
        key = event.character or ""
        if not key.isdigit():
            return
        event.stop()
        value = int(key)
        criterion = self.rubric.criteria[self.current]
        if value == 0:
            self.ratings[criterion.id] = None
        elif value in self.rubric.scale.points:
            self.ratings[criterion.id] = value
        else:
            self.notify(f"Use {self.rubric.scale.min}-{self.rubric.scale.max}, or 0.")
            return
        if self.current >= len(self.rubric.criteria):
            rating = {k: v for k, v in self.ratings.items() if v is not None}
            self.dismiss(RatingChoice(True, rating or None))
        else:
            self._show()

    def action_undo(self) -> None:
        if self.ratings:
            self.ratings.popitem()
            self._show()

    def action_skip(self) -> None:
        self.dismiss(RatingChoice(True, None))

    def action_back(self) -> None:
        self.dismiss(RatingChoice(False))


def exemplar_parts(beat: Beat, rubric: Rubric) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if beat.intent:
        intent = Text("What the moment asks: ", style="bold")
        intent.append_text(plain(beat.intent))
        parts.append(intent)
    if not beat.exemplars:
        parts.append(Text("\nThe instructor wrote no exemplars for this moment.", style="dim"))
    grid = Table.grid(padding=(1, 1, 0, 0), expand=True)
    grid.add_column(no_wrap=True, width=3, justify="right", style="bold")
    grid.add_column(ratio=1)
    for number, exemplar in enumerate(beat.exemplars, start=1):
        body = Text()
        if exemplar.label:
            body.append(exemplar.label.upper(), style="bold reverse")
            body.append("  ")
        scores = []
        for cid, score in exemplar.scores.items():
            criterion = rubric.criterion(cid)
            name = criterion.name if criterion else cid
            scores.append(f"{name} {'not used' if score is None else score}")
        body.append(" \u00b7 ".join(scores), style="dim")
        body.append("\n\u201c")
        body.append_text(plain(exemplar.response, "italic"))
        body.append("\u201d\n")
        body.append_text(plain(exemplar.why))
        grid.add_row(f"{number}.", body)
    parts.append(grid)
    return parts


class ExemplarsScreen(ModalScreen[str | None]):
    """Dismissed with "retry" when the trainee wants to try the moment again from here."""

    BINDINGS = [
        Binding("escape,ctrl+o,q", "dismiss(None)", "Close"),
        Binding("ctrl+r", "dismiss('retry')", "Try again"),
    ]

    def __init__(self, beat: Beat, rubric: Rubric, turn_number: int) -> None:
        super().__init__()
        self.beat, self.rubric, self.turn_number = beat, rubric, turn_number

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(
                f"Instructor's exemplars for turn {self.turn_number}", classes="dialog-title"
            )
            with VerticalScroll(id="exemplars"):
                yield Static(Group(*exemplar_parts(self.beat, self.rubric)))
            yield Static(
                "Escape closes \u00b7 ctrl+r tries the moment again", classes="dialog-keys"
            )

    def on_mount(self) -> None:
        self.query_one("#exemplars").focus()


def attempt_text(turn: Turn, index: int, rubric: Rubric, best: int | None, shown: int) -> Text:
    """One attempt: its scores first (seen at a glance on a small terminal), then the words."""
    attempt = turn.attempts[index]
    out = Text()
    out.append(f"Attempt {shown}", style="bold")
    if index == best:
        out.append("  \u2605 best, counted", style="bold reverse")
    if attempt.evaluation is None:
        out.append("\nnot scored", style="dim")
    else:
        for criterion in rubric.criteria:
            result = attempt.evaluation.criteria.get(criterion.id)
            score = result.score if result is not None and result.applicable else None
            out.append(f"\n{criterion.name}: ", style="bold")
            if score is None:
                out.append("not used", style="dim")
            else:
                out.append(f"{score_bar(score, rubric)} {score}")
            if attempt.self_rating and criterion.id in attempt.self_rating:
                out.append(f" (you: {attempt.self_rating[criterion.id]})", style="italic")
        if attempt.evaluation.restraint:
            held = attempt.evaluation.restraint.held
            out.append("\nheld back" if held else "\ndid not hold back", style="italic")
    out.append("\n\n")
    out.append_text(plain(attempt.response))
    return out


# The narrowest an attempt column may be before the columns wrap onto more rows.
ATTEMPT_COLUMN = 34


class AttemptsScreen(ModalScreen[str | None]):
    """Every answered attempt at one moment, side by side as far as the width allows (then in
    rows), scrolled up and down; the best one is the one that counts."""

    BINDINGS = [
        Binding("escape,ctrl+t,q", "dismiss(None)", "Close"),
        Binding("ctrl+r", "dismiss('retry')", "Try again"),
    ]

    def __init__(self, turn: Turn, rubric: Rubric, turn_number: int) -> None:
        super().__init__()
        self.turn, self.rubric, self.turn_number = turn, rubric, turn_number
        self.answered = [i for i, a in enumerate(turn.attempts) if a.counts]

    def compose(self) -> ComposeResult:
        best = counted_attempt_index(self.turn, self.rubric.scale)
        with Vertical(classes="dialog wide"):
            yield Static(
                f"Your attempts at turn {self.turn_number} ({len(self.answered)})",
                classes="dialog-title",
            )
            with VerticalScroll(id="attempts"), Grid(id="attempt-grid"):
                for shown, index in enumerate(self.answered, start=1):
                    yield Static(
                        attempt_text(self.turn, index, self.rubric, best, shown),
                        classes="attempt" + (" best" if index == best else ""),
                    )
            yield Static(
                "Escape closes \u00b7 ctrl+r tries again \u00b7 arrows scroll",
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        self._fit_columns()
        self.query_one("#attempts").focus()

    def on_resize(self) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        room = self.query_one("#attempts").size.width or self.size.width - 8
        columns = max(1, min(len(self.answered), room // ATTEMPT_COLUMN))
        self.query_one("#attempt-grid", Grid).styles.grid_size_columns = columns
