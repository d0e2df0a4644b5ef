"""Per-session figures shared by the gradebook rows and the cohort report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import fmean

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
    session: SessionSummary
    # Applicable scores per criterion, in the order they were given (every counted attempt).
    scores: dict[str, list[int]] = field(default_factory=dict)
    turns: int = 0
    attempts: int = 0
    judges: set[str] = field(default_factory=set)
    judge_models: set[str] = field(default_factory=set)
    fallbacks: int = 0
    restraint_invited: int = 0
    restraint_held: int = 0

    def mean(self, criterion: str) -> float | None:
        values = self.scores.get(criterion)
        return round(fmean(values), 2) if values else None

    def best(self, criterion: str) -> int | None:
        values = self.scores.get(criterion)
        return max(values) if values else None

    def last(self, criterion: str) -> int | None:
        values = self.scores.get(criterion)
        return values[-1] if values else None


def stats_of(session: SessionSummary, rescored: bool = False) -> SessionStats:
    stats = SessionStats(session)
    for turn in session.turns:
        answered = False
        for attempt in turn.attempts:
            if attempt.withdrawn:
                continue
            evaluation = evaluation_for(attempt, rescored)
            if evaluation is None:
                continue
            answered = True
            stats.attempts += 1
            stats.judges.add(evaluation.judge)
            if evaluation.model:
                stats.judge_models.add(evaluation.model)
            stats.fallbacks += evaluation.judge == "offline-fallback"
            for cid, result in evaluation.criteria.items():
                if result.applicable and result.score is not None:
                    stats.scores.setdefault(cid, []).append(result.score)
            if evaluation.restraint is not None and evaluation.restraint.invited:
                stats.restraint_invited += 1
                stats.restraint_held += evaluation.restraint.held
        stats.turns += answered
    return stats
