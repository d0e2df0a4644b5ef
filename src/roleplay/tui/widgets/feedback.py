"""Feedback on one response, taken in at a glance: per criterion the score, the reason in one
clause and one thing to try; the level descriptor, the whole rationale and the quoted words on
demand (d or Enter on the focused card, reached by shift+tab from the response box, or a
click). What is shown comes from `practice.feedback_view`, shared with the CLI and the Markdown
transcript."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.reactive import reactive
from textual.widgets import Static

from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Exemplar
from roleplay.domain.session import Evaluation
from roleplay.practice.feedback_view import CriterionView, FeedbackView, feedback_view
from roleplay.tui.widgets.text import printable

DETAILS_HINT = "\u25b8 d: details (rubric level, why, your words)"
HIDE_HINT = "\u25be d: hide details"


def score_bar(score: int, rubric: Rubric) -> str:
    filled = score - rubric.scale.min + 1
    total = rubric.scale.max - rubric.scale.min + 1
    return "\u25cf" * filled + "\u25cb" * (total - filled)


def _rows(rows: list[tuple[str, Text]]) -> Table:
    """Label and text side by side, so wrapped lines keep their indent."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, style="bold", width=11, justify="right")
    grid.add_column(ratio=1)
    for label, text in rows:
        grid.add_row(label, text)
    return grid


def _headline(c: CriterionView, rubric: Rubric) -> Text:
    line = Text()
    line.append(f"{c.name} ", style="bold")
    if c.score is None:
        line.append(c.score_text, style="dim")
    else:
        line.append(f"{score_bar(c.score, rubric)} {c.score_text}", style="bold")
    if c.rating_note:
        line.append(f"  ({c.rating_note})", style="italic")
    if c.reason:
        line.append(f" \u2014 {printable(c.reason)}")
    return line


def _details(c: CriterionView) -> list[tuple[str, Text]]:
    rows: list[tuple[str, Text]] = []
    if c.level:
        rows.append((f"Level {c.score}", Text(printable(c.level), style="dim")))
    if c.rationale and c.rationale.strip() != (c.reason or ""):
        rows.append(("Why", Text(printable(c.rationale))))
    if c.evidence:
        words = Text()
        for index, quote in enumerate(c.evidence):
            words.append("\n" if index else "")
            words.append("\u201c")
            words.append(printable(quote), style="reverse")
            words.append("\u201d")
        rows.append(("Your words", words))
    return rows


def _nothing_to_say(c: CriterionView) -> bool:
    """Not used, not what the moment asked for (no hint, no example) and not self-rated."""
    return c.score is None and not (c.suggestion or c.exemplar or c.self_rating is not None)


def feedback_parts(view: FeedbackView, rubric: Rubric, details: bool) -> list[RenderableType]:
    head = Text()
    head.append(f"Feedback ({view.judge_label})", style="bold")
    if view.moment_note:
        head.append(f"  {view.moment_note}", style="italic")
    parts: list[RenderableType] = [head]
    # At a glance, skills neither used nor asked for share one line: at a boundary moment five
    # "not used" lines bury the score, and each reads like a fault ("Rupture repair not used"
    # beside a boundary well held). Their reasons are in the details.
    quiet = [] if details else [c for c in view.criteria if _nothing_to_say(c)]
    for c in view.criteria:
        if c in quiet:
            continue
        parts.append(_headline(c, rubric))
        rows: list[tuple[str, Text]] = []
        if c.suggestion:
            rows.append(("Try", Text(printable(c.suggestion))))
        if c.exemplar:
            rows.append(("Example", Text(printable(c.exemplar), style="italic")))
        if details:
            rows += _details(c)
        if rows:
            parts.append(_rows(rows))
    if quiet:
        line = Text("Not used here: ", style="dim")
        line.append(", ".join(c.name for c in quiet), style="dim")
        parts.append(line)
    if view.restraint_note:
        parts.append(Text(printable(view.restraint_note), style="italic"))
    if view.fallback_reason:
        parts.append(Text(f"(The server failed: {printable(view.fallback_reason)})", style="dim"))
    parts.append(Text(HIDE_HINT if details else DETAILS_HINT, style="dim"))
    return parts


class FeedbackCard(Static, can_focus=True):
    DEFAULT_CLASSES = "feedback"
    DEFAULT_CSS = "FeedbackCard:focus { background: $boost; }"
    # A click opens the details without taking the keyboard from the response box.
    FOCUS_ON_CLICK = False
    BINDINGS = [Binding("d,enter", "toggle_details", "Details")]

    details: reactive[bool] = reactive(False)

    def __init__(
        self,
        evaluation: Evaluation,
        rubric: Rubric,
        invites: str | None = None,
        self_rating: dict[str, int] | None = None,
        exemplars: Sequence[Exemplar] = (),
        view: FeedbackView | None = None,
    ) -> None:
        self.evaluation = evaluation
        self.rubric = rubric
        # A caller may shape the view itself (a drill shows only the skill it practises).
        self.view = view or feedback_view(
            evaluation, rubric, invites=invites, exemplars=exemplars, self_rating=self_rating
        )
        super().__init__(self._content(False))

    def _content(self, details: bool) -> Group:
        return Group(*feedback_parts(self.view, self.rubric, details))

    def watch_details(self, details: bool) -> None:
        self.update(self._content(details))

    def action_toggle_details(self) -> None:
        self.details = not self.details

    def on_click(self, event: Click) -> None:
        event.stop()
        self.details = not self.details

    @property
    def quotes(self) -> list[str]:
        return self.view.quotes
