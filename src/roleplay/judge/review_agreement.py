"""Judges against supervisors, and supervisors against each other, on real trainee responses.

A supervisor's review (domain/review.py) rates responses of a stored session. Pairing those ratings
with a judge's scores for the same words gives the agreement a course actually cares about: does
the judge score like the people who sign the practicum file? Ratings whose response no longer
matches the session (the words changed after the review) are set aside, never paired.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from roleplay.domain.hashing import text_sha256
from roleplay.domain.replay import moment_at, thaw
from roleplay.domain.review import Review
from roleplay.domain.rubric import Scale
from roleplay.domain.session import Session
from roleplay.judge.agreement import Agreement, agreement
from roleplay.judge.base import Judge, JudgeRequest


@dataclass(frozen=True)
class ReviewedResponse:
    """One response a supervisor rated, with what they said and where it is."""

    session: Session
    review: Review
    turn: int
    attempt: int
    ratings: dict[str, int | None]
    comment: str
    flag: bool

    @property
    def response(self) -> str:
        return self.session.turns[self.turn].attempts[self.attempt].response

    @property
    def client_line(self) -> str:
        return self.session.turns[self.turn].client.text


def reviewed_responses(
    sessions: Iterable[Session], reviews: Iterable[Review]
) -> tuple[list[ReviewedResponse], int]:
    """Every rating that still matches its session's words, and how many were set aside."""
    by_id = {s.id: s for s in sessions}
    found: list[ReviewedResponse] = []
    stale = 0
    for review in reviews:
        session = by_id.get(review.session_id)
        for item in review.items:
            attempt = _attempt(session, item.turn, item.attempt)
            if attempt is None or text_sha256(attempt) != item.response_sha256:
                stale += 1
                continue
            assert session is not None
            found.append(
                ReviewedResponse(
                    session,
                    review,
                    item.turn,
                    item.attempt,
                    dict(item.ratings),
                    item.comment,
                    item.flag,
                )
            )
    return found, stale


def _attempt(session: Session | None, turn: int, attempt: int) -> str | None:
    if session is None or turn >= len(session.turns):
        return None
    attempts = session.turns[turn].attempts
    return attempts[attempt].response if attempt < len(attempts) else None


@dataclass(frozen=True)
class JudgedReview:
    item: ReviewedResponse
    judged: dict[str, int | None]  # criterion -> the judge's score, None when not used


async def judge_reviewed(
    items: Sequence[ReviewedResponse], judge: Judge, concurrency: int = 8
) -> list[JudgedReview]:
    """Score every reviewed response again with `judge`, at the moment it answered."""
    limit = asyncio.Semaphore(max(1, concurrency))

    async def one(item: ReviewedResponse) -> JudgedReview:
        scenario, rubric = thaw(item.session)
        moment = moment_at(scenario, item.session.turns, item.turn)
        async with limit:
            evaluation = await judge.evaluate(JudgeRequest.build(rubric, moment, item.response))
        judged = {
            cid: (r.score if r.applicable else None) for cid, r in evaluation.criteria.items()
        }
        return JudgedReview(item, judged)

    return list(await asyncio.gather(*(one(item) for item in items)))


def judge_vs_supervisors(
    judged: Sequence[JudgedReview], criteria: Sequence[str], scale: Scale
) -> dict[str, Agreement]:
    """Per criterion: the supervisors' ratings against the judge's scores for the same words."""
    out: dict[str, Agreement] = {}
    for criterion in criteria:
        pairs = [
            (j.item.ratings[criterion], j.judged.get(criterion))
            for j in judged
            if criterion in j.item.ratings
        ]
        if pairs:
            out[criterion] = agreement(
                [p[0] for p in pairs], [p[1] for p in pairs], scale.min, scale.max
            )
    return out


def disagreements(judged: Sequence[JudgedReview], criterion: str) -> list[JudgedReview]:
    """Where judge and supervisor differ on `criterion`, widest gaps first."""

    def gap(j: JudgedReview) -> float:
        a, b = j.item.ratings.get(criterion), j.judged.get(criterion)
        if a is None or b is None:
            return 10.0  # used by one and not the other: the widest disagreement there is
        return abs(a - b)

    rated = [j for j in judged if criterion in j.item.ratings]
    differing = [j for j in rated if j.item.ratings[criterion] != j.judged.get(criterion)]
    return sorted(differing, key=gap, reverse=True)


def between_supervisors(
    items: Sequence[ReviewedResponse], criteria: Sequence[str], scale: Scale
) -> dict[str, Agreement]:
    """Agreement between two supervisors who rated the same words (every pair of reviewers)."""
    by_response: dict[tuple[str, int, int], list[ReviewedResponse]] = defaultdict(list)
    for item in items:
        by_response[(item.session.id, item.turn, item.attempt)].append(item)
    out: dict[str, Agreement] = {}
    for criterion in criteria:
        first: list[int | None] = []
        second: list[int | None] = []
        for group in by_response.values():
            rated = sorted(
                (i for i in group if criterion in i.ratings), key=lambda i: i.review.reviewer
            )
            for a in range(len(rated)):
                for b in range(a + 1, len(rated)):
                    first.append(rated[a].ratings[criterion])
                    second.append(rated[b].ratings[criterion])
        if first:
            out[criterion] = agreement(first, second, scale.min, scale.max)
    return out


def stored_judgements(items: Sequence[ReviewedResponse]) -> list[JudgedReview]:
    """The judge's scores as recorded with each reviewed response (no re-judging): what the
    trainee was shown, against what the supervisor would have said."""
    out: list[JudgedReview] = []
    for item in items:
        evaluation = item.session.turns[item.turn].attempts[item.attempt].evaluation
        if evaluation is None:
            continue
        judged = {
            cid: (r.score if r.applicable else None) for cid, r in evaluation.criteria.items()
        }
        out.append(JudgedReview(item, judged))
    return out
