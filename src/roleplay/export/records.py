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

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from roleplay.domain.client_rating import ClientRating
from roleplay.domain.session import Attempt, EngineInfo, Status, Turn


class _Lean(BaseModel):
    model_config = ConfigDict(extra="ignore")


class BeatInfo(_Lean):
    id: str
    invites: str | None = None


class ScenarioInfo(_Lean):
    beats: list[BeatInfo] = []


class CriterionInfo(_Lean):
    id: str
    name: str | None = None


class ScaleInfo(_Lean):
    min: int = 1
    max: int = 5


class RubricInfo(_Lean):
    criteria: list[CriterionInfo] = []
    scale: ScaleInfo = ScaleInfo()


class ScenarioSummary(_Lean):
    id: str
    title: str
    difficulty: str
    origin: str | None = None
    frozen: ScenarioInfo = ScenarioInfo()


class RubricSummary(_Lean):
    id: str
    version: int
    frozen: RubricInfo | None = None


class SessionSummary(_Lean):
    schema_version: int
    id: str
    trainee: str
    cohort: str | None = None
    status: Status
    started_at: datetime
    ended_at: datetime | None = None
    scenario: ScenarioSummary
    rubric: RubricSummary
    engine: EngineInfo
    turns: list[Turn] = []
    client_rating: ClientRating | None = None
    reflection: str | None = None

    @property
    def attempts(self) -> list[Attempt]:
        return [a for t in self.turns for a in t.attempts]


class ScoreOnly(_Lean):
    applicable: bool
    score: int | None = None


class RestraintOnly(_Lean):
    invited: bool
    held: bool


class EvaluationScores(_Lean):
    judge: str
    model: str | None = None
    rubric_id: str
    rubric_version: int
    criteria: dict[str, ScoreOnly]
    restraint: RestraintOnly | None = None
    moves: list[str] = []


class AttemptScores(_Lean):
    submitted_at: datetime | None = None
    self_rating: dict[str, int] | None = None
    withdrawn: bool = False
    evaluation: EvaluationScores | None = None
    rescores: list[EvaluationScores] = []


class TurnScores(_Lean):
    beat: str
    attempts: list[AttemptScores] = []


class SessionScores(SessionSummary):
    """A session's scores without any text: the gradebook without --level turn's text."""

    turns: list[TurnScores] = []  # type: ignore[assignment]

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
