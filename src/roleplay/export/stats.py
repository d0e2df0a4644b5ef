"""Per-session figures shared by the gradebook rows and the cohort report.

What counts is decided in `roleplay.domain.counted`: per moment, the counted attempt's scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from roleplay.domain.counted import SessionFigures, counted_moment
from roleplay.domain.rubric import Scale
from roleplay.domain.session import Attempt, Evaluation
from roleplay.export.records import AttemptScores, EvaluationScores, SessionSummary

# Rows read either whole attempts (turn level, with text) or their scores only.
AnyAttempt = Attempt | AttemptScores
AnyEvaluation = Evaluation | EvaluationScores


def evaluation_for(attempt: AnyAttempt, rescored: bool) -> AnyEvaluation | None:
    """The original evaluation, or with `rescored` the latest re-judgement where there is one."""
    if rescored and attempt.rescores:
        return attempt.rescores[-1]
    return attempt.evaluation


def criteria_of(sessions: Iterable[SessionSummary]) -> list[str]:
    """Criterion ids in rubric order, across every rubric the sessions used."""
    seen: dict[str, None] = {}
    for session in sessions:
        for criterion in session.rubric.frozen.criteria if session.rubric.frozen else []:
            seen.setdefault(criterion.id, None)
        for attempt in session.attempts:
            if attempt.evaluation:
                for cid in attempt.evaluation.criteria:
                    seen.setdefault(cid, None)
    return list(seen)


@dataclass
class SessionStats:
    """A session's gradebook figures. Per-criterion figures and restraint counts are over moments,
    each from the moment's counted attempt (`roleplay.domain.counted`); `attempts`, judges and
    fallbacks count every answered attempt."""

    session: SessionSummary
    figures: SessionFigures = field(default_factory=SessionFigures)
    attempts: int = 0
    judges: set[str] = field(default_factory=set)
    judge_models: set[str] = field(default_factory=set)
    fallbacks: int = 0

    @property
    def turns(self) -> int:
        return self.figures.moments

    @property
    def scores(self) -> dict[str, list[int]]:
        """Per criterion, each moment's counted score, in session order."""
        return self.figures.scores

    @property
    def restraint_invited(self) -> int:
        return self.figures.restraint_invited

    @property
    def restraint_held(self) -> int:
        return self.figures.restraint_held

    def mean(self, criterion: str) -> float | None:
        return self.figures.mean(criterion)

    def best(self, criterion: str) -> int | None:
        return self.figures.best(criterion)

    def last(self, criterion: str) -> int | None:
        return self.figures.last(criterion)


def scale_from(session: SessionSummary) -> Scale:
    frozen = session.rubric.frozen
    try:
        return Scale(min=frozen.scale.min, max=frozen.scale.max) if frozen else Scale()
    except ValueError:  # a frozen rubric with a broken scale: rank on the default one
        return Scale()


def stats_of(session: SessionSummary, rescored: bool = False) -> SessionStats:
    stats = SessionStats(session)
    scale = scale_from(session)
    for turn in session.turns:
        evaluations = [
            None if attempt.withdrawn else evaluation_for(attempt, rescored)
            for attempt in turn.attempts
        ]
        for evaluation in evaluations:
            if evaluation is None:
                continue
            stats.attempts += 1
            stats.judges.add(evaluation.judge)
            if evaluation.model:
                stats.judge_models.add(evaluation.model)
            stats.fallbacks += evaluation.judge == "offline-fallback"
        moment = counted_moment(evaluations, scale)
        if moment is not None:
            stats.figures.add(moment)
    return stats
