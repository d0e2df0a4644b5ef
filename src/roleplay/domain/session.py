"""The session record: one JSON file per session (docs/architecture.md); other tools read these
keys, so keys are only ever added."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from roleplay.domain.bounds import (
    MAX_ATTEMPTS,
    MAX_ITEMS,
    MAX_RESCORES,
    MAX_TURNS,
    Label,
    LongText,
    Score,
    Version,
    beat_problem,
    score_problem,
)
from roleplay.domain.client_rating import ClientRating
from roleplay.domain.common import END, Outcome, RecordModel
from roleplay.domain.rubric import Scale

SCHEMA_VERSION = 1

JudgeKind = Literal["offline", "llm", "offline-fallback"]
Status = Literal["in_progress", "completed", "abandoned"]


def utcnow() -> datetime:
    return datetime.now(UTC)


class CriterionResult(RecordModel):
    applicable: bool
    score: Score | None = None
    rationale: LongText = ""
    evidence: list[LongText] = Field(default_factory=list, max_length=MAX_ITEMS)
    suggestion: LongText | None = None
    # Observable checks answered yes/no (check id -> met), where the judge reports them.
    checks: dict[Label, bool] = Field(default_factory=dict, max_length=MAX_ITEMS)
    # Whether the criterion was in play at this moment at all (None: the judge did not say); a
    # view shows "not in play" criteria only on demand.
    in_play: bool | None = None
    # The judge was near a decision boundary (the rationale says why).
    unsure: bool = False


class Restraint(RecordModel):
    """Holding back is a skill: whether the moment invited restraint and whether it was held."""

    invited: bool
    held: bool
    note: LongText


class Evaluation(RecordModel):
    judge: JudgeKind
    rubric_id: Label
    rubric_version: Version
    criteria: dict[Label, CriterionResult] = Field(max_length=MAX_ITEMS)
    evaluated_at: datetime = Field(default_factory=utcnow)
    model: Label | None = None
    prompt_version: Label | None = None
    # The offline judge's fitted weights file that judged it: name@sha256-prefix.
    weights: Label | None = None
    # What the trainee did, in the scenario's reaction vocabulary (e.g. "one_upping").
    moves: list[Label] = Field(default_factory=list, max_length=MAX_ITEMS)
    restraint: Restraint | None = None
    fallback_reason: LongText | None = None
    # sha256 over the scores, for `export --verify` (catches naive hand edits only).
    integrity: Label | None = None

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


# The self-awareness pause offered before answering at a moment a scenario marks (`pause: true`).
PAUSE_QUESTIONS = {
    "feeling": "What are you feeling?",
    "want": "What do you want to do?",
    "whose_need": "Whose need is that?",
}


class PauseNotes(RecordModel):
    """The trainee's answers to the pause, kept with the response they came before."""

    feeling: str = Field(default="", max_length=1000)
    want: str = Field(default="", max_length=1000)
    whose_need: str = Field(default="", max_length=1000)

    @property
    def empty(self) -> bool:
        return not (self.feeling or self.want or self.whose_need)


class Attempt(RecordModel):
    response: LongText
    submitted_at: datetime = Field(default_factory=utcnow)
    # The trainee's own rating per criterion, given before the score is revealed.
    self_rating: dict[Label, Score] | None = Field(None, max_length=MAX_ITEMS)
    pause: PauseNotes | None = None
    evaluation: Evaluation | None = None
    # Re-judgements by `roleplay rescore`, kept beside the original and never replacing it.
    rescores: list[Evaluation] = Field([], max_length=MAX_RESCORES)
    # Withdrawn (cancelled before it was answered): kept on disk, never scored or counted.
    withdrawn: bool = False
    # The client's reply to this attempt is recorded (as the next turn, or set aside by a retry).
    replied: bool = False

    @property
    def counts(self) -> bool:
        return not self.withdrawn and self.evaluation is not None


