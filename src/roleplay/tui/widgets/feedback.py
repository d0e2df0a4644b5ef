"""Feedback on one response: each criterion's score, level, reasons, quoted words, a next step."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from roleplay.domain.rubric import Rubric
from roleplay.domain.session import Evaluation

JUDGE_LABEL = {
    "offline": "offline engine",
    "llm": "LLM judge",
    "offline-fallback": "offline engine \u2014 the server failed",
}


def score_bar(score: int, rubric: Rubric) -> str:
    filled = score - rubric.scale.min + 1
    total = rubric.scale.max - rubric.scale.min + 1
    return "\u25cf" * filled + "\u25cb" * (total - filled)


def feedback_text(evaluation: Evaluation, rubric: Rubric) -> Text:
    out = Text()
    out.append(f"Feedback ({JUDGE_LABEL[evaluation.judge]})", style="bold")
    for criterion in rubric.criteria:
        result = evaluation.criteria.get(criterion.id)
        if result is None:
            continue
        out.append("\n")
        if result.applicable and result.score is not None:
            out.append(f"{criterion.name}: ", style="bold")
            out.append(
                f"{score_bar(result.score, rubric)} {result.score}/{rubric.scale.max}", style="bold"
            )
            level = criterion.level(result.score)
            if level:
                out.append(f"\n  {level}", style="dim")
        else:
            out.append(f"{criterion.name}: ", style="bold")
            out.append("not used", style="dim")
        if result.rationale:
            out.append(f"\n  {result.rationale}")
        for quote in result.evidence:
            out.append("\n  \u201c", style="dim")
            out.append(quote, style="italic")
            out.append("\u201d", style="dim")
        if result.suggestion:
            out.append("\n  Try: ", style="bold")
            out.append(result.suggestion)
    if evaluation.restraint:
        out.append(f"\n{evaluation.restraint.note}", style="italic")
    return out


class FeedbackCard(Static):
    DEFAULT_CLASSES = "feedback"

    def __init__(self, evaluation: Evaluation, rubric: Rubric) -> None:
        super().__init__(feedback_text(evaluation, rubric))
        self.evaluation = evaluation
