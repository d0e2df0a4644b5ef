"""What an export reads from a session file: everything but the frozen scenario's prose.

A session file is mostly its frozen scenario (client, beats, exemplars). An export needs only each
beat's id and what it invites, and the rubric's criteria and scale, so this model leaves the rest
in the JSON parser and never builds Python objects for it: 10,000 sessions stay fast and small.
`SessionScores` goes further for the session and trainee levels and the report, which need
scores but no text. `SessionKey` is less again: what filtering, ordering and the columns need,
so an export holds keys for the whole cohort and one full session at a time. `--verify` and
`rescore` read the full `domain.session.Session` instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from roleplay.domain.bounds import (
    MAX_ATTEMPTS,
    MAX_ITEMS,
    MAX_RESCORES,
    MAX_TURNS,
    Label,
    ScalePoint,
    Score,
    Version,
    beat_problem,
    scale_problem,
    score_problem,
)
from roleplay.domain.client_rating import ClientRating
from roleplay.domain.common import END
from roleplay.domain.session import Attempt, EngineInfo, Status, Turn


class _Lean(BaseModel):
    model_config = ConfigDict(extra="ignore")


class BeatInfo(_Lean):
    id: Label
    invites: Label | None = None


class ScenarioInfo(_Lean):
    beats: list[BeatInfo] = Field([], max_length=MAX_ITEMS)


class CriterionInfo(_Lean):
    id: Label
    name: Label | None = None


class ScaleInfo(_Lean):
    min: ScalePoint = 1
    max: ScalePoint = 5

    @model_validator(mode="after")
    def _ordered(self) -> ScaleInfo:
        problem = scale_problem(self.min, self.max)
        if problem:
            raise ValueError(problem)
        return self


class RubricInfo(_Lean):
    criteria: list[CriterionInfo] = Field([], max_length=MAX_ITEMS)
    scale: ScaleInfo = ScaleInfo()


class ScenarioSummary(_Lean):
    id: Label
    title: Label
    difficulty: Label
    origin: str | None = None
    frozen: ScenarioInfo = ScenarioInfo()


class RubricSummary(_Lean):
    id: Label
    version: Version
    frozen: RubricInfo | None = None


class SessionSummary(_Lean):
    """Validated as the full record is (`domain.session.Session`): bounded numbers and lists,
    scores inside the session's scale, turns on beats its scenario has."""

    schema_version: int
    id: Label
    trainee: Label
    cohort: Label | None = None
    status: Status
    started_at: datetime
    ended_at: datetime | None = None
    scenario: ScenarioSummary
    rubric: RubricSummary
    engine: EngineInfo
    turns: list[Turn] = Field(min_length=1, max_length=MAX_TURNS)
    client_rating: ClientRating | None = None
    reflection: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _consistent(self) -> SessionSummary:
        beats = {b.id for b in self.scenario.frozen.beats}
        problem = beat_problem((t.beat for t in self.turns), beats, END)
        scale = self.rubric.frozen.scale if self.rubric.frozen else ScaleInfo()
        problem = problem or score_problem(_scores(self.turns), scale.min, scale.max)
        if problem:
            raise ValueError(problem)
        return self

    @property
    def attempts(self) -> list[Attempt]:
        return [a for t in self.turns for a in t.attempts]


def _scores(turns: list[Turn] | list[TurnScores]) -> Iterator[tuple[str, int | None]]:
    for t, turn in enumerate(turns, start=1):
        for a, attempt in enumerate(turn.attempts, start=1):  # type: ignore[attr-defined]
            where = f"turn {t}, attempt {a}"
            for evaluation in [attempt.evaluation, *attempt.rescores]:
                for result in evaluation.criteria.values() if evaluation else ():
                    yield where, result.score
            for score in (attempt.self_rating or {}).values():
                yield where, score


class ScoreOnly(_Lean):
    applicable: bool
    score: Score | None = None


class RestraintOnly(_Lean):
    invited: bool
    held: bool


class EvaluationScores(_Lean):
    judge: Label
    model: Label | None = None
    rubric_id: Label
    rubric_version: Version
    criteria: dict[Label, ScoreOnly] = Field(max_length=MAX_ITEMS)
    restraint: RestraintOnly | None = None
    moves: list[Label] = Field([], max_length=MAX_ITEMS)


class AttemptScores(_Lean):
    submitted_at: datetime | None = None
    self_rating: dict[Label, Score] | None = Field(None, max_length=MAX_ITEMS)
    withdrawn: bool = False
    evaluation: EvaluationScores | None = None
    rescores: list[EvaluationScores] = Field([], max_length=MAX_RESCORES)


class TurnScores(_Lean):
    beat: Label
    attempts: list[AttemptScores] = Field([], max_length=MAX_ATTEMPTS)


class SessionScores(SessionSummary):
    """A session's scores without any text: the gradebook without --level turn's text."""

    turns: list[TurnScores] = Field(min_length=1, max_length=MAX_TURNS)  # type: ignore[assignment]

    @property
    def attempts(self) -> list[AttemptScores]:  # type: ignore[override]
        return [a for t in self.turns for a in t.attempts]


class _Nothing(_Lean):
    pass


class _CriteriaNamed(_Lean):
    criteria: dict[str, _Nothing] = {}


class _AttemptKey(_Lean):
    evaluation: _CriteriaNamed | None = None


class _TurnKey(_Lean):
    attempts: list[_AttemptKey] = []


class _ScenarioId(_Lean):
    id: str


class _CriterionId(_Lean):
    id: str


class _FrozenCriteria(_Lean):
    criteria: list[_CriterionId] = []


class _RubricKey(_Lean):
    frozen: _FrozenCriteria | None = None


class SessionKey(_Lean):
    """Just enough of a session to filter, order and choose columns, about 2 KB in memory: an
    export holds one per session, and reads each session in full only when its rows are
    written. What the turns say is read once and reduced to `criterion_ids` and `attempt_count`.
    """

    schema_version: int
    id: str
    trainee: str
    cohort: str | None = None
    status: Status
    started_at: datetime
    scenario: _ScenarioId
    rubric: _RubricKey = _RubricKey()
    turns: list[_TurnKey] = []
    criterion_ids: tuple[str, ...] = ()
    attempt_count: int = 0

    def model_post_init(self, context: object, /) -> None:
        seen = (
            dict.fromkeys(c.id for c in self.rubric.frozen.criteria) if self.rubric.frozen else {}
        )
        for turn in self.turns:
            for attempt in turn.attempts:
                if attempt.evaluation:
                    seen.update(dict.fromkeys(attempt.evaluation.criteria))
        self.criterion_ids = tuple(seen)
        self.attempt_count = sum(len(t.attempts) for t in self.turns)
        self.turns, self.rubric = [], _RubricKey()  # read; not kept

    @property
    def attempts(self) -> range:
        """Stands in for the attempts where only their number matters (choosing between copies)."""
        return range(self.attempt_count)
