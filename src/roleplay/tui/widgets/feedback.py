"""Feedback on one response: each criterion's score, level, reasons, quoted words, a next step."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from roleplay.domain.common import RESTRAINT
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation
from roleplay.tui.widgets.text import printable

JUDGE_LABEL = {
    "offline": "offline engine",
    "llm": "LLM judge",
    "offline-fallback": "offline engine \u2014 the server failed",
}


def score_bar(score: int, rubric: Rubric) -> str:
    filled = score - rubric.scale.min + 1
    total = rubric.scale.max - rubric.scale.min + 1
    return "\u25cf" * filled + "\u25cb" * (total - filled)


def invites_text(invites: str | None, rubric: Rubric) -> str | None:
    if invites == RESTRAINT:
        return "This moment called for holding back (restraint)."
    criterion = rubric.criterion(invites) if invites else None
    if criterion is not None:
        return f"This moment invited {criterion.name.lower()}."
    return None


def rating_gap(rated: int, score: int | None) -> str:
    if score is None:
        return f"you rated {rated}; the judge found it not used"
    gap = rated - score
    if gap == 0:
        return f"you rated {rated}: spot on"
    return f"you rated {rated}, {gap:+d}"


def _details(rows: list[tuple[str, Text]]) -> Table:
    """Label and text side by side, so wrapped lines keep their indent."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, style="bold", width=11, justify="right")
    grid.add_column(ratio=1)
    for label, text in rows:
        grid.add_row(label, text)
    return grid


def unique(quotes: list[str]) -> list[str]:
    seen: list[str] = []
    for quote in quotes:
        if quote.strip() and quote not in seen:
            seen.append(quote)
    return seen


def feedback_parts(
    evaluation: Evaluation,
    rubric: Rubric,
    invites: str | None = None,
    self_rating: dict[str, int] | None = None,
) -> list[RenderableType]:
    head = Text()
    head.append(f"Feedback ({JUDGE_LABEL[evaluation.judge]})", style="bold")
    moment = invites_text(invites, rubric)
    if moment:
        head.append(f"  {moment}", style="italic")
    # Every skill's score on one line first, so both are seen at a glance on a small terminal.
    glance = Text()
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        score = result.score if result.applicable else None
        glance.append("   " if glance else "")
        glance.append(f"{criterion.name} ", style="bold")
        if score is None:
            glance.append("not used", style="dim")
        else:
            glance.append(f"{score_bar(score, rubric)} {score}/{rubric.scale.max}", style="bold")
    parts: list[RenderableType] = [head, glance]
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        line = Text("\n")
        line.append(f"{criterion.name}: ", style="bold")
        score = result.score if result.applicable else None
        if score is not None:
            line.append(f"{score_bar(score, rubric)} {score}/{rubric.scale.max}", style="bold")
        else:
            line.append("not used", style="dim")
        if self_rating and criterion.id in self_rating:
            line.append(f"  ({rating_gap(self_rating[criterion.id], score)})", style="italic")
        parts.append(line)
        rows: list[tuple[str, Text]] = []
        level = criterion.level(score)
        if level:
            rows.append((f"Level {score}", Text(printable(level), style="dim")))
        if result.rationale:
            rows.append(("Why", Text(printable(result.rationale))))
        quotes = unique(result.evidence)
        if quotes:
            words = Text()
            for index, quote in enumerate(quotes):
                words.append("\n" if index else "")
                words.append("\u201c")
                words.append(printable(quote), style="reverse")
                words.append("\u201d")
            rows.append(("Your words", words))
        if result.suggestion:
            rows.append(("Try", Text(printable(result.suggestion))))
        if rows:
            parts.append(_details(rows))
    if evaluation.restraint:
        parts.append(Text(printable(evaluation.restraint.note), style="italic"))
    if evaluation.fallback_reason:
        parts.append(
            Text(f"(The server failed: {printable(evaluation.fallback_reason)})", style="dim")
        )
    return parts


class FeedbackCard(Static):
    DEFAULT_CLASSES = "feedback"

    def __init__(
        self,
        evaluation: Evaluation,
        rubric: Rubric,
        invites: str | None = None,
        self_rating: dict[str, int] | None = None,
    ) -> None:
        super().__init__(Group(*feedback_parts(evaluation, rubric, invites, self_rating)))
        self.evaluation = evaluation

    @property
    def quotes(self) -> list[str]:
        return unique([q for r in self.evaluation.criteria.values() for q in r.evidence])
