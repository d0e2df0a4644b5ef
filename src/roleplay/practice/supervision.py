"""A supervisor stepping through trainees' responses: rate, comment, flag, saved on every change.

The trainee's session files are only read. Each session's review is its own file (store/reviews);
opening the same sessions again with the same reviewer id resumes where the ratings stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roleplay.domain.hashing import text_sha256
from roleplay.domain.review import (
    MAX_COMMENT_CHARS,
    ResponseReview,
    Review,
    new_review,
    review_targets,
    session_sha256,
)
from roleplay.domain.rubric import Criterion, Rubric
from roleplay.domain.session import Attempt, Session, Turn
from roleplay.errors import UsageError
from roleplay.practice.records import thaw
from roleplay.practice.text import clean_response
from roleplay.store.reviews import read_review, review_path, save_review


@dataclass
class ReviewedSession:
    path: Path  # the trainee's session file (read only)
    session: Session
    rubric: Rubric
    review: Review
    review_path: Path
    stale: bool  # the session changed since this review was started


@dataclass(frozen=True)
class Target:
    """One response in the queue: which session, turn and attempt."""

    session: ReviewedSession
    turn_index: int
    attempt_index: int

    @property
    def turn(self) -> Turn:
        return self.session.session.turns[self.turn_index]

    @property
    def attempt(self) -> Attempt:
        return self.turn.attempts[self.attempt_index]


def open_for_review(sessions: list[tuple[Path, Session]], reviewer: str) -> SupervisionQueue:
    if not reviewer.strip():
        raise UsageError("a reviewer id is needed", "pass --reviewer YOUR-ID")
    opened: list[ReviewedSession] = []
    for path, session in sessions:
        _, rubric = thaw(session)
        target = review_path(path, session.id, reviewer)
        stale = False
        if target.exists():
            review = read_review(target)
            stale = review.session_sha256 != session_sha256(session)
        else:
            review = new_review(session, reviewer)
        opened.append(ReviewedSession(path, session, rubric, review, target, stale))
    return SupervisionQueue(opened)


class SupervisionQueue:
    def __init__(self, sessions: list[ReviewedSession]) -> None:
        self.sessions = sessions
        self.targets = [Target(s, t, a) for s in sessions for t, a in review_targets(s.session)]
        if not self.targets:
            raise UsageError(
                "there is no answered response to review in these sessions",
                "pick sessions with at least one scored response",
            )
        self.index = self.first_unrated()

    # --- where we are ----------------------------------------------------------------------
    @property
    def current(self) -> Target:
        return self.targets[self.index]

    @property
    def criteria(self) -> list[Criterion]:
        return list(self.current.session.rubric.criteria)

    def first_unrated(self) -> int:
        for i, target in enumerate(self.targets):
            if self.item_of(target) is None:
                return i
        return 0

    def item_of(self, target: Target) -> ResponseReview | None:
        return target.session.review.item(target.turn_index, target.attempt_index)

    @property
    def rated(self) -> int:
        return sum(1 for t in self.targets if self.item_of(t) is not None)

    def move(self, step: int) -> bool:
        index = self.index + step
        if 0 <= index < len(self.targets):
            self.index = index
            return True
        return False

    # --- the supervisor's judgement ------------------------------------------------------
    def _item(self) -> ResponseReview:
        target = self.current
        item = self.item_of(target)
        if item is None:
            item = ResponseReview(
                turn=target.turn_index,
                attempt=target.attempt_index,
                response_sha256=text_sha256(target.attempt.response),
            )
            target.session.review.items.append(item)
        return item

    def rate(self, criterion: str, score: int | None) -> None:
        """A score on the rubric's scale, or None: the skill was not in play here."""
        rubric = self.current.session.rubric
        if rubric.criterion(criterion) is None:
            raise UsageError(f"'{criterion}' is not a criterion of rubric '{rubric.id}'")
        if score is not None and score not in rubric.scale.points:
            raise UsageError(f"{score} is outside the scale {rubric.scale.min}-{rubric.scale.max}")
        self._item().ratings[criterion] = score
        self.save()

    def agree_with_judge(self) -> None:
        """Take the judge's scores for every criterion as the supervisor's own (then adjust)."""
        evaluation = self.current.attempt.evaluation
        item = self._item()
        for criterion in self.criteria:
            result = evaluation.criteria.get(criterion.id) if evaluation else None
            applicable = result is not None and result.applicable and result.score is not None
            item.ratings[criterion.id] = result.score if applicable and result else None
        self.save()

    def comment(self, text: str) -> None:
        self._item().comment = clean_response(text)[:MAX_COMMENT_CHARS]
        self.save()

    def toggle_flag(self) -> bool:
        item = self._item()
        item.flag = not item.flag
        self.save()
        return item.flag

    def save(self) -> None:
        reviewed = self.current.session
        save_review(reviewed.review_path, reviewed.review)