class ClientLine(RecordModel):
    text: LongText
    cue: LongText | None = None
    # script (the scenario's words), llm (improvised), or offline-fallback (script after a failure)
    source: Literal["script", "llm", "offline-fallback"] = "script"
    # How the client took the trainee's move, from the scenario's `reactions` (key and words).
    reaction: Label | None = None
    reaction_note: LongText | None = None


class Turn(RecordModel):
    beat: Label
    client: ClientLine
    attempts: list[Attempt] = Field([], max_length=MAX_ATTEMPTS)

    @property
    def live_attempts(self) -> list[Attempt]:
        return [a for a in self.attempts if not a.withdrawn]


class ScenarioRef(RecordModel):
    id: Label
    title: Label
    difficulty: Label
    sha256: Label
    # The scenario as it was when the session started: later edits never reach this session.
    frozen: dict[str, Any]
    origin: LongText | None = None

    def beat_ids(self) -> set[str]:
        beats = self.frozen.get("beats")
        if not isinstance(beats, list):
            return set()
        return {b["id"] for b in beats if isinstance(b, dict) and isinstance(b.get("id"), str)}


class RubricRef(RecordModel):
    id: Label
    version: Version
    sha256: Label
    frozen: dict[str, Any] | None = None

    @field_validator("frozen")
    @classmethod
    def _bounded_scale(cls, frozen: dict[str, Any] | None) -> dict[str, Any] | None:
        # Only the scale is checked here (cheap, and what sizes a report); `thaw` checks the rest.
        if frozen is not None and "scale" in frozen:
            Scale.model_validate(frozen["scale"])
        return frozen

    @property
    def scale(self) -> Scale:
        if self.frozen is None or "scale" not in self.frozen:
            return Scale()
        return Scale.model_validate(self.frozen["scale"])


class EngineInfo(RecordModel):
    mode: Literal["offline", "llm"]
    model: Label | None = None
    judge_model: Label | None = None
    server: Label | None = None  # host:port only; never a key or a full URL with credentials


class DiscardedTurns(RecordModel):
    """Turns set aside by a retry or a rewind: nothing a trainee typed is ever deleted."""

    at: datetime = Field(default_factory=utcnow)
    from_turn: int = Field(ge=0, le=MAX_TURNS)
    turns: list[Turn] = Field(max_length=MAX_TURNS)


class Session(RecordModel):
    schema_version: int = SCHEMA_VERSION
    id: Label
    trainee: Label
    cohort: Label | None = None
    status: Status = "in_progress"
    started_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None
    scenario: ScenarioRef
    rubric: RubricRef
    engine: EngineInfo
    # Every session starts with the client's first line, so a record without turns is broken.
    turns: list[Turn] = Field(min_length=1, max_length=MAX_TURNS)
    discarded: list[DiscardedTurns] = Field([], max_length=MAX_TURNS)
    # The client's own end-of-session rating (domain/client_rating.py), once the session ends.
    client_rating: ClientRating | None = None
    # The trainee's short reflection after the session (for supervision).
    reflection: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _consistent(self) -> Session:
        """Scores inside the session's own scale, and turns on beats its scenario has."""
        problem = beat_problem((t.beat for t in self.turns), self.scenario.beat_ids(), END)
        scale = self.rubric.scale
        problem = problem or score_problem(_scores(self.turns), scale.min, scale.max)
        if problem:
            raise ValueError(problem)
        return self

    @property
    def attempts(self) -> list[Attempt]:
        return [a for t in self.turns for a in t.attempts]


def _scores(turns: list[Turn]) -> Iterator[tuple[str, int | None]]:
    for t, turn in enumerate(turns, start=1):
        for a, attempt in enumerate(turn.attempts, start=1):
            where = f"turn {t}, attempt {a}"
            for evaluation in [attempt.evaluation, *attempt.rescores]:
                for result in evaluation.criteria.values() if evaluation else ():
                    yield where, result.score
            for score in (attempt.self_rating or {}).values():
                yield where, score
