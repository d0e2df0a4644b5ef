"""A supervisor's review of one session: their own rating of each response, a comment, a flag.

Reviews live in their own files beside the sessions, never inside them, so a trainee's record is
never edited by someone else. Each rated response is keyed by turn and attempt and carries the
sha256 of the words rated, and the review carries the sha256 of the session it was made on, so a
later edit to either is visible. Like evaluations, a review carries an integrity hash over what the
supervisor decided: it catches naive hand edits, not a determined forger.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from roleplay.domain.bounds import Score
from roleplay.domain.common import CriterionId, RecordModel
from roleplay.domain.hashing import content_hash, sha256_of
from roleplay.domain.session import Session, utcnow

REVIEW_SCHEMA_VERSION = 1
REVIEW_INTEGRITY_SCHEME = "r1"
MAX_COMMENT_CHARS = 4000


class ResponseReview(RecordModel):
    """The supervisor's view of one response (a turn's attempt)."""

    turn: int = Field(ge=0, le=10_000)
    attempt: int = Field(ge=0, le=1_000)
    response_sha256: str = Field(max_length=64)
    # criterion id -> 1..5, or None: the skill was not in play in this response
    ratings: dict[CriterionId, Score | None] = Field(default_factory=dict, max_length=50)
    comment: str = Field(default="", max_length=MAX_COMMENT_CHARS)
    flag: bool = False  # to discuss in supervision
    rated_at: datetime = Field(default_factory=utcnow)


class Review(RecordModel):
    schema_version: int = REVIEW_SCHEMA_VERSION
    kind: Literal["review"] = "review"
    session_id: str = Field(max_length=200)
    session_sha256: str = Field(max_length=64)
    trainee: str = Field(max_length=200)
    scenario_id: str = Field(max_length=200)
    rubric_id: str = Field(max_length=200)
    rubric_version: int = Field(ge=0, le=1_000_000)
    reviewer: str = Field(min_length=1, max_length=200)
    started_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    items: list[ResponseReview] = Field(default_factory=list, max_length=100_000)
    integrity: str | None = None

    def item(self, turn: int, attempt: int) -> ResponseReview | None:
        return next((i for i in self.items if (i.turn, i.attempt) == (turn, attempt)), None)


def session_sha256(session: Session) -> str:
    """The session as reviewed: canonical JSON, so formatting does not change it."""
    return content_hash(session)


def review_integrity(review: Review) -> str:
    payload = {
        "session": review.session_sha256,
        "reviewer": review.reviewer,
        "items": [
            [i.turn, i.attempt, i.response_sha256, sorted(i.ratings.items()), i.comment, i.flag]
            for i in sorted(review.items, key=lambda i: (i.turn, i.attempt))
        ],
    }
    return f"{REVIEW_INTEGRITY_SCHEME}:{sha256_of(payload)}"


def review_intact(review: Review) -> bool | None:
    if review.integrity is None:
        return None
    return review.integrity == review_integrity(review)


def new_review(session: Session, reviewer: str) -> Review:
    return Review(
        session_id=session.id,
        session_sha256=session_sha256(session),
        trainee=session.trainee,
        scenario_id=session.scenario.id,
        rubric_id=session.rubric.id,
        rubric_version=session.rubric.version,
        reviewer=reviewer,
    )


def review_targets(session: Session) -> list[tuple[int, int]]:
    """(turn, attempt) of every answered response in order (withdrawn ones are not reviewed)."""
    return [
        (t, a)
        for t, turn in enumerate(session.turns)
        for a, attempt in enumerate(turn.attempts)
        if attempt.counts
    ]
