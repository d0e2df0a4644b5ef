"""The session record: one JSON file per session (docs/architecture.md); other tools read these
keys, so keys are only ever added."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field

from roleplay.domain.common import Outcome, RecordModel
from roleplay.domain.rubric import Scale

SCHEMA_VERSION = 1

JudgeKind = Literal["offline", "llm", "offline-fallback"]
Status = Literal["in_progress", "completed", "abandoned"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class CriterionResult(RecordModel):
    applicable: bool
    score: int | None = None
    rationale: str = ""
    evidence: list[str] = []
    suggestion: str | None = None
    # Observable checks answered yes/no (check id -> met), where the judge reports them.
    checks: dict[str, bool] = {}


class Restraint(RecordModel):
    """Holding back is a skill: whether the moment invited restraint and whether it was held."""

    invited: bool
    held: bool
    note: str


class Evaluation(RecordModel):
    judge: JudgeKind
    rubric_id: str
    rubric_version: int
    criteria: dict[str, CriterionResult]
    evaluated_at: datetime = Field(default_factory=utcnow)
    model: str | None = None
    prompt_version: str | None = None
    # What the trainee did, in the scenario's reaction vocabulary (e.g. "one_upping").
    moves: list[str] = []
    restraint: Restraint | None = None
    fallback_reason: str | None = None
    # sha256 over the scores, for `export --verify` (catches naive hand edits only).
    integrity: str | None = None

    def outcomes(self, scale: Scale) -> dict[str, Outcome]:
        return {cid: outcome_of(result, scale) for cid, result in self.criteria.items()}


def outcome_of(result: CriterionResult, scale: Scale) -> Outcome:
    """strong / mixed / weak on the scale's top, middle and bottom; absent when not used."""
    if not result.applicable or result.score is None:
        return "absent"
    unit = scale.to_unit(result.score)
    if unit >= 0.75:
        return "strong"
    if unit >= 0.5:
        return "mixed"
    return "weak"


class Attempt(RecordModel):
    response: str
    submitted_at: datetime = Field(default_factory=utcnow)
    # The trainee's own rating per criterion, given before the score is revealed.
    self_rating: dict[str, int] | None = None
    evaluation: Evaluation | None = None
    # Re-judgements by `roleplay rescore`, kept beside the original and never replacing it.
    rescores: list[Evaluation] = []
    # Withdrawn (cancelled before it was answered): kept on disk, never scored or counted.
    withdrawn: bool = False
    # The client's reply to this attempt is recorded (as the next turn, or set aside by a retry).
    replied: bool = False

    @property
    def counts(self) -> bool:
        return not self.withdrawn and self.evaluation is not None


class ClientLine(RecordModel):
    text: str
    cue: str | None = None
    # script (the scenario's words), llm (improvised), or offline-fallback (script after a failure)
    source: Literal["script", "llm", "offline-fallback"] = "script"
    # How the client took the trainee's move, from the scenario's `reactions` (key and words).
    reaction: str | None = None
    reaction_note: str | None = None


class Turn(RecordModel):
    beat: str
    client: ClientLine
    attempts: list[Attempt] = []

    @property
    def live_attempts(self) -> list[Attempt]:
        return [a for a in self.attempts if not a.withdrawn]

    def best_score(self, criterion: str) -> int | None:
        """The best attempt counts (deliberate practice: retries are encouraged)."""
        scores = [
            r.score
            for a in self.attempts
            if a.counts and a.evaluation
            for cid, r in a.evaluation.criteria.items()
            if cid == criterion and r.applicable and r.score is not None
        ]
        return max(scores) if scores else None


class ScenarioRef(RecordModel):
    id: str
    title: str
    difficulty: str
    sha256: str
    # The scenario as it was when the session started: later edits never reach this session.
    frozen: dict[str, Any]
    origin: str | None = None


class RubricRef(RecordModel):
    id: str
    version: int
    sha256: str
    frozen: dict[str, Any] | None = None


class EngineInfo(RecordModel):
    mode: Literal["offline", "llm"]
    model: str | None = None
    judge_model: str | None = None
    server: str | None = None  # host:port only; never a key or a full URL with credentials


class DiscardedTurns(RecordModel):
    """Turns set aside by a retry or a rewind: nothing a trainee typed is ever deleted."""

    at: datetime = Field(default_factory=utcnow)
    from_turn: int
    turns: list[Turn]


class Session(RecordModel):
    schema_version: int = SCHEMA_VERSION
    id: str
    trainee: str
    cohort: str | None = None
    status: Status = "in_progress"
    started_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None
    scenario: ScenarioRef
    rubric: RubricRef
    engine: EngineInfo
    turns: list[Turn] = []
    discarded: list[DiscardedTurns] = []

    @property
    def attempts(self) -> list[Attempt]:
        return [a for t in self.turns for a in t.attempts]
