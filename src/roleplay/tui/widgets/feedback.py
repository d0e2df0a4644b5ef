"""Feedback on one response: each criterion's score, level, reasons, quoted words, a next step."""

from __future__ import annotations

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


def feedback_text(
    evaluation: Evaluation,
    rubric: Rubric,
    invites: str | None = None,
    self_rating: dict[str, int] | None = None,
) -> Text:
    out = Text()
    out.append(f"Feedback ({JUDGE_LABEL[evaluation.judge]})", style="bold")
    moment = invites_text(invites, rubric)
    if moment:
        out.append(f"  {moment}", style="italic")
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        out.append("\n")
        out.append(f"{criterion.name}: ", style="bold")
        score = result.score if result.applicable else None
        if score is not None:
            out.append(f"{score_bar(score, rubric)} {score}/{rubric.scale.max}", style="bold")
        else:
            out.append("not used", style="dim")
        if self_rating and criterion.id in self_rating:
            out.append(f"  ({rating_gap(self_rating[criterion.id], score)})", style="italic")
        level = criterion.level(score)
        if level:
            out.append(f"\n  Level {score}: {printable(level)}", style="dim")
        if result.rationale:
            out.append(f"\n  Why: {printable(result.rationale)}")
        for quote in result.evidence:
            out.append("\n  Your words: \u201c", style="dim")
            out.append(printable(quote), style="reverse")
            out.append("\u201d", style="dim")
        if result.suggestion:
            out.append("\n  Try: ", style="bold")
            out.append(printable(result.suggestion))
    if evaluation.restraint:
        out.append(f"\n{printable(evaluation.restraint.note)}", style="italic")
    if evaluation.fallback_reason:
        out.append(f"\n(The server failed: {printable(evaluation.fallback_reason)})", style="dim")
    return out


class FeedbackCard(Static):
    DEFAULT_CLASSES = "feedback"

    def __init__(
        self,
        evaluation: Evaluation,
        rubric: Rubric,
        invites: str | None = None,
        self_rating: dict[str, int] | None = None,
    ) -> None:
        super().__init__(feedback_text(evaluation, rubric, invites, self_rating))
        self.evaluation = evaluation

    @property
    def quotes(self) -> list[str]:
        return [q for r in self.evaluation.criteria.values() for q in r.evidence]
