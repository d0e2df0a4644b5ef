"""Deliberate-practice drills: short client statements, answered, scored and repeated.

Modelled on the APA Deliberate Practice in Psychotherapy series (Rousmaniere, Goodyear, Miller &
Wampold 2017; the skill books that followed): one skill at a time, graded statements at three
levels, a response to each, immediate feedback with an exemplar, the statement repeated until the
response comes easily, and after each set the trainee says how hard it felt; the next set moves
difficulty up or down from that rating. A deck is content an instructor can write and validate; a
drill record is what one trainee did with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from pydantic import Field, model_validator

from roleplay.domain.bounds import Label, LongText, Version
from roleplay.domain.common import (
    DIFFICULTIES,
    ContentModel,
    CriterionId,
    Difficulty,
    Identifier,
    RecordModel,
    ShortText,
    Text,
)
from roleplay.domain.session import EngineInfo, Evaluation, utcnow

DRILL_SCHEMA_VERSION = 1
# How many statements make one set before the trainee rates its difficulty.
SET_SIZE = 5

Rating = Literal["too_easy", "good_challenge", "too_hard"]
RATINGS: tuple[Rating, ...] = ("too_easy", "good_challenge", "too_hard")
RATING_LABELS: dict[Rating, str] = {
    "too_easy": "too easy",
    "good_challenge": "a good challenge",
    "too_hard": "too hard",
}


class DrillStatement(ContentModel):
    """One client statement to answer, with the instructor's exemplar answer."""

    id: Identifier
    level: Difficulty
    client: Text
    cue: ShortText | None = None
    # What the statement invites when it is not the deck's skill (a restraint statement, say).
    invites: CriterionId | None = None
    exemplar: Text
    why: Text | None = None


class DrillDeck(ContentModel):
    """A file of statements for one skill (`drills/*.yaml`)."""

    id: Identifier
    title: ShortText
    skill: CriterionId
    rubric: Identifier
    about: Text | None = None
    statements: list[DrillStatement] = Field(min_length=1, max_length=1000)

    @model_validator(mode="after")
    def _unique_statement_ids(self) -> DrillDeck:
        seen: set[str] = set()
        for statement in self.statements:
            if statement.id in seen:
                raise ValueError(f"statement id `{statement.id}` is used twice")
            seen.add(statement.id)
        return self

    def at_level(self, level: Difficulty) -> list[DrillStatement]:
        return [s for s in self.statements if s.level == level]

    def statement(self, statement_id: str) -> DrillStatement | None:
        return next((s for s in self.statements if s.id == statement_id), None)


def next_level(level: Difficulty, rating: Rating) -> Difficulty:
    """The level of the next set: up after "too easy", down after "too hard", else the same."""
    index = DIFFICULTIES.index(level)
    if rating == "too_easy":
        index = min(index + 1, len(DIFFICULTIES) - 1)
    elif rating == "too_hard":
        index = max(index - 1, 0)
    return DIFFICULTIES[index]


def pick_set(
    deck: DrillDeck, level: Difficulty, done: Sequence[str], size: int = SET_SIZE
) -> list[DrillStatement]:
    """The next set at `level`: statements not yet answered first, in the deck's order, then the
    least recently answered ones again (repetition is the point, so a small deck still fills a set).
    Falls back to the nearest level that has statements."""
    pool = deck.at_level(level)
    if not pool:
        order = sorted(
            DIFFICULTIES, key=lambda d: abs(DIFFICULTIES.index(d) - DIFFICULTIES.index(level))
        )
        pool = next((deck.at_level(d) for d in order if deck.at_level(d)), [])
    last_seen = {sid: i for i, sid in enumerate(done)}
    fresh = [s for s in pool if s.id not in last_seen]
    again = sorted((s for s in pool if s.id in last_seen), key=lambda s: last_seen[s.id])
    return [*fresh, *again][:size]


class DrillAttempt(RecordModel):
    response: LongText
    submitted_at: datetime = Field(default_factory=utcnow)
    evaluation: Evaluation | None = None


class DrillItem(RecordModel):
    statement_id: str = Field(max_length=80)
    client: LongText
    level: Difficulty
    attempts: list[DrillAttempt] = Field(default_factory=list, max_length=100)


class DrillSet(RecordModel):
    level: Difficulty
    items: list[DrillItem] = Field(default_factory=list, max_length=100)
    rating: Rating | None = None


class DeckRef(RecordModel):
    id: Label
    title: Label
    skill: Label
    sha256: Label
    rubric_id: Label
    rubric_version: Version


class DrillRecord(RecordModel):
    """One drill session: the sets a trainee worked through, each answer and its score."""

    schema_version: int = DRILL_SCHEMA_VERSION
    kind: Literal["drill"] = "drill"
    id: Label
    trainee: Label
    cohort: Label | None = None
    started_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None
    deck: DeckRef
    engine: EngineInfo
    sets: list[DrillSet] = Field(default_factory=list, max_length=1000)

    def answered_ids(self) -> list[str]:
        """Statement ids in the order they were last answered (oldest first)."""
        order: list[str] = []
        for drill_set in self.sets:
            for item in drill_set.items:
                if item.attempts:
                    if item.statement_id in order:
                        order.remove(item.statement_id)
                    order.append(item.statement_id)
        return order
