"""The one meaning of "the best attempt counts", used by every view of a session.

A trainee may answer one moment (a turn) several times. Per moment, the *counted* attempt is the
answered attempt of the highest quality: the mean of its scored criteria on the unit scale, or,
with nothing scored, 1 for holding back where the moment invited restraint, 0 for not holding
back there, and 0.5 otherwise. A tie goes to the later attempt. Every per-criterion figure of a
moment comes from its counted attempt alone (attempts are never mixed or averaged); session
figures are over moments, so a retry from 3 to 5 makes that moment a 5, not a 4; restraint is
counted over moments too.

Summary, Markdown transcript, history, exports and the cohort report all call these functions.
They accept the full session models and the export's lean score-only models alike, so nothing
here reads files or knows where a record came from. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean
from typing import Protocol

from roleplay.domain.rubric import Scale
from roleplay.domain.session import Attempt, Turn

# With nothing scored and no restraint in play, an answer is neither good nor bad.
NEUTRAL = 0.5


class ScoreLike(Protocol):
    @property
    def applicable(self) -> bool: ...
    @property
    def score(self) -> int | None: ...


class RestraintLike(Protocol):
    @property
    def invited(self) -> bool: ...
    @property
    def held(self) -> bool: ...


class EvaluationLike(Protocol):
    @property
    def criteria(self) -> Mapping[str, ScoreLike]: ...
    @property
    def restraint(self) -> RestraintLike | None: ...


def scored(result: ScoreLike | None) -> int | None:
    """The score a criterion result stands for, or None when the skill was not used."""
    if result is None or not result.applicable:
        return None
    return result.score


def evaluation_quality(evaluation: EvaluationLike, scale: Scale) -> float:
    """How good one judged answer was, 0..1, to pick the counted attempt of a moment."""
    units = [
        scale.to_unit(score)
        for result in evaluation.criteria.values()
        if (score := scored(result)) is not None
    ]
    if units:
        return fmean(units)
    restraint = evaluation.restraint
    if restraint is not None and restraint.invited:
        return 1.0 if restraint.held else 0.0
    return NEUTRAL


def attempt_quality(attempt: Attempt, scale: Scale) -> float | None:
    """`evaluation_quality` of an attempt, or None when it does not count (withdrawn, unjudged)."""
    if not attempt.counts or attempt.evaluation is None:
        return None
    return evaluation_quality(attempt.evaluation, scale)


def counted_index(evaluations: Sequence[EvaluationLike | None], scale: Scale) -> int | None:
    """Index of the counted attempt among a moment's attempts, given each one's evaluation
    (None for an attempt that does not count: withdrawn or not yet judged). Later wins a tie."""
    best, best_value = None, -1.0
    for index, evaluation in enumerate(evaluations):
        if evaluation is None:
            continue
        value = evaluation_quality(evaluation, scale)
        if value >= best_value:
            best, best_value = index, value
    return best


def counted_attempt_index(turn: Turn, scale: Scale) -> int | None:
    """Index (in `turn.attempts`) of the attempt that counts for this moment."""
    return counted_index([a.evaluation if a.counts else None for a in turn.attempts], scale)


@dataclass(frozen=True)
class CountedMoment:
    """One moment as it counts: its counted attempt's scores and restraint, nothing else."""

    attempt: int  # index into the turn's attempts
    scores: dict[str, int | None]  # per criterion; None = not used
    restraint_invited: bool
    restraint_held: bool | None  # None when the moment did not invite restraint


def counted_moment(
    evaluations: Sequence[EvaluationLike | None], scale: Scale
) -> CountedMoment | None:
    """The moment's counted figures, or None when no attempt at it counts."""
    index = counted_index(evaluations, scale)
    if index is None:
        return None
    evaluation = evaluations[index]
    assert evaluation is not None
    restraint = evaluation.restraint
    invited = restraint is not None and restraint.invited
    return CountedMoment(
        attempt=index,
        scores={cid: scored(result) for cid, result in evaluation.criteria.items()},
        restraint_invited=invited,
        restraint_held=restraint.held if invited and restraint is not None else None,
    )


def counted_turn(turn: Turn, scale: Scale) -> CountedMoment | None:
    return counted_moment([a.evaluation if a.counts else None for a in turn.attempts], scale)


@dataclass
class SessionFigures:
    """Per-criterion figures over a session's moments, each from the moment's counted attempt."""

    moments: int = 0  # answered moments
    # Per criterion, the counted score of every moment that scored it, in session order.
    scores: dict[str, list[int]] = field(default_factory=dict)
    restraint_invited: int = 0  # moments that invited restraint
    restraint_held: int = 0  # of those, moments whose counted attempt held back

    def add(self, moment: CountedMoment) -> None:
        self.moments += 1
        for cid, score in moment.scores.items():
            if score is not None:
                self.scores.setdefault(cid, []).append(score)
        self.restraint_invited += moment.restraint_invited
        self.restraint_held += bool(moment.restraint_held)

    def mean(self, criterion: str) -> float | None:
        """The mean over moments of each moment's counted score (2 decimals)."""
        values = self.scores.get(criterion)
        return round(fmean(values), 2) if values else None

    def best(self, criterion: str) -> int | None:
        """The best moment's counted score."""
        values = self.scores.get(criterion)
        return max(values) if values else None

    def last(self, criterion: str) -> int | None:
        """The counted score of the last moment that scored this criterion."""
        values = self.scores.get(criterion)
        return values[-1] if values else None


def session_figures(moments: Iterable[CountedMoment | None]) -> SessionFigures:
    figures = SessionFigures()
    for moment in moments:
        if moment is not None:
            figures.add(moment)
    return figures


def scale_of(frozen_rubric: Mapping[str, object] | None) -> Scale:
    """The scale of a rubric frozen into a session record (the default 1-5 when absent)."""
    raw = frozen_rubric.get("scale") if frozen_rubric else None
    return Scale.model_validate(raw) if isinstance(raw, Mapping) else Scale()
